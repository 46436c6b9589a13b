// The monitor's MMIO test device (devices/mmiotest.c): two pages of
// registers at a fixed guest-physical address, for the tests of the
// monitor's device-memory emulator (vmm/mmio.c, tests/guests/mmio.c).
// Natively QEMU's PC has nothing there (the PCI hole, unassigned): reads
// give zeros.
#ifndef KIT_MMIOTEST_H
#define KIT_MMIOTEST_H

#define MMIOTEST_BASE    0xFEB00000u
#define MMIOTEST_SIZE    0x2000u        // two pages: accesses may cross

// Offsets of the registers.  Every access is little-endian and may be
// 1, 2 or 4 bytes at any offset; a read of several registers' bytes
// gives each register's bytes.
#define MMIOTEST_ID      0x000  // read-only: MMIOTEST_MAGIC
#define MMIOTEST_WRITES  0x004  // read-only: writes to the device so far
#define MMIOTEST_READS   0x008  // read-only: reads of the device so far,
				// not counting reads of this register
#define MMIOTEST_LAST    0x00C  // read-only: the size of the last write
				// in bits 7:0, its offset in bits 31:16
#define MMIOTEST_SCRATCH 0x010  // 16 bytes that keep what is written
#define MMIOTEST_BUF     0xF00  // 512 bytes that keep what is written,
#define MMIOTEST_BUF_LEN 0x200  // across the boundary of the two pages

#define MMIOTEST_MAGIC   0x4F494D4Du    // "MMIO"

#endif

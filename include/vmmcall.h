// The monitor's backdoor I/O port (devices/backdoor.c), after VMware's
// (port 0x5658, "VX", magic "VMXh").  Natively nothing answers there:
// `inl` returns all ones.
#ifndef KIT_VMMCALL_H
#define KIT_VMMCALL_H

#define VMMCALL_PORT   0x5658
#define VMMCALL_MAGIC  0x564D5868   // "VMXh"
#define VMMCALL_STATS  1            // outl: print exit statistics on COM2

#endif

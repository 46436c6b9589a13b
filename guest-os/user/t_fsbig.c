// A large file: 2.5 MB, far into the double-indirect blocks (the direct
// and indirect blocks end at 268 KB), written in 64 KB writes, read back
// in odd-sized pieces and compared, with a CRC of each direction.  Then
// unlink it and write it again: two such files are more than the disk
// holds, so this works only if unlink gave the blocks back.
#include "utest.h"
#include "fsutil.h"

#define BIG   (2560 * 1024)
#define CHUNK (64 * 1024)

static uint32_t write_big(const char *path, uint32_t seed, char *buf)
{
	uint32_t crc = 0;
	int fd = open(path, O_CREATE | O_TRUNC | O_WRONLY);
	check(fd >= 0, "create the big file");
	for (uint32_t off = 0; off < BIG; off += CHUNK) {
		pattern_fill(buf, CHUNK, seed, off);
		crc = crc32(crc, buf, CHUNK);
		int r = write(fd, buf, CHUNK);
		if (r != CHUNK) {
			printf("  write at %u returned %d\n", off, r);
			check(0, "64 KB writes");
			break;
		}
	}
	close(fd);
	return crc;
}

static uint32_t read_big(const char *path, uint32_t seed, char *buf)
{
	uint32_t crc = 0, off = 0;
	int fd = open(path, O_RDONLY), r, bad = 0;
	while ((r = read(fd, buf, 40000)) > 0) {
		if (!bad && !pattern_ok(buf, (uint32_t)r, seed, off)) {
			printf("  wrong data in the 40000 bytes at offset %u\n", off);
			bad = 1;
		}
		crc = crc32(crc, buf, (uint32_t)r);
		off += (uint32_t)r;
	}
	close(fd);
	check(r == 0 && off == BIG, "read to the end");
	check(!bad, "the data read back is the data written");
	return crc;
}

int main(void)
{
	char *buf = malloc(CHUNK);
	check(buf != NULL, "a 64 KB buffer");
	for (uint32_t round = 1; round <= 2 && buf; round++) {
		uint32_t wcrc = write_big("/big", round, buf);
		check(file_size("/big") == BIG, "the file is 2.5 MB");
		uint32_t rcrc = read_big("/big", round, buf);
		printf("t_fsbig: round %u: wrote %d bytes, crc %08x; read crc %08x\n",
		       round, BIG, wcrc, rcrc);
		check(wcrc == rcrc, "the checksums agree");
		check(unlink("/big") == 0, "unlink the big file");
	}
	return utest_done("t_fsbig");
}

// A kernel command line (Multiboot's, from QEMU's -append): words split
// by spaces, each "key" or "key=value" (lib/cmdline.c).
#ifndef LIB_CMDLINE_H
#define LIB_CMDLINE_H

void cmdline_init(const char *src);
const char *cmdline_get(const char *key);   // NULL when absent
int  cmdline_has(const char *key);
const char *cmdline_rest(void);             // what follows " -- "

#endif

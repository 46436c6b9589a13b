// The host kernel command line (QEMU -append): monitor options as words
// "key=value", then optionally " -- " and the guest's own command line.
//     mode=te guest=probe stats=com1 -- ktest=foo
//
//   mode=te|bt    how guest kernel code runs (vmm/decide.c)
//   guest=NAME    which module is the guest kernel (default: the first)
//   mem=MB        guest RAM in megabytes (default 32)
//   stats=com1    also print the exit statistics on the guest console

#include "types.h"
#include "string.h"
#include "kern.h"

#define MAXWORDS 16

static char line[256];
static char *keys[MAXWORDS];
static char *values[MAXWORDS];
static int nwords;
static const char *rest = "";

void cmdline_init(const char *src)
{
	strlcpy(line, src ? src : "", sizeof(line));
	char *p = line;
	nwords = 0;
	while (*p && nwords < MAXWORDS) {
		while (*p == ' ')
			*p++ = '\0';
		if (*p == '\0')
			break;
		if (p[0] == '-' && p[1] == '-' && (p[2] == ' ' || p[2] == '\0')) {
			rest = p[2] ? p + 3 : "";
			break;
		}
		keys[nwords] = p;
		values[nwords] = NULL;
		while (*p && *p != ' ') {
			if (*p == '=' && values[nwords] == NULL) {
				*p = '\0';
				values[nwords] = p + 1;
			}
			p++;
		}
		nwords++;
	}
}

// The value of key, "" for a bare key, NULL when absent.
const char *cmdline_get(const char *key)
{
	for (int i = 0; i < nwords; i++)
		if (strcmp(keys[i], key) == 0)
			return values[i] ? values[i] : "";
	return NULL;
}

// The guest's part of the command line: everything after " -- ".
const char *cmdline_rest(void)
{
	return rest;
}

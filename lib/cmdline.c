// A kernel command line: words separated by spaces, each either "key" or
// "key=value".  QEMU passes it with -append; the grader uses it to choose
// what a run does (ktest=..., run=... for the guest OS; mode=, mem=, ...
// for the monitor, vmm/run.c).  A word "--" ends the words: what follows
// is another kernel's line, which the monitor hands to its guest.
//     mode=bt mem=64 -- run=t_fork

#include "types.h"
#include "string.h"
#include "cmdline.h"

#define CMDLINE_BYTES 256
#define MAXWORDS 16

static char line[CMDLINE_BYTES];
static char *keys[MAXWORDS];
static char *values[MAXWORDS];
static int nwords;
static const char *rest = "";

// Split a copy of src into words and key=value pairs.
void cmdline_init(const char *src)
{
	strlcpy(line, src ? src : "", sizeof(line));
	char *p = line;
	nwords = 0;
	rest = "";
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

int cmdline_has(const char *key)
{
	return cmdline_get(key) != NULL;
}

// Everything after " -- ", or "".
const char *cmdline_rest(void)
{
	return rest;
}

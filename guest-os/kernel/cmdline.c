// The kernel command line: words separated by spaces, each either
// "key" or "key=value".  QEMU passes it with -append; the grader uses it
// to choose what a run does (ktest=..., run=...).

#include "types.h"
#include "param.h"
#include "string.h"
#include "defs.h"

#define MAXWORDS 16

static char line[CMDLINE_MAX];
static char *keys[MAXWORDS];
static char *values[MAXWORDS];
static int nwords;

// Split a copy of src into words and key=value pairs.
void cmdline_init(const char *src)
{
	strlcpy(line, src ? src : "", sizeof(line));
	nwords = 0;
	char *p = line;
	while (*p && nwords < MAXWORDS) {
		while (*p == ' ')
			*p++ = '\0';
		if (*p == '\0')
			break;
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

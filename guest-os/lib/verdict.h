// Verdict lines: how the kit's test code tells the grader what it found,
// in a form the grader can trust.
//
// A guest that is being graded runs the student's code in the same kernel
// as the kit's test code, so the grader believes no line just because it
// says "ktest printf: ok".  Three things make a verdict line the kit's:
//
//  - The grader draws a fresh 128-bit key for every run and has QEMU write
//    it into guest memory at reset, at physical address GRADEKEY_PA, after
//    the 8 bytes GRADEKEY_MAGIC (QEMU's generic loader device; unlike the
//    kernel command line, it is not kept in fw_cfg, where any code of the
//    guest could read it again).  The kernel takes it before anything
//    else runs and wipes it there (kernel/gradekey.c).
//  - The kit's test code ends each verdict line with a MAC of its text
//    under that key, the first VERDICT_MAC_CHARS hex digits of
//    HMAC-SHA256(key as 32 hex characters, text):
//
//        ktest printf: ok [3f1c0a9e5b7d2e48]
//
//    and the grader accepts the verdict only with this run's MAC.
//  - The text of the line is put together here, by kit code, never by
//    printf: printf's formatting is a stage-1 exercise, so a student's
//    printf could turn "FAIL (3 checks)" into "PASS" before it is signed.
//
// labs/README.md ("Verdicts") has the whole design, and
// handouts/instructor.md what it does not stop.
#ifndef GUEST_VERDICT_H
#define GUEST_VERDICT_H

#include "types.h"

#define VERDICT_MAC_CHARS 16        // hex digits of the MAC on a verdict line
#define GRADEKEY_PA 0x1000          // physical address of the key block
#define GRADEKEY_MAGIC "KITKEY01"   // its first 8 bytes; then the key
#define GRADEKEY_BYTES 16           // the key: 128 bits
#define GRADEKEY_HEX (2 * GRADEKEY_BYTES)   // as hex characters, the MAC key
#define VERDICT_LINE_MAX 256        // a signed line, with its MAC and newline

// out gets the first VERDICT_MAC_CHARS hex digits of HMAC-SHA256(key,
// text), NUL-terminated.  The key is used as the text it is (its ASCII
// hex characters), not decoded.
void verdict_mac(const char *key, const char *text, char out[VERDICT_MAC_CHARS + 1]);

// out gets the verdict text of a test that found nfailed failed checks:
// "PREFIXNAME: PASSWORD" when it is 0, else
// "PREFIXNAME: FAILWORD (N checks)".  ktest.c says "ktest NAME: ok" and
// "ktest NAME: FAILED (N checks)", utest.h "NAME: PASS" and
// "NAME: FAIL (N checks)".
void verdict_text(char *out, size_t size, const char *prefix, const char *name,
		  int nfailed, const char *pass_word, const char *fail_word);

// out gets the line to print for text: "TEXT [MAC]\n" with the MAC of
// TEXT under key, or "TEXT\n" when key is NULL (a run by hand).  Returns
// its length.
int verdict_line(char *out, size_t size, const char *text, const char *key);

#endif

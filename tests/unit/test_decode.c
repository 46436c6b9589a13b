/*
 * Unit tests for the monitor's instruction decoder (vmm/decode.c).
 *
 * Two kinds of test:
 *
 *  - hand-written encodings, one test per instruction class or decoding
 *    rule, that check every field the translator relies on: length,
 *    ModRM/SIB fields, displacement and immediate values and offsets,
 *    class and flags;
 *
 *  - the corpus test, which compares the decoder's length with GNU
 *    objdump's for every instruction of the corpus that tools/decode-corpus
 *    makes (the path is in the environment variable DECODE_CORPUS; the
 *    test fails if it is not set or names no file).  The rules:
 *
 *      * objdump decoded the bytes: decode() must return the same length
 *        (it is given exactly those bytes, so it cannot look further);
 *      * objdump printed "(bad)": decode() is given the bytes and what
 *        followed them in the stream, and must return DECODE_UNDEFINED or
 *        objdump's length.  objdump's "(bad)" lengths are not meaningful
 *        (it may stop after the opcode or after the ModRM byte), so only
 *        an agreeing length or an honest "undefined" is accepted.  One
 *        more answer is right for a 15-byte "(bad)": objdump stops at
 *        the 15-byte limit and prints "(bad)" for longer instructions,
 *        for which the decoder returns DECODE_TRUNCATED (with at least
 *        15 bytes available, that can only mean "too long").
 *        DECODE_TRUNCATED is also right when the code ended less than
 *        15 bytes after the "(bad)" (the end of an ELF section): the
 *        decoder may need bytes that are not there;
 *      * the line is longer than 15 bytes (a run of prefixes objdump
 *        printed on its own line, joined to its instruction): the CPU
 *        raises #GP, and decode() must return DECODE_TRUNCATED;
 *      * VEX, EVEX and XOP instructions (after any prefixes, C4/C5/62
 *        followed by a byte with mod == 3, or 8F followed by a byte with
 *        reg != 0): on the i386 these are invalid forms of LES, LDS,
 *        BOUND and POP, and the decoder calls them undefined by design
 *        (see vmm/decode.h); DECODE_UNDEFINED is accepted for them, as is
 *        an agreeing length.
 *
 *    The corpus must hold at least 100000 entries.  The first 20
 *    disagreements are printed with the bytes, objdump's length and ours.
 */

#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"

#define CORPUS_MIN 100000
#define MAX_REPORTS 20

/* ---------------------------------------------------------------- helpers */

static int
hexdigit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Parse "8b 45 08" (spaces optional) into buf; returns the byte count.
 * Fails the test on bad input.  (No ck_assert on the way: each passing
 * ck_assert costs a write to Check's parent process, too slow for the
 * corpus's millions of bytes.) */
static size_t
parse_hex(const char *s, uint8_t *buf, size_t max)
{
	size_t n = 0;
	int hi, lo;

	while (*s) {
		if (*s == ' ') {
			s++;
			continue;
		}
		hi = hexdigit(s[0]);
		lo = hi < 0 ? -1 : hexdigit(s[1]);
		if (n >= max || lo < 0)
			ck_abort_msg("bad or too long hex string \"%s\"", s);
		buf[n++] = (uint8_t)(hi << 4 | lo);
		s += 2;
	}
	return n;
}

/* Decode the hex string with exactly its bytes available and check the
 * result; returns the decoded instruction for further checks. */
static struct insn
dec(const char *hex, int expect)
{
	uint8_t buf[64];
	struct insn in;
	size_t n = parse_hex(hex, buf, sizeof(buf));
	int r = decode(buf, n, &in);

	ck_assert_msg(r == expect, "decode(%s) = %d, expected %d",
		      hex, r, expect);
	if (r > 0)
		ck_assert_int_eq(in.len, r);
	return in;
}

/* Decode a full instruction: expect its length to be all of its bytes. */
static struct insn
dec_all(const char *hex)
{
	uint8_t buf[64];
	size_t n = parse_hex(hex, buf, sizeof(buf));

	return dec(hex, (int)n);
}

static void
expect_class(const char *hex, enum insn_class cls)
{
	struct insn in = dec_all(hex);

	ck_assert_msg(in.cls == cls, "%s: class %s, expected %s", hex,
		      insn_class_name(in.cls), insn_class_name(cls));
}

static void
expect_undef(const char *hex)
{
	struct insn in = dec(hex, DECODE_UNDEFINED);

	ck_assert_int_eq(in.cls, INSN_UNDEF);
	ck_assert(in.flags & INSN_F_UNDEF);
}

/* ------------------------------------------------------- hand-written tests */

START_TEST(test_ident_operands)
{
	struct insn in;

	in = dec_all("89 d8");                  /* mov %ebx,%eax */
	ck_assert_int_eq(in.cls, INSN_IDENT);
	ck_assert(in.has_modrm);
	ck_assert_int_eq(in.modrm, 0xd8);
	ck_assert_int_eq(in.mod, 3);
	ck_assert_int_eq(in.reg, 3);
	ck_assert_int_eq(in.rm, 0);
	ck_assert_int_eq(in.flags & INSN_F_MEM, 0);

	in = dec_all("8b 45 08");               /* mov 0x8(%ebp),%eax */
	ck_assert_int_eq(in.mod, 1);
	ck_assert_int_eq(in.disp_size, 1);
	ck_assert_int_eq(in.disp, 8);
	ck_assert_int_eq(in.disp_offset, 2);
	ck_assert(in.flags & INSN_F_MEM);
	ck_assert_int_eq(in.flags & INSN_F_WRITES_MEM, 0);

	in = dec_all("89 45 fc");               /* mov %eax,-0x4(%ebp) */
	ck_assert_int_eq(in.disp, -4);
	ck_assert(in.flags & INSN_F_WRITES_MEM);

	in = dec_all("b8 78 56 34 12");         /* mov $0x12345678,%eax */
	ck_assert_int_eq(in.has_modrm, 0);
	ck_assert_int_eq(in.imm_size, 4);
	ck_assert_uint_eq(in.imm, 0x12345678);
	ck_assert_int_eq(in.imm_offset, 1);

	in = dec_all("81 c3 00 01 00 00");      /* add $0x100,%ebx */
	ck_assert_uint_eq(in.imm, 0x100);
	ck_assert_int_eq(in.reg, 0);

	in = dec_all("83 e8 ff");               /* sub $-1,%eax */
	ck_assert_int_eq(in.imm_size, 1);
	ck_assert_uint_eq(in.imm, 0xff);

	/* movl $0x11223344,0x80(%esp): SIB, disp32, imm32 */
	in = dec_all("c7 84 24 80 00 00 00 44 33 22 11");
	ck_assert(in.has_sib);
	ck_assert_int_eq(in.disp_size, 4);
	ck_assert_int_eq(in.disp, 0x80);
	ck_assert_int_eq(in.disp_offset, 3);
	ck_assert_int_eq(in.imm_offset, 7);
	ck_assert_uint_eq(in.imm, 0x11223344);
	ck_assert(in.flags & INSN_F_WRITES_MEM);

	in = dec_all("8d 44 24 04");            /* lea 0x4(%esp),%eax */
	ck_assert(in.flags & INSN_F_NOACCESS);

	in = dec_all("a5");                     /* movsl */
	ck_assert(in.flags & INSN_F_STRING);
	ck_assert(in.flags & INSN_F_MEM);
	ck_assert(in.flags & INSN_F_WRITES_MEM);

	in = dec_all("a1 00 10 00 00");         /* mov 0x1000,%eax (moffs) */
	ck_assert_int_eq(in.disp_size, 4);
	ck_assert_int_eq(in.disp, 0x1000);
	ck_assert_int_eq(in.disp_offset, 1);
	ck_assert(in.flags & INSN_F_MEM);

	in = dec_all("c8 10 00 01");            /* enter $0x10,$1 */
	ck_assert_uint_eq(in.imm, 0x10);
	ck_assert_int_eq(in.imm2_size, 1);
	ck_assert_uint_eq(in.imm2, 1);
	ck_assert(in.flags & INSN_F_STACK);
	ck_assert_int_eq(in.flags & INSN_F_ENDS_BLOCK, 0);
}
END_TEST

START_TEST(test_relative_branches)
{
	struct insn in;
	uint32_t t = 0;

	in = dec_all("eb fe");                  /* jmp . */
	ck_assert_int_eq(in.cls, INSN_JMP_REL);
	ck_assert(in.flags & INSN_F_ENDS_BLOCK);
	ck_assert(in.flags & INSN_F_REL);
	ck_assert(insn_branch_target(&in, 0x1000, &t));
	ck_assert_uint_eq(t, 0x1000);

	in = dec_all("74 10");                  /* je .+0x12 */
	ck_assert_int_eq(in.cls, INSN_JCC);
	ck_assert(in.flags & INSN_F_COND);
	ck_assert(insn_branch_target(&in, 0x1000, &t));
	ck_assert_uint_eq(t, 0x1012);

	in = dec_all("0f 85 f0 ff ff ff");      /* jne .-0x10+6 */
	ck_assert_int_eq(in.cls, INSN_JCC);
	ck_assert_int_eq(in.imm_offset, 2);
	ck_assert_int_eq(in.imm_size, 4);
	ck_assert(insn_branch_target(&in, 0x2000, &t));
	ck_assert_uint_eq(t, 0x2000 + 6 - 0x10);

	in = dec_all("e8 00 01 00 00");         /* call .+0x105 */
	ck_assert_int_eq(in.cls, INSN_CALL_REL);
	ck_assert(in.flags & INSN_F_STACK);
	ck_assert(insn_branch_target(&in, 0xc0100000, &t));
	ck_assert_uint_eq(t, 0xc0100105);

	in = dec_all("e9 fb ff ff ff");         /* jmp . */
	ck_assert_int_eq(in.cls, INSN_JMP_REL);
	ck_assert(insn_branch_target(&in, 0x500, &t));
	ck_assert_uint_eq(t, 0x500);

	expect_class("e0 fe", INSN_JCC);        /* loopne */
	expect_class("e1 fe", INSN_JCC);        /* loope */
	expect_class("e2 fe", INSN_JCC);        /* loop */
	in = dec_all("e3 05");                  /* jecxz */
	ck_assert_int_eq(in.cls, INSN_JCC);
	ck_assert(insn_branch_target(&in, 0x100, &t));
	ck_assert_uint_eq(t, 0x107);

	/* With 66 the offset is 16 bits and so is the new EIP. */
	in = dec_all("66 e9 00 10");
	ck_assert_int_eq(in.imm_size, 2);
	ck_assert_int_eq(in.imm_offset, 2);
	ck_assert(insn_branch_target(&in, 0x1fff0, &t));
	ck_assert_uint_eq(t, (0x1fff0 + 4 + 0x1000) & 0xffff);

	in = dec_all("66 0f 84 fc ff");         /* jew .+1 */
	ck_assert_int_eq(in.len, 5);
	ck_assert(insn_branch_target(&in, 0x100, &t));
	ck_assert_uint_eq(t, 0x101);

	/* Non-relative instructions have no target. */
	in = dec_all("ff e0");
	t = 0x1234;
	ck_assert(!insn_branch_target(&in, 0x100, &t));
	ck_assert_uint_eq(t, 0x1234);
}
END_TEST

START_TEST(test_indirect_and_returns)
{
	struct insn in;

	in = dec_all("ff d0");                  /* call *%eax */
	ck_assert_int_eq(in.cls, INSN_CALL_IND);
	ck_assert(in.flags & INSN_F_ENDS_BLOCK);
	ck_assert_int_eq(in.flags & INSN_F_MEM, 0);

	in = dec_all("ff 14 85 00 20 00 00");   /* call *0x2000(,%eax,4) */
	ck_assert_int_eq(in.cls, INSN_CALL_IND);
	ck_assert_int_eq(in.scale, 2);
	ck_assert_int_eq(in.index, 0);
	ck_assert_int_eq(in.base, 5);
	ck_assert_int_eq(in.disp, 0x2000);
	ck_assert(in.flags & INSN_F_MEM);

	in = dec_all("ff 25 00 30 00 00");      /* jmp *0x3000 */
	ck_assert_int_eq(in.cls, INSN_JMP_IND);
	ck_assert_int_eq(in.disp_offset, 2);

	in = dec_all("c3");
	ck_assert_int_eq(in.cls, INSN_RET);
	ck_assert(in.flags & INSN_F_ENDS_BLOCK);
	in = dec_all("c2 08 00");               /* ret $8 */
	ck_assert_int_eq(in.cls, INSN_RET);
	ck_assert_int_eq(in.imm_size, 2);
	ck_assert_uint_eq(in.imm, 8);
	in = dec_all("66 c2 08 00");            /* imm16 whatever the size */
	ck_assert_int_eq(in.imm_size, 2);
}
END_TEST

START_TEST(test_far_iret_int)
{
	struct insn in;

	in = dec_all("ea 78 56 34 12 08 00");   /* ljmp $0x8,$0x12345678 */
	ck_assert_int_eq(in.cls, INSN_JMP_FAR);
	ck_assert_uint_eq(in.imm, 0x12345678);
	ck_assert_int_eq(in.imm2_size, 2);
	ck_assert_uint_eq(in.imm2, 8);
	ck_assert_int_eq(in.imm_offset, 1);
	in = dec_all("66 9a 34 12 10 00");      /* lcallw $0x10,$0x1234 */
	ck_assert_int_eq(in.cls, INSN_CALL_FAR);
	ck_assert_int_eq(in.imm_size, 2);
	ck_assert_uint_eq(in.imm2, 0x10);
	expect_class("ff 2d 00 10 00 00", INSN_JMP_FAR);   /* ljmp *0x1000 */
	expect_class("ff 18", INSN_CALL_FAR);              /* lcall *(%eax) */
	expect_class("cb", INSN_RET_FAR);
	in = dec_all("ca 04 00");
	ck_assert_int_eq(in.cls, INSN_RET_FAR);
	ck_assert_uint_eq(in.imm, 4);
	expect_class("cf", INSN_IRET);
	expect_class("66 cf", INSN_IRET);
	expect_class("cc", INSN_INT);
	in = dec_all("cd 80");
	ck_assert_int_eq(in.cls, INSN_INT);
	ck_assert_uint_eq(in.imm, 0x80);
	ck_assert(in.flags & INSN_F_ENDS_BLOCK);
	in = dec_all("ce");                     /* into */
	ck_assert_int_eq(in.cls, INSN_INT);
	ck_assert(in.flags & INSN_F_COND);
	expect_class("f1", INSN_INT);           /* int1 / icebp */
	/* Far indirect forms need memory: with a register they are #UD. */
	expect_undef("ff d8");
	expect_undef("ff e8");
}
END_TEST

START_TEST(test_privileged)
{
	struct insn in;

	expect_class("f4", INSN_PRIV);                  /* hlt */
	expect_class("0f 01 15 00 10 00 00", INSN_PRIV); /* lgdt 0x1000 */
	expect_class("0f 01 18", INSN_PRIV);            /* lidt (%eax) */
	expect_class("0f 00 d0", INSN_PRIV);            /* lldt %ax */
	expect_class("0f 00 d8", INSN_PRIV);            /* ltr %ax */
	expect_class("0f 01 f0", INSN_PRIV);            /* lmsw %ax */
	expect_class("0f 06", INSN_PRIV);               /* clts */
	in = dec_all("0f 01 38");                       /* invlpg (%eax) */
	ck_assert_int_eq(in.cls, INSN_PRIV);
	ck_assert(in.flags & INSN_F_NOACCESS);
	expect_class("0f 08", INSN_PRIV);               /* invd */
	expect_class("0f 09", INSN_PRIV);               /* wbinvd */
	expect_class("0f 30", INSN_PRIV);               /* wrmsr */
	expect_class("0f 32", INSN_PRIV);               /* rdmsr */
	expect_class("0f 21 c0", INSN_PRIV);            /* mov %dr0,%eax */
	expect_class("0f 23 f8", INSN_PRIV);            /* mov %eax,%dr7 */
	expect_class("0f 20 e0", INSN_PRIV);            /* mov %cr4,%eax */
	/* MOV CR ignores mod: 0F 22 18 is mov %eax,%cr3, three bytes, with
	 * no displacement and no memory operand. */
	in = dec_all("0f 22 18");
	ck_assert_int_eq(in.cls, INSN_PRIV);
	ck_assert_int_eq(in.reg, 3);
	ck_assert_int_eq(in.disp_size, 0);
	ck_assert_int_eq(in.flags & INSN_F_MEM, 0);
	in = dec_all("0f 20 05");
	ck_assert_int_eq(in.len, 3);
}
END_TEST

START_TEST(test_iopl_sensitive)
{
	struct insn in;

	expect_class("e4 60", INSN_IOPL);       /* in $0x60,%al */
	expect_class("e7 80", INSN_IOPL);       /* out %eax,$0x80 */
	expect_class("ec", INSN_IOPL);          /* in (%dx),%al */
	expect_class("66 ef", INSN_IOPL);       /* out %ax,(%dx) */
	expect_class("6c", INSN_IOPL);          /* insb */
	expect_class("f3 6d", INSN_IOPL);       /* rep insl */
	in = dec_all("f3 6f");                  /* rep outsl */
	ck_assert_int_eq(in.cls, INSN_IOPL);
	ck_assert(in.rep);
	ck_assert(in.flags & INSN_F_STRING);
	expect_class("fa", INSN_IOPL);          /* cli */
	expect_class("fb", INSN_IOPL);          /* sti */
}
END_TEST

START_TEST(test_sensitive)
{
	struct insn in;

	expect_class("9c", INSN_SENSITIVE);     /* pushf */
	expect_class("9d", INSN_SENSITIVE);     /* popf */
	in = dec_all("0f 01 05 00 10 00 00");   /* sgdt 0x1000 */
	ck_assert_int_eq(in.cls, INSN_SENSITIVE);
	ck_assert(in.flags & INSN_F_WRITES_MEM);
	expect_class("0f 01 08", INSN_SENSITIVE);       /* sidt (%eax) */
	expect_class("0f 00 c0", INSN_SENSITIVE);       /* sldt %eax */
	expect_class("0f 00 c8", INSN_SENSITIVE);       /* str %eax */
	expect_class("0f 01 e0", INSN_SENSITIVE);       /* smsw %eax */
	expect_class("0f 01 20", INSN_SENSITIVE);       /* smsw (%eax) */
	expect_class("0f 02 c1", INSN_SENSITIVE);       /* lar */
	expect_class("0f 03 c1", INSN_SENSITIVE);       /* lsl */
	expect_class("0f 00 e0", INSN_SENSITIVE);       /* verr %ax */
	expect_class("0f 00 e8", INSN_SENSITIVE);       /* verw %ax */
	expect_class("06", INSN_SENSITIVE);             /* push %es */
	expect_class("1f", INSN_SENSITIVE);             /* pop %ds */
	expect_class("0e", INSN_SENSITIVE);             /* push %cs */
	expect_class("0f a0", INSN_SENSITIVE);          /* push %fs */
	expect_class("0f a9", INSN_SENSITIVE);          /* pop %gs */
	expect_class("8c d8", INSN_SENSITIVE);          /* mov %ds,%eax */
	expect_class("8e d8", INSN_SENSITIVE);          /* mov %eax,%ds */
	expect_class("c5 06", INSN_SENSITIVE);          /* lds (%esi),%eax */
	expect_class("0f b2 06", INSN_SENSITIVE);       /* lss (%esi),%eax */

	expect_class("0f 31", INSN_RDTSC);
	expect_class("0f 01 f9", INSN_RDTSC);           /* rdtscp */
	expect_class("0f a2", INSN_CPUID);
	expect_class("0f 34", INSN_SYSCALL);            /* sysenter */
	expect_class("0f 35", INSN_SYSCALL);            /* sysexit */
}
END_TEST

START_TEST(test_prefixes)
{
	struct insn in;

	in = dec_all("66 b8 34 12");            /* mov $0x1234,%ax */
	ck_assert(in.opsize16);
	ck_assert_int_eq(in.nprefix, 1);
	ck_assert_int_eq(in.imm_size, 2);
	ck_assert_int_eq(in.opcode_offset, 1);

	in = dec_all("66 81 c3 34 12");         /* add $0x1234,%bx */
	ck_assert_int_eq(in.imm_size, 2);
	ck_assert_int_eq(in.imm_offset, 3);

	in = dec_all("f0 0f b1 0a");            /* lock cmpxchg %ecx,(%edx) */
	ck_assert(in.lock);
	ck_assert(in.twobyte);
	ck_assert_int_eq(in.opcode, 0xb1);
	ck_assert(in.flags & INSN_F_WRITES_MEM);

	in = dec_all("f2 ae");                  /* repnz scasb */
	ck_assert(in.repne);
	ck_assert(!in.rep);
	in = dec_all("f3 a5");                  /* rep movsl */
	ck_assert(in.rep);

	in = dec_all("64 a1 00 00 00 00");      /* mov %fs:0,%eax */
	ck_assert_int_eq(in.seg, SEG_FS);
	ck_assert(in.flags & INSN_F_SEGREG);
	ck_assert_int_eq(in.disp_offset, 2);

	in = dec_all("8b 00");
	ck_assert_int_eq(in.seg, -1);
	ck_assert_int_eq(in.flags & INSN_F_SEGREG, 0);
	ck_assert_int_eq(dec_all("26 8b 00").seg, SEG_ES);
	ck_assert_int_eq(dec_all("2e 8b 00").seg, SEG_CS);
	ck_assert_int_eq(dec_all("36 8b 00").seg, SEG_SS);
	ck_assert_int_eq(dec_all("3e 8b 00").seg, SEG_DS);
	ck_assert_int_eq(dec_all("65 8b 00").seg, SEG_GS);
	ck_assert_int_eq(dec_all("2e 3e 8b 00").seg, SEG_DS); /* last wins */

	/* lock cs: addw $0x1234,(%bx) -- 67 makes the ModRM 16-bit, 66 the
	 * immediate. */
	in = dec_all("f0 2e 66 67 81 07 34 12");
	ck_assert_int_eq(in.nprefix, 4);
	ck_assert(in.lock && in.opsize16 && in.addrsize16);
	ck_assert_int_eq(in.seg, SEG_CS);
	ck_assert_int_eq(in.disp_size, 0);
	ck_assert_int_eq(in.imm_size, 2);
	ck_assert_int_eq(in.imm_offset, 6);

	/* Mandatory prefixes: F2/F3 beat 66, and the last of F2/F3 wins. */
	ck_assert_int_eq(dec_all("66 f3 0f 58 c1").sse_prefix, 0xf3);
	ck_assert_int_eq(dec_all("f3 f2 0f 58 c1").sse_prefix, 0xf2);
	ck_assert_int_eq(dec_all("66 0f 58 c1").sse_prefix, 0x66);
}
END_TEST

START_TEST(test_sib_and_disp)
{
	struct insn in;

	/* mod 0, r/m 100, SIB base 101: disp32 and no base register. */
	in = dec_all("8b 04 25 78 56 34 12");
	ck_assert(in.has_sib);
	ck_assert_int_eq(in.sib, 0x25);
	ck_assert_int_eq(in.scale, 0);
	ck_assert_int_eq(in.index, 4);
	ck_assert_int_eq(in.base, 5);
	ck_assert_int_eq(in.disp_size, 4);
	ck_assert_int_eq(in.disp, 0x12345678);
	ck_assert_int_eq(in.disp_offset, 3);

	in = dec_all("8b 04 8d 00 00 00 80");   /* 0x80000000(,%ecx,4) */
	ck_assert_int_eq(in.scale, 2);
	ck_assert_int_eq(in.index, 1);
	ck_assert_int_eq(in.disp, (int32_t)0x80000000u);

	in = dec_all("8b 04 24");               /* (%esp): SIB, no disp */
	ck_assert_int_eq(in.disp_size, 0);
	in = dec_all("8b 44 24 04");            /* 0x4(%esp) */
	ck_assert_int_eq(in.disp_size, 1);
	in = dec_all("8b 84 8b 00 01 00 00");   /* 0x100(%ebx,%ecx,4) */
	ck_assert_int_eq(in.disp_size, 4);
	in = dec_all("8b 05 00 10 00 00");      /* mod 0 r/m 101: disp32 */
	ck_assert_int_eq(in.has_sib, 0);
	ck_assert_int_eq(in.disp_size, 4);
	in = dec_all("8b 45 00");               /* 0x0(%ebp): mod 1 */
	ck_assert_int_eq(in.disp_size, 1);
	in = dec_all("8b 44 25 00");            /* mod 1, SIB base 101 = ebp */
	ck_assert_int_eq(in.disp_size, 1);
}
END_TEST

START_TEST(test_addr16)
{
	struct insn in;

	/* mod 0, r/m 110: a bare disp16 instead of [BP]. */
	in = dec_all("67 8b 06 34 12");
	ck_assert(in.addrsize16);
	ck_assert_int_eq(in.disp_size, 2);
	ck_assert_int_eq(in.disp, 0x1234);
	ck_assert_int_eq(in.disp_offset, 3);

	in = dec_all("67 8b 00");               /* (%bx,%si) */
	ck_assert_int_eq(in.disp_size, 0);
	in = dec_all("67 8b 04");               /* (%si): no SIB in 16-bit */
	ck_assert_int_eq(in.has_sib, 0);
	in = dec_all("67 8b 46 fe");            /* -0x2(%bp) */
	ck_assert_int_eq(in.disp, -2);
	in = dec_all("67 8b 87 34 12");         /* 0x1234(%bx) */
	ck_assert_int_eq(in.disp_size, 2);
	in = dec_all("67 a1 34 12");            /* moffs16 */
	ck_assert_int_eq(in.disp_size, 2);
	in = dec_all("67 c7 06 00 10 78 56 34 12"); /* movl $..,0x1000 */
	ck_assert_int_eq(in.disp_offset, 3);
	ck_assert_int_eq(in.imm_offset, 5);
	ck_assert_int_eq(in.imm_size, 4);
	in = dec_all("67 e3 fe");               /* jcxz: rel8 still */
	ck_assert_int_eq(in.cls, INSN_JCC);
}
END_TEST

START_TEST(test_undefined)
{
	expect_undef("d6");                     /* salc: undocumented */
	expect_undef("0f 04");
	expect_undef("0f 0a");
	expect_undef("0f 25 c0");
	expect_undef("0f 27 c0");
	expect_undef("0f 36");
	expect_undef("8f c8");                  /* 8F /1 */
	expect_undef("8f 48 00");
	expect_undef("c6 c8 00");               /* C6 /1 */
	expect_undef("c7 48 00 00 00 00 00");   /* C7 /1 */
	expect_undef("fe d0");                  /* FE /2 */
	expect_undef("fe 38");                  /* FE /7 */
	expect_undef("ff f8");                  /* FF /7 */
	expect_undef("ff 38");
	expect_undef("c4 c0");                  /* LES with mod 3 (VEX) */
	expect_undef("c5 f8");                  /* LDS with mod 3 (VEX) */
	expect_undef("62 c0");                  /* BOUND with mod 3 (EVEX) */
	expect_undef("8d c0");                  /* LEA with mod 3 */
	expect_undef("0f b2 c0");               /* LSS with mod 3 */
	expect_undef("0f 00 f0");               /* 0F 00 /6 */
	expect_undef("0f ba c0 01");            /* 0F BA /0 */
	expect_undef("f3 0f 54 c0");            /* andps has no F3 form */
	expect_undef("0f 73 d8 04");            /* psrldq needs 66 */
	expect_undef("0f 38 ff c0");
	expect_undef("0f 3a ff c0 00");
	expect_undef("0f 0f c1 00");            /* 3DNow! suffix 00 */
	expect_undef("d9 d1");                  /* x87 hole */
	expect_undef("dd 28");                  /* DD /5 memory */

	/* Defined, though they raise #UD on purpose. */
	ck_assert(dec_all("0f 0b").flags & INSN_F_ENDS_BLOCK);  /* ud2 */
	ck_assert(dec_all("0f b9 c0").flags & INSN_F_ENDS_BLOCK); /* ud1 */
	expect_class("0f 0b", INSN_IDENT);
	/* An undefined opcode keeps the prefixes it had. */
	ck_assert_int_eq(dec("2e 0f 04", DECODE_UNDEFINED).seg, SEG_CS);
}
END_TEST

START_TEST(test_truncated)
{
	uint8_t call[5] = { 0xe8, 0, 0, 0, 0 };
	struct insn in;

	ck_assert_int_eq(decode(call, 0, &in), DECODE_TRUNCATED);
	ck_assert_int_eq(decode(call, 4, &in), DECODE_TRUNCATED);
	ck_assert_int_eq(decode(call, 5, &in), 5);
	dec("66", DECODE_TRUNCATED);
	dec("f0 f3 2e", DECODE_TRUNCATED);
	dec("0f", DECODE_TRUNCATED);
	dec("0f 38", DECODE_TRUNCATED);
	dec("8b", DECODE_TRUNCATED);            /* no ModRM */
	dec("8b 04", DECODE_TRUNCATED);         /* no SIB */
	dec("8b 44 24", DECODE_TRUNCATED);      /* no disp8 */
	dec("8b 05 00 10 00", DECODE_TRUNCATED); /* short disp32 */
	dec("c7 05 00 00 00 00 01 02 03", DECODE_TRUNCATED); /* short imm32 */
	dec("ea 00 00 00 00 08", DECODE_TRUNCATED); /* short selector */
	dec("c8 00 10", DECODE_TRUNCATED);      /* enter without imm8 */
	dec("0f 0f c1", DECODE_TRUNCATED);      /* 3DNow! without suffix */
	/* More bytes than the instruction needs are fine. */
	dec("90 90 90", 1);
	dec("8b 45 08 c3", 3);
}
END_TEST

START_TEST(test_length_limit)
{
	/* SDM Vol. 2, 2.3.11: at most 15 bytes, prefixes included. */
	struct insn in;

	in = dec("2e 2e 2e 2e 2e 2e 2e 2e 2e 2e 2e 2e 2e 2e 90", 15);
	ck_assert_int_eq(in.nprefix, 14);
	dec("2e 2e 2e 2e 2e 2e 2e 2e 2e 2e 2e 2e 2e 2e 2e 90",
	    DECODE_TRUNCATED);
	/* 5 prefixes + a 10-byte instruction = 15: allowed. */
	dec("26 2e 36 3e 64 c7 05 00 00 00 00 01 02 03 04", 15);
	/* 6 prefixes + the same = 16: too long, however much is available. */
	dec("26 2e 36 3e 64 65 c7 05 00 00 00 00 01 02 03 04 90 90 90",
	    DECODE_TRUNCATED);
	dec("66 66 66 66 66 66 66 66 66 66 66 66 66 66 66 66 66 66",
	    DECODE_TRUNCATED);
}
END_TEST

START_TEST(test_x87_sse)
{
	struct insn in;

	dec_all("d9 c0");                       /* fld %st(0) */
	dec_all("de c9");                       /* fmulp */
	in = dec_all("dd 1c 24");               /* fstpl (%esp) */
	ck_assert(in.flags & INSN_F_WRITES_MEM);
	in = dec_all("dd 04 24");               /* fldl (%esp) */
	ck_assert_int_eq(in.flags & INSN_F_WRITES_MEM, 0);
	dec_all("df e0");                       /* fnstsw %ax */
	dec("9b df e0", 1);                     /* fwait is its own insn */
	dec_all("db 2d 00 10 00 00");           /* fldt 0x1000 */

	in = dec_all("0f 58 c1");               /* addps */
	ck_assert_int_eq(in.sse_prefix, 0);
	ck_assert_int_eq(in.map, INSN_MAP_0F);
	in = dec_all("f2 0f 11 45 f8");         /* movsd %xmm0,-0x8(%ebp) */
	ck_assert(in.flags & INSN_F_WRITES_MEM);
	in = dec_all("66 0f 3a 0f c1 08");      /* palignr $8 */
	ck_assert_int_eq(in.map, INSN_MAP_0F3A);
	ck_assert_int_eq(in.opcode, 0x0f);
	ck_assert_uint_eq(in.imm, 8);
	in = dec_all("0f 38 00 c1");            /* pshufb %mm1,%mm0 */
	ck_assert_int_eq(in.map, INSN_MAP_0F38);
	dec_all("66 0f 73 d8 04");              /* psrldq $4,%xmm0 */
	dec_all("0f 70 c1 1b");                 /* pshufw */
	in = dec_all("66 0f 78 c0 01 02");      /* extrq $2,$1: two imm8 */
	ck_assert_int_eq(in.imm_size, 1);
	ck_assert_int_eq(in.imm2_size, 1);
	in = dec_all("0f 0f c1 9e");            /* pfadd %mm1,%mm0 */
	ck_assert_uint_eq(in.imm, 0x9e);
	in = dec_all("0f ae 38");               /* clflush (%eax) */
	ck_assert(in.flags & INSN_F_NOACCESS);
	dec_all("0f ae f0");                    /* mfence */
	dec_all("f3 0f b8 c1");                 /* popcnt */
	dec_all("f2 0f 38 f1 c1");              /* crc32 */
}
END_TEST

START_TEST(test_class_names)
{
	int i, j;

	for (i = 0; i < INSN_NCLASSES; i++) {
		const char *n = insn_class_name((enum insn_class)i);

		ck_assert_ptr_nonnull(n);
		ck_assert_str_ne(n, "?");
		for (j = 0; j < i; j++)
			ck_assert_str_ne(n,
					 insn_class_name((enum insn_class)j));
	}
	ck_assert_str_eq(insn_class_name(INSN_IDENT), "ident");
	ck_assert_str_eq(insn_class_name(INSN_NCLASSES), "?");
}
END_TEST

/* ------------------------------------------------------------ corpus test */

/* Skip legacy prefixes; is what follows a VEX/EVEX/XOP escape? */
static int
vex_like(const uint8_t *b, size_t n)
{
	size_t i = 0;

	while (i < n && (b[i] == 0x26 || b[i] == 0x2e || b[i] == 0x36 ||
			 b[i] == 0x3e || b[i] == 0x64 || b[i] == 0x65 ||
			 b[i] == 0x66 || b[i] == 0x67 || b[i] == 0xf0 ||
			 b[i] == 0xf2 || b[i] == 0xf3))
		i++;
	if (i + 1 >= n)
		return 0;
	if ((b[i] == 0xc4 || b[i] == 0xc5 || b[i] == 0x62) && b[i + 1] >= 0xc0)
		return 1;
	return b[i] == 0x8f && (b[i + 1] & 0x38) != 0;
}

struct corpus_stats {
	long entries, bad, vex, too_long, undefined, bad_too_long, bad_at_end;
	long mismatches;
};

static void
report(const char *why, const uint8_t *b, size_t n, int want, int got)
{
	size_t i;

	fprintf(stderr, "decode corpus mismatch (%s): ", why);
	for (i = 0; i < n; i++)
		fprintf(stderr, "%02x ", b[i]);
	fprintf(stderr, " objdump %d, decode %d\n", want, got);
}

/* Check one corpus line; returns 1 if the decoder agrees. */
static int
check_line(char *line, struct corpus_stats *st)
{
	uint8_t buf[256];
	char *hex, *len_s, *mnem, *ctx;
	size_t n, nctx = 0;
	struct insn in;
	int want, got;

	hex = strtok(line, "\t\n");
	len_s = strtok(NULL, "\t\n");
	mnem = strtok(NULL, "\t\n");
	ctx = strtok(NULL, "\t\n");
	if (!hex || !len_s || !mnem)
		ck_abort_msg("malformed corpus line");
	n = parse_hex(hex, buf, sizeof(buf));
	want = atoi(len_s);
	if ((int)n != want)
		ck_abort_msg("corpus line length %d != %zu bytes", want, n);
	st->entries++;

	if (n > INSN_MAX_LEN) {
		st->too_long++;
		got = decode(buf, n, &in);
		if (got != DECODE_TRUNCATED && st->mismatches++ < MAX_REPORTS)
			report("over 15 bytes", buf, n, want, got);
		return got == DECODE_TRUNCATED;
	}
	if (strcmp(mnem, "(bad)") == 0) {
		st->bad++;
		if (ctx)
			nctx = parse_hex(ctx, buf + n, sizeof(buf) - n);
		got = decode(buf, n + nctx, &in);
		if (got == DECODE_UNDEFINED) {
			st->undefined++;
			return 1;
		}
		if (got == DECODE_TRUNCATED && want == INSN_MAX_LEN &&
		    n + nctx >= INSN_MAX_LEN) {
			st->bad_too_long++;
			return 1;
		}
		if (got == DECODE_TRUNCATED && nctx < INSN_MAX_LEN) {
			st->bad_at_end++;
			return 1;
		}
		if (got != want && st->mismatches++ < MAX_REPORTS)
			report("(bad)", buf, n + nctx, want, got);
		return got == want;
	}
	got = decode(buf, n, &in);
	if (got == DECODE_UNDEFINED && vex_like(buf, n)) {
		st->vex++;
		return 1;
	}
	if (got != want && st->mismatches++ < MAX_REPORTS)
		report(mnem, buf, n, want, got);
	return got == want;
}

START_TEST(test_corpus)
{
	const char *path = getenv("DECODE_CORPUS");
	struct corpus_stats st = { 0, 0, 0, 0, 0, 0, 0, 0 };
	char line[1024];
	FILE *f;

	ck_assert_msg(path != NULL && path[0] != '\0',
		      "DECODE_CORPUS is not set: run tools/decode-corpus "
		      "(make check-decode does)");
	f = fopen(path, "r");
	ck_assert_msg(f != NULL, "cannot open DECODE_CORPUS=%s", path);
	while (fgets(line, sizeof(line), f) != NULL) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		check_line(line, &st);
	}
	fclose(f);
	printf("decode corpus: %ld instructions compared with objdump "
	       "(%ld (bad), of which decode() called %ld undefined, %ld too "
	       "long, %ld cut short by the end of the code; %ld VEX/EVEX/XOP; "
	       "%ld over 15 bytes); %ld mismatches\n",
	       st.entries, st.bad, st.undefined, st.bad_too_long,
	       st.bad_at_end, st.vex, st.too_long, st.mismatches);
	fflush(stdout);
	ck_assert_msg(st.entries >= CORPUS_MIN,
		      "corpus has %ld entries, need at least %d",
		      st.entries, CORPUS_MIN);
	ck_assert_msg(st.mismatches == 0, "%ld corpus mismatches "
		      "(the first %d are listed above)", st.mismatches,
		      MAX_REPORTS);
}
END_TEST

static Suite *
decode_suite(void)
{
	Suite *s = suite_create("decode");
	TCase *tc = tcase_create("encodings");
	TCase *tcc = tcase_create("corpus");

	tcase_add_test(tc, test_ident_operands);
	tcase_add_test(tc, test_relative_branches);
	tcase_add_test(tc, test_indirect_and_returns);
	tcase_add_test(tc, test_far_iret_int);
	tcase_add_test(tc, test_privileged);
	tcase_add_test(tc, test_iopl_sensitive);
	tcase_add_test(tc, test_sensitive);
	tcase_add_test(tc, test_prefixes);
	tcase_add_test(tc, test_sib_and_disp);
	tcase_add_test(tc, test_addr16);
	tcase_add_test(tc, test_undefined);
	tcase_add_test(tc, test_truncated);
	tcase_add_test(tc, test_length_limit);
	tcase_add_test(tc, test_x87_sse);
	tcase_add_test(tc, test_class_names);
	suite_add_tcase(s, tc);

	tcase_add_test(tcc, test_corpus);
	tcase_set_timeout(tcc, 300);
	suite_add_tcase(s, tcc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(decode_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

// VGA text mode: 80x25 cells at physical 0xB8000, each a character byte
// and an attribute byte.  The hardware cursor is moved through the CRT
// controller's index/data ports 0x3D4/0x3D5 (registers 14 and 15).

#include "types.h"
#include "x86.h"
#include "memlayout.h"
#include "string.h"
#include "defs.h"

#define VGA_COLS  80
#define VGA_ROWS  25
#define VGA_ATTR  0x0700        // light grey on black
#define CRTC_INDEX 0x3D4
#define CRTC_DATA  0x3D5

static uint16_t *screen;
static int pos;                 // cell of the cursor

static void move_cursor(void)
{
	outb(CRTC_INDEX, 14);
	outb(CRTC_DATA, pos >> 8);
	outb(CRTC_INDEX, 15);
	outb(CRTC_DATA, pos & 0xFF);
}

void vga_init(void)
{
	screen = P2V(VGA_PHYS);
	for (int i = 0; i < VGA_COLS * VGA_ROWS; i++)
		screen[i] = VGA_ATTR | ' ';
	pos = 0;
	move_cursor();
}

static void scroll(void)
{
	memmove(screen, screen + VGA_COLS,
		sizeof(uint16_t) * VGA_COLS * (VGA_ROWS - 1));
	for (int i = 0; i < VGA_COLS; i++)
		screen[VGA_COLS * (VGA_ROWS - 1) + i] = VGA_ATTR | ' ';
	pos -= VGA_COLS;
}

void vga_putc(int c)
{
	if (screen == NULL)
		return;
	if (c == '\n')
		pos += VGA_COLS - pos % VGA_COLS;
	else if (c == '\b' && pos > 0)
		screen[--pos] = VGA_ATTR | ' ';
	else if (c == '\r')
		pos -= pos % VGA_COLS;
	else if (c >= ' ')
		screen[pos++] = VGA_ATTR | (c & 0xFF);
	if (pos >= VGA_COLS * VGA_ROWS)
		scroll();
	move_cursor();
}

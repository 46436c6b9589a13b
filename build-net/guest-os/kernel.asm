
build-net/guest-os/kernel.elf:     file format elf32-i386


Disassembly of section .text:

c0100000 <_start+0xbffffff4>:
c0100000:	02 b0 ad 1b 03 00    	add    0x31bad(%eax),%dh
c0100006:	00 00                	add    %al,(%eax)
c0100008:	fb                   	sti
c0100009:	4f                   	dec    %edi
c010000a:	52                   	push   %edx
c010000b:	e4                   	.byte 0xe4

c010000c <entry>:
c010000c:	fa                   	cli
c010000d:	fc                   	cld
c010000e:	a3 00 c0 1f 00       	mov    %eax,0x1fc000
c0100013:	89 1d 04 c0 1f 00    	mov    %ebx,0x1fc004
c0100019:	bf 00 e0 1f 00       	mov    $0x1fe000,%edi
c010001e:	b8 03 00 00 00       	mov    $0x3,%eax
c0100023:	b9 00 10 00 00       	mov    $0x1000,%ecx
c0100028:	89 07                	mov    %eax,(%edi)
c010002a:	05 00 10 00 00       	add    $0x1000,%eax
c010002f:	83 c7 04             	add    $0x4,%edi
c0100032:	e2 f4                	loop   c0100028 <entry+0x1c>
c0100034:	b8 00 e0 1f 00       	mov    $0x1fe000,%eax
c0100039:	83 c8 03             	or     $0x3,%eax
c010003c:	bf 00 d0 1f 00       	mov    $0x1fd000,%edi
c0100041:	b9 04 00 00 00       	mov    $0x4,%ecx
c0100046:	89 07                	mov    %eax,(%edi)
c0100048:	89 87 00 0c 00 00    	mov    %eax,0xc00(%edi)
c010004e:	05 00 10 00 00       	add    $0x1000,%eax
c0100053:	83 c7 04             	add    $0x4,%edi
c0100056:	e2 ee                	loop   c0100046 <entry+0x3a>
c0100058:	b8 00 d0 1f 00       	mov    $0x1fd000,%eax
c010005d:	0f 22 d8             	mov    %eax,%cr3
c0100060:	0f 20 c0             	mov    %cr0,%eax
c0100063:	0d 01 00 01 80       	or     $0x80010001,%eax
c0100068:	0f 22 c0             	mov    %eax,%cr0
c010006b:	b8 72 00 10 c0       	mov    $0xc0100072,%eax
c0100070:	ff e0                	jmp    *%eax

c0100072 <relocated>:
c0100072:	bc 00 60 20 c0       	mov    $0xc0206000,%esp
c0100077:	bd 00 00 00 00       	mov    $0x0,%ebp
c010007c:	e8 5f 27 00 00       	call   c01027e0 <kmain>

c0100081 <spin>:
c0100081:	f4                   	hlt
c0100082:	eb fd                	jmp    c0100081 <spin>
c0100084:	66 90                	xchg   %ax,%ax
c0100086:	66 90                	xchg   %ax,%ax
c0100088:	66 90                	xchg   %ax,%ax
c010008a:	66 90                	xchg   %ax,%ax
c010008c:	66 90                	xchg   %ax,%ax
c010008e:	66 90                	xchg   %ax,%ax

c0100090 <cmdline_init>:
static char *values[MAXWORDS];
static int nwords;

// Split a copy of src into words and key=value pairs.
void cmdline_init(const char *src)
{
c0100090:	55                   	push   %ebp
	strlcpy(line, src ? src : "", sizeof(line));
c0100091:	ba 4e 88 10 c0       	mov    $0xc010884e,%edx
{
c0100096:	89 e5                	mov    %esp,%ebp
c0100098:	83 ec 18             	sub    $0x18,%esp
c010009b:	89 5d fc             	mov    %ebx,-0x4(%ebp)
c010009e:	8b 45 08             	mov    0x8(%ebp),%eax
	strlcpy(line, src ? src : "", sizeof(line));
c01000a1:	c7 04 24 a0 60 20 c0 	movl   $0xc02060a0,(%esp)
c01000a8:	85 c0                	test   %eax,%eax
c01000aa:	0f 44 c2             	cmove  %edx,%eax
c01000ad:	ba 00 01 00 00       	mov    $0x100,%edx
c01000b2:	89 54 24 08          	mov    %edx,0x8(%esp)
c01000b6:	89 44 24 04          	mov    %eax,0x4(%esp)
c01000ba:	e8 c1 6b 00 00       	call   c0106c80 <strlcpy>
	nwords = 0;
c01000bf:	31 c9                	xor    %ecx,%ecx
	char *p = line;
	while (*p && nwords < MAXWORDS) {
c01000c1:	80 3d a0 60 20 c0 00 	cmpb   $0x0,0xc02060a0
	nwords = 0;
c01000c8:	89 0d 00 60 20 c0    	mov    %ecx,0xc0206000
	while (*p && nwords < MAXWORDS) {
c01000ce:	74 76                	je     c0100146 <cmdline_init+0xb6>
	char *p = line;
c01000d0:	b8 a0 60 20 c0       	mov    $0xc02060a0,%eax
	while (*p && nwords < MAXWORDS) {
c01000d5:	31 c9                	xor    %ecx,%ecx
c01000d7:	31 db                	xor    %ebx,%ebx
		while (*p == ' ')
c01000d9:	eb 09                	jmp    c01000e4 <cmdline_init+0x54>
c01000db:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c01000df:	90                   	nop
			*p++ = '\0';
c01000e0:	c6 00 00             	movb   $0x0,(%eax)
c01000e3:	40                   	inc    %eax
		while (*p == ' ')
c01000e4:	0f b6 10             	movzbl (%eax),%edx
c01000e7:	80 fa 20             	cmp    $0x20,%dl
c01000ea:	74 f4                	je     c01000e0 <cmdline_init+0x50>
		if (*p == '\0')
c01000ec:	84 d2                	test   %dl,%dl
c01000ee:	74 5d                	je     c010014d <cmdline_init+0xbd>
			break;
		keys[nwords] = p;
c01000f0:	89 04 8d 60 60 20 c0 	mov    %eax,-0x3fdf9fa0(,%ecx,4)
		values[nwords] = NULL;
c01000f7:	31 db                	xor    %ebx,%ebx
c01000f9:	89 1c 8d 20 60 20 c0 	mov    %ebx,-0x3fdf9fe0(,%ecx,4)
		while (*p && *p != ' ') {
c0100100:	0f b6 10             	movzbl (%eax),%edx
c0100103:	f6 c2 df             	test   $0xdf,%dl
c0100106:	74 28                	je     c0100130 <cmdline_init+0xa0>
			if (*p == '=' && values[nwords] == NULL) {
				*p = '\0';
				values[nwords] = p + 1;
c0100108:	40                   	inc    %eax
			if (*p == '=' && values[nwords] == NULL) {
c0100109:	80 fa 3d             	cmp    $0x3d,%dl
c010010c:	75 f2                	jne    c0100100 <cmdline_init+0x70>
c010010e:	8b 14 8d 20 60 20 c0 	mov    -0x3fdf9fe0(,%ecx,4),%edx
c0100115:	85 d2                	test   %edx,%edx
c0100117:	75 e7                	jne    c0100100 <cmdline_init+0x70>
				values[nwords] = p + 1;
c0100119:	89 04 8d 20 60 20 c0 	mov    %eax,-0x3fdf9fe0(,%ecx,4)
				*p = '\0';
c0100120:	c6 40 ff 00          	movb   $0x0,-0x1(%eax)
		while (*p && *p != ' ') {
c0100124:	0f b6 10             	movzbl (%eax),%edx
c0100127:	f6 c2 df             	test   $0xdf,%dl
c010012a:	75 dc                	jne    c0100108 <cmdline_init+0x78>
c010012c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
			}
			p++;
		}
		nwords++;
c0100130:	41                   	inc    %ecx
	while (*p && nwords < MAXWORDS) {
c0100131:	84 d2                	test   %dl,%dl
c0100133:	74 1c                	je     c0100151 <cmdline_init+0xc1>
c0100135:	83 f9 10             	cmp    $0x10,%ecx
c0100138:	b3 01                	mov    $0x1,%bl
c010013a:	75 a8                	jne    c01000e4 <cmdline_init+0x54>
c010013c:	b8 10 00 00 00       	mov    $0x10,%eax
c0100141:	a3 00 60 20 c0       	mov    %eax,0xc0206000
	}
}
c0100146:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c0100149:	89 ec                	mov    %ebp,%esp
c010014b:	5d                   	pop    %ebp
c010014c:	c3                   	ret
c010014d:	84 db                	test   %bl,%bl
c010014f:	74 f5                	je     c0100146 <cmdline_init+0xb6>
c0100151:	89 0d 00 60 20 c0    	mov    %ecx,0xc0206000
c0100157:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c010015a:	89 ec                	mov    %ebp,%esp
c010015c:	5d                   	pop    %ebp
c010015d:	c3                   	ret
c010015e:	66 90                	xchg   %ax,%ax

c0100160 <cmdline_get>:

// The value of key, "" for a bare key, NULL when absent.
const char *cmdline_get(const char *key)
{
c0100160:	55                   	push   %ebp
c0100161:	89 e5                	mov    %esp,%ebp
c0100163:	56                   	push   %esi
c0100164:	53                   	push   %ebx
c0100165:	83 ec 10             	sub    $0x10,%esp
	for (int i = 0; i < nwords; i++)
c0100168:	a1 00 60 20 c0       	mov    0xc0206000,%eax
{
c010016d:	8b 75 08             	mov    0x8(%ebp),%esi
	for (int i = 0; i < nwords; i++)
c0100170:	85 c0                	test   %eax,%eax
c0100172:	7e 4c                	jle    c01001c0 <cmdline_get+0x60>
c0100174:	31 db                	xor    %ebx,%ebx
c0100176:	eb 11                	jmp    c0100189 <cmdline_get+0x29>
c0100178:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010017f:	90                   	nop
c0100180:	43                   	inc    %ebx
c0100181:	39 1d 00 60 20 c0    	cmp    %ebx,0xc0206000
c0100187:	7e 37                	jle    c01001c0 <cmdline_get+0x60>
		if (strcmp(keys[i], key) == 0)
c0100189:	89 74 24 04          	mov    %esi,0x4(%esp)
c010018d:	8b 04 9d 60 60 20 c0 	mov    -0x3fdf9fa0(,%ebx,4),%eax
c0100194:	89 04 24             	mov    %eax,(%esp)
c0100197:	e8 c4 69 00 00       	call   c0106b60 <strcmp>
c010019c:	85 c0                	test   %eax,%eax
c010019e:	75 e0                	jne    c0100180 <cmdline_get+0x20>
			return values[i] ? values[i] : "";
c01001a0:	8b 04 9d 20 60 20 c0 	mov    -0x3fdf9fe0(,%ebx,4),%eax
c01001a7:	ba 4e 88 10 c0       	mov    $0xc010884e,%edx
c01001ac:	85 c0                	test   %eax,%eax
c01001ae:	0f 44 c2             	cmove  %edx,%eax
	return NULL;
}
c01001b1:	83 c4 10             	add    $0x10,%esp
c01001b4:	5b                   	pop    %ebx
c01001b5:	5e                   	pop    %esi
c01001b6:	5d                   	pop    %ebp
c01001b7:	c3                   	ret
c01001b8:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01001bf:	90                   	nop
c01001c0:	83 c4 10             	add    $0x10,%esp
	return NULL;
c01001c3:	31 c0                	xor    %eax,%eax
}
c01001c5:	5b                   	pop    %ebx
c01001c6:	5e                   	pop    %esi
c01001c7:	5d                   	pop    %ebp
c01001c8:	c3                   	ret
c01001c9:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi

c01001d0 <cmdline_has>:

int cmdline_has(const char *key)
{
c01001d0:	55                   	push   %ebp
c01001d1:	89 e5                	mov    %esp,%ebp
c01001d3:	56                   	push   %esi
c01001d4:	53                   	push   %ebx
c01001d5:	31 db                	xor    %ebx,%ebx
c01001d7:	83 ec 10             	sub    $0x10,%esp
	for (int i = 0; i < nwords; i++)
c01001da:	a1 00 60 20 c0       	mov    0xc0206000,%eax
{
c01001df:	8b 75 08             	mov    0x8(%ebp),%esi
	for (int i = 0; i < nwords; i++)
c01001e2:	85 c0                	test   %eax,%eax
c01001e4:	7f 13                	jg     c01001f9 <cmdline_has+0x29>
c01001e6:	eb 38                	jmp    c0100220 <cmdline_has+0x50>
c01001e8:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01001ef:	90                   	nop
c01001f0:	43                   	inc    %ebx
c01001f1:	3b 1d 00 60 20 c0    	cmp    0xc0206000,%ebx
c01001f7:	7d 27                	jge    c0100220 <cmdline_has+0x50>
		if (strcmp(keys[i], key) == 0)
c01001f9:	89 74 24 04          	mov    %esi,0x4(%esp)
c01001fd:	8b 04 9d 60 60 20 c0 	mov    -0x3fdf9fa0(,%ebx,4),%eax
c0100204:	89 04 24             	mov    %eax,(%esp)
c0100207:	e8 54 69 00 00       	call   c0106b60 <strcmp>
c010020c:	85 c0                	test   %eax,%eax
c010020e:	75 e0                	jne    c01001f0 <cmdline_has+0x20>
	return cmdline_get(key) != NULL;
}
c0100210:	83 c4 10             	add    $0x10,%esp
c0100213:	b8 01 00 00 00       	mov    $0x1,%eax
c0100218:	5b                   	pop    %ebx
c0100219:	5e                   	pop    %esi
c010021a:	5d                   	pop    %ebp
c010021b:	c3                   	ret
c010021c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0100220:	83 c4 10             	add    $0x10,%esp
c0100223:	31 c0                	xor    %eax,%eax
c0100225:	5b                   	pop    %ebx
c0100226:	5e                   	pop    %esi
c0100227:	5d                   	pop    %ebp
c0100228:	c3                   	ret
c0100229:	66 90                	xchg   %ax,%ax
c010022b:	66 90                	xchg   %ax,%ax
c010022d:	66 90                	xchg   %ax,%ax
c010022f:	90                   	nop

c0100230 <console_init>:
	uint32_t w;   // end of the last complete line
	uint32_t e;   // end of what has been typed
} input;

void console_init(void)
{
c0100230:	55                   	push   %ebp
c0100231:	89 e5                	mov    %esp,%ebp
c0100233:	83 ec 08             	sub    $0x8,%esp
	uart_init();
c0100236:	e8 a5 54 00 00       	call   c01056e0 <uart_init>
	vga_init();
}
c010023b:	89 ec                	mov    %ebp,%esp
c010023d:	5d                   	pop    %ebp
	vga_init();
c010023e:	e9 cd 55 00 00       	jmp    c0105810 <vga_init>
c0100243:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010024a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi

c0100250 <console_putc>:

void console_putc(int c)
{
c0100250:	55                   	push   %ebp
c0100251:	89 e5                	mov    %esp,%ebp
c0100253:	83 ec 18             	sub    $0x18,%esp
c0100256:	89 5d fc             	mov    %ebx,-0x4(%ebp)
c0100259:	8b 5d 08             	mov    0x8(%ebp),%ebx
	if (c == '\n')
c010025c:	83 fb 0a             	cmp    $0xa,%ebx
c010025f:	74 1f                	je     c0100280 <console_putc+0x30>
		uart_putc('\r');
	uart_putc(c);
c0100261:	89 1c 24             	mov    %ebx,(%esp)
c0100264:	e8 d7 54 00 00       	call   c0105740 <uart_putc>
	vga_putc(c);
c0100269:	89 5d 08             	mov    %ebx,0x8(%ebp)
}
c010026c:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c010026f:	89 ec                	mov    %ebp,%esp
c0100271:	5d                   	pop    %ebp
	vga_putc(c);
c0100272:	e9 f9 55 00 00       	jmp    c0105870 <vga_putc>
c0100277:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010027e:	66 90                	xchg   %ax,%ax
		uart_putc('\r');
c0100280:	c7 04 24 0d 00 00 00 	movl   $0xd,(%esp)
c0100287:	e8 b4 54 00 00       	call   c0105740 <uart_putc>
c010028c:	eb d3                	jmp    c0100261 <console_putc+0x11>
c010028e:	66 90                	xchg   %ax,%ax

c0100290 <console_getc_poll>:

// Polling input for the kernel monitor: interrupts may be off.
int console_getc_poll(void)
{
c0100290:	55                   	push   %ebp
c0100291:	89 e5                	mov    %esp,%ebp
c0100293:	83 ec 08             	sub    $0x8,%esp
c0100296:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010029d:	8d 76 00             	lea    0x0(%esi),%esi
	int c;
	while ((c = uart_getc()) < 0)
c01002a0:	e8 db 54 00 00       	call   c0105780 <uart_getc>
c01002a5:	85 c0                	test   %eax,%eax
c01002a7:	78 f7                	js     c01002a0 <console_getc_poll+0x10>
		;
	return c == '\r' ? '\n' : c;
c01002a9:	83 f8 0d             	cmp    $0xd,%eax
c01002ac:	ba 0a 00 00 00       	mov    $0xa,%edx
c01002b1:	0f 44 c2             	cmove  %edx,%eax
}
c01002b4:	89 ec                	mov    %ebp,%esp
c01002b6:	5d                   	pop    %ebp
c01002b7:	c3                   	ret
c01002b8:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01002bf:	90                   	nop

c01002c0 <console_intr>:

// One received character, from the UART interrupt.
void console_intr(int c)
{
c01002c0:	55                   	push   %ebp
c01002c1:	89 e5                	mov    %esp,%ebp
c01002c3:	83 ec 18             	sub    $0x18,%esp
c01002c6:	89 5d fc             	mov    %ebx,-0x4(%ebp)
c01002c9:	8b 5d 08             	mov    0x8(%ebp),%ebx
	if (c == '\r')
		c = '\n';
	if (c == BACKSPACE || c == '\b') {
		if (input.e != input.w) {
c01002cc:	a1 a8 62 20 c0       	mov    0xc02062a8,%eax
	if (c == '\r')
c01002d1:	83 fb 0d             	cmp    $0xd,%ebx
c01002d4:	74 22                	je     c01002f8 <console_intr+0x38>
	if (c == BACKSPACE || c == '\b') {
c01002d6:	83 fb 7f             	cmp    $0x7f,%ebx
c01002d9:	74 05                	je     c01002e0 <console_intr+0x20>
c01002db:	83 fb 08             	cmp    $0x8,%ebx
c01002de:	75 70                	jne    c0100350 <console_intr+0x90>
		if (input.e != input.w) {
c01002e0:	39 05 a4 62 20 c0    	cmp    %eax,0xc02062a4
c01002e6:	0f 85 ac 00 00 00    	jne    c0100398 <console_intr+0xd8>
		console_putc(c);
	if (c == '\n' || c == CTRL_D || input.e - input.r == INPUT_BUF) {
		input.w = input.e;
		wakeup(&input.r);
	}
}
c01002ec:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c01002ef:	89 ec                	mov    %ebp,%esp
c01002f1:	5d                   	pop    %ebp
c01002f2:	c3                   	ret
c01002f3:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c01002f7:	90                   	nop
	if (input.e - input.r >= INPUT_BUF)
c01002f8:	8b 0d a0 62 20 c0    	mov    0xc02062a0,%ecx
c01002fe:	89 c2                	mov    %eax,%edx
c0100300:	29 ca                	sub    %ecx,%edx
c0100302:	81 fa ff 00 00 00    	cmp    $0xff,%edx
c0100308:	77 e2                	ja     c01002ec <console_intr+0x2c>
	input.buf[input.e++ % INPUT_BUF] = (char)c;
c010030a:	8d 50 01             	lea    0x1(%eax),%edx
c010030d:	0f b6 c0             	movzbl %al,%eax
c0100310:	89 15 a8 62 20 c0    	mov    %edx,0xc02062a8
c0100316:	c6 80 a0 61 20 c0 0a 	movb   $0xa,-0x3fdf9e60(%eax)
		uart_putc('\r');
c010031d:	c7 04 24 0d 00 00 00 	movl   $0xd,(%esp)
c0100324:	e8 17 54 00 00       	call   c0105740 <uart_putc>
	uart_putc(c);
c0100329:	c7 04 24 0a 00 00 00 	movl   $0xa,(%esp)
c0100330:	e8 0b 54 00 00       	call   c0105740 <uart_putc>
	vga_putc(c);
c0100335:	c7 04 24 0a 00 00 00 	movl   $0xa,(%esp)
c010033c:	e8 2f 55 00 00       	call   c0105870 <vga_putc>
		input.w = input.e;
c0100341:	8b 15 a8 62 20 c0    	mov    0xc02062a8,%edx
c0100347:	eb 30                	jmp    c0100379 <console_intr+0xb9>
c0100349:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
	if (input.e - input.r >= INPUT_BUF)
c0100350:	8b 0d a0 62 20 c0    	mov    0xc02062a0,%ecx
c0100356:	89 c2                	mov    %eax,%edx
c0100358:	29 ca                	sub    %ecx,%edx
c010035a:	81 fa ff 00 00 00    	cmp    $0xff,%edx
c0100360:	77 8a                	ja     c01002ec <console_intr+0x2c>
	input.buf[input.e++ % INPUT_BUF] = (char)c;
c0100362:	8d 50 01             	lea    0x1(%eax),%edx
	if (c != CTRL_D)
c0100365:	83 fb 04             	cmp    $0x4,%ebx
	input.buf[input.e++ % INPUT_BUF] = (char)c;
c0100368:	89 15 a8 62 20 c0    	mov    %edx,0xc02062a8
c010036e:	0f b6 c0             	movzbl %al,%eax
c0100371:	88 98 a0 61 20 c0    	mov    %bl,-0x3fdf9e60(%eax)
	if (c != CTRL_D)
c0100377:	75 77                	jne    c01003f0 <console_intr+0x130>
		input.w = input.e;
c0100379:	89 15 a4 62 20 c0    	mov    %edx,0xc02062a4
		wakeup(&input.r);
c010037f:	c7 45 08 a0 62 20 c0 	movl   $0xc02062a0,0x8(%ebp)
}
c0100386:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c0100389:	89 ec                	mov    %ebp,%esp
c010038b:	5d                   	pop    %ebp
		wakeup(&input.r);
c010038c:	e9 ff 40 00 00       	jmp    c0104490 <wakeup>
c0100391:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
			input.e--;
c0100398:	48                   	dec    %eax
c0100399:	a3 a8 62 20 c0       	mov    %eax,0xc02062a8
	uart_putc(c);
c010039e:	c7 04 24 08 00 00 00 	movl   $0x8,(%esp)
c01003a5:	e8 96 53 00 00       	call   c0105740 <uart_putc>
	vga_putc(c);
c01003aa:	c7 04 24 08 00 00 00 	movl   $0x8,(%esp)
c01003b1:	e8 ba 54 00 00       	call   c0105870 <vga_putc>
	uart_putc(c);
c01003b6:	c7 04 24 20 00 00 00 	movl   $0x20,(%esp)
c01003bd:	e8 7e 53 00 00       	call   c0105740 <uart_putc>
	vga_putc(c);
c01003c2:	c7 04 24 20 00 00 00 	movl   $0x20,(%esp)
c01003c9:	e8 a2 54 00 00       	call   c0105870 <vga_putc>
	uart_putc(c);
c01003ce:	c7 04 24 08 00 00 00 	movl   $0x8,(%esp)
c01003d5:	e8 66 53 00 00       	call   c0105740 <uart_putc>
}
c01003da:	8b 5d fc             	mov    -0x4(%ebp),%ebx
	vga_putc(c);
c01003dd:	c7 45 08 08 00 00 00 	movl   $0x8,0x8(%ebp)
}
c01003e4:	89 ec                	mov    %ebp,%esp
c01003e6:	5d                   	pop    %ebp
	vga_putc(c);
c01003e7:	e9 84 54 00 00       	jmp    c0105870 <vga_putc>
c01003ec:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
	if (c == '\n')
c01003f0:	83 fb 0a             	cmp    $0xa,%ebx
c01003f3:	0f 84 24 ff ff ff    	je     c010031d <console_intr+0x5d>
	uart_putc(c);
c01003f9:	89 1c 24             	mov    %ebx,(%esp)
c01003fc:	e8 3f 53 00 00       	call   c0105740 <uart_putc>
	vga_putc(c);
c0100401:	89 1c 24             	mov    %ebx,(%esp)
c0100404:	e8 67 54 00 00       	call   c0105870 <vga_putc>
	if (c == '\n' || c == CTRL_D || input.e - input.r == INPUT_BUF) {
c0100409:	8b 15 a8 62 20 c0    	mov    0xc02062a8,%edx
c010040f:	8b 1d a0 62 20 c0    	mov    0xc02062a0,%ebx
c0100415:	89 d0                	mov    %edx,%eax
c0100417:	29 d8                	sub    %ebx,%eax
c0100419:	3d 00 01 00 00       	cmp    $0x100,%eax
c010041e:	0f 84 55 ff ff ff    	je     c0100379 <console_intr+0xb9>
}
c0100424:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c0100427:	89 ec                	mov    %ebp,%esp
c0100429:	5d                   	pop    %ebp
c010042a:	c3                   	ret
c010042b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c010042f:	90                   	nop

c0100430 <console_read>:

// Read up to n bytes of the next line into dst (a kernel buffer).
// Blocks until a line is complete.  Returns 0 at end of input (^D).
int console_read(char *dst, int n)
{
c0100430:	55                   	push   %ebp
c0100431:	89 e5                	mov    %esp,%ebp
c0100433:	56                   	push   %esi
c0100434:	53                   	push   %ebx
	int got = 0;
c0100435:	31 db                	xor    %ebx,%ebx
{
c0100437:	83 ec 10             	sub    $0x10,%esp
c010043a:	8b 75 0c             	mov    0xc(%ebp),%esi
	while (got < n) {
c010043d:	39 f3                	cmp    %esi,%ebx
c010043f:	7c 1f                	jl     c0100460 <console_read+0x30>
c0100441:	eb 4f                	jmp    c0100492 <console_read+0x62>
c0100443:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0100447:	90                   	nop
		while (input.r == input.w) {
			if (myproc()->killed)
c0100448:	e8 63 36 00 00       	call   c0103ab0 <myproc>
c010044d:	8b 40 3c             	mov    0x3c(%eax),%eax
c0100450:	85 c0                	test   %eax,%eax
c0100452:	75 4c                	jne    c01004a0 <console_read+0x70>
				return -1;
			sleep(&input.r);
c0100454:	c7 04 24 a0 62 20 c0 	movl   $0xc02062a0,(%esp)
c010045b:	e8 00 40 00 00       	call   c0104460 <sleep>
		while (input.r == input.w) {
c0100460:	a1 a0 62 20 c0       	mov    0xc02062a0,%eax
c0100465:	3b 05 a4 62 20 c0    	cmp    0xc02062a4,%eax
c010046b:	74 db                	je     c0100448 <console_read+0x18>
		}
		char c = input.buf[input.r++ % INPUT_BUF];
c010046d:	8d 50 01             	lea    0x1(%eax),%edx
c0100470:	89 15 a0 62 20 c0    	mov    %edx,0xc02062a0
c0100476:	0f b6 d0             	movzbl %al,%edx
c0100479:	0f b6 92 a0 61 20 c0 	movzbl -0x3fdf9e60(%edx),%edx
		if (c == CTRL_D) {
c0100480:	80 fa 04             	cmp    $0x4,%dl
c0100483:	74 29                	je     c01004ae <console_read+0x7e>
			if (got > 0)
				input.r--;   // leave ^D for the next read
			break;
		}
		dst[got++] = c;
c0100485:	8b 45 08             	mov    0x8(%ebp),%eax
c0100488:	43                   	inc    %ebx
		if (c == '\n')
c0100489:	80 fa 0a             	cmp    $0xa,%dl
		dst[got++] = c;
c010048c:	88 54 18 ff          	mov    %dl,-0x1(%eax,%ebx,1)
		if (c == '\n')
c0100490:	75 ab                	jne    c010043d <console_read+0xd>
			break;
	}
	return got;
}
c0100492:	83 c4 10             	add    $0x10,%esp
c0100495:	89 d8                	mov    %ebx,%eax
c0100497:	5b                   	pop    %ebx
c0100498:	5e                   	pop    %esi
c0100499:	5d                   	pop    %ebp
c010049a:	c3                   	ret
c010049b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c010049f:	90                   	nop
c01004a0:	83 c4 10             	add    $0x10,%esp
				return -1;
c01004a3:	bb ff ff ff ff       	mov    $0xffffffff,%ebx
}
c01004a8:	89 d8                	mov    %ebx,%eax
c01004aa:	5b                   	pop    %ebx
c01004ab:	5e                   	pop    %esi
c01004ac:	5d                   	pop    %ebp
c01004ad:	c3                   	ret
			if (got > 0)
c01004ae:	85 db                	test   %ebx,%ebx
c01004b0:	74 e0                	je     c0100492 <console_read+0x62>
				input.r--;   // leave ^D for the next read
c01004b2:	a3 a0 62 20 c0       	mov    %eax,0xc02062a0
c01004b7:	eb d9                	jmp    c0100492 <console_read+0x62>
c01004b9:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi

c01004c0 <console_write>:

void console_write(const char *src, int n)
{
c01004c0:	55                   	push   %ebp
c01004c1:	89 e5                	mov    %esp,%ebp
c01004c3:	57                   	push   %edi
c01004c4:	56                   	push   %esi
c01004c5:	53                   	push   %ebx
c01004c6:	83 ec 1c             	sub    $0x1c,%esp
c01004c9:	8b 7d 0c             	mov    0xc(%ebp),%edi
	for (int i = 0; i < n; i++)
c01004cc:	85 ff                	test   %edi,%edi
c01004ce:	7e 40                	jle    c0100510 <console_write+0x50>
c01004d0:	8b 5d 08             	mov    0x8(%ebp),%ebx
c01004d3:	01 df                	add    %ebx,%edi
c01004d5:	eb 1e                	jmp    c01004f5 <console_write+0x35>
c01004d7:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01004de:	66 90                	xchg   %ax,%ax
	uart_putc(c);
c01004e0:	89 34 24             	mov    %esi,(%esp)
	for (int i = 0; i < n; i++)
c01004e3:	43                   	inc    %ebx
	uart_putc(c);
c01004e4:	e8 57 52 00 00       	call   c0105740 <uart_putc>
	vga_putc(c);
c01004e9:	89 34 24             	mov    %esi,(%esp)
c01004ec:	e8 7f 53 00 00       	call   c0105870 <vga_putc>
	for (int i = 0; i < n; i++)
c01004f1:	39 fb                	cmp    %edi,%ebx
c01004f3:	74 1b                	je     c0100510 <console_write+0x50>
		console_putc(src[i]);
c01004f5:	0f be 33             	movsbl (%ebx),%esi
	if (c == '\n')
c01004f8:	83 fe 0a             	cmp    $0xa,%esi
c01004fb:	75 e3                	jne    c01004e0 <console_write+0x20>
		uart_putc('\r');
c01004fd:	c7 04 24 0d 00 00 00 	movl   $0xd,(%esp)
c0100504:	e8 37 52 00 00       	call   c0105740 <uart_putc>
c0100509:	eb d5                	jmp    c01004e0 <console_write+0x20>
c010050b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c010050f:	90                   	nop
}
c0100510:	83 c4 1c             	add    $0x1c,%esp
c0100513:	5b                   	pop    %ebx
c0100514:	5e                   	pop    %esi
c0100515:	5f                   	pop    %edi
c0100516:	5d                   	pop    %ebp
c0100517:	c3                   	ret
c0100518:	66 90                	xchg   %ax,%ax
c010051a:	66 90                	xchg   %ax,%ax
c010051c:	66 90                	xchg   %ax,%ax
c010051e:	66 90                	xchg   %ax,%ax

c0100520 <elf_check>:
}

// 0 if image (size bytes) is an executable we can load; else -ENOEXEC
// with *why saying what is wrong.
int elf_check(const void *image, uint32_t size, const char **why)
{
c0100520:	55                   	push   %ebp
c0100521:	89 e5                	mov    %esp,%ebp
c0100523:	57                   	push   %edi
c0100524:	56                   	push   %esi
c0100525:	53                   	push   %ebx
c0100526:	83 ec 0c             	sub    $0xc,%esp
	if (size < sizeof(struct elfhdr))
c0100529:	83 7d 0c 33          	cmpl   $0x33,0xc(%ebp)
{
c010052d:	8b 7d 08             	mov    0x8(%ebp),%edi
	if (size < sizeof(struct elfhdr))
c0100530:	0f 86 8a 01 00 00    	jbe    c01006c0 <elf_check+0x1a0>
	else if (eh->magic != ELF_MAGIC)
c0100536:	81 3f 7f 45 4c 46    	cmpl   $0x464c457f,(%edi)
c010053c:	0f 85 4c 01 00 00    	jne    c010068e <elf_check+0x16e>
	else if (eh->elf[0] != ELFCLASS32 || eh->elf[1] != ELFDATA2LSB)
c0100542:	66 81 7f 04 01 01    	cmpw   $0x101,0x4(%edi)
c0100548:	0f 85 4a 01 00 00    	jne    c0100698 <elf_check+0x178>
	else if (eh->type != ET_EXEC)
c010054e:	66 83 7f 10 02       	cmpw   $0x2,0x10(%edi)
c0100553:	0f 85 49 01 00 00    	jne    c01006a2 <elf_check+0x182>
	else if (eh->machine != EM_386)
c0100559:	66 83 7f 12 03       	cmpw   $0x3,0x12(%edi)
c010055e:	0f 85 48 01 00 00    	jne    c01006ac <elf_check+0x18c>
	else if (eh->phentsize != sizeof(struct proghdr))
c0100564:	66 83 7f 2a 20       	cmpw   $0x20,0x2a(%edi)
c0100569:	0f 85 47 01 00 00    	jne    c01006b6 <elf_check+0x196>
	else if (eh->phnum == 0 || eh->phnum > MAX_PHNUM)
c010056f:	0f b7 4f 2c          	movzwl 0x2c(%edi),%ecx
c0100573:	8d 41 ff             	lea    -0x1(%ecx),%eax
c0100576:	66 83 f8 1f          	cmp    $0x1f,%ax
c010057a:	0f 87 4a 01 00 00    	ja     c01006ca <elf_check+0x1aa>
	else if (!within(eh->phoff, (uint32_t)eh->phnum * sizeof(struct proghdr), size))
c0100580:	8b 47 1c             	mov    0x1c(%edi),%eax
	return off <= size && len <= size - off;
c0100583:	39 45 0c             	cmp    %eax,0xc(%ebp)
c0100586:	73 18                	jae    c01005a0 <elf_check+0x80>
c0100588:	b8 f8 7b 10 c0       	mov    $0xc0107bf8,%eax
		*why = "file too short for an ELF header";
c010058d:	8b 55 10             	mov    0x10(%ebp),%edx
c0100590:	89 02                	mov    %eax,(%edx)
	if (!entry_ok) {
		*why = "entry point is outside the loaded segments";
		return -ENOEXEC;
	}
	return 0;
}
c0100592:	83 c4 0c             	add    $0xc,%esp
	return -ENOEXEC;
c0100595:	b8 f8 ff ff ff       	mov    $0xfffffff8,%eax
}
c010059a:	5b                   	pop    %ebx
c010059b:	5e                   	pop    %esi
c010059c:	5f                   	pop    %edi
c010059d:	5d                   	pop    %ebp
c010059e:	c3                   	ret
c010059f:	90                   	nop
	return off <= size && len <= size - off;
c01005a0:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	else if (!within(eh->phoff, (uint32_t)eh->phnum * sizeof(struct proghdr), size))
c01005a3:	89 ca                	mov    %ecx,%edx
c01005a5:	c1 e2 05             	shl    $0x5,%edx
	return off <= size && len <= size - off;
c01005a8:	29 c3                	sub    %eax,%ebx
c01005aa:	39 d3                	cmp    %edx,%ebx
c01005ac:	72 da                	jb     c0100588 <elf_check+0x68>
			entry_ok = 1;
c01005ae:	89 7d 08             	mov    %edi,0x8(%ebp)
c01005b1:	01 f8                	add    %edi,%eax
	for (int i = 0; i < eh->phnum; i++) {
c01005b3:	31 d2                	xor    %edx,%edx
	int nload = 0, entry_ok = 0;
c01005b5:	c7 45 f0 00 00 00 00 	movl   $0x0,-0x10(%ebp)
			entry_ok = 1;
c01005bc:	89 cf                	mov    %ecx,%edi
	int nload = 0, entry_ok = 0;
c01005be:	c7 45 ec 00 00 00 00 	movl   $0x0,-0x14(%ebp)
c01005c5:	eb 11                	jmp    c01005d8 <elf_check+0xb8>
c01005c7:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01005ce:	66 90                	xchg   %ax,%ax
	for (int i = 0; i < eh->phnum; i++) {
c01005d0:	42                   	inc    %edx
c01005d1:	83 c0 20             	add    $0x20,%eax
c01005d4:	39 d7                	cmp    %edx,%edi
c01005d6:	74 78                	je     c0100650 <elf_check+0x130>
		if (ph[i].type != ELF_PROG_LOAD)
c01005d8:	83 38 01             	cmpl   $0x1,(%eax)
c01005db:	75 f3                	jne    c01005d0 <elf_check+0xb0>
	if (ph->filesz > ph->memsz)
c01005dd:	8b 48 14             	mov    0x14(%eax),%ecx
c01005e0:	8b 58 10             	mov    0x10(%eax),%ebx
c01005e3:	89 4d e8             	mov    %ecx,-0x18(%ebp)
c01005e6:	39 d9                	cmp    %ebx,%ecx
c01005e8:	0f 82 8c 00 00 00    	jb     c010067a <elf_check+0x15a>
	else if (!within(ph->off, ph->filesz, size))
c01005ee:	8b 70 04             	mov    0x4(%eax),%esi
	return off <= size && len <= size - off;
c01005f1:	39 75 0c             	cmp    %esi,0xc(%ebp)
c01005f4:	72 7a                	jb     c0100670 <elf_check+0x150>
c01005f6:	8b 4d 0c             	mov    0xc(%ebp),%ecx
c01005f9:	29 f1                	sub    %esi,%ecx
c01005fb:	39 d9                	cmp    %ebx,%ecx
c01005fd:	72 71                	jb     c0100670 <elf_check+0x150>
	else if (ph->vaddr < USERBASE || ph->vaddr + ph->memsz < ph->vaddr ||
c01005ff:	8b 58 08             	mov    0x8(%eax),%ebx
c0100602:	81 fb ff 0f 00 00    	cmp    $0xfff,%ebx
c0100608:	76 7a                	jbe    c0100684 <elf_check+0x164>
c010060a:	8b 4d e8             	mov    -0x18(%ebp),%ecx
c010060d:	31 f6                	xor    %esi,%esi
c010060f:	01 d9                	add    %ebx,%ecx
c0100611:	0f 82 d1 00 00 00    	jb     c01006e8 <elf_check+0x1c8>
c0100617:	85 f6                	test   %esi,%esi
c0100619:	75 69                	jne    c0100684 <elf_check+0x164>
c010061b:	81 f9 00 00 00 c0    	cmp    $0xc0000000,%ecx
c0100621:	77 61                	ja     c0100684 <elf_check+0x164>
		if (eh->entry >= ph[i].vaddr && eh->entry < ph[i].vaddr + ph[i].memsz)
c0100623:	8b 75 08             	mov    0x8(%ebp),%esi
		nload++;
c0100626:	ff 45 ec             	incl   -0x14(%ebp)
		if (eh->entry >= ph[i].vaddr && eh->entry < ph[i].vaddr + ph[i].memsz)
c0100629:	8b 76 18             	mov    0x18(%esi),%esi
c010062c:	39 de                	cmp    %ebx,%esi
c010062e:	72 a0                	jb     c01005d0 <elf_check+0xb0>
			entry_ok = 1;
c0100630:	39 ce                	cmp    %ecx,%esi
c0100632:	bb 01 00 00 00       	mov    $0x1,%ebx
c0100637:	0f 43 5d f0          	cmovae -0x10(%ebp),%ebx
	for (int i = 0; i < eh->phnum; i++) {
c010063b:	42                   	inc    %edx
c010063c:	83 c0 20             	add    $0x20,%eax
c010063f:	39 d7                	cmp    %edx,%edi
			entry_ok = 1;
c0100641:	89 5d f0             	mov    %ebx,-0x10(%ebp)
	for (int i = 0; i < eh->phnum; i++) {
c0100644:	75 92                	jne    c01005d8 <elf_check+0xb8>
c0100646:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010064d:	8d 76 00             	lea    0x0(%esi),%esi
	if (nload == 0) {
c0100650:	8b 55 ec             	mov    -0x14(%ebp),%edx
c0100653:	85 d2                	test   %edx,%edx
c0100655:	0f 84 83 00 00 00    	je     c01006de <elf_check+0x1be>
	if (!entry_ok) {
c010065b:	8b 45 f0             	mov    -0x10(%ebp),%eax
c010065e:	85 c0                	test   %eax,%eax
c0100660:	74 72                	je     c01006d4 <elf_check+0x1b4>
}
c0100662:	83 c4 0c             	add    $0xc,%esp
	return 0;
c0100665:	31 c0                	xor    %eax,%eax
}
c0100667:	5b                   	pop    %ebx
c0100668:	5e                   	pop    %esi
c0100669:	5f                   	pop    %edi
c010066a:	5d                   	pop    %ebp
c010066b:	c3                   	ret
c010066c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0100670:	b8 dc 7c 10 c0       	mov    $0xc0107cdc,%eax
c0100675:	e9 13 ff ff ff       	jmp    c010058d <elf_check+0x6d>
c010067a:	b8 20 7c 10 c0       	mov    $0xc0107c20,%eax
c010067f:	e9 09 ff ff ff       	jmp    c010058d <elf_check+0x6d>
c0100684:	b8 84 7b 10 c0       	mov    $0xc0107b84,%eax
c0100689:	e9 ff fe ff ff       	jmp    c010058d <elf_check+0x6d>
c010068e:	b8 61 7c 10 c0       	mov    $0xc0107c61,%eax
c0100693:	e9 f5 fe ff ff       	jmp    c010058d <elf_check+0x6d>
c0100698:	b8 d4 7b 10 c0       	mov    $0xc0107bd4,%eax
c010069d:	e9 eb fe ff ff       	jmp    c010058d <elf_check+0x6d>
c01006a2:	b8 7d 7c 10 c0       	mov    $0xc0107c7d,%eax
c01006a7:	e9 e1 fe ff ff       	jmp    c010058d <elf_check+0x6d>
c01006ac:	b8 8f 7c 10 c0       	mov    $0xc0107c8f,%eax
c01006b1:	e9 d7 fe ff ff       	jmp    c010058d <elf_check+0x6d>
c01006b6:	b8 a6 7c 10 c0       	mov    $0xc0107ca6,%eax
c01006bb:	e9 cd fe ff ff       	jmp    c010058d <elf_check+0x6d>
c01006c0:	b8 60 7b 10 c0       	mov    $0xc0107b60,%eax
c01006c5:	e9 c3 fe ff ff       	jmp    c010058d <elf_check+0x6d>
c01006ca:	b8 be 7c 10 c0       	mov    $0xc0107cbe,%eax
c01006cf:	e9 b9 fe ff ff       	jmp    c010058d <elf_check+0x6d>
c01006d4:	b8 a8 7b 10 c0       	mov    $0xc0107ba8,%eax
c01006d9:	e9 af fe ff ff       	jmp    c010058d <elf_check+0x6d>
c01006de:	b8 4c 7c 10 c0       	mov    $0xc0107c4c,%eax
c01006e3:	e9 a5 fe ff ff       	jmp    c010058d <elf_check+0x6d>
c01006e8:	be 01 00 00 00       	mov    $0x1,%esi
c01006ed:	e9 25 ff ff ff       	jmp    c0100617 <elf_check+0xf7>
c01006f2:	66 90                	xchg   %ax,%ax
c01006f4:	66 90                	xchg   %ax,%ax
c01006f6:	66 90                	xchg   %ax,%ax
c01006f8:	66 90                	xchg   %ax,%ax
c01006fa:	66 90                	xchg   %ax,%ax
c01006fc:	66 90                	xchg   %ax,%ax
c01006fe:	66 90                	xchg   %ax,%ax

c0100700 <exec_image>:

// Replace p's program with the ELF image.  On failure p is unchanged,
// and *why says what went wrong.
int exec_image(struct proc *p, const void *image, uint32_t size,
	       char *const argv[], const char **why)
{
c0100700:	55                   	push   %ebp
c0100701:	89 e5                	mov    %esp,%ebp
c0100703:	57                   	push   %edi
c0100704:	56                   	push   %esi
c0100705:	53                   	push   %ebx
c0100706:	83 ec 7c             	sub    $0x7c,%esp
	if (elf_check(image, size, why) < 0)
c0100709:	8b 45 18             	mov    0x18(%ebp),%eax
{
c010070c:	8b 7d 14             	mov    0x14(%ebp),%edi
	if (elf_check(image, size, why) < 0)
c010070f:	89 44 24 08          	mov    %eax,0x8(%esp)
c0100713:	8b 45 10             	mov    0x10(%ebp),%eax
c0100716:	89 44 24 04          	mov    %eax,0x4(%esp)
c010071a:	8b 45 0c             	mov    0xc(%ebp),%eax
c010071d:	89 04 24             	mov    %eax,(%esp)
c0100720:	e8 fb fd ff ff       	call   c0100520 <elf_check>
c0100725:	85 c0                	test   %eax,%eax
c0100727:	0f 88 1f 03 00 00    	js     c0100a4c <exec_image+0x34c>
		return -ENOEXEC;

	pde_t *pgdir = vm_create();
c010072d:	e8 2e 55 00 00       	call   c0105c60 <vm_create>
	if (pgdir == NULL) {
c0100732:	85 c0                	test   %eax,%eax
	pde_t *pgdir = vm_create();
c0100734:	89 c2                	mov    %eax,%edx
	if (pgdir == NULL) {
c0100736:	0f 84 1a 03 00 00    	je     c0100a56 <exec_image+0x356>
	const struct proghdr *ph = (const struct proghdr *)(image + eh->phoff);
c010073c:	8b 45 0c             	mov    0xc(%ebp),%eax
c010073f:	8b 58 1c             	mov    0x1c(%eax),%ebx
	for (int i = 0; i < eh->phnum; i++) {
c0100742:	0f b7 40 2c          	movzwl 0x2c(%eax),%eax
c0100746:	85 c0                	test   %eax,%eax
c0100748:	0f 84 75 01 00 00    	je     c01008c3 <exec_image+0x1c3>
	uint32_t top = 0;
c010074e:	c7 45 90 00 00 00 00 	movl   $0x0,-0x70(%ebp)
c0100755:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	for (int i = 0; i < eh->phnum; i++) {
c0100758:	31 f6                	xor    %esi,%esi
c010075a:	89 55 94             	mov    %edx,-0x6c(%ebp)
c010075d:	89 7d 14             	mov    %edi,0x14(%ebp)
c0100760:	01 cb                	add    %ecx,%ebx
c0100762:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0100769:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
		if (ph[i].type != ELF_PROG_LOAD)
c0100770:	83 3b 01             	cmpl   $0x1,(%ebx)
c0100773:	75 77                	jne    c01007ec <exec_image+0xec>
		if (ph[i].flags & ELF_PROG_FLAG_W)
c0100775:	8b 43 18             	mov    0x18(%ebx),%eax
		uint32_t end = ph[i].vaddr + ph[i].memsz;
c0100778:	8b 4b 08             	mov    0x8(%ebx),%ecx
c010077b:	8b 7b 14             	mov    0x14(%ebx),%edi
		if (ph[i].flags & ELF_PROG_FLAG_W)
c010077e:	83 e0 02             	and    $0x2,%eax
		if (vm_alloc_range(pgdir, ph[i].vaddr, end, perm) < 0)
c0100781:	89 4c 24 04          	mov    %ecx,0x4(%esp)
		int perm = PTE_U;
c0100785:	83 f8 01             	cmp    $0x1,%eax
c0100788:	19 c0                	sbb    %eax,%eax
		uint32_t end = ph[i].vaddr + ph[i].memsz;
c010078a:	01 cf                	add    %ecx,%edi
		if (vm_alloc_range(pgdir, ph[i].vaddr, end, perm) < 0)
c010078c:	89 7c 24 08          	mov    %edi,0x8(%esp)
		int perm = PTE_U;
c0100790:	83 e0 fe             	and    $0xfffffffe,%eax
c0100793:	83 c0 06             	add    $0x6,%eax
		if (vm_alloc_range(pgdir, ph[i].vaddr, end, perm) < 0)
c0100796:	89 44 24 0c          	mov    %eax,0xc(%esp)
c010079a:	8b 45 94             	mov    -0x6c(%ebp),%eax
c010079d:	89 04 24             	mov    %eax,(%esp)
c01007a0:	e8 db 56 00 00       	call   c0105e80 <vm_alloc_range>
c01007a5:	85 c0                	test   %eax,%eax
c01007a7:	0f 88 13 01 00 00    	js     c01008c0 <exec_image+0x1c0>
		if (vm_copyout(pgdir, ph[i].vaddr, image + ph[i].off, ph[i].filesz) < 0)
c01007ad:	8b 43 10             	mov    0x10(%ebx),%eax
c01007b0:	89 44 24 0c          	mov    %eax,0xc(%esp)
c01007b4:	8b 43 04             	mov    0x4(%ebx),%eax
c01007b7:	8b 55 0c             	mov    0xc(%ebp),%edx
c01007ba:	01 c2                	add    %eax,%edx
c01007bc:	89 54 24 08          	mov    %edx,0x8(%esp)
c01007c0:	8b 43 08             	mov    0x8(%ebx),%eax
c01007c3:	89 44 24 04          	mov    %eax,0x4(%esp)
c01007c7:	8b 45 94             	mov    -0x6c(%ebp),%eax
c01007ca:	89 04 24             	mov    %eax,(%esp)
c01007cd:	e8 1e 58 00 00       	call   c0105ff0 <vm_copyout>
c01007d2:	85 c0                	test   %eax,%eax
c01007d4:	0f 88 e6 00 00 00    	js     c01008c0 <exec_image+0x1c0>
		if (end > top)
c01007da:	8b 45 90             	mov    -0x70(%ebp),%eax
c01007dd:	39 f8                	cmp    %edi,%eax
c01007df:	0f 43 f8             	cmovae %eax,%edi
c01007e2:	8b 45 0c             	mov    0xc(%ebp),%eax
c01007e5:	89 7d 90             	mov    %edi,-0x70(%ebp)
c01007e8:	0f b7 40 2c          	movzwl 0x2c(%eax),%eax
	for (int i = 0; i < eh->phnum; i++) {
c01007ec:	46                   	inc    %esi
c01007ed:	83 c3 20             	add    $0x20,%ebx
c01007f0:	39 c6                	cmp    %eax,%esi
c01007f2:	0f 8c 78 ff ff ff    	jl     c0100770 <exec_image+0x70>
		*why = "out of memory";
		return -ENOMEM;
	}
	uint32_t top = load_segments(pgdir, image);
	uint32_t sp = top ? setup_stack(pgdir, argv) : 0;
c01007f8:	8b 75 90             	mov    -0x70(%ebp),%esi
c01007fb:	8b 55 94             	mov    -0x6c(%ebp),%edx
c01007fe:	8b 7d 14             	mov    0x14(%ebp),%edi
c0100801:	85 f6                	test   %esi,%esi
c0100803:	0f 84 ba 00 00 00    	je     c01008c3 <exec_image+0x1c3>
	if (vm_alloc_range(pgdir, USTACKTOP - PGSIZE, USTACKTOP, PTE_U | PTE_W) < 0)
c0100809:	b8 06 00 00 00       	mov    $0x6,%eax
c010080e:	b9 00 00 00 c0       	mov    $0xc0000000,%ecx
c0100813:	89 14 24             	mov    %edx,(%esp)
c0100816:	bb 00 f0 ff bf       	mov    $0xbffff000,%ebx
c010081b:	89 44 24 0c          	mov    %eax,0xc(%esp)
c010081f:	89 4c 24 08          	mov    %ecx,0x8(%esp)
c0100823:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0100827:	e8 54 56 00 00       	call   c0105e80 <vm_alloc_range>
c010082c:	8b 55 94             	mov    -0x6c(%ebp),%edx
c010082f:	85 c0                	test   %eax,%eax
c0100831:	78 67                	js     c010089a <exec_image+0x19a>
	int argc = 0;
c0100833:	31 db                	xor    %ebx,%ebx
	for (; argv && argv[argc]; argc++) {
c0100835:	85 ff                	test   %edi,%edi
	uint32_t sp = USTACKTOP;
c0100837:	be 00 00 00 c0       	mov    $0xc0000000,%esi
	for (; argv && argv[argc]; argc++) {
c010083c:	0f 84 eb 01 00 00    	je     c0100a2d <exec_image+0x32d>
c0100842:	89 55 94             	mov    %edx,-0x6c(%ebp)
c0100845:	eb 42                	jmp    c0100889 <exec_image+0x189>
c0100847:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010084e:	66 90                	xchg   %ax,%ax
		uint32_t len = strlen(argv[argc]) + 1;
c0100850:	89 04 24             	mov    %eax,(%esp)
c0100853:	e8 b8 62 00 00       	call   c0106b10 <strlen>
c0100858:	40                   	inc    %eax
		sp = (sp - len) & ~3u;
c0100859:	29 c6                	sub    %eax,%esi
c010085b:	83 e6 fc             	and    $0xfffffffc,%esi
		if (sp < USTACKTOP - PGSIZE + sizeof(ustack) ||
c010085e:	81 fe 4b f0 ff bf    	cmp    $0xbffff04b,%esi
c0100864:	76 31                	jbe    c0100897 <exec_image+0x197>
		    vm_copyout(pgdir, sp, argv[argc], len) < 0)
c0100866:	89 44 24 0c          	mov    %eax,0xc(%esp)
c010086a:	8b 04 9f             	mov    (%edi,%ebx,4),%eax
c010086d:	89 74 24 04          	mov    %esi,0x4(%esp)
c0100871:	89 44 24 08          	mov    %eax,0x8(%esp)
c0100875:	8b 45 94             	mov    -0x6c(%ebp),%eax
c0100878:	89 04 24             	mov    %eax,(%esp)
c010087b:	e8 70 57 00 00       	call   c0105ff0 <vm_copyout>
		if (sp < USTACKTOP - PGSIZE + sizeof(ustack) ||
c0100880:	85 c0                	test   %eax,%eax
c0100882:	78 13                	js     c0100897 <exec_image+0x197>
		ustack[2 + argc] = sp;
c0100884:	89 74 9d a4          	mov    %esi,-0x5c(%ebp,%ebx,4)
	for (; argv && argv[argc]; argc++) {
c0100888:	43                   	inc    %ebx
c0100889:	8b 04 9f             	mov    (%edi,%ebx,4),%eax
c010088c:	89 d9                	mov    %ebx,%ecx
c010088e:	85 c0                	test   %eax,%eax
c0100890:	74 40                	je     c01008d2 <exec_image+0x1d2>
		if (argc >= MAXARG)
c0100892:	83 fb 10             	cmp    $0x10,%ebx
c0100895:	75 b9                	jne    c0100850 <exec_image+0x150>
c0100897:	8b 55 94             	mov    -0x6c(%ebp),%edx
	if (sp == 0) {
		vm_free(pgdir);
c010089a:	89 14 24             	mov    %edx,(%esp)
c010089d:	e8 fe 53 00 00       	call   c0105ca0 <vm_free>
		*why = top ? "arguments too long or out of memory" : "out of memory";
c01008a2:	b8 fc 7c 10 c0       	mov    $0xc0107cfc,%eax
c01008a7:	8b 4d 18             	mov    0x18(%ebp),%ecx
c01008aa:	89 01                	mov    %eax,(%ecx)
		return -ENOMEM;
c01008ac:	b8 f4 ff ff ff       	mov    $0xfffffff4,%eax
	if (p == myproc())
		uvm_switch(p);
	if (old)
		vm_free(old);
	return 0;
}
c01008b1:	83 c4 7c             	add    $0x7c,%esp
c01008b4:	5b                   	pop    %ebx
c01008b5:	5e                   	pop    %esi
c01008b6:	5f                   	pop    %edi
c01008b7:	5d                   	pop    %ebp
c01008b8:	c3                   	ret
c01008b9:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01008c0:	8b 55 94             	mov    -0x6c(%ebp),%edx
		vm_free(pgdir);
c01008c3:	89 14 24             	mov    %edx,(%esp)
c01008c6:	e8 d5 53 00 00       	call   c0105ca0 <vm_free>
		*why = top ? "arguments too long or out of memory" : "out of memory";
c01008cb:	b8 aa 86 10 c0       	mov    $0xc01086aa,%eax
c01008d0:	eb d5                	jmp    c01008a7 <exec_image+0x1a7>
		ustack[2 + argc] = sp;
c01008d2:	8d 43 02             	lea    0x2(%ebx),%eax
c01008d5:	8b 55 94             	mov    -0x6c(%ebp),%edx
c01008d8:	89 45 94             	mov    %eax,-0x6c(%ebp)
	sp -= words * 4;
c01008db:	8d 1c 9d 0c 00 00 00 	lea    0xc(,%ebx,4),%ebx
c01008e2:	29 de                	sub    %ebx,%esi
	ustack[1] = sp + 8;               // where argv[0] lands
c01008e4:	8d 46 08             	lea    0x8(%esi),%eax
c01008e7:	89 45 8c             	mov    %eax,-0x74(%ebp)
	ustack[0] = (uint32_t)argc;
c01008ea:	89 4d 9c             	mov    %ecx,-0x64(%ebp)
	ustack[2 + argc] = 0;
c01008ed:	8b 45 94             	mov    -0x6c(%ebp),%eax
c01008f0:	c7 44 85 9c 00 00 00 	movl   $0x0,-0x64(%ebp,%eax,4)
c01008f7:	00 
	ustack[1] = sp + 8;               // where argv[0] lands
c01008f8:	8b 45 8c             	mov    -0x74(%ebp),%eax
c01008fb:	89 45 a0             	mov    %eax,-0x60(%ebp)
	if (vm_copyout(pgdir, sp, ustack, words * 4) < 0)
c01008fe:	8d 45 9c             	lea    -0x64(%ebp),%eax
c0100901:	89 14 24             	mov    %edx,(%esp)
c0100904:	89 5c 24 0c          	mov    %ebx,0xc(%esp)
c0100908:	89 44 24 08          	mov    %eax,0x8(%esp)
c010090c:	89 74 24 04          	mov    %esi,0x4(%esp)
c0100910:	89 55 94             	mov    %edx,-0x6c(%ebp)
c0100913:	e8 d8 56 00 00       	call   c0105ff0 <vm_copyout>
c0100918:	8b 55 94             	mov    -0x6c(%ebp),%edx
c010091b:	85 c0                	test   %eax,%eax
c010091d:	0f 88 77 ff ff ff    	js     c010089a <exec_image+0x19a>
	pde_t *old = p->pgdir;
c0100923:	8b 45 08             	mov    0x8(%ebp),%eax
	p->heap_start = p->brk = PGROUNDUP(top);
c0100926:	8b 4d 08             	mov    0x8(%ebp),%ecx
	pde_t *old = p->pgdir;
c0100929:	8b 58 1c             	mov    0x1c(%eax),%ebx
	p->pgdir = pgdir;
c010092c:	89 50 1c             	mov    %edx,0x1c(%eax)
#ifndef __ASSEMBLER__
static inline uint32_t PDX(uint32_t va) { return (va >> PDXSHIFT) & 0x3FF; }
static inline uint32_t PTX(uint32_t va) { return (va >> PTXSHIFT) & 0x3FF; }
static inline uint32_t PGOFF(uint32_t va) { return va & 0xFFF; }
static inline uint32_t PGROUNDDOWN(uint32_t a) { return a & ~(PGSIZE - 1); }
static inline uint32_t PGROUNDUP(uint32_t a) { return (a + PGSIZE - 1) & ~(PGSIZE - 1); }
c010092f:	8b 45 90             	mov    -0x70(%ebp),%eax
	p->sig_handler = 0;
c0100932:	c7 41 44 00 00 00 00 	movl   $0x0,0x44(%ecx)
	p->sig_stack_ok = 0;
c0100939:	c7 41 48 00 00 00 00 	movl   $0x0,0x48(%ecx)
c0100940:	05 ff 0f 00 00       	add    $0xfff,%eax
c0100945:	25 00 f0 ff ff       	and    $0xfffff000,%eax
	strlcpy(p->name, argv && argv[0] ? basename(argv[0]) : "?", sizeof(p->name));
c010094a:	85 ff                	test   %edi,%edi
	p->heap_start = p->brk = PGROUNDUP(top);
c010094c:	89 41 20             	mov    %eax,0x20(%ecx)
c010094f:	89 41 24             	mov    %eax,0x24(%ecx)
	strlcpy(p->name, argv && argv[0] ? basename(argv[0]) : "?", sizeof(p->name));
c0100952:	0f 84 b8 00 00 00    	je     c0100a10 <exec_image+0x310>
c0100958:	8b 3f                	mov    (%edi),%edi
c010095a:	85 ff                	test   %edi,%edi
c010095c:	0f 84 ae 00 00 00    	je     c0100a10 <exec_image+0x310>
	const char *slash = strrchr(path, '/');
c0100962:	89 3c 24             	mov    %edi,(%esp)
c0100965:	b8 2f 00 00 00       	mov    $0x2f,%eax
c010096a:	89 44 24 04          	mov    %eax,0x4(%esp)
c010096e:	e8 bd 63 00 00       	call   c0106d30 <strrchr>
	return slash ? slash + 1 : path;
c0100973:	85 c0                	test   %eax,%eax
c0100975:	74 03                	je     c010097a <exec_image+0x27a>
c0100977:	8d 78 01             	lea    0x1(%eax),%edi
	strlcpy(p->name, argv && argv[0] ? basename(argv[0]) : "?", sizeof(p->name));
c010097a:	89 7c 24 04          	mov    %edi,0x4(%esp)
c010097e:	b8 10 00 00 00       	mov    $0x10,%eax
c0100983:	89 44 24 08          	mov    %eax,0x8(%esp)
c0100987:	8b 45 08             	mov    0x8(%ebp),%eax
c010098a:	83 c0 08             	add    $0x8,%eax
c010098d:	89 04 24             	mov    %eax,(%esp)
c0100990:	e8 eb 62 00 00       	call   c0106c80 <strlcpy>
	struct trapframe *tf = p->tf;
c0100995:	8b 45 08             	mov    0x8(%ebp),%eax
	memset(tf, 0, sizeof(*tf));
c0100998:	31 c9                	xor    %ecx,%ecx
c010099a:	ba 4c 00 00 00       	mov    $0x4c,%edx
	struct trapframe *tf = p->tf;
c010099f:	8b 78 2c             	mov    0x2c(%eax),%edi
	memset(tf, 0, sizeof(*tf));
c01009a2:	89 54 24 08          	mov    %edx,0x8(%esp)
c01009a6:	89 4c 24 04          	mov    %ecx,0x4(%esp)
c01009aa:	89 3c 24             	mov    %edi,(%esp)
c01009ad:	e8 1e 60 00 00       	call   c01069d0 <memset>
	tf->eip = ((const struct elfhdr *)image)->entry;
c01009b2:	8b 45 0c             	mov    0xc(%ebp),%eax
	tf->cs = GD_UT;
c01009b5:	66 c7 47 3c 1b 00    	movw   $0x1b,0x3c(%edi)
	tf->ds = tf->es = tf->fs = tf->gs = tf->ss = GD_UD;
c01009bb:	66 c7 47 48 23 00    	movw   $0x23,0x48(%edi)
c01009c1:	66 c7 47 20 23 00    	movw   $0x23,0x20(%edi)
c01009c7:	66 c7 47 24 23 00    	movw   $0x23,0x24(%edi)
c01009cd:	66 c7 47 28 23 00    	movw   $0x23,0x28(%edi)
c01009d3:	66 c7 47 2c 23 00    	movw   $0x23,0x2c(%edi)
	tf->eflags = FL_IF;               // user code runs with interrupts on
c01009d9:	c7 47 40 00 02 00 00 	movl   $0x200,0x40(%edi)
	tf->esp = sp;
c01009e0:	89 77 44             	mov    %esi,0x44(%edi)
	tf->eip = ((const struct elfhdr *)image)->entry;
c01009e3:	8b 40 18             	mov    0x18(%eax),%eax
c01009e6:	89 47 38             	mov    %eax,0x38(%edi)
	if (p == myproc())
c01009e9:	e8 c2 30 00 00       	call   c0103ab0 <myproc>
c01009ee:	39 45 08             	cmp    %eax,0x8(%ebp)
c01009f1:	74 2d                	je     c0100a20 <exec_image+0x320>
	if (old)
c01009f3:	85 db                	test   %ebx,%ebx
c01009f5:	74 08                	je     c01009ff <exec_image+0x2ff>
		vm_free(old);
c01009f7:	89 1c 24             	mov    %ebx,(%esp)
c01009fa:	e8 a1 52 00 00       	call   c0105ca0 <vm_free>
}
c01009ff:	83 c4 7c             	add    $0x7c,%esp
	return 0;
c0100a02:	31 c0                	xor    %eax,%eax
}
c0100a04:	5b                   	pop    %ebx
c0100a05:	5e                   	pop    %esi
c0100a06:	5f                   	pop    %edi
c0100a07:	5d                   	pop    %ebp
c0100a08:	c3                   	ret
c0100a09:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
	strlcpy(p->name, argv && argv[0] ? basename(argv[0]) : "?", sizeof(p->name));
c0100a10:	bf 1a 7e 10 c0       	mov    $0xc0107e1a,%edi
c0100a15:	e9 60 ff ff ff       	jmp    c010097a <exec_image+0x27a>
c0100a1a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
		uvm_switch(p);
c0100a20:	8b 45 08             	mov    0x8(%ebp),%eax
c0100a23:	89 04 24             	mov    %eax,(%esp)
c0100a26:	e8 65 1d 00 00       	call   c0102790 <uvm_switch>
c0100a2b:	eb c6                	jmp    c01009f3 <exec_image+0x2f3>
	for (; argv && argv[argc]; argc++) {
c0100a2d:	c7 45 8c fc ff ff bf 	movl   $0xbffffffc,-0x74(%ebp)
c0100a34:	31 c9                	xor    %ecx,%ecx
c0100a36:	be f4 ff ff bf       	mov    $0xbffffff4,%esi
c0100a3b:	c7 45 94 02 00 00 00 	movl   $0x2,-0x6c(%ebp)
c0100a42:	bb 0c 00 00 00       	mov    $0xc,%ebx
c0100a47:	e9 9e fe ff ff       	jmp    c01008ea <exec_image+0x1ea>
		return -ENOEXEC;
c0100a4c:	b8 f8 ff ff ff       	mov    $0xfffffff8,%eax
c0100a51:	e9 5b fe ff ff       	jmp    c01008b1 <exec_image+0x1b1>
c0100a56:	b8 aa 86 10 c0       	mov    $0xc01086aa,%eax
c0100a5b:	e9 47 fe ff ff       	jmp    c01008a7 <exec_image+0x1a7>

c0100a60 <exec>:

// The exec system call: find the program and load it into the caller.
int exec(const char *path, char *const argv[])
{
c0100a60:	55                   	push   %ebp
c0100a61:	89 e5                	mov    %esp,%ebp
c0100a63:	83 ec 48             	sub    $0x48,%esp
c0100a66:	89 75 f8             	mov    %esi,-0x8(%ebp)
c0100a69:	8b 75 08             	mov    0x8(%ebp),%esi
	const void *image;
	uint32_t size;
	const char *why = "";

	if (program_find(path, &image, &size) < 0)
c0100a6c:	8d 45 e0             	lea    -0x20(%ebp),%eax
{
c0100a6f:	89 5d f4             	mov    %ebx,-0xc(%ebp)
c0100a72:	89 7d fc             	mov    %edi,-0x4(%ebp)
	const char *why = "";
c0100a75:	c7 45 e4 4e 88 10 c0 	movl   $0xc010884e,-0x1c(%ebp)
	if (program_find(path, &image, &size) < 0)
c0100a7c:	89 44 24 08          	mov    %eax,0x8(%esp)
c0100a80:	8d 45 dc             	lea    -0x24(%ebp),%eax
c0100a83:	89 44 24 04          	mov    %eax,0x4(%esp)
c0100a87:	89 34 24             	mov    %esi,(%esp)
c0100a8a:	e8 11 37 00 00       	call   c01041a0 <program_find>
c0100a8f:	85 c0                	test   %eax,%eax
c0100a91:	78 6d                	js     c0100b00 <exec+0xa0>
		return -ENOENT;
	int r = exec_image(myproc(), image, size, argv, &why);
c0100a93:	8b 5d dc             	mov    -0x24(%ebp),%ebx
c0100a96:	8b 7d e0             	mov    -0x20(%ebp),%edi
c0100a99:	e8 12 30 00 00       	call   c0103ab0 <myproc>
c0100a9e:	8d 55 e4             	lea    -0x1c(%ebp),%edx
c0100aa1:	89 54 24 10          	mov    %edx,0x10(%esp)
c0100aa5:	8b 55 0c             	mov    0xc(%ebp),%edx
c0100aa8:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0100aac:	89 7c 24 08          	mov    %edi,0x8(%esp)
c0100ab0:	89 54 24 0c          	mov    %edx,0xc(%esp)
c0100ab4:	89 04 24             	mov    %eax,(%esp)
c0100ab7:	e8 44 fc ff ff       	call   c0100700 <exec_image>
	if (r < 0)
c0100abc:	85 c0                	test   %eax,%eax
	int r = exec_image(myproc(), image, size, argv, &why);
c0100abe:	89 c3                	mov    %eax,%ebx
	if (r < 0)
c0100ac0:	78 1e                	js     c0100ae0 <exec+0x80>
		printf("exec %s: %s\n", path, why);
	return r < 0 ? r : 0;
c0100ac2:	31 c0                	xor    %eax,%eax
c0100ac4:	85 db                	test   %ebx,%ebx
c0100ac6:	0f 4e c3             	cmovle %ebx,%eax
}
c0100ac9:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c0100acc:	8b 75 f8             	mov    -0x8(%ebp),%esi
c0100acf:	8b 7d fc             	mov    -0x4(%ebp),%edi
c0100ad2:	89 ec                	mov    %ebp,%esp
c0100ad4:	5d                   	pop    %ebp
c0100ad5:	c3                   	ret
c0100ad6:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0100add:	8d 76 00             	lea    0x0(%esi),%esi
		printf("exec %s: %s\n", path, why);
c0100ae0:	8b 45 e4             	mov    -0x1c(%ebp),%eax
c0100ae3:	89 74 24 04          	mov    %esi,0x4(%esp)
c0100ae7:	c7 04 24 20 7d 10 c0 	movl   $0xc0107d20,(%esp)
c0100aee:	89 44 24 08          	mov    %eax,0x8(%esp)
c0100af2:	e8 b9 2e 00 00       	call   c01039b0 <printf>
c0100af7:	eb c9                	jmp    c0100ac2 <exec+0x62>
c0100af9:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
		return -ENOENT;
c0100b00:	b8 fe ff ff ff       	mov    $0xfffffffe,%eax
c0100b05:	eb c2                	jmp    c0100ac9 <exec+0x69>
c0100b07:	66 90                	xchg   %ax,%ax
c0100b09:	66 90                	xchg   %ax,%ax
c0100b0b:	66 90                	xchg   %ax,%ax
c0100b0d:	66 90                	xchg   %ax,%ax
c0100b0f:	90                   	nop

c0100b10 <fault_lazy_alloc>:
}

// Returns 0 if va is now mapped, -EFAULT if va is not in a region the
// process may grow into (a true fault), -ENOMEM if memory ran out.
int fault_lazy_alloc(struct proc *p, uint32_t va)
{
c0100b10:	55                   	push   %ebp
c0100b11:	89 e5                	mov    %esp,%ebp
c0100b13:	83 ec 28             	sub    $0x28,%esp
c0100b16:	89 7d fc             	mov    %edi,-0x4(%ebp)
c0100b19:	8b 7d 08             	mov    0x8(%ebp),%edi
c0100b1c:	89 5d f4             	mov    %ebx,-0xc(%ebp)
c0100b1f:	8b 5d 0c             	mov    0xc(%ebp),%ebx
c0100b22:	89 75 f8             	mov    %esi,-0x8(%ebp)
	return va >= p->heap_start && va < p->brk;
c0100b25:	3b 5f 24             	cmp    0x24(%edi),%ebx
c0100b28:	72 6e                	jb     c0100b98 <fault_lazy_alloc+0x88>
c0100b2a:	3b 5f 20             	cmp    0x20(%edi),%ebx
c0100b2d:	73 69                	jae    c0100b98 <fault_lazy_alloc+0x88>
	if (!in_heap(p, va) && !in_stack(va))
		return -EFAULT;
	if (vm_lookup(p->pgdir, va, NULL))
c0100b2f:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0100b33:	31 d2                	xor    %edx,%edx
c0100b35:	89 54 24 08          	mov    %edx,0x8(%esp)
c0100b39:	8b 47 1c             	mov    0x1c(%edi),%eax
c0100b3c:	89 04 24             	mov    %eax,(%esp)
c0100b3f:	e8 fc 4f 00 00       	call   c0105b40 <vm_lookup>
c0100b44:	85 c0                	test   %eax,%eax
c0100b46:	75 5d                	jne    c0100ba5 <fault_lazy_alloc+0x95>
		return -EFAULT;     // mapped already: a protection fault
	void *mem = kalloc();
c0100b48:	e8 23 09 00 00       	call   c0101470 <kalloc>
	if (mem == NULL)
c0100b4d:	85 c0                	test   %eax,%eax
	void *mem = kalloc();
c0100b4f:	89 c6                	mov    %eax,%esi
	if (mem == NULL)
c0100b51:	74 59                	je     c0100bac <fault_lazy_alloc+0x9c>
		return -ENOMEM;
	int r = vm_map(p->pgdir, PGROUNDDOWN(va), V2P(mem), PTE_U | PTE_W);
c0100b53:	b8 06 00 00 00       	mov    $0x6,%eax
static inline uint32_t PGROUNDDOWN(uint32_t a) { return a & ~(PGSIZE - 1); }
c0100b58:	81 e3 00 f0 ff ff    	and    $0xfffff000,%ebx
c0100b5e:	89 44 24 0c          	mov    %eax,0xc(%esp)
static inline physaddr_t V2P(const void *va) { return (physaddr_t)((const char *)va - host_phys_base); }
#else
// Kernel virtual address of a physical address, and back.  Valid for
// physical memory below PHYSTOP_MAX only.
static inline void *P2V(physaddr_t pa) { return (void *)(pa + KERNBASE); }
static inline physaddr_t V2P(const void *va) { return (physaddr_t)va - KERNBASE; }
c0100b62:	8d 86 00 00 00 40    	lea    0x40000000(%esi),%eax
c0100b68:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0100b6c:	89 44 24 08          	mov    %eax,0x8(%esp)
c0100b70:	8b 47 1c             	mov    0x1c(%edi),%eax
c0100b73:	89 04 24             	mov    %eax,(%esp)
c0100b76:	e8 35 4f 00 00       	call   c0105ab0 <vm_map>
	kfree(mem);
c0100b7b:	89 34 24             	mov    %esi,(%esp)
	int r = vm_map(p->pgdir, PGROUNDDOWN(va), V2P(mem), PTE_U | PTE_W);
c0100b7e:	89 c3                	mov    %eax,%ebx
	kfree(mem);
c0100b80:	e8 0b 0a 00 00       	call   c0101590 <kfree>
	return r;
}
c0100b85:	8b 75 f8             	mov    -0x8(%ebp),%esi
c0100b88:	89 d8                	mov    %ebx,%eax
c0100b8a:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c0100b8d:	8b 7d fc             	mov    -0x4(%ebp),%edi
c0100b90:	89 ec                	mov    %ebp,%esp
c0100b92:	5d                   	pop    %ebp
c0100b93:	c3                   	ret
c0100b94:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
	return va < USTACKTOP && va >= USTACKTOP - USTACKMAX;
c0100b98:	8d 83 00 00 04 40    	lea    0x40040000(%ebx),%eax
	if (!in_heap(p, va) && !in_stack(va))
c0100b9e:	3d ff ff 03 00       	cmp    $0x3ffff,%eax
c0100ba3:	76 8a                	jbe    c0100b2f <fault_lazy_alloc+0x1f>
		return -EFAULT;
c0100ba5:	bb f2 ff ff ff       	mov    $0xfffffff2,%ebx
c0100baa:	eb d9                	jmp    c0100b85 <fault_lazy_alloc+0x75>
		return -ENOMEM;
c0100bac:	bb f4 ff ff ff       	mov    $0xfffffff4,%ebx
c0100bb1:	eb d2                	jmp    c0100b85 <fault_lazy_alloc+0x75>
c0100bb3:	66 90                	xchg   %ax,%ax
c0100bb5:	66 90                	xchg   %ax,%ax
c0100bb7:	66 90                	xchg   %ax,%ax
c0100bb9:	66 90                	xchg   %ax,%ax
c0100bbb:	66 90                	xchg   %ax,%ax
c0100bbd:	66 90                	xchg   %ax,%ax
c0100bbf:	90                   	nop

c0100bc0 <console_read_user>:
		return;
	f->type = FD_NONE;
}

static int console_read_user(uint32_t uaddr, uint32_t n)
{
c0100bc0:	55                   	push   %ebp
c0100bc1:	89 e5                	mov    %esp,%ebp
c0100bc3:	81 ec 28 02 00 00    	sub    $0x228,%esp
c0100bc9:	89 75 f8             	mov    %esi,-0x8(%ebp)
c0100bcc:	89 c6                	mov    %eax,%esi
	char buf[CHUNK];
	if (n > CHUNK)
c0100bce:	b8 00 02 00 00       	mov    $0x200,%eax
{
c0100bd3:	89 5d f4             	mov    %ebx,-0xc(%ebp)
	if (n > CHUNK)
c0100bd6:	39 c2                	cmp    %eax,%edx
{
c0100bd8:	89 7d fc             	mov    %edi,-0x4(%ebp)
	if (n > CHUNK)
c0100bdb:	0f 46 c2             	cmovbe %edx,%eax
c0100bde:	89 c3                	mov    %eax,%ebx
		n = CHUNK;
	if (!user_range_ok(myproc(), uaddr, n, 1))
c0100be0:	e8 cb 2e 00 00       	call   c0103ab0 <myproc>
c0100be5:	ba 01 00 00 00       	mov    $0x1,%edx
c0100bea:	89 54 24 0c          	mov    %edx,0xc(%esp)
c0100bee:	89 5c 24 08          	mov    %ebx,0x8(%esp)
c0100bf2:	89 74 24 04          	mov    %esi,0x4(%esp)
c0100bf6:	89 04 24             	mov    %eax,(%esp)
c0100bf9:	e8 a2 48 00 00       	call   c01054a0 <user_range_ok>
c0100bfe:	85 c0                	test   %eax,%eax
c0100c00:	74 4e                	je     c0100c50 <console_read_user+0x90>
		return -EFAULT;
	int got = console_read(buf, (int)n);
c0100c02:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0100c06:	8d bd e8 fd ff ff    	lea    -0x218(%ebp),%edi
c0100c0c:	89 3c 24             	mov    %edi,(%esp)
c0100c0f:	e8 1c f8 ff ff       	call   c0100430 <console_read>
	if (got > 0 && copyout(myproc(), uaddr, buf, got) < 0)
c0100c14:	85 c0                	test   %eax,%eax
	int got = console_read(buf, (int)n);
c0100c16:	89 c3                	mov    %eax,%ebx
	if (got > 0 && copyout(myproc(), uaddr, buf, got) < 0)
c0100c18:	7f 16                	jg     c0100c30 <console_read_user+0x70>
		return -EFAULT;
	return got;
}
c0100c1a:	8b 75 f8             	mov    -0x8(%ebp),%esi
c0100c1d:	89 d8                	mov    %ebx,%eax
c0100c1f:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c0100c22:	8b 7d fc             	mov    -0x4(%ebp),%edi
c0100c25:	89 ec                	mov    %ebp,%esp
c0100c27:	5d                   	pop    %ebp
c0100c28:	c3                   	ret
c0100c29:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
	if (got > 0 && copyout(myproc(), uaddr, buf, got) < 0)
c0100c30:	e8 7b 2e 00 00       	call   c0103ab0 <myproc>
c0100c35:	89 5c 24 0c          	mov    %ebx,0xc(%esp)
c0100c39:	89 7c 24 08          	mov    %edi,0x8(%esp)
c0100c3d:	89 74 24 04          	mov    %esi,0x4(%esp)
c0100c41:	89 04 24             	mov    %eax,(%esp)
c0100c44:	e8 a7 49 00 00       	call   c01055f0 <copyout>
c0100c49:	85 c0                	test   %eax,%eax
c0100c4b:	79 cd                	jns    c0100c1a <console_read_user+0x5a>
c0100c4d:	8d 76 00             	lea    0x0(%esi),%esi
		return -EFAULT;
c0100c50:	bb f2 ff ff ff       	mov    $0xfffffff2,%ebx
c0100c55:	eb c3                	jmp    c0100c1a <console_read_user+0x5a>
c0100c57:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0100c5e:	66 90                	xchg   %ax,%ax

c0100c60 <console_write_user>:

static int console_write_user(uint32_t uaddr, uint32_t n)
{
c0100c60:	55                   	push   %ebp
c0100c61:	89 e5                	mov    %esp,%ebp
c0100c63:	57                   	push   %edi
c0100c64:	89 c7                	mov    %eax,%edi
c0100c66:	56                   	push   %esi
c0100c67:	89 d6                	mov    %edx,%esi
c0100c69:	53                   	push   %ebx
c0100c6a:	81 ec 2c 02 00 00    	sub    $0x22c,%esp
c0100c70:	89 85 e0 fd ff ff    	mov    %eax,-0x220(%ebp)
	char buf[CHUNK];
	if (!user_range_ok(myproc(), uaddr, n, 0))
c0100c76:	e8 35 2e 00 00       	call   c0103ab0 <myproc>
c0100c7b:	31 d2                	xor    %edx,%edx
c0100c7d:	89 54 24 0c          	mov    %edx,0xc(%esp)
c0100c81:	89 74 24 08          	mov    %esi,0x8(%esp)
c0100c85:	89 7c 24 04          	mov    %edi,0x4(%esp)
c0100c89:	89 04 24             	mov    %eax,(%esp)
c0100c8c:	e8 0f 48 00 00       	call   c01054a0 <user_range_ok>
c0100c91:	85 c0                	test   %eax,%eax
c0100c93:	74 71                	je     c0100d06 <console_write_user+0xa6>
		return -EFAULT;
	for (uint32_t done = 0; done < n; ) {
c0100c95:	85 f6                	test   %esi,%esi
c0100c97:	0f 84 83 00 00 00    	je     c0100d20 <console_write_user+0xc0>
c0100c9d:	31 ff                	xor    %edi,%edi
c0100c9f:	90                   	nop
c0100ca0:	eb 1e                	jmp    c0100cc0 <console_write_user+0x60>
c0100ca2:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
		uint32_t m = n - done > CHUNK ? CHUNK : n - done;
		if (copyin(myproc(), buf, uaddr + done, m) < 0)
			return -EFAULT;
		console_write(buf, (int)m);
c0100ca8:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0100cac:	8d 85 e8 fd ff ff    	lea    -0x218(%ebp),%eax
		done += m;
c0100cb2:	01 df                	add    %ebx,%edi
		console_write(buf, (int)m);
c0100cb4:	89 04 24             	mov    %eax,(%esp)
c0100cb7:	e8 04 f8 ff ff       	call   c01004c0 <console_write>
	for (uint32_t done = 0; done < n; ) {
c0100cbc:	39 f7                	cmp    %esi,%edi
c0100cbe:	73 60                	jae    c0100d20 <console_write_user+0xc0>
		uint32_t m = n - done > CHUNK ? CHUNK : n - done;
c0100cc0:	89 f3                	mov    %esi,%ebx
c0100cc2:	b8 00 02 00 00       	mov    $0x200,%eax
c0100cc7:	29 fb                	sub    %edi,%ebx
c0100cc9:	39 c3                	cmp    %eax,%ebx
c0100ccb:	0f 47 d8             	cmova  %eax,%ebx
		if (copyin(myproc(), buf, uaddr + done, m) < 0)
c0100cce:	8b 85 e0 fd ff ff    	mov    -0x220(%ebp),%eax
c0100cd4:	8d 0c 38             	lea    (%eax,%edi,1),%ecx
c0100cd7:	89 8d e4 fd ff ff    	mov    %ecx,-0x21c(%ebp)
c0100cdd:	e8 ce 2d 00 00       	call   c0103ab0 <myproc>
c0100ce2:	8d 95 e8 fd ff ff    	lea    -0x218(%ebp),%edx
c0100ce8:	89 5c 24 0c          	mov    %ebx,0xc(%esp)
c0100cec:	8b 8d e4 fd ff ff    	mov    -0x21c(%ebp),%ecx
c0100cf2:	89 54 24 04          	mov    %edx,0x4(%esp)
c0100cf6:	89 4c 24 08          	mov    %ecx,0x8(%esp)
c0100cfa:	89 04 24             	mov    %eax,(%esp)
c0100cfd:	e8 8e 48 00 00       	call   c0105590 <copyin>
c0100d02:	85 c0                	test   %eax,%eax
c0100d04:	79 a2                	jns    c0100ca8 <console_write_user+0x48>
	}
	return (int)n;
}
c0100d06:	81 c4 2c 02 00 00    	add    $0x22c,%esp
		return -EFAULT;
c0100d0c:	b8 f2 ff ff ff       	mov    $0xfffffff2,%eax
}
c0100d11:	5b                   	pop    %ebx
c0100d12:	5e                   	pop    %esi
c0100d13:	5f                   	pop    %edi
c0100d14:	5d                   	pop    %ebp
c0100d15:	c3                   	ret
c0100d16:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0100d1d:	8d 76 00             	lea    0x0(%esi),%esi
c0100d20:	81 c4 2c 02 00 00    	add    $0x22c,%esp
	return (int)n;
c0100d26:	89 f0                	mov    %esi,%eax
}
c0100d28:	5b                   	pop    %ebx
c0100d29:	5e                   	pop    %esi
c0100d2a:	5f                   	pop    %edi
c0100d2b:	5d                   	pop    %ebp
c0100d2c:	c3                   	ret
c0100d2d:	8d 76 00             	lea    0x0(%esi),%esi

c0100d30 <file_alloc>:
	for (int i = 0; i < NFILE; i++) {
c0100d30:	ba c4 62 20 c0       	mov    $0xc02062c4,%edx
c0100d35:	31 c0                	xor    %eax,%eax
c0100d37:	eb 12                	jmp    c0100d4b <file_alloc+0x1b>
c0100d39:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0100d40:	40                   	inc    %eax
c0100d41:	83 c2 18             	add    $0x18,%edx
c0100d44:	3d 80 00 00 00       	cmp    $0x80,%eax
c0100d49:	74 30                	je     c0100d7b <file_alloc+0x4b>
		if (files[i].ref == 0) {
c0100d4b:	8b 0a                	mov    (%edx),%ecx
c0100d4d:	85 c9                	test   %ecx,%ecx
c0100d4f:	75 ef                	jne    c0100d40 <file_alloc+0x10>
			files[i].ref = 1;
c0100d51:	8d 14 40             	lea    (%eax,%eax,2),%edx
			files[i].type = FD_NONE;
c0100d54:	31 c9                	xor    %ecx,%ecx
			files[i].ref = 1;
c0100d56:	c1 e2 03             	shl    $0x3,%edx
			files[i].type = FD_NONE;
c0100d59:	89 8a c0 62 20 c0    	mov    %ecx,-0x3fdf9d40(%edx)
			files[i].ref = 1;
c0100d5f:	8d 82 c0 62 20 c0    	lea    -0x3fdf9d40(%edx),%eax
c0100d65:	c7 40 04 01 00 00 00 	movl   $0x1,0x4(%eax)
			files[i].off = 0;
c0100d6c:	c7 40 10 00 00 00 00 	movl   $0x0,0x10(%eax)
			files[i].ip = NULL;
c0100d73:	c7 40 14 00 00 00 00 	movl   $0x0,0x14(%eax)
			return &files[i];
c0100d7a:	c3                   	ret
	return NULL;
c0100d7b:	31 c0                	xor    %eax,%eax
}
c0100d7d:	c3                   	ret
c0100d7e:	66 90                	xchg   %ax,%ax

c0100d80 <file_dup>:
{
c0100d80:	55                   	push   %ebp
c0100d81:	89 e5                	mov    %esp,%ebp
c0100d83:	8b 45 08             	mov    0x8(%ebp),%eax
	f->ref++;
c0100d86:	ff 40 04             	incl   0x4(%eax)
}
c0100d89:	5d                   	pop    %ebp
c0100d8a:	c3                   	ret
c0100d8b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0100d8f:	90                   	nop

c0100d90 <file_close>:
{
c0100d90:	55                   	push   %ebp
c0100d91:	89 e5                	mov    %esp,%ebp
c0100d93:	83 ec 18             	sub    $0x18,%esp
c0100d96:	8b 55 08             	mov    0x8(%ebp),%edx
	if (f->ref < 1)
c0100d99:	8b 42 04             	mov    0x4(%edx),%eax
c0100d9c:	85 c0                	test   %eax,%eax
c0100d9e:	7e 10                	jle    c0100db0 <file_close+0x20>
	if (--f->ref > 0)
c0100da0:	48                   	dec    %eax
c0100da1:	89 42 04             	mov    %eax,0x4(%edx)
c0100da4:	75 06                	jne    c0100dac <file_close+0x1c>
	f->type = FD_NONE;
c0100da6:	c7 02 00 00 00 00    	movl   $0x0,(%edx)
}
c0100dac:	89 ec                	mov    %ebp,%esp
c0100dae:	5d                   	pop    %ebp
c0100daf:	c3                   	ret
		panic("file_close: file is not open");
c0100db0:	c7 04 24 2d 7d 10 c0 	movl   $0xc0107d2d,(%esp)
c0100db7:	e8 44 2c 00 00       	call   c0103a00 <panic>
c0100dbc:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi

c0100dc0 <file_read>:

int file_read(struct file *f, uint32_t uaddr, uint32_t n)
{
c0100dc0:	55                   	push   %ebp
c0100dc1:	89 e5                	mov    %esp,%ebp
c0100dc3:	8b 45 08             	mov    0x8(%ebp),%eax
c0100dc6:	8b 4d 0c             	mov    0xc(%ebp),%ecx
c0100dc9:	8b 55 10             	mov    0x10(%ebp),%edx
	if (!f->readable)
c0100dcc:	83 78 08 00          	cmpl   $0x0,0x8(%eax)
c0100dd0:	74 0e                	je     c0100de0 <file_read+0x20>
		return -EBADF;
	if (f->type == FD_CONSOLE)
c0100dd2:	83 38 01             	cmpl   $0x1,(%eax)
c0100dd5:	75 09                	jne    c0100de0 <file_read+0x20>
		return console_read_user(uaddr, n);
	return -EBADF;
}
c0100dd7:	5d                   	pop    %ebp
		return console_read_user(uaddr, n);
c0100dd8:	89 c8                	mov    %ecx,%eax
c0100dda:	e9 e1 fd ff ff       	jmp    c0100bc0 <console_read_user>
c0100ddf:	90                   	nop
}
c0100de0:	5d                   	pop    %ebp
c0100de1:	b8 f7 ff ff ff       	mov    $0xfffffff7,%eax
c0100de6:	c3                   	ret
c0100de7:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0100dee:	66 90                	xchg   %ax,%ax

c0100df0 <file_write>:

int file_write(struct file *f, uint32_t uaddr, uint32_t n)
{
c0100df0:	55                   	push   %ebp
c0100df1:	89 e5                	mov    %esp,%ebp
c0100df3:	8b 45 08             	mov    0x8(%ebp),%eax
c0100df6:	8b 4d 0c             	mov    0xc(%ebp),%ecx
c0100df9:	8b 55 10             	mov    0x10(%ebp),%edx
	if (!f->writable)
c0100dfc:	83 78 0c 00          	cmpl   $0x0,0xc(%eax)
c0100e00:	74 0e                	je     c0100e10 <file_write+0x20>
		return -EBADF;
	if (f->type == FD_CONSOLE)
c0100e02:	83 38 01             	cmpl   $0x1,(%eax)
c0100e05:	75 09                	jne    c0100e10 <file_write+0x20>
		return console_write_user(uaddr, n);
	return -EBADF;
}
c0100e07:	5d                   	pop    %ebp
		return console_write_user(uaddr, n);
c0100e08:	89 c8                	mov    %ecx,%eax
c0100e0a:	e9 51 fe ff ff       	jmp    c0100c60 <console_write_user>
c0100e0f:	90                   	nop
}
c0100e10:	5d                   	pop    %ebp
c0100e11:	b8 f7 ff ff ff       	mov    $0xfffffff7,%eax
c0100e16:	c3                   	ret
c0100e17:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0100e1e:	66 90                	xchg   %ax,%ax

c0100e20 <files_init_console>:

// Descriptors 0, 1 and 2 of the first process: the console.
void files_init_console(struct proc *p)
{
c0100e20:	55                   	push   %ebp
c0100e21:	ba c4 62 20 c0       	mov    $0xc02062c4,%edx
c0100e26:	89 e5                	mov    %esp,%ebp
c0100e28:	83 ec 18             	sub    $0x18,%esp
c0100e2b:	8b 4d 08             	mov    0x8(%ebp),%ecx
	for (int i = 0; i < NFILE; i++) {
c0100e2e:	31 c0                	xor    %eax,%eax
c0100e30:	eb 11                	jmp    c0100e43 <files_init_console+0x23>
c0100e32:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
c0100e38:	40                   	inc    %eax
c0100e39:	83 c2 18             	add    $0x18,%edx
c0100e3c:	3d 80 00 00 00       	cmp    $0x80,%eax
c0100e41:	74 60                	je     c0100ea3 <files_init_console+0x83>
		if (files[i].ref == 0) {
c0100e43:	83 3a 00             	cmpl   $0x0,(%edx)
c0100e46:	75 f0                	jne    c0100e38 <files_init_console+0x18>
			files[i].ref = 1;
c0100e48:	8d 14 40             	lea    (%eax,%eax,2),%edx
c0100e4b:	c1 e2 03             	shl    $0x3,%edx
c0100e4e:	c7 82 c4 62 20 c0 01 	movl   $0x1,-0x3fdf9d3c(%edx)
c0100e55:	00 00 00 
c0100e58:	8d 82 c0 62 20 c0    	lea    -0x3fdf9d40(%edx),%eax
			files[i].off = 0;
c0100e5e:	c7 82 d0 62 20 c0 00 	movl   $0x0,-0x3fdf9d30(%edx)
c0100e65:	00 00 00 
			files[i].ip = NULL;
c0100e68:	c7 82 d4 62 20 c0 00 	movl   $0x0,-0x3fdf9d2c(%edx)
c0100e6f:	00 00 00 
	struct file *f = file_alloc();
	if (f == NULL)
		panic("files_init_console: no free file");
	f->type = FD_CONSOLE;
c0100e72:	c7 82 c0 62 20 c0 01 	movl   $0x1,-0x3fdf9d40(%edx)
c0100e79:	00 00 00 
	f->readable = f->writable = 1;
c0100e7c:	c7 82 cc 62 20 c0 01 	movl   $0x1,-0x3fdf9d34(%edx)
c0100e83:	00 00 00 
c0100e86:	c7 82 c8 62 20 c0 01 	movl   $0x1,-0x3fdf9d38(%edx)
c0100e8d:	00 00 00 
	p->ofile[0] = f;
c0100e90:	89 41 4c             	mov    %eax,0x4c(%ecx)
	f->ref++;
c0100e93:	ff 40 04             	incl   0x4(%eax)
	p->ofile[1] = file_dup(f);
c0100e96:	89 41 50             	mov    %eax,0x50(%ecx)
	f->ref++;
c0100e99:	ff 40 04             	incl   0x4(%eax)
	p->ofile[2] = file_dup(f);
c0100e9c:	89 41 54             	mov    %eax,0x54(%ecx)
}
c0100e9f:	89 ec                	mov    %ebp,%esp
c0100ea1:	5d                   	pop    %ebp
c0100ea2:	c3                   	ret
		panic("files_init_console: no free file");
c0100ea3:	c7 04 24 4c 7d 10 c0 	movl   $0xc0107d4c,(%esp)
c0100eaa:	e8 51 2b 00 00       	call   c0103a00 <panic>
c0100eaf:	90                   	nop

c0100eb0 <files_close_all>:

void files_close_all(struct proc *p)
{
c0100eb0:	55                   	push   %ebp
c0100eb1:	89 e5                	mov    %esp,%ebp
c0100eb3:	83 ec 18             	sub    $0x18,%esp
c0100eb6:	89 5d fc             	mov    %ebx,-0x4(%ebp)
c0100eb9:	8b 5d 08             	mov    0x8(%ebp),%ebx
c0100ebc:	8d 43 4c             	lea    0x4c(%ebx),%eax
c0100ebf:	81 c3 8c 00 00 00    	add    $0x8c,%ebx
c0100ec5:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0100ecc:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
	for (int fd = 0; fd < NOFILE; fd++) {
		if (p->ofile[fd]) {
c0100ed0:	8b 10                	mov    (%eax),%edx
c0100ed2:	85 d2                	test   %edx,%edx
c0100ed4:	74 19                	je     c0100eef <files_close_all+0x3f>
	if (f->ref < 1)
c0100ed6:	8b 4a 04             	mov    0x4(%edx),%ecx
c0100ed9:	85 c9                	test   %ecx,%ecx
c0100edb:	7e 20                	jle    c0100efd <files_close_all+0x4d>
	if (--f->ref > 0)
c0100edd:	49                   	dec    %ecx
c0100ede:	89 4a 04             	mov    %ecx,0x4(%edx)
c0100ee1:	75 06                	jne    c0100ee9 <files_close_all+0x39>
	f->type = FD_NONE;
c0100ee3:	c7 02 00 00 00 00    	movl   $0x0,(%edx)
			file_close(p->ofile[fd]);
			p->ofile[fd] = NULL;
c0100ee9:	c7 00 00 00 00 00    	movl   $0x0,(%eax)
	for (int fd = 0; fd < NOFILE; fd++) {
c0100eef:	83 c0 04             	add    $0x4,%eax
c0100ef2:	39 d8                	cmp    %ebx,%eax
c0100ef4:	75 da                	jne    c0100ed0 <files_close_all+0x20>
		}
	}
}
c0100ef6:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c0100ef9:	89 ec                	mov    %ebp,%esp
c0100efb:	5d                   	pop    %ebp
c0100efc:	c3                   	ret
		panic("file_close: file is not open");
c0100efd:	c7 04 24 2d 7d 10 c0 	movl   $0xc0107d2d,(%esp)
c0100f04:	e8 f7 2a 00 00       	call   c0103a00 <panic>
c0100f09:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi

c0100f10 <fd_alloc>:

int fd_alloc(struct proc *p, struct file *f)
{
c0100f10:	55                   	push   %ebp
	for (int fd = 0; fd < NOFILE; fd++) {
c0100f11:	31 c0                	xor    %eax,%eax
{
c0100f13:	89 e5                	mov    %esp,%ebp
c0100f15:	8b 55 08             	mov    0x8(%ebp),%edx
c0100f18:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0100f1f:	90                   	nop
		if (p->ofile[fd] == NULL) {
c0100f20:	8b 4c 82 4c          	mov    0x4c(%edx,%eax,4),%ecx
c0100f24:	85 c9                	test   %ecx,%ecx
c0100f26:	74 10                	je     c0100f38 <fd_alloc+0x28>
	for (int fd = 0; fd < NOFILE; fd++) {
c0100f28:	40                   	inc    %eax
c0100f29:	83 f8 10             	cmp    $0x10,%eax
c0100f2c:	75 f2                	jne    c0100f20 <fd_alloc+0x10>
			p->ofile[fd] = f;
			return fd;
		}
	}
	return -EMFILE;
}
c0100f2e:	5d                   	pop    %ebp
	return -EMFILE;
c0100f2f:	b8 e8 ff ff ff       	mov    $0xffffffe8,%eax
}
c0100f34:	c3                   	ret
c0100f35:	8d 76 00             	lea    0x0(%esi),%esi
			p->ofile[fd] = f;
c0100f38:	8b 4d 0c             	mov    0xc(%ebp),%ecx
c0100f3b:	89 4c 82 4c          	mov    %ecx,0x4c(%edx,%eax,4)
}
c0100f3f:	5d                   	pop    %ebp
c0100f40:	c3                   	ret
c0100f41:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0100f48:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0100f4f:	90                   	nop

c0100f50 <fd_lookup>:

// The file behind descriptor fd, or NULL if fd is not open.
struct file *fd_lookup(struct proc *p, int fd)
{
c0100f50:	55                   	push   %ebp
c0100f51:	89 e5                	mov    %esp,%ebp
c0100f53:	8b 45 0c             	mov    0xc(%ebp),%eax
	if (fd < 0 || fd >= NOFILE)
c0100f56:	83 f8 0f             	cmp    $0xf,%eax
c0100f59:	77 0d                	ja     c0100f68 <fd_lookup+0x18>
		return NULL;
	return p->ofile[fd];
c0100f5b:	8b 55 08             	mov    0x8(%ebp),%edx
}
c0100f5e:	5d                   	pop    %ebp
	return p->ofile[fd];
c0100f5f:	8b 44 82 4c          	mov    0x4c(%edx,%eax,4),%eax
}
c0100f63:	c3                   	ret
c0100f64:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0100f68:	5d                   	pop    %ebp
		return NULL;
c0100f69:	31 c0                	xor    %eax,%eax
}
c0100f6b:	c3                   	ret
c0100f6c:	66 90                	xchg   %ax,%ax
c0100f6e:	66 90                	xchg   %ax,%ax

c0100f70 <gdt_init>:
		     "1:\n"
		     : : "i"(GD_KD), "i"(GD_KT) : "eax");
}

void gdt_init(void)
{
c0100f70:	55                   	push   %ebp
	gdt[SEG_KCODE] = seg_make(STA_X | STA_R, 0, FLAT_LIMIT, 0);
	gdt[SEG_KDATA] = seg_make(STA_W, 0, FLAT_LIMIT, 0);
	gdt[SEG_UCODE] = seg_make(STA_X | STA_R, 0, FLAT_LIMIT, 3);
	gdt[SEG_UDATA] = seg_make(STA_W, 0, FLAT_LIMIT, 3);

	ts.ss0 = GD_KD;
c0100f71:	ba 10 00 00 00       	mov    $0x10,%edx
{
c0100f76:	89 e5                	mov    %esp,%ebp
c0100f78:	83 ec 10             	sub    $0x10,%esp
	ts.ss0 = GD_KD;
c0100f7b:	66 89 15 c8 6e 20 c0 	mov    %dx,0xc0206ec8
	ts.esp0 = 0;
	// An I/O bitmap offset past the TSS limit means "no bitmap": user
	// code may not use in/out at all (SDM Vol. 1, 19.5.2).
	ts.iomb = sizeof(ts);
c0100f82:	ba 68 00 00 00       	mov    $0x68,%edx
	ts.esp0 = 0;
c0100f87:	31 c9                	xor    %ecx,%ecx
	ts.iomb = sizeof(ts);
c0100f89:	66 89 15 26 6f 20 c0 	mov    %dx,0xc0206f26
	gdt[SEG_KCODE] = seg_make(STA_X | STA_R, 0, FLAT_LIMIT, 0);
c0100f90:	ba 00 9a cf 00       	mov    $0xcf9a00,%edx
	ts.ss0 = GD_KD;
c0100f95:	b8 c0 6e 20 c0       	mov    $0xc0206ec0,%eax
	gdt[SEG_KCODE] = seg_make(STA_X | STA_R, 0, FLAT_LIMIT, 0);
c0100f9a:	89 15 4c 6f 20 c0    	mov    %edx,0xc0206f4c
	gdt[SEG_KDATA] = seg_make(STA_W, 0, FLAT_LIMIT, 0);
c0100fa0:	ba 00 92 cf 00       	mov    $0xcf9200,%edx
	ts.esp0 = 0;
c0100fa5:	89 0d c4 6e 20 c0    	mov    %ecx,0xc0206ec4
	gdt[SEG_KCODE] = seg_make(STA_X | STA_R, 0, FLAT_LIMIT, 0);
c0100fab:	b9 ff ff 00 00       	mov    $0xffff,%ecx
	gdt[SEG_KDATA] = seg_make(STA_W, 0, FLAT_LIMIT, 0);
c0100fb0:	89 15 54 6f 20 c0    	mov    %edx,0xc0206f54
	gdt[SEG_UCODE] = seg_make(STA_X | STA_R, 0, FLAT_LIMIT, 3);
c0100fb6:	ba 00 fa cf 00       	mov    $0xcffa00,%edx
	gdt[SEG_KCODE] = seg_make(STA_X | STA_R, 0, FLAT_LIMIT, 0);
c0100fbb:	89 0d 48 6f 20 c0    	mov    %ecx,0xc0206f48
	gdt[SEG_KDATA] = seg_make(STA_W, 0, FLAT_LIMIT, 0);
c0100fc1:	b9 ff ff 00 00       	mov    $0xffff,%ecx
	gdt[SEG_UCODE] = seg_make(STA_X | STA_R, 0, FLAT_LIMIT, 3);
c0100fc6:	89 15 5c 6f 20 c0    	mov    %edx,0xc0206f5c
	gdt[SEG_UDATA] = seg_make(STA_W, 0, FLAT_LIMIT, 3);
c0100fcc:	ba 00 f2 cf 00       	mov    $0xcff200,%edx
	gdt[SEG_KDATA] = seg_make(STA_W, 0, FLAT_LIMIT, 0);
c0100fd1:	89 0d 50 6f 20 c0    	mov    %ecx,0xc0206f50
	gdt[SEG_UCODE] = seg_make(STA_X | STA_R, 0, FLAT_LIMIT, 3);
c0100fd7:	b9 ff ff 00 00       	mov    $0xffff,%ecx
	gdt[SEG_UDATA] = seg_make(STA_W, 0, FLAT_LIMIT, 3);
c0100fdc:	89 15 64 6f 20 c0    	mov    %edx,0xc0206f64
				      uint32_t limit_pages, uint32_t dpl)
{
	struct segdesc d;
	d.lim_15_0 = limit_pages & 0xFFFF;
	d.base_15_0 = base & 0xFFFF;
	d.base_23_16 = (base >> 16) & 0xFF;
c0100fe2:	89 c2                	mov    %eax,%edx
	gdt[SEG_UCODE] = seg_make(STA_X | STA_R, 0, FLAT_LIMIT, 3);
c0100fe4:	89 0d 58 6f 20 c0    	mov    %ecx,0xc0206f58
c0100fea:	c1 ea 10             	shr    $0x10,%edx
	gdt[SEG_UDATA] = seg_make(STA_W, 0, FLAT_LIMIT, 3);
c0100fed:	b9 ff ff 00 00       	mov    $0xffff,%ecx
c0100ff2:	89 0d 60 6f 20 c0    	mov    %ecx,0xc0206f60
	gdt[SEG_TSS] = seg_make_system(STS_T32A, (uint32_t)&ts, sizeof(ts) - 1, 0);
c0100ff8:	b9 67 00 00 00       	mov    $0x67,%ecx
	d.base_15_0 = base & 0xFFFF;
c0100ffd:	66 a3 6a 6f 20 c0    	mov    %ax,0xc0206f6a
	d.lim_19_16 = (limit_pages >> 16) & 0xF;
	d.avl = 0;
	d.rsv1 = 0;
	d.db = 1;
	d.g = 1;
	d.base_31_24 = base >> 24;
c0101003:	c1 e8 18             	shr    $0x18,%eax
	d.base_23_16 = (base >> 16) & 0xFF;
c0101006:	88 15 6c 6f 20 c0    	mov    %dl,0xc0206f6c
c010100c:	ba 89 00 00 00       	mov    $0x89,%edx
	d.base_31_24 = base >> 24;
c0101011:	a2 6f 6f 20 c0       	mov    %al,0xc0206f6f
	asm volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}

struct pseudodesc;
static inline void lgdt(void *pd) { asm volatile("lgdt (%0)" : : "r"(pd) : "memory"); }
c0101016:	8d 45 fa             	lea    -0x6(%ebp),%eax
c0101019:	66 89 0d 68 6f 20 c0 	mov    %cx,0xc0206f68
c0101020:	66 89 15 6d 6f 20 c0 	mov    %dx,0xc0206f6d

	pd.limit = sizeof(gdt) - 1;
c0101027:	66 c7 45 fa 2f 00    	movw   $0x2f,-0x6(%ebp)
	pd.base = (uint32_t)gdt;
c010102d:	c7 45 fc 40 6f 20 c0 	movl   $0xc0206f40,-0x4(%ebp)
c0101034:	0f 01 10             	lgdtl  (%eax)
	asm volatile("movw %0, %%ax\n\t"
c0101037:	66 b8 10 00          	mov    $0x10,%ax
c010103b:	8e d8                	mov    %eax,%ds
c010103d:	8e c0                	mov    %eax,%es
c010103f:	8e d0                	mov    %eax,%ss
c0101041:	8e e0                	mov    %eax,%fs
c0101043:	8e e8                	mov    %eax,%gs
c0101045:	ea 4c 10 10 c0 08 00 	ljmp   $0x8,$0xc010104c
static inline void lidt(void *pd) { asm volatile("lidt (%0)" : : "r"(pd) : "memory"); }
static inline void ltr(uint16_t sel) { asm volatile("ltr %0" : : "r"(sel)); }
c010104c:	b8 28 00 00 00       	mov    $0x28,%eax
c0101051:	0f 00 d8             	ltr    %ax
	lgdt(&pd);
	reload_segments();
	ltr(GD_TSS);
}
c0101054:	89 ec                	mov    %ebp,%esp
c0101056:	5d                   	pop    %ebp
c0101057:	c3                   	ret
c0101058:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010105f:	90                   	nop

c0101060 <tss_set_kstack>:

void tss_set_kstack(uint32_t esp0)
{
c0101060:	55                   	push   %ebp
c0101061:	89 e5                	mov    %esp,%ebp
	ts.esp0 = esp0;
c0101063:	8b 45 08             	mov    0x8(%ebp),%eax
}
c0101066:	5d                   	pop    %ebp
	ts.esp0 = esp0;
c0101067:	a3 c4 6e 20 c0       	mov    %eax,0xc0206ec4
}
c010106c:	c3                   	ret
c010106d:	66 90                	xchg   %ax,%ax
c010106f:	90                   	nop

c0101070 <kalloc_init>:
	panic("kalloc_init: no room for %u bytes of page records", bytes);
}

void kalloc_init(const struct memregion *ram, int nram,
		 const struct memregion *reserved, int nreserved)
{
c0101070:	55                   	push   %ebp
c0101071:	89 e5                	mov    %esp,%ebp
c0101073:	57                   	push   %edi
c0101074:	56                   	push   %esi
c0101075:	53                   	push   %ebx
c0101076:	83 ec 6c             	sub    $0x6c,%esp
	uint64_t top = 0;
	for (int i = 0; i < nram; i++)
c0101079:	8b 5d 0c             	mov    0xc(%ebp),%ebx
c010107c:	85 db                	test   %ebx,%ebx
c010107e:	0f 8e ce 03 00 00    	jle    c0101452 <kalloc_init+0x3e2>
c0101084:	8b 45 0c             	mov    0xc(%ebp),%eax
	uint64_t top = 0;
c0101087:	31 f6                	xor    %esi,%esi
c0101089:	31 ff                	xor    %edi,%edi
c010108b:	8b 4d 08             	mov    0x8(%ebp),%ecx
c010108e:	c1 e0 04             	shl    $0x4,%eax
c0101091:	01 c8                	add    %ecx,%eax
	for (int i = 0; i < nram; i++)
c0101093:	8b 4d 08             	mov    0x8(%ebp),%ecx
c0101096:	89 45 e0             	mov    %eax,-0x20(%ebp)
		if (ram[i].base + ram[i].len > top)
c0101099:	8b 41 08             	mov    0x8(%ecx),%eax
c010109c:	89 fb                	mov    %edi,%ebx
c010109e:	03 01                	add    (%ecx),%eax
c01010a0:	8b 51 0c             	mov    0xc(%ecx),%edx
c01010a3:	13 51 04             	adc    0x4(%ecx),%edx
c01010a6:	39 c6                	cmp    %eax,%esi
c01010a8:	19 d3                	sbb    %edx,%ebx
c01010aa:	0f 42 f0             	cmovb  %eax,%esi
c01010ad:	0f 42 fa             	cmovb  %edx,%edi
	for (int i = 0; i < nram; i++)
c01010b0:	83 c1 10             	add    $0x10,%ecx
c01010b3:	39 4d e0             	cmp    %ecx,-0x20(%ebp)
c01010b6:	75 e1                	jne    c0101099 <kalloc_init+0x29>
	for (uint64_t pa = EXTMEM; pa + need <= (uint64_t)npages * PGSIZE; pa += PGSIZE) {
c01010b8:	c7 45 cc 00 00 00 00 	movl   $0x0,-0x34(%ebp)
			top = ram[i].base + ram[i].len;
	if (top > PHYSTOP_MAX)
c01010bf:	31 c0                	xor    %eax,%eax
c01010c1:	b9 00 00 00 10       	mov    $0x10000000,%ecx
c01010c6:	39 f1                	cmp    %esi,%ecx
c01010c8:	89 c3                	mov    %eax,%ebx
c01010ca:	19 fb                	sbb    %edi,%ebx
c01010cc:	0f 43 ce             	cmovae %esi,%ecx
c01010cf:	0f 43 c7             	cmovae %edi,%eax
c01010d2:	89 45 dc             	mov    %eax,-0x24(%ebp)
c01010d5:	89 4d d8             	mov    %ecx,-0x28(%ebp)
		top = PHYSTOP_MAX;
	npages = (uint32_t)(top / PGSIZE);
c01010d8:	8b 5d dc             	mov    -0x24(%ebp),%ebx
c01010db:	8b 4d d8             	mov    -0x28(%ebp),%ecx
c01010de:	0f ac d9 0c          	shrd   $0xc,%ebx,%ecx
c01010e2:	89 0d 7c 6f 20 c0    	mov    %ecx,0xc0206f7c

	uint32_t bytes = npages * sizeof(struct page);
c01010e8:	8d 34 cd 00 00 00 00 	lea    0x0(,%ecx,8),%esi
static inline uint32_t PGROUNDUP(uint32_t a) { return (a + PGSIZE - 1) & ~(PGSIZE - 1); }
c01010ef:	8d 86 ff 0f 00 00    	lea    0xfff(%esi),%eax
	npages = (uint32_t)(top / PGSIZE);
c01010f5:	c1 eb 0c             	shr    $0xc,%ebx
c01010f8:	25 00 f0 ff ff       	and    $0xfffff000,%eax
	for (uint64_t pa = EXTMEM; pa + need <= (uint64_t)npages * PGSIZE; pa += PGSIZE) {
c01010fd:	0f a4 cb 0c          	shld   $0xc,%ecx,%ebx
c0101101:	89 c7                	mov    %eax,%edi
c0101103:	89 5d bc             	mov    %ebx,-0x44(%ebp)
c0101106:	8d 80 00 00 10 00    	lea    0x100000(%eax),%eax
c010110c:	89 45 c8             	mov    %eax,-0x38(%ebp)
c010110f:	c1 e1 0c             	shl    $0xc,%ecx
c0101112:	89 4d b8             	mov    %ecx,-0x48(%ebp)
c0101115:	39 c1                	cmp    %eax,%ecx
c0101117:	89 d8                	mov    %ebx,%eax
c0101119:	1b 45 cc             	sbb    -0x34(%ebp),%eax
c010111c:	0f 82 3a 03 00 00    	jb     c010145c <kalloc_init+0x3ec>
c0101122:	c7 45 c0 00 00 10 00 	movl   $0x100000,-0x40(%ebp)
c0101129:	c7 45 c4 00 00 00 00 	movl   $0x0,-0x3c(%ebp)
c0101130:	89 75 b4             	mov    %esi,-0x4c(%ebp)
c0101133:	89 7d b0             	mov    %edi,-0x50(%ebp)
		for (q = pa; q < pa + need; q += PGSIZE)
c0101136:	8b 5d c8             	mov    -0x38(%ebp),%ebx
c0101139:	8b 45 c0             	mov    -0x40(%ebp),%eax
c010113c:	8b 55 c4             	mov    -0x3c(%ebp),%edx
c010113f:	8b 75 cc             	mov    -0x34(%ebp),%esi
c0101142:	39 d8                	cmp    %ebx,%eax
c0101144:	89 d7                	mov    %edx,%edi
c0101146:	19 f7                	sbb    %esi,%edi
c0101148:	0f 83 f3 02 00 00    	jae    c0101441 <kalloc_init+0x3d1>
c010114e:	89 45 e0             	mov    %eax,-0x20(%ebp)
c0101151:	89 c6                	mov    %eax,%esi
c0101153:	89 d7                	mov    %edx,%edi
c0101155:	89 55 e4             	mov    %edx,-0x1c(%ebp)
c0101158:	81 c6 00 10 00 00    	add    $0x1000,%esi
c010115e:	83 d7 00             	adc    $0x0,%edi
c0101161:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0101168:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010116f:	90                   	nop
	for (int i = 0; i < n; i++)
c0101170:	89 75 d0             	mov    %esi,-0x30(%ebp)
	uint64_t top = 0;
c0101173:	8b 4d 08             	mov    0x8(%ebp),%ecx
	for (int i = 0; i < n; i++)
c0101176:	31 db                	xor    %ebx,%ebx
c0101178:	89 5d d8             	mov    %ebx,-0x28(%ebp)
c010117b:	89 7d d4             	mov    %edi,-0x2c(%ebp)
c010117e:	66 90                	xchg   %ax,%ax
		if (pa >= ram[i].base && pa + PGSIZE <= ram[i].base + ram[i].len)
c0101180:	8b 01                	mov    (%ecx),%eax
c0101182:	8b 75 e0             	mov    -0x20(%ebp),%esi
c0101185:	8b 51 04             	mov    0x4(%ecx),%edx
c0101188:	8b 7d e4             	mov    -0x1c(%ebp),%edi
c010118b:	39 c6                	cmp    %eax,%esi
c010118d:	19 d7                	sbb    %edx,%edi
c010118f:	72 14                	jb     c01011a5 <kalloc_init+0x135>
c0101191:	03 41 08             	add    0x8(%ecx),%eax
c0101194:	8b 75 d0             	mov    -0x30(%ebp),%esi
c0101197:	13 51 0c             	adc    0xc(%ecx),%edx
c010119a:	8b 7d d4             	mov    -0x2c(%ebp),%edi
c010119d:	39 f0                	cmp    %esi,%eax
c010119f:	89 d0                	mov    %edx,%eax
c01011a1:	19 f8                	sbb    %edi,%eax
c01011a3:	73 63                	jae    c0101208 <kalloc_init+0x198>
	for (int i = 0; i < n; i++)
c01011a5:	ff 45 d8             	incl   -0x28(%ebp)
c01011a8:	83 c1 10             	add    $0x10,%ecx
c01011ab:	8b 45 d8             	mov    -0x28(%ebp),%eax
c01011ae:	39 45 0c             	cmp    %eax,0xc(%ebp)
c01011b1:	75 cd                	jne    c0101180 <kalloc_init+0x110>
		if (q == pa + need)
c01011b3:	8b 45 c8             	mov    -0x38(%ebp),%eax
c01011b6:	8b 55 cc             	mov    -0x34(%ebp),%edx
c01011b9:	8b 4d e0             	mov    -0x20(%ebp),%ecx
c01011bc:	8b 5d e4             	mov    -0x1c(%ebp),%ebx
c01011bf:	31 c8                	xor    %ecx,%eax
c01011c1:	31 da                	xor    %ebx,%edx
c01011c3:	09 d0                	or     %edx,%eax
c01011c5:	0f 84 d6 00 00 00    	je     c01012a1 <kalloc_init+0x231>
	for (uint64_t pa = EXTMEM; pa + need <= (uint64_t)npages * PGSIZE; pa += PGSIZE) {
c01011cb:	81 45 c0 00 10 00 00 	addl   $0x1000,-0x40(%ebp)
c01011d2:	8b 5d b8             	mov    -0x48(%ebp),%ebx
c01011d5:	8b 75 bc             	mov    -0x44(%ebp),%esi
c01011d8:	83 55 c4 00          	adcl   $0x0,-0x3c(%ebp)
c01011dc:	81 45 c8 00 10 00 00 	addl   $0x1000,-0x38(%ebp)
c01011e3:	89 f7                	mov    %esi,%edi
c01011e5:	83 55 cc 00          	adcl   $0x0,-0x34(%ebp)
c01011e9:	8b 45 c8             	mov    -0x38(%ebp),%eax
c01011ec:	8b 55 cc             	mov    -0x34(%ebp),%edx
c01011ef:	39 c3                	cmp    %eax,%ebx
c01011f1:	19 d7                	sbb    %edx,%edi
c01011f3:	0f 83 3d ff ff ff    	jae    c0101136 <kalloc_init+0xc6>
c01011f9:	8b 75 b4             	mov    -0x4c(%ebp),%esi
c01011fc:	e9 5b 02 00 00       	jmp    c010145c <kalloc_init+0x3ec>
c0101201:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
	for (int i = 0; i < n; i++)
c0101208:	8b 45 14             	mov    0x14(%ebp),%eax
c010120b:	8b 75 d0             	mov    -0x30(%ebp),%esi
c010120e:	8b 7d d4             	mov    -0x2c(%ebp),%edi
c0101211:	85 c0                	test   %eax,%eax
c0101213:	7e 4b                	jle    c0101260 <kalloc_init+0x1f0>
c0101215:	c7 45 d8 00 00 00 00 	movl   $0x0,-0x28(%ebp)
c010121c:	8b 55 10             	mov    0x10(%ebp),%edx
c010121f:	89 d7                	mov    %edx,%edi
	return a < r->base + r->len && r->base < a + alen;
c0101221:	8b 0f                	mov    (%edi),%ecx
c0101223:	8b 5f 04             	mov    0x4(%edi),%ebx
c0101226:	8b 75 e4             	mov    -0x1c(%ebp),%esi
c0101229:	89 c8                	mov    %ecx,%eax
c010122b:	03 47 08             	add    0x8(%edi),%eax
c010122e:	89 da                	mov    %ebx,%edx
c0101230:	13 57 0c             	adc    0xc(%edi),%edx
c0101233:	39 45 e0             	cmp    %eax,-0x20(%ebp)
c0101236:	19 d6                	sbb    %edx,%esi
c0101238:	73 12                	jae    c010124c <kalloc_init+0x1dc>
c010123a:	8b 45 d0             	mov    -0x30(%ebp),%eax
c010123d:	89 de                	mov    %ebx,%esi
c010123f:	8b 55 d4             	mov    -0x2c(%ebp),%edx
c0101242:	39 c1                	cmp    %eax,%ecx
c0101244:	19 d6                	sbb    %edx,%esi
c0101246:	0f 82 67 ff ff ff    	jb     c01011b3 <kalloc_init+0x143>
	for (int i = 0; i < n; i++)
c010124c:	ff 45 d8             	incl   -0x28(%ebp)
c010124f:	83 c7 10             	add    $0x10,%edi
c0101252:	8b 45 d8             	mov    -0x28(%ebp),%eax
c0101255:	39 45 14             	cmp    %eax,0x14(%ebp)
c0101258:	75 c7                	jne    c0101221 <kalloc_init+0x1b1>
c010125a:	8b 75 d0             	mov    -0x30(%ebp),%esi
c010125d:	8b 7d d4             	mov    -0x2c(%ebp),%edi
		for (q = pa; q < pa + need; q += PGSIZE)
c0101260:	89 f0                	mov    %esi,%eax
c0101262:	8b 4d c8             	mov    -0x38(%ebp),%ecx
c0101265:	89 fa                	mov    %edi,%edx
c0101267:	05 00 10 00 00       	add    $0x1000,%eax
c010126c:	8b 5d cc             	mov    -0x34(%ebp),%ebx
c010126f:	89 45 d8             	mov    %eax,-0x28(%ebp)
c0101272:	83 d2 00             	adc    $0x0,%edx
c0101275:	89 f8                	mov    %edi,%eax
c0101277:	81 45 e0 00 10 00 00 	addl   $0x1000,-0x20(%ebp)
c010127e:	89 55 dc             	mov    %edx,-0x24(%ebp)
c0101281:	83 55 e4 00          	adcl   $0x0,-0x1c(%ebp)
c0101285:	39 ce                	cmp    %ecx,%esi
c0101287:	19 d8                	sbb    %ebx,%eax
c0101289:	73 0b                	jae    c0101296 <kalloc_init+0x226>
c010128b:	8b 75 d8             	mov    -0x28(%ebp),%esi
c010128e:	8b 7d dc             	mov    -0x24(%ebp),%edi
c0101291:	e9 da fe ff ff       	jmp    c0101170 <kalloc_init+0x100>
		if (pa >= ram[i].base && pa + PGSIZE <= ram[i].base + ram[i].len)
c0101296:	89 75 e0             	mov    %esi,-0x20(%ebp)
c0101299:	89 7d e4             	mov    %edi,-0x1c(%ebp)
c010129c:	e9 12 ff ff ff       	jmp    c01011b3 <kalloc_init+0x143>
			return (physaddr_t)pa;
c01012a1:	8b 45 c0             	mov    -0x40(%ebp),%eax
	physaddr_t array_pa = place_page_array(bytes, ram, nram, reserved, nreserved);
	pages = P2V(array_pa);
	memset(pages, 0, bytes);
c01012a4:	31 c9                	xor    %ecx,%ecx

	free_list = NULL;
c01012a6:	31 db                	xor    %ebx,%ebx
			return (physaddr_t)pa;
c01012a8:	8b 75 b4             	mov    -0x4c(%ebp),%esi
c01012ab:	8b 7d b0             	mov    -0x50(%ebp),%edi
c01012ae:	89 45 a8             	mov    %eax,-0x58(%ebp)
static inline void *P2V(physaddr_t pa) { return (void *)(pa + KERNBASE); }
c01012b1:	2d 00 00 00 40       	sub    $0x40000000,%eax
	memset(pages, 0, bytes);
c01012b6:	89 74 24 08          	mov    %esi,0x8(%esp)
	nfree = ntotal = 0;
c01012ba:	31 f6                	xor    %esi,%esi
	memset(pages, 0, bytes);
c01012bc:	89 4c 24 04          	mov    %ecx,0x4(%esp)
c01012c0:	89 04 24             	mov    %eax,(%esp)
	pages = P2V(array_pa);
c01012c3:	a3 80 6f 20 c0       	mov    %eax,0xc0206f80
	memset(pages, 0, bytes);
c01012c8:	e8 03 57 00 00       	call   c01069d0 <memset>
	nfree = ntotal = 0;
c01012cd:	31 c0                	xor    %eax,%eax
c01012cf:	a3 74 6f 20 c0       	mov    %eax,0xc0206f74
	// Walk downwards so that the list hands out low addresses first.
	for (uint32_t i = npages; i-- > 1; ) {       // page 0 is never used
c01012d4:	a1 7c 6f 20 c0       	mov    0xc0206f7c,%eax
	free_list = NULL;
c01012d9:	89 1d 78 6f 20 c0    	mov    %ebx,0xc0206f78
	nfree = ntotal = 0;
c01012df:	89 35 70 6f 20 c0    	mov    %esi,0xc0206f70
	for (uint32_t i = npages; i-- > 1; ) {       // page 0 is never used
c01012e5:	8d 58 ff             	lea    -0x1(%eax),%ebx
c01012e8:	83 f8 01             	cmp    $0x1,%eax
c01012eb:	89 5d d0             	mov    %ebx,-0x30(%ebp)
c01012ee:	0f 86 ad 00 00 00    	jbe    c01013a1 <kalloc_init+0x331>
		physaddr_t pa = i * PGSIZE;
		if (!is_ram(pa, ram, nram) || is_reserved(pa, reserved, nreserved))
			continue;
		if (pa >= array_pa && pa < array_pa + PGROUNDUP(bytes))
			continue;
		pages[i].next = free_list;
c01012f4:	c7 45 b0 00 00 00 00 	movl   $0x0,-0x50(%ebp)
c01012fb:	a1 80 6f 20 c0       	mov    0xc0206f80,%eax
c0101300:	c6 45 af 00          	movb   $0x0,-0x51(%ebp)
c0101304:	8b 5d d0             	mov    -0x30(%ebp),%ebx
c0101307:	c7 45 b4 00 00 00 00 	movl   $0x0,-0x4c(%ebp)
c010130e:	8d 1c d8             	lea    (%eax,%ebx,8),%ebx
		if (pa >= array_pa && pa < array_pa + PGROUNDUP(bytes))
c0101311:	8b 45 a8             	mov    -0x58(%ebp),%eax
c0101314:	89 5d c0             	mov    %ebx,-0x40(%ebp)
c0101317:	01 f8                	add    %edi,%eax
c0101319:	89 45 a4             	mov    %eax,-0x5c(%ebp)
		physaddr_t pa = i * PGSIZE;
c010131c:	8b 55 d0             	mov    -0x30(%ebp),%edx
		if (!is_ram(pa, ram, nram) || is_reserved(pa, reserved, nreserved))
c010131f:	31 ff                	xor    %edi,%edi
	for (int i = 0; i < n; i++)
c0101321:	31 db                	xor    %ebx,%ebx
		if (pa >= ram[i].base && pa + PGSIZE <= ram[i].base + ram[i].len)
c0101323:	89 5d e0             	mov    %ebx,-0x20(%ebp)
		if (!is_ram(pa, ram, nram) || is_reserved(pa, reserved, nreserved))
c0101326:	8b 4d 08             	mov    0x8(%ebp),%ecx
c0101329:	c1 e2 0c             	shl    $0xc,%edx
c010132c:	89 55 b8             	mov    %edx,-0x48(%ebp)
		if (pa >= ram[i].base && pa + PGSIZE <= ram[i].base + ram[i].len)
c010132f:	89 d0                	mov    %edx,%eax
		if (!is_ram(pa, ram, nram) || is_reserved(pa, reserved, nreserved))
c0101331:	89 d6                	mov    %edx,%esi
		if (pa >= ram[i].base && pa + PGSIZE <= ram[i].base + ram[i].len)
c0101333:	05 00 10 00 00       	add    $0x1000,%eax
c0101338:	89 fa                	mov    %edi,%edx
c010133a:	89 45 d8             	mov    %eax,-0x28(%ebp)
c010133d:	83 d2 00             	adc    $0x0,%edx
c0101340:	89 55 dc             	mov    %edx,-0x24(%ebp)
c0101343:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010134a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
c0101350:	8b 01                	mov    (%ecx),%eax
c0101352:	89 fb                	mov    %edi,%ebx
c0101354:	8b 51 04             	mov    0x4(%ecx),%edx
c0101357:	39 c6                	cmp    %eax,%esi
c0101359:	19 d3                	sbb    %edx,%ebx
c010135b:	72 12                	jb     c010136f <kalloc_init+0x2ff>
c010135d:	03 41 08             	add    0x8(%ecx),%eax
c0101360:	8b 5d d8             	mov    -0x28(%ebp),%ebx
c0101363:	13 51 0c             	adc    0xc(%ecx),%edx
c0101366:	39 d8                	cmp    %ebx,%eax
c0101368:	89 d0                	mov    %edx,%eax
c010136a:	1b 45 dc             	sbb    -0x24(%ebp),%eax
c010136d:	73 3a                	jae    c01013a9 <kalloc_init+0x339>
	for (int i = 0; i < n; i++)
c010136f:	ff 45 e0             	incl   -0x20(%ebp)
c0101372:	83 c1 10             	add    $0x10,%ecx
c0101375:	8b 45 e0             	mov    -0x20(%ebp),%eax
c0101378:	39 45 0c             	cmp    %eax,0xc(%ebp)
c010137b:	75 d3                	jne    c0101350 <kalloc_init+0x2e0>
	for (uint32_t i = npages; i-- > 1; ) {       // page 0 is never used
c010137d:	83 6d c0 08          	subl   $0x8,-0x40(%ebp)
c0101381:	ff 4d d0             	decl   -0x30(%ebp)
c0101384:	75 96                	jne    c010131c <kalloc_init+0x2ac>
c0101386:	80 7d af 00          	cmpb   $0x0,-0x51(%ebp)
c010138a:	74 15                	je     c01013a1 <kalloc_init+0x331>
c010138c:	8b 45 b4             	mov    -0x4c(%ebp),%eax
c010138f:	a3 78 6f 20 c0       	mov    %eax,0xc0206f78
c0101394:	8b 45 b0             	mov    -0x50(%ebp),%eax
c0101397:	a3 74 6f 20 c0       	mov    %eax,0xc0206f74
c010139c:	a3 70 6f 20 c0       	mov    %eax,0xc0206f70
		free_list = &pages[i];
		nfree++;
		ntotal++;
	}
}
c01013a1:	83 c4 6c             	add    $0x6c,%esp
c01013a4:	5b                   	pop    %ebx
c01013a5:	5e                   	pop    %esi
c01013a6:	5f                   	pop    %edi
c01013a7:	5d                   	pop    %ebp
c01013a8:	c3                   	ret
	return a < r->base + r->len && r->base < a + alen;
c01013a9:	89 f0                	mov    %esi,%eax
c01013ab:	89 fa                	mov    %edi,%edx
c01013ad:	8b 5d 10             	mov    0x10(%ebp),%ebx
	for (int i = 0; i < n; i++)
c01013b0:	c7 45 e0 00 00 00 00 	movl   $0x0,-0x20(%ebp)
	return a < r->base + r->len && r->base < a + alen;
c01013b7:	05 00 10 00 00       	add    $0x1000,%eax
c01013bc:	89 45 c8             	mov    %eax,-0x38(%ebp)
	for (int i = 0; i < n; i++)
c01013bf:	8b 45 14             	mov    0x14(%ebp),%eax
	return a < r->base + r->len && r->base < a + alen;
c01013c2:	83 d2 00             	adc    $0x0,%edx
c01013c5:	89 55 cc             	mov    %edx,-0x34(%ebp)
	for (int i = 0; i < n; i++)
c01013c8:	85 c0                	test   %eax,%eax
c01013ca:	7e 3b                	jle    c0101407 <kalloc_init+0x397>
c01013cc:	89 7d dc             	mov    %edi,-0x24(%ebp)
c01013cf:	89 df                	mov    %ebx,%edi
c01013d1:	89 75 d8             	mov    %esi,-0x28(%ebp)
	return a < r->base + r->len && r->base < a + alen;
c01013d4:	8b 0f                	mov    (%edi),%ecx
c01013d6:	8b 5f 04             	mov    0x4(%edi),%ebx
c01013d9:	8b 75 dc             	mov    -0x24(%ebp),%esi
c01013dc:	89 c8                	mov    %ecx,%eax
c01013de:	03 47 08             	add    0x8(%edi),%eax
c01013e1:	89 da                	mov    %ebx,%edx
c01013e3:	13 57 0c             	adc    0xc(%edi),%edx
c01013e6:	39 45 d8             	cmp    %eax,-0x28(%ebp)
c01013e9:	19 d6                	sbb    %edx,%esi
c01013eb:	73 0c                	jae    c01013f9 <kalloc_init+0x389>
c01013ed:	8b 45 c8             	mov    -0x38(%ebp),%eax
c01013f0:	8b 55 cc             	mov    -0x34(%ebp),%edx
c01013f3:	39 c1                	cmp    %eax,%ecx
c01013f5:	19 d3                	sbb    %edx,%ebx
c01013f7:	72 84                	jb     c010137d <kalloc_init+0x30d>
	for (int i = 0; i < n; i++)
c01013f9:	ff 45 e0             	incl   -0x20(%ebp)
c01013fc:	83 c7 10             	add    $0x10,%edi
c01013ff:	8b 45 e0             	mov    -0x20(%ebp),%eax
c0101402:	39 45 14             	cmp    %eax,0x14(%ebp)
c0101405:	75 cd                	jne    c01013d4 <kalloc_init+0x364>
		if (pa >= array_pa && pa < array_pa + PGROUNDUP(bytes))
c0101407:	8b 45 a8             	mov    -0x58(%ebp),%eax
c010140a:	8b 55 b8             	mov    -0x48(%ebp),%edx
c010140d:	39 c2                	cmp    %eax,%edx
c010140f:	72 0b                	jb     c010141c <kalloc_init+0x3ac>
c0101411:	8b 45 a4             	mov    -0x5c(%ebp),%eax
c0101414:	39 c2                	cmp    %eax,%edx
c0101416:	0f 82 61 ff ff ff    	jb     c010137d <kalloc_init+0x30d>
		pages[i].next = free_list;
c010141c:	8b 45 c0             	mov    -0x40(%ebp),%eax
c010141f:	8b 7d b4             	mov    -0x4c(%ebp),%edi
		nfree++;
c0101422:	ff 45 b0             	incl   -0x50(%ebp)
	for (uint32_t i = npages; i-- > 1; ) {       // page 0 is never used
c0101425:	83 6d c0 08          	subl   $0x8,-0x40(%ebp)
c0101429:	ff 4d d0             	decl   -0x30(%ebp)
		pages[i].next = free_list;
c010142c:	89 78 04             	mov    %edi,0x4(%eax)
		free_list = &pages[i];
c010142f:	89 45 b4             	mov    %eax,-0x4c(%ebp)
		nfree++;
c0101432:	c6 45 af 01          	movb   $0x1,-0x51(%ebp)
	for (uint32_t i = npages; i-- > 1; ) {       // page 0 is never used
c0101436:	0f 85 e0 fe ff ff    	jne    c010131c <kalloc_init+0x2ac>
c010143c:	e9 45 ff ff ff       	jmp    c0101386 <kalloc_init+0x316>
		for (q = pa; q < pa + need; q += PGSIZE)
c0101441:	8b 45 c0             	mov    -0x40(%ebp),%eax
c0101444:	8b 55 c4             	mov    -0x3c(%ebp),%edx
c0101447:	89 45 e0             	mov    %eax,-0x20(%ebp)
c010144a:	89 55 e4             	mov    %edx,-0x1c(%ebp)
c010144d:	e9 61 fd ff ff       	jmp    c01011b3 <kalloc_init+0x143>
	npages = (uint32_t)(top / PGSIZE);
c0101452:	31 d2                	xor    %edx,%edx
	uint32_t bytes = npages * sizeof(struct page);
c0101454:	31 f6                	xor    %esi,%esi
	npages = (uint32_t)(top / PGSIZE);
c0101456:	89 15 7c 6f 20 c0    	mov    %edx,0xc0206f7c
	panic("kalloc_init: no room for %u bytes of page records", bytes);
c010145c:	89 74 24 04          	mov    %esi,0x4(%esp)
c0101460:	c7 04 24 70 7d 10 c0 	movl   $0xc0107d70,(%esp)
c0101467:	e8 94 25 00 00       	call   c0103a00 <panic>
c010146c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi

c0101470 <kalloc>:

// Allocate one page, zero it, and return its kernel virtual address with a
// reference count of one.  NULL when memory is exhausted: callers must
// handle that, never assume success.
void *kalloc(void)
{
c0101470:	55                   	push   %ebp
c0101471:	89 e5                	mov    %esp,%ebp
c0101473:	83 ec 18             	sub    $0x18,%esp
c0101476:	89 5d fc             	mov    %ebx,-0x4(%ebp)
	// STAGE 2: Take the first page off free_list (return NULL when the
	// STAGE 2: list is empty), give it a reference count of 1, keep nfree
	// STAGE 2: right, and return its kernel virtual address, zero-filled.
	// STAGE 2: page2pa() and P2V() convert a record to an address.
	// BEGIN STAGE 2 SOLUTION
	struct page *pg = free_list;
c0101479:	8b 1d 78 6f 20 c0    	mov    0xc0206f78,%ebx
	if (pg == NULL)
c010147f:	85 db                	test   %ebx,%ebx
c0101481:	74 45                	je     c01014c8 <kalloc+0x58>
		return NULL;
	free_list = pg->next;
c0101483:	8b 43 04             	mov    0x4(%ebx),%eax
	pg->next = NULL;
	pg->ref = 1;
	nfree--;
	void *va = P2V(page2pa(pg));
	memset(va, 0, PGSIZE);
c0101486:	ba 00 10 00 00       	mov    $0x1000,%edx
c010148b:	31 c9                	xor    %ecx,%ecx
	pg->next = NULL;
c010148d:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
	pg->ref = 1;
c0101494:	c7 03 01 00 00 00    	movl   $0x1,(%ebx)
	nfree--;
c010149a:	ff 0d 74 6f 20 c0    	decl   0xc0206f74
	free_list = pg->next;
c01014a0:	a3 78 6f 20 c0       	mov    %eax,0xc0206f78
static physaddr_t page2pa(struct page *pg) { return (physaddr_t)(pg - pages) * PGSIZE; }
c01014a5:	a1 80 6f 20 c0       	mov    0xc0206f80,%eax
	memset(va, 0, PGSIZE);
c01014aa:	89 54 24 08          	mov    %edx,0x8(%esp)
c01014ae:	89 4c 24 04          	mov    %ecx,0x4(%esp)
static physaddr_t page2pa(struct page *pg) { return (physaddr_t)(pg - pages) * PGSIZE; }
c01014b2:	29 c3                	sub    %eax,%ebx
c01014b4:	c1 fb 03             	sar    $0x3,%ebx
c01014b7:	c1 e3 0c             	shl    $0xc,%ebx
c01014ba:	81 eb 00 00 00 40    	sub    $0x40000000,%ebx
	memset(va, 0, PGSIZE);
c01014c0:	89 1c 24             	mov    %ebx,(%esp)
c01014c3:	e8 08 55 00 00       	call   c01069d0 <memset>
	return va;
	// END STAGE 2 SOLUTION
	// STAGE 2 STUB: return NULL;
}
c01014c8:	89 d8                	mov    %ebx,%eax
c01014ca:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c01014cd:	89 ec                	mov    %ebp,%esp
c01014cf:	5d                   	pop    %ebp
c01014d0:	c3                   	ret
c01014d1:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01014d8:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01014df:	90                   	nop

c01014e0 <page_incref>:

void page_incref(physaddr_t pa)
{
c01014e0:	55                   	push   %ebp
c01014e1:	89 e5                	mov    %esp,%ebp
c01014e3:	83 ec 18             	sub    $0x18,%esp
	if (pa / PGSIZE >= npages)
c01014e6:	8b 45 08             	mov    0x8(%ebp),%eax
c01014e9:	c1 e8 0c             	shr    $0xc,%eax
c01014ec:	3b 05 7c 6f 20 c0    	cmp    0xc0206f7c,%eax
c01014f2:	73 0d                	jae    c0101501 <page_incref+0x21>
	return &pages[pa / PGSIZE];
c01014f4:	8b 15 80 6f 20 c0    	mov    0xc0206f80,%edx
	pa2page(pa)->ref++;
c01014fa:	ff 04 c2             	incl   (%edx,%eax,8)
}
c01014fd:	89 ec                	mov    %ebp,%esp
c01014ff:	5d                   	pop    %ebp
c0101500:	c3                   	ret
		panic("pa2page: physical address %08x is beyond RAM", pa);
c0101501:	8b 45 08             	mov    0x8(%ebp),%eax
c0101504:	c7 04 24 a4 7d 10 c0 	movl   $0xc0107da4,(%esp)
c010150b:	89 44 24 04          	mov    %eax,0x4(%esp)
c010150f:	e8 ec 24 00 00       	call   c0103a00 <panic>
c0101514:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010151b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c010151f:	90                   	nop

c0101520 <page_decref>:

// Drop one reference; the page is free again when none remain.
void page_decref(physaddr_t pa)
{
c0101520:	55                   	push   %ebp
c0101521:	89 e5                	mov    %esp,%ebp
c0101523:	83 ec 18             	sub    $0x18,%esp
	if (pa / PGSIZE >= npages)
c0101526:	8b 45 08             	mov    0x8(%ebp),%eax
c0101529:	c1 e8 0c             	shr    $0xc,%eax
c010152c:	3b 05 7c 6f 20 c0    	cmp    0xc0206f7c,%eax
c0101532:	73 2c                	jae    c0101560 <page_decref+0x40>
	return &pages[pa / PGSIZE];
c0101534:	8b 15 80 6f 20 c0    	mov    0xc0206f80,%edx
c010153a:	8d 14 c2             	lea    (%edx,%eax,8),%edx
	// STAGE 2: Decrement the page's count.  Dropping a reference to a
	// STAGE 2: free page is a kernel bug: panic.  When the count reaches
	// STAGE 2: zero, push the page on free_list (and count it in nfree).
	// BEGIN STAGE 2 SOLUTION
	struct page *pg = pa2page(pa);
	if (pg->ref == 0)
c010153d:	8b 02                	mov    (%edx),%eax
c010153f:	85 c0                	test   %eax,%eax
c0101541:	74 30                	je     c0101573 <page_decref+0x53>
		panic("page_decref: page %08x is already free", pa);
	if (--pg->ref > 0)
c0101543:	48                   	dec    %eax
c0101544:	89 02                	mov    %eax,(%edx)
c0101546:	75 14                	jne    c010155c <page_decref+0x3c>
		return;
	pg->next = free_list;
c0101548:	a1 78 6f 20 c0       	mov    0xc0206f78,%eax
	free_list = pg;
	nfree++;
c010154d:	ff 05 74 6f 20 c0    	incl   0xc0206f74
	free_list = pg;
c0101553:	89 15 78 6f 20 c0    	mov    %edx,0xc0206f78
	pg->next = free_list;
c0101559:	89 42 04             	mov    %eax,0x4(%edx)
	// END STAGE 2 SOLUTION
	// STAGE 2 STUB: (void)pa;
}
c010155c:	89 ec                	mov    %ebp,%esp
c010155e:	5d                   	pop    %ebp
c010155f:	c3                   	ret
		panic("pa2page: physical address %08x is beyond RAM", pa);
c0101560:	8b 45 08             	mov    0x8(%ebp),%eax
c0101563:	c7 04 24 a4 7d 10 c0 	movl   $0xc0107da4,(%esp)
c010156a:	89 44 24 04          	mov    %eax,0x4(%esp)
c010156e:	e8 8d 24 00 00       	call   c0103a00 <panic>
		panic("page_decref: page %08x is already free", pa);
c0101573:	8b 45 08             	mov    0x8(%ebp),%eax
c0101576:	c7 04 24 d4 7d 10 c0 	movl   $0xc0107dd4,(%esp)
c010157d:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101581:	e8 7a 24 00 00       	call   c0103a00 <panic>
c0101586:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010158d:	8d 76 00             	lea    0x0(%esi),%esi

c0101590 <kfree>:

void kfree(void *va)
{
c0101590:	55                   	push   %ebp
c0101591:	89 e5                	mov    %esp,%ebp
c0101593:	83 ec 18             	sub    $0x18,%esp
c0101596:	8b 45 08             	mov    0x8(%ebp),%eax
	if ((uint32_t)(uintptr_t)va % PGSIZE)
c0101599:	a9 ff 0f 00 00       	test   $0xfff,%eax
c010159e:	75 3f                	jne    c01015df <kfree+0x4f>
static inline physaddr_t V2P(const void *va) { return (physaddr_t)va - KERNBASE; }
c01015a0:	8d 90 00 00 00 40    	lea    0x40000000(%eax),%edx
	if (pa / PGSIZE >= npages)
c01015a6:	89 d0                	mov    %edx,%eax
c01015a8:	c1 e8 0c             	shr    $0xc,%eax
c01015ab:	3b 05 7c 6f 20 c0    	cmp    0xc0206f7c,%eax
c01015b1:	73 4c                	jae    c01015ff <kfree+0x6f>
	return &pages[pa / PGSIZE];
c01015b3:	8b 0d 80 6f 20 c0    	mov    0xc0206f80,%ecx
c01015b9:	8d 0c c1             	lea    (%ecx,%eax,8),%ecx
	if (pg->ref == 0)
c01015bc:	8b 01                	mov    (%ecx),%eax
c01015be:	85 c0                	test   %eax,%eax
c01015c0:	74 2d                	je     c01015ef <kfree+0x5f>
	if (--pg->ref > 0)
c01015c2:	48                   	dec    %eax
c01015c3:	89 01                	mov    %eax,(%ecx)
c01015c5:	75 14                	jne    c01015db <kfree+0x4b>
	pg->next = free_list;
c01015c7:	a1 78 6f 20 c0       	mov    0xc0206f78,%eax
	nfree++;
c01015cc:	ff 05 74 6f 20 c0    	incl   0xc0206f74
	free_list = pg;
c01015d2:	89 0d 78 6f 20 c0    	mov    %ecx,0xc0206f78
	pg->next = free_list;
c01015d8:	89 41 04             	mov    %eax,0x4(%ecx)
		panic("kfree: %p is not page aligned", va);
	page_decref(V2P(va));
}
c01015db:	89 ec                	mov    %ebp,%esp
c01015dd:	5d                   	pop    %ebp
c01015de:	c3                   	ret
		panic("kfree: %p is not page aligned", va);
c01015df:	89 44 24 04          	mov    %eax,0x4(%esp)
c01015e3:	c7 04 24 fb 7d 10 c0 	movl   $0xc0107dfb,(%esp)
c01015ea:	e8 11 24 00 00       	call   c0103a00 <panic>
		panic("page_decref: page %08x is already free", pa);
c01015ef:	89 54 24 04          	mov    %edx,0x4(%esp)
c01015f3:	c7 04 24 d4 7d 10 c0 	movl   $0xc0107dd4,(%esp)
c01015fa:	e8 01 24 00 00       	call   c0103a00 <panic>
		panic("pa2page: physical address %08x is beyond RAM", pa);
c01015ff:	89 54 24 04          	mov    %edx,0x4(%esp)
c0101603:	c7 04 24 a4 7d 10 c0 	movl   $0xc0107da4,(%esp)
c010160a:	e8 f1 23 00 00       	call   c0103a00 <panic>
c010160f:	90                   	nop

c0101610 <page_refcount>:

int page_refcount(physaddr_t pa) { return (int)pa2page(pa)->ref; }
c0101610:	55                   	push   %ebp
c0101611:	89 e5                	mov    %esp,%ebp
c0101613:	83 ec 18             	sub    $0x18,%esp
	if (pa / PGSIZE >= npages)
c0101616:	8b 45 08             	mov    0x8(%ebp),%eax
c0101619:	c1 e8 0c             	shr    $0xc,%eax
c010161c:	3b 05 7c 6f 20 c0    	cmp    0xc0206f7c,%eax
c0101622:	73 0d                	jae    c0101631 <page_refcount+0x21>
int page_refcount(physaddr_t pa) { return (int)pa2page(pa)->ref; }
c0101624:	8b 15 80 6f 20 c0    	mov    0xc0206f80,%edx
c010162a:	8b 04 c2             	mov    (%edx,%eax,8),%eax
c010162d:	89 ec                	mov    %ebp,%esp
c010162f:	5d                   	pop    %ebp
c0101630:	c3                   	ret
		panic("pa2page: physical address %08x is beyond RAM", pa);
c0101631:	8b 45 08             	mov    0x8(%ebp),%eax
c0101634:	c7 04 24 a4 7d 10 c0 	movl   $0xc0107da4,(%esp)
c010163b:	89 44 24 04          	mov    %eax,0x4(%esp)
c010163f:	e8 bc 23 00 00       	call   c0103a00 <panic>
c0101644:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010164b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c010164f:	90                   	nop

c0101650 <kalloc_free_pages>:
uint32_t kalloc_free_pages(void) { return nfree; }
c0101650:	a1 74 6f 20 c0       	mov    0xc0206f74,%eax
c0101655:	c3                   	ret
c0101656:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010165d:	8d 76 00             	lea    0x0(%esi),%esi

c0101660 <kalloc_total_pages>:
uint32_t kalloc_total_pages(void) { return ntotal; }
c0101660:	a1 70 6f 20 c0       	mov    0xc0206f70,%eax
c0101665:	c3                   	ret
c0101666:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010166d:	8d 76 00             	lea    0x0(%esi),%esi

c0101670 <kalloc_phys_top>:
physaddr_t kalloc_phys_top(void) { return npages * PGSIZE; }
c0101670:	a1 7c 6f 20 c0       	mov    0xc0206f7c,%eax
c0101675:	c1 e0 0c             	shl    $0xc,%eax
c0101678:	c3                   	ret
c0101679:	66 90                	xchg   %ax,%ax
c010167b:	66 90                	xchg   %ax,%ax
c010167d:	66 90                	xchg   %ax,%ax
c010167f:	90                   	nop

c0101680 <ksym_lookup>:
#define BACKTRACE_MAX 32

// Name the function containing eip; *offset gets eip's distance from its
// start.  Binary search over the sorted table.
const char *ksym_lookup(uint32_t eip, uint32_t *offset)
{
c0101680:	55                   	push   %ebp
	int lo = 0, hi = nksyms - 1, best = -1;
	while (lo <= hi) {
c0101681:	8b 15 a0 93 10 c0    	mov    0xc01093a0,%edx
{
c0101687:	89 e5                	mov    %esp,%ebp
c0101689:	56                   	push   %esi
c010168a:	53                   	push   %ebx
	while (lo <= hi) {
c010168b:	4a                   	dec    %edx
{
c010168c:	8b 5d 08             	mov    0x8(%ebp),%ebx
	while (lo <= hi) {
c010168f:	78 4f                	js     c01016e0 <ksym_lookup+0x60>
	int lo = 0, hi = nksyms - 1, best = -1;
c0101691:	be ff ff ff ff       	mov    $0xffffffff,%esi
c0101696:	31 c9                	xor    %ecx,%ecx
c0101698:	eb 0f                	jmp    c01016a9 <ksym_lookup+0x29>
c010169a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
		int mid = (lo + hi) / 2;
		if (ksyms[mid].addr <= eip) {
			best = mid;
			lo = mid + 1;
c01016a0:	8d 48 01             	lea    0x1(%eax),%ecx
		int mid = (lo + hi) / 2;
c01016a3:	89 c6                	mov    %eax,%esi
	while (lo <= hi) {
c01016a5:	39 d1                	cmp    %edx,%ecx
c01016a7:	7f 15                	jg     c01016be <ksym_lookup+0x3e>
		int mid = (lo + hi) / 2;
c01016a9:	8d 04 0a             	lea    (%edx,%ecx,1),%eax
c01016ac:	d1 f8                	sar    %eax
		if (ksyms[mid].addr <= eip) {
c01016ae:	3b 1c c5 c0 93 10 c0 	cmp    -0x3fef6c40(,%eax,8),%ebx
c01016b5:	73 e9                	jae    c01016a0 <ksym_lookup+0x20>
		} else {
			hi = mid - 1;
c01016b7:	8d 50 ff             	lea    -0x1(%eax),%edx
	while (lo <= hi) {
c01016ba:	39 d1                	cmp    %edx,%ecx
c01016bc:	7e eb                	jle    c01016a9 <ksym_lookup+0x29>
		}
	}
	if (best < 0) {
c01016be:	83 fe ff             	cmp    $0xffffffff,%esi
c01016c1:	74 1d                	je     c01016e0 <ksym_lookup+0x60>
		*offset = 0;
		return "??";
	}
	*offset = eip - ksyms[best].addr;
c01016c3:	8b 04 f5 c0 93 10 c0 	mov    -0x3fef6c40(,%esi,8),%eax
c01016ca:	8b 55 0c             	mov    0xc(%ebp),%edx
c01016cd:	29 c3                	sub    %eax,%ebx
	return ksyms[best].name;
c01016cf:	8b 04 f5 c4 93 10 c0 	mov    -0x3fef6c3c(,%esi,8),%eax
c01016d6:	89 1a                	mov    %ebx,(%edx)
}
c01016d8:	5b                   	pop    %ebx
c01016d9:	5e                   	pop    %esi
c01016da:	5d                   	pop    %ebp
c01016db:	c3                   	ret
c01016dc:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c01016e0:	8b 55 0c             	mov    0xc(%ebp),%edx
		*offset = 0;
c01016e3:	31 db                	xor    %ebx,%ebx
		return "??";
c01016e5:	b8 19 7e 10 c0       	mov    $0xc0107e19,%eax
c01016ea:	89 1a                	mov    %ebx,(%edx)
}
c01016ec:	5b                   	pop    %ebx
c01016ed:	5e                   	pop    %esi
c01016ee:	5d                   	pop    %ebp
c01016ef:	c3                   	ret

c01016f0 <backtrace_collect>:
}

// Collect up to max return addresses, innermost first, starting from the
// frame whose %ebp is given.  Returns how many were found.
int backtrace_collect(uint32_t ebp, uint32_t *eips, int max)
{
c01016f0:	55                   	push   %ebp
c01016f1:	89 e5                	mov    %esp,%ebp
c01016f3:	83 ec 08             	sub    $0x8,%esp
c01016f6:	89 5d f8             	mov    %ebx,-0x8(%ebp)
c01016f9:	8b 4d 10             	mov    0x10(%ebp),%ecx
c01016fc:	89 75 fc             	mov    %esi,-0x4(%ebp)
c01016ff:	8b 45 08             	mov    0x8(%ebp),%eax
	// STAGE 1: Walk the chain of frames: at each %ebp, the word at
	// STAGE 1: ebp+4 is the return address and the word at ebp is the
	// STAGE 1: caller's %ebp.  Stop at a frame that is not frame_ok().
	// BEGIN STAGE 1 SOLUTION
	int n = 0;
	while (n < max && frame_ok(ebp)) {
c0101702:	85 c9                	test   %ecx,%ecx
c0101704:	7e 42                	jle    c0101748 <backtrace_collect+0x58>
	return ebp >= KERNBASE && ebp < 0xFFFFFFF0u && (ebp & 3) == 0;
c0101706:	8d 98 00 00 00 40    	lea    0x40000000(%eax),%ebx
	int n = 0;
c010170c:	31 d2                	xor    %edx,%edx
	return ebp >= KERNBASE && ebp < 0xFFFFFFF0u && (ebp & 3) == 0;
c010170e:	81 fb ef ff ff 3f    	cmp    $0x3fffffef,%ebx
c0101714:	77 23                	ja     c0101739 <backtrace_collect+0x49>
c0101716:	a8 03                	test   $0x3,%al
c0101718:	75 1f                	jne    c0101739 <backtrace_collect+0x49>
		uint32_t *frame = (uint32_t *)ebp;
		eips[n++] = frame[1];
c010171a:	8b 58 04             	mov    0x4(%eax),%ebx
c010171d:	42                   	inc    %edx
c010171e:	8b 75 0c             	mov    0xc(%ebp),%esi
	while (n < max && frame_ok(ebp)) {
c0101721:	39 d1                	cmp    %edx,%ecx
		eips[n++] = frame[1];
c0101723:	89 5c 96 fc          	mov    %ebx,-0x4(%esi,%edx,4)
		ebp = frame[0];
c0101727:	8b 00                	mov    (%eax),%eax
	while (n < max && frame_ok(ebp)) {
c0101729:	74 0e                	je     c0101739 <backtrace_collect+0x49>
	return ebp >= KERNBASE && ebp < 0xFFFFFFF0u && (ebp & 3) == 0;
c010172b:	8d 98 00 00 00 40    	lea    0x40000000(%eax),%ebx
c0101731:	81 fb ef ff ff 3f    	cmp    $0x3fffffef,%ebx
c0101737:	76 dd                	jbe    c0101716 <backtrace_collect+0x26>
	}
	return n;
	// END STAGE 1 SOLUTION
	// STAGE 1 STUB: (void)ebp; (void)eips; (void)max; (void)frame_ok;
	// STAGE 1 STUB: return 0;
}
c0101739:	8b 5d f8             	mov    -0x8(%ebp),%ebx
c010173c:	89 d0                	mov    %edx,%eax
c010173e:	8b 75 fc             	mov    -0x4(%ebp),%esi
c0101741:	89 ec                	mov    %ebp,%esp
c0101743:	5d                   	pop    %ebp
c0101744:	c3                   	ret
c0101745:	8d 76 00             	lea    0x0(%esi),%esi
	int n = 0;
c0101748:	31 d2                	xor    %edx,%edx
c010174a:	eb ed                	jmp    c0101739 <backtrace_collect+0x49>
c010174c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi

c0101750 <backtrace_print>:

void backtrace_print(uint32_t ebp)
{
c0101750:	55                   	push   %ebp
c0101751:	89 e5                	mov    %esp,%ebp
c0101753:	57                   	push   %edi
c0101754:	56                   	push   %esi
c0101755:	53                   	push   %ebx
c0101756:	81 ec bc 00 00 00    	sub    $0xbc,%esp
c010175c:	8b 45 08             	mov    0x8(%ebp),%eax
	return ebp >= KERNBASE && ebp < 0xFFFFFFF0u && (ebp & 3) == 0;
c010175f:	8d 90 00 00 00 40    	lea    0x40000000(%eax),%edx
c0101765:	81 fa ef ff ff 3f    	cmp    $0x3fffffef,%edx
c010176b:	0f 87 97 00 00 00    	ja     c0101808 <backtrace_print+0xb8>
c0101771:	a8 03                	test   $0x3,%al
c0101773:	0f 85 8f 00 00 00    	jne    c0101808 <backtrace_print+0xb8>
	int n = 0;
c0101779:	31 f6                	xor    %esi,%esi
		eips[n++] = frame[1];
c010177b:	8b 50 04             	mov    0x4(%eax),%edx
c010177e:	46                   	inc    %esi
	while (n < max && frame_ok(ebp)) {
c010177f:	83 fe 20             	cmp    $0x20,%esi
		ebp = frame[0];
c0101782:	8b 00                	mov    (%eax),%eax
		eips[n++] = frame[1];
c0101784:	89 94 b5 64 ff ff ff 	mov    %edx,-0x9c(%ebp,%esi,4)
	while (n < max && frame_ok(ebp)) {
c010178b:	74 12                	je     c010179f <backtrace_print+0x4f>
	return ebp >= KERNBASE && ebp < 0xFFFFFFF0u && (ebp & 3) == 0;
c010178d:	8d 90 00 00 00 40    	lea    0x40000000(%eax),%edx
c0101793:	81 fa ef ff ff 3f    	cmp    $0x3fffffef,%edx
c0101799:	0f 86 81 00 00 00    	jbe    c0101820 <backtrace_print+0xd0>
	uint32_t eips[BACKTRACE_MAX];
	int n = backtrace_collect(ebp, eips, BACKTRACE_MAX);

	printf("backtrace:\n");
c010179f:	c7 04 24 1c 7e 10 c0 	movl   $0xc0107e1c,(%esp)
	for (int i = 0; i < n; i++) {
c01017a6:	31 db                	xor    %ebx,%ebx
	printf("backtrace:\n");
c01017a8:	e8 03 22 00 00       	call   c01039b0 <printf>
	for (int i = 0; i < n; i++) {
c01017ad:	8d 76 00             	lea    0x0(%esi),%esi
		uint32_t off;
		// The return address is just past the call; name the call.
		const char *name = ksym_lookup(eips[i] - 1, &off);
c01017b0:	8b bc 9d 68 ff ff ff 	mov    -0x98(%ebp,%ebx,4),%edi
c01017b7:	8d 85 64 ff ff ff    	lea    -0x9c(%ebp),%eax
c01017bd:	89 44 24 04          	mov    %eax,0x4(%esp)
c01017c1:	8d 47 ff             	lea    -0x1(%edi),%eax
c01017c4:	89 04 24             	mov    %eax,(%esp)
c01017c7:	e8 b4 fe ff ff       	call   c0101680 <ksym_lookup>
c01017cc:	89 c1                	mov    %eax,%ecx
		printf("  #%d %08x in %s+%u\n", i, eips[i], name, off + 1);
c01017ce:	8b 85 64 ff ff ff    	mov    -0x9c(%ebp),%eax
c01017d4:	89 5c 24 04          	mov    %ebx,0x4(%esp)
	for (int i = 0; i < n; i++) {
c01017d8:	43                   	inc    %ebx
		printf("  #%d %08x in %s+%u\n", i, eips[i], name, off + 1);
c01017d9:	89 4c 24 0c          	mov    %ecx,0xc(%esp)
c01017dd:	89 7c 24 08          	mov    %edi,0x8(%esp)
c01017e1:	c7 04 24 28 7e 10 c0 	movl   $0xc0107e28,(%esp)
c01017e8:	40                   	inc    %eax
c01017e9:	89 44 24 10          	mov    %eax,0x10(%esp)
c01017ed:	e8 be 21 00 00       	call   c01039b0 <printf>
	for (int i = 0; i < n; i++) {
c01017f2:	39 f3                	cmp    %esi,%ebx
c01017f4:	75 ba                	jne    c01017b0 <backtrace_print+0x60>
	}
}
c01017f6:	81 c4 bc 00 00 00    	add    $0xbc,%esp
c01017fc:	5b                   	pop    %ebx
c01017fd:	5e                   	pop    %esi
c01017fe:	5f                   	pop    %edi
c01017ff:	5d                   	pop    %ebp
c0101800:	c3                   	ret
c0101801:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
	printf("backtrace:\n");
c0101808:	c7 45 08 1c 7e 10 c0 	movl   $0xc0107e1c,0x8(%ebp)
}
c010180f:	81 c4 bc 00 00 00    	add    $0xbc,%esp
c0101815:	5b                   	pop    %ebx
c0101816:	5e                   	pop    %esi
c0101817:	5f                   	pop    %edi
c0101818:	5d                   	pop    %ebp
	printf("backtrace:\n");
c0101819:	e9 92 21 00 00       	jmp    c01039b0 <printf>
c010181e:	66 90                	xchg   %ax,%ax
	return ebp >= KERNBASE && ebp < 0xFFFFFFF0u && (ebp & 3) == 0;
c0101820:	a8 03                	test   $0x3,%al
c0101822:	0f 85 77 ff ff ff    	jne    c010179f <backtrace_print+0x4f>
c0101828:	e9 4e ff ff ff       	jmp    c010177b <backtrace_print+0x2b>
c010182d:	66 90                	xchg   %ax,%ax
c010182f:	90                   	nop

c0101830 <ktest_monitor>:
{
	panic("ktest: deliberate panic %d", 42);
}

static void ktest_monitor(void)
{
c0101830:	55                   	push   %ebp
c0101831:	89 e5                	mov    %esp,%ebp
c0101833:	83 ec 18             	sub    $0x18,%esp
	monitor(NULL);
c0101836:	c7 04 24 00 00 00 00 	movl   $0x0,(%esp)
c010183d:	e8 7e 1b 00 00       	call   c01033c0 <monitor>
}
c0101842:	89 ec                	mov    %ebp,%esp
c0101844:	5d                   	pop    %ebp
c0101845:	c3                   	ret
c0101846:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010184d:	8d 76 00             	lea    0x0(%esi),%esi

c0101850 <ktest_panic>:
{
c0101850:	55                   	push   %ebp
	panic("ktest: deliberate panic %d", 42);
c0101851:	b8 2a 00 00 00       	mov    $0x2a,%eax
{
c0101856:	89 e5                	mov    %esp,%ebp
c0101858:	83 ec 18             	sub    $0x18,%esp
	panic("ktest: deliberate panic %d", 42);
c010185b:	89 44 24 04          	mov    %eax,0x4(%esp)
c010185f:	c7 04 24 3d 7e 10 c0 	movl   $0xc0107e3d,(%esp)
c0101866:	e8 95 21 00 00       	call   c0103a00 <panic>
c010186b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c010186f:	90                   	nop

c0101870 <ktest_bt_inner>:
{
c0101870:	55                   	push   %ebp
c0101871:	89 e5                	mov    %esp,%ebp
c0101873:	83 ec 18             	sub    $0x18,%esp
	asm volatile("movl %%ebp, %0" : "=r"(ebp));
c0101876:	89 e8                	mov    %ebp,%eax
	backtrace_print(read_ebp());
c0101878:	89 04 24             	mov    %eax,(%esp)
c010187b:	e8 d0 fe ff ff       	call   c0101750 <backtrace_print>
}
c0101880:	89 ec                	mov    %ebp,%esp
c0101882:	5d                   	pop    %ebp
c0101883:	c3                   	ret
c0101884:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010188b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c010188f:	90                   	nop

c0101890 <ktest_bt_middle>:
{
c0101890:	55                   	push   %ebp
c0101891:	89 e5                	mov    %esp,%ebp
c0101893:	83 ec 08             	sub    $0x8,%esp
	ktest_bt_inner();
c0101896:	e8 d5 ff ff ff       	call   c0101870 <ktest_bt_inner>
}
c010189b:	89 ec                	mov    %ebp,%esp
c010189d:	5d                   	pop    %ebp
c010189e:	c3                   	ret
c010189f:	90                   	nop

c01018a0 <ktest_bt_outer>:
{
c01018a0:	55                   	push   %ebp
c01018a1:	89 e5                	mov    %esp,%ebp
c01018a3:	83 ec 08             	sub    $0x8,%esp
	ktest_bt_middle();
c01018a6:	e8 e5 ff ff ff       	call   c0101890 <ktest_bt_middle>
}
c01018ab:	89 ec                	mov    %ebp,%esp
c01018ad:	5d                   	pop    %ebp
c01018ae:	c3                   	ret
c01018af:	90                   	nop

c01018b0 <ktest_backtrace>:
{
c01018b0:	55                   	push   %ebp
c01018b1:	89 e5                	mov    %esp,%ebp
c01018b3:	83 ec 48             	sub    $0x48,%esp
c01018b6:	89 5d fc             	mov    %ebx,-0x4(%ebp)
	ktest_bt_outer();
c01018b9:	e8 e2 ff ff ff       	call   c01018a0 <ktest_bt_outer>
c01018be:	89 e8                	mov    %ebp,%eax
	int n = backtrace_collect(read_ebp(), eips, 8);
c01018c0:	89 04 24             	mov    %eax,(%esp)
c01018c3:	8d 55 d8             	lea    -0x28(%ebp),%edx
c01018c6:	bb 08 00 00 00       	mov    $0x8,%ebx
c01018cb:	89 5c 24 08          	mov    %ebx,0x8(%esp)
c01018cf:	89 54 24 04          	mov    %edx,0x4(%esp)
c01018d3:	e8 18 fe ff ff       	call   c01016f0 <backtrace_collect>
	if (!ok) {
c01018d8:	83 f8 01             	cmp    $0x1,%eax
c01018db:	7e 33                	jle    c0101910 <ktest_backtrace+0x60>
	check(n > 0 && strcmp(ksym_lookup(eips[0] - 1, &off), "ktest_run_stage") == 0,
c01018dd:	8d 45 d4             	lea    -0x2c(%ebp),%eax
c01018e0:	89 44 24 04          	mov    %eax,0x4(%esp)
c01018e4:	8b 45 d8             	mov    -0x28(%ebp),%eax
c01018e7:	48                   	dec    %eax
c01018e8:	89 04 24             	mov    %eax,(%esp)
c01018eb:	e8 90 fd ff ff       	call   c0101680 <ksym_lookup>
c01018f0:	b9 58 7e 10 c0       	mov    $0xc0107e58,%ecx
c01018f5:	89 4c 24 04          	mov    %ecx,0x4(%esp)
c01018f9:	89 04 24             	mov    %eax,(%esp)
c01018fc:	e8 5f 52 00 00       	call   c0106b60 <strcmp>
c0101901:	85 c0                	test   %eax,%eax
c0101903:	75 2b                	jne    c0101930 <ktest_backtrace+0x80>
}
c0101905:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c0101908:	89 ec                	mov    %ebp,%esp
c010190a:	5d                   	pop    %ebp
c010190b:	c3                   	ret
c010190c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
		printf("  check failed: %s\n", what);
c0101910:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0101917:	ba 30 82 10 c0       	mov    $0xc0108230,%edx
c010191c:	89 c3                	mov    %eax,%ebx
c010191e:	89 54 24 04          	mov    %edx,0x4(%esp)
c0101922:	e8 89 20 00 00       	call   c01039b0 <printf>
		failures++;
c0101927:	ff 05 84 6f 20 c0    	incl   0xc0206f84
	check(n > 0 && strcmp(ksym_lookup(eips[0] - 1, &off), "ktest_run_stage") == 0,
c010192d:	4b                   	dec    %ebx
c010192e:	74 ad                	je     c01018dd <ktest_backtrace+0x2d>
		printf("  check failed: %s\n", what);
c0101930:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0101937:	b8 5c 82 10 c0       	mov    $0xc010825c,%eax
c010193c:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101940:	e8 6b 20 00 00       	call   c01039b0 <printf>
		failures++;
c0101945:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c010194b:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c010194e:	89 ec                	mov    %ebp,%esp
c0101950:	5d                   	pop    %ebp
c0101951:	c3                   	ret
c0101952:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0101959:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi

c0101960 <ktest_oom>:
	check(pte && !(*pte & PTE_U), "kernel pages are not user-accessible");
	check(rcr0() & CR0_WP, "CR0.WP: the kernel honours read-only pages");
}

static void ktest_oom(void)
{
c0101960:	55                   	push   %ebp
c0101961:	89 e5                	mov    %esp,%ebp
c0101963:	56                   	push   %esi
c0101964:	53                   	push   %ebx
c0101965:	83 ec 10             	sub    $0x10,%esp
	uint32_t before = kalloc_free_pages();
c0101968:	e8 e3 fc ff ff       	call   c0101650 <kalloc_free_pages>
c010196d:	89 c6                	mov    %eax,%esi
	pde_t *pgdir = vm_create();
c010196f:	e8 ec 42 00 00       	call   c0105c60 <vm_create>
	int r = vm_alloc_range(pgdir, USERBASE, USERTOP, PTE_U | PTE_W);
c0101974:	ba 06 00 00 00       	mov    $0x6,%edx
c0101979:	b9 00 00 00 c0       	mov    $0xc0000000,%ecx
c010197e:	89 54 24 0c          	mov    %edx,0xc(%esp)
c0101982:	ba 00 10 00 00       	mov    $0x1000,%edx
c0101987:	89 4c 24 08          	mov    %ecx,0x8(%esp)
c010198b:	89 54 24 04          	mov    %edx,0x4(%esp)
c010198f:	89 04 24             	mov    %eax,(%esp)
	pde_t *pgdir = vm_create();
c0101992:	89 c3                	mov    %eax,%ebx
	int r = vm_alloc_range(pgdir, USERBASE, USERTOP, PTE_U | PTE_W);
c0101994:	e8 e7 44 00 00       	call   c0105e80 <vm_alloc_range>
	if (!ok) {
c0101999:	83 f8 f4             	cmp    $0xfffffff4,%eax
c010199c:	75 22                	jne    c01019c0 <ktest_oom+0x60>
	check(r == -ENOMEM, "allocating all of user space runs out of memory cleanly");
	check(kalloc_free_pages() < 16, "memory was used up");
c010199e:	e8 ad fc ff ff       	call   c0101650 <kalloc_free_pages>
	if (!ok) {
c01019a3:	83 f8 0f             	cmp    $0xf,%eax
c01019a6:	77 3d                	ja     c01019e5 <ktest_oom+0x85>
	vm_free(pgdir);
c01019a8:	89 1c 24             	mov    %ebx,(%esp)
c01019ab:	e8 f0 42 00 00       	call   c0105ca0 <vm_free>
	check(kalloc_free_pages() == before, "everything came back");
c01019b0:	e8 9b fc ff ff       	call   c0101650 <kalloc_free_pages>
	if (!ok) {
c01019b5:	39 f0                	cmp    %esi,%eax
c01019b7:	75 4f                	jne    c0101a08 <ktest_oom+0xa8>
}
c01019b9:	83 c4 10             	add    $0x10,%esp
c01019bc:	5b                   	pop    %ebx
c01019bd:	5e                   	pop    %esi
c01019be:	5d                   	pop    %ebp
c01019bf:	c3                   	ret
		printf("  check failed: %s\n", what);
c01019c0:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c01019c7:	b9 90 82 10 c0       	mov    $0xc0108290,%ecx
c01019cc:	89 4c 24 04          	mov    %ecx,0x4(%esp)
c01019d0:	e8 db 1f 00 00       	call   c01039b0 <printf>
		failures++;
c01019d5:	ff 05 84 6f 20 c0    	incl   0xc0206f84
	check(kalloc_free_pages() < 16, "memory was used up");
c01019db:	e8 70 fc ff ff       	call   c0101650 <kalloc_free_pages>
	if (!ok) {
c01019e0:	83 f8 0f             	cmp    $0xf,%eax
c01019e3:	76 c3                	jbe    c01019a8 <ktest_oom+0x48>
		printf("  check failed: %s\n", what);
c01019e5:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c01019ec:	ba 7c 7e 10 c0       	mov    $0xc0107e7c,%edx
c01019f1:	89 54 24 04          	mov    %edx,0x4(%esp)
c01019f5:	e8 b6 1f 00 00       	call   c01039b0 <printf>
		failures++;
c01019fa:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c0101a00:	eb a6                	jmp    c01019a8 <ktest_oom+0x48>
c0101a02:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
		printf("  check failed: %s\n", what);
c0101a08:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0101a0f:	b8 8f 7e 10 c0       	mov    $0xc0107e8f,%eax
c0101a14:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101a18:	e8 93 1f 00 00       	call   c01039b0 <printf>
		failures++;
c0101a1d:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c0101a23:	83 c4 10             	add    $0x10,%esp
c0101a26:	5b                   	pop    %ebx
c0101a27:	5e                   	pop    %esi
c0101a28:	5d                   	pop    %ebp
c0101a29:	c3                   	ret
c0101a2a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi

c0101a30 <ktest_kvm>:
{
c0101a30:	55                   	push   %ebp
c0101a31:	89 e5                	mov    %esp,%ebp
c0101a33:	56                   	push   %esi
c0101a34:	53                   	push   %ebx
c0101a35:	83 ec 10             	sub    $0x10,%esp
	pde_t *kpd = kern_pgdir;
c0101a38:	8b 1d 88 6f 20 c0    	mov    0xc0206f88,%ebx
static inline uint32_t rcr3(void) { uint32_t v; asm volatile("movl %%cr3, %0" : "=r"(v)); return v; }
c0101a3e:	0f 20 d8             	mov    %cr3,%eax
c0101a41:	8d 93 00 00 00 40    	lea    0x40000000(%ebx),%edx
	if (!ok) {
c0101a47:	39 c2                	cmp    %eax,%edx
c0101a49:	0f 85 01 01 00 00    	jne    c0101b50 <ktest_kvm+0x120>
	check(vm_lookup(kpd, KERNBASE, NULL) == 0 && pgdir_walk(kpd, KERNBASE, 0) != NULL,
c0101a4f:	89 1c 24             	mov    %ebx,(%esp)
c0101a52:	31 c0                	xor    %eax,%eax
c0101a54:	89 44 24 08          	mov    %eax,0x8(%esp)
c0101a58:	b8 00 00 00 c0       	mov    $0xc0000000,%eax
c0101a5d:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101a61:	e8 da 40 00 00       	call   c0105b40 <vm_lookup>
c0101a66:	85 c0                	test   %eax,%eax
c0101a68:	0f 85 c2 00 00 00    	jne    c0101b30 <ktest_kvm+0x100>
c0101a6e:	89 1c 24             	mov    %ebx,(%esp)
c0101a71:	31 c9                	xor    %ecx,%ecx
c0101a73:	be 00 00 00 c0       	mov    $0xc0000000,%esi
c0101a78:	89 4c 24 08          	mov    %ecx,0x8(%esp)
c0101a7c:	89 74 24 04          	mov    %esi,0x4(%esp)
c0101a80:	e8 2b 3f 00 00       	call   c01059b0 <pgdir_walk>
c0101a85:	85 c0                	test   %eax,%eax
c0101a87:	0f 84 a3 00 00 00    	je     c0101b30 <ktest_kvm+0x100>
	check(vm_lookup(kpd, KERNBASE + kalloc_phys_top() - 1, NULL) == kalloc_phys_top() - 1,
c0101a8d:	e8 de fb ff ff       	call   c0101670 <kalloc_phys_top>
c0101a92:	31 d2                	xor    %edx,%edx
c0101a94:	89 54 24 08          	mov    %edx,0x8(%esp)
c0101a98:	89 1c 24             	mov    %ebx,(%esp)
c0101a9b:	2d 01 00 00 40       	sub    $0x40000001,%eax
c0101aa0:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101aa4:	e8 97 40 00 00       	call   c0105b40 <vm_lookup>
c0101aa9:	89 c6                	mov    %eax,%esi
c0101aab:	e8 c0 fb ff ff       	call   c0101670 <kalloc_phys_top>
c0101ab0:	48                   	dec    %eax
	if (!ok) {
c0101ab1:	39 c6                	cmp    %eax,%esi
c0101ab3:	0f 85 07 01 00 00    	jne    c0101bc0 <ktest_kvm+0x190>
	check(pgdir_walk(kpd, 0x1000, 0) == NULL, "no user mappings in the kernel's directory");
c0101ab9:	89 1c 24             	mov    %ebx,(%esp)
c0101abc:	31 c0                	xor    %eax,%eax
c0101abe:	89 44 24 08          	mov    %eax,0x8(%esp)
c0101ac2:	b8 00 10 00 00       	mov    $0x1000,%eax
c0101ac7:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101acb:	e8 e0 3e 00 00       	call   c01059b0 <pgdir_walk>
	if (!ok) {
c0101ad0:	85 c0                	test   %eax,%eax
c0101ad2:	0f 85 c0 00 00 00    	jne    c0101b98 <ktest_kvm+0x168>
	pte_t *pte = pgdir_walk(kpd, KERNLINK, 0);
c0101ad8:	89 1c 24             	mov    %ebx,(%esp)
c0101adb:	31 c9                	xor    %ecx,%ecx
c0101add:	be 00 00 10 c0       	mov    $0xc0100000,%esi
c0101ae2:	89 4c 24 08          	mov    %ecx,0x8(%esp)
c0101ae6:	89 74 24 04          	mov    %esi,0x4(%esp)
c0101aea:	e8 c1 3e 00 00       	call   c01059b0 <pgdir_walk>
	check(pte && !(*pte & PTE_U), "kernel pages are not user-accessible");
c0101aef:	85 c0                	test   %eax,%eax
c0101af1:	74 1d                	je     c0101b10 <ktest_kvm+0xe0>
c0101af3:	f6 00 04             	testb  $0x4,(%eax)
c0101af6:	75 18                	jne    c0101b10 <ktest_kvm+0xe0>
static inline uint32_t rcr0(void) { uint32_t v; asm volatile("movl %%cr0, %0" : "=r"(v)); return v; }
c0101af8:	0f 20 c0             	mov    %cr0,%eax
	if (!ok) {
c0101afb:	a9 00 00 01 00       	test   $0x10000,%eax
c0101b00:	74 6e                	je     c0101b70 <ktest_kvm+0x140>
}
c0101b02:	83 c4 10             	add    $0x10,%esp
c0101b05:	5b                   	pop    %ebx
c0101b06:	5e                   	pop    %esi
c0101b07:	5d                   	pop    %ebp
c0101b08:	c3                   	ret
c0101b09:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
		printf("  check failed: %s\n", what);
c0101b10:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0101b17:	ba 38 83 10 c0       	mov    $0xc0108338,%edx
c0101b1c:	89 54 24 04          	mov    %edx,0x4(%esp)
c0101b20:	e8 8b 1e 00 00       	call   c01039b0 <printf>
		failures++;
c0101b25:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c0101b2b:	eb cb                	jmp    c0101af8 <ktest_kvm+0xc8>
c0101b2d:	8d 76 00             	lea    0x0(%esi),%esi
		printf("  check failed: %s\n", what);
c0101b30:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0101b37:	b8 a4 7e 10 c0       	mov    $0xc0107ea4,%eax
c0101b3c:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101b40:	e8 6b 1e 00 00       	call   c01039b0 <printf>
		failures++;
c0101b45:	ff 05 84 6f 20 c0    	incl   0xc0206f84
c0101b4b:	e9 3d ff ff ff       	jmp    c0101a8d <ktest_kvm+0x5d>
		printf("  check failed: %s\n", what);
c0101b50:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0101b57:	b8 c8 82 10 c0       	mov    $0xc01082c8,%eax
c0101b5c:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101b60:	e8 4b 1e 00 00       	call   c01039b0 <printf>
		failures++;
c0101b65:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c0101b6b:	e9 df fe ff ff       	jmp    c0101a4f <ktest_kvm+0x1f>
		printf("  check failed: %s\n", what);
c0101b70:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0101b77:	b8 60 83 10 c0       	mov    $0xc0108360,%eax
c0101b7c:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101b80:	e8 2b 1e 00 00       	call   c01039b0 <printf>
		failures++;
c0101b85:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c0101b8b:	83 c4 10             	add    $0x10,%esp
c0101b8e:	5b                   	pop    %ebx
c0101b8f:	5e                   	pop    %esi
c0101b90:	5d                   	pop    %ebp
c0101b91:	c3                   	ret
c0101b92:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
		printf("  check failed: %s\n", what);
c0101b98:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0101b9f:	b8 0c 83 10 c0       	mov    $0xc010830c,%eax
c0101ba4:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101ba8:	e8 03 1e 00 00       	call   c01039b0 <printf>
		failures++;
c0101bad:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c0101bb3:	e9 20 ff ff ff       	jmp    c0101ad8 <ktest_kvm+0xa8>
c0101bb8:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0101bbf:	90                   	nop
		printf("  check failed: %s\n", what);
c0101bc0:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0101bc7:	b8 ec 82 10 c0       	mov    $0xc01082ec,%eax
c0101bcc:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101bd0:	e8 db 1d 00 00       	call   c01039b0 <printf>
		failures++;
c0101bd5:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c0101bdb:	e9 d9 fe ff ff       	jmp    c0101ab9 <ktest_kvm+0x89>

c0101be0 <ktest_printf>:
{
c0101be0:	55                   	push   %ebp
c0101be1:	89 e5                	mov    %esp,%ebp
c0101be3:	57                   	push   %edi
c0101be4:	56                   	push   %esi
c0101be5:	53                   	push   %ebx
c0101be6:	bb 80 85 10 c0       	mov    $0xc0108580,%ebx
c0101beb:	8d 75 a8             	lea    -0x58(%ebp),%esi
c0101bee:	83 ec 7c             	sub    $0x7c,%esp
c0101bf1:	eb 10                	jmp    c0101c03 <ktest_printf+0x23>
c0101bf3:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0101bf7:	90                   	nop
	for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
c0101bf8:	83 c3 0c             	add    $0xc,%ebx
c0101bfb:	81 fb 34 86 10 c0    	cmp    $0xc0108634,%ebx
c0101c01:	74 60                	je     c0101c63 <ktest_printf+0x83>
		snprintf(buf, sizeof(buf), cases[i].fmt, cases[i].a);
c0101c03:	8b 43 08             	mov    0x8(%ebx),%eax
c0101c06:	8b 7b 04             	mov    0x4(%ebx),%edi
c0101c09:	89 34 24             	mov    %esi,(%esp)
c0101c0c:	89 44 24 0c          	mov    %eax,0xc(%esp)
c0101c10:	b8 40 00 00 00       	mov    $0x40,%eax
c0101c15:	89 7c 24 08          	mov    %edi,0x8(%esp)
c0101c19:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101c1d:	e8 4e 4d 00 00       	call   c0106970 <snprintf>
		if (strcmp(buf, cases[i].expect) != 0) {
c0101c22:	8b 13                	mov    (%ebx),%edx
c0101c24:	89 54 24 04          	mov    %edx,0x4(%esp)
c0101c28:	89 55 a4             	mov    %edx,-0x5c(%ebp)
c0101c2b:	89 34 24             	mov    %esi,(%esp)
c0101c2e:	e8 2d 4f 00 00       	call   c0106b60 <strcmp>
c0101c33:	8b 55 a4             	mov    -0x5c(%ebp),%edx
c0101c36:	85 c0                	test   %eax,%eax
c0101c38:	74 be                	je     c0101bf8 <ktest_printf+0x18>
			printf("  \"%s\" gave \"%s\", expected \"%s\"\n",
c0101c3a:	89 54 24 0c          	mov    %edx,0xc(%esp)
	for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
c0101c3e:	83 c3 0c             	add    $0xc,%ebx
			printf("  \"%s\" gave \"%s\", expected \"%s\"\n",
c0101c41:	89 74 24 08          	mov    %esi,0x8(%esp)
c0101c45:	89 7c 24 04          	mov    %edi,0x4(%esp)
c0101c49:	c7 04 24 8c 83 10 c0 	movl   $0xc010838c,(%esp)
c0101c50:	e8 5b 1d 00 00       	call   c01039b0 <printf>
			failures++;
c0101c55:	ff 05 84 6f 20 c0    	incl   0xc0206f84
	for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
c0101c5b:	81 fb 34 86 10 c0    	cmp    $0xc0108634,%ebx
c0101c61:	75 a0                	jne    c0101c03 <ktest_printf+0x23>
	snprintf(buf, sizeof(buf), "[%s|%-6s|%6s|%.3s]", "abc", "ab", "ab", "abcdef");
c0101c63:	b8 2b 90 10 c0       	mov    $0xc010902b,%eax
c0101c68:	ba 19 7f 10 c0       	mov    $0xc0107f19,%edx
c0101c6d:	89 44 24 18          	mov    %eax,0x18(%esp)
c0101c71:	b9 19 7f 10 c0       	mov    $0xc0107f19,%ecx
c0101c76:	b8 40 00 00 00       	mov    $0x40,%eax
c0101c7b:	89 54 24 14          	mov    %edx,0x14(%esp)
c0101c7f:	bb bd 7e 10 c0       	mov    $0xc0107ebd,%ebx
c0101c84:	bf c1 7e 10 c0       	mov    $0xc0107ec1,%edi
c0101c89:	89 4c 24 10          	mov    %ecx,0x10(%esp)
c0101c8d:	89 5c 24 0c          	mov    %ebx,0xc(%esp)
c0101c91:	89 7c 24 08          	mov    %edi,0x8(%esp)
c0101c95:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101c99:	89 34 24             	mov    %esi,(%esp)
c0101c9c:	e8 cf 4c 00 00       	call   c0106970 <snprintf>
	check(strcmp(buf, "[abc|ab    |    ab|abc]") == 0, "string widths");
c0101ca1:	b8 d4 7e 10 c0       	mov    $0xc0107ed4,%eax
c0101ca6:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101caa:	89 34 24             	mov    %esi,(%esp)
c0101cad:	e8 ae 4e 00 00       	call   c0106b60 <strcmp>
	if (!ok) {
c0101cb2:	85 c0                	test   %eax,%eax
c0101cb4:	0f 85 16 01 00 00    	jne    c0101dd0 <ktest_printf+0x1f0>
	snprintf(buf, sizeof(buf), "%llu %llx", 12345678901ULL, 0x123456789abULL);
c0101cba:	b8 fa 7e 10 c0       	mov    $0xc0107efa,%eax
c0101cbf:	ba ab 89 67 45       	mov    $0x456789ab,%edx
c0101cc4:	89 44 24 08          	mov    %eax,0x8(%esp)
c0101cc8:	b9 23 01 00 00       	mov    $0x123,%ecx
c0101ccd:	b8 40 00 00 00       	mov    $0x40,%eax
c0101cd2:	89 54 24 14          	mov    %edx,0x14(%esp)
c0101cd6:	bb 35 1c dc df       	mov    $0xdfdc1c35,%ebx
c0101cdb:	bf 02 00 00 00       	mov    $0x2,%edi
c0101ce0:	89 4c 24 18          	mov    %ecx,0x18(%esp)
c0101ce4:	89 5c 24 0c          	mov    %ebx,0xc(%esp)
c0101ce8:	89 7c 24 10          	mov    %edi,0x10(%esp)
c0101cec:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101cf0:	89 34 24             	mov    %esi,(%esp)
c0101cf3:	e8 78 4c 00 00       	call   c0106970 <snprintf>
	check(strcmp(buf, "12345678901 123456789ab") == 0, "64-bit numbers");
c0101cf8:	b8 04 7f 10 c0       	mov    $0xc0107f04,%eax
c0101cfd:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101d01:	89 34 24             	mov    %esi,(%esp)
c0101d04:	e8 57 4e 00 00       	call   c0106b60 <strcmp>
	if (!ok) {
c0101d09:	85 c0                	test   %eax,%eax
c0101d0b:	0f 85 9f 00 00 00    	jne    c0101db0 <ktest_printf+0x1d0>
	check(snprintf(buf, 4, "%d", 123456) == 6 && strcmp(buf, "123") == 0,
c0101d11:	89 34 24             	mov    %esi,(%esp)
c0101d14:	b8 40 e2 01 00       	mov    $0x1e240,%eax
c0101d19:	89 44 24 0c          	mov    %eax,0xc(%esp)
c0101d1d:	b8 55 7e 10 c0       	mov    $0xc0107e55,%eax
c0101d22:	89 44 24 08          	mov    %eax,0x8(%esp)
c0101d26:	b8 04 00 00 00       	mov    $0x4,%eax
c0101d2b:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101d2f:	e8 3c 4c 00 00       	call   c0106970 <snprintf>
c0101d34:	83 f8 06             	cmp    $0x6,%eax
c0101d37:	74 5f                	je     c0101d98 <ktest_printf+0x1b8>
		printf("  check failed: %s\n", what);
c0101d39:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0101d40:	b8 b0 83 10 c0       	mov    $0xc01083b0,%eax
c0101d45:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101d49:	e8 62 1c 00 00       	call   c01039b0 <printf>
		failures++;
c0101d4e:	ff 05 84 6f 20 c0    	incl   0xc0206f84
	printf("printf sample: [%5d] [%-5d] [%05d] [%x] [%s]\n", 42, 42, 42, 0xbeef, "ok");
c0101d54:	b8 40 a7 10 c0       	mov    $0xc010a740,%eax
c0101d59:	ba ef be 00 00       	mov    $0xbeef,%edx
c0101d5e:	b9 2a 00 00 00       	mov    $0x2a,%ecx
c0101d63:	bb 2a 00 00 00       	mov    $0x2a,%ebx
c0101d68:	89 5c 24 08          	mov    %ebx,0x8(%esp)
c0101d6c:	be 2a 00 00 00       	mov    $0x2a,%esi
c0101d71:	89 74 24 04          	mov    %esi,0x4(%esp)
c0101d75:	89 44 24 14          	mov    %eax,0x14(%esp)
c0101d79:	89 54 24 10          	mov    %edx,0x10(%esp)
c0101d7d:	89 4c 24 0c          	mov    %ecx,0xc(%esp)
c0101d81:	c7 04 24 d4 83 10 c0 	movl   $0xc01083d4,(%esp)
c0101d88:	e8 23 1c 00 00       	call   c01039b0 <printf>
}
c0101d8d:	83 c4 7c             	add    $0x7c,%esp
c0101d90:	5b                   	pop    %ebx
c0101d91:	5e                   	pop    %esi
c0101d92:	5f                   	pop    %edi
c0101d93:	5d                   	pop    %ebp
c0101d94:	c3                   	ret
c0101d95:	8d 76 00             	lea    0x0(%esi),%esi
	check(snprintf(buf, 4, "%d", 123456) == 6 && strcmp(buf, "123") == 0,
c0101d98:	89 34 24             	mov    %esi,(%esp)
c0101d9b:	bf 0e ad 10 c0       	mov    $0xc010ad0e,%edi
c0101da0:	89 7c 24 04          	mov    %edi,0x4(%esp)
c0101da4:	e8 b7 4d 00 00       	call   c0106b60 <strcmp>
c0101da9:	85 c0                	test   %eax,%eax
c0101dab:	75 8c                	jne    c0101d39 <ktest_printf+0x159>
c0101dad:	eb a5                	jmp    c0101d54 <ktest_printf+0x174>
c0101daf:	90                   	nop
		printf("  check failed: %s\n", what);
c0101db0:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0101db7:	b8 1c 7f 10 c0       	mov    $0xc0107f1c,%eax
c0101dbc:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101dc0:	e8 eb 1b 00 00       	call   c01039b0 <printf>
		failures++;
c0101dc5:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c0101dcb:	e9 41 ff ff ff       	jmp    c0101d11 <ktest_printf+0x131>
		printf("  check failed: %s\n", what);
c0101dd0:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0101dd7:	b8 ec 7e 10 c0       	mov    $0xc0107eec,%eax
c0101ddc:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101de0:	e8 cb 1b 00 00       	call   c01039b0 <printf>
		failures++;
c0101de5:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c0101deb:	e9 ca fe ff ff       	jmp    c0101cba <ktest_printf+0xda>

c0101df0 <ktest_kalloc>:
{
c0101df0:	55                   	push   %ebp
c0101df1:	89 e5                	mov    %esp,%ebp
c0101df3:	57                   	push   %edi
c0101df4:	56                   	push   %esi
c0101df5:	53                   	push   %ebx
c0101df6:	83 ec 2c             	sub    $0x2c,%esp
	uint32_t before = kalloc_free_pages();
c0101df9:	e8 52 f8 ff ff       	call   c0101650 <kalloc_free_pages>
c0101dfe:	89 45 e0             	mov    %eax,-0x20(%ebp)
	if (!ok) {
c0101e01:	3d e8 03 00 00       	cmp    $0x3e8,%eax
c0101e06:	0f 86 84 02 00 00    	jbe    c0102090 <ktest_kalloc+0x2a0>
	check(before <= kalloc_total_pages(), "free <= total");
c0101e0c:	e8 4f f8 ff ff       	call   c0101660 <kalloc_total_pages>
	if (!ok) {
c0101e11:	8b 4d e0             	mov    -0x20(%ebp),%ecx
c0101e14:	39 c8                	cmp    %ecx,%eax
c0101e16:	0f 82 54 02 00 00    	jb     c0102070 <ktest_kalloc+0x280>
{
c0101e1c:	31 db                	xor    %ebx,%ebx
c0101e1e:	31 f6                	xor    %esi,%esi
c0101e20:	eb 1f                	jmp    c0101e41 <ktest_kalloc+0x51>
c0101e22:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
		if (w[1] != 0 || w[PGSIZE / 4 - 1] != 0) {
c0101e28:	8b 47 04             	mov    0x4(%edi),%eax
c0101e2b:	85 c0                	test   %eax,%eax
c0101e2d:	75 51                	jne    c0101e80 <ktest_kalloc+0x90>
c0101e2f:	8b 97 fc 0f 00 00    	mov    0xffc(%edi),%edx
c0101e35:	85 d2                	test   %edx,%edx
c0101e37:	75 47                	jne    c0101e80 <ktest_kalloc+0x90>
		w[0] = (uint32_t)list;     // chain the pages together
c0101e39:	89 37                	mov    %esi,(%edi)
		n++;
c0101e3b:	89 fe                	mov    %edi,%esi
		w[1] = n;
c0101e3d:	89 5f 04             	mov    %ebx,0x4(%edi)
		n++;
c0101e40:	43                   	inc    %ebx
	while ((pg = kalloc()) != NULL) {
c0101e41:	e8 2a f6 ff ff       	call   c0101470 <kalloc>
c0101e46:	85 c0                	test   %eax,%eax
c0101e48:	89 c7                	mov    %eax,%edi
c0101e4a:	74 4f                	je     c0101e9b <ktest_kalloc+0xab>
	if (!ok) {
c0101e4c:	f7 c7 ff 0f 00 00    	test   $0xfff,%edi
c0101e52:	74 d4                	je     c0101e28 <ktest_kalloc+0x38>
		printf("  check failed: %s\n", what);
c0101e54:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0101e5b:	b8 53 7f 10 c0       	mov    $0xc0107f53,%eax
c0101e60:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101e64:	e8 47 1b 00 00       	call   c01039b0 <printf>
		if (w[1] != 0 || w[PGSIZE / 4 - 1] != 0) {
c0101e69:	8b 47 04             	mov    0x4(%edi),%eax
		failures++;
c0101e6c:	ff 05 84 6f 20 c0    	incl   0xc0206f84
		if (w[1] != 0 || w[PGSIZE / 4 - 1] != 0) {
c0101e72:	85 c0                	test   %eax,%eax
c0101e74:	74 b9                	je     c0101e2f <ktest_kalloc+0x3f>
c0101e76:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0101e7d:	8d 76 00             	lea    0x0(%esi),%esi
		printf("  check failed: %s\n", what);
c0101e80:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0101e87:	b9 63 7f 10 c0       	mov    $0xc0107f63,%ecx
c0101e8c:	89 4c 24 04          	mov    %ecx,0x4(%esp)
c0101e90:	e8 1b 1b 00 00       	call   c01039b0 <printf>
		failures++;
c0101e95:	ff 05 84 6f 20 c0    	incl   0xc0206f84
	if (!ok) {
c0101e9b:	8b 45 e0             	mov    -0x20(%ebp),%eax
c0101e9e:	39 c3                	cmp    %eax,%ebx
c0101ea0:	0f 85 aa 01 00 00    	jne    c0102050 <ktest_kalloc+0x260>
	check(kalloc_free_pages() == 0, "no free pages left");
c0101ea6:	e8 a5 f7 ff ff       	call   c0101650 <kalloc_free_pages>
	if (!ok) {
c0101eab:	85 c0                	test   %eax,%eax
c0101ead:	0f 85 7d 01 00 00    	jne    c0102030 <ktest_kalloc+0x240>
	check(kalloc() == NULL, "kalloc returns NULL when memory is exhausted");
c0101eb3:	e8 b8 f5 ff ff       	call   c0101470 <kalloc>
	if (!ok) {
c0101eb8:	85 c0                	test   %eax,%eax
c0101eba:	0f 85 50 01 00 00    	jne    c0102010 <ktest_kalloc+0x220>
	while (list) {
c0101ec0:	85 f6                	test   %esi,%esi
c0101ec2:	75 18                	jne    c0101edc <ktest_kalloc+0xec>
c0101ec4:	eb 67                	jmp    c0101f2d <ktest_kalloc+0x13d>
c0101ec6:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0101ecd:	8d 76 00             	lea    0x0(%esi),%esi
		kfree(list);
c0101ed0:	89 14 24             	mov    %edx,(%esp)
c0101ed3:	e8 b8 f6 ff ff       	call   c0101590 <kfree>
	while (list) {
c0101ed8:	85 ff                	test   %edi,%edi
c0101eda:	74 51                	je     c0101f2d <ktest_kalloc+0x13d>
		uint32_t *next = (uint32_t *)list[0];
c0101edc:	89 f2                	mov    %esi,%edx
c0101ede:	8b 3e                	mov    (%esi),%edi
		if (list[1] != --expect) {
c0101ee0:	4b                   	dec    %ebx
c0101ee1:	39 5a 04             	cmp    %ebx,0x4(%edx)
		uint32_t *next = (uint32_t *)list[0];
c0101ee4:	89 fe                	mov    %edi,%esi
		if (list[1] != --expect) {
c0101ee6:	0f 85 d4 00 00 00    	jne    c0101fc0 <ktest_kalloc+0x1d0>
c0101eec:	89 55 e4             	mov    %edx,-0x1c(%ebp)
c0101eef:	8d 82 00 00 00 40    	lea    0x40000000(%edx),%eax
		check(page_refcount(pa) == 1, "refcount of a fresh page is 1");
c0101ef5:	89 04 24             	mov    %eax,(%esp)
c0101ef8:	e8 13 f7 ff ff       	call   c0101610 <page_refcount>
	if (!ok) {
c0101efd:	8b 55 e4             	mov    -0x1c(%ebp),%edx
c0101f00:	48                   	dec    %eax
c0101f01:	74 cd                	je     c0101ed0 <ktest_kalloc+0xe0>
		printf("  check failed: %s\n", what);
c0101f03:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0101f0a:	b8 8b 7f 10 c0       	mov    $0xc0107f8b,%eax
c0101f0f:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101f13:	e8 98 1a 00 00       	call   c01039b0 <printf>
		failures++;
c0101f18:	8b 55 e4             	mov    -0x1c(%ebp),%edx
c0101f1b:	ff 05 84 6f 20 c0    	incl   0xc0206f84
		kfree(list);
c0101f21:	89 14 24             	mov    %edx,(%esp)
c0101f24:	e8 67 f6 ff ff       	call   c0101590 <kfree>
	while (list) {
c0101f29:	85 ff                	test   %edi,%edi
c0101f2b:	75 af                	jne    c0101edc <ktest_kalloc+0xec>
	check(kalloc_free_pages() == before, "freeing restores the count");
c0101f2d:	e8 1e f7 ff ff       	call   c0101650 <kalloc_free_pages>
	if (!ok) {
c0101f32:	8b 4d e0             	mov    -0x20(%ebp),%ecx
c0101f35:	39 c8                	cmp    %ecx,%eax
c0101f37:	0f 85 ae 00 00 00    	jne    c0101feb <ktest_kalloc+0x1fb>
	void *p = kalloc();
c0101f3d:	e8 2e f5 ff ff       	call   c0101470 <kalloc>
c0101f42:	8d b0 00 00 00 40    	lea    0x40000000(%eax),%esi
c0101f48:	89 c3                	mov    %eax,%ebx
	page_incref(pa);
c0101f4a:	89 34 24             	mov    %esi,(%esp)
c0101f4d:	e8 8e f5 ff ff       	call   c01014e0 <page_incref>
	check(page_refcount(pa) == 2, "incref counts");
c0101f52:	89 34 24             	mov    %esi,(%esp)
c0101f55:	e8 b6 f6 ff ff       	call   c0101610 <page_refcount>
	if (!ok) {
c0101f5a:	83 f8 02             	cmp    $0x2,%eax
c0101f5d:	0f 85 8d 01 00 00    	jne    c01020f0 <ktest_kalloc+0x300>
	kfree(p);
c0101f63:	89 1c 24             	mov    %ebx,(%esp)
c0101f66:	e8 25 f6 ff ff       	call   c0101590 <kfree>
	check(kalloc_free_pages() == before - 1, "a page with references stays taken");
c0101f6b:	e8 e0 f6 ff ff       	call   c0101650 <kalloc_free_pages>
c0101f70:	89 c2                	mov    %eax,%edx
c0101f72:	8b 45 e0             	mov    -0x20(%ebp),%eax
c0101f75:	48                   	dec    %eax
	if (!ok) {
c0101f76:	39 c2                	cmp    %eax,%edx
c0101f78:	0f 85 52 01 00 00    	jne    c01020d0 <ktest_kalloc+0x2e0>
	kfree(p);
c0101f7e:	89 1c 24             	mov    %ebx,(%esp)
c0101f81:	e8 0a f6 ff ff       	call   c0101590 <kfree>
	check(kalloc_free_pages() == before, "last reference frees the page");
c0101f86:	e8 c5 f6 ff ff       	call   c0101650 <kalloc_free_pages>
	if (!ok) {
c0101f8b:	8b 4d e0             	mov    -0x20(%ebp),%ecx
c0101f8e:	39 c8                	cmp    %ecx,%eax
c0101f90:	0f 85 1a 01 00 00    	jne    c01020b0 <ktest_kalloc+0x2c0>
	printf("kalloc: %u pages (%u KB) free\n", before, before * 4);
c0101f96:	8b 4d e0             	mov    -0x20(%ebp),%ecx
c0101f99:	c7 04 24 ac 84 10 c0 	movl   $0xc01084ac,(%esp)
c0101fa0:	89 4c 24 04          	mov    %ecx,0x4(%esp)
c0101fa4:	8d 04 8d 00 00 00 00 	lea    0x0(,%ecx,4),%eax
c0101fab:	89 44 24 08          	mov    %eax,0x8(%esp)
c0101faf:	e8 fc 19 00 00       	call   c01039b0 <printf>
}
c0101fb4:	83 c4 2c             	add    $0x2c,%esp
c0101fb7:	5b                   	pop    %ebx
c0101fb8:	5e                   	pop    %esi
c0101fb9:	5f                   	pop    %edi
c0101fba:	5d                   	pop    %ebp
c0101fbb:	c3                   	ret
c0101fbc:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
		printf("  check failed: %s\n", what);
c0101fc0:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0101fc7:	b8 58 84 10 c0       	mov    $0xc0108458,%eax
c0101fcc:	89 44 24 04          	mov    %eax,0x4(%esp)
c0101fd0:	e8 db 19 00 00       	call   c01039b0 <printf>
		failures++;
c0101fd5:	ff 05 84 6f 20 c0    	incl   0xc0206f84
	check(kalloc_free_pages() == before, "freeing restores the count");
c0101fdb:	e8 70 f6 ff ff       	call   c0101650 <kalloc_free_pages>
	if (!ok) {
c0101fe0:	8b 4d e0             	mov    -0x20(%ebp),%ecx
c0101fe3:	39 c8                	cmp    %ecx,%eax
c0101fe5:	0f 84 52 ff ff ff    	je     c0101f3d <ktest_kalloc+0x14d>
		printf("  check failed: %s\n", what);
c0101feb:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0101ff2:	bb a9 7f 10 c0       	mov    $0xc0107fa9,%ebx
c0101ff7:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0101ffb:	e8 b0 19 00 00       	call   c01039b0 <printf>
		failures++;
c0102000:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c0102006:	e9 32 ff ff ff       	jmp    c0101f3d <ktest_kalloc+0x14d>
c010200b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c010200f:	90                   	nop
		printf("  check failed: %s\n", what);
c0102010:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0102017:	b8 28 84 10 c0       	mov    $0xc0108428,%eax
c010201c:	89 44 24 04          	mov    %eax,0x4(%esp)
c0102020:	e8 8b 19 00 00       	call   c01039b0 <printf>
		failures++;
c0102025:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c010202b:	e9 90 fe ff ff       	jmp    c0101ec0 <ktest_kalloc+0xd0>
		printf("  check failed: %s\n", what);
c0102030:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0102037:	b8 78 7f 10 c0       	mov    $0xc0107f78,%eax
c010203c:	89 44 24 04          	mov    %eax,0x4(%esp)
c0102040:	e8 6b 19 00 00       	call   c01039b0 <printf>
		failures++;
c0102045:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c010204b:	e9 63 fe ff ff       	jmp    c0101eb3 <ktest_kalloc+0xc3>
		printf("  check failed: %s\n", what);
c0102050:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0102057:	b8 04 84 10 c0       	mov    $0xc0108404,%eax
c010205c:	89 44 24 04          	mov    %eax,0x4(%esp)
c0102060:	e8 4b 19 00 00       	call   c01039b0 <printf>
		failures++;
c0102065:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c010206b:	e9 36 fe ff ff       	jmp    c0101ea6 <ktest_kalloc+0xb6>
		printf("  check failed: %s\n", what);
c0102070:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0102077:	b8 45 7f 10 c0       	mov    $0xc0107f45,%eax
c010207c:	89 44 24 04          	mov    %eax,0x4(%esp)
c0102080:	e8 2b 19 00 00       	call   c01039b0 <printf>
		failures++;
c0102085:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c010208b:	e9 8c fd ff ff       	jmp    c0101e1c <ktest_kalloc+0x2c>
		printf("  check failed: %s\n", what);
c0102090:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0102097:	b8 2b 7f 10 c0       	mov    $0xc0107f2b,%eax
c010209c:	89 44 24 04          	mov    %eax,0x4(%esp)
c01020a0:	e8 0b 19 00 00       	call   c01039b0 <printf>
		failures++;
c01020a5:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c01020ab:	e9 5c fd ff ff       	jmp    c0101e0c <ktest_kalloc+0x1c>
		printf("  check failed: %s\n", what);
c01020b0:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c01020b7:	b8 d2 7f 10 c0       	mov    $0xc0107fd2,%eax
c01020bc:	89 44 24 04          	mov    %eax,0x4(%esp)
c01020c0:	e8 eb 18 00 00       	call   c01039b0 <printf>
		failures++;
c01020c5:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c01020cb:	e9 c6 fe ff ff       	jmp    c0101f96 <ktest_kalloc+0x1a6>
		printf("  check failed: %s\n", what);
c01020d0:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c01020d7:	ba 88 84 10 c0       	mov    $0xc0108488,%edx
c01020dc:	89 54 24 04          	mov    %edx,0x4(%esp)
c01020e0:	e8 cb 18 00 00       	call   c01039b0 <printf>
		failures++;
c01020e5:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c01020eb:	e9 8e fe ff ff       	jmp    c0101f7e <ktest_kalloc+0x18e>
		printf("  check failed: %s\n", what);
c01020f0:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c01020f7:	b9 c4 7f 10 c0       	mov    $0xc0107fc4,%ecx
c01020fc:	89 4c 24 04          	mov    %ecx,0x4(%esp)
c0102100:	e8 ab 18 00 00       	call   c01039b0 <printf>
		failures++;
c0102105:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c010210b:	e9 53 fe ff ff       	jmp    c0101f63 <ktest_kalloc+0x173>

c0102110 <ktest_pgdir>:
{
c0102110:	55                   	push   %ebp
c0102111:	89 e5                	mov    %esp,%ebp
c0102113:	57                   	push   %edi
c0102114:	56                   	push   %esi
c0102115:	53                   	push   %ebx
c0102116:	83 ec 2c             	sub    $0x2c,%esp
	uint32_t before = kalloc_free_pages();
c0102119:	e8 32 f5 ff ff       	call   c0101650 <kalloc_free_pages>
c010211e:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	pde_t *pgdir = vm_create();
c0102121:	e8 3a 3b 00 00       	call   c0105c60 <vm_create>
	if (!ok) {
c0102126:	85 c0                	test   %eax,%eax
	pde_t *pgdir = vm_create();
c0102128:	89 c3                	mov    %eax,%ebx
	if (!ok) {
c010212a:	0f 84 78 02 00 00    	je     c01023a8 <ktest_pgdir+0x298>
	void *page = kalloc();
c0102130:	e8 3b f3 ff ff       	call   c0101470 <kalloc>
	check(pgdir_walk(pgdir, va, 0) == NULL, "walk without create finds nothing");
c0102135:	89 1c 24             	mov    %ebx,(%esp)
c0102138:	8d b0 00 00 00 40    	lea    0x40000000(%eax),%esi
	void *page = kalloc();
c010213e:	89 c7                	mov    %eax,%edi
	check(pgdir_walk(pgdir, va, 0) == NULL, "walk without create finds nothing");
c0102140:	31 c0                	xor    %eax,%eax
c0102142:	89 44 24 08          	mov    %eax,0x8(%esp)
c0102146:	b8 00 00 40 00       	mov    $0x400000,%eax
c010214b:	89 44 24 04          	mov    %eax,0x4(%esp)
c010214f:	e8 5c 38 00 00       	call   c01059b0 <pgdir_walk>
	if (!ok) {
c0102154:	85 c0                	test   %eax,%eax
c0102156:	0f 85 a4 04 00 00    	jne    c0102600 <ktest_pgdir+0x4f0>
	check(vm_lookup(pgdir, va, NULL) == 0, "lookup of an unmapped address is 0");
c010215c:	89 1c 24             	mov    %ebx,(%esp)
c010215f:	31 c0                	xor    %eax,%eax
c0102161:	89 44 24 08          	mov    %eax,0x8(%esp)
c0102165:	b8 00 00 40 00       	mov    $0x400000,%eax
c010216a:	89 44 24 04          	mov    %eax,0x4(%esp)
c010216e:	e8 cd 39 00 00       	call   c0105b40 <vm_lookup>
	if (!ok) {
c0102173:	85 c0                	test   %eax,%eax
c0102175:	0f 85 65 04 00 00    	jne    c01025e0 <ktest_pgdir+0x4d0>
	check(vm_map(pgdir, va, pa, PTE_U | PTE_W) == 0, "vm_map succeeds");
c010217b:	89 74 24 08          	mov    %esi,0x8(%esp)
c010217f:	b8 06 00 00 00       	mov    $0x6,%eax
c0102184:	ba 00 00 40 00       	mov    $0x400000,%edx
c0102189:	89 44 24 0c          	mov    %eax,0xc(%esp)
c010218d:	89 54 24 04          	mov    %edx,0x4(%esp)
c0102191:	89 1c 24             	mov    %ebx,(%esp)
c0102194:	e8 17 39 00 00       	call   c0105ab0 <vm_map>
	if (!ok) {
c0102199:	85 c0                	test   %eax,%eax
c010219b:	0f 85 1f 04 00 00    	jne    c01025c0 <ktest_pgdir+0x4b0>
	check(page_refcount(pa) == 2, "a mapping holds a reference");
c01021a1:	89 34 24             	mov    %esi,(%esp)
c01021a4:	e8 67 f4 ff ff       	call   c0101610 <page_refcount>
	if (!ok) {
c01021a9:	83 f8 02             	cmp    $0x2,%eax
c01021ac:	0f 85 ee 03 00 00    	jne    c01025a0 <ktest_pgdir+0x490>
	check(vm_lookup(pgdir, va + 0x123, NULL) == pa + 0x123, "lookup gives pa + offset");
c01021b2:	89 1c 24             	mov    %ebx,(%esp)
c01021b5:	31 c0                	xor    %eax,%eax
c01021b7:	89 44 24 08          	mov    %eax,0x8(%esp)
c01021bb:	b8 23 01 40 00       	mov    $0x400123,%eax
c01021c0:	89 44 24 04          	mov    %eax,0x4(%esp)
c01021c4:	e8 77 39 00 00       	call   c0105b40 <vm_lookup>
c01021c9:	8d 97 23 01 00 40    	lea    0x40000123(%edi),%edx
	if (!ok) {
c01021cf:	39 c2                	cmp    %eax,%edx
c01021d1:	0f 85 a9 03 00 00    	jne    c0102580 <ktest_pgdir+0x470>
	pte_t *pte = pgdir_walk(pgdir, va, 0);
c01021d7:	89 1c 24             	mov    %ebx,(%esp)
c01021da:	31 c0                	xor    %eax,%eax
c01021dc:	ba 00 00 40 00       	mov    $0x400000,%edx
c01021e1:	89 44 24 08          	mov    %eax,0x8(%esp)
c01021e5:	89 54 24 04          	mov    %edx,0x4(%esp)
c01021e9:	e8 c2 37 00 00       	call   c01059b0 <pgdir_walk>
	check(pte != NULL && (*pte & (PTE_P | PTE_U | PTE_W)) == (PTE_P | PTE_U | PTE_W),
c01021ee:	85 c0                	test   %eax,%eax
c01021f0:	74 0a                	je     c01021fc <ktest_pgdir+0xec>
c01021f2:	8b 00                	mov    (%eax),%eax
c01021f4:	83 e0 07             	and    $0x7,%eax
c01021f7:	83 f8 07             	cmp    $0x7,%eax
c01021fa:	74 1b                	je     c0102217 <ktest_pgdir+0x107>
		printf("  check failed: %s\n", what);
c01021fc:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0102203:	b8 3f 80 10 c0       	mov    $0xc010803f,%eax
c0102208:	89 44 24 04          	mov    %eax,0x4(%esp)
c010220c:	e8 9f 17 00 00       	call   c01039b0 <printf>
		failures++;
c0102211:	ff 05 84 6f 20 c0    	incl   0xc0206f84
	check(vm_lookup(pgdir, va + PGSIZE, NULL) == 0, "the next page is not mapped");
c0102217:	31 c0                	xor    %eax,%eax
c0102219:	89 44 24 08          	mov    %eax,0x8(%esp)
c010221d:	b8 00 10 40 00       	mov    $0x401000,%eax
c0102222:	89 44 24 04          	mov    %eax,0x4(%esp)
c0102226:	89 1c 24             	mov    %ebx,(%esp)
c0102229:	e8 12 39 00 00       	call   c0105b40 <vm_lookup>
	if (!ok) {
c010222e:	85 c0                	test   %eax,%eax
c0102230:	0f 85 2a 03 00 00    	jne    c0102560 <ktest_pgdir+0x450>
	check(vm_map(pgdir, va, pa, PTE_U) == 0, "remap the same page");
c0102236:	89 74 24 08          	mov    %esi,0x8(%esp)
c010223a:	ba 04 00 00 00       	mov    $0x4,%edx
c010223f:	b9 00 00 40 00       	mov    $0x400000,%ecx
c0102244:	89 54 24 0c          	mov    %edx,0xc(%esp)
c0102248:	89 4c 24 04          	mov    %ecx,0x4(%esp)
c010224c:	89 1c 24             	mov    %ebx,(%esp)
c010224f:	e8 5c 38 00 00       	call   c0105ab0 <vm_map>
	if (!ok) {
c0102254:	85 c0                	test   %eax,%eax
c0102256:	0f 85 e4 02 00 00    	jne    c0102540 <ktest_pgdir+0x430>
	check(page_refcount(pa) == 2, "remapping keeps one reference");
c010225c:	89 34 24             	mov    %esi,(%esp)
c010225f:	e8 ac f3 ff ff       	call   c0101610 <page_refcount>
	if (!ok) {
c0102264:	83 f8 02             	cmp    $0x2,%eax
c0102267:	0f 85 b3 02 00 00    	jne    c0102520 <ktest_pgdir+0x410>
	check(!(*pgdir_walk(pgdir, va, 0) & PTE_W), "remap changed the permissions");
c010226d:	89 1c 24             	mov    %ebx,(%esp)
c0102270:	31 c0                	xor    %eax,%eax
c0102272:	89 44 24 08          	mov    %eax,0x8(%esp)
c0102276:	b8 00 00 40 00       	mov    $0x400000,%eax
c010227b:	89 44 24 04          	mov    %eax,0x4(%esp)
c010227f:	e8 2c 37 00 00       	call   c01059b0 <pgdir_walk>
	if (!ok) {
c0102284:	f6 00 02             	testb  $0x2,(%eax)
c0102287:	0f 85 73 02 00 00    	jne    c0102500 <ktest_pgdir+0x3f0>
	check(vm_map(pgdir, va + PGSIZE, pa, PTE_U) == 0, "map at a second address");
c010228d:	89 74 24 08          	mov    %esi,0x8(%esp)
c0102291:	ba 04 00 00 00       	mov    $0x4,%edx
c0102296:	b9 00 10 40 00       	mov    $0x401000,%ecx
c010229b:	89 54 24 0c          	mov    %edx,0xc(%esp)
c010229f:	89 4c 24 04          	mov    %ecx,0x4(%esp)
c01022a3:	89 1c 24             	mov    %ebx,(%esp)
c01022a6:	e8 05 38 00 00       	call   c0105ab0 <vm_map>
	if (!ok) {
c01022ab:	85 c0                	test   %eax,%eax
c01022ad:	0f 85 2d 02 00 00    	jne    c01024e0 <ktest_pgdir+0x3d0>
	check(page_refcount(pa) == 3, "two mappings, two references");
c01022b3:	89 34 24             	mov    %esi,(%esp)
c01022b6:	e8 55 f3 ff ff       	call   c0101610 <page_refcount>
	if (!ok) {
c01022bb:	83 f8 03             	cmp    $0x3,%eax
c01022be:	0f 85 fc 01 00 00    	jne    c01024c0 <ktest_pgdir+0x3b0>
	vm_unmap(pgdir, va);
c01022c4:	89 1c 24             	mov    %ebx,(%esp)
c01022c7:	b8 00 00 40 00       	mov    $0x400000,%eax
c01022cc:	89 44 24 04          	mov    %eax,0x4(%esp)
c01022d0:	e8 5b 37 00 00       	call   c0105a30 <vm_unmap>
	check(vm_lookup(pgdir, va, NULL) == 0, "unmap removes the mapping");
c01022d5:	31 c0                	xor    %eax,%eax
c01022d7:	89 44 24 08          	mov    %eax,0x8(%esp)
c01022db:	b8 00 00 40 00       	mov    $0x400000,%eax
c01022e0:	89 44 24 04          	mov    %eax,0x4(%esp)
c01022e4:	89 1c 24             	mov    %ebx,(%esp)
c01022e7:	e8 54 38 00 00       	call   c0105b40 <vm_lookup>
	if (!ok) {
c01022ec:	85 c0                	test   %eax,%eax
c01022ee:	0f 85 ac 01 00 00    	jne    c01024a0 <ktest_pgdir+0x390>
	check(page_refcount(pa) == 2, "unmap drops the reference");
c01022f4:	89 34 24             	mov    %esi,(%esp)
c01022f7:	e8 14 f3 ff ff       	call   c0101610 <page_refcount>
	if (!ok) {
c01022fc:	83 f8 02             	cmp    $0x2,%eax
c01022ff:	0f 85 7b 01 00 00    	jne    c0102480 <ktest_pgdir+0x370>
	vm_unmap(pgdir, va);
c0102305:	89 1c 24             	mov    %ebx,(%esp)
c0102308:	b8 00 00 40 00       	mov    $0x400000,%eax
c010230d:	89 44 24 04          	mov    %eax,0x4(%esp)
c0102311:	e8 1a 37 00 00       	call   c0105a30 <vm_unmap>
	check(page_refcount(pa) == 2, "unmapping twice does nothing");
c0102316:	89 34 24             	mov    %esi,(%esp)
c0102319:	e8 f2 f2 ff ff       	call   c0101610 <page_refcount>
	if (!ok) {
c010231e:	83 f8 02             	cmp    $0x2,%eax
c0102321:	0f 85 39 01 00 00    	jne    c0102460 <ktest_pgdir+0x350>
	check(vm_map(pgdir, va, pa, PTE_W) == 0, "map writable");
c0102327:	89 74 24 08          	mov    %esi,0x8(%esp)
c010232b:	b8 02 00 00 00       	mov    $0x2,%eax
c0102330:	89 44 24 0c          	mov    %eax,0xc(%esp)
c0102334:	b8 00 00 40 00       	mov    $0x400000,%eax
c0102339:	89 44 24 04          	mov    %eax,0x4(%esp)
c010233d:	89 1c 24             	mov    %ebx,(%esp)
c0102340:	e8 6b 37 00 00       	call   c0105ab0 <vm_map>
	if (!ok) {
c0102345:	85 c0                	test   %eax,%eax
c0102347:	0f 85 f3 00 00 00    	jne    c0102440 <ktest_pgdir+0x330>
c010234d:	8d 83 00 00 00 40    	lea    0x40000000(%ebx),%eax
static inline void lcr3(uint32_t v) { asm volatile("movl %0, %%cr3" : : "r"(v) : "memory"); }
c0102353:	0f 22 d8             	mov    %eax,%cr3
	*(volatile uint32_t *)(va + 8) = 0xC0FFEE;
c0102356:	be ee ff c0 00       	mov    $0xc0ffee,%esi
c010235b:	89 35 08 00 40 00    	mov    %esi,0x400008
	uint32_t other = *(volatile uint32_t *)(va + PGSIZE + 8);
c0102361:	8b 35 08 10 40 00    	mov    0x401008,%esi
	kvm_switch();
c0102367:	e8 14 04 00 00       	call   c0102780 <kvm_switch>
	if (!ok) {
c010236c:	81 7f 08 ee ff c0 00 	cmpl   $0xc0ffee,0x8(%edi)
c0102373:	0f 85 a7 00 00 00    	jne    c0102420 <ktest_pgdir+0x310>
c0102379:	81 fe ee ff c0 00    	cmp    $0xc0ffee,%esi
c010237f:	75 77                	jne    c01023f8 <ktest_pgdir+0x2e8>
	vm_free(pgdir);
c0102381:	89 1c 24             	mov    %ebx,(%esp)
c0102384:	e8 17 39 00 00       	call   c0105ca0 <vm_free>
	kfree(page);
c0102389:	89 3c 24             	mov    %edi,(%esp)
c010238c:	e8 ff f1 ff ff       	call   c0101590 <kfree>
	check(kalloc_free_pages() == before, "vm_free returns every page");
c0102391:	e8 ba f2 ff ff       	call   c0101650 <kalloc_free_pages>
	if (!ok) {
c0102396:	8b 4d e4             	mov    -0x1c(%ebp),%ecx
c0102399:	39 c8                	cmp    %ecx,%eax
c010239b:	75 33                	jne    c01023d0 <ktest_pgdir+0x2c0>
}
c010239d:	83 c4 2c             	add    $0x2c,%esp
c01023a0:	5b                   	pop    %ebx
c01023a1:	5e                   	pop    %esi
c01023a2:	5f                   	pop    %edi
c01023a3:	5d                   	pop    %ebp
c01023a4:	c3                   	ret
c01023a5:	8d 76 00             	lea    0x0(%esi),%esi
		printf("  check failed: %s\n", what);
c01023a8:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c01023af:	ba f0 7f 10 c0       	mov    $0xc0107ff0,%edx
c01023b4:	89 54 24 04          	mov    %edx,0x4(%esp)
c01023b8:	e8 f3 15 00 00       	call   c01039b0 <printf>
		failures++;
c01023bd:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c01023c3:	e9 68 fd ff ff       	jmp    c0102130 <ktest_pgdir+0x20>
c01023c8:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01023cf:	90                   	nop
		printf("  check failed: %s\n", what);
c01023d0:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c01023d7:	b8 51 81 10 c0       	mov    $0xc0108151,%eax
c01023dc:	89 44 24 04          	mov    %eax,0x4(%esp)
c01023e0:	e8 cb 15 00 00       	call   c01039b0 <printf>
		failures++;
c01023e5:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c01023eb:	83 c4 2c             	add    $0x2c,%esp
c01023ee:	5b                   	pop    %ebx
c01023ef:	5e                   	pop    %esi
c01023f0:	5f                   	pop    %edi
c01023f1:	5d                   	pop    %ebp
c01023f2:	c3                   	ret
c01023f3:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c01023f7:	90                   	nop
		printf("  check failed: %s\n", what);
c01023f8:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c01023ff:	ba 44 85 10 c0       	mov    $0xc0108544,%edx
c0102404:	89 54 24 04          	mov    %edx,0x4(%esp)
c0102408:	e8 a3 15 00 00       	call   c01039b0 <printf>
		failures++;
c010240d:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c0102413:	e9 69 ff ff ff       	jmp    c0102381 <ktest_pgdir+0x271>
c0102418:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010241f:	90                   	nop
		printf("  check failed: %s\n", what);
c0102420:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0102427:	b9 14 85 10 c0       	mov    $0xc0108514,%ecx
c010242c:	89 4c 24 04          	mov    %ecx,0x4(%esp)
c0102430:	e8 7b 15 00 00       	call   c01039b0 <printf>
		failures++;
c0102435:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c010243b:	e9 39 ff ff ff       	jmp    c0102379 <ktest_pgdir+0x269>
		printf("  check failed: %s\n", what);
c0102440:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0102447:	b8 44 81 10 c0       	mov    $0xc0108144,%eax
c010244c:	89 44 24 04          	mov    %eax,0x4(%esp)
c0102450:	e8 5b 15 00 00       	call   c01039b0 <printf>
		failures++;
c0102455:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c010245b:	e9 ed fe ff ff       	jmp    c010234d <ktest_pgdir+0x23d>
		printf("  check failed: %s\n", what);
c0102460:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0102467:	b8 27 81 10 c0       	mov    $0xc0108127,%eax
c010246c:	89 44 24 04          	mov    %eax,0x4(%esp)
c0102470:	e8 3b 15 00 00       	call   c01039b0 <printf>
		failures++;
c0102475:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c010247b:	e9 a7 fe ff ff       	jmp    c0102327 <ktest_pgdir+0x217>
		printf("  check failed: %s\n", what);
c0102480:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0102487:	ba 0d 81 10 c0       	mov    $0xc010810d,%edx
c010248c:	89 54 24 04          	mov    %edx,0x4(%esp)
c0102490:	e8 1b 15 00 00       	call   c01039b0 <printf>
		failures++;
c0102495:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c010249b:	e9 65 fe ff ff       	jmp    c0102305 <ktest_pgdir+0x1f5>
		printf("  check failed: %s\n", what);
c01024a0:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c01024a7:	b9 f3 80 10 c0       	mov    $0xc01080f3,%ecx
c01024ac:	89 4c 24 04          	mov    %ecx,0x4(%esp)
c01024b0:	e8 fb 14 00 00       	call   c01039b0 <printf>
		failures++;
c01024b5:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c01024bb:	e9 34 fe ff ff       	jmp    c01022f4 <ktest_pgdir+0x1e4>
		printf("  check failed: %s\n", what);
c01024c0:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c01024c7:	b8 d6 80 10 c0       	mov    $0xc01080d6,%eax
c01024cc:	89 44 24 04          	mov    %eax,0x4(%esp)
c01024d0:	e8 db 14 00 00       	call   c01039b0 <printf>
		failures++;
c01024d5:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c01024db:	e9 e4 fd ff ff       	jmp    c01022c4 <ktest_pgdir+0x1b4>
		printf("  check failed: %s\n", what);
c01024e0:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c01024e7:	b8 be 80 10 c0       	mov    $0xc01080be,%eax
c01024ec:	89 44 24 04          	mov    %eax,0x4(%esp)
c01024f0:	e8 bb 14 00 00       	call   c01039b0 <printf>
		failures++;
c01024f5:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c01024fb:	e9 b3 fd ff ff       	jmp    c01022b3 <ktest_pgdir+0x1a3>
		printf("  check failed: %s\n", what);
c0102500:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0102507:	b8 a0 80 10 c0       	mov    $0xc01080a0,%eax
c010250c:	89 44 24 04          	mov    %eax,0x4(%esp)
c0102510:	e8 9b 14 00 00       	call   c01039b0 <printf>
		failures++;
c0102515:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c010251b:	e9 6d fd ff ff       	jmp    c010228d <ktest_pgdir+0x17d>
		printf("  check failed: %s\n", what);
c0102520:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0102527:	b8 82 80 10 c0       	mov    $0xc0108082,%eax
c010252c:	89 44 24 04          	mov    %eax,0x4(%esp)
c0102530:	e8 7b 14 00 00       	call   c01039b0 <printf>
		failures++;
c0102535:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c010253b:	e9 2d fd ff ff       	jmp    c010226d <ktest_pgdir+0x15d>
		printf("  check failed: %s\n", what);
c0102540:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0102547:	b8 6e 80 10 c0       	mov    $0xc010806e,%eax
c010254c:	89 44 24 04          	mov    %eax,0x4(%esp)
c0102550:	e8 5b 14 00 00       	call   c01039b0 <printf>
		failures++;
c0102555:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c010255b:	e9 fc fc ff ff       	jmp    c010225c <ktest_pgdir+0x14c>
		printf("  check failed: %s\n", what);
c0102560:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0102567:	b8 52 80 10 c0       	mov    $0xc0108052,%eax
c010256c:	89 44 24 04          	mov    %eax,0x4(%esp)
c0102570:	e8 3b 14 00 00       	call   c01039b0 <printf>
		failures++;
c0102575:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c010257b:	e9 b6 fc ff ff       	jmp    c0102236 <ktest_pgdir+0x126>
		printf("  check failed: %s\n", what);
c0102580:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0102587:	b9 26 80 10 c0       	mov    $0xc0108026,%ecx
c010258c:	89 4c 24 04          	mov    %ecx,0x4(%esp)
c0102590:	e8 1b 14 00 00       	call   c01039b0 <printf>
		failures++;
c0102595:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c010259b:	e9 37 fc ff ff       	jmp    c01021d7 <ktest_pgdir+0xc7>
		printf("  check failed: %s\n", what);
c01025a0:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c01025a7:	b8 0a 80 10 c0       	mov    $0xc010800a,%eax
c01025ac:	89 44 24 04          	mov    %eax,0x4(%esp)
c01025b0:	e8 fb 13 00 00       	call   c01039b0 <printf>
		failures++;
c01025b5:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c01025bb:	e9 f2 fb ff ff       	jmp    c01021b2 <ktest_pgdir+0xa2>
		printf("  check failed: %s\n", what);
c01025c0:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c01025c7:	b8 fa 7f 10 c0       	mov    $0xc0107ffa,%eax
c01025cc:	89 44 24 04          	mov    %eax,0x4(%esp)
c01025d0:	e8 db 13 00 00       	call   c01039b0 <printf>
		failures++;
c01025d5:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c01025db:	e9 c1 fb ff ff       	jmp    c01021a1 <ktest_pgdir+0x91>
		printf("  check failed: %s\n", what);
c01025e0:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c01025e7:	b9 f0 84 10 c0       	mov    $0xc01084f0,%ecx
c01025ec:	89 4c 24 04          	mov    %ecx,0x4(%esp)
c01025f0:	e8 bb 13 00 00       	call   c01039b0 <printf>
		failures++;
c01025f5:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c01025fb:	e9 7b fb ff ff       	jmp    c010217b <ktest_pgdir+0x6b>
		printf("  check failed: %s\n", what);
c0102600:	c7 04 24 68 7e 10 c0 	movl   $0xc0107e68,(%esp)
c0102607:	b8 cc 84 10 c0       	mov    $0xc01084cc,%eax
c010260c:	89 44 24 04          	mov    %eax,0x4(%esp)
c0102610:	e8 9b 13 00 00       	call   c01039b0 <printf>
		failures++;
c0102615:	ff 05 84 6f 20 c0    	incl   0xc0206f84
}
c010261b:	e9 3c fb ff ff       	jmp    c010215c <ktest_pgdir+0x4c>

c0102620 <ktest_run_stage>:
};
#define NKTESTS ((int)(sizeof(ktests) / sizeof(ktests[0])))

// If the command line names a test of this stage, run it and end the run.
void ktest_run_stage(int stage)
{
c0102620:	55                   	push   %ebp
c0102621:	89 e5                	mov    %esp,%ebp
c0102623:	83 ec 28             	sub    $0x28,%esp
c0102626:	89 5d f4             	mov    %ebx,-0xc(%ebp)
c0102629:	89 75 f8             	mov    %esi,-0x8(%ebp)
c010262c:	89 7d fc             	mov    %edi,-0x4(%ebp)
	const char *name = cmdline_get("ktest");
c010262f:	c7 04 24 6c 81 10 c0 	movl   $0xc010816c,(%esp)
c0102636:	e8 25 db ff ff       	call   c0100160 <cmdline_get>
	if (name == NULL)
c010263b:	85 c0                	test   %eax,%eax
c010263d:	74 2b                	je     c010266a <ktest_run_stage+0x4a>
c010263f:	89 c6                	mov    %eax,%esi
		return;
	for (int i = 0; i < NKTESTS; i++) {
c0102641:	31 ff                	xor    %edi,%edi
		if (strcmp(ktests[i].name, name) != 0)
c0102643:	89 74 24 04          	mov    %esi,0x4(%esp)
c0102647:	8d 1c 7f             	lea    (%edi,%edi,2),%ebx
c010264a:	c1 e3 02             	shl    $0x2,%ebx
c010264d:	8b 83 40 86 10 c0    	mov    -0x3fef79c0(%ebx),%eax
c0102653:	89 04 24             	mov    %eax,(%esp)
c0102656:	e8 05 45 00 00       	call   c0106b60 <strcmp>
c010265b:	85 c0                	test   %eax,%eax
c010265d:	75 21                	jne    c0102680 <ktest_run_stage+0x60>
			continue;
		if (ktests[i].stage != stage)
c010265f:	8b 45 08             	mov    0x8(%ebp),%eax
c0102662:	39 83 44 86 10 c0    	cmp    %eax,-0x3fef79bc(%ebx)
c0102668:	74 3e                	je     c01026a8 <ktest_run_stage+0x88>
	}
	if (stage == 4) {
		printf("ktest %s: no such test\n", name);
		qemu_exit(QEMU_EXIT_FAILED);
	}
}
c010266a:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c010266d:	8b 75 f8             	mov    -0x8(%ebp),%esi
c0102670:	8b 7d fc             	mov    -0x4(%ebp),%edi
c0102673:	89 ec                	mov    %ebp,%esp
c0102675:	5d                   	pop    %ebp
c0102676:	c3                   	ret
c0102677:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010267e:	66 90                	xchg   %ax,%ax
	for (int i = 0; i < NKTESTS; i++) {
c0102680:	47                   	inc    %edi
c0102681:	83 ff 08             	cmp    $0x8,%edi
c0102684:	75 bd                	jne    c0102643 <ktest_run_stage+0x23>
	if (stage == 4) {
c0102686:	83 7d 08 04          	cmpl   $0x4,0x8(%ebp)
c010268a:	75 de                	jne    c010266a <ktest_run_stage+0x4a>
		printf("ktest %s: no such test\n", name);
c010268c:	89 74 24 04          	mov    %esi,0x4(%esp)
c0102690:	c7 04 24 af 81 10 c0 	movl   $0xc01081af,(%esp)
c0102697:	e8 14 13 00 00       	call   c01039b0 <printf>
		qemu_exit(QEMU_EXIT_FAILED);
c010269c:	c7 04 24 01 00 00 00 	movl   $0x1,(%esp)
c01026a3:	e8 38 13 00 00       	call   c01039e0 <qemu_exit>
		printf("ktest %s: start\n", name);
c01026a8:	89 74 24 04          	mov    %esi,0x4(%esp)
c01026ac:	c7 04 24 72 81 10 c0 	movl   $0xc0108172,(%esp)
c01026b3:	e8 f8 12 00 00       	call   c01039b0 <printf>
		failures = 0;
c01026b8:	31 c0                	xor    %eax,%eax
c01026ba:	a3 84 6f 20 c0       	mov    %eax,0xc0206f84
		ktests[i].run();
c01026bf:	ff 93 48 86 10 c0    	call   *-0x3fef79b8(%ebx)
		if (failures == 0)
c01026c5:	a1 84 6f 20 c0       	mov    0xc0206f84,%eax
c01026ca:	85 c0                	test   %eax,%eax
c01026cc:	75 24                	jne    c01026f2 <ktest_run_stage+0xd2>
			printf("ktest %s: ok\n", name);
c01026ce:	89 74 24 04          	mov    %esi,0x4(%esp)
c01026d2:	c7 04 24 83 81 10 c0 	movl   $0xc0108183,(%esp)
c01026d9:	e8 d2 12 00 00       	call   c01039b0 <printf>
		qemu_exit(failures == 0 ? QEMU_EXIT_OK : QEMU_EXIT_FAILED);
c01026de:	31 c0                	xor    %eax,%eax
c01026e0:	83 3d 84 6f 20 c0 00 	cmpl   $0x0,0xc0206f84
c01026e7:	0f 95 c0             	setne  %al
c01026ea:	89 04 24             	mov    %eax,(%esp)
c01026ed:	e8 ee 12 00 00       	call   c01039e0 <qemu_exit>
			printf("ktest %s: FAILED (%d checks)\n", name, failures);
c01026f2:	89 44 24 08          	mov    %eax,0x8(%esp)
c01026f6:	89 74 24 04          	mov    %esi,0x4(%esp)
c01026fa:	c7 04 24 91 81 10 c0 	movl   $0xc0108191,(%esp)
c0102701:	e8 aa 12 00 00       	call   c01039b0 <printf>
c0102706:	eb d6                	jmp    c01026de <ktest_run_stage+0xbe>
c0102708:	66 90                	xchg   %ax,%ax
c010270a:	66 90                	xchg   %ax,%ax
c010270c:	66 90                	xchg   %ax,%ax
c010270e:	66 90                	xchg   %ax,%ax

c0102710 <kvm_init>:
// Build the kernel's page directory and switch to it.  The boot directory
// (entry.S) mapped 16 MB; this one maps all of RAM, with 4 KB pages.  The
// identity mapping of low memory is gone from here on, so a stray NULL
// dereference in the kernel now faults.
void kvm_init(void)
{
c0102710:	55                   	push   %ebp
c0102711:	89 e5                	mov    %esp,%ebp
c0102713:	83 ec 28             	sub    $0x28,%esp
	kern_pgdir = kalloc();
c0102716:	e8 55 ed ff ff       	call   c0101470 <kalloc>
c010271b:	a3 88 6f 20 c0       	mov    %eax,0xc0206f88
	if (kern_pgdir == NULL)
c0102720:	85 c0                	test   %eax,%eax
c0102722:	74 43                	je     c0102767 <kvm_init+0x57>
		panic("kvm_init: out of memory");
	physaddr_t top = kalloc_phys_top();
c0102724:	e8 47 ef ff ff       	call   c0101670 <kalloc_phys_top>
	if (vm_map_region(kern_pgdir, KERNBASE, top, 0, PTE_W) < 0)
c0102729:	31 c9                	xor    %ecx,%ecx
c010272b:	ba 02 00 00 00       	mov    $0x2,%edx
c0102730:	89 54 24 10          	mov    %edx,0x10(%esp)
c0102734:	89 4c 24 0c          	mov    %ecx,0xc(%esp)
c0102738:	89 44 24 08          	mov    %eax,0x8(%esp)
c010273c:	b8 00 00 00 c0       	mov    $0xc0000000,%eax
c0102741:	89 44 24 04          	mov    %eax,0x4(%esp)
c0102745:	a1 88 6f 20 c0       	mov    0xc0206f88,%eax
c010274a:	89 04 24             	mov    %eax,(%esp)
c010274d:	e8 5e 34 00 00       	call   c0105bb0 <vm_map_region>
c0102752:	85 c0                	test   %eax,%eax
c0102754:	78 1d                	js     c0102773 <kvm_init+0x63>
c0102756:	a1 88 6f 20 c0       	mov    0xc0206f88,%eax
c010275b:	05 00 00 00 40       	add    $0x40000000,%eax
c0102760:	0f 22 d8             	mov    %eax,%cr3
		panic("kvm_init: out of memory for page tables");
	kvm_switch();
}
c0102763:	89 ec                	mov    %ebp,%esp
c0102765:	5d                   	pop    %ebp
c0102766:	c3                   	ret
		panic("kvm_init: out of memory");
c0102767:	c7 04 24 a0 86 10 c0 	movl   $0xc01086a0,(%esp)
c010276e:	e8 8d 12 00 00       	call   c0103a00 <panic>
		panic("kvm_init: out of memory for page tables");
c0102773:	c7 04 24 b8 86 10 c0 	movl   $0xc01086b8,(%esp)
c010277a:	e8 81 12 00 00       	call   c0103a00 <panic>
c010277f:	90                   	nop

c0102780 <kvm_switch>:
c0102780:	a1 88 6f 20 c0       	mov    0xc0206f88,%eax
c0102785:	05 00 00 00 40       	add    $0x40000000,%eax
c010278a:	0f 22 d8             	mov    %eax,%cr3

void kvm_switch(void)
{
	lcr3(V2P(kern_pgdir));
}
c010278d:	c3                   	ret
c010278e:	66 90                	xchg   %ax,%ax

c0102790 <uvm_switch>:

// Run on p's address space, and take traps from user mode on p's kernel
// stack.
void uvm_switch(struct proc *p)
{
c0102790:	55                   	push   %ebp
c0102791:	89 e5                	mov    %esp,%ebp
c0102793:	83 ec 18             	sub    $0x18,%esp
c0102796:	89 5d fc             	mov    %ebx,-0x4(%ebp)
c0102799:	8b 5d 08             	mov    0x8(%ebp),%ebx
	tss_set_kstack((uint32_t)p->kstack + KSTACKSIZE);
c010279c:	8b 43 28             	mov    0x28(%ebx),%eax
c010279f:	05 00 10 00 00       	add    $0x1000,%eax
c01027a4:	89 04 24             	mov    %eax,(%esp)
c01027a7:	e8 b4 e8 ff ff       	call   c0101060 <tss_set_kstack>
c01027ac:	8b 43 1c             	mov    0x1c(%ebx),%eax
c01027af:	05 00 00 00 40       	add    $0x40000000,%eax
c01027b4:	0f 22 d8             	mov    %eax,%cr3
	lcr3(V2P(p->pgdir));
}
c01027b7:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c01027ba:	89 ec                	mov    %ebp,%esp
c01027bc:	5d                   	pop    %ebp
c01027bd:	c3                   	ret
c01027be:	66 90                	xchg   %ax,%ax

c01027c0 <tlb_invalidate>:

// After changing an entry of pgdir, the TLB may hold the old translation.
// It only matters when pgdir is the one in use.
void tlb_invalidate(pde_t *pgdir, uint32_t va)
{
c01027c0:	55                   	push   %ebp
c01027c1:	89 e5                	mov    %esp,%ebp
static inline uint32_t rcr3(void) { uint32_t v; asm volatile("movl %%cr3, %0" : "=r"(v)); return v; }
c01027c3:	0f 20 da             	mov    %cr3,%edx
c01027c6:	8b 45 08             	mov    0x8(%ebp),%eax
c01027c9:	05 00 00 00 40       	add    $0x40000000,%eax
	if (rcr3() == V2P(pgdir))
c01027ce:	39 d0                	cmp    %edx,%eax
c01027d0:	74 06                	je     c01027d8 <tlb_invalidate+0x18>
		invlpg(va);
}
c01027d2:	5d                   	pop    %ebp
c01027d3:	c3                   	ret
c01027d4:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
	asm volatile("invlpg (%0)" : : "r"(va) : "memory");
c01027d8:	8b 45 0c             	mov    0xc(%ebp),%eax
c01027db:	0f 01 38             	invlpg (%eax)
c01027de:	5d                   	pop    %ebp
c01027df:	c3                   	ret

c01027e0 <kmain>:
		qemu_exit(QEMU_EXIT_FAILED);
	}
}

void kmain(void)
{
c01027e0:	55                   	push   %ebp
c01027e1:	89 e5                	mov    %esp,%ebp
c01027e3:	57                   	push   %edi
c01027e4:	56                   	push   %esi
c01027e5:	53                   	push   %ebx
c01027e6:	83 ec 4c             	sub    $0x4c,%esp
static inline void *P2V(physaddr_t pa) { return (void *)(pa + KERNBASE); }
c01027e9:	8b 35 04 c0 1f c0    	mov    0xc01fc004,%esi
c01027ef:	8d 86 00 00 00 c0    	lea    -0x40000000(%esi),%eax
c01027f5:	89 45 c0             	mov    %eax,-0x40(%ebp)
	console_init();
c01027f8:	e8 33 da ff ff       	call   c0100230 <console_init>
	printf("\nguest-os: booting\n");
c01027fd:	c7 04 24 e0 86 10 c0 	movl   $0xc01086e0,(%esp)
c0102804:	e8 a7 11 00 00       	call   c01039b0 <printf>
	if (multiboot_magic != MULTIBOOT_BOOTLOADER_MAGIC)
c0102809:	a1 00 c0 1f c0       	mov    0xc01fc000,%eax
c010280e:	3d 02 b0 ad 2b       	cmp    $0x2badb002,%eax
c0102813:	0f 85 a3 01 00 00    	jne    c01029bc <kmain+0x1dc>
	const char *cmd = (mbi->flags & MB_INFO_CMDLINE) ? P2V(mbi->cmdline) : "";
c0102819:	f6 86 00 00 00 c0 04 	testb  $0x4,-0x40000000(%esi)
c0102820:	bb 4e 88 10 c0       	mov    $0xc010884e,%ebx
c0102825:	0f 85 78 01 00 00    	jne    c01029a3 <kmain+0x1c3>
	cmdline_init(cmd);
c010282b:	89 1c 24             	mov    %ebx,(%esp)
c010282e:	e8 5d d8 ff ff       	call   c0100090 <cmdline_init>
	printf("cmdline: %s\n", cmd);
c0102833:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0102837:	c7 04 24 f4 86 10 c0 	movl   $0xc01086f4,(%esp)
c010283e:	e8 6d 11 00 00       	call   c01039b0 <printf>
	// Boot data lies in low memory, which entry.S mapped at KERNBASE.
	const struct multiboot_info *mbi = P2V(multiboot_info_pa);

	stage1_console(mbi);
	ktest_run_stage(1);
c0102843:	c7 04 24 01 00 00 00 	movl   $0x1,(%esp)
c010284a:	e8 d1 fd ff ff       	call   c0102620 <ktest_run_stage>
	mem_init_multiboot(mbi);
c010284f:	8b 45 c0             	mov    -0x40(%ebp),%eax
c0102852:	89 04 24             	mov    %eax,(%esp)
c0102855:	e8 96 01 00 00       	call   c01029f0 <mem_init_multiboot>
	kvm_init();
c010285a:	e8 b1 fe ff ff       	call   c0102710 <kvm_init>
	stage2_memory(mbi);
	ktest_run_stage(2);
c010285f:	c7 04 24 02 00 00 00 	movl   $0x2,(%esp)
c0102866:	e8 b5 fd ff ff       	call   c0102620 <ktest_run_stage>
	gdt_init();
c010286b:	e8 00 e7 ff ff       	call   c0100f70 <gdt_init>
	idt_init();
c0102870:	e8 4b 27 00 00       	call   c0104fc0 <idt_init>
	pic_init();
c0102875:	e8 16 10 00 00       	call   c0103890 <pic_init>
	pic_enable(IRQ_COM1);        // console input
c010287a:	c7 04 24 04 00 00 00 	movl   $0x4,(%esp)
c0102881:	e8 6a 10 00 00       	call   c01038f0 <pic_enable>
	timer_init();
c0102886:	e8 05 27 00 00       	call   c0104f90 <timer_init>
	proc_init();
c010288b:	e8 30 12 00 00       	call   c0103ac0 <proc_init>
	if (!(mbi->flags & MB_INFO_MODS))
c0102890:	f6 86 00 00 00 c0 08 	testb  $0x8,-0x40000000(%esi)
c0102897:	0f 84 1a 01 00 00    	je     c01029b7 <kmain+0x1d7>
c010289d:	8b 45 c0             	mov    -0x40(%ebp),%eax
c01028a0:	8d 5d c8             	lea    -0x38(%ebp),%ebx
	for (uint32_t i = 0; i < mbi->mods_count; i++) {
c01028a3:	31 f6                	xor    %esi,%esi
c01028a5:	8b 50 18             	mov    0x18(%eax),%edx
c01028a8:	83 78 14 00          	cmpl   $0x0,0x14(%eax)
c01028ac:	89 55 c4             	mov    %edx,-0x3c(%ebp)
c01028af:	8d ba 00 00 00 c0    	lea    -0x40000000(%edx),%edi
c01028b5:	0f 84 fc 00 00 00    	je     c01029b7 <kmain+0x1d7>
c01028bb:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c01028bf:	90                   	nop
		const char *s = m[i].string ? P2V(m[i].string) : "module";
c01028c0:	8b 47 08             	mov    0x8(%edi),%eax
c01028c3:	b9 a8 a5 10 c0       	mov    $0xc010a5a8,%ecx
c01028c8:	85 c0                	test   %eax,%eax
c01028ca:	74 06                	je     c01028d2 <kmain+0xf2>
c01028cc:	8d 88 00 00 00 c0    	lea    -0x40000000(%eax),%ecx
		const char *slash = strrchr(s, '/');
c01028d2:	89 0c 24             	mov    %ecx,(%esp)
c01028d5:	b8 2f 00 00 00       	mov    $0x2f,%eax
c01028da:	89 44 24 04          	mov    %eax,0x4(%esp)
c01028de:	89 4d c4             	mov    %ecx,-0x3c(%ebp)
c01028e1:	e8 4a 44 00 00       	call   c0106d30 <strrchr>
		strlcpy(name, slash ? slash + 1 : s, sizeof(name));
c01028e6:	8b 4d c4             	mov    -0x3c(%ebp),%ecx
c01028e9:	85 c0                	test   %eax,%eax
c01028eb:	74 03                	je     c01028f0 <kmain+0x110>
c01028ed:	8d 48 01             	lea    0x1(%eax),%ecx
c01028f0:	89 4c 24 04          	mov    %ecx,0x4(%esp)
c01028f4:	b8 20 00 00 00       	mov    $0x20,%eax
c01028f9:	89 44 24 08          	mov    %eax,0x8(%esp)
c01028fd:	89 1c 24             	mov    %ebx,(%esp)
c0102900:	e8 7b 43 00 00       	call   c0106c80 <strlcpy>
		char *space = strchr(name, ' ');
c0102905:	ba 20 00 00 00       	mov    $0x20,%edx
c010290a:	89 54 24 04          	mov    %edx,0x4(%esp)
c010290e:	89 1c 24             	mov    %ebx,(%esp)
c0102911:	e8 da 43 00 00       	call   c0106cf0 <strchr>
		if (space)
c0102916:	85 c0                	test   %eax,%eax
c0102918:	74 03                	je     c010291d <kmain+0x13d>
			*space = '\0';
c010291a:	c6 00 00             	movb   $0x0,(%eax)
		program_add_module(name, P2V(m[i].mod_start), m[i].mod_end - m[i].mod_start);
c010291d:	8b 07                	mov    (%edi),%eax
	for (uint32_t i = 0; i < mbi->mods_count; i++) {
c010291f:	46                   	inc    %esi
c0102920:	83 c7 10             	add    $0x10,%edi
		program_add_module(name, P2V(m[i].mod_start), m[i].mod_end - m[i].mod_start);
c0102923:	8b 4f f4             	mov    -0xc(%edi),%ecx
c0102926:	89 1c 24             	mov    %ebx,(%esp)
c0102929:	29 c1                	sub    %eax,%ecx
c010292b:	2d 00 00 00 40       	sub    $0x40000000,%eax
c0102930:	89 44 24 04          	mov    %eax,0x4(%esp)
c0102934:	89 4c 24 08          	mov    %ecx,0x8(%esp)
c0102938:	e8 c3 17 00 00       	call   c0104100 <program_add_module>
	for (uint32_t i = 0; i < mbi->mods_count; i++) {
c010293d:	8b 45 c0             	mov    -0x40(%ebp),%eax
c0102940:	3b 70 14             	cmp    0x14(%eax),%esi
c0102943:	0f 82 77 ff ff ff    	jb     c01028c0 <kmain+0xe0>
	stage3_processes(mbi);
	ktest_run_stage(3);
c0102949:	c7 04 24 03 00 00 00 	movl   $0x3,(%esp)
c0102950:	e8 cb fc ff ff       	call   c0102620 <ktest_run_stage>
	pci_init();
c0102955:	e8 c6 0d 00 00       	call   c0103720 <pci_init>
	stage4_devices();
	ktest_run_stage(4);
c010295a:	c7 04 24 04 00 00 00 	movl   $0x4,(%esp)
c0102961:	e8 ba fc ff ff       	call   c0102620 <ktest_run_stage>
	const char *prog = cmdline_get("run");
c0102966:	c7 04 24 3c 8e 10 c0 	movl   $0xc0108e3c,(%esp)
c010296d:	e8 ee d7 ff ff       	call   c0100160 <cmdline_get>
	if (prog == NULL || *prog == '\0')
c0102972:	85 c0                	test   %eax,%eax
	const char *prog = cmdline_get("run");
c0102974:	89 c6                	mov    %eax,%esi
	if (prog == NULL || *prog == '\0')
c0102976:	74 24                	je     c010299c <kmain+0x1bc>
c0102978:	80 38 00             	cmpb   $0x0,(%eax)
c010297b:	74 1f                	je     c010299c <kmain+0x1bc>
	char *argv[] = { (char *)prog, NULL };
c010297d:	89 75 c8             	mov    %esi,-0x38(%ebp)
c0102980:	c7 45 cc 00 00 00 00 	movl   $0x0,-0x34(%ebp)
	if (proc_spawn(prog, argv) < 0) {
c0102987:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c010298b:	89 34 24             	mov    %esi,(%esp)
c010298e:	e8 bd 12 00 00       	call   c0103c50 <proc_spawn>
c0102993:	85 c0                	test   %eax,%eax
c0102995:	78 35                	js     c01029cc <kmain+0x1ec>
	start_first_process();
	scheduler();
c0102997:	e8 84 19 00 00       	call   c0104320 <scheduler>
		prog = "init";
c010299c:	be 80 a7 10 c0       	mov    $0xc010a780,%esi
c01029a1:	eb da                	jmp    c010297d <kmain+0x19d>
c01029a3:	8b 45 c0             	mov    -0x40(%ebp),%eax
c01029a6:	8b 40 10             	mov    0x10(%eax),%eax
c01029a9:	89 45 c4             	mov    %eax,-0x3c(%ebp)
c01029ac:	8d 98 00 00 00 c0    	lea    -0x40000000(%eax),%ebx
c01029b2:	e9 74 fe ff ff       	jmp    c010282b <kmain+0x4b>
c01029b7:	8d 5d c8             	lea    -0x38(%ebp),%ebx
c01029ba:	eb 8d                	jmp    c0102949 <kmain+0x169>
		panic("not started by a Multiboot loader (magic %08x)", multiboot_magic);
c01029bc:	89 44 24 04          	mov    %eax,0x4(%esp)
c01029c0:	c7 04 24 04 87 10 c0 	movl   $0xc0108704,(%esp)
c01029c7:	e8 34 10 00 00       	call   c0103a00 <panic>
		printf("cannot start %s; programs are: ", prog);
c01029cc:	89 74 24 04          	mov    %esi,0x4(%esp)
c01029d0:	c7 04 24 34 87 10 c0 	movl   $0xc0108734,(%esp)
c01029d7:	e8 d4 0f 00 00       	call   c01039b0 <printf>
		program_list();
c01029dc:	e8 9f 18 00 00       	call   c0104280 <program_list>
		qemu_exit(QEMU_EXIT_FAILED);
c01029e1:	c7 04 24 01 00 00 00 	movl   $0x1,(%esp)
c01029e8:	e8 f3 0f 00 00       	call   c01039e0 <qemu_exit>
c01029ed:	66 90                	xchg   %ax,%ax
c01029ef:	90                   	nop

c01029f0 <mem_init_multiboot>:
		}
	}
}

void mem_init_multiboot(const struct multiboot_info *mbi)
{
c01029f0:	55                   	push   %ebp
c01029f1:	89 e5                	mov    %esp,%ebp
c01029f3:	57                   	push   %edi
c01029f4:	56                   	push   %esi
c01029f5:	53                   	push   %ebx
c01029f6:	83 ec 2c             	sub    $0x2c,%esp
c01029f9:	8b 7d 08             	mov    0x8(%ebp),%edi
	if (mbi->flags & MB_INFO_MEM_MAP) {
c01029fc:	8b 07                	mov    (%edi),%eax
c01029fe:	a8 40                	test   $0x40,%al
c0102a00:	0f 84 b2 01 00 00    	je     c0102bb8 <mem_init_multiboot+0x1c8>
	if (*n < MAXREGIONS && len > 0) {
c0102a06:	8b 1d a4 6f 20 c0    	mov    0xc0206fa4,%ebx
		uint32_t p = mbi->mmap_addr;
c0102a0c:	8b 4f 30             	mov    0x30(%edi),%ecx
	if (*n < MAXREGIONS && len > 0) {
c0102a0f:	89 5d dc             	mov    %ebx,-0x24(%ebp)
		while (p < mbi->mmap_addr + mbi->mmap_length) {
c0102a12:	8b 5f 2c             	mov    0x2c(%edi),%ebx
		uint32_t p = mbi->mmap_addr;
c0102a15:	89 c8                	mov    %ecx,%eax
		while (p < mbi->mmap_addr + mbi->mmap_length) {
c0102a17:	8d 14 19             	lea    (%ecx,%ebx,1),%edx
c0102a1a:	39 d1                	cmp    %edx,%ecx
c0102a1c:	0f 82 5e 01 00 00    	jb     c0102b80 <mem_init_multiboot+0x190>
c0102a22:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0102a29:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
	if (*n < MAXREGIONS && len > 0) {
c0102a30:	a1 a0 6f 20 c0       	mov    0xc0206fa0,%eax
c0102a35:	83 f8 1f             	cmp    $0x1f,%eax
c0102a38:	0f 8e 12 02 00 00    	jle    c0102c50 <mem_init_multiboot+0x260>
	if (mbi->flags & MB_INFO_CMDLINE)
c0102a3e:	8b 0f                	mov    (%edi),%ecx
	if (mbi->flags & MB_INFO_MODS) {
c0102a40:	f6 c1 08             	test   $0x8,%cl
c0102a43:	0f 84 b1 00 00 00    	je     c0102afa <mem_init_multiboot+0x10a>
c0102a49:	8b 77 18             	mov    0x18(%edi),%esi
c0102a4c:	81 ee 00 00 00 40    	sub    $0x40000000,%esi
		for (uint32_t i = 0; i < mbi->mods_count; i++) {
c0102a52:	8b 5f 14             	mov    0x14(%edi),%ebx
c0102a55:	85 db                	test   %ebx,%ebx
c0102a57:	0f 84 9d 00 00 00    	je     c0102afa <mem_init_multiboot+0x10a>
c0102a5d:	89 75 e0             	mov    %esi,-0x20(%ebp)
c0102a60:	31 db                	xor    %ebx,%ebx
c0102a62:	89 7d 08             	mov    %edi,0x8(%ebp)
c0102a65:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0102a6c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
			    m[i].mod_end - m[i].mod_start);
c0102a70:	8b 7d e0             	mov    -0x20(%ebp),%edi
c0102a73:	8b 0f                	mov    (%edi),%ecx
c0102a75:	8b 57 04             	mov    0x4(%edi),%edx
			add(reserved, &nreserved, m[i].mod_start,
c0102a78:	31 ff                	xor    %edi,%edi
			    m[i].mod_end - m[i].mod_start);
c0102a7a:	29 ca                	sub    %ecx,%edx
	if (*n < MAXREGIONS && len > 0) {
c0102a7c:	83 f8 1f             	cmp    $0x1f,%eax
			add(reserved, &nreserved, m[i].mod_start,
c0102a7f:	89 d6                	mov    %edx,%esi
	if (*n < MAXREGIONS && len > 0) {
c0102a81:	7f 66                	jg     c0102ae9 <mem_init_multiboot+0xf9>
c0102a83:	09 fa                	or     %edi,%edx
c0102a85:	74 25                	je     c0102aac <mem_init_multiboot+0xbc>
		list[*n].base = base;
c0102a87:	89 c2                	mov    %eax,%edx
		(*n)++;
c0102a89:	40                   	inc    %eax
c0102a8a:	a3 a0 6f 20 c0       	mov    %eax,0xc0206fa0
		list[*n].base = base;
c0102a8f:	c1 e2 04             	shl    $0x4,%edx
			add(reserved, &nreserved, m[i].mod_start,
c0102a92:	89 8a c0 6f 20 c0    	mov    %ecx,-0x3fdf9040(%edx)
c0102a98:	31 c9                	xor    %ecx,%ecx
c0102a9a:	89 8a c4 6f 20 c0    	mov    %ecx,-0x3fdf903c(%edx)
		list[*n].len = len;
c0102aa0:	89 b2 c8 6f 20 c0    	mov    %esi,-0x3fdf9038(%edx)
c0102aa6:	89 ba cc 6f 20 c0    	mov    %edi,-0x3fdf9034(%edx)
	if (*n < MAXREGIONS && len > 0) {
c0102aac:	83 f8 1f             	cmp    $0x1f,%eax
c0102aaf:	7f 38                	jg     c0102ae9 <mem_init_multiboot+0xf9>
static inline uint32_t PGROUNDDOWN(uint32_t a) { return a & ~(PGSIZE - 1); }
c0102ab1:	8b 75 e0             	mov    -0x20(%ebp),%esi
		list[*n].base = base;
c0102ab4:	89 c1                	mov    %eax,%ecx
		list[*n].len = len;
c0102ab6:	31 ff                	xor    %edi,%edi
		list[*n].base = base;
c0102ab8:	c1 e1 04             	shl    $0x4,%ecx
		(*n)++;
c0102abb:	40                   	inc    %eax
c0102abc:	8b 56 08             	mov    0x8(%esi),%edx
		list[*n].len = len;
c0102abf:	be 00 20 00 00       	mov    $0x2000,%esi
c0102ac4:	89 b1 c8 6f 20 c0    	mov    %esi,-0x3fdf9038(%ecx)
c0102aca:	89 b9 cc 6f 20 c0    	mov    %edi,-0x3fdf9034(%ecx)
		(*n)++;
c0102ad0:	a3 a0 6f 20 c0       	mov    %eax,0xc0206fa0
c0102ad5:	81 e2 00 f0 ff ff    	and    $0xfffff000,%edx
			add(reserved, &nreserved, PGROUNDDOWN(m[i].string), 2 * PGSIZE);
c0102adb:	89 91 c0 6f 20 c0    	mov    %edx,-0x3fdf9040(%ecx)
c0102ae1:	31 d2                	xor    %edx,%edx
c0102ae3:	89 91 c4 6f 20 c0    	mov    %edx,-0x3fdf903c(%ecx)
		for (uint32_t i = 0; i < mbi->mods_count; i++) {
c0102ae9:	8b 75 08             	mov    0x8(%ebp),%esi
c0102aec:	43                   	inc    %ebx
c0102aed:	83 45 e0 10          	addl   $0x10,-0x20(%ebp)
c0102af1:	3b 5e 14             	cmp    0x14(%esi),%ebx
c0102af4:	0f 82 76 ff ff ff    	jb     c0102a70 <mem_init_multiboot+0x80>
	read_memory_map(mbi);
	read_reserved(mbi);
	kalloc_init(ram, nram, reserved, nreserved);
c0102afa:	89 44 24 0c          	mov    %eax,0xc(%esp)
c0102afe:	b8 c0 6f 20 c0       	mov    $0xc0206fc0,%eax
c0102b03:	89 44 24 08          	mov    %eax,0x8(%esp)
c0102b07:	8b 45 dc             	mov    -0x24(%ebp),%eax
c0102b0a:	c7 04 24 c0 71 20 c0 	movl   $0xc02071c0,(%esp)
c0102b11:	89 44 24 04          	mov    %eax,0x4(%esp)
c0102b15:	e8 56 e5 ff ff       	call   c0101070 <kalloc_init>
	printf("memory: %u KB RAM, %u pages free\n",
c0102b1a:	e8 31 eb ff ff       	call   c0101650 <kalloc_free_pages>
c0102b1f:	89 c3                	mov    %eax,%ebx
	       kalloc_phys_top() / 1024, kalloc_free_pages());
c0102b21:	e8 4a eb ff ff       	call   c0101670 <kalloc_phys_top>
	printf("memory: %u KB RAM, %u pages free\n",
c0102b26:	89 5c 24 08          	mov    %ebx,0x8(%esp)
c0102b2a:	c7 04 24 80 87 10 c0 	movl   $0xc0108780,(%esp)
c0102b31:	c1 e8 0a             	shr    $0xa,%eax
c0102b34:	89 44 24 04          	mov    %eax,0x4(%esp)
c0102b38:	e8 73 0e 00 00       	call   c01039b0 <printf>
}
c0102b3d:	83 c4 2c             	add    $0x2c,%esp
c0102b40:	5b                   	pop    %ebx
c0102b41:	5e                   	pop    %esi
c0102b42:	5f                   	pop    %edi
c0102b43:	5d                   	pop    %ebp
c0102b44:	c3                   	ret
c0102b45:	8d 76 00             	lea    0x0(%esi),%esi
				add(ram, &nram, e->addr, e->len);
c0102b48:	8b 72 10             	mov    0x10(%edx),%esi
c0102b4b:	8b 7a 0c             	mov    0xc(%edx),%edi
c0102b4e:	89 75 e0             	mov    %esi,-0x20(%ebp)
	if (*n < MAXREGIONS && len > 0) {
c0102b51:	8b 75 dc             	mov    -0x24(%ebp),%esi
c0102b54:	83 fe 1f             	cmp    $0x1f,%esi
c0102b57:	7f 0c                	jg     c0102b65 <mem_init_multiboot+0x175>
c0102b59:	89 7d d8             	mov    %edi,-0x28(%ebp)
c0102b5c:	0b 7d e0             	or     -0x20(%ebp),%edi
c0102b5f:	0f 85 43 02 00 00    	jne    c0102da8 <mem_init_multiboot+0x3b8>
			p += e->size + 4;
c0102b65:	8b 12                	mov    (%edx),%edx
c0102b67:	8d 44 10 04          	lea    0x4(%eax,%edx,1),%eax
		while (p < mbi->mmap_addr + mbi->mmap_length) {
c0102b6b:	8d 14 19             	lea    (%ecx,%ebx,1),%edx
c0102b6e:	39 d0                	cmp    %edx,%eax
c0102b70:	73 2a                	jae    c0102b9c <mem_init_multiboot+0x1ac>
c0102b72:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0102b79:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
			if (e->type == MULTIBOOT_MEMORY_AVAILABLE)
c0102b80:	83 b8 14 00 00 c0 01 	cmpl   $0x1,-0x3fffffec(%eax)
c0102b87:	8d 90 00 00 00 c0    	lea    -0x40000000(%eax),%edx
c0102b8d:	74 b9                	je     c0102b48 <mem_init_multiboot+0x158>
			p += e->size + 4;
c0102b8f:	8b 12                	mov    (%edx),%edx
c0102b91:	8d 44 10 04          	lea    0x4(%eax,%edx,1),%eax
		while (p < mbi->mmap_addr + mbi->mmap_length) {
c0102b95:	8d 14 19             	lea    (%ecx,%ebx,1),%edx
c0102b98:	39 d0                	cmp    %edx,%eax
c0102b9a:	72 e4                	jb     c0102b80 <mem_init_multiboot+0x190>
	if (*n < MAXREGIONS && len > 0) {
c0102b9c:	a1 a0 6f 20 c0       	mov    0xc0206fa0,%eax
c0102ba1:	8b 7d 08             	mov    0x8(%ebp),%edi
c0102ba4:	83 f8 1f             	cmp    $0x1f,%eax
c0102ba7:	0f 8e a3 00 00 00    	jle    c0102c50 <mem_init_multiboot+0x260>
c0102bad:	e9 8c fe ff ff       	jmp    c0102a3e <mem_init_multiboot+0x4e>
c0102bb2:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
	} else if (mbi->flags & MB_INFO_MEMORY) {
c0102bb8:	a8 01                	test   $0x1,%al
c0102bba:	0f 84 aa 02 00 00    	je     c0102e6a <mem_init_multiboot+0x47a>
		add(ram, &nram, 0, (uint64_t)mbi->mem_lower * 1024);
c0102bc0:	8b 47 04             	mov    0x4(%edi),%eax
c0102bc3:	31 d2                	xor    %edx,%edx
	if (*n < MAXREGIONS && len > 0) {
c0102bc5:	8b 35 a4 6f 20 c0    	mov    0xc0206fa4,%esi
		add(ram, &nram, 0, (uint64_t)mbi->mem_lower * 1024);
c0102bcb:	0f a4 c2 0a          	shld   $0xa,%eax,%edx
	if (*n < MAXREGIONS && len > 0) {
c0102bcf:	89 75 dc             	mov    %esi,-0x24(%ebp)
		add(ram, &nram, 0, (uint64_t)mbi->mem_lower * 1024);
c0102bd2:	c1 e0 0a             	shl    $0xa,%eax
	if (*n < MAXREGIONS && len > 0) {
c0102bd5:	83 fe 1f             	cmp    $0x1f,%esi
c0102bd8:	89 c3                	mov    %eax,%ebx
c0102bda:	0f 9e c1             	setle  %cl
c0102bdd:	09 d3                	or     %edx,%ebx
c0102bdf:	74 08                	je     c0102be9 <mem_init_multiboot+0x1f9>
c0102be1:	84 c9                	test   %cl,%cl
c0102be3:	0f 85 07 02 00 00    	jne    c0102df0 <mem_init_multiboot+0x400>
		add(ram, &nram, EXTMEM, (uint64_t)mbi->mem_upper * 1024);
c0102be9:	8b 47 08             	mov    0x8(%edi),%eax
c0102bec:	31 d2                	xor    %edx,%edx
c0102bee:	0f a4 c2 0a          	shld   $0xa,%eax,%edx
c0102bf2:	c1 e0 0a             	shl    $0xa,%eax
	if (*n < MAXREGIONS && len > 0) {
c0102bf5:	89 c6                	mov    %eax,%esi
c0102bf7:	09 d6                	or     %edx,%esi
c0102bf9:	0f 84 31 fe ff ff    	je     c0102a30 <mem_init_multiboot+0x40>
c0102bff:	84 c9                	test   %cl,%cl
c0102c01:	0f 84 29 fe ff ff    	je     c0102a30 <mem_init_multiboot+0x40>
		list[*n].base = base;
c0102c07:	8b 5d dc             	mov    -0x24(%ebp),%ebx
c0102c0a:	be 00 00 10 00       	mov    $0x100000,%esi
c0102c0f:	89 d9                	mov    %ebx,%ecx
		(*n)++;
c0102c11:	43                   	inc    %ebx
c0102c12:	89 5d dc             	mov    %ebx,-0x24(%ebp)
		list[*n].base = base;
c0102c15:	c1 e1 04             	shl    $0x4,%ecx
		list[*n].len = len;
c0102c18:	89 81 c8 71 20 c0    	mov    %eax,-0x3fdf8e38(%ecx)
	if (*n < MAXREGIONS && len > 0) {
c0102c1e:	a1 a0 6f 20 c0       	mov    0xc0206fa0,%eax
		list[*n].base = base;
c0102c23:	89 b1 c0 71 20 c0    	mov    %esi,-0x3fdf8e40(%ecx)
c0102c29:	31 f6                	xor    %esi,%esi
c0102c2b:	89 b1 c4 71 20 c0    	mov    %esi,-0x3fdf8e3c(%ecx)
		list[*n].len = len;
c0102c31:	89 91 cc 71 20 c0    	mov    %edx,-0x3fdf8e34(%ecx)
		(*n)++;
c0102c37:	89 1d a4 6f 20 c0    	mov    %ebx,0xc0206fa4
	if (*n < MAXREGIONS && len > 0) {
c0102c3d:	83 f8 1f             	cmp    $0x1f,%eax
c0102c40:	0f 8f f8 fd ff ff    	jg     c0102a3e <mem_init_multiboot+0x4e>
c0102c46:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0102c4d:	8d 76 00             	lea    0x0(%esi),%esi
		list[*n].base = base;
c0102c50:	89 c1                	mov    %eax,%ecx
c0102c52:	31 d2                	xor    %edx,%edx
c0102c54:	c1 e1 04             	shl    $0x4,%ecx
c0102c57:	31 f6                	xor    %esi,%esi
c0102c59:	89 91 c4 6f 20 c0    	mov    %edx,-0x3fdf903c(%ecx)
		(*n)++;
c0102c5f:	8d 50 01             	lea    0x1(%eax),%edx
		list[*n].len = len;
c0102c62:	bb 00 10 00 00       	mov    $0x1000,%ebx
		list[*n].base = base;
c0102c67:	89 b1 c0 6f 20 c0    	mov    %esi,-0x3fdf9040(%ecx)
		list[*n].len = len;
c0102c6d:	31 f6                	xor    %esi,%esi
	if (*n < MAXREGIONS && len > 0) {
c0102c6f:	83 fa 1f             	cmp    $0x1f,%edx
		list[*n].len = len;
c0102c72:	89 99 c8 6f 20 c0    	mov    %ebx,-0x3fdf9038(%ecx)
	add(reserved, &nreserved, EXTMEM, V2P(end) - EXTMEM); // the kernel
c0102c78:	bb 00 b0 10 00       	mov    $0x10b000,%ebx
		list[*n].len = len;
c0102c7d:	89 b1 cc 6f 20 c0    	mov    %esi,-0x3fdf9034(%ecx)
		(*n)++;
c0102c83:	89 15 a0 6f 20 c0    	mov    %edx,0xc0206fa0
	add(reserved, &nreserved, EXTMEM, V2P(end) - EXTMEM); // the kernel
c0102c89:	89 5d e0             	mov    %ebx,-0x20(%ebp)
c0102c8c:	c7 45 e4 00 00 00 00 	movl   $0x0,-0x1c(%ebp)
	if (*n < MAXREGIONS && len > 0) {
c0102c93:	7f 32                	jg     c0102cc7 <mem_init_multiboot+0x2d7>
c0102c95:	85 db                	test   %ebx,%ebx
c0102c97:	74 2e                	je     c0102cc7 <mem_init_multiboot+0x2d7>
		list[*n].base = base;
c0102c99:	31 db                	xor    %ebx,%ebx
		list[*n].len = len;
c0102c9b:	8b 75 e4             	mov    -0x1c(%ebp),%esi
		list[*n].base = base;
c0102c9e:	ba 00 00 10 00       	mov    $0x100000,%edx
c0102ca3:	89 99 d4 6f 20 c0    	mov    %ebx,-0x3fdf902c(%ecx)
		list[*n].len = len;
c0102ca9:	8b 5d e0             	mov    -0x20(%ebp),%ebx
		list[*n].base = base;
c0102cac:	89 91 d0 6f 20 c0    	mov    %edx,-0x3fdf9030(%ecx)
		(*n)++;
c0102cb2:	8d 50 02             	lea    0x2(%eax),%edx
c0102cb5:	89 15 a0 6f 20 c0    	mov    %edx,0xc0206fa0
		list[*n].len = len;
c0102cbb:	89 b1 dc 6f 20 c0    	mov    %esi,-0x3fdf9024(%ecx)
c0102cc1:	89 99 d8 6f 20 c0    	mov    %ebx,-0x3fdf9028(%ecx)
	if (*n < MAXREGIONS && len > 0) {
c0102cc7:	83 fa 20             	cmp    $0x20,%edx
c0102cca:	0f 84 60 01 00 00    	je     c0102e30 <mem_init_multiboot+0x440>
static inline physaddr_t V2P(const void *va) { return (physaddr_t)va - KERNBASE; }
c0102cd0:	8d 87 00 00 00 40    	lea    0x40000000(%edi),%eax
		list[*n].base = base;
c0102cd6:	89 d1                	mov    %edx,%ecx
c0102cd8:	c1 e1 04             	shl    $0x4,%ecx
c0102cdb:	25 00 f0 ff ff       	and    $0xfffff000,%eax
	add(reserved, &nreserved, PGROUNDDOWN(V2P(mbi)), 2 * PGSIZE);
c0102ce0:	89 81 c0 6f 20 c0    	mov    %eax,-0x3fdf9040(%ecx)
c0102ce6:	31 c0                	xor    %eax,%eax
c0102ce8:	89 81 c4 6f 20 c0    	mov    %eax,-0x3fdf903c(%ecx)
		list[*n].len = len;
c0102cee:	b8 00 20 00 00       	mov    $0x2000,%eax
c0102cf3:	89 81 c8 6f 20 c0    	mov    %eax,-0x3fdf9038(%ecx)
c0102cf9:	31 c0                	xor    %eax,%eax
c0102cfb:	89 81 cc 6f 20 c0    	mov    %eax,-0x3fdf9034(%ecx)
		(*n)++;
c0102d01:	8d 42 01             	lea    0x1(%edx),%eax
c0102d04:	a3 a0 6f 20 c0       	mov    %eax,0xc0206fa0
	if (mbi->flags & MB_INFO_CMDLINE)
c0102d09:	8b 0f                	mov    (%edi),%ecx
c0102d0b:	f6 c1 04             	test   $0x4,%cl
c0102d0e:	74 40                	je     c0102d50 <mem_init_multiboot+0x360>
	if (*n < MAXREGIONS && len > 0) {
c0102d10:	83 f8 20             	cmp    $0x20,%eax
		add(reserved, &nreserved, PGROUNDDOWN(mbi->cmdline), 2 * PGSIZE);
c0102d13:	8b 5f 10             	mov    0x10(%edi),%ebx
	if (*n < MAXREGIONS && len > 0) {
c0102d16:	0f 84 24 fd ff ff    	je     c0102a40 <mem_init_multiboot+0x50>
		list[*n].base = base;
c0102d1c:	c1 e0 04             	shl    $0x4,%eax
c0102d1f:	81 e3 00 f0 ff ff    	and    $0xfffff000,%ebx
		add(reserved, &nreserved, PGROUNDDOWN(mbi->cmdline), 2 * PGSIZE);
c0102d25:	89 98 c0 6f 20 c0    	mov    %ebx,-0x3fdf9040(%eax)
c0102d2b:	31 c9                	xor    %ecx,%ecx
		list[*n].len = len;
c0102d2d:	bb 00 20 00 00       	mov    $0x2000,%ebx
		add(reserved, &nreserved, PGROUNDDOWN(mbi->cmdline), 2 * PGSIZE);
c0102d32:	89 88 c4 6f 20 c0    	mov    %ecx,-0x3fdf903c(%eax)
		list[*n].len = len;
c0102d38:	31 f6                	xor    %esi,%esi
c0102d3a:	89 98 c8 6f 20 c0    	mov    %ebx,-0x3fdf9038(%eax)
c0102d40:	89 b0 cc 6f 20 c0    	mov    %esi,-0x3fdf9034(%eax)
		(*n)++;
c0102d46:	8d 42 02             	lea    0x2(%edx),%eax
c0102d49:	a3 a0 6f 20 c0       	mov    %eax,0xc0206fa0
	if (mbi->flags & MB_INFO_MODS) {
c0102d4e:	8b 0f                	mov    (%edi),%ecx
c0102d50:	f6 c1 08             	test   $0x8,%cl
c0102d53:	0f 84 a1 fd ff ff    	je     c0102afa <mem_init_multiboot+0x10a>
		const struct multiboot_mod *m = P2V(mbi->mods_addr);
c0102d59:	8b 57 18             	mov    0x18(%edi),%edx
	if (*n < MAXREGIONS && len > 0) {
c0102d5c:	83 f8 20             	cmp    $0x20,%eax
static inline void *P2V(physaddr_t pa) { return (void *)(pa + KERNBASE); }
c0102d5f:	8d b2 00 00 00 c0    	lea    -0x40000000(%edx),%esi
c0102d65:	0f 84 e7 fc ff ff    	je     c0102a52 <mem_init_multiboot+0x62>
		list[*n].base = base;
c0102d6b:	89 c1                	mov    %eax,%ecx
c0102d6d:	81 e2 00 f0 ff ff    	and    $0xfffff000,%edx
c0102d73:	c1 e1 04             	shl    $0x4,%ecx
		list[*n].len = len;
c0102d76:	bb 00 20 00 00       	mov    $0x2000,%ebx
		add(reserved, &nreserved, PGROUNDDOWN(mbi->mods_addr), 2 * PGSIZE);
c0102d7b:	89 91 c0 6f 20 c0    	mov    %edx,-0x3fdf9040(%ecx)
c0102d81:	31 d2                	xor    %edx,%edx
		(*n)++;
c0102d83:	40                   	inc    %eax
		add(reserved, &nreserved, PGROUNDDOWN(mbi->mods_addr), 2 * PGSIZE);
c0102d84:	89 91 c4 6f 20 c0    	mov    %edx,-0x3fdf903c(%ecx)
		list[*n].len = len;
c0102d8a:	31 d2                	xor    %edx,%edx
c0102d8c:	89 99 c8 6f 20 c0    	mov    %ebx,-0x3fdf9038(%ecx)
c0102d92:	89 91 cc 6f 20 c0    	mov    %edx,-0x3fdf9034(%ecx)
		(*n)++;
c0102d98:	a3 a0 6f 20 c0       	mov    %eax,0xc0206fa0
c0102d9d:	e9 b0 fc ff ff       	jmp    c0102a52 <mem_init_multiboot+0x62>
c0102da2:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
		list[*n].base = base;
c0102da8:	8b 7a 08             	mov    0x8(%edx),%edi
c0102dab:	89 f3                	mov    %esi,%ebx
c0102dad:	c1 e3 04             	shl    $0x4,%ebx
c0102db0:	8b 72 04             	mov    0x4(%edx),%esi
c0102db3:	8d 8b c0 71 20 c0    	lea    -0x3fdf8e40(%ebx),%ecx
		(*n)++;
c0102db9:	ff 45 dc             	incl   -0x24(%ebp)
		list[*n].base = base;
c0102dbc:	89 bb c4 71 20 c0    	mov    %edi,-0x3fdf8e3c(%ebx)
		list[*n].len = len;
c0102dc2:	8b 7d d8             	mov    -0x28(%ebp),%edi
		list[*n].base = base;
c0102dc5:	89 b3 c0 71 20 c0    	mov    %esi,-0x3fdf8e40(%ebx)
		(*n)++;
c0102dcb:	8b 75 dc             	mov    -0x24(%ebp),%esi
		list[*n].len = len;
c0102dce:	89 bb c8 71 20 c0    	mov    %edi,-0x3fdf8e38(%ebx)
c0102dd4:	8b 5d e0             	mov    -0x20(%ebp),%ebx
		(*n)++;
c0102dd7:	89 35 a4 6f 20 c0    	mov    %esi,0xc0206fa4
		list[*n].len = len;
c0102ddd:	89 59 0c             	mov    %ebx,0xc(%ecx)
		(*n)++;
c0102de0:	8b 5d 08             	mov    0x8(%ebp),%ebx
c0102de3:	8b 4b 30             	mov    0x30(%ebx),%ecx
c0102de6:	8b 5b 2c             	mov    0x2c(%ebx),%ebx
c0102de9:	e9 77 fd ff ff       	jmp    c0102b65 <mem_init_multiboot+0x175>
c0102dee:	66 90                	xchg   %ax,%ax
		list[*n].base = base;
c0102df0:	89 f1                	mov    %esi,%ecx
c0102df2:	31 db                	xor    %ebx,%ebx
c0102df4:	c1 e1 04             	shl    $0x4,%ecx
		(*n)++;
c0102df7:	46                   	inc    %esi
		list[*n].base = base;
c0102df8:	89 99 c0 71 20 c0    	mov    %ebx,-0x3fdf8e40(%ecx)
c0102dfe:	31 db                	xor    %ebx,%ebx
	if (*n < MAXREGIONS && len > 0) {
c0102e00:	83 fe 1f             	cmp    $0x1f,%esi
		list[*n].base = base;
c0102e03:	89 99 c4 71 20 c0    	mov    %ebx,-0x3fdf8e3c(%ecx)
		list[*n].len = len;
c0102e09:	89 81 c8 71 20 c0    	mov    %eax,-0x3fdf8e38(%ecx)
c0102e0f:	89 91 cc 71 20 c0    	mov    %edx,-0x3fdf8e34(%ecx)
	if (*n < MAXREGIONS && len > 0) {
c0102e15:	0f 9e c1             	setle  %cl
		(*n)++;
c0102e18:	89 75 dc             	mov    %esi,-0x24(%ebp)
c0102e1b:	89 35 a4 6f 20 c0    	mov    %esi,0xc0206fa4
c0102e21:	e9 c3 fd ff ff       	jmp    c0102be9 <mem_init_multiboot+0x1f9>
c0102e26:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0102e2d:	8d 76 00             	lea    0x0(%esi),%esi
	if (mbi->flags & MB_INFO_CMDLINE)
c0102e30:	8b 0f                	mov    (%edi),%ecx
c0102e32:	f6 c1 04             	test   $0x4,%cl
c0102e35:	75 29                	jne    c0102e60 <mem_init_multiboot+0x470>
	if (mbi->flags & MB_INFO_MODS) {
c0102e37:	f6 c1 08             	test   $0x8,%cl
c0102e3a:	b8 20 00 00 00       	mov    $0x20,%eax
c0102e3f:	0f 84 b5 fc ff ff    	je     c0102afa <mem_init_multiboot+0x10a>
c0102e45:	8b 47 18             	mov    0x18(%edi),%eax
c0102e48:	8d b0 00 00 00 c0    	lea    -0x40000000(%eax),%esi
c0102e4e:	b8 20 00 00 00       	mov    $0x20,%eax
c0102e53:	e9 fa fb ff ff       	jmp    c0102a52 <mem_init_multiboot+0x62>
c0102e58:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0102e5f:	90                   	nop
	if (mbi->flags & MB_INFO_CMDLINE)
c0102e60:	b8 20 00 00 00       	mov    $0x20,%eax
c0102e65:	e9 d6 fb ff ff       	jmp    c0102a40 <mem_init_multiboot+0x50>
		panic("the boot loader gave no memory information");
c0102e6a:	c7 04 24 54 87 10 c0 	movl   $0xc0108754,(%esp)
c0102e71:	e8 8a 0b 00 00       	call   c0103a00 <panic>
c0102e76:	66 90                	xchg   %ax,%ax
c0102e78:	66 90                	xchg   %ax,%ax
c0102e7a:	66 90                	xchg   %ax,%ax
c0102e7c:	66 90                	xchg   %ax,%ax
c0102e7e:	66 90                	xchg   %ax,%ax

c0102e80 <mon_exit>:

static int mon_exit(int argc, char **argv, struct trapframe *tf)
{
	(void)argc; (void)argv; (void)tf;
	return -1;
}
c0102e80:	b8 ff ff ff ff       	mov    $0xffffffff,%eax
c0102e85:	c3                   	ret
c0102e86:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0102e8d:	8d 76 00             	lea    0x0(%esi),%esi

c0102e90 <print_pte_flags>:
{
c0102e90:	55                   	push   %ebp
	       (e & PTE_D) ? 'D' : '-');
c0102e91:	89 c2                	mov    %eax,%edx
{
c0102e93:	89 e5                	mov    %esp,%ebp
	       (e & PTE_D) ? 'D' : '-');
c0102e95:	83 e2 40             	and    $0x40,%edx
{
c0102e98:	56                   	push   %esi
c0102e99:	53                   	push   %ebx
c0102e9a:	83 ec 20             	sub    $0x20,%esp
	printf("%c%c%c%c%c",
c0102e9d:	83 fa 01             	cmp    $0x1,%edx
c0102ea0:	c7 04 24 a2 87 10 c0 	movl   $0xc01087a2,(%esp)
c0102ea7:	19 f6                	sbb    %esi,%esi
	       (e & PTE_U) ? 'U' : '-', (e & PTE_A) ? 'A' : '-',
c0102ea9:	89 c2                	mov    %eax,%edx
	printf("%c%c%c%c%c",
c0102eab:	83 e6 e9             	and    $0xffffffe9,%esi
	       (e & PTE_U) ? 'U' : '-', (e & PTE_A) ? 'A' : '-',
c0102eae:	83 e2 20             	and    $0x20,%edx
	printf("%c%c%c%c%c",
c0102eb1:	83 c6 44             	add    $0x44,%esi
c0102eb4:	83 fa 01             	cmp    $0x1,%edx
c0102eb7:	89 74 24 14          	mov    %esi,0x14(%esp)
c0102ebb:	19 db                	sbb    %ebx,%ebx
	       (e & PTE_U) ? 'U' : '-', (e & PTE_A) ? 'A' : '-',
c0102ebd:	89 c2                	mov    %eax,%edx
	printf("%c%c%c%c%c",
c0102ebf:	83 e3 ec             	and    $0xffffffec,%ebx
	       (e & PTE_U) ? 'U' : '-', (e & PTE_A) ? 'A' : '-',
c0102ec2:	83 e2 04             	and    $0x4,%edx
	printf("%c%c%c%c%c",
c0102ec5:	83 c3 41             	add    $0x41,%ebx
c0102ec8:	83 fa 01             	cmp    $0x1,%edx
c0102ecb:	89 5c 24 10          	mov    %ebx,0x10(%esp)
c0102ecf:	19 c9                	sbb    %ecx,%ecx
	       (e & PTE_P) ? 'P' : '-', (e & PTE_W) ? 'W' : '-',
c0102ed1:	89 c2                	mov    %eax,%edx
	printf("%c%c%c%c%c",
c0102ed3:	83 e1 d8             	and    $0xffffffd8,%ecx
	       (e & PTE_P) ? 'P' : '-', (e & PTE_W) ? 'W' : '-',
c0102ed6:	83 e2 02             	and    $0x2,%edx
	printf("%c%c%c%c%c",
c0102ed9:	83 c1 55             	add    $0x55,%ecx
c0102edc:	83 fa 01             	cmp    $0x1,%edx
c0102edf:	89 4c 24 0c          	mov    %ecx,0xc(%esp)
c0102ee3:	19 d2                	sbb    %edx,%edx
	       (e & PTE_P) ? 'P' : '-', (e & PTE_W) ? 'W' : '-',
c0102ee5:	83 e0 01             	and    $0x1,%eax
	printf("%c%c%c%c%c",
c0102ee8:	83 e2 d6             	and    $0xffffffd6,%edx
c0102eeb:	83 c2 57             	add    $0x57,%edx
c0102eee:	83 f8 01             	cmp    $0x1,%eax
c0102ef1:	89 54 24 08          	mov    %edx,0x8(%esp)
c0102ef5:	19 c0                	sbb    %eax,%eax
c0102ef7:	83 e0 dd             	and    $0xffffffdd,%eax
c0102efa:	83 c0 50             	add    $0x50,%eax
c0102efd:	89 44 24 04          	mov    %eax,0x4(%esp)
c0102f01:	e8 aa 0a 00 00       	call   c01039b0 <printf>
}
c0102f06:	83 c4 20             	add    $0x20,%esp
c0102f09:	5b                   	pop    %ebx
c0102f0a:	5e                   	pop    %esi
c0102f0b:	5d                   	pop    %ebp
c0102f0c:	c3                   	ret
c0102f0d:	8d 76 00             	lea    0x0(%esi),%esi

c0102f10 <mon_help>:
	{ "exit", "leave the monitor", mon_exit },
};
#define NCOMMANDS ((int)(sizeof(commands) / sizeof(commands[0])))

static int mon_help(int argc, char **argv, struct trapframe *tf)
{
c0102f10:	55                   	push   %ebp
c0102f11:	89 e5                	mov    %esp,%ebp
c0102f13:	83 ec 18             	sub    $0x18,%esp
c0102f16:	89 5d fc             	mov    %ebx,-0x4(%ebp)
c0102f19:	bb 20 8a 10 c0       	mov    $0xc0108a20,%ebx
c0102f1e:	66 90                	xchg   %ax,%ax
	(void)argc; (void)argv; (void)tf;
	for (int i = 0; i < NCOMMANDS; i++)
		printf("%-10s %s\n", commands[i].name, commands[i].help);
c0102f20:	8b 43 04             	mov    0x4(%ebx),%eax
	for (int i = 0; i < NCOMMANDS; i++)
c0102f23:	83 c3 0c             	add    $0xc,%ebx
		printf("%-10s %s\n", commands[i].name, commands[i].help);
c0102f26:	89 44 24 08          	mov    %eax,0x8(%esp)
c0102f2a:	8b 43 f4             	mov    -0xc(%ebx),%eax
c0102f2d:	c7 04 24 ad 87 10 c0 	movl   $0xc01087ad,(%esp)
c0102f34:	89 44 24 04          	mov    %eax,0x4(%esp)
c0102f38:	e8 73 0a 00 00       	call   c01039b0 <printf>
	for (int i = 0; i < NCOMMANDS; i++)
c0102f3d:	81 fb 74 8a 10 c0    	cmp    $0xc0108a74,%ebx
c0102f43:	75 db                	jne    c0102f20 <mon_help+0x10>
	return 0;
}
c0102f45:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c0102f48:	89 ec                	mov    %ebp,%esp
c0102f4a:	31 c0                	xor    %eax,%eax
c0102f4c:	5d                   	pop    %ebp
c0102f4d:	c3                   	ret
c0102f4e:	66 90                	xchg   %ax,%ax

c0102f50 <mon_ps>:
{
c0102f50:	55                   	push   %ebp
c0102f51:	89 e5                	mov    %esp,%ebp
c0102f53:	83 ec 08             	sub    $0x8,%esp
	proc_dump();
c0102f56:	e8 35 11 00 00       	call   c0104090 <proc_dump>
}
c0102f5b:	89 ec                	mov    %ebp,%esp
c0102f5d:	31 c0                	xor    %eax,%eax
c0102f5f:	5d                   	pop    %ebp
c0102f60:	c3                   	ret
c0102f61:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0102f68:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0102f6f:	90                   	nop

c0102f70 <mon_pagetable>:
{
c0102f70:	55                   	push   %ebp
c0102f71:	89 e5                	mov    %esp,%ebp
c0102f73:	57                   	push   %edi
c0102f74:	56                   	push   %esi
c0102f75:	53                   	push   %ebx
c0102f76:	83 ec 2c             	sub    $0x2c,%esp
static inline uint32_t rcr3(void) { uint32_t v; asm volatile("movl %%cr3, %0" : "=r"(v)); return v; }
c0102f79:	0f 20 de             	mov    %cr3,%esi
c0102f7c:	31 db                	xor    %ebx,%ebx
c0102f7e:	81 ee 00 00 00 40    	sub    $0x40000000,%esi
	if (argc >= 2) {
c0102f84:	83 7d 08 01          	cmpl   $0x1,0x8(%ebp)
c0102f88:	7f 61                	jg     c0102feb <mon_pagetable+0x7b>
c0102f8a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
		if (!(pgdir[i] & PTE_P))
c0102f90:	8b 06                	mov    (%esi),%eax
c0102f92:	a8 01                	test   $0x1,%al
c0102f94:	74 3f                	je     c0102fd5 <mon_pagetable+0x65>
		printf("pde[%03u] va %08x-%08x -> pt %08x ", i, i << PDXSHIFT,
c0102f96:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0102f9a:	89 da                	mov    %ebx,%edx
static inline physaddr_t PTE_ADDR(uint32_t pte) { return pte & ~0xFFFu; }
c0102f9c:	25 00 f0 ff ff       	and    $0xfffff000,%eax
c0102fa1:	89 44 24 10          	mov    %eax,0x10(%esp)
c0102fa5:	c1 e2 16             	shl    $0x16,%edx
c0102fa8:	89 54 24 08          	mov    %edx,0x8(%esp)
c0102fac:	8d 82 ff ff 3f 00    	lea    0x3fffff(%edx),%eax
c0102fb2:	89 44 24 0c          	mov    %eax,0xc(%esp)
c0102fb6:	c7 04 24 88 88 10 c0 	movl   $0xc0108888,(%esp)
c0102fbd:	e8 ee 09 00 00       	call   c01039b0 <printf>
		print_pte_flags(pgdir[i]);
c0102fc2:	8b 06                	mov    (%esi),%eax
c0102fc4:	e8 c7 fe ff ff       	call   c0102e90 <print_pte_flags>
		printf("\n");
c0102fc9:	c7 04 24 45 88 10 c0 	movl   $0xc0108845,(%esp)
c0102fd0:	e8 db 09 00 00       	call   c01039b0 <printf>
	for (uint32_t i = 0; i < NPDENTRIES; i++) {
c0102fd5:	43                   	inc    %ebx
c0102fd6:	83 c6 04             	add    $0x4,%esi
c0102fd9:	81 fb 00 04 00 00    	cmp    $0x400,%ebx
c0102fdf:	75 af                	jne    c0102f90 <mon_pagetable+0x20>
}
c0102fe1:	83 c4 2c             	add    $0x2c,%esp
c0102fe4:	31 c0                	xor    %eax,%eax
c0102fe6:	5b                   	pop    %ebx
c0102fe7:	5e                   	pop    %esi
c0102fe8:	5f                   	pop    %edi
c0102fe9:	5d                   	pop    %ebp
c0102fea:	c3                   	ret
		uint32_t va = (uint32_t)strtol(argv[1], NULL, 16);
c0102feb:	31 d2                	xor    %edx,%edx
c0102fed:	b8 10 00 00 00       	mov    $0x10,%eax
c0102ff2:	89 54 24 04          	mov    %edx,0x4(%esp)
c0102ff6:	89 44 24 08          	mov    %eax,0x8(%esp)
c0102ffa:	8b 45 0c             	mov    0xc(%ebp),%eax
c0102ffd:	8b 40 04             	mov    0x4(%eax),%eax
c0103000:	89 04 24             	mov    %eax,(%esp)
c0103003:	e8 78 3d 00 00       	call   c0106d80 <strtol>
c0103008:	89 c3                	mov    %eax,%ebx
static inline uint32_t PDX(uint32_t va) { return (va >> PDXSHIFT) & 0x3FF; }
c010300a:	c1 e8 16             	shr    $0x16,%eax
		pde_t pde = pgdir[PDX(va)];
c010300d:	8b 3c 86             	mov    (%esi,%eax,4),%edi
		printf("va %08x: pde[%u] = %08x ", va, PDX(va), pde);
c0103010:	89 44 24 08          	mov    %eax,0x8(%esp)
c0103014:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0103018:	c7 04 24 b7 87 10 c0 	movl   $0xc01087b7,(%esp)
c010301f:	89 7c 24 0c          	mov    %edi,0xc(%esp)
c0103023:	e8 88 09 00 00       	call   c01039b0 <printf>
		print_pte_flags(pde);
c0103028:	89 f8                	mov    %edi,%eax
c010302a:	e8 61 fe ff ff       	call   c0102e90 <print_pte_flags>
		printf("\n");
c010302f:	c7 04 24 45 88 10 c0 	movl   $0xc0108845,(%esp)
c0103036:	e8 75 09 00 00       	call   c01039b0 <printf>
		pte_t *pte = pgdir_walk(pgdir, va, 0);
c010303b:	31 c9                	xor    %ecx,%ecx
c010303d:	89 34 24             	mov    %esi,(%esp)
c0103040:	89 4c 24 08          	mov    %ecx,0x8(%esp)
c0103044:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0103048:	e8 63 29 00 00       	call   c01059b0 <pgdir_walk>
		if (pte == NULL) {
c010304d:	85 c0                	test   %eax,%eax
		pte_t *pte = pgdir_walk(pgdir, va, 0);
c010304f:	89 c6                	mov    %eax,%esi
		if (pte == NULL) {
c0103051:	74 65                	je     c01030b8 <mon_pagetable+0x148>
		printf("  pte[%u] = %08x ", PTX(va), *pte);
c0103053:	8b 00                	mov    (%eax),%eax
c0103055:	c7 04 24 e1 87 10 c0 	movl   $0xc01087e1,(%esp)
c010305c:	89 44 24 08          	mov    %eax,0x8(%esp)
static inline uint32_t PTX(uint32_t va) { return (va >> PTXSHIFT) & 0x3FF; }
c0103060:	89 d8                	mov    %ebx,%eax
c0103062:	c1 e8 0c             	shr    $0xc,%eax
c0103065:	25 ff 03 00 00       	and    $0x3ff,%eax
c010306a:	89 44 24 04          	mov    %eax,0x4(%esp)
c010306e:	e8 3d 09 00 00       	call   c01039b0 <printf>
		print_pte_flags(*pte);
c0103073:	8b 06                	mov    (%esi),%eax
c0103075:	e8 16 fe ff ff       	call   c0102e90 <print_pte_flags>
		if (*pte & PTE_P)
c010307a:	8b 16                	mov    (%esi),%edx
c010307c:	f6 c2 01             	test   $0x1,%dl
c010307f:	75 16                	jne    c0103097 <mon_pagetable+0x127>
		printf("\n");
c0103081:	c7 04 24 45 88 10 c0 	movl   $0xc0108845,(%esp)
c0103088:	e8 23 09 00 00       	call   c01039b0 <printf>
}
c010308d:	83 c4 2c             	add    $0x2c,%esp
c0103090:	31 c0                	xor    %eax,%eax
c0103092:	5b                   	pop    %ebx
c0103093:	5e                   	pop    %esi
c0103094:	5f                   	pop    %edi
c0103095:	5d                   	pop    %ebp
c0103096:	c3                   	ret
			printf("  -> pa %08x", PTE_ADDR(*pte) | PGOFF(va));
c0103097:	c7 04 24 f3 87 10 c0 	movl   $0xc01087f3,(%esp)
static inline uint32_t PGOFF(uint32_t va) { return va & 0xFFF; }
c010309e:	89 d8                	mov    %ebx,%eax
static inline physaddr_t PTE_ADDR(uint32_t pte) { return pte & ~0xFFFu; }
c01030a0:	81 e2 00 f0 ff ff    	and    $0xfffff000,%edx
static inline uint32_t PGOFF(uint32_t va) { return va & 0xFFF; }
c01030a6:	25 ff 0f 00 00       	and    $0xfff,%eax
c01030ab:	09 d0                	or     %edx,%eax
c01030ad:	89 44 24 04          	mov    %eax,0x4(%esp)
c01030b1:	e8 fa 08 00 00       	call   c01039b0 <printf>
c01030b6:	eb c9                	jmp    c0103081 <mon_pagetable+0x111>
			printf("  no page table\n");
c01030b8:	c7 04 24 d0 87 10 c0 	movl   $0xc01087d0,(%esp)
c01030bf:	e8 ec 08 00 00       	call   c01039b0 <printf>
}
c01030c4:	83 c4 2c             	add    $0x2c,%esp
c01030c7:	31 c0                	xor    %eax,%eax
c01030c9:	5b                   	pop    %ebx
c01030ca:	5e                   	pop    %esi
c01030cb:	5f                   	pop    %edi
c01030cc:	5d                   	pop    %ebp
c01030cd:	c3                   	ret
c01030ce:	66 90                	xchg   %ax,%ax

c01030d0 <mon_examine>:
{
c01030d0:	55                   	push   %ebp
c01030d1:	89 e5                	mov    %esp,%ebp
c01030d3:	57                   	push   %edi
c01030d4:	56                   	push   %esi
c01030d5:	53                   	push   %ebx
c01030d6:	83 ec 2c             	sub    $0x2c,%esp
c01030d9:	8b 75 08             	mov    0x8(%ebp),%esi
c01030dc:	8b 7d 0c             	mov    0xc(%ebp),%edi
	if (argc < 2) {
c01030df:	83 fe 01             	cmp    $0x1,%esi
c01030e2:	0f 8e 00 01 00 00    	jle    c01031e8 <mon_examine+0x118>
	uint32_t va = (uint32_t)strtol(argv[1], NULL, 16) & ~3u;
c01030e8:	31 c0                	xor    %eax,%eax
c01030ea:	bb 10 00 00 00       	mov    $0x10,%ebx
c01030ef:	89 5c 24 08          	mov    %ebx,0x8(%esp)
c01030f3:	89 44 24 04          	mov    %eax,0x4(%esp)
c01030f7:	8b 47 04             	mov    0x4(%edi),%eax
c01030fa:	89 04 24             	mov    %eax,(%esp)
c01030fd:	e8 7e 3c 00 00       	call   c0106d80 <strtol>
c0103102:	83 e0 fc             	and    $0xfffffffc,%eax
	int n = argc > 2 ? (int)strtol(argv[2], NULL, 0) : 4;
c0103105:	83 fe 02             	cmp    $0x2,%esi
	uint32_t va = (uint32_t)strtol(argv[1], NULL, 16) & ~3u;
c0103108:	89 c3                	mov    %eax,%ebx
	int n = argc > 2 ? (int)strtol(argv[2], NULL, 0) : 4;
c010310a:	0f 85 a8 00 00 00    	jne    c01031b8 <mon_examine+0xe8>
c0103110:	0f 20 d8             	mov    %cr3,%eax
c0103113:	2d 00 00 00 40       	sub    $0x40000000,%eax
c0103118:	bf 04 00 00 00       	mov    $0x4,%edi
c010311d:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	for (int i = 0; i < n; i++, va += 4) {
c0103120:	31 f6                	xor    %esi,%esi
			printf("%s%08x:", i ? "\n" : "", va);
c0103122:	b8 4e 88 10 c0       	mov    $0xc010884e,%eax
c0103127:	eb 2e                	jmp    c0103157 <mon_examine+0x87>
c0103129:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
		printf(" %08x", *(uint32_t *)va);
c0103130:	8b 03                	mov    (%ebx),%eax
	for (int i = 0; i < n; i++, va += 4) {
c0103132:	46                   	inc    %esi
c0103133:	83 c3 04             	add    $0x4,%ebx
		printf(" %08x", *(uint32_t *)va);
c0103136:	c7 04 24 fa 87 10 c0 	movl   $0xc01087fa,(%esp)
c010313d:	89 44 24 04          	mov    %eax,0x4(%esp)
c0103141:	e8 6a 08 00 00       	call   c01039b0 <printf>
	for (int i = 0; i < n; i++, va += 4) {
c0103146:	39 fe                	cmp    %edi,%esi
c0103148:	7d 53                	jge    c010319d <mon_examine+0xcd>
		if (i % 4 == 0)
c010314a:	f7 c6 03 00 00 00    	test   $0x3,%esi
			printf("%s%08x:", i ? "\n" : "", va);
c0103150:	b8 45 88 10 c0       	mov    $0xc0108845,%eax
		if (i % 4 == 0)
c0103155:	75 14                	jne    c010316b <mon_examine+0x9b>
			printf("%s%08x:", i ? "\n" : "", va);
c0103157:	89 5c 24 08          	mov    %ebx,0x8(%esp)
c010315b:	89 44 24 04          	mov    %eax,0x4(%esp)
c010315f:	c7 04 24 18 88 10 c0 	movl   $0xc0108818,(%esp)
c0103166:	e8 45 08 00 00       	call   c01039b0 <printf>
		pte_t *pte = pgdir_walk(pgdir, va, 0);
c010316b:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c010316f:	31 c0                	xor    %eax,%eax
c0103171:	89 44 24 08          	mov    %eax,0x8(%esp)
c0103175:	8b 45 e4             	mov    -0x1c(%ebp),%eax
c0103178:	89 04 24             	mov    %eax,(%esp)
c010317b:	e8 30 28 00 00       	call   c01059b0 <pgdir_walk>
		if (pte == NULL || !(*pte & PTE_P)) {
c0103180:	85 c0                	test   %eax,%eax
c0103182:	74 05                	je     c0103189 <mon_examine+0xb9>
c0103184:	f6 00 01             	testb  $0x1,(%eax)
c0103187:	75 a7                	jne    c0103130 <mon_examine+0x60>
			printf(" --------");
c0103189:	c7 04 24 20 88 10 c0 	movl   $0xc0108820,(%esp)
	for (int i = 0; i < n; i++, va += 4) {
c0103190:	46                   	inc    %esi
c0103191:	83 c3 04             	add    $0x4,%ebx
			printf(" --------");
c0103194:	e8 17 08 00 00       	call   c01039b0 <printf>
	for (int i = 0; i < n; i++, va += 4) {
c0103199:	39 fe                	cmp    %edi,%esi
c010319b:	7c ad                	jl     c010314a <mon_examine+0x7a>
	printf("\n");
c010319d:	c7 04 24 45 88 10 c0 	movl   $0xc0108845,(%esp)
c01031a4:	e8 07 08 00 00       	call   c01039b0 <printf>
}
c01031a9:	83 c4 2c             	add    $0x2c,%esp
c01031ac:	31 c0                	xor    %eax,%eax
c01031ae:	5b                   	pop    %ebx
c01031af:	5e                   	pop    %esi
c01031b0:	5f                   	pop    %edi
c01031b1:	5d                   	pop    %ebp
c01031b2:	c3                   	ret
c01031b3:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c01031b7:	90                   	nop
	int n = argc > 2 ? (int)strtol(argv[2], NULL, 0) : 4;
c01031b8:	31 d2                	xor    %edx,%edx
c01031ba:	31 c9                	xor    %ecx,%ecx
c01031bc:	89 54 24 08          	mov    %edx,0x8(%esp)
c01031c0:	89 4c 24 04          	mov    %ecx,0x4(%esp)
c01031c4:	8b 47 08             	mov    0x8(%edi),%eax
c01031c7:	89 04 24             	mov    %eax,(%esp)
c01031ca:	e8 b1 3b 00 00       	call   c0106d80 <strtol>
c01031cf:	89 c7                	mov    %eax,%edi
c01031d1:	0f 20 d8             	mov    %cr3,%eax
	for (int i = 0; i < n; i++, va += 4) {
c01031d4:	85 ff                	test   %edi,%edi
c01031d6:	7e c5                	jle    c010319d <mon_examine+0xcd>
c01031d8:	2d 00 00 00 40       	sub    $0x40000000,%eax
c01031dd:	89 45 e4             	mov    %eax,-0x1c(%ebp)
c01031e0:	e9 3b ff ff ff       	jmp    c0103120 <mon_examine+0x50>
c01031e5:	8d 76 00             	lea    0x0(%esi),%esi
		printf("usage: x ADDR [NWORDS]\n");
c01031e8:	c7 04 24 00 88 10 c0 	movl   $0xc0108800,(%esp)
c01031ef:	e8 bc 07 00 00       	call   c01039b0 <printf>
}
c01031f4:	83 c4 2c             	add    $0x2c,%esp
c01031f7:	31 c0                	xor    %eax,%eax
c01031f9:	5b                   	pop    %ebx
c01031fa:	5e                   	pop    %esi
c01031fb:	5f                   	pop    %edi
c01031fc:	5d                   	pop    %ebp
c01031fd:	c3                   	ret
c01031fe:	66 90                	xchg   %ax,%ax

c0103200 <mon_backtrace>:
{
c0103200:	55                   	push   %ebp
c0103201:	89 e5                	mov    %esp,%ebp
c0103203:	83 ec 18             	sub    $0x18,%esp
c0103206:	8b 45 10             	mov    0x10(%ebp),%eax
	backtrace_print(tf ? tf->ebp : read_ebp());
c0103209:	85 c0                	test   %eax,%eax
c010320b:	74 13                	je     c0103220 <mon_backtrace+0x20>
c010320d:	8b 40 08             	mov    0x8(%eax),%eax
c0103210:	89 04 24             	mov    %eax,(%esp)
c0103213:	e8 38 e5 ff ff       	call   c0101750 <backtrace_print>
}
c0103218:	89 ec                	mov    %ebp,%esp
c010321a:	31 c0                	xor    %eax,%eax
c010321c:	5d                   	pop    %ebp
c010321d:	c3                   	ret
c010321e:	66 90                	xchg   %ax,%ax
	asm volatile("movl %%ebp, %0" : "=r"(ebp));
c0103220:	89 e8                	mov    %ebp,%eax
	backtrace_print(tf ? tf->ebp : read_ebp());
c0103222:	89 04 24             	mov    %eax,(%esp)
c0103225:	e8 26 e5 ff ff       	call   c0101750 <backtrace_print>
}
c010322a:	89 ec                	mov    %ebp,%esp
c010322c:	31 c0                	xor    %eax,%eax
c010322e:	5d                   	pop    %ebp
c010322f:	c3                   	ret

c0103230 <mon_kerninfo>:
{
c0103230:	55                   	push   %ebp
	printf("kernel: entry %08x  etext %08x  edata %08x  end %08x\n",
c0103231:	ba 14 c4 1f c0       	mov    $0xc01fc414,%edx
{
c0103236:	89 e5                	mov    %esp,%ebp
	printf("kernel: entry %08x  etext %08x  edata %08x  end %08x\n",
c0103238:	b9 42 7b 10 c0       	mov    $0xc0107b42,%ecx
{
c010323d:	83 ec 28             	sub    $0x28,%esp
	printf("kernel: entry %08x  etext %08x  edata %08x  end %08x\n",
c0103240:	b8 00 b0 20 c0       	mov    $0xc020b000,%eax
{
c0103245:	89 5d fc             	mov    %ebx,-0x4(%ebp)
	printf("kernel: entry %08x  etext %08x  edata %08x  end %08x\n",
c0103248:	bb 0c 00 10 c0       	mov    $0xc010000c,%ebx
c010324d:	89 54 24 0c          	mov    %edx,0xc(%esp)
c0103251:	89 4c 24 08          	mov    %ecx,0x8(%esp)
c0103255:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0103259:	89 44 24 10          	mov    %eax,0x10(%esp)
c010325d:	c7 04 24 ac 88 10 c0 	movl   $0xc01088ac,(%esp)
c0103264:	e8 47 07 00 00       	call   c01039b0 <printf>
	printf("memory: %u pages total, %u free\n",
c0103269:	e8 e2 e3 ff ff       	call   c0101650 <kalloc_free_pages>
c010326e:	89 c3                	mov    %eax,%ebx
c0103270:	e8 eb e3 ff ff       	call   c0101660 <kalloc_total_pages>
c0103275:	89 5c 24 08          	mov    %ebx,0x8(%esp)
c0103279:	c7 04 24 e4 88 10 c0 	movl   $0xc01088e4,(%esp)
c0103280:	89 44 24 04          	mov    %eax,0x4(%esp)
c0103284:	e8 27 07 00 00       	call   c01039b0 <printf>
}
c0103289:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c010328c:	89 ec                	mov    %ebp,%esp
c010328e:	5d                   	pop    %ebp
c010328f:	31 c0                	xor    %eax,%eax
c0103291:	c3                   	ret
c0103292:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0103299:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi

c01032a0 <monitor_run_command>:

// Run one command line.  Returns -1 when the monitor should exit.
int monitor_run_command(char *line, struct trapframe *tf)
{
c01032a0:	55                   	push   %ebp
c01032a1:	89 e5                	mov    %esp,%ebp
c01032a3:	57                   	push   %edi
c01032a4:	56                   	push   %esi
c01032a5:	53                   	push   %ebx
c01032a6:	31 db                	xor    %ebx,%ebx
c01032a8:	83 ec 3c             	sub    $0x3c,%esp
c01032ab:	8b 45 08             	mov    0x8(%ebp),%eax
	char *argv[MAXARGS];
	int argc = 0;
	char *p = line;
	while (*p) {
c01032ae:	0f b6 10             	movzbl (%eax),%edx
c01032b1:	84 d2                	test   %dl,%dl
c01032b3:	0f 84 b7 00 00 00    	je     c0103370 <monitor_run_command+0xd0>
c01032b9:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
		while (*p == ' ' || *p == '\t')
c01032c0:	80 fa 20             	cmp    $0x20,%dl
c01032c3:	74 0b                	je     c01032d0 <monitor_run_command+0x30>
c01032c5:	80 fa 09             	cmp    $0x9,%dl
c01032c8:	75 20                	jne    c01032ea <monitor_run_command+0x4a>
c01032ca:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
			*p++ = '\0';
c01032d0:	c6 00 00             	movb   $0x0,(%eax)
		while (*p == ' ' || *p == '\t')
c01032d3:	0f b6 50 01          	movzbl 0x1(%eax),%edx
			*p++ = '\0';
c01032d7:	40                   	inc    %eax
		while (*p == ' ' || *p == '\t')
c01032d8:	80 fa 20             	cmp    $0x20,%dl
c01032db:	74 f3                	je     c01032d0 <monitor_run_command+0x30>
c01032dd:	80 fa 09             	cmp    $0x9,%dl
c01032e0:	74 ee                	je     c01032d0 <monitor_run_command+0x30>
		if (*p == '\0')
c01032e2:	84 d2                	test   %dl,%dl
c01032e4:	0f 84 ad 00 00 00    	je     c0103397 <monitor_run_command+0xf7>
			break;
		if (argc == MAXARGS - 1) {
c01032ea:	83 fb 07             	cmp    $0x7,%ebx
c01032ed:	8d 76 00             	lea    0x0(%esi),%esi
c01032f0:	0f 84 8a 00 00 00    	je     c0103380 <monitor_run_command+0xe0>
			printf("too many arguments (max %d)\n", MAXARGS - 1);
			return 0;
		}
		argv[argc++] = p;
c01032f6:	43                   	inc    %ebx
c01032f7:	89 44 9d c4          	mov    %eax,-0x3c(%ebp,%ebx,4)
		while (*p && *p != ' ' && *p != '\t')
c01032fb:	0f b6 10             	movzbl (%eax),%edx
c01032fe:	f6 c2 df             	test   $0xdf,%dl
c0103301:	75 0f                	jne    c0103312 <monitor_run_command+0x72>
c0103303:	eb 12                	jmp    c0103317 <monitor_run_command+0x77>
c0103305:	8d 76 00             	lea    0x0(%esi),%esi
c0103308:	0f b6 50 01          	movzbl 0x1(%eax),%edx
			p++;
c010330c:	40                   	inc    %eax
		while (*p && *p != ' ' && *p != '\t')
c010330d:	f6 c2 df             	test   $0xdf,%dl
c0103310:	74 05                	je     c0103317 <monitor_run_command+0x77>
c0103312:	80 fa 09             	cmp    $0x9,%dl
c0103315:	75 f1                	jne    c0103308 <monitor_run_command+0x68>
	while (*p) {
c0103317:	84 d2                	test   %dl,%dl
c0103319:	75 a5                	jne    c01032c0 <monitor_run_command+0x20>
	}
	argv[argc] = NULL;
c010331b:	31 c0                	xor    %eax,%eax
c010331d:	89 44 9d c8          	mov    %eax,-0x38(%ebp,%ebx,4)
	int argc = 0;
c0103321:	31 f6                	xor    %esi,%esi
c0103323:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010332a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
	if (argc == 0)
		return 0;
	for (int i = 0; i < NCOMMANDS; i++)
		if (strcmp(argv[0], commands[i].name) == 0)
c0103330:	8d 3c 76             	lea    (%esi,%esi,2),%edi
c0103333:	c1 e7 02             	shl    $0x2,%edi
c0103336:	8b 87 20 8a 10 c0    	mov    -0x3fef75e0(%edi),%eax
c010333c:	89 44 24 04          	mov    %eax,0x4(%esp)
c0103340:	8b 45 c8             	mov    -0x38(%ebp),%eax
c0103343:	89 04 24             	mov    %eax,(%esp)
c0103346:	e8 15 38 00 00       	call   c0106b60 <strcmp>
c010334b:	85 c0                	test   %eax,%eax
c010334d:	74 54                	je     c01033a3 <monitor_run_command+0x103>
	for (int i = 0; i < NCOMMANDS; i++)
c010334f:	46                   	inc    %esi
c0103350:	83 fe 07             	cmp    $0x7,%esi
c0103353:	75 db                	jne    c0103330 <monitor_run_command+0x90>
			return commands[i].run(argc, argv, tf);
	printf("unknown command '%s'; try 'help'\n", argv[0]);
c0103355:	8b 45 c8             	mov    -0x38(%ebp),%eax
c0103358:	c7 04 24 08 89 10 c0 	movl   $0xc0108908,(%esp)
c010335f:	89 44 24 04          	mov    %eax,0x4(%esp)
c0103363:	e8 48 06 00 00       	call   c01039b0 <printf>
	return 0;
c0103368:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010336f:	90                   	nop
			return 0;
c0103370:	31 c0                	xor    %eax,%eax
}
c0103372:	83 c4 3c             	add    $0x3c,%esp
c0103375:	5b                   	pop    %ebx
c0103376:	5e                   	pop    %esi
c0103377:	5f                   	pop    %edi
c0103378:	5d                   	pop    %ebp
c0103379:	c3                   	ret
c010337a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
			printf("too many arguments (max %d)\n", MAXARGS - 1);
c0103380:	c7 04 24 2a 88 10 c0 	movl   $0xc010882a,(%esp)
c0103387:	b9 07 00 00 00       	mov    $0x7,%ecx
c010338c:	89 4c 24 04          	mov    %ecx,0x4(%esp)
c0103390:	e8 1b 06 00 00       	call   c01039b0 <printf>
			return 0;
c0103395:	eb d9                	jmp    c0103370 <monitor_run_command+0xd0>
	argv[argc] = NULL;
c0103397:	31 d2                	xor    %edx,%edx
	if (argc == 0)
c0103399:	85 db                	test   %ebx,%ebx
	argv[argc] = NULL;
c010339b:	89 54 9d c8          	mov    %edx,-0x38(%ebp,%ebx,4)
	if (argc == 0)
c010339f:	75 80                	jne    c0103321 <monitor_run_command+0x81>
c01033a1:	eb cd                	jmp    c0103370 <monitor_run_command+0xd0>
			return commands[i].run(argc, argv, tf);
c01033a3:	8b 45 0c             	mov    0xc(%ebp),%eax
c01033a6:	89 1c 24             	mov    %ebx,(%esp)
c01033a9:	89 44 24 08          	mov    %eax,0x8(%esp)
c01033ad:	8d 45 c8             	lea    -0x38(%ebp),%eax
c01033b0:	89 44 24 04          	mov    %eax,0x4(%esp)
c01033b4:	ff 97 28 8a 10 c0    	call   *-0x3fef75d8(%edi)
c01033ba:	eb b6                	jmp    c0103372 <monitor_run_command+0xd2>
c01033bc:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi

c01033c0 <monitor>:
	}
	buf[n] = '\0';
}

void monitor(struct trapframe *tf)
{
c01033c0:	55                   	push   %ebp
c01033c1:	89 e5                	mov    %esp,%ebp
c01033c3:	57                   	push   %edi
c01033c4:	56                   	push   %esi
c01033c5:	53                   	push   %ebx
c01033c6:	83 ec 6c             	sub    $0x6c,%esp
c01033c9:	8b 7d 08             	mov    0x8(%ebp),%edi
	char line[LINE_MAX];
	printf("Entering the kernel monitor; type 'help' for commands.\n");
c01033cc:	c7 04 24 2c 89 10 c0 	movl   $0xc010892c,(%esp)
c01033d3:	e8 d8 05 00 00       	call   c01039b0 <printf>
	if (tf)
c01033d8:	85 ff                	test   %edi,%edi
c01033da:	74 14                	je     c01033f0 <monitor+0x30>
		print_trapframe(tf);
c01033dc:	89 3c 24             	mov    %edi,(%esp)
c01033df:	e8 fc 1c 00 00       	call   c01050e0 <print_trapframe>
c01033e4:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01033eb:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c01033ef:	90                   	nop
	for (;;) {
		printf("K> ");
c01033f0:	c7 04 24 47 88 10 c0 	movl   $0xc0108847,(%esp)
	int n = 0;
c01033f7:	31 db                	xor    %ebx,%ebx
		printf("K> ");
c01033f9:	e8 b2 05 00 00       	call   c01039b0 <printf>
static void read_line(char *buf, int max)
c01033fe:	66 90                	xchg   %ax,%ax
		int c = console_getc_poll();
c0103400:	e8 8b ce ff ff       	call   c0100290 <console_getc_poll>
		if (c == '\n') {
c0103405:	83 f8 0a             	cmp    $0xa,%eax
c0103408:	74 36                	je     c0103440 <monitor+0x80>
		if ((c == '\b' || c == 0x7F) && n > 0) {
c010340a:	83 f8 08             	cmp    $0x8,%eax
c010340d:	74 61                	je     c0103470 <monitor+0xb0>
c010340f:	83 f8 7f             	cmp    $0x7f,%eax
c0103412:	74 5c                	je     c0103470 <monitor+0xb0>
		} else if (c >= ' ' && n < max - 1) {
c0103414:	83 fb 4e             	cmp    $0x4e,%ebx
c0103417:	7f e7                	jg     c0103400 <monitor+0x40>
c0103419:	83 f8 1f             	cmp    $0x1f,%eax
c010341c:	7e e2                	jle    c0103400 <monitor+0x40>
			buf[n++] = (char)c;
c010341e:	88 44 1d 98          	mov    %al,-0x68(%ebp,%ebx,1)
c0103422:	8d 73 01             	lea    0x1(%ebx),%esi
			console_putc(c);
c0103425:	89 04 24             	mov    %eax,(%esp)
			buf[n++] = (char)c;
c0103428:	89 f3                	mov    %esi,%ebx
			console_putc(c);
c010342a:	e8 21 ce ff ff       	call   c0100250 <console_putc>
		int c = console_getc_poll();
c010342f:	e8 5c ce ff ff       	call   c0100290 <console_getc_poll>
		if (c == '\n') {
c0103434:	83 f8 0a             	cmp    $0xa,%eax
c0103437:	75 d1                	jne    c010340a <monitor+0x4a>
c0103439:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
			console_putc('\n');
c0103440:	c7 04 24 0a 00 00 00 	movl   $0xa,(%esp)
c0103447:	e8 04 ce ff ff       	call   c0100250 <console_putc>
		read_line(line, sizeof(line));
		if (monitor_run_command(line, tf) < 0)
c010344c:	8d 45 98             	lea    -0x68(%ebp),%eax
	buf[n] = '\0';
c010344f:	c6 44 1d 98 00       	movb   $0x0,-0x68(%ebp,%ebx,1)
		if (monitor_run_command(line, tf) < 0)
c0103454:	89 7c 24 04          	mov    %edi,0x4(%esp)
c0103458:	89 04 24             	mov    %eax,(%esp)
c010345b:	e8 40 fe ff ff       	call   c01032a0 <monitor_run_command>
c0103460:	85 c0                	test   %eax,%eax
c0103462:	79 8c                	jns    c01033f0 <monitor+0x30>
			break;
	}
}
c0103464:	83 c4 6c             	add    $0x6c,%esp
c0103467:	5b                   	pop    %ebx
c0103468:	5e                   	pop    %esi
c0103469:	5f                   	pop    %edi
c010346a:	5d                   	pop    %ebp
c010346b:	c3                   	ret
c010346c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
		if ((c == '\b' || c == 0x7F) && n > 0) {
c0103470:	85 db                	test   %ebx,%ebx
c0103472:	74 a5                	je     c0103419 <monitor+0x59>
			console_write("\b \b", 3);
c0103474:	c7 04 24 4b 88 10 c0 	movl   $0xc010884b,(%esp)
c010347b:	b8 03 00 00 00       	mov    $0x3,%eax
			n--;
c0103480:	4b                   	dec    %ebx
			console_write("\b \b", 3);
c0103481:	89 44 24 04          	mov    %eax,0x4(%esp)
c0103485:	e8 36 d0 ff ff       	call   c01004c0 <console_write>
c010348a:	e9 71 ff ff ff       	jmp    c0103400 <monitor+0x40>
c010348f:	90                   	nop

c0103490 <add_function>:
{
	return d->bar[n] & PCI_BAR_MEM_MASK;
}

static void add_function(uint8_t bus, uint8_t slot, uint8_t func, uint32_t id)
{
c0103490:	55                   	push   %ebp
c0103491:	89 e5                	mov    %esp,%ebp
c0103493:	57                   	push   %edi
c0103494:	56                   	push   %esi
c0103495:	53                   	push   %ebx
c0103496:	83 ec 5c             	sub    $0x5c,%esp
c0103499:	88 45 e4             	mov    %al,-0x1c(%ebp)
	if (ndevices == MAXDEV)
c010349c:	8b 35 c0 73 20 c0    	mov    0xc02073c0,%esi
{
c01034a2:	88 55 e0             	mov    %dl,-0x20(%ebp)
c01034a5:	88 4d dc             	mov    %cl,-0x24(%ebp)
	if (ndevices == MAXDEV)
c01034a8:	83 fe 20             	cmp    $0x20,%esi
c01034ab:	0f 84 28 01 00 00    	je     c01035d9 <add_function+0x149>
		return;
	struct pci_device *d = &devices[ndevices++];
	d->bus = bus;
c01034b1:	8d 3c b5 00 00 00 00 	lea    0x0(,%esi,4),%edi
c01034b8:	89 cb                	mov    %ecx,%ebx
c01034ba:	89 7d cc             	mov    %edi,-0x34(%ebp)
	struct pci_device *d = &devices[ndevices++];
c01034bd:	8d 4e 01             	lea    0x1(%esi),%ecx
c01034c0:	89 0d c0 73 20 c0    	mov    %ecx,0xc02073c0
	d->bus = bus;
c01034c6:	8d 0c 37             	lea    (%edi,%esi,1),%ecx
c01034c9:	8d 3c cd 00 00 00 00 	lea    0x0(,%ecx,8),%edi
c01034d0:	88 87 e0 73 20 c0    	mov    %al,-0x3fdf8c20(%edi)
c01034d6:	8d 8f e0 73 20 c0    	lea    -0x3fdf8c20(%edi),%ecx
	d->slot = slot;
	d->func = func;
	d->vendor = id & 0xFFFF;
	d->device = id >> 16;
	uint32_t class = config_read(bus, slot, func, PCI_CLASS_REV);
c01034dc:	0f b6 c0             	movzbl %al,%eax
	d->func = func;
c01034df:	88 59 02             	mov    %bl,0x2(%ecx)
	d->device = id >> 16;
c01034e2:	8b 5d 08             	mov    0x8(%ebp),%ebx
	d->slot = slot;
c01034e5:	88 51 01             	mov    %dl,0x1(%ecx)
	uint32_t class = config_read(bus, slot, func, PCI_CLASS_REV);
c01034e8:	0f b6 55 dc          	movzbl -0x24(%ebp),%edx
c01034ec:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	d->device = id >> 16;
c01034ef:	c1 eb 10             	shr    $0x10,%ebx
c01034f2:	89 5d d8             	mov    %ebx,-0x28(%ebp)
	d->vendor = id & 0xFFFF;
c01034f5:	8b 5d 08             	mov    0x8(%ebp),%ebx
	       ((uint32_t)func << 8) | (off & 0xFC);
c01034f8:	89 d0                	mov    %edx,%eax
	uint32_t class = config_read(bus, slot, func, PCI_CLASS_REV);
c01034fa:	89 55 dc             	mov    %edx,-0x24(%ebp)
	       ((uint32_t)func << 8) | (off & 0xFC);
c01034fd:	c1 e0 08             	shl    $0x8,%eax
	asm volatile("outl %0, %1" : : "a"(v), "d"(port));
c0103500:	ba f8 0c 00 00       	mov    $0xcf8,%edx
	d->vendor = id & 0xFFFF;
c0103505:	89 59 04             	mov    %ebx,0x4(%ecx)
	uint32_t class = config_read(bus, slot, func, PCI_CLASS_REV);
c0103508:	0f b6 5d e0          	movzbl -0x20(%ebp),%ebx
c010350c:	89 5d e0             	mov    %ebx,-0x20(%ebp)
	return PCI_CONFIG_ENABLE | ((uint32_t)bus << 16) | ((uint32_t)slot << 11) |
c010350f:	c1 e3 0b             	shl    $0xb,%ebx
c0103512:	09 c3                	or     %eax,%ebx
c0103514:	8b 45 e4             	mov    -0x1c(%ebp),%eax
c0103517:	c1 e0 10             	shl    $0x10,%eax
c010351a:	09 c3                	or     %eax,%ebx
	       ((uint32_t)func << 8) | (off & 0xFC);
c010351c:	89 d8                	mov    %ebx,%eax
c010351e:	0d 08 00 00 80       	or     $0x80000008,%eax
c0103523:	ef                   	out    %eax,(%dx)
	asm volatile("inl %1, %0" : "=a"(v) : "d"(port));
c0103524:	ba fc 0c 00 00       	mov    $0xcfc,%edx
c0103529:	ed                   	in     (%dx),%eax
	d->class = class >> 24;
	d->subclass = (class >> 16) & 0xFF;
	d->progif = (class >> 8) & 0xFF;
c010352a:	88 61 0a             	mov    %ah,0xa(%ecx)
	d->class = class >> 24;
c010352d:	89 c2                	mov    %eax,%edx
c010352f:	c1 ea 18             	shr    $0x18,%edx
c0103532:	88 51 08             	mov    %dl,0x8(%ecx)
c0103535:	89 55 d4             	mov    %edx,-0x2c(%ebp)
	d->subclass = (class >> 16) & 0xFF;
c0103538:	89 c2                	mov    %eax,%edx
c010353a:	c1 ea 10             	shr    $0x10,%edx
c010353d:	88 51 09             	mov    %dl,0x9(%ecx)
	d->progif = (class >> 8) & 0xFF;
c0103540:	b9 10 00 00 00       	mov    $0x10,%ecx
	d->subclass = (class >> 16) & 0xFF;
c0103545:	89 55 d0             	mov    %edx,-0x30(%ebp)
c0103548:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010354f:	90                   	nop
	       ((uint32_t)func << 8) | (off & 0xFC);
c0103550:	89 d8                	mov    %ebx,%eax
	asm volatile("outl %0, %1" : : "a"(v), "d"(port));
c0103552:	ba f8 0c 00 00       	mov    $0xcf8,%edx
c0103557:	09 c8                	or     %ecx,%eax
c0103559:	0d 00 00 00 80       	or     $0x80000000,%eax
c010355e:	ef                   	out    %eax,(%dx)
	asm volatile("inl %1, %0" : "=a"(v) : "d"(port));
c010355f:	ba fc 0c 00 00       	mov    $0xcfc,%edx
c0103564:	ed                   	in     (%dx),%eax
	for (int i = 0; i < 6; i++)
		d->bar[i] = config_read(bus, slot, func, PCI_BAR0 + 4 * i);
c0103565:	89 84 0f dc 73 20 c0 	mov    %eax,-0x3fdf8c24(%edi,%ecx,1)
	for (int i = 0; i < 6; i++)
c010356c:	83 c1 04             	add    $0x4,%ecx
c010356f:	83 f9 28             	cmp    $0x28,%ecx
c0103572:	75 dc                	jne    c0103550 <add_function+0xc0>
	       ((uint32_t)func << 8) | (off & 0xFC);
c0103574:	89 d8                	mov    %ebx,%eax
	asm volatile("outl %0, %1" : : "a"(v), "d"(port));
c0103576:	ba f8 0c 00 00       	mov    $0xcf8,%edx
c010357b:	0d 3c 00 00 80       	or     $0x8000003c,%eax
c0103580:	ef                   	out    %eax,(%dx)
	asm volatile("inl %1, %0" : "=a"(v) : "d"(port));
c0103581:	ba fc 0c 00 00       	mov    $0xcfc,%edx
c0103586:	ed                   	in     (%dx),%eax
	d->irq_line = config_read(bus, slot, func, PCI_INTERRUPT_LINE) & 0xFF;
c0103587:	8b 55 cc             	mov    -0x34(%ebp),%edx
c010358a:	01 f2                	add    %esi,%edx
c010358c:	88 04 d5 04 74 20 c0 	mov    %al,-0x3fdf8bfc(,%edx,8)
	printf("pci %02x:%02x.%x %04x:%04x class %02x.%02x irq %d\n", bus, slot,
c0103593:	0f b6 c0             	movzbl %al,%eax
c0103596:	89 44 24 20          	mov    %eax,0x20(%esp)
c010359a:	0f b6 45 d0          	movzbl -0x30(%ebp),%eax
c010359e:	89 44 24 1c          	mov    %eax,0x1c(%esp)
c01035a2:	8b 45 d4             	mov    -0x2c(%ebp),%eax
c01035a5:	89 44 24 18          	mov    %eax,0x18(%esp)
c01035a9:	8b 45 d8             	mov    -0x28(%ebp),%eax
c01035ac:	89 44 24 14          	mov    %eax,0x14(%esp)
c01035b0:	0f b7 45 08          	movzwl 0x8(%ebp),%eax
c01035b4:	89 44 24 10          	mov    %eax,0x10(%esp)
c01035b8:	8b 45 dc             	mov    -0x24(%ebp),%eax
c01035bb:	89 44 24 0c          	mov    %eax,0xc(%esp)
c01035bf:	8b 45 e0             	mov    -0x20(%ebp),%eax
c01035c2:	89 44 24 08          	mov    %eax,0x8(%esp)
c01035c6:	8b 45 e4             	mov    -0x1c(%ebp),%eax
c01035c9:	c7 04 24 74 8a 10 c0 	movl   $0xc0108a74,(%esp)
c01035d0:	89 44 24 04          	mov    %eax,0x4(%esp)
c01035d4:	e8 d7 03 00 00       	call   c01039b0 <printf>
	       func, d->vendor, d->device, d->class, d->subclass, d->irq_line);
}
c01035d9:	83 c4 5c             	add    $0x5c,%esp
c01035dc:	5b                   	pop    %ebx
c01035dd:	5e                   	pop    %esi
c01035de:	5f                   	pop    %edi
c01035df:	5d                   	pop    %ebp
c01035e0:	c3                   	ret
c01035e1:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01035e8:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01035ef:	90                   	nop

c01035f0 <pci_read32>:
{
c01035f0:	55                   	push   %ebp
c01035f1:	89 e5                	mov    %esp,%ebp
c01035f3:	8b 55 08             	mov    0x8(%ebp),%edx
	return PCI_CONFIG_ENABLE | ((uint32_t)bus << 16) | ((uint32_t)slot << 11) |
c01035f6:	0f b6 02             	movzbl (%edx),%eax
	       ((uint32_t)func << 8) | (off & 0xFC);
c01035f9:	0f b6 4a 02          	movzbl 0x2(%edx),%ecx
	return PCI_CONFIG_ENABLE | ((uint32_t)bus << 16) | ((uint32_t)slot << 11) |
c01035fd:	0f b6 52 01          	movzbl 0x1(%edx),%edx
c0103601:	c1 e0 10             	shl    $0x10,%eax
	       ((uint32_t)func << 8) | (off & 0xFC);
c0103604:	c1 e1 08             	shl    $0x8,%ecx
	return PCI_CONFIG_ENABLE | ((uint32_t)bus << 16) | ((uint32_t)slot << 11) |
c0103607:	c1 e2 0b             	shl    $0xb,%edx
	       ((uint32_t)func << 8) | (off & 0xFC);
c010360a:	09 c8                	or     %ecx,%eax
c010360c:	8b 4d 0c             	mov    0xc(%ebp),%ecx
c010360f:	81 e1 fc 00 00 00    	and    $0xfc,%ecx
c0103615:	09 c8                	or     %ecx,%eax
c0103617:	09 d0                	or     %edx,%eax
	asm volatile("outl %0, %1" : : "a"(v), "d"(port));
c0103619:	ba f8 0c 00 00       	mov    $0xcf8,%edx
c010361e:	0d 00 00 00 80       	or     $0x80000000,%eax
c0103623:	ef                   	out    %eax,(%dx)
	asm volatile("inl %1, %0" : "=a"(v) : "d"(port));
c0103624:	ba fc 0c 00 00       	mov    $0xcfc,%edx
c0103629:	ed                   	in     (%dx),%eax
}
c010362a:	5d                   	pop    %ebp
c010362b:	c3                   	ret
c010362c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi

c0103630 <pci_write32>:
{
c0103630:	55                   	push   %ebp
c0103631:	89 e5                	mov    %esp,%ebp
c0103633:	8b 55 08             	mov    0x8(%ebp),%edx
	return PCI_CONFIG_ENABLE | ((uint32_t)bus << 16) | ((uint32_t)slot << 11) |
c0103636:	0f b6 02             	movzbl (%edx),%eax
	       ((uint32_t)func << 8) | (off & 0xFC);
c0103639:	0f b6 4a 02          	movzbl 0x2(%edx),%ecx
	return PCI_CONFIG_ENABLE | ((uint32_t)bus << 16) | ((uint32_t)slot << 11) |
c010363d:	0f b6 52 01          	movzbl 0x1(%edx),%edx
c0103641:	c1 e0 10             	shl    $0x10,%eax
	       ((uint32_t)func << 8) | (off & 0xFC);
c0103644:	c1 e1 08             	shl    $0x8,%ecx
	return PCI_CONFIG_ENABLE | ((uint32_t)bus << 16) | ((uint32_t)slot << 11) |
c0103647:	c1 e2 0b             	shl    $0xb,%edx
	       ((uint32_t)func << 8) | (off & 0xFC);
c010364a:	09 c8                	or     %ecx,%eax
c010364c:	8b 4d 0c             	mov    0xc(%ebp),%ecx
c010364f:	81 e1 fc 00 00 00    	and    $0xfc,%ecx
c0103655:	09 c8                	or     %ecx,%eax
c0103657:	09 d0                	or     %edx,%eax
	asm volatile("outl %0, %1" : : "a"(v), "d"(port));
c0103659:	ba f8 0c 00 00       	mov    $0xcf8,%edx
c010365e:	0d 00 00 00 80       	or     $0x80000000,%eax
c0103663:	ef                   	out    %eax,(%dx)
c0103664:	ba fc 0c 00 00       	mov    $0xcfc,%edx
c0103669:	8b 45 10             	mov    0x10(%ebp),%eax
c010366c:	ef                   	out    %eax,(%dx)
}
c010366d:	5d                   	pop    %ebp
c010366e:	c3                   	ret
c010366f:	90                   	nop

c0103670 <pci_enable>:
{
c0103670:	55                   	push   %ebp
c0103671:	89 e5                	mov    %esp,%ebp
c0103673:	83 ec 10             	sub    $0x10,%esp
c0103676:	89 75 f8             	mov    %esi,-0x8(%ebp)
c0103679:	8b 45 08             	mov    0x8(%ebp),%eax
c010367c:	be f8 0c 00 00       	mov    $0xcf8,%esi
c0103681:	89 7d fc             	mov    %edi,-0x4(%ebp)
c0103684:	0f b7 7d 0c          	movzwl 0xc(%ebp),%edi
c0103688:	89 5d f4             	mov    %ebx,-0xc(%ebp)
	return PCI_CONFIG_ENABLE | ((uint32_t)bus << 16) | ((uint32_t)slot << 11) |
c010368b:	0f b6 08             	movzbl (%eax),%ecx
	       ((uint32_t)func << 8) | (off & 0xFC);
c010368e:	0f b6 50 02          	movzbl 0x2(%eax),%edx
	return PCI_CONFIG_ENABLE | ((uint32_t)bus << 16) | ((uint32_t)slot << 11) |
c0103692:	0f b6 40 01          	movzbl 0x1(%eax),%eax
c0103696:	c1 e1 10             	shl    $0x10,%ecx
	       ((uint32_t)func << 8) | (off & 0xFC);
c0103699:	c1 e2 08             	shl    $0x8,%edx
	return PCI_CONFIG_ENABLE | ((uint32_t)bus << 16) | ((uint32_t)slot << 11) |
c010369c:	c1 e0 0b             	shl    $0xb,%eax
c010369f:	09 d1                	or     %edx,%ecx
c01036a1:	09 c1                	or     %eax,%ecx
c01036a3:	89 f2                	mov    %esi,%edx
	       ((uint32_t)func << 8) | (off & 0xFC);
c01036a5:	81 c9 04 00 00 80    	or     $0x80000004,%ecx
c01036ab:	89 c8                	mov    %ecx,%eax
c01036ad:	ef                   	out    %eax,(%dx)
	asm volatile("inl %1, %0" : "=a"(v) : "d"(port));
c01036ae:	bb fc 0c 00 00       	mov    $0xcfc,%ebx
c01036b3:	89 da                	mov    %ebx,%edx
c01036b5:	ed                   	in     (%dx),%eax
c01036b6:	89 45 f0             	mov    %eax,-0x10(%ebp)
	asm volatile("outl %0, %1" : : "a"(v), "d"(port));
c01036b9:	89 f2                	mov    %esi,%edx
c01036bb:	89 c8                	mov    %ecx,%eax
c01036bd:	ef                   	out    %eax,(%dx)
	pci_write32(d, PCI_COMMAND, cmd | command_bits);
c01036be:	8b 45 f0             	mov    -0x10(%ebp),%eax
c01036c1:	89 da                	mov    %ebx,%edx
c01036c3:	09 f8                	or     %edi,%eax
c01036c5:	ef                   	out    %eax,(%dx)
}
c01036c6:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c01036c9:	8b 75 f8             	mov    -0x8(%ebp),%esi
c01036cc:	8b 7d fc             	mov    -0x4(%ebp),%edi
c01036cf:	89 ec                	mov    %ebp,%esp
c01036d1:	5d                   	pop    %ebp
c01036d2:	c3                   	ret
c01036d3:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01036da:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi

c01036e0 <pci_bar_io>:
{
c01036e0:	55                   	push   %ebp
c01036e1:	89 e5                	mov    %esp,%ebp
	return d->bar[n] & PCI_BAR_IO_MASK;
c01036e3:	8b 45 08             	mov    0x8(%ebp),%eax
c01036e6:	8b 55 0c             	mov    0xc(%ebp),%edx
}
c01036e9:	5d                   	pop    %ebp
	return d->bar[n] & PCI_BAR_IO_MASK;
c01036ea:	8b 44 90 0c          	mov    0xc(%eax,%edx,4),%eax
c01036ee:	83 e0 fc             	and    $0xfffffffc,%eax
}
c01036f1:	c3                   	ret
c01036f2:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01036f9:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi

c0103700 <pci_bar_mem>:
{
c0103700:	55                   	push   %ebp
c0103701:	89 e5                	mov    %esp,%ebp
	return d->bar[n] & PCI_BAR_MEM_MASK;
c0103703:	8b 45 08             	mov    0x8(%ebp),%eax
c0103706:	8b 55 0c             	mov    0xc(%ebp),%edx
}
c0103709:	5d                   	pop    %ebp
	return d->bar[n] & PCI_BAR_MEM_MASK;
c010370a:	8b 44 90 0c          	mov    0xc(%eax,%edx,4),%eax
c010370e:	83 e0 f0             	and    $0xfffffff0,%eax
}
c0103711:	c3                   	ret
c0103712:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0103719:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi

c0103720 <pci_init>:

void pci_init(void)
{
c0103720:	55                   	push   %ebp
	ndevices = 0;
c0103721:	31 c0                	xor    %eax,%eax
{
c0103723:	89 e5                	mov    %esp,%ebp
c0103725:	57                   	push   %edi
c0103726:	56                   	push   %esi
c0103727:	53                   	push   %ebx
c0103728:	83 ec 2c             	sub    $0x2c,%esp
	ndevices = 0;
c010372b:	a3 c0 73 20 c0       	mov    %eax,0xc02073c0
	for (int bus = 0; bus < 256; bus++) {
c0103730:	c7 45 e4 00 00 00 00 	movl   $0x0,-0x1c(%ebp)
c0103737:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010373e:	66 90                	xchg   %ax,%ax
		for (int slot = 0; slot < 32; slot++) {
c0103740:	8b 45 e4             	mov    -0x1c(%ebp),%eax
c0103743:	31 f6                	xor    %esi,%esi
	asm volatile("inl %1, %0" : "=a"(v) : "d"(port));
c0103745:	bf fc 0c 00 00       	mov    $0xcfc,%edi
c010374a:	c1 e0 10             	shl    $0x10,%eax
c010374d:	89 45 dc             	mov    %eax,-0x24(%ebp)
c0103750:	eb 10                	jmp    c0103762 <pci_init+0x42>
c0103752:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
c0103758:	46                   	inc    %esi
c0103759:	83 fe 20             	cmp    $0x20,%esi
c010375c:	0f 84 a1 00 00 00    	je     c0103803 <pci_init+0xe3>
	return PCI_CONFIG_ENABLE | ((uint32_t)bus << 16) | ((uint32_t)slot << 11) |
c0103762:	8b 45 dc             	mov    -0x24(%ebp),%eax
c0103765:	89 f3                	mov    %esi,%ebx
	asm volatile("outl %0, %1" : : "a"(v), "d"(port));
c0103767:	ba f8 0c 00 00       	mov    $0xcf8,%edx
c010376c:	c1 e3 0b             	shl    $0xb,%ebx
c010376f:	09 c3                	or     %eax,%ebx
	       ((uint32_t)func << 8) | (off & 0xFC);
c0103771:	89 d8                	mov    %ebx,%eax
c0103773:	0d 00 00 00 80       	or     $0x80000000,%eax
c0103778:	ef                   	out    %eax,(%dx)
	asm volatile("inl %1, %0" : "=a"(v) : "d"(port));
c0103779:	89 fa                	mov    %edi,%edx
c010377b:	ed                   	in     (%dx),%eax
			uint32_t id = config_read(bus, slot, 0, PCI_VENDOR_ID);
			if ((id & 0xFFFF) == 0xFFFF)
c010377c:	0f b7 d0             	movzwl %ax,%edx
c010377f:	81 fa ff ff 00 00    	cmp    $0xffff,%edx
c0103785:	74 d1                	je     c0103758 <pci_init+0x38>
				continue;
			add_function(bus, slot, 0, id);
c0103787:	89 04 24             	mov    %eax,(%esp)
c010378a:	89 f2                	mov    %esi,%edx
c010378c:	31 c9                	xor    %ecx,%ecx
c010378e:	8b 45 e4             	mov    -0x1c(%ebp),%eax
c0103791:	e8 fa fc ff ff       	call   c0103490 <add_function>
	       ((uint32_t)func << 8) | (off & 0xFC);
c0103796:	89 d8                	mov    %ebx,%eax
	asm volatile("outl %0, %1" : : "a"(v), "d"(port));
c0103798:	ba f8 0c 00 00       	mov    $0xcf8,%edx
c010379d:	0d 0c 00 00 80       	or     $0x8000000c,%eax
c01037a2:	ef                   	out    %eax,(%dx)
	asm volatile("inl %1, %0" : "=a"(v) : "d"(port));
c01037a3:	89 fa                	mov    %edi,%edx
c01037a5:	ed                   	in     (%dx),%eax
			uint32_t hdr = config_read(bus, slot, 0, PCI_HEADER_TYPE & ~3u);
			if (!((hdr >> 16) & 0x80))
c01037a6:	a9 00 00 80 00       	test   $0x800000,%eax
c01037ab:	74 ab                	je     c0103758 <pci_init+0x38>
				continue;          // single-function device
			for (int func = 1; func < 8; func++) {
c01037ad:	89 75 e0             	mov    %esi,-0x20(%ebp)
c01037b0:	b9 01 00 00 00       	mov    $0x1,%ecx
c01037b5:	89 ce                	mov    %ecx,%esi
c01037b7:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01037be:	66 90                	xchg   %ax,%ax
	return PCI_CONFIG_ENABLE | ((uint32_t)bus << 16) | ((uint32_t)slot << 11) |
c01037c0:	89 f0                	mov    %esi,%eax
	asm volatile("outl %0, %1" : : "a"(v), "d"(port));
c01037c2:	ba f8 0c 00 00       	mov    $0xcf8,%edx
c01037c7:	c1 e0 08             	shl    $0x8,%eax
c01037ca:	09 d8                	or     %ebx,%eax
	       ((uint32_t)func << 8) | (off & 0xFC);
c01037cc:	0d 00 00 00 80       	or     $0x80000000,%eax
c01037d1:	ef                   	out    %eax,(%dx)
	asm volatile("inl %1, %0" : "=a"(v) : "d"(port));
c01037d2:	89 fa                	mov    %edi,%edx
c01037d4:	ed                   	in     (%dx),%eax
				id = config_read(bus, slot, func, PCI_VENDOR_ID);
				if ((id & 0xFFFF) != 0xFFFF)
c01037d5:	0f b7 d0             	movzwl %ax,%edx
c01037d8:	81 fa ff ff 00 00    	cmp    $0xffff,%edx
c01037de:	74 10                	je     c01037f0 <pci_init+0xd0>
					add_function(bus, slot, func, id);
c01037e0:	89 04 24             	mov    %eax,(%esp)
c01037e3:	89 f1                	mov    %esi,%ecx
c01037e5:	8b 55 e0             	mov    -0x20(%ebp),%edx
c01037e8:	8b 45 e4             	mov    -0x1c(%ebp),%eax
c01037eb:	e8 a0 fc ff ff       	call   c0103490 <add_function>
			for (int func = 1; func < 8; func++) {
c01037f0:	46                   	inc    %esi
c01037f1:	83 fe 08             	cmp    $0x8,%esi
c01037f4:	75 ca                	jne    c01037c0 <pci_init+0xa0>
c01037f6:	8b 75 e0             	mov    -0x20(%ebp),%esi
		for (int slot = 0; slot < 32; slot++) {
c01037f9:	46                   	inc    %esi
c01037fa:	83 fe 20             	cmp    $0x20,%esi
c01037fd:	0f 85 5f ff ff ff    	jne    c0103762 <pci_init+0x42>
	for (int bus = 0; bus < 256; bus++) {
c0103803:	ff 45 e4             	incl   -0x1c(%ebp)
c0103806:	8b 45 e4             	mov    -0x1c(%ebp),%eax
c0103809:	3d 00 01 00 00       	cmp    $0x100,%eax
c010380e:	0f 85 2c ff ff ff    	jne    c0103740 <pci_init+0x20>
			}
		}
	}
}
c0103814:	83 c4 2c             	add    $0x2c,%esp
c0103817:	5b                   	pop    %ebx
c0103818:	5e                   	pop    %esi
c0103819:	5f                   	pop    %edi
c010381a:	5d                   	pop    %ebp
c010381b:	c3                   	ret
c010381c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi

c0103820 <pci_find>:

int pci_find(uint16_t vendor, uint16_t device, struct pci_device *out)
{
c0103820:	55                   	push   %ebp
c0103821:	89 e5                	mov    %esp,%ebp
c0103823:	57                   	push   %edi
c0103824:	56                   	push   %esi
c0103825:	53                   	push   %ebx
	for (int i = 0; i < ndevices; i++) {
c0103826:	8b 1d c0 73 20 c0    	mov    0xc02073c0,%ebx
{
c010382c:	0f b7 75 08          	movzwl 0x8(%ebp),%esi
c0103830:	0f b7 7d 0c          	movzwl 0xc(%ebp),%edi
	for (int i = 0; i < ndevices; i++) {
c0103834:	85 db                	test   %ebx,%ebx
c0103836:	7e 48                	jle    c0103880 <pci_find+0x60>
c0103838:	b8 e4 73 20 c0       	mov    $0xc02073e4,%eax
c010383d:	31 d2                	xor    %edx,%edx
c010383f:	eb 0f                	jmp    c0103850 <pci_find+0x30>
c0103841:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0103848:	42                   	inc    %edx
c0103849:	83 c0 28             	add    $0x28,%eax
c010384c:	39 da                	cmp    %ebx,%edx
c010384e:	74 30                	je     c0103880 <pci_find+0x60>
		if (devices[i].vendor == vendor && devices[i].device == device) {
c0103850:	0f b7 08             	movzwl (%eax),%ecx
c0103853:	39 f1                	cmp    %esi,%ecx
c0103855:	75 f1                	jne    c0103848 <pci_find+0x28>
c0103857:	0f b7 48 02          	movzwl 0x2(%eax),%ecx
c010385b:	39 f9                	cmp    %edi,%ecx
c010385d:	75 e9                	jne    c0103848 <pci_find+0x28>
			*out = devices[i];
c010385f:	8d 04 92             	lea    (%edx,%edx,4),%eax
c0103862:	8d 0c c5 e0 73 20 c0 	lea    -0x3fdf8c20(,%eax,8),%ecx
c0103869:	31 c0                	xor    %eax,%eax
c010386b:	8b 14 01             	mov    (%ecx,%eax,1),%edx
c010386e:	8b 7d 10             	mov    0x10(%ebp),%edi
c0103871:	89 14 07             	mov    %edx,(%edi,%eax,1)
c0103874:	83 c0 04             	add    $0x4,%eax
c0103877:	83 f8 28             	cmp    $0x28,%eax
c010387a:	72 ef                	jb     c010386b <pci_find+0x4b>
			return 0;
c010387c:	31 c0                	xor    %eax,%eax
c010387e:	eb 05                	jmp    c0103885 <pci_find+0x65>
		}
	}
	return -1;
c0103880:	b8 ff ff ff ff       	mov    $0xffffffff,%eax
}
c0103885:	5b                   	pop    %ebx
c0103886:	5e                   	pop    %esi
c0103887:	5f                   	pop    %edi
c0103888:	5d                   	pop    %ebp
c0103889:	c3                   	ret
c010388a:	66 90                	xchg   %ax,%ax
c010388c:	66 90                	xchg   %ax,%ax
c010388e:	66 90                	xchg   %ax,%ax

c0103890 <pic_init>:
	outb(PIC1_DATA, irq_mask & 0xFF);
	outb(PIC2_DATA, irq_mask >> 8);
}

void pic_init(void)
{
c0103890:	55                   	push   %ebp
	asm volatile("outb %0, %1" : : "a"(v), "d"(port));
c0103891:	b0 ff                	mov    $0xff,%al
c0103893:	89 e5                	mov    %esp,%ebp
c0103895:	56                   	push   %esi
c0103896:	be 21 00 00 00       	mov    $0x21,%esi
c010389b:	53                   	push   %ebx
c010389c:	89 f2                	mov    %esi,%edx
c010389e:	ee                   	out    %al,(%dx)
c010389f:	bb a1 00 00 00       	mov    $0xa1,%ebx
c01038a4:	89 da                	mov    %ebx,%edx
c01038a6:	ee                   	out    %al,(%dx)
c01038a7:	b1 11                	mov    $0x11,%cl
c01038a9:	ba 20 00 00 00       	mov    $0x20,%edx
c01038ae:	88 c8                	mov    %cl,%al
c01038b0:	ee                   	out    %al,(%dx)
c01038b1:	b0 20                	mov    $0x20,%al
c01038b3:	89 f2                	mov    %esi,%edx
c01038b5:	ee                   	out    %al,(%dx)
c01038b6:	b0 04                	mov    $0x4,%al
c01038b8:	ee                   	out    %al,(%dx)
c01038b9:	b0 01                	mov    $0x1,%al
c01038bb:	ee                   	out    %al,(%dx)
c01038bc:	ba a0 00 00 00       	mov    $0xa0,%edx
c01038c1:	88 c8                	mov    %cl,%al
c01038c3:	ee                   	out    %al,(%dx)
c01038c4:	b0 28                	mov    $0x28,%al
c01038c6:	89 da                	mov    %ebx,%edx
c01038c8:	ee                   	out    %al,(%dx)
c01038c9:	b0 02                	mov    $0x2,%al
c01038cb:	ee                   	out    %al,(%dx)
c01038cc:	b0 01                	mov    $0x1,%al
c01038ce:	ee                   	out    %al,(%dx)
	outb(PIC1_DATA, irq_mask & 0xFF);
c01038cf:	0f b7 05 08 c0 1f c0 	movzwl 0xc01fc008,%eax
c01038d6:	89 f2                	mov    %esi,%edx
c01038d8:	ee                   	out    %al,(%dx)
	outb(PIC2_DATA, irq_mask >> 8);
c01038d9:	0f b6 c4             	movzbl %ah,%eax
c01038dc:	89 da                	mov    %ebx,%edx
c01038de:	ee                   	out    %al,(%dx)
	outb(PIC2_DATA, T_IRQ0 + 8);
	outb(PIC2_DATA, PIC_CASCADE_IRQ);        // ICW3: its cascade identity
	outb(PIC2_DATA, ICW4_8086);

	write_mask();
}
c01038df:	5b                   	pop    %ebx
c01038e0:	5e                   	pop    %esi
c01038e1:	5d                   	pop    %ebp
c01038e2:	c3                   	ret
c01038e3:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01038ea:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi

c01038f0 <pic_enable>:

void pic_enable(int irq)
{
c01038f0:	55                   	push   %ebp
	irq_mask &= ~(1 << irq);
c01038f1:	0f b7 15 08 c0 1f c0 	movzwl 0xc01fc008,%edx
c01038f8:	b8 fe ff ff ff       	mov    $0xfffffffe,%eax
{
c01038fd:	89 e5                	mov    %esp,%ebp
	irq_mask &= ~(1 << irq);
c01038ff:	8b 4d 08             	mov    0x8(%ebp),%ecx
c0103902:	d3 c0                	rol    %cl,%eax
c0103904:	21 d0                	and    %edx,%eax
c0103906:	ba 21 00 00 00       	mov    $0x21,%edx
c010390b:	0f b7 c0             	movzwl %ax,%eax
c010390e:	66 a3 08 c0 1f c0    	mov    %ax,0xc01fc008
c0103914:	ee                   	out    %al,(%dx)
c0103915:	ba a1 00 00 00       	mov    $0xa1,%edx
	outb(PIC2_DATA, irq_mask >> 8);
c010391a:	0f b6 c4             	movzbl %ah,%eax
c010391d:	ee                   	out    %al,(%dx)
	write_mask();
}
c010391e:	5d                   	pop    %ebp
c010391f:	c3                   	ret

c0103920 <pic_eoi>:

// End of interrupt: the PIC will not deliver another interrupt of this
// or lower priority until told the handler is done.  An IRQ from the
// slave needs an EOI at both controllers.
void pic_eoi(int irq)
{
c0103920:	55                   	push   %ebp
c0103921:	89 e5                	mov    %esp,%ebp
	if (irq >= 8)
c0103923:	83 7d 08 07          	cmpl   $0x7,0x8(%ebp)
c0103927:	7e 08                	jle    c0103931 <pic_eoi+0x11>
c0103929:	b0 20                	mov    $0x20,%al
c010392b:	ba a0 00 00 00       	mov    $0xa0,%edx
c0103930:	ee                   	out    %al,(%dx)
c0103931:	b0 20                	mov    $0x20,%al
c0103933:	ba 20 00 00 00       	mov    $0x20,%edx
c0103938:	ee                   	out    %al,(%dx)
		outb(PIC2_CMD, OCW2_EOI);
	outb(PIC1_CMD, OCW2_EOI);
}
c0103939:	5d                   	pop    %ebp
c010393a:	c3                   	ret
c010393b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c010393f:	90                   	nop

c0103940 <pic_spurious>:
// IRQ 7 and 15 may be spurious: the PIC raised them for a request that
// went away before the CPU acknowledged it.  A real one shows in the
// in-service register (8259A data sheet, OCW3); a spurious one must not be
// acknowledged at its own controller.
int pic_spurious(int irq)
{
c0103940:	55                   	push   %ebp
c0103941:	89 e5                	mov    %esp,%ebp
c0103943:	8b 45 08             	mov    0x8(%ebp),%eax
	if (irq != 7 && irq != 15)
c0103946:	89 c2                	mov    %eax,%edx
c0103948:	83 e2 f7             	and    $0xfffffff7,%edx
c010394b:	83 fa 07             	cmp    $0x7,%edx
c010394e:	75 40                	jne    c0103990 <pic_spurious+0x50>
		return 0;
	uint16_t cmd = irq == 15 ? PIC2_CMD : PIC1_CMD;
c0103950:	83 f8 0f             	cmp    $0xf,%eax
c0103953:	74 1b                	je     c0103970 <pic_spurious+0x30>
c0103955:	ba 20 00 00 00       	mov    $0x20,%edx
c010395a:	b0 0b                	mov    $0xb,%al
c010395c:	ee                   	out    %al,(%dx)
	asm volatile("inb %1, %0" : "=a"(v) : "d"(port));
c010395d:	ec                   	in     (%dx),%al
	if (inb(cmd) & 0x80)
		return 0;
	if (irq == 15)
		outb(PIC1_CMD, OCW2_EOI);   // the master did see the cascade
	return 1;
}
c010395e:	5d                   	pop    %ebp
	if (inb(cmd) & 0x80)
c010395f:	0f be c0             	movsbl %al,%eax
c0103962:	f7 d0                	not    %eax
c0103964:	c1 e8 1f             	shr    $0x1f,%eax
}
c0103967:	c3                   	ret
c0103968:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010396f:	90                   	nop
	asm volatile("outb %0, %1" : : "a"(v), "d"(port));
c0103970:	ba a0 00 00 00       	mov    $0xa0,%edx
c0103975:	b0 0b                	mov    $0xb,%al
c0103977:	ee                   	out    %al,(%dx)
	asm volatile("inb %1, %0" : "=a"(v) : "d"(port));
c0103978:	ec                   	in     (%dx),%al
	if (inb(cmd) & 0x80)
c0103979:	84 c0                	test   %al,%al
c010397b:	78 13                	js     c0103990 <pic_spurious+0x50>
	asm volatile("outb %0, %1" : : "a"(v), "d"(port));
c010397d:	b0 20                	mov    $0x20,%al
c010397f:	ba 20 00 00 00       	mov    $0x20,%edx
c0103984:	ee                   	out    %al,(%dx)
}
c0103985:	5d                   	pop    %ebp
	return 1;
c0103986:	b8 01 00 00 00       	mov    $0x1,%eax
}
c010398b:	c3                   	ret
c010398c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0103990:	5d                   	pop    %ebp
		return 0;
c0103991:	31 c0                	xor    %eax,%eax
}
c0103993:	c3                   	ret
c0103994:	66 90                	xchg   %ax,%ax
c0103996:	66 90                	xchg   %ax,%ax
c0103998:	66 90                	xchg   %ax,%ax
c010399a:	66 90                	xchg   %ax,%ax
c010399c:	66 90                	xchg   %ax,%ax
c010399e:	66 90                	xchg   %ax,%ax

c01039a0 <console_putch>:
#include "defs.h"

static void console_putch(int c, void *arg)
{
	(void)arg;
	console_putc(c);
c01039a0:	e9 ab c8 ff ff       	jmp    c0100250 <console_putc>
c01039a5:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01039ac:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi

c01039b0 <printf>:
}

int printf(const char *fmt, ...)
{
c01039b0:	55                   	push   %ebp
c01039b1:	89 e5                	mov    %esp,%ebp
c01039b3:	83 ec 18             	sub    $0x18,%esp
	va_list ap;
	va_start(ap, fmt);
c01039b6:	8d 45 0c             	lea    0xc(%ebp),%eax
	vprintfmt(console_putch, NULL, fmt, ap);
c01039b9:	89 44 24 0c          	mov    %eax,0xc(%esp)
c01039bd:	8b 45 08             	mov    0x8(%ebp),%eax
c01039c0:	c7 04 24 a0 39 10 c0 	movl   $0xc01039a0,(%esp)
c01039c7:	89 44 24 08          	mov    %eax,0x8(%esp)
c01039cb:	31 c0                	xor    %eax,%eax
c01039cd:	89 44 24 04          	mov    %eax,0x4(%esp)
c01039d1:	e8 4a 29 00 00       	call   c0106320 <vprintfmt>
	va_end(ap);
	return 0;
}
c01039d6:	89 ec                	mov    %ebp,%esp
c01039d8:	31 c0                	xor    %eax,%eax
c01039da:	5d                   	pop    %ebp
c01039db:	c3                   	ret
c01039dc:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi

c01039e0 <qemu_exit>:

// End the QEMU run through the isa-debug-exit device (see qemu.h).  On a
// machine without that device the write does nothing, so halt forever.
void qemu_exit(int code)
{
c01039e0:	55                   	push   %ebp
c01039e1:	ba f4 00 00 00       	mov    $0xf4,%edx
c01039e6:	89 e5                	mov    %esp,%ebp
c01039e8:	8b 45 08             	mov    0x8(%ebp),%eax
c01039eb:	ee                   	out    %al,(%dx)
c01039ec:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
static inline void cli(void) { asm volatile("cli"); }
c01039f0:	fa                   	cli
static inline void hlt(void) { asm volatile("hlt"); }
c01039f1:	f4                   	hlt
c01039f2:	eb fc                	jmp    c01039f0 <qemu_exit+0x10>
c01039f4:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01039fb:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c01039ff:	90                   	nop

c0103a00 <panic>:

// Something is wrong inside the kernel and it cannot go on: say what, show
// how we got here, then end the run (or enter the monitor if the command
// line asks for one, so the state can be inspected).
void panic(const char *fmt, ...)
{
c0103a00:	55                   	push   %ebp
c0103a01:	89 e5                	mov    %esp,%ebp
c0103a03:	83 ec 18             	sub    $0x18,%esp
static inline void cli(void) { asm volatile("cli"); }
c0103a06:	fa                   	cli
	va_list ap;

	cli();
	if (panicking++) {
c0103a07:	a1 e0 78 20 c0       	mov    0xc02078e0,%eax
c0103a0c:	8d 50 01             	lea    0x1(%eax),%edx
c0103a0f:	85 c0                	test   %eax,%eax
c0103a11:	89 15 e0 78 20 c0    	mov    %edx,0xc02078e0
c0103a17:	74 18                	je     c0103a31 <panic+0x31>
		printf("panic while panicking\n");
c0103a19:	c7 04 24 a7 8a 10 c0 	movl   $0xc0108aa7,(%esp)
c0103a20:	e8 8b ff ff ff       	call   c01039b0 <printf>
		qemu_exit(QEMU_EXIT_FAILED);
c0103a25:	c7 04 24 01 00 00 00 	movl   $0x1,(%esp)
c0103a2c:	e8 af ff ff ff       	call   c01039e0 <qemu_exit>
	}
	printf("kernel panic: ");
c0103a31:	c7 04 24 be 8a 10 c0 	movl   $0xc0108abe,(%esp)
c0103a38:	e8 73 ff ff ff       	call   c01039b0 <printf>
	va_start(ap, fmt);
c0103a3d:	8d 45 0c             	lea    0xc(%ebp),%eax
	vprintfmt(console_putch, NULL, fmt, ap);
c0103a40:	31 d2                	xor    %edx,%edx
c0103a42:	89 44 24 0c          	mov    %eax,0xc(%esp)
c0103a46:	8b 45 08             	mov    0x8(%ebp),%eax
c0103a49:	89 54 24 04          	mov    %edx,0x4(%esp)
c0103a4d:	c7 04 24 a0 39 10 c0 	movl   $0xc01039a0,(%esp)
c0103a54:	89 44 24 08          	mov    %eax,0x8(%esp)
c0103a58:	e8 c3 28 00 00       	call   c0106320 <vprintfmt>
	va_end(ap);
	printf("\n");
c0103a5d:	c7 04 24 45 88 10 c0 	movl   $0xc0108845,(%esp)
c0103a64:	e8 47 ff ff ff       	call   c01039b0 <printf>
	asm volatile("movl %%ebp, %0" : "=r"(ebp));
c0103a69:	89 e8                	mov    %ebp,%eax
	backtrace_print(read_ebp());
c0103a6b:	89 04 24             	mov    %eax,(%esp)
c0103a6e:	e8 dd dc ff ff       	call   c0101750 <backtrace_print>
	if (cmdline_has("monitor"))
c0103a73:	c7 04 24 7d 88 10 c0 	movl   $0xc010887d,(%esp)
c0103a7a:	e8 51 c7 ff ff       	call   c01001d0 <cmdline_has>
c0103a7f:	85 c0                	test   %eax,%eax
c0103a81:	75 0c                	jne    c0103a8f <panic+0x8f>
		monitor(NULL);
	qemu_exit(QEMU_EXIT_FAILED);
c0103a83:	c7 04 24 01 00 00 00 	movl   $0x1,(%esp)
c0103a8a:	e8 51 ff ff ff       	call   c01039e0 <qemu_exit>
		monitor(NULL);
c0103a8f:	31 c0                	xor    %eax,%eax
c0103a91:	89 04 24             	mov    %eax,(%esp)
c0103a94:	e8 27 f9 ff ff       	call   c01033c0 <monitor>
c0103a99:	eb e8                	jmp    c0103a83 <panic+0x83>
c0103a9b:	66 90                	xchg   %ax,%ax
c0103a9d:	66 90                	xchg   %ax,%ax
c0103a9f:	90                   	nop

c0103aa0 <forkret>:

// A new process returns here from its first swtch(), then "returns" to
// trapret, which pops its trap frame and enters user mode.
static void forkret(void)
{
}
c0103aa0:	c3                   	ret
c0103aa1:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0103aa8:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0103aaf:	90                   	nop

c0103ab0 <myproc>:
}
c0103ab0:	a1 00 79 20 c0       	mov    0xc0207900,%eax
c0103ab5:	c3                   	ret
c0103ab6:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0103abd:	8d 76 00             	lea    0x0(%esi),%esi

c0103ac0 <proc_init>:
{
c0103ac0:	55                   	push   %ebp
	memset(proc_table, 0, sizeof(proc_table));
c0103ac1:	b8 00 23 00 00       	mov    $0x2300,%eax
{
c0103ac6:	89 e5                	mov    %esp,%ebp
	memset(proc_table, 0, sizeof(proc_table));
c0103ac8:	31 d2                	xor    %edx,%edx
{
c0103aca:	83 ec 18             	sub    $0x18,%esp
	memset(proc_table, 0, sizeof(proc_table));
c0103acd:	89 44 24 08          	mov    %eax,0x8(%esp)
c0103ad1:	89 54 24 04          	mov    %edx,0x4(%esp)
c0103ad5:	c7 04 24 20 79 20 c0 	movl   $0xc0207920,(%esp)
c0103adc:	e8 ef 2e 00 00       	call   c01069d0 <memset>
}
c0103ae1:	89 ec                	mov    %ebp,%esp
c0103ae3:	5d                   	pop    %ebp
c0103ae4:	c3                   	ret
c0103ae5:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0103aec:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi

c0103af0 <proc_alloc>:
//                          | &trapret        |  forkret returns here
//                          +-----------------+
//                          | struct context  |  p->context (eip = forkret)
//                          +-----------------+
struct proc *proc_alloc(void)
{
c0103af0:	55                   	push   %ebp
c0103af1:	ba 20 79 20 c0       	mov    $0xc0207920,%edx
c0103af6:	89 e5                	mov    %esp,%ebp
	struct proc *p = NULL;
	for (int i = 0; i < NPROC; i++) {
c0103af8:	31 c0                	xor    %eax,%eax
{
c0103afa:	56                   	push   %esi
c0103afb:	53                   	push   %ebx
c0103afc:	83 ec 10             	sub    $0x10,%esp
c0103aff:	eb 17                	jmp    c0103b18 <proc_alloc+0x28>
c0103b01:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
	for (int i = 0; i < NPROC; i++) {
c0103b08:	40                   	inc    %eax
c0103b09:	81 c2 8c 00 00 00    	add    $0x8c,%edx
c0103b0f:	83 f8 40             	cmp    $0x40,%eax
c0103b12:	0f 84 d8 00 00 00    	je     c0103bf0 <proc_alloc+0x100>
		if (proc_table[i].state == UNUSED) {
c0103b18:	8b 0a                	mov    (%edx),%ecx
c0103b1a:	85 c9                	test   %ecx,%ecx
c0103b1c:	75 ea                	jne    c0103b08 <proc_alloc+0x18>
			p = &proc_table[i];
c0103b1e:	69 d8 8c 00 00 00    	imul   $0x8c,%eax,%ebx
			break;
		}
	}
	if (p == NULL)
		return NULL;
	p->kstack = kalloc();
c0103b24:	e8 47 d9 ff ff       	call   c0101470 <kalloc>
			p = &proc_table[i];
c0103b29:	8d b3 20 79 20 c0    	lea    -0x3fdf86e0(%ebx),%esi
	p->kstack = kalloc();
c0103b2f:	89 46 28             	mov    %eax,0x28(%esi)
	if (p->kstack == NULL)
c0103b32:	85 c0                	test   %eax,%eax
c0103b34:	0f 84 b6 00 00 00    	je     c0103bf0 <proc_alloc+0x100>
		return NULL;

	extern char trapret[];
	char *sp = p->kstack + KSTACKSIZE;
	sp -= sizeof(struct trapframe);
c0103b3a:	8d 90 b4 0f 00 00    	lea    0xfb4(%eax),%edx
	p->tf = (struct trapframe *)sp;
	sp -= 4;
	*(uint32_t *)sp = (uint32_t)trapret;
	sp -= sizeof(struct context);
	p->context = (struct context *)sp;
	memset(p->context, 0, sizeof(struct context));
c0103b40:	b9 14 00 00 00       	mov    $0x14,%ecx
	sp -= sizeof(struct trapframe);
c0103b45:	89 56 2c             	mov    %edx,0x2c(%esi)
	*(uint32_t *)sp = (uint32_t)trapret;
c0103b48:	ba f5 6e 10 c0       	mov    $0xc0106ef5,%edx
	sp -= sizeof(struct context);
c0103b4d:	05 9c 0f 00 00       	add    $0xf9c,%eax
	*(uint32_t *)sp = (uint32_t)trapret;
c0103b52:	89 50 14             	mov    %edx,0x14(%eax)
	memset(p->context, 0, sizeof(struct context));
c0103b55:	31 d2                	xor    %edx,%edx
	p->context = (struct context *)sp;
c0103b57:	89 46 30             	mov    %eax,0x30(%esi)
	memset(p->context, 0, sizeof(struct context));
c0103b5a:	89 4c 24 08          	mov    %ecx,0x8(%esp)
c0103b5e:	89 54 24 04          	mov    %edx,0x4(%esp)
c0103b62:	89 04 24             	mov    %eax,(%esp)
c0103b65:	e8 66 2e 00 00       	call   c01069d0 <memset>
	p->context->eip = (uint32_t)forkret;
c0103b6a:	8b 46 30             	mov    0x30(%esi),%eax

	p->state = EMBRYO;
c0103b6d:	b9 01 00 00 00       	mov    $0x1,%ecx
	p->context->eip = (uint32_t)forkret;
c0103b72:	c7 40 10 a0 3a 10 c0 	movl   $0xc0103aa0,0x10(%eax)
	p->pid = nextpid++;
c0103b79:	a1 0c c0 1f c0       	mov    0xc01fc00c,%eax
	p->killed = 0;
c0103b7e:	c7 46 3c 00 00 00 00 	movl   $0x0,0x3c(%esi)
	p->xstatus = 0;
c0103b85:	c7 46 40 00 00 00 00 	movl   $0x0,0x40(%esi)
	p->chan = NULL;
c0103b8c:	c7 46 34 00 00 00 00 	movl   $0x0,0x34(%esi)
	p->pid = nextpid++;
c0103b93:	89 46 04             	mov    %eax,0x4(%esi)
c0103b96:	8d 50 01             	lea    0x1(%eax),%edx
	p->parent = NULL;
	p->pgdir = NULL;
	p->sig_handler = 0;
	p->sig_stack_ok = 0;
	memset(p->ofile, 0, sizeof(p->ofile));
c0103b99:	b8 40 00 00 00       	mov    $0x40,%eax
	p->parent = NULL;
c0103b9e:	c7 46 18 00 00 00 00 	movl   $0x0,0x18(%esi)
	p->pgdir = NULL;
c0103ba5:	c7 46 1c 00 00 00 00 	movl   $0x0,0x1c(%esi)
	p->sig_handler = 0;
c0103bac:	c7 46 44 00 00 00 00 	movl   $0x0,0x44(%esi)
	p->sig_stack_ok = 0;
c0103bb3:	c7 46 48 00 00 00 00 	movl   $0x0,0x48(%esi)
	memset(p->ofile, 0, sizeof(p->ofile));
c0103bba:	89 44 24 08          	mov    %eax,0x8(%esp)
c0103bbe:	31 c0                	xor    %eax,%eax
c0103bc0:	89 44 24 04          	mov    %eax,0x4(%esp)
c0103bc4:	8d 83 6c 79 20 c0    	lea    -0x3fdf8694(%ebx),%eax
c0103bca:	89 04 24             	mov    %eax,(%esp)
	p->state = EMBRYO;
c0103bcd:	89 8b 20 79 20 c0    	mov    %ecx,-0x3fdf86e0(%ebx)
	p->pid = nextpid++;
c0103bd3:	89 15 0c c0 1f c0    	mov    %edx,0xc01fc00c
	memset(p->ofile, 0, sizeof(p->ofile));
c0103bd9:	e8 f2 2d 00 00       	call   c01069d0 <memset>
	return p;
}
c0103bde:	83 c4 10             	add    $0x10,%esp
c0103be1:	89 f0                	mov    %esi,%eax
c0103be3:	5b                   	pop    %ebx
c0103be4:	5e                   	pop    %esi
c0103be5:	5d                   	pop    %ebp
c0103be6:	c3                   	ret
c0103be7:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0103bee:	66 90                	xchg   %ax,%ax
c0103bf0:	83 c4 10             	add    $0x10,%esp
		return NULL;
c0103bf3:	31 f6                	xor    %esi,%esi
}
c0103bf5:	5b                   	pop    %ebx
c0103bf6:	89 f0                	mov    %esi,%eax
c0103bf8:	5e                   	pop    %esi
c0103bf9:	5d                   	pop    %ebp
c0103bfa:	c3                   	ret
c0103bfb:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0103bff:	90                   	nop

c0103c00 <proc_free>:

// Return a slot to UNUSED, freeing its memory.
void proc_free(struct proc *p)
{
c0103c00:	55                   	push   %ebp
c0103c01:	89 e5                	mov    %esp,%ebp
c0103c03:	83 ec 18             	sub    $0x18,%esp
c0103c06:	89 5d fc             	mov    %ebx,-0x4(%ebp)
c0103c09:	8b 5d 08             	mov    0x8(%ebp),%ebx
	if (p->kstack)
c0103c0c:	8b 43 28             	mov    0x28(%ebx),%eax
c0103c0f:	85 c0                	test   %eax,%eax
c0103c11:	74 08                	je     c0103c1b <proc_free+0x1b>
		kfree(p->kstack);
c0103c13:	89 04 24             	mov    %eax,(%esp)
c0103c16:	e8 75 d9 ff ff       	call   c0101590 <kfree>
	if (p->pgdir)
c0103c1b:	8b 43 1c             	mov    0x1c(%ebx),%eax
c0103c1e:	85 c0                	test   %eax,%eax
c0103c20:	74 08                	je     c0103c2a <proc_free+0x2a>
		vm_free(p->pgdir);
c0103c22:	89 04 24             	mov    %eax,(%esp)
c0103c25:	e8 76 20 00 00       	call   c0105ca0 <vm_free>
	p->kstack = NULL;
c0103c2a:	c7 43 28 00 00 00 00 	movl   $0x0,0x28(%ebx)
	p->pgdir = NULL;
c0103c31:	c7 43 1c 00 00 00 00 	movl   $0x0,0x1c(%ebx)
	p->state = UNUSED;
c0103c38:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
	p->pid = 0;
c0103c3e:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
	p->name[0] = '\0';
c0103c45:	c6 43 08 00          	movb   $0x0,0x8(%ebx)
}
c0103c49:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c0103c4c:	89 ec                	mov    %ebp,%esp
c0103c4e:	5d                   	pop    %ebp
c0103c4f:	c3                   	ret

c0103c50 <proc_spawn>:

// Create a new process running a program image: the first process, and
// `run=PROG` on the command line.
int proc_spawn(const char *path, char *const argv[])
{
c0103c50:	55                   	push   %ebp
c0103c51:	89 e5                	mov    %esp,%ebp
c0103c53:	56                   	push   %esi
c0103c54:	53                   	push   %ebx
c0103c55:	83 ec 30             	sub    $0x30,%esp
c0103c58:	8b 75 08             	mov    0x8(%ebp),%esi
	struct proc *p = proc_alloc();
c0103c5b:	e8 90 fe ff ff       	call   c0103af0 <proc_alloc>
	if (p == NULL)
c0103c60:	85 c0                	test   %eax,%eax
c0103c62:	0f 84 d3 00 00 00    	je     c0103d3b <proc_spawn+0xeb>
		return -ENOMEM;
	const void *image;
	uint32_t size;
	const char *why = "no such program";
c0103c68:	c7 45 f4 cd 8a 10 c0 	movl   $0xc0108acd,-0xc(%ebp)
c0103c6f:	89 c3                	mov    %eax,%ebx
	if (program_find(path, &image, &size) < 0 ||
c0103c71:	89 34 24             	mov    %esi,(%esp)
c0103c74:	8d 45 f0             	lea    -0x10(%ebp),%eax
c0103c77:	89 44 24 08          	mov    %eax,0x8(%esp)
c0103c7b:	8d 45 ec             	lea    -0x14(%ebp),%eax
c0103c7e:	89 44 24 04          	mov    %eax,0x4(%esp)
c0103c82:	e8 19 05 00 00       	call   c01041a0 <program_find>
c0103c87:	85 c0                	test   %eax,%eax
c0103c89:	78 55                	js     c0103ce0 <proc_spawn+0x90>
	    exec_image(p, image, size, argv, &why) < 0) {
c0103c8b:	8d 45 f4             	lea    -0xc(%ebp),%eax
c0103c8e:	89 44 24 10          	mov    %eax,0x10(%esp)
c0103c92:	8b 45 0c             	mov    0xc(%ebp),%eax
c0103c95:	89 44 24 0c          	mov    %eax,0xc(%esp)
c0103c99:	8b 45 f0             	mov    -0x10(%ebp),%eax
c0103c9c:	89 44 24 08          	mov    %eax,0x8(%esp)
c0103ca0:	8b 45 ec             	mov    -0x14(%ebp),%eax
c0103ca3:	89 1c 24             	mov    %ebx,(%esp)
c0103ca6:	89 44 24 04          	mov    %eax,0x4(%esp)
c0103caa:	e8 51 ca ff ff       	call   c0100700 <exec_image>
	if (program_find(path, &image, &size) < 0 ||
c0103caf:	85 c0                	test   %eax,%eax
c0103cb1:	78 2d                	js     c0103ce0 <proc_spawn+0x90>
		printf("spawn %s: %s\n", path, why);
		proc_free(p);
		return -ENOEXEC;
	}
	files_init_console(p);
c0103cb3:	89 1c 24             	mov    %ebx,(%esp)
c0103cb6:	e8 65 d1 ff ff       	call   c0100e20 <files_init_console>
	if (initproc == NULL)
c0103cbb:	a1 20 9c 20 c0       	mov    0xc0209c20,%eax
c0103cc0:	85 c0                	test   %eax,%eax
c0103cc2:	74 14                	je     c0103cd8 <proc_spawn+0x88>
		initproc = p;
	p->state = RUNNABLE;
c0103cc4:	c7 03 03 00 00 00    	movl   $0x3,(%ebx)
	return p->pid;
c0103cca:	8b 43 04             	mov    0x4(%ebx),%eax
}
c0103ccd:	83 c4 30             	add    $0x30,%esp
c0103cd0:	5b                   	pop    %ebx
c0103cd1:	5e                   	pop    %esi
c0103cd2:	5d                   	pop    %ebp
c0103cd3:	c3                   	ret
c0103cd4:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
		initproc = p;
c0103cd8:	89 1d 20 9c 20 c0    	mov    %ebx,0xc0209c20
c0103cde:	eb e4                	jmp    c0103cc4 <proc_spawn+0x74>
		printf("spawn %s: %s\n", path, why);
c0103ce0:	8b 45 f4             	mov    -0xc(%ebp),%eax
c0103ce3:	89 74 24 04          	mov    %esi,0x4(%esp)
c0103ce7:	c7 04 24 dd 8a 10 c0 	movl   $0xc0108add,(%esp)
c0103cee:	89 44 24 08          	mov    %eax,0x8(%esp)
c0103cf2:	e8 b9 fc ff ff       	call   c01039b0 <printf>
	if (p->kstack)
c0103cf7:	8b 43 28             	mov    0x28(%ebx),%eax
c0103cfa:	85 c0                	test   %eax,%eax
c0103cfc:	74 08                	je     c0103d06 <proc_spawn+0xb6>
		kfree(p->kstack);
c0103cfe:	89 04 24             	mov    %eax,(%esp)
c0103d01:	e8 8a d8 ff ff       	call   c0101590 <kfree>
	if (p->pgdir)
c0103d06:	8b 43 1c             	mov    0x1c(%ebx),%eax
c0103d09:	85 c0                	test   %eax,%eax
c0103d0b:	74 08                	je     c0103d15 <proc_spawn+0xc5>
		vm_free(p->pgdir);
c0103d0d:	89 04 24             	mov    %eax,(%esp)
c0103d10:	e8 8b 1f 00 00       	call   c0105ca0 <vm_free>
	p->kstack = NULL;
c0103d15:	c7 43 28 00 00 00 00 	movl   $0x0,0x28(%ebx)
		return -ENOEXEC;
c0103d1c:	b8 f8 ff ff ff       	mov    $0xfffffff8,%eax
	p->pgdir = NULL;
c0103d21:	c7 43 1c 00 00 00 00 	movl   $0x0,0x1c(%ebx)
	p->state = UNUSED;
c0103d28:	c7 03 00 00 00 00    	movl   $0x0,(%ebx)
	p->pid = 0;
c0103d2e:	c7 43 04 00 00 00 00 	movl   $0x0,0x4(%ebx)
	p->name[0] = '\0';
c0103d35:	c6 43 08 00          	movb   $0x0,0x8(%ebx)
}
c0103d39:	eb 92                	jmp    c0103ccd <proc_spawn+0x7d>
		return -ENOMEM;
c0103d3b:	b8 f4 ff ff ff       	mov    $0xfffffff4,%eax
c0103d40:	eb 8b                	jmp    c0103ccd <proc_spawn+0x7d>
c0103d42:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0103d49:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi

c0103d50 <fork>:

// Create a copy of the calling process.  The child returns 0 from the
// system call, the parent the child's pid.
int fork(void)
{
c0103d50:	55                   	push   %ebp
c0103d51:	89 e5                	mov    %esp,%ebp
c0103d53:	57                   	push   %edi
c0103d54:	56                   	push   %esi
c0103d55:	53                   	push   %ebx
c0103d56:	83 ec 1c             	sub    $0x1c,%esp
	return current;
c0103d59:	8b 35 00 79 20 c0    	mov    0xc0207900,%esi
	// STAGE 3: the new process and return -ENOMEM), a copy of p's trap
	// STAGE 3: frame with %eax = 0 (the child's return value), p's brk,
	// STAGE 3: heap_start, name and trap handler, a duplicate of each
	// STAGE 3: open file (file_dup), p as parent; then make it RUNNABLE.
	// BEGIN STAGE 3 SOLUTION
	struct proc *np = proc_alloc();
c0103d5f:	e8 8c fd ff ff       	call   c0103af0 <proc_alloc>
	if (np == NULL)
c0103d64:	85 c0                	test   %eax,%eax
c0103d66:	0f 84 cf 00 00 00    	je     c0103e3b <fork+0xeb>
c0103d6c:	89 c7                	mov    %eax,%edi
		return -ENOMEM;
	np->pgdir = vm_copy(p->pgdir);
c0103d6e:	8b 46 1c             	mov    0x1c(%esi),%eax
c0103d71:	89 04 24             	mov    %eax,(%esp)
c0103d74:	e8 c7 1f 00 00       	call   c0105d40 <vm_copy>
c0103d79:	89 47 1c             	mov    %eax,0x1c(%edi)
	if (np->pgdir == NULL) {
c0103d7c:	85 c0                	test   %eax,%eax
c0103d7e:	74 7e                	je     c0103dfe <fork+0xae>
		proc_free(np);
		return -ENOMEM;
	}
	*np->tf = *p->tf;
c0103d80:	8b 5e 2c             	mov    0x2c(%esi),%ebx
c0103d83:	31 c0                	xor    %eax,%eax
c0103d85:	8b 4f 2c             	mov    0x2c(%edi),%ecx
c0103d88:	8b 14 03             	mov    (%ebx,%eax,1),%edx
c0103d8b:	89 14 01             	mov    %edx,(%ecx,%eax,1)
c0103d8e:	83 c0 04             	add    $0x4,%eax
c0103d91:	83 f8 4c             	cmp    $0x4c,%eax
c0103d94:	72 f2                	jb     c0103d88 <fork+0x38>
	np->tf->eax = 0;
c0103d96:	8b 47 2c             	mov    0x2c(%edi),%eax
	np->brk = p->brk;
	np->heap_start = p->heap_start;
	np->sig_handler = p->sig_handler;
	memmove(np->name, p->name, sizeof(p->name));
	for (int fd = 0; fd < NOFILE; fd++)
c0103d99:	31 db                	xor    %ebx,%ebx
	np->tf->eax = 0;
c0103d9b:	c7 40 1c 00 00 00 00 	movl   $0x0,0x1c(%eax)
	np->brk = p->brk;
c0103da2:	8b 46 20             	mov    0x20(%esi),%eax
c0103da5:	89 47 20             	mov    %eax,0x20(%edi)
	np->heap_start = p->heap_start;
c0103da8:	8b 46 24             	mov    0x24(%esi),%eax
c0103dab:	89 47 24             	mov    %eax,0x24(%edi)
	np->sig_handler = p->sig_handler;
c0103dae:	8b 46 44             	mov    0x44(%esi),%eax
c0103db1:	89 47 44             	mov    %eax,0x44(%edi)
	memmove(np->name, p->name, sizeof(p->name));
c0103db4:	b8 10 00 00 00       	mov    $0x10,%eax
c0103db9:	89 44 24 08          	mov    %eax,0x8(%esp)
c0103dbd:	8d 46 08             	lea    0x8(%esi),%eax
c0103dc0:	89 44 24 04          	mov    %eax,0x4(%esp)
c0103dc4:	8d 47 08             	lea    0x8(%edi),%eax
c0103dc7:	89 04 24             	mov    %eax,(%esp)
c0103dca:	e8 91 2c 00 00       	call   c0106a60 <memmove>
	for (int fd = 0; fd < NOFILE; fd++)
c0103dcf:	90                   	nop
		if (p->ofile[fd])
c0103dd0:	8b 44 9e 4c          	mov    0x4c(%esi,%ebx,4),%eax
c0103dd4:	85 c0                	test   %eax,%eax
c0103dd6:	74 0c                	je     c0103de4 <fork+0x94>
			np->ofile[fd] = file_dup(p->ofile[fd]);
c0103dd8:	89 04 24             	mov    %eax,(%esp)
c0103ddb:	e8 a0 cf ff ff       	call   c0100d80 <file_dup>
c0103de0:	89 44 9f 4c          	mov    %eax,0x4c(%edi,%ebx,4)
	for (int fd = 0; fd < NOFILE; fd++)
c0103de4:	43                   	inc    %ebx
c0103de5:	83 fb 10             	cmp    $0x10,%ebx
c0103de8:	75 e6                	jne    c0103dd0 <fork+0x80>
	np->parent = p;
c0103dea:	89 77 18             	mov    %esi,0x18(%edi)
	np->state = RUNNABLE;
	return np->pid;
c0103ded:	8b 47 04             	mov    0x4(%edi),%eax
	np->state = RUNNABLE;
c0103df0:	c7 07 03 00 00 00    	movl   $0x3,(%edi)
	// END STAGE 3 SOLUTION
	// STAGE 3 STUB: (void)p;
	// STAGE 3 STUB: return -ENOSYS;
}
c0103df6:	83 c4 1c             	add    $0x1c,%esp
c0103df9:	5b                   	pop    %ebx
c0103dfa:	5e                   	pop    %esi
c0103dfb:	5f                   	pop    %edi
c0103dfc:	5d                   	pop    %ebp
c0103dfd:	c3                   	ret
	if (p->kstack)
c0103dfe:	8b 47 28             	mov    0x28(%edi),%eax
c0103e01:	85 c0                	test   %eax,%eax
c0103e03:	74 17                	je     c0103e1c <fork+0xcc>
		kfree(p->kstack);
c0103e05:	89 04 24             	mov    %eax,(%esp)
c0103e08:	e8 83 d7 ff ff       	call   c0101590 <kfree>
	if (p->pgdir)
c0103e0d:	8b 47 1c             	mov    0x1c(%edi),%eax
c0103e10:	85 c0                	test   %eax,%eax
c0103e12:	74 08                	je     c0103e1c <fork+0xcc>
		vm_free(p->pgdir);
c0103e14:	89 04 24             	mov    %eax,(%esp)
c0103e17:	e8 84 1e 00 00       	call   c0105ca0 <vm_free>
	p->kstack = NULL;
c0103e1c:	c7 47 28 00 00 00 00 	movl   $0x0,0x28(%edi)
	p->pgdir = NULL;
c0103e23:	c7 47 1c 00 00 00 00 	movl   $0x0,0x1c(%edi)
	p->state = UNUSED;
c0103e2a:	c7 07 00 00 00 00    	movl   $0x0,(%edi)
	p->pid = 0;
c0103e30:	c7 47 04 00 00 00 00 	movl   $0x0,0x4(%edi)
	p->name[0] = '\0';
c0103e37:	c6 47 08 00          	movb   $0x0,0x8(%edi)
		return -ENOMEM;
c0103e3b:	b8 f4 ff ff ff       	mov    $0xfffffff4,%eax
c0103e40:	eb b4                	jmp    c0103df6 <fork+0xa6>
c0103e42:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0103e49:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi

c0103e50 <exit>:
}

// End the calling process.  It stays a ZOMBIE, holding its exit status,
// until its parent collects it with wait().
void exit(int status)
{
c0103e50:	55                   	push   %ebp
c0103e51:	89 e5                	mov    %esp,%ebp
c0103e53:	56                   	push   %esi
c0103e54:	53                   	push   %ebx
c0103e55:	bb 38 79 20 c0       	mov    $0xc0207938,%ebx
c0103e5a:	83 ec 10             	sub    $0x10,%esp
	return current;
c0103e5d:	8b 35 00 79 20 c0    	mov    0xc0207900,%esi
	struct proc *p = myproc();

	files_close_all(p);
c0103e63:	89 34 24             	mov    %esi,(%esp)
c0103e66:	e8 45 d0 ff ff       	call   c0100eb0 <files_close_all>
	if (p == initproc)
c0103e6b:	39 35 20 9c 20 c0    	cmp    %esi,0xc0209c20
c0103e71:	75 13                	jne    c0103e86 <exit+0x36>
c0103e73:	eb 77                	jmp    c0103eec <exit+0x9c>
c0103e75:	8d 76 00             	lea    0x0(%esi),%esi
	for (int i = 0; i < NPROC; i++) {
c0103e78:	81 c3 8c 00 00 00    	add    $0x8c,%ebx
c0103e7e:	81 fb 38 9c 20 c0    	cmp    $0xc0209c38,%ebx
c0103e84:	74 3a                	je     c0103ec0 <exit+0x70>
		if (proc_table[i].parent != p)
c0103e86:	3b 33                	cmp    (%ebx),%esi
c0103e88:	75 ee                	jne    c0103e78 <exit+0x28>
		proc_table[i].parent = initproc;
c0103e8a:	a1 20 9c 20 c0       	mov    0xc0209c20,%eax
		if (proc_table[i].state == ZOMBIE && initproc)
c0103e8f:	83 7b e8 05          	cmpl   $0x5,-0x18(%ebx)
		proc_table[i].parent = initproc;
c0103e93:	89 03                	mov    %eax,(%ebx)
		if (proc_table[i].state == ZOMBIE && initproc)
c0103e95:	75 e1                	jne    c0103e78 <exit+0x28>
c0103e97:	85 c0                	test   %eax,%eax
c0103e99:	74 dd                	je     c0103e78 <exit+0x28>
			wakeup(initproc);
c0103e9b:	89 04 24             	mov    %eax,(%esp)
	for (int i = 0; i < NPROC; i++) {
c0103e9e:	81 c3 8c 00 00 00    	add    $0x8c,%ebx
			wakeup(initproc);
c0103ea4:	e8 e7 05 00 00       	call   c0104490 <wakeup>
	for (int i = 0; i < NPROC; i++) {
c0103ea9:	81 fb 38 9c 20 c0    	cmp    $0xc0209c38,%ebx
c0103eaf:	75 d5                	jne    c0103e86 <exit+0x36>
c0103eb1:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0103eb8:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0103ebf:	90                   	nop
	// STAGE 3: wait), become a ZOMBIE and call sched() for good.  The
	// STAGE 3: memory is freed by the parent's wait(), not here: we are
	// STAGE 3: still running on this kernel stack and address space.
	// BEGIN STAGE 3 SOLUTION
	reparent_children(p);
	p->xstatus = status;
c0103ec0:	8b 45 08             	mov    0x8(%ebp),%eax
c0103ec3:	89 46 40             	mov    %eax,0x40(%esi)
	if (p->parent)
c0103ec6:	8b 46 18             	mov    0x18(%esi),%eax
c0103ec9:	85 c0                	test   %eax,%eax
c0103ecb:	74 08                	je     c0103ed5 <exit+0x85>
		wakeup(p->parent);
c0103ecd:	89 04 24             	mov    %eax,(%esp)
c0103ed0:	e8 bb 05 00 00       	call   c0104490 <wakeup>
	p->state = ZOMBIE;
c0103ed5:	c7 06 05 00 00 00    	movl   $0x5,(%esi)
	sched();
c0103edb:	e8 10 05 00 00       	call   c01043f0 <sched>
	// END STAGE 3 SOLUTION
	// STAGE 3 STUB: (void)reparent_children; (void)status;
	// STAGE 3 STUB: p->state = ZOMBIE;
	// STAGE 3 STUB: sched();
	panic("exit: a zombie ran again");
c0103ee0:	c7 04 24 eb 8a 10 c0 	movl   $0xc0108aeb,(%esp)
c0103ee7:	e8 14 fb ff ff       	call   c0103a00 <panic>
	printf("init: %s exited with status %d\n", p->name, status);
c0103eec:	8b 45 08             	mov    0x8(%ebp),%eax
c0103eef:	83 c6 08             	add    $0x8,%esi
c0103ef2:	89 74 24 04          	mov    %esi,0x4(%esp)
c0103ef6:	c7 04 24 44 8b 10 c0 	movl   $0xc0108b44,(%esp)
c0103efd:	89 44 24 08          	mov    %eax,0x8(%esp)
c0103f01:	e8 aa fa ff ff       	call   c01039b0 <printf>
	qemu_exit(QEMU_EXIT_OK);
c0103f06:	31 c0                	xor    %eax,%eax
c0103f08:	89 04 24             	mov    %eax,(%esp)
c0103f0b:	e8 d0 fa ff ff       	call   c01039e0 <qemu_exit>

c0103f10 <wait>:
}

// Wait for a child to exit; return its pid and store its status.
// -ECHILD if the caller has no children at all.
int wait(int *status)
{
c0103f10:	55                   	push   %ebp
c0103f11:	89 e5                	mov    %esp,%ebp
c0103f13:	57                   	push   %edi
c0103f14:	56                   	push   %esi
c0103f15:	53                   	push   %ebx
c0103f16:	83 ec 1c             	sub    $0x1c,%esp
c0103f19:	8b 75 08             	mov    0x8(%ebp),%esi
	return current;
c0103f1c:	8b 3d 00 79 20 c0    	mov    0xc0207900,%edi
	// STAGE 3: if p was killed, -EINTR.  Otherwise sleep(p) until a child
	// STAGE 3: exits, and look again.
	// BEGIN STAGE 3 SOLUTION
	for (;;) {
		int have_children = 0;
		for (int i = 0; i < NPROC; i++) {
c0103f22:	b8 20 79 20 c0       	mov    $0xc0207920,%eax
c0103f27:	31 db                	xor    %ebx,%ebx
		int have_children = 0;
c0103f29:	31 c9                	xor    %ecx,%ecx
c0103f2b:	eb 0e                	jmp    c0103f3b <wait+0x2b>
c0103f2d:	8d 76 00             	lea    0x0(%esi),%esi
		for (int i = 0; i < NPROC; i++) {
c0103f30:	43                   	inc    %ebx
c0103f31:	05 8c 00 00 00       	add    $0x8c,%eax
c0103f36:	83 fb 40             	cmp    $0x40,%ebx
c0103f39:	74 20                	je     c0103f5b <wait+0x4b>
			struct proc *c = &proc_table[i];
			if (c->parent != p || c->state == UNUSED)
c0103f3b:	39 78 18             	cmp    %edi,0x18(%eax)
c0103f3e:	75 f0                	jne    c0103f30 <wait+0x20>
c0103f40:	8b 10                	mov    (%eax),%edx
c0103f42:	85 d2                	test   %edx,%edx
c0103f44:	74 ea                	je     c0103f30 <wait+0x20>
				continue;
			have_children = 1;
			if (c->state == ZOMBIE) {
c0103f46:	83 fa 05             	cmp    $0x5,%edx
c0103f49:	74 35                	je     c0103f80 <wait+0x70>
		for (int i = 0; i < NPROC; i++) {
c0103f4b:	43                   	inc    %ebx
c0103f4c:	05 8c 00 00 00       	add    $0x8c,%eax
c0103f51:	83 fb 40             	cmp    $0x40,%ebx
			have_children = 1;
c0103f54:	b9 01 00 00 00       	mov    $0x1,%ecx
		for (int i = 0; i < NPROC; i++) {
c0103f59:	75 e0                	jne    c0103f3b <wait+0x2b>
				c->parent = NULL;
				proc_free(c);
				return pid;
			}
		}
		if (!have_children)
c0103f5b:	85 c9                	test   %ecx,%ecx
c0103f5d:	0f 84 a8 00 00 00    	je     c010400b <wait+0xfb>
			return -ECHILD;
		if (p->killed)
c0103f63:	8b 47 3c             	mov    0x3c(%edi),%eax
c0103f66:	85 c0                	test   %eax,%eax
c0103f68:	0f 85 a4 00 00 00    	jne    c0104012 <wait+0x102>
			return -EINTR;
		sleep(p);
c0103f6e:	89 3c 24             	mov    %edi,(%esp)
c0103f71:	e8 ea 04 00 00       	call   c0104460 <sleep>
	for (;;) {
c0103f76:	eb aa                	jmp    c0103f22 <wait+0x12>
c0103f78:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0103f7f:	90                   	nop
				int pid = c->pid;
c0103f80:	69 c3 8c 00 00 00    	imul   $0x8c,%ebx,%eax
c0103f86:	8b b8 24 79 20 c0    	mov    -0x3fdf86dc(%eax),%edi
c0103f8c:	05 20 79 20 c0       	add    $0xc0207920,%eax
				if (status)
c0103f91:	85 f6                	test   %esi,%esi
c0103f93:	74 05                	je     c0103f9a <wait+0x8a>
					*status = c->xstatus;
c0103f95:	8b 40 40             	mov    0x40(%eax),%eax
c0103f98:	89 06                	mov    %eax,(%esi)
				c->parent = NULL;
c0103f9a:	69 c3 8c 00 00 00    	imul   $0x8c,%ebx,%eax
c0103fa0:	31 d2                	xor    %edx,%edx
c0103fa2:	89 90 38 79 20 c0    	mov    %edx,-0x3fdf86c8(%eax)
c0103fa8:	05 20 79 20 c0       	add    $0xc0207920,%eax
	if (p->kstack)
c0103fad:	8b 40 28             	mov    0x28(%eax),%eax
c0103fb0:	85 c0                	test   %eax,%eax
c0103fb2:	74 08                	je     c0103fbc <wait+0xac>
		kfree(p->kstack);
c0103fb4:	89 04 24             	mov    %eax,(%esp)
c0103fb7:	e8 d4 d5 ff ff       	call   c0101590 <kfree>
	if (p->pgdir)
c0103fbc:	69 c3 8c 00 00 00    	imul   $0x8c,%ebx,%eax
c0103fc2:	8b 80 3c 79 20 c0    	mov    -0x3fdf86c4(%eax),%eax
c0103fc8:	85 c0                	test   %eax,%eax
c0103fca:	74 08                	je     c0103fd4 <wait+0xc4>
		vm_free(p->pgdir);
c0103fcc:	89 04 24             	mov    %eax,(%esp)
c0103fcf:	e8 cc 1c 00 00       	call   c0105ca0 <vm_free>
	p->kstack = NULL;
c0103fd4:	69 db 8c 00 00 00    	imul   $0x8c,%ebx,%ebx
c0103fda:	31 d2                	xor    %edx,%edx
	p->pgdir = NULL;
c0103fdc:	31 c9                	xor    %ecx,%ecx
	p->state = UNUSED;
c0103fde:	31 f6                	xor    %esi,%esi
	p->pid = 0;
c0103fe0:	31 c0                	xor    %eax,%eax
	p->kstack = NULL;
c0103fe2:	89 93 48 79 20 c0    	mov    %edx,-0x3fdf86b8(%ebx)
	p->pgdir = NULL;
c0103fe8:	89 8b 3c 79 20 c0    	mov    %ecx,-0x3fdf86c4(%ebx)
	p->state = UNUSED;
c0103fee:	89 b3 20 79 20 c0    	mov    %esi,-0x3fdf86e0(%ebx)
	p->pid = 0;
c0103ff4:	89 83 24 79 20 c0    	mov    %eax,-0x3fdf86dc(%ebx)
	p->name[0] = '\0';
c0103ffa:	c6 83 28 79 20 c0 00 	movb   $0x0,-0x3fdf86d8(%ebx)
	}
	// END STAGE 3 SOLUTION
	// STAGE 3 STUB: (void)p; (void)status;
	// STAGE 3 STUB: return -ECHILD;
}
c0104001:	83 c4 1c             	add    $0x1c,%esp
c0104004:	89 f8                	mov    %edi,%eax
c0104006:	5b                   	pop    %ebx
c0104007:	5e                   	pop    %esi
c0104008:	5f                   	pop    %edi
c0104009:	5d                   	pop    %ebp
c010400a:	c3                   	ret
			return -ECHILD;
c010400b:	bf f6 ff ff ff       	mov    $0xfffffff6,%edi
c0104010:	eb ef                	jmp    c0104001 <wait+0xf1>
			return -EINTR;
c0104012:	bf fc ff ff ff       	mov    $0xfffffffc,%edi
c0104017:	eb e8                	jmp    c0104001 <wait+0xf1>
c0104019:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi

c0104020 <kill>:

// Mark a process killed.  It exits the next time it would return to user
// mode; a sleeping one is woken so that this happens soon.
int kill(int pid)
{
c0104020:	55                   	push   %ebp
c0104021:	b8 20 79 20 c0       	mov    $0xc0207920,%eax
c0104026:	89 e5                	mov    %esp,%ebp
	for (int i = 0; i < NPROC; i++) {
c0104028:	31 d2                	xor    %edx,%edx
{
c010402a:	53                   	push   %ebx
c010402b:	8b 4d 08             	mov    0x8(%ebp),%ecx
c010402e:	eb 0b                	jmp    c010403b <kill+0x1b>
	for (int i = 0; i < NPROC; i++) {
c0104030:	42                   	inc    %edx
c0104031:	05 8c 00 00 00       	add    $0x8c,%eax
c0104036:	83 fa 40             	cmp    $0x40,%edx
c0104039:	74 35                	je     c0104070 <kill+0x50>
		struct proc *p = &proc_table[i];
		if (p->pid == pid && p->state != UNUSED && p->state != ZOMBIE) {
c010403b:	39 48 04             	cmp    %ecx,0x4(%eax)
c010403e:	75 f0                	jne    c0104030 <kill+0x10>
c0104040:	8b 18                	mov    (%eax),%ebx
c0104042:	85 db                	test   %ebx,%ebx
c0104044:	74 ea                	je     c0104030 <kill+0x10>
c0104046:	83 fb 05             	cmp    $0x5,%ebx
c0104049:	74 e5                	je     c0104030 <kill+0x10>
			p->killed = 1;
c010404b:	69 d2 8c 00 00 00    	imul   $0x8c,%edx,%edx
c0104051:	b9 01 00 00 00       	mov    $0x1,%ecx
			if (p->state == SLEEPING)
c0104056:	83 fb 02             	cmp    $0x2,%ebx
			p->killed = 1;
c0104059:	89 8a 5c 79 20 c0    	mov    %ecx,-0x3fdf86a4(%edx)
			if (p->state == SLEEPING)
c010405f:	74 17                	je     c0104078 <kill+0x58>
				p->state = RUNNABLE;
			return 0;
c0104061:	31 c0                	xor    %eax,%eax
		}
	}
	return -ESRCH;
}
c0104063:	5b                   	pop    %ebx
c0104064:	5d                   	pop    %ebp
c0104065:	c3                   	ret
c0104066:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010406d:	8d 76 00             	lea    0x0(%esi),%esi
c0104070:	5b                   	pop    %ebx
	return -ESRCH;
c0104071:	b8 fd ff ff ff       	mov    $0xfffffffd,%eax
}
c0104076:	5d                   	pop    %ebp
c0104077:	c3                   	ret
				p->state = RUNNABLE;
c0104078:	b8 03 00 00 00       	mov    $0x3,%eax
c010407d:	89 82 20 79 20 c0    	mov    %eax,-0x3fdf86e0(%edx)
			return 0;
c0104083:	31 c0                	xor    %eax,%eax
c0104085:	eb dc                	jmp    c0104063 <kill+0x43>
c0104087:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010408e:	66 90                	xchg   %ax,%ax

c0104090 <proc_dump>:

void proc_dump(void)
{
c0104090:	55                   	push   %ebp
c0104091:	89 e5                	mov    %esp,%ebp
c0104093:	83 ec 28             	sub    $0x28,%esp
c0104096:	89 5d fc             	mov    %ebx,-0x4(%ebp)
c0104099:	bb 28 79 20 c0       	mov    $0xc0207928,%ebx
c010409e:	eb 37                	jmp    c01040d7 <proc_dump+0x47>
	};
	for (int i = 0; i < NPROC; i++) {
		struct proc *p = &proc_table[i];
		if (p->state == UNUSED)
			continue;
		printf("%3d %-9s %-12s ppid %d\n", p->pid, names[p->state],
c01040a0:	8b 52 04             	mov    0x4(%edx),%edx
c01040a3:	89 54 24 10          	mov    %edx,0x10(%esp)
c01040a7:	8b 04 85 64 8b 10 c0 	mov    -0x3fef749c(,%eax,4),%eax
c01040ae:	89 5c 24 0c          	mov    %ebx,0xc(%esp)
c01040b2:	89 44 24 08          	mov    %eax,0x8(%esp)
c01040b6:	8b 43 fc             	mov    -0x4(%ebx),%eax
c01040b9:	c7 04 24 04 8b 10 c0 	movl   $0xc0108b04,(%esp)
c01040c0:	89 44 24 04          	mov    %eax,0x4(%esp)
c01040c4:	e8 e7 f8 ff ff       	call   c01039b0 <printf>
	for (int i = 0; i < NPROC; i++) {
c01040c9:	81 c3 8c 00 00 00    	add    $0x8c,%ebx
c01040cf:	81 fb 28 9c 20 c0    	cmp    $0xc0209c28,%ebx
c01040d5:	74 19                	je     c01040f0 <proc_dump+0x60>
		if (p->state == UNUSED)
c01040d7:	8b 43 f8             	mov    -0x8(%ebx),%eax
c01040da:	85 c0                	test   %eax,%eax
c01040dc:	74 eb                	je     c01040c9 <proc_dump+0x39>
		       p->name, p->parent ? p->parent->pid : 0);
c01040de:	8b 53 10             	mov    0x10(%ebx),%edx
		printf("%3d %-9s %-12s ppid %d\n", p->pid, names[p->state],
c01040e1:	85 d2                	test   %edx,%edx
c01040e3:	75 bb                	jne    c01040a0 <proc_dump+0x10>
c01040e5:	31 d2                	xor    %edx,%edx
c01040e7:	eb ba                	jmp    c01040a3 <proc_dump+0x13>
c01040e9:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
	}
}
c01040f0:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c01040f3:	89 ec                	mov    %ebp,%esp
c01040f5:	5d                   	pop    %ebp
c01040f6:	c3                   	ret
c01040f7:	66 90                	xchg   %ax,%ax
c01040f9:	66 90                	xchg   %ax,%ax
c01040fb:	66 90                	xchg   %ax,%ax
c01040fd:	66 90                	xchg   %ax,%ax
c01040ff:	90                   	nop

c0104100 <program_add_module>:
static struct program modules[MAXMODULES];
static char module_names[MAXMODULES][32];
static int nmodules;

void program_add_module(const char *name, const void *image, uint32_t size)
{
c0104100:	55                   	push   %ebp
c0104101:	89 e5                	mov    %esp,%ebp
c0104103:	83 ec 28             	sub    $0x28,%esp
c0104106:	89 5d f4             	mov    %ebx,-0xc(%ebp)
c0104109:	8b 55 08             	mov    0x8(%ebp),%edx
c010410c:	89 75 f8             	mov    %esi,-0x8(%ebp)
c010410f:	8b 5d 10             	mov    0x10(%ebp),%ebx
c0104112:	89 7d fc             	mov    %edi,-0x4(%ebp)
c0104115:	8b 75 0c             	mov    0xc(%ebp),%esi
	if (nmodules == MAXMODULES) {
c0104118:	a1 40 9c 20 c0       	mov    0xc0209c40,%eax
c010411d:	83 f8 08             	cmp    $0x8,%eax
c0104120:	74 5e                	je     c0104180 <program_add_module+0x80>
		printf("programs: too many modules, ignoring %s\n", name);
		return;
	}
	strlcpy(module_names[nmodules], name, sizeof(module_names[0]));
c0104122:	89 54 24 04          	mov    %edx,0x4(%esp)
c0104126:	c1 e0 05             	shl    $0x5,%eax
c0104129:	b9 20 00 00 00       	mov    $0x20,%ecx
c010412e:	89 4c 24 08          	mov    %ecx,0x8(%esp)
c0104132:	05 60 9c 20 c0       	add    $0xc0209c60,%eax
c0104137:	89 04 24             	mov    %eax,(%esp)
c010413a:	e8 41 2b 00 00       	call   c0106c80 <strlcpy>
	modules[nmodules].name = module_names[nmodules];
c010413f:	a1 40 9c 20 c0       	mov    0xc0209c40,%eax
c0104144:	8d 14 40             	lea    (%eax,%eax,2),%edx
c0104147:	89 c7                	mov    %eax,%edi
c0104149:	c1 e2 02             	shl    $0x2,%edx
	modules[nmodules].start = image;
	modules[nmodules].end = (const char *)image + size;
	nmodules++;
c010414c:	40                   	inc    %eax
	modules[nmodules].start = image;
c010414d:	89 b2 64 9d 20 c0    	mov    %esi,-0x3fdf629c(%edx)
	modules[nmodules].name = module_names[nmodules];
c0104153:	c1 e7 05             	shl    $0x5,%edi
	modules[nmodules].end = (const char *)image + size;
c0104156:	01 de                	add    %ebx,%esi
c0104158:	89 b2 68 9d 20 c0    	mov    %esi,-0x3fdf6298(%edx)
	modules[nmodules].name = module_names[nmodules];
c010415e:	81 c7 60 9c 20 c0    	add    $0xc0209c60,%edi
c0104164:	89 ba 60 9d 20 c0    	mov    %edi,-0x3fdf62a0(%edx)
	nmodules++;
c010416a:	a3 40 9c 20 c0       	mov    %eax,0xc0209c40
}
c010416f:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c0104172:	8b 75 f8             	mov    -0x8(%ebp),%esi
c0104175:	8b 7d fc             	mov    -0x4(%ebp),%edi
c0104178:	89 ec                	mov    %ebp,%esp
c010417a:	5d                   	pop    %ebp
c010417b:	c3                   	ret
c010417c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0104180:	8b 5d f4             	mov    -0xc(%ebp),%ebx
		printf("programs: too many modules, ignoring %s\n", name);
c0104183:	89 55 0c             	mov    %edx,0xc(%ebp)
}
c0104186:	8b 75 f8             	mov    -0x8(%ebp),%esi
		printf("programs: too many modules, ignoring %s\n", name);
c0104189:	c7 45 08 7c 8b 10 c0 	movl   $0xc0108b7c,0x8(%ebp)
}
c0104190:	8b 7d fc             	mov    -0x4(%ebp),%edi
c0104193:	89 ec                	mov    %ebp,%esp
c0104195:	5d                   	pop    %ebp
		printf("programs: too many modules, ignoring %s\n", name);
c0104196:	e9 15 f8 ff ff       	jmp    c01039b0 <printf>
c010419b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c010419f:	90                   	nop

c01041a0 <program_find>:
}

// Find a program by name ("/bin/" and "/" prefixes are ignored).
// Modules come first, so a module can stand in for a built-in program.
int program_find(const char *name, const void **image, uint32_t *size)
{
c01041a0:	55                   	push   %ebp
	if (strncmp(name, "/bin/", 5) == 0)
c01041a1:	ba 05 00 00 00       	mov    $0x5,%edx
{
c01041a6:	89 e5                	mov    %esp,%ebp
	if (strncmp(name, "/bin/", 5) == 0)
c01041a8:	b9 a5 8b 10 c0       	mov    $0xc0108ba5,%ecx
{
c01041ad:	57                   	push   %edi
c01041ae:	56                   	push   %esi
c01041af:	53                   	push   %ebx
c01041b0:	83 ec 2c             	sub    $0x2c,%esp
c01041b3:	8b 5d 08             	mov    0x8(%ebp),%ebx
	if (strncmp(name, "/bin/", 5) == 0)
c01041b6:	89 54 24 08          	mov    %edx,0x8(%esp)
c01041ba:	89 4c 24 04          	mov    %ecx,0x4(%esp)
c01041be:	89 1c 24             	mov    %ebx,(%esp)
c01041c1:	e8 ea 29 00 00       	call   c0106bb0 <strncmp>
c01041c6:	85 c0                	test   %eax,%eax
c01041c8:	75 07                	jne    c01041d1 <program_find+0x31>
		name += 5;
c01041ca:	83 c3 05             	add    $0x5,%ebx
	while (*name == '/')
c01041cd:	eb 02                	jmp    c01041d1 <program_find+0x31>
c01041cf:	90                   	nop
		name++;
c01041d0:	43                   	inc    %ebx
	while (*name == '/')
c01041d1:	80 3b 2f             	cmpb   $0x2f,(%ebx)
c01041d4:	74 fa                	je     c01041d0 <program_find+0x30>
	if (lookup(modules, nmodules, name, image, size) == 0)
c01041d6:	a1 40 9c 20 c0       	mov    0xc0209c40,%eax
c01041db:	89 45 e4             	mov    %eax,-0x1c(%ebp)
	for (int i = 0; i < n; i++) {
c01041de:	85 c0                	test   %eax,%eax
c01041e0:	7e 4e                	jle    c0104230 <program_find+0x90>
c01041e2:	be 60 9d 20 c0       	mov    $0xc0209d60,%esi
c01041e7:	31 ff                	xor    %edi,%edi
c01041e9:	eb 0e                	jmp    c01041f9 <program_find+0x59>
c01041eb:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c01041ef:	90                   	nop
c01041f0:	47                   	inc    %edi
c01041f1:	83 c6 0c             	add    $0xc,%esi
c01041f4:	39 7d e4             	cmp    %edi,-0x1c(%ebp)
c01041f7:	74 37                	je     c0104230 <program_find+0x90>
		if (strcmp(list[i].name, name) == 0) {
c01041f9:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c01041fd:	8b 06                	mov    (%esi),%eax
c01041ff:	89 04 24             	mov    %eax,(%esp)
c0104202:	e8 59 29 00 00       	call   c0106b60 <strcmp>
c0104207:	85 c0                	test   %eax,%eax
c0104209:	75 e5                	jne    c01041f0 <program_find+0x50>
			*image = list[i].start;
c010420b:	8b 56 04             	mov    0x4(%esi),%edx
c010420e:	8b 45 0c             	mov    0xc(%ebp),%eax
c0104211:	89 10                	mov    %edx,(%eax)
			*size = (uint32_t)(list[i].end - list[i].start);
c0104213:	8b 46 08             	mov    0x8(%esi),%eax
c0104216:	29 d0                	sub    %edx,%eax
c0104218:	8b 55 10             	mov    0x10(%ebp),%edx
c010421b:	89 02                	mov    %eax,(%edx)
		return 0;
	return lookup(builtin_programs, nbuiltin_programs, name, image, size);
}
c010421d:	83 c4 2c             	add    $0x2c,%esp
		return 0;
c0104220:	31 c0                	xor    %eax,%eax
}
c0104222:	5b                   	pop    %ebx
c0104223:	5e                   	pop    %esi
c0104224:	5f                   	pop    %edi
c0104225:	5d                   	pop    %ebp
c0104226:	c3                   	ret
c0104227:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010422e:	66 90                	xchg   %ax,%ax
	for (int i = 0; i < n; i++) {
c0104230:	a1 80 93 10 c0       	mov    0xc0109380,%eax
c0104235:	85 c0                	test   %eax,%eax
c0104237:	7e 37                	jle    c0104270 <program_find+0xd0>
c0104239:	be 30 92 10 c0       	mov    $0xc0109230,%esi
c010423e:	31 ff                	xor    %edi,%edi
c0104240:	eb 12                	jmp    c0104254 <program_find+0xb4>
c0104242:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
c0104248:	47                   	inc    %edi
c0104249:	83 c6 0c             	add    $0xc,%esi
c010424c:	39 3d 80 93 10 c0    	cmp    %edi,0xc0109380
c0104252:	74 1c                	je     c0104270 <program_find+0xd0>
		if (strcmp(list[i].name, name) == 0) {
c0104254:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0104258:	8b 06                	mov    (%esi),%eax
c010425a:	89 04 24             	mov    %eax,(%esp)
c010425d:	e8 fe 28 00 00       	call   c0106b60 <strcmp>
c0104262:	85 c0                	test   %eax,%eax
c0104264:	75 e2                	jne    c0104248 <program_find+0xa8>
c0104266:	eb a3                	jmp    c010420b <program_find+0x6b>
c0104268:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010426f:	90                   	nop
}
c0104270:	83 c4 2c             	add    $0x2c,%esp
	return -1;
c0104273:	b8 ff ff ff ff       	mov    $0xffffffff,%eax
}
c0104278:	5b                   	pop    %ebx
c0104279:	5e                   	pop    %esi
c010427a:	5f                   	pop    %edi
c010427b:	5d                   	pop    %ebp
c010427c:	c3                   	ret
c010427d:	8d 76 00             	lea    0x0(%esi),%esi

c0104280 <program_list>:

void program_list(void)
{
c0104280:	55                   	push   %ebp
c0104281:	89 e5                	mov    %esp,%ebp
c0104283:	56                   	push   %esi
c0104284:	53                   	push   %ebx
c0104285:	83 ec 10             	sub    $0x10,%esp
	for (int i = 0; i < nbuiltin_programs; i++)
c0104288:	8b 35 80 93 10 c0    	mov    0xc0109380,%esi
c010428e:	85 f6                	test   %esi,%esi
c0104290:	7e 3e                	jle    c01042d0 <program_list+0x50>
		printf("%s%s", i ? " " : "", builtin_programs[i].name);
c0104292:	8b 15 30 92 10 c0    	mov    0xc0109230,%edx
c0104298:	31 db                	xor    %ebx,%ebx
c010429a:	b8 4e 88 10 c0       	mov    $0xc010884e,%eax
c010429f:	eb 16                	jmp    c01042b7 <program_list+0x37>
c01042a1:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01042a8:	8d 04 5b             	lea    (%ebx,%ebx,2),%eax
c01042ab:	8b 14 85 30 92 10 c0 	mov    -0x3fef6dd0(,%eax,4),%edx
c01042b2:	b8 cb 8a 10 c0       	mov    $0xc0108acb,%eax
c01042b7:	89 54 24 08          	mov    %edx,0x8(%esp)
	for (int i = 0; i < nbuiltin_programs; i++)
c01042bb:	43                   	inc    %ebx
		printf("%s%s", i ? " " : "", builtin_programs[i].name);
c01042bc:	89 44 24 04          	mov    %eax,0x4(%esp)
c01042c0:	c7 04 24 ab 8b 10 c0 	movl   $0xc0108bab,(%esp)
c01042c7:	e8 e4 f6 ff ff       	call   c01039b0 <printf>
	for (int i = 0; i < nbuiltin_programs; i++)
c01042cc:	39 f3                	cmp    %esi,%ebx
c01042ce:	75 d8                	jne    c01042a8 <program_list+0x28>
	for (int i = 0; i < nmodules; i++)
c01042d0:	a1 40 9c 20 c0       	mov    0xc0209c40,%eax
c01042d5:	85 c0                	test   %eax,%eax
c01042d7:	7e 2a                	jle    c0104303 <program_list+0x83>
c01042d9:	31 db                	xor    %ebx,%ebx
c01042db:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c01042df:	90                   	nop
		printf(" %s(module)", modules[i].name);
c01042e0:	c7 04 24 b0 8b 10 c0 	movl   $0xc0108bb0,(%esp)
c01042e7:	8d 04 5b             	lea    (%ebx,%ebx,2),%eax
	for (int i = 0; i < nmodules; i++)
c01042ea:	43                   	inc    %ebx
		printf(" %s(module)", modules[i].name);
c01042eb:	8b 04 85 60 9d 20 c0 	mov    -0x3fdf62a0(,%eax,4),%eax
c01042f2:	89 44 24 04          	mov    %eax,0x4(%esp)
c01042f6:	e8 b5 f6 ff ff       	call   c01039b0 <printf>
	for (int i = 0; i < nmodules; i++)
c01042fb:	39 1d 40 9c 20 c0    	cmp    %ebx,0xc0209c40
c0104301:	7f dd                	jg     c01042e0 <program_list+0x60>
	printf("\n");
c0104303:	c7 04 24 45 88 10 c0 	movl   $0xc0108845,(%esp)
c010430a:	e8 a1 f6 ff ff       	call   c01039b0 <printf>
}
c010430f:	83 c4 10             	add    $0x10,%esp
c0104312:	5b                   	pop    %ebx
c0104313:	5e                   	pop    %esi
c0104314:	5d                   	pop    %ebp
c0104315:	c3                   	ret
c0104316:	66 90                	xchg   %ax,%ax
c0104318:	66 90                	xchg   %ax,%ax
c010431a:	66 90                	xchg   %ax,%ax
c010431c:	66 90                	xchg   %ax,%ax
c010431e:	66 90                	xchg   %ax,%ax

c0104320 <scheduler>:
			return 1;
	return 0;
}

void scheduler(void)
{
c0104320:	55                   	push   %ebp
c0104321:	89 e5                	mov    %esp,%ebp
c0104323:	57                   	push   %edi
c0104324:	56                   	push   %esi
c0104325:	be 20 9c 20 c0       	mov    $0xc0209c20,%esi
c010432a:	53                   	push   %ebx
c010432b:	83 ec 1c             	sub    $0x1c,%esp
c010432e:	66 90                	xchg   %ax,%ax
		int i = (last_run + n) % NPROC;
c0104330:	8b 1d 10 c0 1f c0    	mov    0xc01fc010,%ebx
c0104336:	8d 4b 01             	lea    0x1(%ebx),%ecx
c0104339:	83 c3 41             	add    $0x41,%ebx
c010433c:	eb 07                	jmp    c0104345 <scheduler+0x25>
c010433e:	66 90                	xchg   %ax,%ax
	for (int n = 1; n <= NPROC; n++) {
c0104340:	41                   	inc    %ecx
c0104341:	39 d9                	cmp    %ebx,%ecx
c0104343:	74 6b                	je     c01043b0 <scheduler+0x90>
		int i = (last_run + n) % NPROC;
c0104345:	89 ca                	mov    %ecx,%edx
c0104347:	c1 fa 1f             	sar    $0x1f,%edx
c010434a:	c1 ea 1a             	shr    $0x1a,%edx
c010434d:	8d 04 11             	lea    (%ecx,%edx,1),%eax
c0104350:	83 e0 3f             	and    $0x3f,%eax
c0104353:	29 d0                	sub    %edx,%eax
		if (proc_table[i].state == RUNNABLE) {
c0104355:	69 d0 8c 00 00 00    	imul   $0x8c,%eax,%edx
c010435b:	83 ba 20 79 20 c0 03 	cmpl   $0x3,-0x3fdf86e0(%edx)
c0104362:	8d ba 20 79 20 c0    	lea    -0x3fdf86e0(%edx),%edi
c0104368:	75 d6                	jne    c0104340 <scheduler+0x20>
			last_run = i;
c010436a:	a3 10 c0 1f c0       	mov    %eax,0xc01fc010
	p->state = RUNNING;
c010436f:	b8 04 00 00 00       	mov    $0x4,%eax
	uvm_switch(p);
c0104374:	89 3c 24             	mov    %edi,(%esp)
	p->state = RUNNING;
c0104377:	89 82 20 79 20 c0    	mov    %eax,-0x3fdf86e0(%edx)
	current = p;
c010437d:	89 3d 00 79 20 c0    	mov    %edi,0xc0207900
	uvm_switch(p);
c0104383:	e8 08 e4 ff ff       	call   c0102790 <uvm_switch>
	swtch(&scheduler_context, p->context);
c0104388:	8b 47 30             	mov    0x30(%edi),%eax
c010438b:	c7 04 24 c0 9d 20 c0 	movl   $0xc0209dc0,(%esp)
c0104392:	89 44 24 04          	mov    %eax,0x4(%esp)
c0104396:	e8 29 2b 00 00       	call   c0106ec4 <swtch>
	kvm_switch();
c010439b:	e8 e0 e3 ff ff       	call   c0102780 <kvm_switch>
	current = NULL;
c01043a0:	31 d2                	xor    %edx,%edx
c01043a2:	89 15 00 79 20 c0    	mov    %edx,0xc0207900
}
c01043a8:	eb 86                	jmp    c0104330 <scheduler+0x10>
c01043aa:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
c01043b0:	b8 20 79 20 c0       	mov    $0xc0207920,%eax
c01043b5:	eb 12                	jmp    c01043c9 <scheduler+0xa9>
c01043b7:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01043be:	66 90                	xchg   %ax,%ax
	for (int i = 0; i < NPROC; i++)
c01043c0:	05 8c 00 00 00       	add    $0x8c,%eax
c01043c5:	39 c6                	cmp    %eax,%esi
c01043c7:	74 11                	je     c01043da <scheduler+0xba>
		if (proc_table[i].state == RUNNABLE)
c01043c9:	83 38 03             	cmpl   $0x3,(%eax)
c01043cc:	75 f2                	jne    c01043c0 <scheduler+0xa0>
	for (;;) {
		struct proc *p = pick_next();
		if (p)
			run(p);
		else if (any_runnable())
			panic("scheduler: pick_next found nothing, but a process is RUNNABLE");
c01043ce:	c7 04 24 bc 8b 10 c0 	movl   $0xc0108bbc,(%esp)
c01043d5:	e8 26 f6 ff ff       	call   c0103a00 <panic>
	asm volatile("sti; hlt; cli");
c01043da:	fb                   	sti
c01043db:	f4                   	hlt
c01043dc:	fa                   	cli
}
c01043dd:	e9 4e ff ff ff       	jmp    c0104330 <scheduler+0x10>
c01043e2:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01043e9:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi

c01043f0 <sched>:
	}
}

// Switch to the scheduler.  The caller has already changed its state.
void sched(void)
{
c01043f0:	55                   	push   %ebp
c01043f1:	89 e5                	mov    %esp,%ebp
c01043f3:	83 ec 18             	sub    $0x18,%esp
	struct proc *p = myproc();
c01043f6:	e8 b5 f6 ff ff       	call   c0103ab0 <myproc>
	if (p->state == RUNNING)
c01043fb:	83 38 04             	cmpl   $0x4,(%eax)
c01043fe:	74 20                	je     c0104420 <sched+0x30>
	asm volatile("pushfl; popl %0" : "=r"(f));
c0104400:	9c                   	pushf
c0104401:	5a                   	pop    %edx
		panic("sched: %s is still RUNNING", p->name);
	if (read_eflags() & FL_IF)
c0104402:	f6 c6 02             	test   $0x2,%dh
c0104405:	75 2c                	jne    c0104433 <sched+0x43>
		panic("sched: interrupts are enabled");
	swtch(&p->context, scheduler_context);
c0104407:	8b 15 c0 9d 20 c0    	mov    0xc0209dc0,%edx
c010440d:	83 c0 30             	add    $0x30,%eax
c0104410:	89 04 24             	mov    %eax,(%esp)
c0104413:	89 54 24 04          	mov    %edx,0x4(%esp)
c0104417:	e8 a8 2a 00 00       	call   c0106ec4 <swtch>
}
c010441c:	89 ec                	mov    %ebp,%esp
c010441e:	5d                   	pop    %ebp
c010441f:	c3                   	ret
		panic("sched: %s is still RUNNING", p->name);
c0104420:	c7 04 24 fa 8b 10 c0 	movl   $0xc0108bfa,(%esp)
c0104427:	83 c0 08             	add    $0x8,%eax
c010442a:	89 44 24 04          	mov    %eax,0x4(%esp)
c010442e:	e8 cd f5 ff ff       	call   c0103a00 <panic>
		panic("sched: interrupts are enabled");
c0104433:	c7 04 24 15 8c 10 c0 	movl   $0xc0108c15,(%esp)
c010443a:	e8 c1 f5 ff ff       	call   c0103a00 <panic>
c010443f:	90                   	nop

c0104440 <yield>:

void yield(void)
{
c0104440:	55                   	push   %ebp
c0104441:	89 e5                	mov    %esp,%ebp
c0104443:	83 ec 08             	sub    $0x8,%esp
	myproc()->state = RUNNABLE;
c0104446:	e8 65 f6 ff ff       	call   c0103ab0 <myproc>
c010444b:	c7 00 03 00 00 00    	movl   $0x3,(%eax)
	sched();
}
c0104451:	89 ec                	mov    %ebp,%esp
c0104453:	5d                   	pop    %ebp
	sched();
c0104454:	eb 9a                	jmp    c01043f0 <sched>
c0104456:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010445d:	8d 76 00             	lea    0x0(%esi),%esi

c0104460 <sleep>:

// Sleep on chan until wakeup(chan).  Interrupts are off in the kernel, so
// no wakeup can happen between the caller's check and this sleep.
void sleep(void *chan)
{
c0104460:	55                   	push   %ebp
c0104461:	89 e5                	mov    %esp,%ebp
c0104463:	83 ec 08             	sub    $0x8,%esp
c0104466:	89 5d fc             	mov    %ebx,-0x4(%ebp)
	struct proc *p = myproc();
c0104469:	e8 42 f6 ff ff       	call   c0103ab0 <myproc>
c010446e:	89 c3                	mov    %eax,%ebx
	p->chan = chan;
c0104470:	8b 45 08             	mov    0x8(%ebp),%eax
	p->state = SLEEPING;
c0104473:	c7 03 02 00 00 00    	movl   $0x2,(%ebx)
	p->chan = chan;
c0104479:	89 43 34             	mov    %eax,0x34(%ebx)
	sched();
c010447c:	e8 6f ff ff ff       	call   c01043f0 <sched>
	p->chan = NULL;
c0104481:	c7 43 34 00 00 00 00 	movl   $0x0,0x34(%ebx)
}
c0104488:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c010448b:	89 ec                	mov    %ebp,%esp
c010448d:	5d                   	pop    %ebp
c010448e:	c3                   	ret
c010448f:	90                   	nop

c0104490 <wakeup>:

void wakeup(void *chan)
{
c0104490:	55                   	push   %ebp
c0104491:	b8 20 79 20 c0       	mov    $0xc0207920,%eax
c0104496:	89 e5                	mov    %esp,%ebp
c0104498:	ba 20 9c 20 c0       	mov    $0xc0209c20,%edx
c010449d:	8b 4d 08             	mov    0x8(%ebp),%ecx
c01044a0:	eb 0f                	jmp    c01044b1 <wakeup+0x21>
c01044a2:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
	for (int i = 0; i < NPROC; i++)
c01044a8:	05 8c 00 00 00       	add    $0x8c,%eax
c01044ad:	39 c2                	cmp    %eax,%edx
c01044af:	74 19                	je     c01044ca <wakeup+0x3a>
		if (proc_table[i].state == SLEEPING && proc_table[i].chan == chan)
c01044b1:	83 38 02             	cmpl   $0x2,(%eax)
c01044b4:	75 f2                	jne    c01044a8 <wakeup+0x18>
c01044b6:	39 48 34             	cmp    %ecx,0x34(%eax)
c01044b9:	75 ed                	jne    c01044a8 <wakeup+0x18>
			proc_table[i].state = RUNNABLE;
c01044bb:	c7 00 03 00 00 00    	movl   $0x3,(%eax)
	for (int i = 0; i < NPROC; i++)
c01044c1:	05 8c 00 00 00       	add    $0x8c,%eax
c01044c6:	39 c2                	cmp    %eax,%edx
c01044c8:	75 e7                	jne    c01044b1 <wakeup+0x21>
}
c01044ca:	5d                   	pop    %ebp
c01044cb:	c3                   	ret
c01044cc:	66 90                	xchg   %ax,%ax
c01044ce:	66 90                	xchg   %ax,%ax

c01044d0 <sigtrap_deliver>:
#include "proc.h"
#include "defs.h"
#include "irq.h"

int sigtrap_deliver(struct trapframe *tf)
{
c01044d0:	55                   	push   %ebp
c01044d1:	89 e5                	mov    %esp,%ebp
c01044d3:	83 ec 28             	sub    $0x28,%esp
c01044d6:	89 75 f8             	mov    %esi,-0x8(%ebp)
c01044d9:	8b 75 08             	mov    0x8(%ebp),%esi
c01044dc:	89 5d f4             	mov    %ebx,-0xc(%ebp)
c01044df:	89 7d fc             	mov    %edi,-0x4(%ebp)
	struct proc *p = myproc();
c01044e2:	e8 c9 f5 ff ff       	call   c0103ab0 <myproc>
	if (p->sig_handler == 0 || p->sig_stack_ok)
c01044e7:	8b 48 44             	mov    0x44(%eax),%ecx
c01044ea:	85 c9                	test   %ecx,%ecx
c01044ec:	74 52                	je     c0104540 <sigtrap_deliver+0x70>
c01044ee:	8b 50 48             	mov    0x48(%eax),%edx
c01044f1:	89 c3                	mov    %eax,%ebx
c01044f3:	85 d2                	test   %edx,%edx
c01044f5:	75 49                	jne    c0104540 <sigtrap_deliver+0x70>
		return -1;        // no handler, or a trap inside the handler
	uint32_t sp = tf->esp - sizeof(struct trapframe);
c01044f7:	8b 46 44             	mov    0x44(%esi),%eax
	if (copyout(p, sp, tf, sizeof(*tf)) < 0)
c01044fa:	89 74 24 08          	mov    %esi,0x8(%esp)
c01044fe:	89 1c 24             	mov    %ebx,(%esp)
	uint32_t sp = tf->esp - sizeof(struct trapframe);
c0104501:	8d 78 b4             	lea    -0x4c(%eax),%edi
	if (copyout(p, sp, tf, sizeof(*tf)) < 0)
c0104504:	b8 4c 00 00 00       	mov    $0x4c,%eax
c0104509:	89 44 24 0c          	mov    %eax,0xc(%esp)
c010450d:	89 7c 24 04          	mov    %edi,0x4(%esp)
c0104511:	e8 da 10 00 00       	call   c01055f0 <copyout>
c0104516:	85 c0                	test   %eax,%eax
c0104518:	78 26                	js     c0104540 <sigtrap_deliver+0x70>
		return -1;
	p->sig_stack_ok = 1;
c010451a:	c7 43 48 01 00 00 00 	movl   $0x1,0x48(%ebx)
	tf->esp = sp;
c0104521:	89 7e 44             	mov    %edi,0x44(%esi)
	tf->eip = p->sig_handler;
c0104524:	8b 43 44             	mov    0x44(%ebx),%eax
c0104527:	89 46 38             	mov    %eax,0x38(%esi)
	return 0;
c010452a:	31 c0                	xor    %eax,%eax
}
c010452c:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c010452f:	8b 75 f8             	mov    -0x8(%ebp),%esi
c0104532:	8b 7d fc             	mov    -0x4(%ebp),%edi
c0104535:	89 ec                	mov    %ebp,%esp
c0104537:	5d                   	pop    %ebp
c0104538:	c3                   	ret
c0104539:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
		return -1;        // no handler, or a trap inside the handler
c0104540:	b8 ff ff ff ff       	mov    $0xffffffff,%eax
c0104545:	eb e5                	jmp    c010452c <sigtrap_deliver+0x5c>
c0104547:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010454e:	66 90                	xchg   %ax,%ax

c0104550 <sys_sigtrap>:

int sys_sigtrap(uint32_t handler)
{
c0104550:	55                   	push   %ebp
c0104551:	89 e5                	mov    %esp,%ebp
c0104553:	83 ec 18             	sub    $0x18,%esp
c0104556:	89 5d fc             	mov    %ebx,-0x4(%ebp)
c0104559:	8b 5d 08             	mov    0x8(%ebp),%ebx
	if (handler != 0 && !user_range_ok(myproc(), handler, 1, 0))
c010455c:	85 db                	test   %ebx,%ebx
c010455e:	74 24                	je     c0104584 <sys_sigtrap+0x34>
c0104560:	e8 4b f5 ff ff       	call   c0103ab0 <myproc>
c0104565:	31 d2                	xor    %edx,%edx
c0104567:	b9 01 00 00 00       	mov    $0x1,%ecx
c010456c:	89 54 24 0c          	mov    %edx,0xc(%esp)
c0104570:	89 4c 24 08          	mov    %ecx,0x8(%esp)
c0104574:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0104578:	89 04 24             	mov    %eax,(%esp)
c010457b:	e8 20 0f 00 00       	call   c01054a0 <user_range_ok>
c0104580:	85 c0                	test   %eax,%eax
c0104582:	74 11                	je     c0104595 <sys_sigtrap+0x45>
		return -EFAULT;
	myproc()->sig_handler = handler;
c0104584:	e8 27 f5 ff ff       	call   c0103ab0 <myproc>
c0104589:	89 58 44             	mov    %ebx,0x44(%eax)
	return 0;
c010458c:	31 c0                	xor    %eax,%eax
}
c010458e:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c0104591:	89 ec                	mov    %ebp,%esp
c0104593:	5d                   	pop    %ebp
c0104594:	c3                   	ret
		return -EFAULT;
c0104595:	b8 f2 ff ff ff       	mov    $0xfffffff2,%eax
c010459a:	eb f2                	jmp    c010458e <sys_sigtrap+0x3e>
c010459c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi

c01045a0 <sys_sigreturn>:
// Resume from a handler with the (possibly changed) frame at uframe.  Only
// the general registers, eip, esp and the arithmetic flags are taken from
// it: the segments stay user segments, and IF and IOPL cannot be changed,
// or a process could give itself I/O privilege.
int sys_sigreturn(uint32_t uframe)
{
c01045a0:	55                   	push   %ebp
c01045a1:	89 e5                	mov    %esp,%ebp
c01045a3:	83 ec 68             	sub    $0x68,%esp
c01045a6:	89 5d fc             	mov    %ebx,-0x4(%ebp)
	struct proc *p = myproc();
c01045a9:	e8 02 f5 ff ff       	call   c0103ab0 <myproc>
c01045ae:	89 c3                	mov    %eax,%ebx
	struct trapframe f;
	if (copyin(p, &f, uframe, sizeof(f)) < 0)
c01045b0:	b8 4c 00 00 00       	mov    $0x4c,%eax
c01045b5:	89 44 24 0c          	mov    %eax,0xc(%esp)
c01045b9:	8b 45 08             	mov    0x8(%ebp),%eax
c01045bc:	89 1c 24             	mov    %ebx,(%esp)
c01045bf:	89 44 24 08          	mov    %eax,0x8(%esp)
c01045c3:	8d 45 ac             	lea    -0x54(%ebp),%eax
c01045c6:	89 44 24 04          	mov    %eax,0x4(%esp)
c01045ca:	e8 c1 0f 00 00       	call   c0105590 <copyin>
c01045cf:	85 c0                	test   %eax,%eax
c01045d1:	78 6b                	js     c010463e <sys_sigreturn+0x9e>
		return -EFAULT;
	uint32_t keep = FL_IF | FL_IOPL_MASK | FL_VM | FL_NT;
	f.eflags = (f.eflags & ~keep) | (p->tf->eflags & keep);
	f.cs = GD_UT;
	f.ss = f.ds = f.es = f.fs = f.gs = GD_UD;
c01045d3:	66 c7 45 cc 23 00    	movw   $0x23,-0x34(%ebp)
	f.eflags = (f.eflags & ~keep) | (p->tf->eflags & keep);
c01045d9:	8b 43 2c             	mov    0x2c(%ebx),%eax
	f.cs = GD_UT;
c01045dc:	66 c7 45 e8 1b 00    	movw   $0x1b,-0x18(%ebp)
	f.eflags = (f.eflags & ~keep) | (p->tf->eflags & keep);
c01045e2:	8b 55 ec             	mov    -0x14(%ebp),%edx
	f.ss = f.ds = f.es = f.fs = f.gs = GD_UD;
c01045e5:	66 c7 45 d8 23 00    	movw   $0x23,-0x28(%ebp)
c01045eb:	66 c7 45 d0 23 00    	movw   $0x23,-0x30(%ebp)
c01045f1:	66 c7 45 d4 23 00    	movw   $0x23,-0x2c(%ebp)
	f.eflags = (f.eflags & ~keep) | (p->tf->eflags & keep);
c01045f7:	8b 40 40             	mov    0x40(%eax),%eax
	f.ss = f.ds = f.es = f.fs = f.gs = GD_UD;
c01045fa:	66 c7 45 f4 23 00    	movw   $0x23,-0xc(%ebp)
	f.eflags = (f.eflags & ~keep) | (p->tf->eflags & keep);
c0104600:	81 e2 ff 8d fd ff    	and    $0xfffd8dff,%edx
c0104606:	25 00 72 02 00       	and    $0x27200,%eax
c010460b:	09 d0                	or     %edx,%eax
c010460d:	89 45 ec             	mov    %eax,-0x14(%ebp)
	f.trapno = p->tf->trapno;
c0104610:	8b 43 2c             	mov    0x2c(%ebx),%eax
c0104613:	8b 40 30             	mov    0x30(%eax),%eax
c0104616:	89 45 dc             	mov    %eax,-0x24(%ebp)
	*p->tf = f;
c0104619:	31 c0                	xor    %eax,%eax
c010461b:	8b 4b 2c             	mov    0x2c(%ebx),%ecx
c010461e:	8b 54 05 ac          	mov    -0x54(%ebp,%eax,1),%edx
c0104622:	89 14 01             	mov    %edx,(%ecx,%eax,1)
c0104625:	83 c0 04             	add    $0x4,%eax
c0104628:	83 f8 4c             	cmp    $0x4c,%eax
c010462b:	72 f1                	jb     c010461e <sys_sigreturn+0x7e>
	p->sig_stack_ok = 0;
c010462d:	c7 43 48 00 00 00 00 	movl   $0x0,0x48(%ebx)
	return (int)f.eax;    // syscall() stores this in %eax: keep it
c0104634:	8b 45 c8             	mov    -0x38(%ebp),%eax
}
c0104637:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c010463a:	89 ec                	mov    %ebp,%esp
c010463c:	5d                   	pop    %ebp
c010463d:	c3                   	ret
		return -EFAULT;
c010463e:	b8 f2 ff ff ff       	mov    $0xfffffff2,%eax
c0104643:	eb f2                	jmp    c0104637 <sys_sigreturn+0x97>
c0104645:	66 90                	xchg   %ax,%ax
c0104647:	66 90                	xchg   %ax,%ax
c0104649:	66 90                	xchg   %ax,%ax
c010464b:	66 90                	xchg   %ax,%ax
c010464d:	66 90                	xchg   %ax,%ax
c010464f:	90                   	nop

c0104650 <fetch_arg>:
#include "defs.h"
#include "sysfunc.h"

// Fetch the n-th 32-bit argument of the current system call.
int fetch_arg(int n, uint32_t *out)
{
c0104650:	55                   	push   %ebp
c0104651:	89 e5                	mov    %esp,%ebp
c0104653:	83 ec 18             	sub    $0x18,%esp
	struct proc *p = myproc();
c0104656:	e8 55 f4 ff ff       	call   c0103ab0 <myproc>
	return copyin(p, out, p->tf->esp + 4 + 4 * (uint32_t)n, 4);
c010465b:	ba 04 00 00 00       	mov    $0x4,%edx
c0104660:	89 54 24 0c          	mov    %edx,0xc(%esp)
c0104664:	8b 4d 08             	mov    0x8(%ebp),%ecx
c0104667:	8b 50 2c             	mov    0x2c(%eax),%edx
c010466a:	8b 52 44             	mov    0x44(%edx),%edx
c010466d:	8d 54 8a 04          	lea    0x4(%edx,%ecx,4),%edx
c0104671:	89 54 24 08          	mov    %edx,0x8(%esp)
c0104675:	8b 55 0c             	mov    0xc(%ebp),%edx
c0104678:	89 04 24             	mov    %eax,(%esp)
c010467b:	89 54 24 04          	mov    %edx,0x4(%esp)
c010467f:	e8 0c 0f 00 00       	call   c0105590 <copyin>
}
c0104684:	89 ec                	mov    %ebp,%esp
c0104686:	5d                   	pop    %ebp
c0104687:	c3                   	ret
c0104688:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010468f:	90                   	nop

c0104690 <fetch_ptr_arg>:

// Fetch the n-th argument as a pointer to len bytes of user memory that
// the call will read (or write, if `write`).  -EFAULT unless it is all
// valid user memory.
int fetch_ptr_arg(int n, uint32_t *out, uint32_t len, int write)
{
c0104690:	55                   	push   %ebp
c0104691:	89 e5                	mov    %esp,%ebp
c0104693:	83 ec 18             	sub    $0x18,%esp
c0104696:	89 5d fc             	mov    %ebx,-0x4(%ebp)
c0104699:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	struct proc *p = myproc();
c010469c:	e8 0f f4 ff ff       	call   c0103ab0 <myproc>
	return copyin(p, out, p->tf->esp + 4 + 4 * (uint32_t)n, 4);
c01046a1:	ba 04 00 00 00       	mov    $0x4,%edx
c01046a6:	89 54 24 0c          	mov    %edx,0xc(%esp)
c01046aa:	8b 4d 08             	mov    0x8(%ebp),%ecx
c01046ad:	8b 50 2c             	mov    0x2c(%eax),%edx
c01046b0:	8b 52 44             	mov    0x44(%edx),%edx
c01046b3:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c01046b7:	89 04 24             	mov    %eax,(%esp)
c01046ba:	8d 54 8a 04          	lea    0x4(%edx,%ecx,4),%edx
c01046be:	89 54 24 08          	mov    %edx,0x8(%esp)
c01046c2:	e8 c9 0e 00 00       	call   c0105590 <copyin>
	if (fetch_arg(n, out) < 0)
c01046c7:	85 c0                	test   %eax,%eax
c01046c9:	78 35                	js     c0104700 <fetch_ptr_arg+0x70>
		return -EFAULT;
	if (!user_range_ok(myproc(), *out, len, write))
c01046cb:	8b 1b                	mov    (%ebx),%ebx
c01046cd:	e8 de f3 ff ff       	call   c0103ab0 <myproc>
c01046d2:	8b 55 14             	mov    0x14(%ebp),%edx
c01046d5:	89 54 24 0c          	mov    %edx,0xc(%esp)
c01046d9:	8b 55 10             	mov    0x10(%ebp),%edx
c01046dc:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c01046e0:	89 04 24             	mov    %eax,(%esp)
c01046e3:	89 54 24 08          	mov    %edx,0x8(%esp)
c01046e7:	e8 b4 0d 00 00       	call   c01054a0 <user_range_ok>
c01046ec:	85 c0                	test   %eax,%eax
c01046ee:	74 10                	je     c0104700 <fetch_ptr_arg+0x70>
		return -EFAULT;
	return 0;
c01046f0:	31 c0                	xor    %eax,%eax
}
c01046f2:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c01046f5:	89 ec                	mov    %ebp,%esp
c01046f7:	5d                   	pop    %ebp
c01046f8:	c3                   	ret
c01046f9:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
		return -EFAULT;
c0104700:	b8 f2 ff ff ff       	mov    $0xfffffff2,%eax
c0104705:	eb eb                	jmp    c01046f2 <fetch_ptr_arg+0x62>
c0104707:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010470e:	66 90                	xchg   %ax,%ax

c0104710 <fetch_str_arg>:

// Fetch the n-th argument as a string, copied into buf (max bytes).
int fetch_str_arg(int n, char *buf, int max)
{
c0104710:	55                   	push   %ebp
c0104711:	89 e5                	mov    %esp,%ebp
c0104713:	83 ec 28             	sub    $0x28,%esp
c0104716:	89 5d fc             	mov    %ebx,-0x4(%ebp)
	struct proc *p = myproc();
c0104719:	e8 92 f3 ff ff       	call   c0103ab0 <myproc>
	return copyin(p, out, p->tf->esp + 4 + 4 * (uint32_t)n, 4);
c010471e:	ba 04 00 00 00       	mov    $0x4,%edx
c0104723:	89 54 24 0c          	mov    %edx,0xc(%esp)
c0104727:	8b 4d 08             	mov    0x8(%ebp),%ecx
c010472a:	8b 50 2c             	mov    0x2c(%eax),%edx
c010472d:	8b 52 44             	mov    0x44(%edx),%edx
c0104730:	89 04 24             	mov    %eax,(%esp)
c0104733:	8d 54 8a 04          	lea    0x4(%edx,%ecx,4),%edx
c0104737:	89 54 24 08          	mov    %edx,0x8(%esp)
c010473b:	8d 55 f4             	lea    -0xc(%ebp),%edx
c010473e:	89 54 24 04          	mov    %edx,0x4(%esp)
c0104742:	e8 49 0e 00 00       	call   c0105590 <copyin>
	uint32_t addr;
	if (fetch_arg(n, &addr) < 0)
c0104747:	85 c0                	test   %eax,%eax
c0104749:	78 35                	js     c0104780 <fetch_str_arg+0x70>
		return -EFAULT;
	int r = copyinstr(myproc(), buf, addr, (uint32_t)max);
c010474b:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c010474e:	e8 5d f3 ff ff       	call   c0103ab0 <myproc>
c0104753:	8b 55 10             	mov    0x10(%ebp),%edx
c0104756:	89 5c 24 08          	mov    %ebx,0x8(%esp)
c010475a:	89 54 24 0c          	mov    %edx,0xc(%esp)
c010475e:	8b 55 0c             	mov    0xc(%ebp),%edx
c0104761:	89 04 24             	mov    %eax,(%esp)
c0104764:	89 54 24 04          	mov    %edx,0x4(%esp)
c0104768:	e8 e3 0e 00 00       	call   c0105650 <copyinstr>
	return r < 0 ? r : 0;
c010476d:	31 d2                	xor    %edx,%edx
c010476f:	85 c0                	test   %eax,%eax
c0104771:	0f 4f c2             	cmovg  %edx,%eax
}
c0104774:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c0104777:	89 ec                	mov    %ebp,%esp
c0104779:	5d                   	pop    %ebp
c010477a:	c3                   	ret
c010477b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c010477f:	90                   	nop
		return -EFAULT;
c0104780:	b8 f2 ff ff ff       	mov    $0xfffffff2,%eax
c0104785:	eb ed                	jmp    c0104774 <fetch_str_arg+0x64>
c0104787:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010478e:	66 90                	xchg   %ax,%ax

c0104790 <syscall>:
	[SYS_null] = sys_null,
	[SYS_halt] = sys_halt,
};

void syscall(struct trapframe *tf)
{
c0104790:	55                   	push   %ebp
c0104791:	89 e5                	mov    %esp,%ebp
c0104793:	83 ec 28             	sub    $0x28,%esp
c0104796:	89 7d fc             	mov    %edi,-0x4(%ebp)
c0104799:	8b 7d 08             	mov    0x8(%ebp),%edi
c010479c:	89 5d f4             	mov    %ebx,-0xc(%ebp)
c010479f:	89 75 f8             	mov    %esi,-0x8(%ebp)
	uint32_t num = tf->eax;
c01047a2:	8b 5f 1c             	mov    0x1c(%edi),%ebx
	if (num < NSYSCALL && syscalls[num]) {
c01047a5:	83 fb 1c             	cmp    $0x1c,%ebx
c01047a8:	77 26                	ja     c01047d0 <syscall+0x40>
c01047aa:	8b 04 9d 60 8c 10 c0 	mov    -0x3fef73a0(,%ebx,4),%eax
c01047b1:	85 c0                	test   %eax,%eax
c01047b3:	74 1b                	je     c01047d0 <syscall+0x40>
		tf->eax = (uint32_t)syscalls[num]();
c01047b5:	ff d0                	call   *%eax
c01047b7:	89 47 1c             	mov    %eax,0x1c(%edi)
	} else {
		printf("pid %d (%s): unknown system call %u\n",
		       myproc()->pid, myproc()->name, num);
		tf->eax = (uint32_t)-ENOSYS;
	}
}
c01047ba:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c01047bd:	8b 75 f8             	mov    -0x8(%ebp),%esi
c01047c0:	8b 7d fc             	mov    -0x4(%ebp),%edi
c01047c3:	89 ec                	mov    %ebp,%esp
c01047c5:	5d                   	pop    %ebp
c01047c6:	c3                   	ret
c01047c7:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01047ce:	66 90                	xchg   %ax,%ax
		       myproc()->pid, myproc()->name, num);
c01047d0:	e8 db f2 ff ff       	call   c0103ab0 <myproc>
c01047d5:	89 c6                	mov    %eax,%esi
c01047d7:	e8 d4 f2 ff ff       	call   c0103ab0 <myproc>
c01047dc:	83 c6 08             	add    $0x8,%esi
		printf("pid %d (%s): unknown system call %u\n",
c01047df:	89 5c 24 0c          	mov    %ebx,0xc(%esp)
		       myproc()->pid, myproc()->name, num);
c01047e3:	89 74 24 08          	mov    %esi,0x8(%esp)
		printf("pid %d (%s): unknown system call %u\n",
c01047e7:	8b 40 04             	mov    0x4(%eax),%eax
c01047ea:	c7 04 24 34 8c 10 c0 	movl   $0xc0108c34,(%esp)
c01047f1:	89 44 24 04          	mov    %eax,0x4(%esp)
c01047f5:	e8 b6 f1 ff ff       	call   c01039b0 <printf>
c01047fa:	b8 da ff ff ff       	mov    $0xffffffda,%eax
		tf->eax = (uint32_t)syscalls[num]();
c01047ff:	89 47 1c             	mov    %eax,0x1c(%edi)
}
c0104802:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c0104805:	8b 75 f8             	mov    -0x8(%ebp),%esi
c0104808:	8b 7d fc             	mov    -0x4(%ebp),%edi
c010480b:	89 ec                	mov    %ebp,%esp
c010480d:	5d                   	pop    %ebp
c010480e:	c3                   	ret
c010480f:	90                   	nop

c0104810 <sys_read>:
	*f_out = f;
	return 0;
}

int sys_read(void)
{
c0104810:	55                   	push   %ebp
c0104811:	89 e5                	mov    %esp,%ebp
c0104813:	56                   	push   %esi
c0104814:	53                   	push   %ebx
	if (fetch_arg(n, &fd) < 0)
c0104815:	8d 75 f4             	lea    -0xc(%ebp),%esi
{
c0104818:	83 ec 20             	sub    $0x20,%esp
	if (fetch_arg(n, &fd) < 0)
c010481b:	89 74 24 04          	mov    %esi,0x4(%esp)
c010481f:	c7 04 24 00 00 00 00 	movl   $0x0,(%esp)
c0104826:	e8 25 fe ff ff       	call   c0104650 <fetch_arg>
c010482b:	85 c0                	test   %eax,%eax
c010482d:	78 69                	js     c0104898 <sys_read+0x88>
	struct file *f = fd_lookup(myproc(), (int)fd);
c010482f:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c0104832:	e8 79 f2 ff ff       	call   c0103ab0 <myproc>
c0104837:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c010483b:	89 04 24             	mov    %eax,(%esp)
c010483e:	e8 0d c7 ff ff       	call   c0100f50 <fd_lookup>
	if (f == NULL)
c0104843:	85 c0                	test   %eax,%eax
	struct file *f = fd_lookup(myproc(), (int)fd);
c0104845:	89 c3                	mov    %eax,%ebx
	if (f == NULL)
c0104847:	74 5d                	je     c01048a6 <sys_read+0x96>
	struct file *f;
	uint32_t buf, n;
	int r = fetch_fd_arg(0, NULL, &f);
	if (r < 0)
		return r;
	if (fetch_arg(1, &buf) < 0 || fetch_arg(2, &n) < 0)
c0104849:	c7 04 24 01 00 00 00 	movl   $0x1,(%esp)
c0104850:	8d 45 f0             	lea    -0x10(%ebp),%eax
c0104853:	89 44 24 04          	mov    %eax,0x4(%esp)
c0104857:	e8 f4 fd ff ff       	call   c0104650 <fetch_arg>
c010485c:	85 c0                	test   %eax,%eax
c010485e:	78 38                	js     c0104898 <sys_read+0x88>
c0104860:	89 74 24 04          	mov    %esi,0x4(%esp)
c0104864:	c7 04 24 02 00 00 00 	movl   $0x2,(%esp)
c010486b:	e8 e0 fd ff ff       	call   c0104650 <fetch_arg>
c0104870:	85 c0                	test   %eax,%eax
c0104872:	78 24                	js     c0104898 <sys_read+0x88>
		return -EFAULT;
	if ((int32_t)n < 0)
c0104874:	8b 45 f4             	mov    -0xc(%ebp),%eax
c0104877:	85 c0                	test   %eax,%eax
c0104879:	78 24                	js     c010489f <sys_read+0x8f>
		return -EINVAL;
	return file_read(f, buf, n);
c010487b:	89 44 24 08          	mov    %eax,0x8(%esp)
c010487f:	8b 45 f0             	mov    -0x10(%ebp),%eax
c0104882:	89 1c 24             	mov    %ebx,(%esp)
c0104885:	89 44 24 04          	mov    %eax,0x4(%esp)
c0104889:	e8 32 c5 ff ff       	call   c0100dc0 <file_read>
}
c010488e:	83 c4 20             	add    $0x20,%esp
c0104891:	5b                   	pop    %ebx
c0104892:	5e                   	pop    %esi
c0104893:	5d                   	pop    %ebp
c0104894:	c3                   	ret
c0104895:	8d 76 00             	lea    0x0(%esi),%esi
		return -EFAULT;
c0104898:	b8 f2 ff ff ff       	mov    $0xfffffff2,%eax
c010489d:	eb ef                	jmp    c010488e <sys_read+0x7e>
		return -EINVAL;
c010489f:	b8 ea ff ff ff       	mov    $0xffffffea,%eax
c01048a4:	eb e8                	jmp    c010488e <sys_read+0x7e>
		return -EBADF;
c01048a6:	b8 f7 ff ff ff       	mov    $0xfffffff7,%eax
c01048ab:	eb e1                	jmp    c010488e <sys_read+0x7e>
c01048ad:	8d 76 00             	lea    0x0(%esi),%esi

c01048b0 <sys_write>:

int sys_write(void)
{
c01048b0:	55                   	push   %ebp
c01048b1:	89 e5                	mov    %esp,%ebp
c01048b3:	56                   	push   %esi
c01048b4:	53                   	push   %ebx
	if (fetch_arg(n, &fd) < 0)
c01048b5:	8d 75 f4             	lea    -0xc(%ebp),%esi
{
c01048b8:	83 ec 20             	sub    $0x20,%esp
	if (fetch_arg(n, &fd) < 0)
c01048bb:	89 74 24 04          	mov    %esi,0x4(%esp)
c01048bf:	c7 04 24 00 00 00 00 	movl   $0x0,(%esp)
c01048c6:	e8 85 fd ff ff       	call   c0104650 <fetch_arg>
c01048cb:	85 c0                	test   %eax,%eax
c01048cd:	78 69                	js     c0104938 <sys_write+0x88>
	struct file *f = fd_lookup(myproc(), (int)fd);
c01048cf:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c01048d2:	e8 d9 f1 ff ff       	call   c0103ab0 <myproc>
c01048d7:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c01048db:	89 04 24             	mov    %eax,(%esp)
c01048de:	e8 6d c6 ff ff       	call   c0100f50 <fd_lookup>
	if (f == NULL)
c01048e3:	85 c0                	test   %eax,%eax
	struct file *f = fd_lookup(myproc(), (int)fd);
c01048e5:	89 c3                	mov    %eax,%ebx
	if (f == NULL)
c01048e7:	74 5d                	je     c0104946 <sys_write+0x96>
	struct file *f;
	uint32_t buf, n;
	int r = fetch_fd_arg(0, NULL, &f);
	if (r < 0)
		return r;
	if (fetch_arg(1, &buf) < 0 || fetch_arg(2, &n) < 0)
c01048e9:	c7 04 24 01 00 00 00 	movl   $0x1,(%esp)
c01048f0:	8d 45 f0             	lea    -0x10(%ebp),%eax
c01048f3:	89 44 24 04          	mov    %eax,0x4(%esp)
c01048f7:	e8 54 fd ff ff       	call   c0104650 <fetch_arg>
c01048fc:	85 c0                	test   %eax,%eax
c01048fe:	78 38                	js     c0104938 <sys_write+0x88>
c0104900:	89 74 24 04          	mov    %esi,0x4(%esp)
c0104904:	c7 04 24 02 00 00 00 	movl   $0x2,(%esp)
c010490b:	e8 40 fd ff ff       	call   c0104650 <fetch_arg>
c0104910:	85 c0                	test   %eax,%eax
c0104912:	78 24                	js     c0104938 <sys_write+0x88>
		return -EFAULT;
	if ((int32_t)n < 0)
c0104914:	8b 45 f4             	mov    -0xc(%ebp),%eax
c0104917:	85 c0                	test   %eax,%eax
c0104919:	78 24                	js     c010493f <sys_write+0x8f>
		return -EINVAL;
	return file_write(f, buf, n);
c010491b:	89 44 24 08          	mov    %eax,0x8(%esp)
c010491f:	8b 45 f0             	mov    -0x10(%ebp),%eax
c0104922:	89 1c 24             	mov    %ebx,(%esp)
c0104925:	89 44 24 04          	mov    %eax,0x4(%esp)
c0104929:	e8 c2 c4 ff ff       	call   c0100df0 <file_write>
}
c010492e:	83 c4 20             	add    $0x20,%esp
c0104931:	5b                   	pop    %ebx
c0104932:	5e                   	pop    %esi
c0104933:	5d                   	pop    %ebp
c0104934:	c3                   	ret
c0104935:	8d 76 00             	lea    0x0(%esi),%esi
		return -EFAULT;
c0104938:	b8 f2 ff ff ff       	mov    $0xfffffff2,%eax
c010493d:	eb ef                	jmp    c010492e <sys_write+0x7e>
		return -EINVAL;
c010493f:	b8 ea ff ff ff       	mov    $0xffffffea,%eax
c0104944:	eb e8                	jmp    c010492e <sys_write+0x7e>
		return -EBADF;
c0104946:	b8 f7 ff ff ff       	mov    $0xfffffff7,%eax
c010494b:	eb e1                	jmp    c010492e <sys_write+0x7e>
c010494d:	8d 76 00             	lea    0x0(%esi),%esi

c0104950 <sys_close>:

int sys_close(void)
{
c0104950:	55                   	push   %ebp
c0104951:	89 e5                	mov    %esp,%ebp
c0104953:	56                   	push   %esi
c0104954:	53                   	push   %ebx
	if (fetch_arg(n, &fd) < 0)
c0104955:	8d 45 f4             	lea    -0xc(%ebp),%eax
{
c0104958:	83 ec 20             	sub    $0x20,%esp
	if (fetch_arg(n, &fd) < 0)
c010495b:	89 44 24 04          	mov    %eax,0x4(%esp)
c010495f:	c7 04 24 00 00 00 00 	movl   $0x0,(%esp)
c0104966:	e8 e5 fc ff ff       	call   c0104650 <fetch_arg>
c010496b:	85 c0                	test   %eax,%eax
c010496d:	78 41                	js     c01049b0 <sys_close+0x60>
	struct file *f = fd_lookup(myproc(), (int)fd);
c010496f:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c0104972:	e8 39 f1 ff ff       	call   c0103ab0 <myproc>
c0104977:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c010497b:	89 04 24             	mov    %eax,(%esp)
c010497e:	e8 cd c5 ff ff       	call   c0100f50 <fd_lookup>
	if (f == NULL)
c0104983:	85 c0                	test   %eax,%eax
	struct file *f = fd_lookup(myproc(), (int)fd);
c0104985:	89 c3                	mov    %eax,%ebx
	if (f == NULL)
c0104987:	74 2e                	je     c01049b7 <sys_close+0x67>
		*fd_out = (int)fd;
c0104989:	8b 75 f4             	mov    -0xc(%ebp),%esi
	struct file *f;
	int fd;
	int r = fetch_fd_arg(0, &fd, &f);
	if (r < 0)
		return r;
	myproc()->ofile[fd] = NULL;
c010498c:	e8 1f f1 ff ff       	call   c0103ab0 <myproc>
c0104991:	31 d2                	xor    %edx,%edx
c0104993:	89 54 b0 4c          	mov    %edx,0x4c(%eax,%esi,4)
	file_close(f);
c0104997:	89 1c 24             	mov    %ebx,(%esp)
c010499a:	e8 f1 c3 ff ff       	call   c0100d90 <file_close>
	return 0;
c010499f:	31 c0                	xor    %eax,%eax
}
c01049a1:	83 c4 20             	add    $0x20,%esp
c01049a4:	5b                   	pop    %ebx
c01049a5:	5e                   	pop    %esi
c01049a6:	5d                   	pop    %ebp
c01049a7:	c3                   	ret
c01049a8:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01049af:	90                   	nop
		return -EFAULT;
c01049b0:	b8 f2 ff ff ff       	mov    $0xfffffff2,%eax
c01049b5:	eb ea                	jmp    c01049a1 <sys_close+0x51>
		return -EBADF;
c01049b7:	b8 f7 ff ff ff       	mov    $0xfffffff7,%eax
c01049bc:	eb e3                	jmp    c01049a1 <sys_close+0x51>
c01049be:	66 90                	xchg   %ax,%ax

c01049c0 <sys_dup>:

int sys_dup(void)
{
c01049c0:	55                   	push   %ebp
c01049c1:	89 e5                	mov    %esp,%ebp
c01049c3:	56                   	push   %esi
c01049c4:	53                   	push   %ebx
	if (fetch_arg(n, &fd) < 0)
c01049c5:	8d 45 f4             	lea    -0xc(%ebp),%eax
{
c01049c8:	83 ec 20             	sub    $0x20,%esp
	if (fetch_arg(n, &fd) < 0)
c01049cb:	89 44 24 04          	mov    %eax,0x4(%esp)
c01049cf:	c7 04 24 00 00 00 00 	movl   $0x0,(%esp)
c01049d6:	e8 75 fc ff ff       	call   c0104650 <fetch_arg>
c01049db:	85 c0                	test   %eax,%eax
c01049dd:	78 59                	js     c0104a38 <sys_dup+0x78>
	struct file *f = fd_lookup(myproc(), (int)fd);
c01049df:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c01049e2:	e8 c9 f0 ff ff       	call   c0103ab0 <myproc>
c01049e7:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c01049eb:	89 04 24             	mov    %eax,(%esp)
c01049ee:	e8 5d c5 ff ff       	call   c0100f50 <fd_lookup>
	if (f == NULL)
c01049f3:	85 c0                	test   %eax,%eax
	struct file *f = fd_lookup(myproc(), (int)fd);
c01049f5:	89 c3                	mov    %eax,%ebx
	if (f == NULL)
c01049f7:	74 46                	je     c0104a3f <sys_dup+0x7f>
	struct file *f;
	int r = fetch_fd_arg(0, NULL, &f);
	if (r < 0)
		return r;
	int fd = fd_alloc(myproc(), f);
c01049f9:	e8 b2 f0 ff ff       	call   c0103ab0 <myproc>
c01049fe:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0104a02:	89 04 24             	mov    %eax,(%esp)
c0104a05:	e8 06 c5 ff ff       	call   c0100f10 <fd_alloc>
	if (fd >= 0)
c0104a0a:	85 c0                	test   %eax,%eax
	int fd = fd_alloc(myproc(), f);
c0104a0c:	89 c6                	mov    %eax,%esi
	if (fd >= 0)
c0104a0e:	79 10                	jns    c0104a20 <sys_dup+0x60>
		file_dup(f);
	return fd;
}
c0104a10:	83 c4 20             	add    $0x20,%esp
c0104a13:	89 f0                	mov    %esi,%eax
c0104a15:	5b                   	pop    %ebx
c0104a16:	5e                   	pop    %esi
c0104a17:	5d                   	pop    %ebp
c0104a18:	c3                   	ret
c0104a19:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
		file_dup(f);
c0104a20:	89 1c 24             	mov    %ebx,(%esp)
c0104a23:	e8 58 c3 ff ff       	call   c0100d80 <file_dup>
}
c0104a28:	83 c4 20             	add    $0x20,%esp
c0104a2b:	89 f0                	mov    %esi,%eax
c0104a2d:	5b                   	pop    %ebx
c0104a2e:	5e                   	pop    %esi
c0104a2f:	5d                   	pop    %ebp
c0104a30:	c3                   	ret
c0104a31:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
		return -EFAULT;
c0104a38:	be f2 ff ff ff       	mov    $0xfffffff2,%esi
c0104a3d:	eb d1                	jmp    c0104a10 <sys_dup+0x50>
		return -EBADF;
c0104a3f:	be f7 ff ff ff       	mov    $0xfffffff7,%esi
c0104a44:	eb ca                	jmp    c0104a10 <sys_dup+0x50>
c0104a46:	66 90                	xchg   %ax,%ax
c0104a48:	66 90                	xchg   %ax,%ax
c0104a4a:	66 90                	xchg   %ax,%ax
c0104a4c:	66 90                	xchg   %ax,%ax
c0104a4e:	66 90                	xchg   %ax,%ax

c0104a50 <sys_exit>:
#include "proc.h"
#include "defs.h"
#include "sysfunc.h"

int sys_exit(void)
{
c0104a50:	55                   	push   %ebp
c0104a51:	89 e5                	mov    %esp,%ebp
c0104a53:	83 ec 28             	sub    $0x28,%esp
	uint32_t status;
	if (fetch_arg(0, &status) < 0)
c0104a56:	c7 04 24 00 00 00 00 	movl   $0x0,(%esp)
c0104a5d:	8d 45 f4             	lea    -0xc(%ebp),%eax
c0104a60:	89 44 24 04          	mov    %eax,0x4(%esp)
c0104a64:	e8 e7 fb ff ff       	call   c0104650 <fetch_arg>
c0104a69:	85 c0                	test   %eax,%eax
c0104a6b:	79 07                	jns    c0104a74 <sys_exit+0x24>
		status = (uint32_t)-1;
c0104a6d:	c7 45 f4 ff ff ff ff 	movl   $0xffffffff,-0xc(%ebp)
	exit((int)status);
c0104a74:	8b 45 f4             	mov    -0xc(%ebp),%eax
c0104a77:	89 04 24             	mov    %eax,(%esp)
c0104a7a:	e8 d1 f3 ff ff       	call   c0103e50 <exit>
c0104a7f:	90                   	nop

c0104a80 <sys_fork>:
}

int sys_fork(void)
{
	return fork();
c0104a80:	e9 cb f2 ff ff       	jmp    c0103d50 <fork>
c0104a85:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0104a8c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi

c0104a90 <sys_wait>:
}

// wait(int *status): status may be NULL.
int sys_wait(void)
{
c0104a90:	55                   	push   %ebp
c0104a91:	89 e5                	mov    %esp,%ebp
c0104a93:	83 ec 38             	sub    $0x38,%esp
c0104a96:	89 5d f4             	mov    %ebx,-0xc(%ebp)
	uint32_t ustatus;
	if (fetch_arg(0, &ustatus) < 0)
c0104a99:	8d 45 e0             	lea    -0x20(%ebp),%eax
{
c0104a9c:	89 75 f8             	mov    %esi,-0x8(%ebp)
c0104a9f:	89 7d fc             	mov    %edi,-0x4(%ebp)
	if (fetch_arg(0, &ustatus) < 0)
c0104aa2:	89 44 24 04          	mov    %eax,0x4(%esp)
c0104aa6:	c7 04 24 00 00 00 00 	movl   $0x0,(%esp)
c0104aad:	e8 9e fb ff ff       	call   c0104650 <fetch_arg>
c0104ab2:	85 c0                	test   %eax,%eax
c0104ab4:	78 59                	js     c0104b0f <sys_wait+0x7f>
		return -EFAULT;
	if (ustatus != 0 && !user_range_ok(myproc(), ustatus, 4, 1))
c0104ab6:	8b 5d e0             	mov    -0x20(%ebp),%ebx
c0104ab9:	85 db                	test   %ebx,%ebx
c0104abb:	75 2b                	jne    c0104ae8 <sys_wait+0x58>
		return -EFAULT;
	int status;
	int pid = wait(&status);
c0104abd:	8d 75 e4             	lea    -0x1c(%ebp),%esi
c0104ac0:	89 34 24             	mov    %esi,(%esp)
c0104ac3:	e8 48 f4 ff ff       	call   c0103f10 <wait>
	if (pid > 0 && ustatus != 0 &&
c0104ac8:	85 c0                	test   %eax,%eax
	int pid = wait(&status);
c0104aca:	89 c3                	mov    %eax,%ebx
	if (pid > 0 && ustatus != 0 &&
c0104acc:	7e 07                	jle    c0104ad5 <sys_wait+0x45>
c0104ace:	8b 7d e0             	mov    -0x20(%ebp),%edi
c0104ad1:	85 ff                	test   %edi,%edi
c0104ad3:	75 4b                	jne    c0104b20 <sys_wait+0x90>
	    copyout(myproc(), ustatus, &status, sizeof(status)) < 0)
		return -EFAULT;
	return pid;
}
c0104ad5:	8b 75 f8             	mov    -0x8(%ebp),%esi
c0104ad8:	89 d8                	mov    %ebx,%eax
c0104ada:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c0104add:	8b 7d fc             	mov    -0x4(%ebp),%edi
c0104ae0:	89 ec                	mov    %ebp,%esp
c0104ae2:	5d                   	pop    %ebp
c0104ae3:	c3                   	ret
c0104ae4:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
	if (ustatus != 0 && !user_range_ok(myproc(), ustatus, 4, 1))
c0104ae8:	e8 c3 ef ff ff       	call   c0103ab0 <myproc>
c0104aed:	be 04 00 00 00       	mov    $0x4,%esi
c0104af2:	b9 01 00 00 00       	mov    $0x1,%ecx
c0104af7:	89 4c 24 0c          	mov    %ecx,0xc(%esp)
c0104afb:	89 74 24 08          	mov    %esi,0x8(%esp)
c0104aff:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0104b03:	89 04 24             	mov    %eax,(%esp)
c0104b06:	e8 95 09 00 00       	call   c01054a0 <user_range_ok>
c0104b0b:	85 c0                	test   %eax,%eax
c0104b0d:	75 ae                	jne    c0104abd <sys_wait+0x2d>
		return -EFAULT;
c0104b0f:	bb f2 ff ff ff       	mov    $0xfffffff2,%ebx
c0104b14:	eb bf                	jmp    c0104ad5 <sys_wait+0x45>
c0104b16:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0104b1d:	8d 76 00             	lea    0x0(%esi),%esi
	    copyout(myproc(), ustatus, &status, sizeof(status)) < 0)
c0104b20:	e8 8b ef ff ff       	call   c0103ab0 <myproc>
c0104b25:	ba 04 00 00 00       	mov    $0x4,%edx
c0104b2a:	89 54 24 0c          	mov    %edx,0xc(%esp)
c0104b2e:	89 74 24 08          	mov    %esi,0x8(%esp)
c0104b32:	89 7c 24 04          	mov    %edi,0x4(%esp)
c0104b36:	89 04 24             	mov    %eax,(%esp)
c0104b39:	e8 b2 0a 00 00       	call   c01055f0 <copyout>
	if (pid > 0 && ustatus != 0 &&
c0104b3e:	85 c0                	test   %eax,%eax
c0104b40:	78 cd                	js     c0104b0f <sys_wait+0x7f>
}
c0104b42:	8b 75 f8             	mov    -0x8(%ebp),%esi
c0104b45:	89 d8                	mov    %ebx,%eax
c0104b47:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c0104b4a:	8b 7d fc             	mov    -0x4(%ebp),%edi
c0104b4d:	89 ec                	mov    %ebp,%esp
c0104b4f:	5d                   	pop    %ebp
c0104b50:	c3                   	ret
c0104b51:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0104b58:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0104b5f:	90                   	nop

c0104b60 <sys_exec>:

// exec(path, argv): argv is a NULL-terminated array of string pointers.
int sys_exec(void)
{
c0104b60:	55                   	push   %ebp
c0104b61:	89 e5                	mov    %esp,%ebp
c0104b63:	57                   	push   %edi
c0104b64:	56                   	push   %esi
c0104b65:	53                   	push   %ebx
	static char args[MAXARG][MAXARGLEN];   // one process execs at a time
	char path[MAXPATH];
	char *argv[MAXARG + 1];
	uint32_t uargv;

	if (fetch_str_arg(0, path, sizeof(path)) < 0 || fetch_arg(1, &uargv) < 0)
c0104b66:	bb 80 00 00 00       	mov    $0x80,%ebx
c0104b6b:	8d 85 68 ff ff ff    	lea    -0x98(%ebp),%eax
{
c0104b71:	81 ec ec 00 00 00    	sub    $0xec,%esp
	if (fetch_str_arg(0, path, sizeof(path)) < 0 || fetch_arg(1, &uargv) < 0)
c0104b77:	89 5c 24 08          	mov    %ebx,0x8(%esp)
c0104b7b:	89 44 24 04          	mov    %eax,0x4(%esp)
c0104b7f:	c7 04 24 00 00 00 00 	movl   $0x0,(%esp)
c0104b86:	e8 85 fb ff ff       	call   c0104710 <fetch_str_arg>
c0104b8b:	85 c0                	test   %eax,%eax
c0104b8d:	0f 88 b5 00 00 00    	js     c0104c48 <sys_exec+0xe8>
c0104b93:	c7 04 24 01 00 00 00 	movl   $0x1,(%esp)
c0104b9a:	8d 85 1c ff ff ff    	lea    -0xe4(%ebp),%eax
c0104ba0:	89 44 24 04          	mov    %eax,0x4(%esp)
c0104ba4:	e8 a7 fa ff ff       	call   c0104650 <fetch_arg>
c0104ba9:	85 c0                	test   %eax,%eax
c0104bab:	0f 88 97 00 00 00    	js     c0104c48 <sys_exec+0xe8>
		return -EFAULT;
	int argc = 0;
c0104bb1:	31 ff                	xor    %edi,%edi
c0104bb3:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0104bba:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
	for (;; argc++) {
		uint32_t uarg;
		if (argc == MAXARG)
			return -E2BIG;
		if (copyin(myproc(), &uarg, uargv + 4 * (uint32_t)argc, 4) < 0)
c0104bc0:	8b 85 1c ff ff ff    	mov    -0xe4(%ebp),%eax
c0104bc6:	8d 1c b8             	lea    (%eax,%edi,4),%ebx
c0104bc9:	e8 e2 ee ff ff       	call   c0103ab0 <myproc>
c0104bce:	8d 95 20 ff ff ff    	lea    -0xe0(%ebp),%edx
c0104bd4:	b9 04 00 00 00       	mov    $0x4,%ecx
c0104bd9:	89 4c 24 0c          	mov    %ecx,0xc(%esp)
c0104bdd:	89 5c 24 08          	mov    %ebx,0x8(%esp)
c0104be1:	89 54 24 04          	mov    %edx,0x4(%esp)
c0104be5:	89 04 24             	mov    %eax,(%esp)
c0104be8:	e8 a3 09 00 00       	call   c0105590 <copyin>
c0104bed:	85 c0                	test   %eax,%eax
c0104bef:	78 57                	js     c0104c48 <sys_exec+0xe8>
			return -EFAULT;
		if (uarg == 0)
c0104bf1:	8b b5 20 ff ff ff    	mov    -0xe0(%ebp),%esi
c0104bf7:	85 f6                	test   %esi,%esi
c0104bf9:	74 65                	je     c0104c60 <sys_exec+0x100>
			break;
		int r = copyinstr(myproc(), args[argc], uarg, MAXARGLEN);
c0104bfb:	e8 b0 ee ff ff       	call   c0103ab0 <myproc>
c0104c00:	89 fb                	mov    %edi,%ebx
c0104c02:	ba 80 00 00 00       	mov    $0x80,%edx
c0104c07:	89 54 24 0c          	mov    %edx,0xc(%esp)
c0104c0b:	c1 e3 07             	shl    $0x7,%ebx
c0104c0e:	89 74 24 08          	mov    %esi,0x8(%esp)
c0104c12:	81 c3 e0 9d 20 c0    	add    $0xc0209de0,%ebx
c0104c18:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0104c1c:	89 04 24             	mov    %eax,(%esp)
c0104c1f:	e8 2c 0a 00 00       	call   c0105650 <copyinstr>
		if (r < 0)
c0104c24:	85 c0                	test   %eax,%eax
c0104c26:	78 68                	js     c0104c90 <sys_exec+0x130>
			return r == -ENAMETOOLONG ? -E2BIG : r;
		argv[argc] = args[argc];
c0104c28:	89 9c bd 24 ff ff ff 	mov    %ebx,-0xdc(%ebp,%edi,4)
	for (;; argc++) {
c0104c2f:	47                   	inc    %edi
		if (argc == MAXARG)
c0104c30:	83 ff 10             	cmp    $0x10,%edi
c0104c33:	75 8b                	jne    c0104bc0 <sys_exec+0x60>
	}
	argv[argc] = NULL;
	return exec(path, argv);
}
c0104c35:	81 c4 ec 00 00 00    	add    $0xec,%esp
			return r == -ENAMETOOLONG ? -E2BIG : r;
c0104c3b:	b8 f9 ff ff ff       	mov    $0xfffffff9,%eax
}
c0104c40:	5b                   	pop    %ebx
c0104c41:	5e                   	pop    %esi
c0104c42:	5f                   	pop    %edi
c0104c43:	5d                   	pop    %ebp
c0104c44:	c3                   	ret
c0104c45:	8d 76 00             	lea    0x0(%esi),%esi
c0104c48:	81 c4 ec 00 00 00    	add    $0xec,%esp
			return -EFAULT;
c0104c4e:	b8 f2 ff ff ff       	mov    $0xfffffff2,%eax
}
c0104c53:	5b                   	pop    %ebx
c0104c54:	5e                   	pop    %esi
c0104c55:	5f                   	pop    %edi
c0104c56:	5d                   	pop    %ebp
c0104c57:	c3                   	ret
c0104c58:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0104c5f:	90                   	nop
	argv[argc] = NULL;
c0104c60:	31 c0                	xor    %eax,%eax
c0104c62:	89 84 bd 24 ff ff ff 	mov    %eax,-0xdc(%ebp,%edi,4)
	return exec(path, argv);
c0104c69:	8d 85 24 ff ff ff    	lea    -0xdc(%ebp),%eax
c0104c6f:	89 44 24 04          	mov    %eax,0x4(%esp)
c0104c73:	8d 85 68 ff ff ff    	lea    -0x98(%ebp),%eax
c0104c79:	89 04 24             	mov    %eax,(%esp)
c0104c7c:	e8 df bd ff ff       	call   c0100a60 <exec>
}
c0104c81:	81 c4 ec 00 00 00    	add    $0xec,%esp
c0104c87:	5b                   	pop    %ebx
c0104c88:	5e                   	pop    %esi
c0104c89:	5f                   	pop    %edi
c0104c8a:	5d                   	pop    %ebp
c0104c8b:	c3                   	ret
c0104c8c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
			return r == -ENAMETOOLONG ? -E2BIG : r;
c0104c90:	83 f8 dc             	cmp    $0xffffffdc,%eax
c0104c93:	74 a0                	je     c0104c35 <sys_exec+0xd5>
}
c0104c95:	81 c4 ec 00 00 00    	add    $0xec,%esp
c0104c9b:	5b                   	pop    %ebx
c0104c9c:	5e                   	pop    %esi
c0104c9d:	5f                   	pop    %edi
c0104c9e:	5d                   	pop    %ebp
c0104c9f:	c3                   	ret

c0104ca0 <sys_getpid>:

int sys_getpid(void)
{
c0104ca0:	55                   	push   %ebp
c0104ca1:	89 e5                	mov    %esp,%ebp
c0104ca3:	83 ec 08             	sub    $0x8,%esp
	return myproc()->pid;
c0104ca6:	e8 05 ee ff ff       	call   c0103ab0 <myproc>
c0104cab:	8b 40 04             	mov    0x4(%eax),%eax
}
c0104cae:	89 ec                	mov    %ebp,%esp
c0104cb0:	5d                   	pop    %ebp
c0104cb1:	c3                   	ret
c0104cb2:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0104cb9:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi

c0104cc0 <sys_sbrk>:

// sbrk(n): grow (or shrink) the heap by n bytes; return the old break.
// Growing only moves the break: pages arrive on first touch (fault.c).
int sys_sbrk(void)
{
c0104cc0:	55                   	push   %ebp
c0104cc1:	89 e5                	mov    %esp,%ebp
c0104cc3:	83 ec 38             	sub    $0x38,%esp
c0104cc6:	89 75 f8             	mov    %esi,-0x8(%ebp)
c0104cc9:	89 5d f4             	mov    %ebx,-0xc(%ebp)
c0104ccc:	89 7d fc             	mov    %edi,-0x4(%ebp)
	struct proc *p = myproc();
c0104ccf:	e8 dc ed ff ff       	call   c0103ab0 <myproc>
	uint32_t n;
	if (fetch_arg(0, &n) < 0)
c0104cd4:	c7 04 24 00 00 00 00 	movl   $0x0,(%esp)
	struct proc *p = myproc();
c0104cdb:	89 c6                	mov    %eax,%esi
	if (fetch_arg(0, &n) < 0)
c0104cdd:	8d 45 e4             	lea    -0x1c(%ebp),%eax
c0104ce0:	89 44 24 04          	mov    %eax,0x4(%esp)
c0104ce4:	e8 67 f9 ff ff       	call   c0104650 <fetch_arg>
c0104ce9:	85 c0                	test   %eax,%eax
c0104ceb:	78 5a                	js     c0104d47 <sys_sbrk+0x87>
		return -EFAULT;
	uint32_t old = p->brk;
	int32_t delta = (int32_t)n;
c0104ced:	8b 45 e4             	mov    -0x1c(%ebp),%eax
c0104cf0:	31 d2                	xor    %edx,%edx
	uint32_t old = p->brk;
c0104cf2:	8b 5e 20             	mov    0x20(%esi),%ebx
	uint32_t new = old + (uint32_t)delta;
c0104cf5:	89 c7                	mov    %eax,%edi
c0104cf7:	01 df                	add    %ebx,%edi
c0104cf9:	72 5a                	jb     c0104d55 <sys_sbrk+0x95>
	if (delta > 0 && (new < old || new > USTACKTOP - USTACKMAX))
c0104cfb:	85 c0                	test   %eax,%eax
c0104cfd:	7e 21                	jle    c0104d20 <sys_sbrk+0x60>
c0104cff:	85 d2                	test   %edx,%edx
c0104d01:	75 4b                	jne    c0104d4e <sys_sbrk+0x8e>
c0104d03:	81 ff 00 00 fc bf    	cmp    $0xbffc0000,%edi
c0104d09:	77 43                	ja     c0104d4e <sys_sbrk+0x8e>
	if (delta < 0) {
		if (new > old || new < p->heap_start)
			return -EINVAL;
		vm_dealloc_range(p->pgdir, new, old);
	}
	p->brk = new;
c0104d0b:	89 7e 20             	mov    %edi,0x20(%esi)
	return (int)old;
c0104d0e:	89 d8                	mov    %ebx,%eax
}
c0104d10:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c0104d13:	8b 75 f8             	mov    -0x8(%ebp),%esi
c0104d16:	8b 7d fc             	mov    -0x4(%ebp),%edi
c0104d19:	89 ec                	mov    %ebp,%esp
c0104d1b:	5d                   	pop    %ebp
c0104d1c:	c3                   	ret
c0104d1d:	8d 76 00             	lea    0x0(%esi),%esi
	if (delta < 0) {
c0104d20:	74 e9                	je     c0104d0b <sys_sbrk+0x4b>
		if (new > old || new < p->heap_start)
c0104d22:	39 fb                	cmp    %edi,%ebx
c0104d24:	72 1a                	jb     c0104d40 <sys_sbrk+0x80>
c0104d26:	3b 7e 24             	cmp    0x24(%esi),%edi
c0104d29:	72 15                	jb     c0104d40 <sys_sbrk+0x80>
		vm_dealloc_range(p->pgdir, new, old);
c0104d2b:	89 5c 24 08          	mov    %ebx,0x8(%esp)
c0104d2f:	89 7c 24 04          	mov    %edi,0x4(%esp)
c0104d33:	8b 46 1c             	mov    0x1c(%esi),%eax
c0104d36:	89 04 24             	mov    %eax,(%esp)
c0104d39:	e8 12 12 00 00       	call   c0105f50 <vm_dealloc_range>
c0104d3e:	eb cb                	jmp    c0104d0b <sys_sbrk+0x4b>
			return -EINVAL;
c0104d40:	b8 ea ff ff ff       	mov    $0xffffffea,%eax
c0104d45:	eb c9                	jmp    c0104d10 <sys_sbrk+0x50>
		return -EFAULT;
c0104d47:	b8 f2 ff ff ff       	mov    $0xfffffff2,%eax
c0104d4c:	eb c2                	jmp    c0104d10 <sys_sbrk+0x50>
		return -ENOMEM;
c0104d4e:	b8 f4 ff ff ff       	mov    $0xfffffff4,%eax
c0104d53:	eb bb                	jmp    c0104d10 <sys_sbrk+0x50>
c0104d55:	ba 01 00 00 00       	mov    $0x1,%edx
c0104d5a:	eb 9f                	jmp    c0104cfb <sys_sbrk+0x3b>
c0104d5c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi

c0104d60 <sys_sleep>:

// sleep(n): wait n timer ticks (HZ per second).
int sys_sleep(void)
{
c0104d60:	55                   	push   %ebp
c0104d61:	89 e5                	mov    %esp,%ebp
c0104d63:	83 ec 28             	sub    $0x28,%esp
c0104d66:	89 5d fc             	mov    %ebx,-0x4(%ebp)
	uint32_t n;
	if (fetch_arg(0, &n) < 0)
c0104d69:	8d 45 f4             	lea    -0xc(%ebp),%eax
c0104d6c:	89 44 24 04          	mov    %eax,0x4(%esp)
c0104d70:	c7 04 24 00 00 00 00 	movl   $0x0,(%esp)
c0104d77:	e8 d4 f8 ff ff       	call   c0104650 <fetch_arg>
c0104d7c:	85 c0                	test   %eax,%eax
c0104d7e:	78 59                	js     c0104dd9 <sys_sleep+0x79>
		return -EFAULT;
	uint32_t start = ticks;
c0104d80:	8b 1d e0 a5 20 c0    	mov    0xc020a5e0,%ebx
	while (ticks - start < n) {
c0104d86:	a1 e0 a5 20 c0       	mov    0xc020a5e0,%eax
c0104d8b:	29 d8                	sub    %ebx,%eax
c0104d8d:	3b 45 f4             	cmp    -0xc(%ebp),%eax
c0104d90:	72 1e                	jb     c0104db0 <sys_sleep+0x50>
c0104d92:	eb 3c                	jmp    c0104dd0 <sys_sleep+0x70>
c0104d94:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
		if (myproc()->killed)
			return -EINTR;
		sleep((void *)&ticks);
c0104d98:	c7 04 24 e0 a5 20 c0 	movl   $0xc020a5e0,(%esp)
c0104d9f:	e8 bc f6 ff ff       	call   c0104460 <sleep>
	while (ticks - start < n) {
c0104da4:	a1 e0 a5 20 c0       	mov    0xc020a5e0,%eax
c0104da9:	29 d8                	sub    %ebx,%eax
c0104dab:	3b 45 f4             	cmp    -0xc(%ebp),%eax
c0104dae:	73 20                	jae    c0104dd0 <sys_sleep+0x70>
		if (myproc()->killed)
c0104db0:	e8 fb ec ff ff       	call   c0103ab0 <myproc>
c0104db5:	8b 40 3c             	mov    0x3c(%eax),%eax
c0104db8:	85 c0                	test   %eax,%eax
c0104dba:	74 dc                	je     c0104d98 <sys_sleep+0x38>
	}
	return 0;
}
c0104dbc:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c0104dbf:	89 ec                	mov    %ebp,%esp
			return -EINTR;
c0104dc1:	b8 fc ff ff ff       	mov    $0xfffffffc,%eax
}
c0104dc6:	5d                   	pop    %ebp
c0104dc7:	c3                   	ret
c0104dc8:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0104dcf:	90                   	nop
	return 0;
c0104dd0:	31 c0                	xor    %eax,%eax
}
c0104dd2:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c0104dd5:	89 ec                	mov    %ebp,%esp
c0104dd7:	5d                   	pop    %ebp
c0104dd8:	c3                   	ret
		return -EFAULT;
c0104dd9:	b8 f2 ff ff ff       	mov    $0xfffffff2,%eax
c0104dde:	eb f2                	jmp    c0104dd2 <sys_sleep+0x72>

c0104de0 <sys_uptime>:

int sys_uptime(void)
{
	return (int)ticks;
c0104de0:	a1 e0 a5 20 c0       	mov    0xc020a5e0,%eax
}
c0104de5:	c3                   	ret
c0104de6:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0104ded:	8d 76 00             	lea    0x0(%esi),%esi

c0104df0 <sys_kill>:

int sys_kill(void)
{
c0104df0:	55                   	push   %ebp
c0104df1:	89 e5                	mov    %esp,%ebp
c0104df3:	83 ec 28             	sub    $0x28,%esp
	uint32_t pid;
	if (fetch_arg(0, &pid) < 0)
c0104df6:	c7 04 24 00 00 00 00 	movl   $0x0,(%esp)
c0104dfd:	8d 45 f4             	lea    -0xc(%ebp),%eax
c0104e00:	89 44 24 04          	mov    %eax,0x4(%esp)
c0104e04:	e8 47 f8 ff ff       	call   c0104650 <fetch_arg>
c0104e09:	85 c0                	test   %eax,%eax
c0104e0b:	78 13                	js     c0104e20 <sys_kill+0x30>
		return -EFAULT;
	return kill((int)pid);
c0104e0d:	8b 45 f4             	mov    -0xc(%ebp),%eax
c0104e10:	89 04 24             	mov    %eax,(%esp)
c0104e13:	e8 08 f2 ff ff       	call   c0104020 <kill>
}
c0104e18:	89 ec                	mov    %ebp,%esp
c0104e1a:	5d                   	pop    %ebp
c0104e1b:	c3                   	ret
c0104e1c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
		return -EFAULT;
c0104e20:	b8 f2 ff ff ff       	mov    $0xfffffff2,%eax
c0104e25:	eb f1                	jmp    c0104e18 <sys_kill+0x28>
c0104e27:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0104e2e:	66 90                	xchg   %ax,%ax

c0104e30 <sys_sigtrap_call>:

int sys_sigtrap_call(void)
{
c0104e30:	55                   	push   %ebp
c0104e31:	89 e5                	mov    %esp,%ebp
c0104e33:	83 ec 28             	sub    $0x28,%esp
	uint32_t handler;
	if (fetch_arg(0, &handler) < 0)
c0104e36:	c7 04 24 00 00 00 00 	movl   $0x0,(%esp)
c0104e3d:	8d 45 f4             	lea    -0xc(%ebp),%eax
c0104e40:	89 44 24 04          	mov    %eax,0x4(%esp)
c0104e44:	e8 07 f8 ff ff       	call   c0104650 <fetch_arg>
c0104e49:	85 c0                	test   %eax,%eax
c0104e4b:	78 13                	js     c0104e60 <sys_sigtrap_call+0x30>
		return -EFAULT;
	return sys_sigtrap(handler);
c0104e4d:	8b 45 f4             	mov    -0xc(%ebp),%eax
c0104e50:	89 04 24             	mov    %eax,(%esp)
c0104e53:	e8 f8 f6 ff ff       	call   c0104550 <sys_sigtrap>
}
c0104e58:	89 ec                	mov    %ebp,%esp
c0104e5a:	5d                   	pop    %ebp
c0104e5b:	c3                   	ret
c0104e5c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
		return -EFAULT;
c0104e60:	b8 f2 ff ff ff       	mov    $0xfffffff2,%eax
c0104e65:	eb f1                	jmp    c0104e58 <sys_sigtrap_call+0x28>
c0104e67:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0104e6e:	66 90                	xchg   %ax,%ax

c0104e70 <sys_sigreturn_call>:

int sys_sigreturn_call(void)
{
c0104e70:	55                   	push   %ebp
c0104e71:	89 e5                	mov    %esp,%ebp
c0104e73:	83 ec 28             	sub    $0x28,%esp
	uint32_t frame;
	if (fetch_arg(0, &frame) < 0)
c0104e76:	c7 04 24 00 00 00 00 	movl   $0x0,(%esp)
c0104e7d:	8d 45 f4             	lea    -0xc(%ebp),%eax
c0104e80:	89 44 24 04          	mov    %eax,0x4(%esp)
c0104e84:	e8 c7 f7 ff ff       	call   c0104650 <fetch_arg>
c0104e89:	85 c0                	test   %eax,%eax
c0104e8b:	78 13                	js     c0104ea0 <sys_sigreturn_call+0x30>
		return -EFAULT;
	return sys_sigreturn(frame);
c0104e8d:	8b 45 f4             	mov    -0xc(%ebp),%eax
c0104e90:	89 04 24             	mov    %eax,(%esp)
c0104e93:	e8 08 f7 ff ff       	call   c01045a0 <sys_sigreturn>
}
c0104e98:	89 ec                	mov    %ebp,%esp
c0104e9a:	5d                   	pop    %ebp
c0104e9b:	c3                   	ret
c0104e9c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
		return -EFAULT;
c0104ea0:	b8 f2 ff ff ff       	mov    $0xfffffff2,%eax
c0104ea5:	eb f1                	jmp    c0104e98 <sys_sigreturn_call+0x28>
c0104ea7:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0104eae:	66 90                	xchg   %ax,%ax

c0104eb0 <sys_ptemod>:
// ptemod(va): rewrite the page-table entry of user address va with the
// value it already has, and flush it from the TLB.  The cheapest possible
// page-table update: the benchmark `ptemod` measures what it costs, which
// natively is almost nothing and under a virtual machine monitor is not.
int sys_ptemod(void)
{
c0104eb0:	55                   	push   %ebp
c0104eb1:	89 e5                	mov    %esp,%ebp
c0104eb3:	83 ec 28             	sub    $0x28,%esp
c0104eb6:	89 5d fc             	mov    %ebx,-0x4(%ebp)
	uint32_t va;
	pte_t *pte;
	if (fetch_arg(0, &va) < 0)
c0104eb9:	8d 45 f0             	lea    -0x10(%ebp),%eax
c0104ebc:	89 44 24 04          	mov    %eax,0x4(%esp)
c0104ec0:	c7 04 24 00 00 00 00 	movl   $0x0,(%esp)
c0104ec7:	e8 84 f7 ff ff       	call   c0104650 <fetch_arg>
c0104ecc:	85 c0                	test   %eax,%eax
c0104ece:	78 48                	js     c0104f18 <sys_ptemod+0x68>
		return -EFAULT;
	if (va >= USERTOP || vm_lookup(myproc()->pgdir, va, &pte) == 0)
c0104ed0:	8b 5d f0             	mov    -0x10(%ebp),%ebx
c0104ed3:	81 fb ff ff ff bf    	cmp    $0xbfffffff,%ebx
c0104ed9:	77 3d                	ja     c0104f18 <sys_ptemod+0x68>
c0104edb:	e8 d0 eb ff ff       	call   c0103ab0 <myproc>
c0104ee0:	8d 55 f4             	lea    -0xc(%ebp),%edx
c0104ee3:	89 54 24 08          	mov    %edx,0x8(%esp)
c0104ee7:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0104eeb:	8b 40 1c             	mov    0x1c(%eax),%eax
c0104eee:	89 04 24             	mov    %eax,(%esp)
c0104ef1:	e8 4a 0c 00 00       	call   c0105b40 <vm_lookup>
c0104ef6:	85 c0                	test   %eax,%eax
c0104ef8:	74 1e                	je     c0104f18 <sys_ptemod+0x68>
		return -EFAULT;
	*(volatile pte_t *)pte = *pte;
c0104efa:	8b 45 f4             	mov    -0xc(%ebp),%eax
c0104efd:	8b 10                	mov    (%eax),%edx
c0104eff:	89 10                	mov    %edx,(%eax)
static inline uint32_t PGROUNDDOWN(uint32_t a) { return a & ~(PGSIZE - 1); }
c0104f01:	8b 45 f0             	mov    -0x10(%ebp),%eax
c0104f04:	25 00 f0 ff ff       	and    $0xfffff000,%eax
	asm volatile("invlpg (%0)" : : "r"(va) : "memory");
c0104f09:	0f 01 38             	invlpg (%eax)
	invlpg(PGROUNDDOWN(va));
	return 0;
c0104f0c:	31 c0                	xor    %eax,%eax
}
c0104f0e:	8b 5d fc             	mov    -0x4(%ebp),%ebx
c0104f11:	89 ec                	mov    %ebp,%esp
c0104f13:	5d                   	pop    %ebp
c0104f14:	c3                   	ret
c0104f15:	8d 76 00             	lea    0x0(%esi),%esi
		return -EFAULT;
c0104f18:	b8 f2 ff ff ff       	mov    $0xfffffff2,%eax
c0104f1d:	eb ef                	jmp    c0104f0e <sys_ptemod+0x5e>
c0104f1f:	90                   	nop

c0104f20 <sys_null>:

// The null system call: the cost of entering and leaving the kernel.
int sys_null(void)
{
	return 0;
}
c0104f20:	31 c0                	xor    %eax,%eax
c0104f22:	c3                   	ret
c0104f23:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0104f2a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi

c0104f30 <sys_halt>:

// halt(code): end the run now (for the shell's `halt` and for tests).
int sys_halt(void)
{
c0104f30:	55                   	push   %ebp
c0104f31:	89 e5                	mov    %esp,%ebp
c0104f33:	53                   	push   %ebx
	uint32_t code;
	if (fetch_arg(0, &code) < 0)
c0104f34:	8d 45 f4             	lea    -0xc(%ebp),%eax
{
c0104f37:	83 ec 24             	sub    $0x24,%esp
	if (fetch_arg(0, &code) < 0)
c0104f3a:	89 44 24 04          	mov    %eax,0x4(%esp)
c0104f3e:	c7 04 24 00 00 00 00 	movl   $0x0,(%esp)
c0104f45:	e8 06 f7 ff ff       	call   c0104650 <fetch_arg>
c0104f4a:	85 c0                	test   %eax,%eax
c0104f4c:	79 05                	jns    c0104f53 <sys_halt+0x23>
		code = QEMU_EXIT_OK;
c0104f4e:	31 c9                	xor    %ecx,%ecx
c0104f50:	89 4d f4             	mov    %ecx,-0xc(%ebp)
	printf("halt: requested by pid %d (%s)\n", myproc()->pid, myproc()->name);
c0104f53:	e8 58 eb ff ff       	call   c0103ab0 <myproc>
c0104f58:	89 c3                	mov    %eax,%ebx
c0104f5a:	e8 51 eb ff ff       	call   c0103ab0 <myproc>
c0104f5f:	83 c3 08             	add    $0x8,%ebx
c0104f62:	89 5c 24 08          	mov    %ebx,0x8(%esp)
c0104f66:	8b 40 04             	mov    0x4(%eax),%eax
c0104f69:	c7 04 24 d4 8c 10 c0 	movl   $0xc0108cd4,(%esp)
c0104f70:	89 44 24 04          	mov    %eax,0x4(%esp)
c0104f74:	e8 37 ea ff ff       	call   c01039b0 <printf>
	qemu_exit(code == 0 ? QEMU_EXIT_OK : QEMU_EXIT_FAILED);
c0104f79:	8b 55 f4             	mov    -0xc(%ebp),%edx
c0104f7c:	31 c0                	xor    %eax,%eax
c0104f7e:	85 d2                	test   %edx,%edx
c0104f80:	0f 95 c0             	setne  %al
c0104f83:	89 04 24             	mov    %eax,(%esp)
c0104f86:	e8 55 ea ff ff       	call   c01039e0 <qemu_exit>
c0104f8b:	66 90                	xchg   %ax,%ax
c0104f8d:	66 90                	xchg   %ax,%ax
c0104f8f:	90                   	nop

c0104f90 <timer_init>:
#include "traps.h"
#include "i8254.h"
#include "defs.h"

void timer_init(void)
{
c0104f90:	55                   	push   %ebp
	asm volatile("outb %0, %1" : : "a"(v), "d"(port));
c0104f91:	b0 34                	mov    $0x34,%al
c0104f93:	89 e5                	mov    %esp,%ebp
c0104f95:	ba 43 00 00 00       	mov    $0x43,%edx
c0104f9a:	83 ec 18             	sub    $0x18,%esp
c0104f9d:	ee                   	out    %al,(%dx)
c0104f9e:	ba 40 00 00 00       	mov    $0x40,%edx
c0104fa3:	b0 9b                	mov    $0x9b,%al
c0104fa5:	ee                   	out    %al,(%dx)
c0104fa6:	b0 2e                	mov    $0x2e,%al
c0104fa8:	ee                   	out    %al,(%dx)
	uint16_t divisor = PIT_HZ / HZ;
	outb(PIT_MODE, PIT_SEL0 | PIT_LOHI | PIT_RATEGEN);
	outb(PIT_CH0, divisor & 0xFF);
	outb(PIT_CH0, divisor >> 8);
	pic_enable(IRQ_TIMER);
c0104fa9:	c7 04 24 00 00 00 00 	movl   $0x0,(%esp)
c0104fb0:	e8 3b e9 ff ff       	call   c01038f0 <pic_enable>
}
c0104fb5:	89 ec                	mov    %ebp,%esp
c0104fb7:	5d                   	pop    %ebp
c0104fb8:	c3                   	ret
c0104fb9:	66 90                	xchg   %ax,%ax
c0104fbb:	66 90                	xchg   %ax,%ax
c0104fbd:	66 90                	xchg   %ax,%ax
c0104fbf:	90                   	nop

c0104fc0 <idt_init>:
volatile uint32_t ticks;              // timer interrupts since boot

static irq_handler_t irq_handlers[NIRQ];

void idt_init(void)
{
c0104fc0:	55                   	push   %ebp
	struct pseudodesc pd;

	for (int v = 0; v < 256; v++)
c0104fc1:	31 c0                	xor    %eax,%eax
{
c0104fc3:	89 e5                	mov    %esp,%ebp
c0104fc5:	83 ec 10             	sub    $0x10,%esp
c0104fc8:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0104fcf:	90                   	nop
		idt[v] = gate_make(0, GD_KT, vectors[v], 0);
c0104fd0:	8b 14 85 14 c0 1f c0 	mov    -0x3fe03fec(,%eax,4),%edx
c0104fd7:	b9 08 00 00 8e       	mov    $0x8e000008,%ecx
c0104fdc:	89 0c c5 42 a6 20 c0 	mov    %ecx,-0x3fdf59be(,%eax,8)
// (SDM Vol. 3A, 6.12.1.2).
static inline struct gatedesc gate_make(int istrap, uint16_t sel,
					uint32_t off, uint32_t dpl)
{
	struct gatedesc g;
	g.off_15_0 = off & 0xFFFF;
c0104fe3:	66 89 14 c5 40 a6 20 	mov    %dx,-0x3fdf59c0(,%eax,8)
c0104fea:	c0 
	g.rsv1 = 0;
	g.type = istrap ? STS_TG32 : STS_IG32;
	g.s = 0;
	g.dpl = dpl;
	g.p = 1;
	g.off_31_16 = off >> 16;
c0104feb:	c1 ea 10             	shr    $0x10,%edx
c0104fee:	66 89 14 c5 46 a6 20 	mov    %dx,-0x3fdf59ba(,%eax,8)
c0104ff5:	c0 
	for (int v = 0; v < 256; v++)
c0104ff6:	40                   	inc    %eax
c0104ff7:	3d 00 01 00 00       	cmp    $0x100,%eax
c0104ffc:	75 d2                	jne    c0104fd0 <idt_init+0x10>
	// User code may raise these itself with `int`: the gate's DPL
	// must be 3, or the `int` becomes a #GP (SDM Vol. 3A, 6.12.1.1).
	idt[T_SYSCALL] = gate_make(0, GD_KT, vectors[T_SYSCALL], 3);
c0104ffe:	a1 14 c1 1f c0       	mov    0xc01fc114,%eax
c0105003:	ba 08 00 00 ee       	mov    $0xee000008,%edx
	idt[T_BRKPT] = gate_make(0, GD_KT, vectors[T_BRKPT], 3);
c0105008:	b9 08 00 00 ee       	mov    $0xee000008,%ecx
	idt[T_SYSCALL] = gate_make(0, GD_KT, vectors[T_SYSCALL], 3);
c010500d:	89 15 42 a8 20 c0    	mov    %edx,0xc020a842
	idt[T_OFLOW] = gate_make(0, GD_KT, vectors[T_OFLOW], 3);
c0105013:	ba 08 00 00 ee       	mov    $0xee000008,%edx
	idt[T_BRKPT] = gate_make(0, GD_KT, vectors[T_BRKPT], 3);
c0105018:	89 0d 5a a6 20 c0    	mov    %ecx,0xc020a65a
	idt[T_OFLOW] = gate_make(0, GD_KT, vectors[T_OFLOW], 3);
c010501e:	89 15 62 a6 20 c0    	mov    %edx,0xc020a662
	g.off_15_0 = off & 0xFFFF;
c0105024:	66 a3 40 a8 20 c0    	mov    %ax,0xc020a840
	g.off_31_16 = off >> 16;
c010502a:	c1 e8 10             	shr    $0x10,%eax
c010502d:	66 a3 46 a8 20 c0    	mov    %ax,0xc020a846
	idt[T_BRKPT] = gate_make(0, GD_KT, vectors[T_BRKPT], 3);
c0105033:	a1 20 c0 1f c0       	mov    0xc01fc020,%eax
	g.off_15_0 = off & 0xFFFF;
c0105038:	66 a3 58 a6 20 c0    	mov    %ax,0xc020a658
	g.off_31_16 = off >> 16;
c010503e:	c1 e8 10             	shr    $0x10,%eax
c0105041:	66 a3 5e a6 20 c0    	mov    %ax,0xc020a65e
	idt[T_OFLOW] = gate_make(0, GD_KT, vectors[T_OFLOW], 3);
c0105047:	a1 24 c0 1f c0       	mov    0xc01fc024,%eax

	pd.limit = sizeof(idt) - 1;
c010504c:	66 c7 45 fa ff 07    	movw   $0x7ff,-0x6(%ebp)
	pd.base = (uint32_t)idt;
c0105052:	c7 45 fc 40 a6 20 c0 	movl   $0xc020a640,-0x4(%ebp)
	g.off_15_0 = off & 0xFFFF;
c0105059:	66 a3 60 a6 20 c0    	mov    %ax,0xc020a660
	g.off_31_16 = off >> 16;
c010505f:	c1 e8 10             	shr    $0x10,%eax
c0105062:	66 a3 66 a6 20 c0    	mov    %ax,0xc020a666
static inline void lidt(void *pd) { asm volatile("lidt (%0)" : : "r"(pd) : "memory"); }
c0105068:	8d 45 fa             	lea    -0x6(%ebp),%eax
c010506b:	0f 01 18             	lidtl  (%eax)
	lidt(&pd);
}
c010506e:	89 ec                	mov    %ebp,%esp
c0105070:	5d                   	pop    %ebp
c0105071:	c3                   	ret
c0105072:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0105079:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi

c0105080 <irq_register>:

void irq_register(int irq, irq_handler_t fn)
{
c0105080:	55                   	push   %ebp
c0105081:	89 e5                	mov    %esp,%ebp
	irq_handlers[irq] = fn;
c0105083:	8b 45 08             	mov    0x8(%ebp),%eax
c0105086:	8b 55 0c             	mov    0xc(%ebp),%edx
	pic_enable(irq);
}
c0105089:	5d                   	pop    %ebp
	irq_handlers[irq] = fn;
c010508a:	89 14 85 00 a6 20 c0 	mov    %edx,-0x3fdf5a00(,%eax,4)
	pic_enable(irq);
c0105091:	e9 5a e8 ff ff       	jmp    c01038f0 <pic_enable>
c0105096:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010509d:	8d 76 00             	lea    0x0(%esi),%esi

c01050a0 <trap_name>:
	"x87 floating-point error", "Alignment check", "Machine check",
	"SIMD floating-point exception",
};

const char *trap_name(int trapno)
{
c01050a0:	55                   	push   %ebp
c01050a1:	89 e5                	mov    %esp,%ebp
c01050a3:	8b 45 08             	mov    0x8(%ebp),%eax
	if (trapno < (int)(sizeof(exception_names) / sizeof(exception_names[0])))
c01050a6:	83 f8 13             	cmp    $0x13,%eax
c01050a9:	7e 1d                	jle    c01050c8 <trap_name+0x28>
		return exception_names[trapno];
	if (trapno == T_SYSCALL)
c01050ab:	83 f8 40             	cmp    $0x40,%eax
c01050ae:	74 28                	je     c01050d8 <trap_name+0x38>
		return "System call";
	if (trapno >= T_IRQ0 && trapno < T_IRQ0 + NIRQ)
c01050b0:	83 e8 20             	sub    $0x20,%eax
		return "Hardware interrupt";
	return "(unknown trap)";
c01050b3:	ba f4 8c 10 c0       	mov    $0xc0108cf4,%edx
}
c01050b8:	5d                   	pop    %ebp
	return "(unknown trap)";
c01050b9:	83 f8 10             	cmp    $0x10,%eax
c01050bc:	b8 0f 8d 10 c0       	mov    $0xc0108d0f,%eax
c01050c1:	0f 43 c2             	cmovae %edx,%eax
}
c01050c4:	c3                   	ret
c01050c5:	8d 76 00             	lea    0x0(%esi),%esi
		return exception_names[trapno];
c01050c8:	8b 04 85 c0 8f 10 c0 	mov    -0x3fef7040(,%eax,4),%eax
}
c01050cf:	5d                   	pop    %ebp
c01050d0:	c3                   	ret
c01050d1:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01050d8:	5d                   	pop    %ebp
		return "System call";
c01050d9:	b8 03 8d 10 c0       	mov    $0xc0108d03,%eax
}
c01050de:	c3                   	ret
c01050df:	90                   	nop

c01050e0 <print_trapframe>:

void print_trapframe(struct trapframe *tf)
{
c01050e0:	55                   	push   %ebp
c01050e1:	89 e5                	mov    %esp,%ebp
c01050e3:	56                   	push   %esi
c01050e4:	53                   	push   %ebx
c01050e5:	83 ec 20             	sub    $0x20,%esp
c01050e8:	8b 5d 08             	mov    0x8(%ebp),%ebx
	printf("trap frame at %p\n", tf);
c01050eb:	c7 04 24 22 8d 10 c0 	movl   $0xc0108d22,(%esp)
c01050f2:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c01050f6:	e8 b5 e8 ff ff       	call   c01039b0 <printf>
	printf("  edi %08x esi %08x ebp %08x ebx %08x\n", tf->edi, tf->esi, tf->ebp, tf->ebx);
c01050fb:	8b 43 10             	mov    0x10(%ebx),%eax
c01050fe:	89 44 24 10          	mov    %eax,0x10(%esp)
c0105102:	8b 43 08             	mov    0x8(%ebx),%eax
c0105105:	89 44 24 0c          	mov    %eax,0xc(%esp)
c0105109:	8b 43 04             	mov    0x4(%ebx),%eax
c010510c:	89 44 24 08          	mov    %eax,0x8(%esp)
c0105110:	8b 03                	mov    (%ebx),%eax
c0105112:	c7 04 24 ec 8e 10 c0 	movl   $0xc0108eec,(%esp)
c0105119:	89 44 24 04          	mov    %eax,0x4(%esp)
c010511d:	e8 8e e8 ff ff       	call   c01039b0 <printf>
	printf("  edx %08x ecx %08x eax %08x\n", tf->edx, tf->ecx, tf->eax);
c0105122:	8b 43 1c             	mov    0x1c(%ebx),%eax
c0105125:	89 44 24 0c          	mov    %eax,0xc(%esp)
c0105129:	8b 43 18             	mov    0x18(%ebx),%eax
c010512c:	89 44 24 08          	mov    %eax,0x8(%esp)
c0105130:	8b 43 14             	mov    0x14(%ebx),%eax
c0105133:	c7 04 24 34 8d 10 c0 	movl   $0xc0108d34,(%esp)
c010513a:	89 44 24 04          	mov    %eax,0x4(%esp)
c010513e:	e8 6d e8 ff ff       	call   c01039b0 <printf>
	printf("  ds %04x es %04x fs %04x gs %04x\n", tf->ds, tf->es, tf->fs, tf->gs);
c0105143:	0f b7 43 20          	movzwl 0x20(%ebx),%eax
c0105147:	89 44 24 10          	mov    %eax,0x10(%esp)
c010514b:	0f b7 43 24          	movzwl 0x24(%ebx),%eax
c010514f:	89 44 24 0c          	mov    %eax,0xc(%esp)
c0105153:	0f b7 43 28          	movzwl 0x28(%ebx),%eax
c0105157:	89 44 24 08          	mov    %eax,0x8(%esp)
c010515b:	0f b7 43 2c          	movzwl 0x2c(%ebx),%eax
c010515f:	c7 04 24 14 8f 10 c0 	movl   $0xc0108f14,(%esp)
c0105166:	89 44 24 04          	mov    %eax,0x4(%esp)
c010516a:	e8 41 e8 ff ff       	call   c01039b0 <printf>
	printf("  trap %d (%s) err %08x\n", tf->trapno, trap_name(tf->trapno), tf->err);
c010516f:	8b 43 30             	mov    0x30(%ebx),%eax
c0105172:	8b 4b 34             	mov    0x34(%ebx),%ecx
	if (trapno < (int)(sizeof(exception_names) / sizeof(exception_names[0])))
c0105175:	83 f8 13             	cmp    $0x13,%eax
c0105178:	7e 76                	jle    c01051f0 <print_trapframe+0x110>
	if (trapno == T_SYSCALL)
c010517a:	83 f8 40             	cmp    $0x40,%eax
c010517d:	0f 84 bd 00 00 00    	je     c0105240 <print_trapframe+0x160>
	if (trapno >= T_IRQ0 && trapno < T_IRQ0 + NIRQ)
c0105183:	8d 50 e0             	lea    -0x20(%eax),%edx
		return "Hardware interrupt";
c0105186:	be 0f 8d 10 c0       	mov    $0xc0108d0f,%esi
c010518b:	83 fa 0f             	cmp    $0xf,%edx
c010518e:	ba f4 8c 10 c0       	mov    $0xc0108cf4,%edx
c0105193:	0f 46 d6             	cmovbe %esi,%edx
	printf("  trap %d (%s) err %08x\n", tf->trapno, trap_name(tf->trapno), tf->err);
c0105196:	89 4c 24 0c          	mov    %ecx,0xc(%esp)
c010519a:	89 54 24 08          	mov    %edx,0x8(%esp)
c010519e:	89 44 24 04          	mov    %eax,0x4(%esp)
c01051a2:	c7 04 24 52 8d 10 c0 	movl   $0xc0108d52,(%esp)
c01051a9:	e8 02 e8 ff ff       	call   c01039b0 <printf>
	printf("  eip %08x cs %04x eflags %08x\n", tf->eip, tf->cs, tf->eflags);
c01051ae:	8b 43 40             	mov    0x40(%ebx),%eax
c01051b1:	89 44 24 0c          	mov    %eax,0xc(%esp)
c01051b5:	0f b7 43 3c          	movzwl 0x3c(%ebx),%eax
c01051b9:	89 44 24 08          	mov    %eax,0x8(%esp)
c01051bd:	8b 43 38             	mov    0x38(%ebx),%eax
c01051c0:	c7 04 24 38 8f 10 c0 	movl   $0xc0108f38,(%esp)
c01051c7:	89 44 24 04          	mov    %eax,0x4(%esp)
c01051cb:	e8 e0 e7 ff ff       	call   c01039b0 <printf>
	if (trapframe_from_user(tf))
c01051d0:	8b 43 3c             	mov    0x3c(%ebx),%eax
c01051d3:	83 e0 03             	and    $0x3,%eax
c01051d6:	83 f8 03             	cmp    $0x3,%eax
c01051d9:	74 45                	je     c0105220 <print_trapframe+0x140>
		printf("  esp %08x ss %04x\n", tf->esp, tf->ss);
	if (tf->trapno == T_PGFLT)
c01051db:	83 7b 30 0e          	cmpl   $0xe,0x30(%ebx)
c01051df:	74 1f                	je     c0105200 <print_trapframe+0x120>
		printf("  cr2 %08x\n", rcr2());
}
c01051e1:	83 c4 20             	add    $0x20,%esp
c01051e4:	5b                   	pop    %ebx
c01051e5:	5e                   	pop    %esi
c01051e6:	5d                   	pop    %ebp
c01051e7:	c3                   	ret
c01051e8:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01051ef:	90                   	nop
		return exception_names[trapno];
c01051f0:	8b 14 85 c0 8f 10 c0 	mov    -0x3fef7040(,%eax,4),%edx
c01051f7:	eb 9d                	jmp    c0105196 <print_trapframe+0xb6>
c01051f9:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
static inline uint32_t rcr2(void) { uint32_t v; asm volatile("movl %%cr2, %0" : "=r"(v)); return v; }
c0105200:	0f 20 d0             	mov    %cr2,%eax
		printf("  cr2 %08x\n", rcr2());
c0105203:	89 44 24 04          	mov    %eax,0x4(%esp)
c0105207:	c7 04 24 7f 8d 10 c0 	movl   $0xc0108d7f,(%esp)
c010520e:	e8 9d e7 ff ff       	call   c01039b0 <printf>
}
c0105213:	83 c4 20             	add    $0x20,%esp
c0105216:	5b                   	pop    %ebx
c0105217:	5e                   	pop    %esi
c0105218:	5d                   	pop    %ebp
c0105219:	c3                   	ret
c010521a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
		printf("  esp %08x ss %04x\n", tf->esp, tf->ss);
c0105220:	0f b7 43 48          	movzwl 0x48(%ebx),%eax
c0105224:	89 44 24 08          	mov    %eax,0x8(%esp)
c0105228:	8b 43 44             	mov    0x44(%ebx),%eax
c010522b:	c7 04 24 6b 8d 10 c0 	movl   $0xc0108d6b,(%esp)
c0105232:	89 44 24 04          	mov    %eax,0x4(%esp)
c0105236:	e8 75 e7 ff ff       	call   c01039b0 <printf>
c010523b:	eb 9e                	jmp    c01051db <print_trapframe+0xfb>
c010523d:	8d 76 00             	lea    0x0(%esi),%esi
		return "System call";
c0105240:	ba 03 8d 10 c0       	mov    $0xc0108d03,%edx
c0105245:	e9 4c ff ff ff       	jmp    c0105196 <print_trapframe+0xb6>
c010524a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi

c0105250 <trap>:
	// STAGE 3 STUB: (void)p;
	// STAGE 3 STUB: panic("user trap %d at eip %08x", tf->trapno, tf->eip);
}

void trap(struct trapframe *tf)
{
c0105250:	55                   	push   %ebp
c0105251:	89 e5                	mov    %esp,%ebp
c0105253:	83 ec 48             	sub    $0x48,%esp
c0105256:	89 5d f4             	mov    %ebx,-0xc(%ebp)
c0105259:	8b 5d 08             	mov    0x8(%ebp),%ebx
c010525c:	89 75 f8             	mov    %esi,-0x8(%ebp)
c010525f:	89 7d fc             	mov    %edi,-0x4(%ebp)
c0105262:	8b 73 3c             	mov    0x3c(%ebx),%esi
	int from_user = trapframe_from_user(tf);
	int was_timer = 0;

	if (tf->trapno == T_SYSCALL) {
c0105265:	8b 43 30             	mov    0x30(%ebx),%eax
c0105268:	83 e6 03             	and    $0x3,%esi
c010526b:	83 f8 40             	cmp    $0x40,%eax
c010526e:	0f 84 24 01 00 00    	je     c0105398 <trap+0x148>
		syscall(tf);
	} else if (tf->trapno >= T_IRQ0 && tf->trapno < T_IRQ0 + NIRQ) {
c0105274:	8d 78 e0             	lea    -0x20(%eax),%edi
c0105277:	83 ff 0f             	cmp    $0xf,%edi
c010527a:	0f 86 d8 00 00 00    	jbe    c0105358 <trap+0x108>
		was_timer = handle_irq(tf->trapno - T_IRQ0);
	} else if (from_user) {
c0105280:	83 fe 03             	cmp    $0x3,%esi
c0105283:	0f 85 d1 01 00 00    	jne    c010545a <trap+0x20a>
	struct proc *p = myproc();
c0105289:	e8 22 e8 ff ff       	call   c0103ab0 <myproc>
	if (tf->trapno == T_PGFLT && fault_lazy_alloc(p, rcr2()) == 0)
c010528e:	83 7b 30 0e          	cmpl   $0xe,0x30(%ebx)
	struct proc *p = myproc();
c0105292:	89 c6                	mov    %eax,%esi
	if (tf->trapno == T_PGFLT && fault_lazy_alloc(p, rcr2()) == 0)
c0105294:	0f 84 26 01 00 00    	je     c01053c0 <trap+0x170>
	if (sigtrap_deliver(tf) == 0)
c010529a:	89 1c 24             	mov    %ebx,(%esp)
c010529d:	e8 2e f2 ff ff       	call   c01044d0 <sigtrap_deliver>
c01052a2:	85 c0                	test   %eax,%eax
c01052a4:	74 7b                	je     c0105321 <trap+0xd1>
	printf("pid %d (%s): %s (trap %d, err %x) at eip %08x",
c01052a6:	8b 43 34             	mov    0x34(%ebx),%eax
c01052a9:	8b 7b 38             	mov    0x38(%ebx),%edi
c01052ac:	89 45 e4             	mov    %eax,-0x1c(%ebp)
c01052af:	8b 43 30             	mov    0x30(%ebx),%eax
	if (trapno < (int)(sizeof(exception_names) / sizeof(exception_names[0])))
c01052b2:	83 f8 13             	cmp    $0x13,%eax
c01052b5:	0f 8e 25 01 00 00    	jle    c01053e0 <trap+0x190>
	if (trapno == T_SYSCALL)
c01052bb:	83 f8 40             	cmp    $0x40,%eax
c01052be:	0f 84 7c 01 00 00    	je     c0105440 <trap+0x1f0>
	if (trapno >= T_IRQ0 && trapno < T_IRQ0 + NIRQ)
c01052c4:	8d 50 e0             	lea    -0x20(%eax),%edx
		return "Hardware interrupt";
c01052c7:	b9 0f 8d 10 c0       	mov    $0xc0108d0f,%ecx
c01052cc:	83 fa 0f             	cmp    $0xf,%edx
c01052cf:	ba f4 8c 10 c0       	mov    $0xc0108cf4,%edx
c01052d4:	0f 46 d1             	cmovbe %ecx,%edx
	printf("pid %d (%s): %s (trap %d, err %x) at eip %08x",
c01052d7:	89 7c 24 18          	mov    %edi,0x18(%esp)
c01052db:	8b 4d e4             	mov    -0x1c(%ebp),%ecx
c01052de:	89 44 24 10          	mov    %eax,0x10(%esp)
	       p->pid, p->name, trap_name(tf->trapno), tf->trapno, tf->err, tf->eip);
c01052e2:	8d 46 08             	lea    0x8(%esi),%eax
	printf("pid %d (%s): %s (trap %d, err %x) at eip %08x",
c01052e5:	89 54 24 0c          	mov    %edx,0xc(%esp)
	       p->pid, p->name, trap_name(tf->trapno), tf->trapno, tf->err, tf->eip);
c01052e9:	89 44 24 08          	mov    %eax,0x8(%esp)
	printf("pid %d (%s): %s (trap %d, err %x) at eip %08x",
c01052ed:	89 4c 24 14          	mov    %ecx,0x14(%esp)
c01052f1:	8b 46 04             	mov    0x4(%esi),%eax
c01052f4:	c7 04 24 58 8f 10 c0 	movl   $0xc0108f58,(%esp)
c01052fb:	89 44 24 04          	mov    %eax,0x4(%esp)
c01052ff:	e8 ac e6 ff ff       	call   c01039b0 <printf>
	if (tf->trapno == T_PGFLT)
c0105304:	83 7b 30 0e          	cmpl   $0xe,0x30(%ebx)
c0105308:	0f 84 1a 01 00 00    	je     c0105428 <trap+0x1d8>
	printf(": killed\n");
c010530e:	c7 04 24 96 8d 10 c0 	movl   $0xc0108d96,(%esp)
c0105315:	e8 96 e6 ff ff       	call   c01039b0 <printf>
	p->killed = 1;
c010531a:	c7 46 3c 01 00 00 00 	movl   $0x1,0x3c(%esi)
	int was_timer = 0;
c0105321:	31 db                	xor    %ebx,%ebx
		print_trapframe(tf);
		panic("%s (trap %d) in the kernel at eip %08x",
		      trap_name(tf->trapno), tf->trapno, tf->eip);
	}

	if (!from_user || myproc() == NULL)
c0105323:	e8 88 e7 ff ff       	call   c0103ab0 <myproc>
c0105328:	85 c0                	test   %eax,%eax
c010532a:	74 18                	je     c0105344 <trap+0xf4>
		return;
	if (myproc()->killed)
c010532c:	e8 7f e7 ff ff       	call   c0103ab0 <myproc>
c0105331:	8b 40 3c             	mov    0x3c(%eax),%eax
c0105334:	85 c0                	test   %eax,%eax
c0105336:	0f 85 4f 01 00 00    	jne    c010548b <trap+0x23b>
		exit(-1);
	// Preemption: a timer tick takes the CPU away from user code.
	if (was_timer)
c010533c:	85 db                	test   %ebx,%ebx
c010533e:	0f 85 ac 00 00 00    	jne    c01053f0 <trap+0x1a0>
		yield();
}
c0105344:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c0105347:	8b 75 f8             	mov    -0x8(%ebp),%esi
c010534a:	8b 7d fc             	mov    -0x4(%ebp),%edi
c010534d:	89 ec                	mov    %ebp,%esp
c010534f:	5d                   	pop    %ebp
c0105350:	c3                   	ret
c0105351:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
	if (pic_spurious(irq))
c0105358:	89 3c 24             	mov    %edi,(%esp)
c010535b:	e8 e0 e5 ff ff       	call   c0103940 <pic_spurious>
c0105360:	85 c0                	test   %eax,%eax
c0105362:	75 3c                	jne    c01053a0 <trap+0x150>
	if (irq == IRQ_TIMER)
c0105364:	85 ff                	test   %edi,%edi
c0105366:	0f 84 9c 00 00 00    	je     c0105408 <trap+0x1b8>
	else if (irq == IRQ_COM1)
c010536c:	83 ff 04             	cmp    $0x4,%edi
c010536f:	90                   	nop
c0105370:	0f 84 da 00 00 00    	je     c0105450 <trap+0x200>
	else if (irq_handlers[irq])
c0105376:	8b 04 bd 00 a6 20 c0 	mov    -0x3fdf5a00(,%edi,4),%eax
c010537d:	85 c0                	test   %eax,%eax
c010537f:	74 02                	je     c0105383 <trap+0x133>
		irq_handlers[irq]();
c0105381:	ff d0                	call   *%eax
	pic_eoi(irq);
c0105383:	89 3c 24             	mov    %edi,(%esp)
	return irq == IRQ_TIMER;
c0105386:	31 db                	xor    %ebx,%ebx
	pic_eoi(irq);
c0105388:	e8 93 e5 ff ff       	call   c0103920 <pic_eoi>
	return irq == IRQ_TIMER;
c010538d:	85 ff                	test   %edi,%edi
c010538f:	0f 94 c3             	sete   %bl
c0105392:	eb 0e                	jmp    c01053a2 <trap+0x152>
c0105394:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
		syscall(tf);
c0105398:	89 1c 24             	mov    %ebx,(%esp)
c010539b:	e8 f0 f3 ff ff       	call   c0104790 <syscall>
		return 0;
c01053a0:	31 db                	xor    %ebx,%ebx
	if (!from_user || myproc() == NULL)
c01053a2:	83 fe 03             	cmp    $0x3,%esi
c01053a5:	0f 84 78 ff ff ff    	je     c0105323 <trap+0xd3>
}
c01053ab:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c01053ae:	8b 75 f8             	mov    -0x8(%ebp),%esi
c01053b1:	8b 7d fc             	mov    -0x4(%ebp),%edi
c01053b4:	89 ec                	mov    %ebp,%esp
c01053b6:	5d                   	pop    %ebp
c01053b7:	c3                   	ret
c01053b8:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01053bf:	90                   	nop
c01053c0:	0f 20 d0             	mov    %cr2,%eax
	if (tf->trapno == T_PGFLT && fault_lazy_alloc(p, rcr2()) == 0)
c01053c3:	89 44 24 04          	mov    %eax,0x4(%esp)
c01053c7:	89 34 24             	mov    %esi,(%esp)
c01053ca:	e8 41 b7 ff ff       	call   c0100b10 <fault_lazy_alloc>
c01053cf:	85 c0                	test   %eax,%eax
c01053d1:	0f 85 c3 fe ff ff    	jne    c010529a <trap+0x4a>
c01053d7:	e9 45 ff ff ff       	jmp    c0105321 <trap+0xd1>
c01053dc:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
		return exception_names[trapno];
c01053e0:	8b 14 85 c0 8f 10 c0 	mov    -0x3fef7040(,%eax,4),%edx
c01053e7:	e9 eb fe ff ff       	jmp    c01052d7 <trap+0x87>
c01053ec:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
}
c01053f0:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c01053f3:	8b 75 f8             	mov    -0x8(%ebp),%esi
c01053f6:	8b 7d fc             	mov    -0x4(%ebp),%edi
c01053f9:	89 ec                	mov    %ebp,%esp
c01053fb:	5d                   	pop    %ebp
		yield();
c01053fc:	e9 3f f0 ff ff       	jmp    c0104440 <yield>
c0105401:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
	ticks++;
c0105408:	a1 e0 a5 20 c0       	mov    0xc020a5e0,%eax
c010540d:	40                   	inc    %eax
c010540e:	a3 e0 a5 20 c0       	mov    %eax,0xc020a5e0
	wakeup((void *)&ticks);
c0105413:	c7 04 24 e0 a5 20 c0 	movl   $0xc020a5e0,(%esp)
c010541a:	e8 71 f0 ff ff       	call   c0104490 <wakeup>
}
c010541f:	e9 5f ff ff ff       	jmp    c0105383 <trap+0x133>
c0105424:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0105428:	0f 20 d0             	mov    %cr2,%eax
		printf(" addr %08x", rcr2());
c010542b:	89 44 24 04          	mov    %eax,0x4(%esp)
c010542f:	c7 04 24 8b 8d 10 c0 	movl   $0xc0108d8b,(%esp)
c0105436:	e8 75 e5 ff ff       	call   c01039b0 <printf>
c010543b:	e9 ce fe ff ff       	jmp    c010530e <trap+0xbe>
		return "System call";
c0105440:	ba 03 8d 10 c0       	mov    $0xc0108d03,%edx
c0105445:	e9 8d fe ff ff       	jmp    c01052d7 <trap+0x87>
c010544a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
		uart_intr();
c0105450:	e8 5b 03 00 00       	call   c01057b0 <uart_intr>
c0105455:	e9 29 ff ff ff       	jmp    c0105383 <trap+0x133>
		print_trapframe(tf);
c010545a:	89 1c 24             	mov    %ebx,(%esp)
c010545d:	8d 76 00             	lea    0x0(%esi),%esi
c0105460:	e8 7b fc ff ff       	call   c01050e0 <print_trapframe>
		panic("%s (trap %d) in the kernel at eip %08x",
c0105465:	8b 4b 30             	mov    0x30(%ebx),%ecx
c0105468:	8b 73 38             	mov    0x38(%ebx),%esi
c010546b:	89 0c 24             	mov    %ecx,(%esp)
c010546e:	e8 2d fc ff ff       	call   c01050a0 <trap_name>
c0105473:	89 74 24 0c          	mov    %esi,0xc(%esp)
c0105477:	89 4c 24 08          	mov    %ecx,0x8(%esp)
c010547b:	c7 04 24 88 8f 10 c0 	movl   $0xc0108f88,(%esp)
c0105482:	89 44 24 04          	mov    %eax,0x4(%esp)
c0105486:	e8 75 e5 ff ff       	call   c0103a00 <panic>
		exit(-1);
c010548b:	c7 04 24 ff ff ff ff 	movl   $0xffffffff,(%esp)
c0105492:	e8 b9 e9 ff ff       	call   c0103e50 <exit>
c0105497:	66 90                	xchg   %ax,%ax
c0105499:	66 90                	xchg   %ax,%ax
c010549b:	66 90                	xchg   %ax,%ax
c010549d:	66 90                	xchg   %ax,%ax
c010549f:	90                   	nop

c01054a0 <user_range_ok>:

// May process p access [va, va+len) (for writing if `write`)?  Pages of
// the heap and stack that are not allocated yet are allocated now, just as
// if the process had touched them itself.
int user_range_ok(struct proc *p, uint32_t va, uint32_t len, int write)
{
c01054a0:	55                   	push   %ebp
c01054a1:	89 e5                	mov    %esp,%ebp
c01054a3:	57                   	push   %edi
c01054a4:	56                   	push   %esi
c01054a5:	53                   	push   %ebx
c01054a6:	83 ec 3c             	sub    $0x3c,%esp
c01054a9:	8b 55 0c             	mov    0xc(%ebp),%edx
c01054ac:	8b 75 08             	mov    0x8(%ebp),%esi
c01054af:	89 d3                	mov    %edx,%ebx
c01054b1:	03 5d 10             	add    0x10(%ebp),%ebx
c01054b4:	89 5d d4             	mov    %ebx,-0x2c(%ebp)
c01054b7:	0f 82 bd 00 00 00    	jb     c010557a <user_range_ok+0xda>
c01054bd:	31 c0                	xor    %eax,%eax
	// STAGE 3: USERTOP or start below USERBASE.  Then check each page
	// STAGE 3: in the range: if it is not mapped, try fault_lazy_alloc();
	// STAGE 3: it must end up present, PTE_U, and PTE_W when `write`.
	// STAGE 3: A zero-length range is fine anywhere in user space.
	// BEGIN STAGE 3 SOLUTION
	if (va + len < va || va < USERBASE || va + len > USERTOP)
c01054bf:	8b 4d d4             	mov    -0x2c(%ebp),%ecx
c01054c2:	81 f9 00 00 00 c0    	cmp    $0xc0000000,%ecx
c01054c8:	0f 97 c3             	seta   %bl
c01054cb:	85 c0                	test   %eax,%eax
c01054cd:	0f 95 c0             	setne  %al
c01054d0:	08 d8                	or     %bl,%al
c01054d2:	75 08                	jne    c01054dc <user_range_ok+0x3c>
c01054d4:	81 fa ff 0f 00 00    	cmp    $0xfff,%edx
c01054da:	77 14                	ja     c01054f0 <user_range_ok+0x50>
		return 0;
c01054dc:	31 c0                	xor    %eax,%eax
	}
	return 1;
	// END STAGE 3 SOLUTION
	// STAGE 3 STUB: (void)p; (void)va; (void)len; (void)write;
	// STAGE 3 STUB: return 1;
}
c01054de:	83 c4 3c             	add    $0x3c,%esp
c01054e1:	5b                   	pop    %ebx
c01054e2:	5e                   	pop    %esi
c01054e3:	5f                   	pop    %edi
c01054e4:	5d                   	pop    %ebp
c01054e5:	c3                   	ret
c01054e6:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01054ed:	8d 76 00             	lea    0x0(%esi),%esi
	uint32_t need = PTE_P | PTE_U | (write ? PTE_W : 0);
c01054f0:	83 7d 14 01          	cmpl   $0x1,0x14(%ebp)
c01054f4:	19 db                	sbb    %ebx,%ebx
static inline uint32_t PGROUNDDOWN(uint32_t a) { return a & ~(PGSIZE - 1); }
c01054f6:	81 e2 00 f0 ff ff    	and    $0xfffff000,%edx
c01054fc:	83 e3 fe             	and    $0xfffffffe,%ebx
c01054ff:	89 d7                	mov    %edx,%edi
c0105501:	83 c3 07             	add    $0x7,%ebx
	for (uint32_t page = PGROUNDDOWN(va); page < va + len; page += PGSIZE) {
c0105504:	39 ca                	cmp    %ecx,%edx
c0105506:	72 1d                	jb     c0105525 <user_range_ok+0x85>
c0105508:	eb 66                	jmp    c0105570 <user_range_ok+0xd0>
c010550a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
		if (pte == NULL || (*pte & need) != need)
c0105510:	8b 08                	mov    (%eax),%ecx
c0105512:	21 d9                	and    %ebx,%ecx
c0105514:	39 d9                	cmp    %ebx,%ecx
c0105516:	75 c4                	jne    c01054dc <user_range_ok+0x3c>
	for (uint32_t page = PGROUNDDOWN(va); page < va + len; page += PGSIZE) {
c0105518:	8b 45 d4             	mov    -0x2c(%ebp),%eax
c010551b:	81 c7 00 10 00 00    	add    $0x1000,%edi
c0105521:	39 c7                	cmp    %eax,%edi
c0105523:	73 4b                	jae    c0105570 <user_range_ok+0xd0>
		if (vm_lookup(p->pgdir, page, &pte) == 0 &&
c0105525:	89 7c 24 04          	mov    %edi,0x4(%esp)
c0105529:	8d 45 e4             	lea    -0x1c(%ebp),%eax
c010552c:	89 44 24 08          	mov    %eax,0x8(%esp)
c0105530:	8b 46 1c             	mov    0x1c(%esi),%eax
c0105533:	89 04 24             	mov    %eax,(%esp)
c0105536:	e8 05 06 00 00       	call   c0105b40 <vm_lookup>
c010553b:	85 c0                	test   %eax,%eax
c010553d:	75 10                	jne    c010554f <user_range_ok+0xaf>
		    fault_lazy_alloc(p, page) < 0)
c010553f:	89 7c 24 04          	mov    %edi,0x4(%esp)
c0105543:	89 34 24             	mov    %esi,(%esp)
c0105546:	e8 c5 b5 ff ff       	call   c0100b10 <fault_lazy_alloc>
		if (vm_lookup(p->pgdir, page, &pte) == 0 &&
c010554b:	85 c0                	test   %eax,%eax
c010554d:	78 8d                	js     c01054dc <user_range_ok+0x3c>
		pte = pgdir_walk(p->pgdir, page, 0);
c010554f:	89 7c 24 04          	mov    %edi,0x4(%esp)
c0105553:	31 c0                	xor    %eax,%eax
c0105555:	89 44 24 08          	mov    %eax,0x8(%esp)
c0105559:	8b 46 1c             	mov    0x1c(%esi),%eax
c010555c:	89 04 24             	mov    %eax,(%esp)
c010555f:	e8 4c 04 00 00       	call   c01059b0 <pgdir_walk>
c0105564:	89 45 e4             	mov    %eax,-0x1c(%ebp)
		if (pte == NULL || (*pte & need) != need)
c0105567:	85 c0                	test   %eax,%eax
c0105569:	75 a5                	jne    c0105510 <user_range_ok+0x70>
c010556b:	e9 6c ff ff ff       	jmp    c01054dc <user_range_ok+0x3c>
	return 1;
c0105570:	b8 01 00 00 00       	mov    $0x1,%eax
c0105575:	e9 64 ff ff ff       	jmp    c01054de <user_range_ok+0x3e>
c010557a:	b8 01 00 00 00       	mov    $0x1,%eax
c010557f:	e9 3b ff ff ff       	jmp    c01054bf <user_range_ok+0x1f>
c0105584:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010558b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c010558f:	90                   	nop

c0105590 <copyin>:

// p must be the current process: its address space is the one loaded, so
// a checked user address can be used directly.
int copyin(struct proc *p, void *dst, uint32_t uva, uint32_t len)
{
c0105590:	55                   	push   %ebp
	if (!user_range_ok(p, uva, len, 0))
c0105591:	31 c0                	xor    %eax,%eax
{
c0105593:	89 e5                	mov    %esp,%ebp
c0105595:	83 ec 18             	sub    $0x18,%esp
c0105598:	89 5d f8             	mov    %ebx,-0x8(%ebp)
c010559b:	8b 5d 10             	mov    0x10(%ebp),%ebx
c010559e:	89 75 fc             	mov    %esi,-0x4(%ebp)
c01055a1:	8b 75 14             	mov    0x14(%ebp),%esi
	if (!user_range_ok(p, uva, len, 0))
c01055a4:	89 44 24 0c          	mov    %eax,0xc(%esp)
c01055a8:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c01055ac:	89 74 24 08          	mov    %esi,0x8(%esp)
c01055b0:	8b 45 08             	mov    0x8(%ebp),%eax
c01055b3:	89 04 24             	mov    %eax,(%esp)
c01055b6:	e8 e5 fe ff ff       	call   c01054a0 <user_range_ok>
c01055bb:	85 c0                	test   %eax,%eax
c01055bd:	74 21                	je     c01055e0 <copyin+0x50>
		return -EFAULT;
	memmove(dst, (const void *)uva, len);
c01055bf:	89 74 24 08          	mov    %esi,0x8(%esp)
c01055c3:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c01055c7:	8b 45 0c             	mov    0xc(%ebp),%eax
c01055ca:	89 04 24             	mov    %eax,(%esp)
c01055cd:	e8 8e 14 00 00       	call   c0106a60 <memmove>
	return 0;
c01055d2:	31 c0                	xor    %eax,%eax
}
c01055d4:	8b 5d f8             	mov    -0x8(%ebp),%ebx
c01055d7:	8b 75 fc             	mov    -0x4(%ebp),%esi
c01055da:	89 ec                	mov    %ebp,%esp
c01055dc:	5d                   	pop    %ebp
c01055dd:	c3                   	ret
c01055de:	66 90                	xchg   %ax,%ax
		return -EFAULT;
c01055e0:	b8 f2 ff ff ff       	mov    $0xfffffff2,%eax
c01055e5:	eb ed                	jmp    c01055d4 <copyin+0x44>
c01055e7:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01055ee:	66 90                	xchg   %ax,%ax

c01055f0 <copyout>:

int copyout(struct proc *p, uint32_t uva, const void *src, uint32_t len)
{
c01055f0:	55                   	push   %ebp
	if (!user_range_ok(p, uva, len, 1))
c01055f1:	b8 01 00 00 00       	mov    $0x1,%eax
{
c01055f6:	89 e5                	mov    %esp,%ebp
c01055f8:	83 ec 18             	sub    $0x18,%esp
c01055fb:	89 5d f8             	mov    %ebx,-0x8(%ebp)
c01055fe:	8b 5d 0c             	mov    0xc(%ebp),%ebx
c0105601:	89 75 fc             	mov    %esi,-0x4(%ebp)
c0105604:	8b 75 14             	mov    0x14(%ebp),%esi
	if (!user_range_ok(p, uva, len, 1))
c0105607:	89 44 24 0c          	mov    %eax,0xc(%esp)
c010560b:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c010560f:	89 74 24 08          	mov    %esi,0x8(%esp)
c0105613:	8b 45 08             	mov    0x8(%ebp),%eax
c0105616:	89 04 24             	mov    %eax,(%esp)
c0105619:	e8 82 fe ff ff       	call   c01054a0 <user_range_ok>
c010561e:	85 c0                	test   %eax,%eax
c0105620:	74 26                	je     c0105648 <copyout+0x58>
		return -EFAULT;
	memmove((void *)uva, src, len);
c0105622:	89 74 24 08          	mov    %esi,0x8(%esp)
c0105626:	8b 45 10             	mov    0x10(%ebp),%eax
c0105629:	89 1c 24             	mov    %ebx,(%esp)
c010562c:	89 44 24 04          	mov    %eax,0x4(%esp)
c0105630:	e8 2b 14 00 00       	call   c0106a60 <memmove>
	return 0;
c0105635:	31 c0                	xor    %eax,%eax
}
c0105637:	8b 5d f8             	mov    -0x8(%ebp),%ebx
c010563a:	8b 75 fc             	mov    -0x4(%ebp),%esi
c010563d:	89 ec                	mov    %ebp,%esp
c010563f:	5d                   	pop    %ebp
c0105640:	c3                   	ret
c0105641:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
		return -EFAULT;
c0105648:	b8 f2 ff ff ff       	mov    $0xfffffff2,%eax
c010564d:	eb e8                	jmp    c0105637 <copyout+0x47>
c010564f:	90                   	nop

c0105650 <copyinstr>:

// Copy a NUL-terminated string of at most max bytes (with the NUL).
// Returns its length, -EFAULT for a bad address, -ENAMETOOLONG if no NUL
// comes within max bytes.
int copyinstr(struct proc *p, char *dst, uint32_t uva, uint32_t max)
{
c0105650:	55                   	push   %ebp
c0105651:	89 e5                	mov    %esp,%ebp
c0105653:	57                   	push   %edi
c0105654:	31 ff                	xor    %edi,%edi
c0105656:	56                   	push   %esi
c0105657:	53                   	push   %ebx
c0105658:	83 ec 1c             	sub    $0x1c,%esp
	for (uint32_t i = 0; i < max; i++) {
c010565b:	8b 4d 14             	mov    0x14(%ebp),%ecx
{
c010565e:	8b 75 0c             	mov    0xc(%ebp),%esi
c0105661:	8b 5d 10             	mov    0x10(%ebp),%ebx
	for (uint32_t i = 0; i < max; i++) {
c0105664:	85 c9                	test   %ecx,%ecx
c0105666:	74 48                	je     c01056b0 <copyinstr+0x60>
c0105668:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010566f:	90                   	nop
		if ((i == 0 || PGOFF(uva + i) == 0) &&
		    !user_range_ok(p, uva + i, 1, 0))
c0105670:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0105674:	31 c0                	xor    %eax,%eax
c0105676:	ba 01 00 00 00       	mov    $0x1,%edx
c010567b:	89 44 24 0c          	mov    %eax,0xc(%esp)
c010567f:	89 54 24 08          	mov    %edx,0x8(%esp)
c0105683:	8b 45 08             	mov    0x8(%ebp),%eax
c0105686:	89 04 24             	mov    %eax,(%esp)
c0105689:	e8 12 fe ff ff       	call   c01054a0 <user_range_ok>
		if ((i == 0 || PGOFF(uva + i) == 0) &&
c010568e:	85 c0                	test   %eax,%eax
c0105690:	74 3e                	je     c01056d0 <copyinstr+0x80>
			return -EFAULT;
		dst[i] = *(const char *)(uva + i);
c0105692:	0f b6 03             	movzbl (%ebx),%eax
c0105695:	88 04 3e             	mov    %al,(%esi,%edi,1)
		if (dst[i] == '\0')
c0105698:	84 c0                	test   %al,%al
c010569a:	74 24                	je     c01056c0 <copyinstr+0x70>
	for (uint32_t i = 0; i < max; i++) {
c010569c:	47                   	inc    %edi
c010569d:	43                   	inc    %ebx
c010569e:	39 7d 14             	cmp    %edi,0x14(%ebp)
c01056a1:	74 0d                	je     c01056b0 <copyinstr+0x60>
		if ((i == 0 || PGOFF(uva + i) == 0) &&
c01056a3:	f7 c3 ff 0f 00 00    	test   $0xfff,%ebx
c01056a9:	74 c5                	je     c0105670 <copyinstr+0x20>
c01056ab:	eb e5                	jmp    c0105692 <copyinstr+0x42>
c01056ad:	8d 76 00             	lea    0x0(%esi),%esi
			return (int)i;
	}
	return -ENAMETOOLONG;
}
c01056b0:	83 c4 1c             	add    $0x1c,%esp
	return -ENAMETOOLONG;
c01056b3:	b8 dc ff ff ff       	mov    $0xffffffdc,%eax
}
c01056b8:	5b                   	pop    %ebx
c01056b9:	5e                   	pop    %esi
c01056ba:	5f                   	pop    %edi
c01056bb:	5d                   	pop    %ebp
c01056bc:	c3                   	ret
c01056bd:	8d 76 00             	lea    0x0(%esi),%esi
c01056c0:	83 c4 1c             	add    $0x1c,%esp
			return (int)i;
c01056c3:	89 f8                	mov    %edi,%eax
}
c01056c5:	5b                   	pop    %ebx
c01056c6:	5e                   	pop    %esi
c01056c7:	5f                   	pop    %edi
c01056c8:	5d                   	pop    %ebp
c01056c9:	c3                   	ret
c01056ca:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
c01056d0:	83 c4 1c             	add    $0x1c,%esp
			return -EFAULT;
c01056d3:	b8 f2 ff ff ff       	mov    $0xfffffff2,%eax
}
c01056d8:	5b                   	pop    %ebx
c01056d9:	5e                   	pop    %esi
c01056da:	5f                   	pop    %edi
c01056db:	5d                   	pop    %ebp
c01056dc:	c3                   	ret
c01056dd:	66 90                	xchg   %ax,%ax
c01056df:	90                   	nop

c01056e0 <uart_init>:
#include "defs.h"

static int uart_present;

void uart_init(void)
{
c01056e0:	55                   	push   %ebp
	asm volatile("outb %0, %1" : : "a"(v), "d"(port));
c01056e1:	b0 80                	mov    $0x80,%al
c01056e3:	89 e5                	mov    %esp,%ebp
c01056e5:	56                   	push   %esi
c01056e6:	53                   	push   %ebx
c01056e7:	bb fb 03 00 00       	mov    $0x3fb,%ebx
c01056ec:	89 da                	mov    %ebx,%edx
c01056ee:	ee                   	out    %al,(%dx)
c01056ef:	ba f8 03 00 00       	mov    $0x3f8,%edx
c01056f4:	b0 01                	mov    $0x1,%al
c01056f6:	ee                   	out    %al,(%dx)
c01056f7:	31 c9                	xor    %ecx,%ecx
c01056f9:	be f9 03 00 00       	mov    $0x3f9,%esi
c01056fe:	88 c8                	mov    %cl,%al
c0105700:	89 f2                	mov    %esi,%edx
c0105702:	ee                   	out    %al,(%dx)
c0105703:	b0 03                	mov    $0x3,%al
c0105705:	89 da                	mov    %ebx,%edx
c0105707:	ee                   	out    %al,(%dx)
c0105708:	bb fa 03 00 00       	mov    $0x3fa,%ebx
c010570d:	88 c8                	mov    %cl,%al
c010570f:	89 da                	mov    %ebx,%edx
c0105711:	ee                   	out    %al,(%dx)
c0105712:	b0 0b                	mov    $0xb,%al
c0105714:	ba fc 03 00 00       	mov    $0x3fc,%edx
c0105719:	ee                   	out    %al,(%dx)
c010571a:	b0 01                	mov    $0x1,%al
c010571c:	89 f2                	mov    %esi,%edx
c010571e:	ee                   	out    %al,(%dx)
	asm volatile("inb %1, %0" : "=a"(v) : "d"(port));
c010571f:	ba fd 03 00 00       	mov    $0x3fd,%edx
c0105724:	ec                   	in     (%dx),%al
	// OUT2 connects the UART's interrupt line to the PIC on a PC.
	outb(COM1 + UART_MCR, UART_MCR_DTR | UART_MCR_RTS | UART_MCR_OUT2);
	outb(COM1 + UART_IER, UART_IER_RDI);

	// A missing UART reads back as 0xFF.
	uart_present = inb(COM1 + UART_LSR) != 0xFF;
c0105725:	fe c0                	inc    %al
c0105727:	89 da                	mov    %ebx,%edx
c0105729:	0f 95 c0             	setne  %al
c010572c:	0f b6 c0             	movzbl %al,%eax
c010572f:	a3 40 ae 20 c0       	mov    %eax,0xc020ae40
c0105734:	ec                   	in     (%dx),%al
	// Acknowledge any pending interrupt.  A byte already received stays
	// in the receive register for the first read.
	(void)inb(COM1 + UART_IIR);
}
c0105735:	5b                   	pop    %ebx
c0105736:	5e                   	pop    %esi
c0105737:	5d                   	pop    %ebp
c0105738:	c3                   	ret
c0105739:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi

c0105740 <uart_putc>:

void uart_putc(int c)
{
	if (!uart_present)
c0105740:	a1 40 ae 20 c0       	mov    0xc020ae40,%eax
c0105745:	85 c0                	test   %eax,%eax
c0105747:	74 2f                	je     c0105778 <uart_putc+0x38>
{
c0105749:	55                   	push   %ebp
c010574a:	ba fd 03 00 00       	mov    $0x3fd,%edx
c010574f:	89 e5                	mov    %esp,%ebp
c0105751:	ec                   	in     (%dx),%al
		return;
	// Bounded wait: a wedged UART must not hang the kernel.
	for (int i = 0; i < 100000; i++)
		if (inb(COM1 + UART_LSR) & UART_LSR_THRE)
c0105752:	24 20                	and    $0x20,%al
c0105754:	75 12                	jne    c0105768 <uart_putc+0x28>
c0105756:	b9 a0 86 01 00       	mov    $0x186a0,%ecx
c010575b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c010575f:	90                   	nop
	for (int i = 0; i < 100000; i++)
c0105760:	49                   	dec    %ecx
c0105761:	74 05                	je     c0105768 <uart_putc+0x28>
c0105763:	ec                   	in     (%dx),%al
		if (inb(COM1 + UART_LSR) & UART_LSR_THRE)
c0105764:	24 20                	and    $0x20,%al
c0105766:	74 f8                	je     c0105760 <uart_putc+0x20>
	asm volatile("outb %0, %1" : : "a"(v), "d"(port));
c0105768:	8b 45 08             	mov    0x8(%ebp),%eax
c010576b:	ba f8 03 00 00       	mov    $0x3f8,%edx
c0105770:	ee                   	out    %al,(%dx)
			break;
	outb(COM1 + UART_THR, (uint8_t)c);
}
c0105771:	5d                   	pop    %ebp
c0105772:	c3                   	ret
c0105773:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0105777:	90                   	nop
c0105778:	c3                   	ret
c0105779:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi

c0105780 <uart_getc>:

int uart_getc(void)
{
	if (!uart_present)
c0105780:	a1 40 ae 20 c0       	mov    0xc020ae40,%eax
c0105785:	85 c0                	test   %eax,%eax
c0105787:	74 17                	je     c01057a0 <uart_getc+0x20>
	asm volatile("inb %1, %0" : "=a"(v) : "d"(port));
c0105789:	ba fd 03 00 00       	mov    $0x3fd,%edx
c010578e:	ec                   	in     (%dx),%al
		return -1;
	if (!(inb(COM1 + UART_LSR) & UART_LSR_DR))
c010578f:	24 01                	and    $0x1,%al
c0105791:	74 0d                	je     c01057a0 <uart_getc+0x20>
c0105793:	ba f8 03 00 00       	mov    $0x3f8,%edx
c0105798:	ec                   	in     (%dx),%al
		return -1;
	return inb(COM1 + UART_RBR);
c0105799:	0f b6 c0             	movzbl %al,%eax
c010579c:	c3                   	ret
c010579d:	8d 76 00             	lea    0x0(%esi),%esi
		return -1;
c01057a0:	b8 ff ff ff ff       	mov    $0xffffffff,%eax
}
c01057a5:	c3                   	ret
c01057a6:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01057ad:	8d 76 00             	lea    0x0(%esi),%esi

c01057b0 <uart_intr>:
	if (!uart_present)
c01057b0:	8b 15 40 ae 20 c0    	mov    0xc020ae40,%edx
c01057b6:	85 d2                	test   %edx,%edx
c01057b8:	74 4b                	je     c0105805 <uart_intr+0x55>
c01057ba:	ba fd 03 00 00       	mov    $0x3fd,%edx
c01057bf:	ec                   	in     (%dx),%al
	if (!(inb(COM1 + UART_LSR) & UART_LSR_DR))
c01057c0:	24 01                	and    $0x1,%al
c01057c2:	74 41                	je     c0105805 <uart_intr+0x55>

// IRQ 4: drain every received byte into the console.
void uart_intr(void)
{
c01057c4:	55                   	push   %ebp
c01057c5:	89 e5                	mov    %esp,%ebp
c01057c7:	56                   	push   %esi
c01057c8:	be fd 03 00 00       	mov    $0x3fd,%esi
c01057cd:	53                   	push   %ebx
c01057ce:	bb f8 03 00 00       	mov    $0x3f8,%ebx
c01057d3:	83 ec 10             	sub    $0x10,%esp
c01057d6:	eb 0f                	jmp    c01057e7 <uart_intr+0x37>
c01057d8:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01057df:	90                   	nop
c01057e0:	89 f2                	mov    %esi,%edx
c01057e2:	ec                   	in     (%dx),%al
	if (!(inb(COM1 + UART_LSR) & UART_LSR_DR))
c01057e3:	24 01                	and    $0x1,%al
c01057e5:	74 17                	je     c01057fe <uart_intr+0x4e>
c01057e7:	89 da                	mov    %ebx,%edx
c01057e9:	ec                   	in     (%dx),%al
	return inb(COM1 + UART_RBR);
c01057ea:	0f b6 c0             	movzbl %al,%eax
c01057ed:	89 04 24             	mov    %eax,(%esp)
	int c;
	while ((c = uart_getc()) >= 0)
		console_intr(c);
c01057f0:	e8 cb aa ff ff       	call   c01002c0 <console_intr>
	if (!uart_present)
c01057f5:	a1 40 ae 20 c0       	mov    0xc020ae40,%eax
c01057fa:	85 c0                	test   %eax,%eax
c01057fc:	75 e2                	jne    c01057e0 <uart_intr+0x30>
}
c01057fe:	83 c4 10             	add    $0x10,%esp
c0105801:	5b                   	pop    %ebx
c0105802:	5e                   	pop    %esi
c0105803:	5d                   	pop    %ebp
c0105804:	c3                   	ret
c0105805:	c3                   	ret
c0105806:	66 90                	xchg   %ax,%ax
c0105808:	66 90                	xchg   %ax,%ax
c010580a:	66 90                	xchg   %ax,%ax
c010580c:	66 90                	xchg   %ax,%ax
c010580e:	66 90                	xchg   %ax,%ax

c0105810 <vga_init>:
	outb(CRTC_INDEX, 15);
	outb(CRTC_DATA, pos & 0xFF);
}

void vga_init(void)
{
c0105810:	55                   	push   %ebp
	screen = P2V(VGA_PHYS);
c0105811:	ba 00 80 0b c0       	mov    $0xc00b8000,%edx
{
c0105816:	89 e5                	mov    %esp,%ebp
	screen = P2V(VGA_PHYS);
c0105818:	b8 00 80 0b c0       	mov    $0xc00b8000,%eax
{
c010581d:	56                   	push   %esi
c010581e:	53                   	push   %ebx
	screen = P2V(VGA_PHYS);
c010581f:	89 15 48 ae 20 c0    	mov    %edx,0xc020ae48
	for (int i = 0; i < VGA_COLS * VGA_ROWS; i++)
c0105825:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010582c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
		screen[i] = VGA_ATTR | ' ';
c0105830:	66 c7 00 20 07       	movw   $0x720,(%eax)
	for (int i = 0; i < VGA_COLS * VGA_ROWS; i++)
c0105835:	83 c0 02             	add    $0x2,%eax
c0105838:	3d a0 8f 0b c0       	cmp    $0xc00b8fa0,%eax
c010583d:	75 f1                	jne    c0105830 <vga_init+0x20>
	pos = 0;
c010583f:	31 c0                	xor    %eax,%eax
	asm volatile("outb %0, %1" : : "a"(v), "d"(port));
c0105841:	be d4 03 00 00       	mov    $0x3d4,%esi
c0105846:	a3 44 ae 20 c0       	mov    %eax,0xc020ae44
c010584b:	89 f2                	mov    %esi,%edx
c010584d:	b0 0e                	mov    $0xe,%al
c010584f:	ee                   	out    %al,(%dx)
c0105850:	31 c9                	xor    %ecx,%ecx
c0105852:	bb d5 03 00 00       	mov    $0x3d5,%ebx
c0105857:	88 c8                	mov    %cl,%al
c0105859:	89 da                	mov    %ebx,%edx
c010585b:	ee                   	out    %al,(%dx)
c010585c:	b0 0f                	mov    $0xf,%al
c010585e:	89 f2                	mov    %esi,%edx
c0105860:	ee                   	out    %al,(%dx)
c0105861:	88 c8                	mov    %cl,%al
c0105863:	89 da                	mov    %ebx,%edx
c0105865:	ee                   	out    %al,(%dx)
	move_cursor();
}
c0105866:	5b                   	pop    %ebx
c0105867:	5e                   	pop    %esi
c0105868:	5d                   	pop    %ebp
c0105869:	c3                   	ret
c010586a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi

c0105870 <vga_putc>:
		screen[VGA_COLS * (VGA_ROWS - 1) + i] = VGA_ATTR | ' ';
	pos -= VGA_COLS;
}

void vga_putc(int c)
{
c0105870:	55                   	push   %ebp
c0105871:	89 e5                	mov    %esp,%ebp
c0105873:	56                   	push   %esi
c0105874:	53                   	push   %ebx
c0105875:	83 ec 10             	sub    $0x10,%esp
	if (screen == NULL)
c0105878:	8b 1d 48 ae 20 c0    	mov    0xc020ae48,%ebx
{
c010587e:	8b 45 08             	mov    0x8(%ebp),%eax
	if (screen == NULL)
c0105881:	85 db                	test   %ebx,%ebx
c0105883:	74 62                	je     c01058e7 <vga_putc+0x77>
		return;
	if (c == '\n')
c0105885:	83 f8 0a             	cmp    $0xa,%eax
		pos += VGA_COLS - pos % VGA_COLS;
c0105888:	8b 0d 44 ae 20 c0    	mov    0xc020ae44,%ecx
	if (c == '\n')
c010588e:	74 60                	je     c01058f0 <vga_putc+0x80>
	else if (c == '\b' && pos > 0)
c0105890:	83 f8 08             	cmp    $0x8,%eax
c0105893:	0f 84 d6 00 00 00    	je     c010596f <vga_putc+0xff>
		screen[--pos] = VGA_ATTR | ' ';
	else if (c == '\r')
c0105899:	83 f8 0d             	cmp    $0xd,%eax
c010589c:	0f 84 e7 00 00 00    	je     c0105989 <vga_putc+0x119>
		pos -= pos % VGA_COLS;
	else if (c >= ' ')
c01058a2:	83 f8 1f             	cmp    $0x1f,%eax
c01058a5:	7e 17                	jle    c01058be <vga_putc+0x4e>
		screen[pos++] = VGA_ATTR | (c & 0xFF);
c01058a7:	8d 51 01             	lea    0x1(%ecx),%edx
c01058aa:	0f b6 c0             	movzbl %al,%eax
c01058ad:	89 15 44 ae 20 c0    	mov    %edx,0xc020ae44
c01058b3:	0d 00 07 00 00       	or     $0x700,%eax
c01058b8:	66 89 04 4b          	mov    %ax,(%ebx,%ecx,2)
c01058bc:	89 d1                	mov    %edx,%ecx
	if (pos >= VGA_COLS * VGA_ROWS)
c01058be:	81 f9 cf 07 00 00    	cmp    $0x7cf,%ecx
c01058c4:	7f 50                	jg     c0105916 <vga_putc+0xa6>
c01058c6:	be d4 03 00 00       	mov    $0x3d4,%esi
c01058cb:	b0 0e                	mov    $0xe,%al
c01058cd:	89 f2                	mov    %esi,%edx
c01058cf:	ee                   	out    %al,(%dx)
c01058d0:	bb d5 03 00 00       	mov    $0x3d5,%ebx
	outb(CRTC_DATA, pos >> 8);
c01058d5:	89 c8                	mov    %ecx,%eax
c01058d7:	c1 f8 08             	sar    $0x8,%eax
c01058da:	89 da                	mov    %ebx,%edx
c01058dc:	ee                   	out    %al,(%dx)
c01058dd:	b0 0f                	mov    $0xf,%al
c01058df:	89 f2                	mov    %esi,%edx
c01058e1:	ee                   	out    %al,(%dx)
c01058e2:	88 c8                	mov    %cl,%al
c01058e4:	89 da                	mov    %ebx,%edx
c01058e6:	ee                   	out    %al,(%dx)
		scroll();
	move_cursor();
}
c01058e7:	83 c4 10             	add    $0x10,%esp
c01058ea:	5b                   	pop    %ebx
c01058eb:	5e                   	pop    %esi
c01058ec:	5d                   	pop    %ebp
c01058ed:	c3                   	ret
c01058ee:	66 90                	xchg   %ax,%ax
		pos += VGA_COLS - pos % VGA_COLS;
c01058f0:	b8 67 66 66 66       	mov    $0x66666667,%eax
c01058f5:	f7 e9                	imul   %ecx
c01058f7:	c1 f9 1f             	sar    $0x1f,%ecx
c01058fa:	c1 fa 05             	sar    $0x5,%edx
c01058fd:	29 ca                	sub    %ecx,%edx
c01058ff:	8d 04 92             	lea    (%edx,%edx,4),%eax
c0105902:	c1 e0 04             	shl    $0x4,%eax
c0105905:	8d 48 50             	lea    0x50(%eax),%ecx
c0105908:	89 0d 44 ae 20 c0    	mov    %ecx,0xc020ae44
	if (pos >= VGA_COLS * VGA_ROWS)
c010590e:	81 f9 cf 07 00 00    	cmp    $0x7cf,%ecx
c0105914:	7e b0                	jle    c01058c6 <vga_putc+0x56>
	memmove(screen, screen + VGA_COLS,
c0105916:	89 1c 24             	mov    %ebx,(%esp)
c0105919:	b8 00 0f 00 00       	mov    $0xf00,%eax
c010591e:	89 44 24 08          	mov    %eax,0x8(%esp)
c0105922:	8d 83 a0 00 00 00    	lea    0xa0(%ebx),%eax
c0105928:	89 44 24 04          	mov    %eax,0x4(%esp)
c010592c:	e8 2f 11 00 00       	call   c0106a60 <memmove>
		screen[VGA_COLS * (VGA_ROWS - 1) + i] = VGA_ATTR | ' ';
c0105931:	8b 15 48 ae 20 c0    	mov    0xc020ae48,%edx
c0105937:	8d 82 00 0f 00 00    	lea    0xf00(%edx),%eax
c010593d:	81 c2 a0 0f 00 00    	add    $0xfa0,%edx
c0105943:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010594a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
c0105950:	66 c7 00 20 07       	movw   $0x720,(%eax)
	for (int i = 0; i < VGA_COLS; i++)
c0105955:	83 c0 02             	add    $0x2,%eax
c0105958:	39 d0                	cmp    %edx,%eax
c010595a:	75 f4                	jne    c0105950 <vga_putc+0xe0>
	pos -= VGA_COLS;
c010595c:	a1 44 ae 20 c0       	mov    0xc020ae44,%eax
c0105961:	8d 48 b0             	lea    -0x50(%eax),%ecx
c0105964:	89 0d 44 ae 20 c0    	mov    %ecx,0xc020ae44
}
c010596a:	e9 57 ff ff ff       	jmp    c01058c6 <vga_putc+0x56>
	else if (c == '\b' && pos > 0)
c010596f:	85 c9                	test   %ecx,%ecx
c0105971:	0f 8e 4f ff ff ff    	jle    c01058c6 <vga_putc+0x56>
		screen[--pos] = VGA_ATTR | ' ';
c0105977:	49                   	dec    %ecx
c0105978:	89 0d 44 ae 20 c0    	mov    %ecx,0xc020ae44
c010597e:	66 c7 04 4b 20 07    	movw   $0x720,(%ebx,%ecx,2)
c0105984:	e9 35 ff ff ff       	jmp    c01058be <vga_putc+0x4e>
		pos -= pos % VGA_COLS;
c0105989:	b8 67 66 66 66       	mov    $0x66666667,%eax
c010598e:	f7 e9                	imul   %ecx
c0105990:	c1 f9 1f             	sar    $0x1f,%ecx
c0105993:	89 d0                	mov    %edx,%eax
c0105995:	c1 f8 05             	sar    $0x5,%eax
c0105998:	29 c8                	sub    %ecx,%eax
c010599a:	8d 0c 80             	lea    (%eax,%eax,4),%ecx
c010599d:	c1 e1 04             	shl    $0x4,%ecx
c01059a0:	89 0d 44 ae 20 c0    	mov    %ecx,0xc020ae44
c01059a6:	e9 13 ff ff ff       	jmp    c01058be <vga_putc+0x4e>
c01059ab:	66 90                	xchg   %ax,%ax
c01059ad:	66 90                	xchg   %ax,%ax
c01059af:	90                   	nop

c01059b0 <pgdir_walk>:

// Return the page-table entry for va, creating the page table if `create`
// is set and it does not exist.  NULL if there is no table and none could
// (or should) be made.
pte_t *pgdir_walk(pde_t *pgdir, uint32_t va, int create)
{
c01059b0:	55                   	push   %ebp
c01059b1:	89 e5                	mov    %esp,%ebp
c01059b3:	83 ec 08             	sub    $0x8,%esp
c01059b6:	89 5d f8             	mov    %ebx,-0x8(%ebp)
c01059b9:	8b 5d 0c             	mov    0xc(%ebp),%ebx
c01059bc:	89 75 fc             	mov    %esi,-0x4(%ebp)
	// STAGE 2: the page table is at P2V(PTE_ADDR(pde)).  Otherwise, when
	// STAGE 2: create is set, kalloc() a zeroed page for the table and
	// STAGE 2: install it with PTE_P|PTE_W|PTE_U.  Return the address of
	// STAGE 2: entry PTX(va) in the table.
	// BEGIN STAGE 2 SOLUTION
	pde_t *pde = &pgdir[PDX(va)];
c01059bf:	8b 55 08             	mov    0x8(%ebp),%edx
static inline uint32_t PDX(uint32_t va) { return (va >> PDXSHIFT) & 0x3FF; }
c01059c2:	89 d8                	mov    %ebx,%eax
c01059c4:	c1 e8 16             	shr    $0x16,%eax
c01059c7:	8d 04 82             	lea    (%edx,%eax,4),%eax
c01059ca:	89 c6                	mov    %eax,%esi
	pte_t *table;

	if (*pde & PTE_P) {
c01059cc:	8b 00                	mov    (%eax),%eax
c01059ce:	a8 01                	test   $0x1,%al
c01059d0:	74 26                	je     c01059f8 <pgdir_walk+0x48>
static inline physaddr_t PTE_ADDR(uint32_t pte) { return pte & ~0xFFFu; }
c01059d2:	25 00 f0 ff ff       	and    $0xfffff000,%eax
c01059d7:	2d 00 00 00 40       	sub    $0x40000000,%eax
static inline uint32_t PTX(uint32_t va) { return (va >> PTXSHIFT) & 0x3FF; }
c01059dc:	c1 eb 0a             	shr    $0xa,%ebx
	}
	return &table[PTX(va)];
	// END STAGE 2 SOLUTION
	// STAGE 2 STUB: (void)pgdir; (void)va; (void)create;
	// STAGE 2 STUB: return NULL;
}
c01059df:	8b 75 fc             	mov    -0x4(%ebp),%esi
c01059e2:	89 da                	mov    %ebx,%edx
c01059e4:	8b 5d f8             	mov    -0x8(%ebp),%ebx
c01059e7:	89 ec                	mov    %ebp,%esp
c01059e9:	5d                   	pop    %ebp
	return &table[PTX(va)];
c01059ea:	81 e2 fc 0f 00 00    	and    $0xffc,%edx
c01059f0:	01 d0                	add    %edx,%eax
}
c01059f2:	c3                   	ret
c01059f3:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c01059f7:	90                   	nop
		if (!create)
c01059f8:	8b 45 10             	mov    0x10(%ebp),%eax
c01059fb:	85 c0                	test   %eax,%eax
c01059fd:	74 19                	je     c0105a18 <pgdir_walk+0x68>
		table = kalloc();
c01059ff:	e8 6c ba ff ff       	call   c0101470 <kalloc>
		if (table == NULL)
c0105a04:	85 c0                	test   %eax,%eax
c0105a06:	74 10                	je     c0105a18 <pgdir_walk+0x68>
static inline physaddr_t V2P(const void *va) { return (physaddr_t)va - KERNBASE; }
c0105a08:	8d 90 00 00 00 40    	lea    0x40000000(%eax),%edx
		*pde = V2P(table) | PTE_P | PTE_W | PTE_U;
c0105a0e:	83 ca 07             	or     $0x7,%edx
c0105a11:	89 16                	mov    %edx,(%esi)
c0105a13:	eb c7                	jmp    c01059dc <pgdir_walk+0x2c>
c0105a15:	8d 76 00             	lea    0x0(%esi),%esi
}
c0105a18:	8b 5d f8             	mov    -0x8(%ebp),%ebx
			return NULL;
c0105a1b:	31 c0                	xor    %eax,%eax
}
c0105a1d:	8b 75 fc             	mov    -0x4(%ebp),%esi
c0105a20:	89 ec                	mov    %ebp,%esp
c0105a22:	5d                   	pop    %ebp
c0105a23:	c3                   	ret
c0105a24:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0105a2b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0105a2f:	90                   	nop

c0105a30 <vm_unmap>:
	// STAGE 2 STUB: return -ENOMEM;
}

// Remove the mapping at va, if any, dropping its page's reference.
void vm_unmap(pde_t *pgdir, uint32_t va)
{
c0105a30:	55                   	push   %ebp
c0105a31:	89 e5                	mov    %esp,%ebp
c0105a33:	83 ec 28             	sub    $0x28,%esp
c0105a36:	89 5d f4             	mov    %ebx,-0xc(%ebp)
c0105a39:	8b 5d 0c             	mov    0xc(%ebp),%ebx
c0105a3c:	89 75 f8             	mov    %esi,-0x8(%ebp)
c0105a3f:	8b 75 08             	mov    0x8(%ebp),%esi
c0105a42:	89 7d fc             	mov    %edi,-0x4(%ebp)
static inline uint32_t PDX(uint32_t va) { return (va >> PDXSHIFT) & 0x3FF; }
c0105a45:	89 d8                	mov    %ebx,%eax
c0105a47:	c1 e8 16             	shr    $0x16,%eax
	if (*pde & PTE_P) {
c0105a4a:	8b 04 86             	mov    (%esi,%eax,4),%eax
c0105a4d:	a8 01                	test   $0x1,%al
c0105a4f:	74 21                	je     c0105a72 <vm_unmap+0x42>
static inline uint32_t PTX(uint32_t va) { return (va >> PTXSHIFT) & 0x3FF; }
c0105a51:	89 da                	mov    %ebx,%edx
static inline physaddr_t PTE_ADDR(uint32_t pte) { return pte & ~0xFFFu; }
c0105a53:	25 00 f0 ff ff       	and    $0xfffff000,%eax
static inline uint32_t PTX(uint32_t va) { return (va >> PTXSHIFT) & 0x3FF; }
c0105a58:	c1 ea 0a             	shr    $0xa,%edx
	return &table[PTX(va)];
c0105a5b:	81 e2 fc 0f 00 00    	and    $0xffc,%edx
c0105a61:	8d bc 10 00 00 00 c0 	lea    -0x40000000(%eax,%edx,1),%edi
	// STAGE 2: drop the page's reference, clear the entry, and invalidate
	// STAGE 2: the TLB entry: the CPU may still cache the old translation
	// STAGE 2: (SDM Vol. 3A, 4.10.4).
	// BEGIN STAGE 2 SOLUTION
	pte_t *pte = pgdir_walk(pgdir, va, 0);
	if (pte == NULL || !(*pte & PTE_P))
c0105a68:	85 ff                	test   %edi,%edi
c0105a6a:	74 06                	je     c0105a72 <vm_unmap+0x42>
c0105a6c:	8b 07                	mov    (%edi),%eax
c0105a6e:	a8 01                	test   $0x1,%al
c0105a70:	75 0e                	jne    c0105a80 <vm_unmap+0x50>
	page_decref(PTE_ADDR(*pte));
	*pte = 0;
	tlb_invalidate(pgdir, va);
	// END STAGE 2 SOLUTION
	// STAGE 2 STUB: (void)pgdir; (void)va;
}
c0105a72:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c0105a75:	8b 75 f8             	mov    -0x8(%ebp),%esi
c0105a78:	8b 7d fc             	mov    -0x4(%ebp),%edi
c0105a7b:	89 ec                	mov    %ebp,%esp
c0105a7d:	5d                   	pop    %ebp
c0105a7e:	c3                   	ret
c0105a7f:	90                   	nop
static inline physaddr_t PTE_ADDR(uint32_t pte) { return pte & ~0xFFFu; }
c0105a80:	25 00 f0 ff ff       	and    $0xfffff000,%eax
	page_decref(PTE_ADDR(*pte));
c0105a85:	89 04 24             	mov    %eax,(%esp)
c0105a88:	e8 93 ba ff ff       	call   c0101520 <page_decref>
	*pte = 0;
c0105a8d:	c7 07 00 00 00 00    	movl   $0x0,(%edi)
	tlb_invalidate(pgdir, va);
c0105a93:	89 5d 0c             	mov    %ebx,0xc(%ebp)
}
c0105a96:	8b 7d fc             	mov    -0x4(%ebp),%edi
	tlb_invalidate(pgdir, va);
c0105a99:	89 75 08             	mov    %esi,0x8(%ebp)
}
c0105a9c:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c0105a9f:	8b 75 f8             	mov    -0x8(%ebp),%esi
c0105aa2:	89 ec                	mov    %ebp,%esp
c0105aa4:	5d                   	pop    %ebp
	tlb_invalidate(pgdir, va);
c0105aa5:	e9 16 cd ff ff       	jmp    c01027c0 <tlb_invalidate>
c0105aaa:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi

c0105ab0 <vm_map>:
{
c0105ab0:	55                   	push   %ebp
	pte_t *pte = pgdir_walk(pgdir, va, 1);
c0105ab1:	ba 01 00 00 00       	mov    $0x1,%edx
{
c0105ab6:	89 e5                	mov    %esp,%ebp
c0105ab8:	83 ec 28             	sub    $0x28,%esp
c0105abb:	89 7d fc             	mov    %edi,-0x4(%ebp)
c0105abe:	8b 7d 0c             	mov    0xc(%ebp),%edi
c0105ac1:	89 5d f4             	mov    %ebx,-0xc(%ebp)
c0105ac4:	8b 5d 10             	mov    0x10(%ebp),%ebx
c0105ac7:	89 75 f8             	mov    %esi,-0x8(%ebp)
	pte_t *pte = pgdir_walk(pgdir, va, 1);
c0105aca:	89 54 24 08          	mov    %edx,0x8(%esp)
c0105ace:	89 7c 24 04          	mov    %edi,0x4(%esp)
c0105ad2:	8b 45 08             	mov    0x8(%ebp),%eax
c0105ad5:	89 04 24             	mov    %eax,(%esp)
c0105ad8:	e8 d3 fe ff ff       	call   c01059b0 <pgdir_walk>
	if (pte == NULL)
c0105add:	85 c0                	test   %eax,%eax
c0105adf:	74 50                	je     c0105b31 <vm_map+0x81>
	page_incref(pa);
c0105ae1:	89 1c 24             	mov    %ebx,(%esp)
c0105ae4:	89 c6                	mov    %eax,%esi
c0105ae6:	e8 f5 b9 ff ff       	call   c01014e0 <page_incref>
	if (*pte & PTE_P)
c0105aeb:	f6 06 01             	testb  $0x1,(%esi)
c0105aee:	75 30                	jne    c0105b20 <vm_map+0x70>
	*pte = PTE_ADDR(pa) | perm | PTE_P;
c0105af0:	8b 45 14             	mov    0x14(%ebp),%eax
c0105af3:	81 e3 00 f0 ff ff    	and    $0xfffff000,%ebx
c0105af9:	09 c3                	or     %eax,%ebx
c0105afb:	83 cb 01             	or     $0x1,%ebx
c0105afe:	89 1e                	mov    %ebx,(%esi)
	tlb_invalidate(pgdir, va);
c0105b00:	89 7c 24 04          	mov    %edi,0x4(%esp)
c0105b04:	8b 45 08             	mov    0x8(%ebp),%eax
c0105b07:	89 04 24             	mov    %eax,(%esp)
c0105b0a:	e8 b1 cc ff ff       	call   c01027c0 <tlb_invalidate>
	return 0;
c0105b0f:	31 c0                	xor    %eax,%eax
}
c0105b11:	8b 5d f4             	mov    -0xc(%ebp),%ebx
c0105b14:	8b 75 f8             	mov    -0x8(%ebp),%esi
c0105b17:	8b 7d fc             	mov    -0x4(%ebp),%edi
c0105b1a:	89 ec                	mov    %ebp,%esp
c0105b1c:	5d                   	pop    %ebp
c0105b1d:	c3                   	ret
c0105b1e:	66 90                	xchg   %ax,%ax
		vm_unmap(pgdir, va);
c0105b20:	89 7c 24 04          	mov    %edi,0x4(%esp)
c0105b24:	8b 45 08             	mov    0x8(%ebp),%eax
c0105b27:	89 04 24             	mov    %eax,(%esp)
c0105b2a:	e8 01 ff ff ff       	call   c0105a30 <vm_unmap>
c0105b2f:	eb bf                	jmp    c0105af0 <vm_map+0x40>
		return -ENOMEM;
c0105b31:	b8 f4 ff ff ff       	mov    $0xfffffff4,%eax
c0105b36:	eb d9                	jmp    c0105b11 <vm_map+0x61>
c0105b38:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0105b3f:	90                   	nop

c0105b40 <vm_lookup>:

// The physical address va translates to, or 0 if it is not mapped.  If
// pte_out is not NULL it receives the entry (NULL when there is no table).
physaddr_t vm_lookup(pde_t *pgdir, uint32_t va, pte_t **pte_out)
{
c0105b40:	55                   	push   %ebp
c0105b41:	89 e5                	mov    %esp,%ebp
c0105b43:	53                   	push   %ebx
c0105b44:	8b 55 0c             	mov    0xc(%ebp),%edx
	if (*pde & PTE_P) {
c0105b47:	8b 45 08             	mov    0x8(%ebp),%eax
{
c0105b4a:	8b 4d 10             	mov    0x10(%ebp),%ecx
static inline uint32_t PDX(uint32_t va) { return (va >> PDXSHIFT) & 0x3FF; }
c0105b4d:	89 d3                	mov    %edx,%ebx
c0105b4f:	c1 eb 16             	shr    $0x16,%ebx
	if (*pde & PTE_P) {
c0105b52:	8b 04 98             	mov    (%eax,%ebx,4),%eax
c0105b55:	a8 01                	test   $0x1,%al
c0105b57:	75 17                	jne    c0105b70 <vm_lookup+0x30>
	pte_t *pte = pgdir_walk(pgdir, va, 0);
	if (pte_out)
c0105b59:	85 c9                	test   %ecx,%ecx
c0105b5b:	74 06                	je     c0105b63 <vm_lookup+0x23>
		*pte_out = pte;
c0105b5d:	c7 01 00 00 00 00    	movl   $0x0,(%ecx)
	if (pte == NULL || !(*pte & PTE_P))
		return 0;
	return PTE_ADDR(*pte) | PGOFF(va);
}
c0105b63:	5b                   	pop    %ebx
		return 0;
c0105b64:	31 c0                	xor    %eax,%eax
}
c0105b66:	5d                   	pop    %ebp
c0105b67:	c3                   	ret
c0105b68:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0105b6f:	90                   	nop
static inline uint32_t PTX(uint32_t va) { return (va >> PTXSHIFT) & 0x3FF; }
c0105b70:	89 d3                	mov    %edx,%ebx
static inline physaddr_t PTE_ADDR(uint32_t pte) { return pte & ~0xFFFu; }
c0105b72:	25 00 f0 ff ff       	and    $0xfffff000,%eax
static inline uint32_t PTX(uint32_t va) { return (va >> PTXSHIFT) & 0x3FF; }
c0105b77:	c1 eb 0a             	shr    $0xa,%ebx
	return &table[PTX(va)];
c0105b7a:	81 e3 fc 0f 00 00    	and    $0xffc,%ebx
	if (pte_out)
c0105b80:	85 c9                	test   %ecx,%ecx
	return &table[PTX(va)];
c0105b82:	8d 84 18 00 00 00 c0 	lea    -0x40000000(%eax,%ebx,1),%eax
	if (pte_out)
c0105b89:	74 02                	je     c0105b8d <vm_lookup+0x4d>
		*pte_out = pte;
c0105b8b:	89 01                	mov    %eax,(%ecx)
	if (pte == NULL || !(*pte & PTE_P))
c0105b8d:	85 c0                	test   %eax,%eax
c0105b8f:	74 d2                	je     c0105b63 <vm_lookup+0x23>
c0105b91:	8b 00                	mov    (%eax),%eax
c0105b93:	a8 01                	test   $0x1,%al
c0105b95:	74 cc                	je     c0105b63 <vm_lookup+0x23>
}
c0105b97:	5b                   	pop    %ebx
static inline physaddr_t PTE_ADDR(uint32_t pte) { return pte & ~0xFFFu; }
c0105b98:	25 00 f0 ff ff       	and    $0xfffff000,%eax
static inline uint32_t PGOFF(uint32_t va) { return va & 0xFFF; }
c0105b9d:	81 e2 ff 0f 00 00    	and    $0xfff,%edx
	return PTE_ADDR(*pte) | PGOFF(va);
c0105ba3:	09 d0                	or     %edx,%eax
}
c0105ba5:	5d                   	pop    %ebp
c0105ba6:	c3                   	ret
c0105ba7:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0105bae:	66 90                	xchg   %ax,%ax

c0105bb0 <vm_map_region>:

// Map [va, va+size) to [pa, pa+size) without reference counting.  For the
// kernel's own mapping of physical memory, set up once at boot.
int vm_map_region(pde_t *pgdir, uint32_t va, uint32_t size, physaddr_t pa, int perm)
{
c0105bb0:	55                   	push   %ebp
c0105bb1:	89 e5                	mov    %esp,%ebp
c0105bb3:	57                   	push   %edi
c0105bb4:	56                   	push   %esi
c0105bb5:	53                   	push   %ebx
c0105bb6:	83 ec 0c             	sub    $0xc,%esp
c0105bb9:	8b 55 10             	mov    0x10(%ebp),%edx
	for (uint32_t off = 0; off < size; off += PGSIZE) {
c0105bbc:	85 d2                	test   %edx,%edx
c0105bbe:	0f 84 8c 00 00 00    	je     c0105c50 <vm_map_region+0xa0>
c0105bc4:	31 f6                	xor    %esi,%esi
c0105bc6:	eb 3a                	jmp    c0105c02 <vm_map_region+0x52>
c0105bc8:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0105bcf:	90                   	nop
static inline uint32_t PTX(uint32_t va) { return (va >> PTXSHIFT) & 0x3FF; }
c0105bd0:	c1 eb 0a             	shr    $0xa,%ebx
static inline physaddr_t PTE_ADDR(uint32_t pte) { return pte & ~0xFFFu; }
c0105bd3:	25 00 f0 ff ff       	and    $0xfffff000,%eax
	return &table[PTX(va)];
c0105bd8:	81 e3 fc 0f 00 00    	and    $0xffc,%ebx
c0105bde:	8d 9c 18 00 00 00 c0 	lea    -0x40000000(%eax,%ebx,1),%ebx
		pte_t *pte = pgdir_walk(pgdir, va + off, 1);
		if (pte == NULL)
c0105be5:	85 db                	test   %ebx,%ebx
c0105be7:	74 57                	je     c0105c40 <vm_map_region+0x90>
			return -ENOMEM;
		*pte = (pa + off) | perm | PTE_P;
c0105be9:	8b 45 14             	mov    0x14(%ebp),%eax
c0105bec:	8b 4d 18             	mov    0x18(%ebp),%ecx
c0105bef:	01 f0                	add    %esi,%eax
	for (uint32_t off = 0; off < size; off += PGSIZE) {
c0105bf1:	81 c6 00 10 00 00    	add    $0x1000,%esi
		*pte = (pa + off) | perm | PTE_P;
c0105bf7:	09 c8                	or     %ecx,%eax
c0105bf9:	83 c8 01             	or     $0x1,%eax
	for (uint32_t off = 0; off < size; off += PGSIZE) {
c0105bfc:	39 d6                	cmp    %edx,%esi
		*pte = (pa + off) | perm | PTE_P;
c0105bfe:	89 03                	mov    %eax,(%ebx)
	for (uint32_t off = 0; off < size; off += PGSIZE) {
c0105c00:	73 4e                	jae    c0105c50 <vm_map_region+0xa0>
		pte_t *pte = pgdir_walk(pgdir, va + off, 1);
c0105c02:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	pde_t *pde = &pgdir[PDX(va)];
c0105c05:	8b 4d 08             	mov    0x8(%ebp),%ecx
		pte_t *pte = pgdir_walk(pgdir, va + off, 1);
c0105c08:	01 f3                	add    %esi,%ebx
static inline uint32_t PDX(uint32_t va) { return (va >> PDXSHIFT) & 0x3FF; }
c0105c0a:	89 d8                	mov    %ebx,%eax
c0105c0c:	c1 e8 16             	shr    $0x16,%eax
	pde_t *pde = &pgdir[PDX(va)];
c0105c0f:	8d 3c 81             	lea    (%ecx,%eax,4),%edi
	if (*pde & PTE_P) {
c0105c12:	8b 07                	mov    (%edi),%eax
c0105c14:	a8 01                	test   $0x1,%al
c0105c16:	75 b8                	jne    c0105bd0 <vm_map_region+0x20>
c0105c18:	89 55 10             	mov    %edx,0x10(%ebp)
		table = kalloc();
c0105c1b:	e8 50 b8 ff ff       	call   c0101470 <kalloc>
		if (table == NULL)
c0105c20:	85 c0                	test   %eax,%eax
c0105c22:	74 1c                	je     c0105c40 <vm_map_region+0x90>
c0105c24:	8d 88 00 00 00 40    	lea    0x40000000(%eax),%ecx
	return &table[PTX(va)];
c0105c2a:	8b 55 10             	mov    0x10(%ebp),%edx
static inline uint32_t PTX(uint32_t va) { return (va >> PTXSHIFT) & 0x3FF; }
c0105c2d:	c1 eb 0a             	shr    $0xa,%ebx
		*pde = V2P(table) | PTE_P | PTE_W | PTE_U;
c0105c30:	83 c9 07             	or     $0x7,%ecx
c0105c33:	89 0f                	mov    %ecx,(%edi)
	return &table[PTX(va)];
c0105c35:	81 e3 fc 0f 00 00    	and    $0xffc,%ebx
c0105c3b:	01 c3                	add    %eax,%ebx
		if (pte == NULL)
c0105c3d:	eb aa                	jmp    c0105be9 <vm_map_region+0x39>
c0105c3f:	90                   	nop
	}
	return 0;
}
c0105c40:	83 c4 0c             	add    $0xc,%esp
			return -ENOMEM;
c0105c43:	b8 f4 ff ff ff       	mov    $0xfffffff4,%eax
}
c0105c48:	5b                   	pop    %ebx
c0105c49:	5e                   	pop    %esi
c0105c4a:	5f                   	pop    %edi
c0105c4b:	5d                   	pop    %ebp
c0105c4c:	c3                   	ret
c0105c4d:	8d 76 00             	lea    0x0(%esi),%esi
c0105c50:	83 c4 0c             	add    $0xc,%esp
	return 0;
c0105c53:	31 c0                	xor    %eax,%eax
}
c0105c55:	5b                   	pop    %ebx
c0105c56:	5e                   	pop    %esi
c0105c57:	5f                   	pop    %edi
c0105c58:	5d                   	pop    %ebp
c0105c59:	c3                   	ret
c0105c5a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi

c0105c60 <vm_create>:

// A new address space: no user mappings, the kernel's mappings shared.
pde_t *vm_create(void)
{
c0105c60:	55                   	push   %ebp
c0105c61:	89 e5                	mov    %esp,%ebp
c0105c63:	83 ec 08             	sub    $0x8,%esp
	pde_t *pgdir = kalloc();
c0105c66:	e8 05 b8 ff ff       	call   c0101470 <kalloc>
	if (pgdir == NULL)
c0105c6b:	85 c0                	test   %eax,%eax
c0105c6d:	74 28                	je     c0105c97 <vm_create+0x37>
c0105c6f:	ba 00 0c 00 00       	mov    $0xc00,%edx
c0105c74:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0105c7b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0105c7f:	90                   	nop
		return NULL;
	for (uint32_t i = PDX(KERNBASE); i < NPDENTRIES; i++)
		pgdir[i] = kern_pgdir[i];
c0105c80:	8b 0d 88 6f 20 c0    	mov    0xc0206f88,%ecx
c0105c86:	8b 0c 11             	mov    (%ecx,%edx,1),%ecx
c0105c89:	89 0c 10             	mov    %ecx,(%eax,%edx,1)
	for (uint32_t i = PDX(KERNBASE); i < NPDENTRIES; i++)
c0105c8c:	83 c2 04             	add    $0x4,%edx
c0105c8f:	81 fa 00 10 00 00    	cmp    $0x1000,%edx
c0105c95:	75 e9                	jne    c0105c80 <vm_create+0x20>
	return pgdir;
}
c0105c97:	89 ec                	mov    %ebp,%esp
c0105c99:	5d                   	pop    %ebp
c0105c9a:	c3                   	ret
c0105c9b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0105c9f:	90                   	nop

c0105ca0 <vm_free>:

// Free every user page, the user page tables, and the directory.
void vm_free(pde_t *pgdir)
{
c0105ca0:	55                   	push   %ebp
c0105ca1:	89 e5                	mov    %esp,%ebp
c0105ca3:	57                   	push   %edi
c0105ca4:	56                   	push   %esi
c0105ca5:	53                   	push   %ebx
c0105ca6:	83 ec 2c             	sub    $0x2c,%esp
c0105ca9:	8b 5d 08             	mov    0x8(%ebp),%ebx
c0105cac:	89 5d dc             	mov    %ebx,-0x24(%ebp)
c0105caf:	8d 83 00 0c 00 00    	lea    0xc00(%ebx),%eax
c0105cb5:	89 df                	mov    %ebx,%edi
c0105cb7:	89 45 e4             	mov    %eax,-0x1c(%ebp)
c0105cba:	eb 0e                	jmp    c0105cca <vm_free+0x2a>
c0105cbc:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
	for (uint32_t i = 0; i < PDX(USERTOP); i++) {
c0105cc0:	8b 45 e4             	mov    -0x1c(%ebp),%eax
c0105cc3:	83 c7 04             	add    $0x4,%edi
c0105cc6:	39 c7                	cmp    %eax,%edi
c0105cc8:	74 5c                	je     c0105d26 <vm_free+0x86>
		if (!(pgdir[i] & PTE_P))
c0105cca:	8b 37                	mov    (%edi),%esi
c0105ccc:	f7 c6 01 00 00 00    	test   $0x1,%esi
c0105cd2:	74 ec                	je     c0105cc0 <vm_free+0x20>
static inline physaddr_t PTE_ADDR(uint32_t pte) { return pte & ~0xFFFu; }
c0105cd4:	81 e6 00 f0 ff ff    	and    $0xfffff000,%esi
static inline void *P2V(physaddr_t pa) { return (void *)(pa + KERNBASE); }
c0105cda:	8d 9e 00 00 00 c0    	lea    -0x40000000(%esi),%ebx
			continue;
		pte_t *table = P2V(PTE_ADDR(pgdir[i]));
		for (uint32_t j = 0; j < NPTENTRIES; j++)
c0105ce0:	81 ee 00 f0 ff 3f    	sub    $0x3ffff000,%esi
c0105ce6:	89 5d e0             	mov    %ebx,-0x20(%ebp)
c0105ce9:	eb 0c                	jmp    c0105cf7 <vm_free+0x57>
c0105ceb:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0105cef:	90                   	nop
c0105cf0:	83 c3 04             	add    $0x4,%ebx
c0105cf3:	39 de                	cmp    %ebx,%esi
c0105cf5:	74 1a                	je     c0105d11 <vm_free+0x71>
			if (table[j] & PTE_P)
c0105cf7:	8b 03                	mov    (%ebx),%eax
c0105cf9:	a8 01                	test   $0x1,%al
c0105cfb:	74 f3                	je     c0105cf0 <vm_free+0x50>
c0105cfd:	25 00 f0 ff ff       	and    $0xfffff000,%eax
		for (uint32_t j = 0; j < NPTENTRIES; j++)
c0105d02:	83 c3 04             	add    $0x4,%ebx
				page_decref(PTE_ADDR(table[j]));
c0105d05:	89 04 24             	mov    %eax,(%esp)
c0105d08:	e8 13 b8 ff ff       	call   c0101520 <page_decref>
		for (uint32_t j = 0; j < NPTENTRIES; j++)
c0105d0d:	39 de                	cmp    %ebx,%esi
c0105d0f:	75 e6                	jne    c0105cf7 <vm_free+0x57>
		kfree(table);
c0105d11:	8b 4d e0             	mov    -0x20(%ebp),%ecx
	for (uint32_t i = 0; i < PDX(USERTOP); i++) {
c0105d14:	83 c7 04             	add    $0x4,%edi
		kfree(table);
c0105d17:	89 0c 24             	mov    %ecx,(%esp)
c0105d1a:	e8 71 b8 ff ff       	call   c0101590 <kfree>
	for (uint32_t i = 0; i < PDX(USERTOP); i++) {
c0105d1f:	8b 45 e4             	mov    -0x1c(%ebp),%eax
c0105d22:	39 c7                	cmp    %eax,%edi
c0105d24:	75 a4                	jne    c0105cca <vm_free+0x2a>
	}
	kfree(pgdir);
c0105d26:	8b 5d dc             	mov    -0x24(%ebp),%ebx
c0105d29:	89 5d 08             	mov    %ebx,0x8(%ebp)
}
c0105d2c:	83 c4 2c             	add    $0x2c,%esp
c0105d2f:	5b                   	pop    %ebx
c0105d30:	5e                   	pop    %esi
c0105d31:	5f                   	pop    %edi
c0105d32:	5d                   	pop    %ebp
	kfree(pgdir);
c0105d33:	e9 58 b8 ff ff       	jmp    c0101590 <kfree>
c0105d38:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0105d3f:	90                   	nop

c0105d40 <vm_copy>:
	return r;
}

// A copy of a user address space, for fork.  Every user page is copied.
pde_t *vm_copy(pde_t *pgdir)
{
c0105d40:	55                   	push   %ebp
c0105d41:	89 e5                	mov    %esp,%ebp
c0105d43:	57                   	push   %edi
c0105d44:	56                   	push   %esi
c0105d45:	53                   	push   %ebx
c0105d46:	83 ec 3c             	sub    $0x3c,%esp
c0105d49:	8b 5d 08             	mov    0x8(%ebp),%ebx
	pde_t *pgdir = kalloc();
c0105d4c:	e8 1f b7 ff ff       	call   c0101470 <kalloc>
	if (pgdir == NULL)
c0105d51:	85 c0                	test   %eax,%eax
c0105d53:	0f 84 03 01 00 00    	je     c0105e5c <vm_copy+0x11c>
c0105d59:	89 c7                	mov    %eax,%edi
c0105d5b:	b8 00 0c 00 00       	mov    $0xc00,%eax
		pgdir[i] = kern_pgdir[i];
c0105d60:	8b 15 88 6f 20 c0    	mov    0xc0206f88,%edx
c0105d66:	8b 14 02             	mov    (%edx,%eax,1),%edx
c0105d69:	89 14 07             	mov    %edx,(%edi,%eax,1)
	for (uint32_t i = PDX(KERNBASE); i < NPDENTRIES; i++)
c0105d6c:	83 c0 04             	add    $0x4,%eax
c0105d6f:	3d 00 10 00 00       	cmp    $0x1000,%eax
c0105d74:	75 ea                	jne    c0105d60 <vm_copy+0x20>
	pde_t *copy = vm_create();
	if (copy == NULL)
		return NULL;
	for (uint32_t i = 0; i < PDX(USERTOP); i++) {
c0105d76:	89 7d dc             	mov    %edi,-0x24(%ebp)
c0105d79:	31 f6                	xor    %esi,%esi
c0105d7b:	89 d8                	mov    %ebx,%eax
		if (!(pgdir[i] & PTE_P))
c0105d7d:	8b 0c b0             	mov    (%eax,%esi,4),%ecx
c0105d80:	f6 c1 01             	test   $0x1,%cl
c0105d83:	75 1b                	jne    c0105da0 <vm_copy+0x60>
	for (uint32_t i = 0; i < PDX(USERTOP); i++) {
c0105d85:	46                   	inc    %esi
c0105d86:	81 fe 00 03 00 00    	cmp    $0x300,%esi
c0105d8c:	75 ef                	jne    c0105d7d <vm_copy+0x3d>
c0105d8e:	8b 7d dc             	mov    -0x24(%ebp),%edi
c0105d91:	e9 c8 00 00 00       	jmp    c0105e5e <vm_copy+0x11e>
c0105d96:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0105d9d:	8d 76 00             	lea    0x0(%esi),%esi
c0105da0:	89 f3                	mov    %esi,%ebx
c0105da2:	81 e1 00 f0 ff ff    	and    $0xfffff000,%ecx
c0105da8:	c1 e3 16             	shl    $0x16,%ebx
c0105dab:	81 e9 00 00 00 40    	sub    $0x40000000,%ecx
			continue;
		pte_t *table = P2V(PTE_ADDR(pgdir[i]));
		for (uint32_t j = 0; j < NPTENTRIES; j++) {
c0105db1:	89 5d d8             	mov    %ebx,-0x28(%ebp)
c0105db4:	31 ff                	xor    %edi,%edi
c0105db6:	89 75 d4             	mov    %esi,-0x2c(%ebp)
c0105db9:	89 45 08             	mov    %eax,0x8(%ebp)
c0105dbc:	eb 17                	jmp    c0105dd5 <vm_copy+0x95>
c0105dbe:	66 90                	xchg   %ax,%ax
c0105dc0:	81 c7 00 10 00 00    	add    $0x1000,%edi
c0105dc6:	83 c1 04             	add    $0x4,%ecx
c0105dc9:	81 ff 00 00 40 00    	cmp    $0x400000,%edi
c0105dcf:	0f 84 93 00 00 00    	je     c0105e68 <vm_copy+0x128>
			if (!(table[j] & PTE_P))
c0105dd5:	8b 19                	mov    (%ecx),%ebx
c0105dd7:	f6 c3 01             	test   $0x1,%bl
c0105dda:	74 e4                	je     c0105dc0 <vm_copy+0x80>
c0105ddc:	89 4d e4             	mov    %ecx,-0x1c(%ebp)
				continue;
			uint32_t va = (i << PDXSHIFT) | (j << PTXSHIFT);
c0105ddf:	8b 45 d8             	mov    -0x28(%ebp),%eax
c0105de2:	09 f8                	or     %edi,%eax
c0105de4:	89 45 e0             	mov    %eax,-0x20(%ebp)
	void *mem = kalloc();
c0105de7:	e8 84 b6 ff ff       	call   c0101470 <kalloc>
	if (mem == NULL)
c0105dec:	8b 4d e4             	mov    -0x1c(%ebp),%ecx
c0105def:	85 c0                	test   %eax,%eax
	void *mem = kalloc();
c0105df1:	89 c6                	mov    %eax,%esi
	if (mem == NULL)
c0105df3:	74 5c                	je     c0105e51 <vm_copy+0x111>
c0105df5:	89 4d e4             	mov    %ecx,-0x1c(%ebp)
	memmove(mem, P2V(PTE_ADDR(pte)), PGSIZE);
c0105df8:	b8 00 10 00 00       	mov    $0x1000,%eax
c0105dfd:	89 44 24 08          	mov    %eax,0x8(%esp)
c0105e01:	89 d8                	mov    %ebx,%eax
	int r = vm_map(to, va, V2P(mem), pte & (PTE_W | PTE_U));
c0105e03:	83 e3 06             	and    $0x6,%ebx
	memmove(mem, P2V(PTE_ADDR(pte)), PGSIZE);
c0105e06:	89 34 24             	mov    %esi,(%esp)
c0105e09:	25 00 f0 ff ff       	and    $0xfffff000,%eax
c0105e0e:	2d 00 00 00 40       	sub    $0x40000000,%eax
c0105e13:	89 44 24 04          	mov    %eax,0x4(%esp)
c0105e17:	e8 44 0c 00 00       	call   c0106a60 <memmove>
static inline physaddr_t V2P(const void *va) { return (physaddr_t)va - KERNBASE; }
c0105e1c:	8d 86 00 00 00 40    	lea    0x40000000(%esi),%eax
	int r = vm_map(to, va, V2P(mem), pte & (PTE_W | PTE_U));
c0105e22:	89 5c 24 0c          	mov    %ebx,0xc(%esp)
c0105e26:	89 44 24 08          	mov    %eax,0x8(%esp)
c0105e2a:	8b 45 e0             	mov    -0x20(%ebp),%eax
c0105e2d:	89 44 24 04          	mov    %eax,0x4(%esp)
c0105e31:	8b 45 dc             	mov    -0x24(%ebp),%eax
c0105e34:	89 04 24             	mov    %eax,(%esp)
c0105e37:	e8 74 fc ff ff       	call   c0105ab0 <vm_map>
	kfree(mem);    // the mapping holds the page now (or it is freed)
c0105e3c:	89 34 24             	mov    %esi,(%esp)
	int r = vm_map(to, va, V2P(mem), pte & (PTE_W | PTE_U));
c0105e3f:	89 c3                	mov    %eax,%ebx
	kfree(mem);    // the mapping holds the page now (or it is freed)
c0105e41:	e8 4a b7 ff ff       	call   c0101590 <kfree>
			if (copy_page(copy, va, table[j]) < 0) {
c0105e46:	85 db                	test   %ebx,%ebx
c0105e48:	8b 4d e4             	mov    -0x1c(%ebp),%ecx
c0105e4b:	0f 89 6f ff ff ff    	jns    c0105dc0 <vm_copy+0x80>
				vm_free(copy);
c0105e51:	8b 7d dc             	mov    -0x24(%ebp),%edi
c0105e54:	89 3c 24             	mov    %edi,(%esp)
c0105e57:	e8 44 fe ff ff       	call   c0105ca0 <vm_free>
		return NULL;
c0105e5c:	31 ff                	xor    %edi,%edi
				return NULL;
			}
		}
	}
	return copy;
}
c0105e5e:	83 c4 3c             	add    $0x3c,%esp
c0105e61:	89 f8                	mov    %edi,%eax
c0105e63:	5b                   	pop    %ebx
c0105e64:	5e                   	pop    %esi
c0105e65:	5f                   	pop    %edi
c0105e66:	5d                   	pop    %ebp
c0105e67:	c3                   	ret
c0105e68:	8b 75 d4             	mov    -0x2c(%ebp),%esi
c0105e6b:	8b 45 08             	mov    0x8(%ebp),%eax
c0105e6e:	e9 12 ff ff ff       	jmp    c0105d85 <vm_copy+0x45>
c0105e73:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0105e7a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi

c0105e80 <vm_alloc_range>:

// Give [start, end) fresh zeroed pages wherever nothing is mapped yet.
int vm_alloc_range(pde_t *pgdir, uint32_t start, uint32_t end, int perm)
{
c0105e80:	55                   	push   %ebp
c0105e81:	89 e5                	mov    %esp,%ebp
c0105e83:	57                   	push   %edi
c0105e84:	56                   	push   %esi
c0105e85:	53                   	push   %ebx
c0105e86:	83 ec 2c             	sub    $0x2c,%esp
static inline uint32_t PGROUNDDOWN(uint32_t a) { return a & ~(PGSIZE - 1); }
c0105e89:	8b 7d 0c             	mov    0xc(%ebp),%edi
c0105e8c:	8b 75 10             	mov    0x10(%ebp),%esi
c0105e8f:	8b 5d 08             	mov    0x8(%ebp),%ebx
c0105e92:	81 e7 00 f0 ff ff    	and    $0xfffff000,%edi
	for (uint32_t va = PGROUNDDOWN(start); va < end; va += PGSIZE) {
c0105e98:	39 f7                	cmp    %esi,%edi
c0105e9a:	72 3e                	jb     c0105eda <vm_alloc_range+0x5a>
c0105e9c:	e9 8f 00 00 00       	jmp    c0105f30 <vm_alloc_range+0xb0>
c0105ea1:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
static inline uint32_t PTX(uint32_t va) { return (va >> PTXSHIFT) & 0x3FF; }
c0105ea8:	89 f9                	mov    %edi,%ecx
static inline physaddr_t PTE_ADDR(uint32_t pte) { return pte & ~0xFFFu; }
c0105eaa:	25 00 f0 ff ff       	and    $0xfffff000,%eax
static inline uint32_t PTX(uint32_t va) { return (va >> PTXSHIFT) & 0x3FF; }
c0105eaf:	c1 e9 0a             	shr    $0xa,%ecx
	return &table[PTX(va)];
c0105eb2:	81 e1 fc 0f 00 00    	and    $0xffc,%ecx
c0105eb8:	8d 84 08 00 00 00 c0 	lea    -0x40000000(%eax,%ecx,1),%eax
	if (pte == NULL || !(*pte & PTE_P))
c0105ebf:	85 c0                	test   %eax,%eax
c0105ec1:	74 23                	je     c0105ee6 <vm_alloc_range+0x66>
c0105ec3:	8b 00                	mov    (%eax),%eax
c0105ec5:	a8 01                	test   $0x1,%al
c0105ec7:	74 1d                	je     c0105ee6 <vm_alloc_range+0x66>
		if (vm_lookup(pgdir, va, NULL))
c0105ec9:	3d ff 0f 00 00       	cmp    $0xfff,%eax
c0105ece:	76 16                	jbe    c0105ee6 <vm_alloc_range+0x66>
	for (uint32_t va = PGROUNDDOWN(start); va < end; va += PGSIZE) {
c0105ed0:	81 c7 00 10 00 00    	add    $0x1000,%edi
c0105ed6:	39 f7                	cmp    %esi,%edi
c0105ed8:	73 56                	jae    c0105f30 <vm_alloc_range+0xb0>
static inline uint32_t PDX(uint32_t va) { return (va >> PDXSHIFT) & 0x3FF; }
c0105eda:	89 f8                	mov    %edi,%eax
c0105edc:	c1 e8 16             	shr    $0x16,%eax
	if (*pde & PTE_P) {
c0105edf:	8b 04 83             	mov    (%ebx,%eax,4),%eax
c0105ee2:	a8 01                	test   $0x1,%al
c0105ee4:	75 c2                	jne    c0105ea8 <vm_alloc_range+0x28>
			continue;
		void *mem = kalloc();
c0105ee6:	e8 85 b5 ff ff       	call   c0101470 <kalloc>
		if (mem == NULL)
c0105eeb:	85 c0                	test   %eax,%eax
		void *mem = kalloc();
c0105eed:	89 c1                	mov    %eax,%ecx
		if (mem == NULL)
c0105eef:	74 4f                	je     c0105f40 <vm_alloc_range+0xc0>
			return -ENOMEM;
		int r = vm_map(pgdir, va, V2P(mem), perm);
c0105ef1:	8b 45 14             	mov    0x14(%ebp),%eax
c0105ef4:	89 44 24 0c          	mov    %eax,0xc(%esp)
c0105ef8:	8d 81 00 00 00 40    	lea    0x40000000(%ecx),%eax
c0105efe:	89 4d e0             	mov    %ecx,-0x20(%ebp)
c0105f01:	89 44 24 08          	mov    %eax,0x8(%esp)
c0105f05:	89 7c 24 04          	mov    %edi,0x4(%esp)
c0105f09:	89 1c 24             	mov    %ebx,(%esp)
c0105f0c:	e8 9f fb ff ff       	call   c0105ab0 <vm_map>
		kfree(mem);
c0105f11:	8b 4d e0             	mov    -0x20(%ebp),%ecx
		int r = vm_map(pgdir, va, V2P(mem), perm);
c0105f14:	89 45 e4             	mov    %eax,-0x1c(%ebp)
		kfree(mem);
c0105f17:	89 0c 24             	mov    %ecx,(%esp)
c0105f1a:	e8 71 b6 ff ff       	call   c0101590 <kfree>
		if (r < 0)
c0105f1f:	8b 45 e4             	mov    -0x1c(%ebp),%eax
c0105f22:	85 c0                	test   %eax,%eax
c0105f24:	79 aa                	jns    c0105ed0 <vm_alloc_range+0x50>
			return r;
	}
	return 0;
}
c0105f26:	83 c4 2c             	add    $0x2c,%esp
c0105f29:	5b                   	pop    %ebx
c0105f2a:	5e                   	pop    %esi
c0105f2b:	5f                   	pop    %edi
c0105f2c:	5d                   	pop    %ebp
c0105f2d:	c3                   	ret
c0105f2e:	66 90                	xchg   %ax,%ax
c0105f30:	83 c4 2c             	add    $0x2c,%esp
	return 0;
c0105f33:	31 c0                	xor    %eax,%eax
}
c0105f35:	5b                   	pop    %ebx
c0105f36:	5e                   	pop    %esi
c0105f37:	5f                   	pop    %edi
c0105f38:	5d                   	pop    %ebp
c0105f39:	c3                   	ret
c0105f3a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
c0105f40:	83 c4 2c             	add    $0x2c,%esp
			return -ENOMEM;
c0105f43:	b8 f4 ff ff ff       	mov    $0xfffffff4,%eax
}
c0105f48:	5b                   	pop    %ebx
c0105f49:	5e                   	pop    %esi
c0105f4a:	5f                   	pop    %edi
c0105f4b:	5d                   	pop    %ebp
c0105f4c:	c3                   	ret
c0105f4d:	8d 76 00             	lea    0x0(%esi),%esi

c0105f50 <vm_dealloc_range>:

void vm_dealloc_range(pde_t *pgdir, uint32_t start, uint32_t end)
{
c0105f50:	55                   	push   %ebp
c0105f51:	89 e5                	mov    %esp,%ebp
c0105f53:	57                   	push   %edi
c0105f54:	56                   	push   %esi
c0105f55:	53                   	push   %ebx
c0105f56:	83 ec 2c             	sub    $0x2c,%esp
static inline uint32_t PGROUNDUP(uint32_t a) { return (a + PGSIZE - 1) & ~(PGSIZE - 1); }
c0105f59:	8b 45 0c             	mov    0xc(%ebp),%eax
c0105f5c:	8b 7d 10             	mov    0x10(%ebp),%edi
c0105f5f:	8b 75 08             	mov    0x8(%ebp),%esi
c0105f62:	8d 98 ff 0f 00 00    	lea    0xfff(%eax),%ebx
c0105f68:	81 e3 00 f0 ff ff    	and    $0xfffff000,%ebx
	for (uint32_t va = PGROUNDUP(start); va < end; va += PGSIZE)
c0105f6e:	39 fb                	cmp    %edi,%ebx
c0105f70:	73 6a                	jae    c0105fdc <vm_dealloc_range+0x8c>
c0105f72:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0105f79:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
static inline uint32_t PDX(uint32_t va) { return (va >> PDXSHIFT) & 0x3FF; }
c0105f80:	89 d8                	mov    %ebx,%eax
c0105f82:	c1 e8 16             	shr    $0x16,%eax
	if (*pde & PTE_P) {
c0105f85:	8b 04 86             	mov    (%esi,%eax,4),%eax
c0105f88:	a8 01                	test   $0x1,%al
c0105f8a:	74 46                	je     c0105fd2 <vm_dealloc_range+0x82>
static inline uint32_t PTX(uint32_t va) { return (va >> PTXSHIFT) & 0x3FF; }
c0105f8c:	89 da                	mov    %ebx,%edx
static inline physaddr_t PTE_ADDR(uint32_t pte) { return pte & ~0xFFFu; }
c0105f8e:	25 00 f0 ff ff       	and    $0xfffff000,%eax
static inline uint32_t PTX(uint32_t va) { return (va >> PTXSHIFT) & 0x3FF; }
c0105f93:	c1 ea 0a             	shr    $0xa,%edx
	return &table[PTX(va)];
c0105f96:	81 e2 fc 0f 00 00    	and    $0xffc,%edx
c0105f9c:	8d 94 10 00 00 00 c0 	lea    -0x40000000(%eax,%edx,1),%edx
	if (pte == NULL || !(*pte & PTE_P))
c0105fa3:	85 d2                	test   %edx,%edx
c0105fa5:	74 2b                	je     c0105fd2 <vm_dealloc_range+0x82>
c0105fa7:	89 55 e4             	mov    %edx,-0x1c(%ebp)
c0105faa:	8b 02                	mov    (%edx),%eax
c0105fac:	a8 01                	test   $0x1,%al
c0105fae:	74 22                	je     c0105fd2 <vm_dealloc_range+0x82>
static inline physaddr_t PTE_ADDR(uint32_t pte) { return pte & ~0xFFFu; }
c0105fb0:	25 00 f0 ff ff       	and    $0xfffff000,%eax
	page_decref(PTE_ADDR(*pte));
c0105fb5:	89 04 24             	mov    %eax,(%esp)
c0105fb8:	e8 63 b5 ff ff       	call   c0101520 <page_decref>
	*pte = 0;
c0105fbd:	8b 55 e4             	mov    -0x1c(%ebp),%edx
c0105fc0:	c7 02 00 00 00 00    	movl   $0x0,(%edx)
	tlb_invalidate(pgdir, va);
c0105fc6:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0105fca:	89 34 24             	mov    %esi,(%esp)
c0105fcd:	e8 ee c7 ff ff       	call   c01027c0 <tlb_invalidate>
	for (uint32_t va = PGROUNDUP(start); va < end; va += PGSIZE)
c0105fd2:	81 c3 00 10 00 00    	add    $0x1000,%ebx
c0105fd8:	39 fb                	cmp    %edi,%ebx
c0105fda:	72 a4                	jb     c0105f80 <vm_dealloc_range+0x30>
		vm_unmap(pgdir, va);
}
c0105fdc:	83 c4 2c             	add    $0x2c,%esp
c0105fdf:	5b                   	pop    %ebx
c0105fe0:	5e                   	pop    %esi
c0105fe1:	5f                   	pop    %edi
c0105fe2:	5d                   	pop    %ebp
c0105fe3:	c3                   	ret
c0105fe4:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0105feb:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0105fef:	90                   	nop

c0105ff0 <vm_copyout>:

// Copy len bytes into the address space pgdir at va, which need not be
// the current one.  Every page must already be mapped.
int vm_copyout(pde_t *pgdir, uint32_t va, const void *src, uint32_t len)
{
c0105ff0:	55                   	push   %ebp
c0105ff1:	89 e5                	mov    %esp,%ebp
c0105ff3:	57                   	push   %edi
c0105ff4:	56                   	push   %esi
c0105ff5:	53                   	push   %ebx
c0105ff6:	83 ec 1c             	sub    $0x1c,%esp
c0105ff9:	8b 75 14             	mov    0x14(%ebp),%esi
c0105ffc:	8b 7d 0c             	mov    0xc(%ebp),%edi
c0105fff:	8b 55 10             	mov    0x10(%ebp),%edx
	const char *s = src;
	while (len > 0) {
c0106002:	85 f6                	test   %esi,%esi
c0106004:	75 6b                	jne    c0106071 <vm_copyout+0x81>
c0106006:	e9 85 00 00 00       	jmp    c0106090 <vm_copyout+0xa0>
c010600b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c010600f:	90                   	nop
static inline uint32_t PTX(uint32_t va) { return (va >> PTXSHIFT) & 0x3FF; }
c0106010:	89 f9                	mov    %edi,%ecx
static inline physaddr_t PTE_ADDR(uint32_t pte) { return pte & ~0xFFFu; }
c0106012:	25 00 f0 ff ff       	and    $0xfffff000,%eax
static inline uint32_t PTX(uint32_t va) { return (va >> PTXSHIFT) & 0x3FF; }
c0106017:	c1 e9 0a             	shr    $0xa,%ecx
	return &table[PTX(va)];
c010601a:	81 e1 fc 0f 00 00    	and    $0xffc,%ecx
c0106020:	8d 84 08 00 00 00 c0 	lea    -0x40000000(%eax,%ecx,1),%eax
	if (pte == NULL || !(*pte & PTE_P))
c0106027:	85 c0                	test   %eax,%eax
c0106029:	74 55                	je     c0106080 <vm_copyout+0x90>
c010602b:	8b 00                	mov    (%eax),%eax
c010602d:	a8 01                	test   $0x1,%al
c010602f:	74 4f                	je     c0106080 <vm_copyout+0x90>
static inline uint32_t PGOFF(uint32_t va) { return va & 0xFFF; }
c0106031:	89 f9                	mov    %edi,%ecx
static inline physaddr_t PTE_ADDR(uint32_t pte) { return pte & ~0xFFFu; }
c0106033:	25 00 f0 ff ff       	and    $0xfffff000,%eax
static inline uint32_t PGOFF(uint32_t va) { return va & 0xFFF; }
c0106038:	81 e1 ff 0f 00 00    	and    $0xfff,%ecx
		physaddr_t pa = vm_lookup(pgdir, va, NULL);
		if (pa == 0)
c010603e:	09 c8                	or     %ecx,%eax
c0106040:	74 3e                	je     c0106080 <vm_copyout+0x90>
			return -EFAULT;
		uint32_t n = PGSIZE - PGOFF(va);
		if (n > len)
			n = len;
		memmove(P2V(pa), s, n);
c0106042:	89 54 24 04          	mov    %edx,0x4(%esp)
		uint32_t n = PGSIZE - PGOFF(va);
c0106046:	bb 00 10 00 00       	mov    $0x1000,%ebx
c010604b:	29 cb                	sub    %ecx,%ebx
c010604d:	39 f3                	cmp    %esi,%ebx
c010604f:	0f 47 de             	cmova  %esi,%ebx
static inline void *P2V(physaddr_t pa) { return (void *)(pa + KERNBASE); }
c0106052:	2d 00 00 00 40       	sub    $0x40000000,%eax
		memmove(P2V(pa), s, n);
c0106057:	89 5c 24 08          	mov    %ebx,0x8(%esp)
		s += n;
		va += n;
c010605b:	01 df                	add    %ebx,%edi
		memmove(P2V(pa), s, n);
c010605d:	89 55 10             	mov    %edx,0x10(%ebp)
c0106060:	89 04 24             	mov    %eax,(%esp)
c0106063:	e8 f8 09 00 00       	call   c0106a60 <memmove>
		s += n;
c0106068:	8b 55 10             	mov    0x10(%ebp),%edx
c010606b:	01 da                	add    %ebx,%edx
	while (len > 0) {
c010606d:	29 de                	sub    %ebx,%esi
c010606f:	74 1f                	je     c0106090 <vm_copyout+0xa0>
	if (*pde & PTE_P) {
c0106071:	8b 4d 08             	mov    0x8(%ebp),%ecx
static inline uint32_t PDX(uint32_t va) { return (va >> PDXSHIFT) & 0x3FF; }
c0106074:	89 f8                	mov    %edi,%eax
c0106076:	c1 e8 16             	shr    $0x16,%eax
c0106079:	8b 04 81             	mov    (%ecx,%eax,4),%eax
c010607c:	a8 01                	test   $0x1,%al
c010607e:	75 90                	jne    c0106010 <vm_copyout+0x20>
		len -= n;
	}
	return 0;
}
c0106080:	83 c4 1c             	add    $0x1c,%esp
			return -EFAULT;
c0106083:	b8 f2 ff ff ff       	mov    $0xfffffff2,%eax
}
c0106088:	5b                   	pop    %ebx
c0106089:	5e                   	pop    %esi
c010608a:	5f                   	pop    %edi
c010608b:	5d                   	pop    %ebp
c010608c:	c3                   	ret
c010608d:	8d 76 00             	lea    0x0(%esi),%esi
c0106090:	83 c4 1c             	add    $0x1c,%esp
	return 0;
c0106093:	31 c0                	xor    %eax,%eax
}
c0106095:	5b                   	pop    %ebx
c0106096:	5e                   	pop    %esi
c0106097:	5f                   	pop    %edi
c0106098:	5d                   	pop    %ebp
c0106099:	c3                   	ret
c010609a:	66 90                	xchg   %ax,%ax
c010609c:	66 90                	xchg   %ax,%ax
c010609e:	66 90                	xchg   %ax,%ax

c01060a0 <printnum>:
// Print an unsigned number in the given base, honouring width and padding.
// A sign, when there is one, goes before zero padding ("-0042") but after
// space padding ("  -42").
static void printnum(putch_fn putch, void *arg, uint64_t num, int base,
		     int upper, int negative, const struct spec *sp)
{
c01060a0:	55                   	push   %ebp
c01060a1:	89 e5                	mov    %esp,%ebp
c01060a3:	57                   	push   %edi
c01060a4:	89 d7                	mov    %edx,%edi
c01060a6:	56                   	push   %esi
	// STAGE 1: Produce the digits of num in `base` (least significant
	// STAGE 1: first, into digits[]), then print: padding, sign, digits,
	// STAGE 1: honouring sp->width, sp->zero and sp->left.  Use "0123456789abcdef"
	// STAGE 1: (or the upper-case set when `upper`).
	// BEGIN STAGE 1 SOLUTION
	const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
c01060a7:	ba 21 90 10 c0       	mov    $0xc0109021,%edx
{
c01060ac:	53                   	push   %ebx
c01060ad:	83 ec 7c             	sub    $0x7c,%esp
c01060b0:	89 45 a8             	mov    %eax,-0x58(%ebp)
	const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
c01060b3:	8b 45 14             	mov    0x14(%ebp),%eax
c01060b6:	89 7d a0             	mov    %edi,-0x60(%ebp)
{
c01060b9:	8b 75 08             	mov    0x8(%ebp),%esi
	char digits[24];
	int n = 0;
c01060bc:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
{
c01060c3:	8b 4d 0c             	mov    0xc(%ebp),%ecx
	const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
c01060c6:	85 c0                	test   %eax,%eax
c01060c8:	b8 10 90 10 c0       	mov    $0xc0109010,%eax
c01060cd:	89 75 b8             	mov    %esi,-0x48(%ebp)
c01060d0:	0f 44 c2             	cmove  %edx,%eax
c01060d3:	89 45 a4             	mov    %eax,-0x5c(%ebp)

	do {
		digits[n++] = set[num % base];
c01060d6:	8b 45 10             	mov    0x10(%ebp),%eax
c01060d9:	89 cf                	mov    %ecx,%edi
c01060db:	89 45 b0             	mov    %eax,-0x50(%ebp)
c01060de:	c1 f8 1f             	sar    $0x1f,%eax
c01060e1:	89 45 b4             	mov    %eax,-0x4c(%ebp)
c01060e4:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01060eb:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c01060ef:	90                   	nop
c01060f0:	8d 45 c0             	lea    -0x40(%ebp),%eax
c01060f3:	89 44 24 10          	mov    %eax,0x10(%esp)
c01060f7:	8b 45 b0             	mov    -0x50(%ebp),%eax
c01060fa:	8b 55 b4             	mov    -0x4c(%ebp),%edx
c01060fd:	89 44 24 08          	mov    %eax,0x8(%esp)
c0106101:	89 54 24 0c          	mov    %edx,0xc(%esp)
c0106105:	8b 75 b8             	mov    -0x48(%ebp),%esi
c0106108:	89 7c 24 04          	mov    %edi,0x4(%esp)
c010610c:	89 34 24             	mov    %esi,(%esp)
c010610f:	e8 6c 18 00 00       	call   c0107980 <__udivmoddi4>
c0106114:	8b 5d bc             	mov    -0x44(%ebp),%ebx
		num /= base;
	} while (num != 0);
c0106117:	89 75 ac             	mov    %esi,-0x54(%ebp)
c010611a:	89 d1                	mov    %edx,%ecx
c010611c:	89 c2                	mov    %eax,%edx
		num /= base;
c010611e:	89 55 b8             	mov    %edx,-0x48(%ebp)
		digits[n++] = set[num % base];
c0106121:	8d 43 01             	lea    0x1(%ebx),%eax
	} while (num != 0);
c0106124:	8b 55 b0             	mov    -0x50(%ebp),%edx
		digits[n++] = set[num % base];
c0106127:	89 45 bc             	mov    %eax,-0x44(%ebp)
c010612a:	8b 45 a4             	mov    -0x5c(%ebp),%eax
c010612d:	03 45 c0             	add    -0x40(%ebp),%eax
	} while (num != 0);
c0106130:	39 55 ac             	cmp    %edx,-0x54(%ebp)
		digits[n++] = set[num % base];
c0106133:	0f b6 00             	movzbl (%eax),%eax
c0106136:	88 44 1d d0          	mov    %al,-0x30(%ebp,%ebx,1)
		num /= base;
c010613a:	89 f8                	mov    %edi,%eax
c010613c:	89 cf                	mov    %ecx,%edi
	} while (num != 0);
c010613e:	8b 4d b4             	mov    -0x4c(%ebp),%ecx
c0106141:	19 c8                	sbb    %ecx,%eax
c0106143:	73 ab                	jae    c01060f0 <printnum+0x50>

	int len = n + (negative ? 1 : 0);
c0106145:	8b 4d 18             	mov    0x18(%ebp),%ecx
c0106148:	8b 45 bc             	mov    -0x44(%ebp),%eax
c010614b:	8b 7d a0             	mov    -0x60(%ebp),%edi
c010614e:	01 c8                	add    %ecx,%eax
	int fill = sp->width > len ? sp->width - len : 0;
c0106150:	8b 4d 1c             	mov    0x1c(%ebp),%ecx
c0106153:	8b 11                	mov    (%ecx),%edx
c0106155:	39 c2                	cmp    %eax,%edx
c0106157:	0f 8f 93 00 00 00    	jg     c01061f0 <printnum+0x150>

	if (!sp->left && !sp->zero)
c010615d:	8b 51 08             	mov    0x8(%ecx),%edx
c0106160:	85 d2                	test   %edx,%edx
c0106162:	0f 85 38 01 00 00    	jne    c01062a0 <printnum+0x200>
c0106168:	8b 41 0c             	mov    0xc(%ecx),%eax
c010616b:	89 45 bc             	mov    %eax,-0x44(%ebp)
c010616e:	85 c0                	test   %eax,%eax
c0106170:	0f 85 62 01 00 00    	jne    c01062d8 <printnum+0x238>
		pad(putch, arg, ' ', fill);
	if (negative)
c0106176:	8b 55 18             	mov    0x18(%ebp),%edx
c0106179:	85 d2                	test   %edx,%edx
c010617b:	0f 85 bb 00 00 00    	jne    c010623c <printnum+0x19c>
	int fill = sp->width > len ? sp->width - len : 0;
c0106181:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
c0106188:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010618f:	90                   	nop
		putch('-', arg);
	if (!sp->left && sp->zero)
		pad(putch, arg, '0', fill);
	while (n > 0)
c0106190:	8d 75 d0             	lea    -0x30(%ebp),%esi
c0106193:	8d 5c 1d d0          	lea    -0x30(%ebp,%ebx,1),%ebx
c0106197:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010619e:	66 90                	xchg   %ax,%ax
		putch(digits[--n], arg);
c01061a0:	89 7c 24 04          	mov    %edi,0x4(%esp)
c01061a4:	0f be 13             	movsbl (%ebx),%edx
c01061a7:	89 14 24             	mov    %edx,(%esp)
c01061aa:	8b 45 a8             	mov    -0x58(%ebp),%eax
c01061ad:	ff d0                	call   *%eax
	while (n > 0)
c01061af:	89 da                	mov    %ebx,%edx
c01061b1:	4b                   	dec    %ebx
c01061b2:	39 d6                	cmp    %edx,%esi
c01061b4:	75 ea                	jne    c01061a0 <printnum+0x100>
	if (sp->left)
c01061b6:	8b 45 1c             	mov    0x1c(%ebp),%eax
c01061b9:	8b 58 08             	mov    0x8(%eax),%ebx
c01061bc:	85 db                	test   %ebx,%ebx
c01061be:	74 22                	je     c01061e2 <printnum+0x142>
	while (n-- > 0)
c01061c0:	8b 45 bc             	mov    -0x44(%ebp),%eax
c01061c3:	8d 58 ff             	lea    -0x1(%eax),%ebx
c01061c6:	85 c0                	test   %eax,%eax
c01061c8:	74 18                	je     c01061e2 <printnum+0x142>
c01061ca:	8b 75 a8             	mov    -0x58(%ebp),%esi
c01061cd:	8d 76 00             	lea    0x0(%esi),%esi
		putch(c, arg);
c01061d0:	89 7c 24 04          	mov    %edi,0x4(%esp)
c01061d4:	c7 04 24 20 00 00 00 	movl   $0x20,(%esp)
c01061db:	ff d6                	call   *%esi
	while (n-- > 0)
c01061dd:	83 eb 01             	sub    $0x1,%ebx
c01061e0:	73 ee                	jae    c01061d0 <printnum+0x130>
		pad(putch, arg, ' ', fill);
	// END STAGE 1 SOLUTION
	// STAGE 1 STUB: (void)num; (void)base; (void)upper; (void)negative; (void)sp;
	// STAGE 1 STUB: putch('?', arg);
}
c01061e2:	83 c4 7c             	add    $0x7c,%esp
c01061e5:	5b                   	pop    %ebx
c01061e6:	5e                   	pop    %esi
c01061e7:	5f                   	pop    %edi
c01061e8:	5d                   	pop    %ebp
c01061e9:	c3                   	ret
c01061ea:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
	if (!sp->left && !sp->zero)
c01061f0:	8b 4d 1c             	mov    0x1c(%ebp),%ecx
	int fill = sp->width > len ? sp->width - len : 0;
c01061f3:	29 c2                	sub    %eax,%edx
c01061f5:	89 55 bc             	mov    %edx,-0x44(%ebp)
c01061f8:	89 d0                	mov    %edx,%eax
	if (!sp->left && !sp->zero)
c01061fa:	8b 71 08             	mov    0x8(%ecx),%esi
c01061fd:	85 f6                	test   %esi,%esi
c01061ff:	0f 85 a2 00 00 00    	jne    c01062a7 <printnum+0x207>
c0106205:	8b 51 0c             	mov    0xc(%ecx),%edx
c0106208:	85 d2                	test   %edx,%edx
c010620a:	0f 85 a8 00 00 00    	jne    c01062b8 <printnum+0x218>
	while (n-- > 0)
c0106210:	89 5d b0             	mov    %ebx,-0x50(%ebp)
c0106213:	8d 70 ff             	lea    -0x1(%eax),%esi
c0106216:	89 f3                	mov    %esi,%ebx
c0106218:	8b 75 a8             	mov    -0x58(%ebp),%esi
c010621b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c010621f:	90                   	nop
		putch(c, arg);
c0106220:	89 7c 24 04          	mov    %edi,0x4(%esp)
c0106224:	c7 04 24 20 00 00 00 	movl   $0x20,(%esp)
c010622b:	ff d6                	call   *%esi
	while (n-- > 0)
c010622d:	83 eb 01             	sub    $0x1,%ebx
c0106230:	73 ee                	jae    c0106220 <printnum+0x180>
	if (negative)
c0106232:	8b 45 18             	mov    0x18(%ebp),%eax
c0106235:	8b 5d b0             	mov    -0x50(%ebp),%ebx
c0106238:	85 c0                	test   %eax,%eax
c010623a:	74 10                	je     c010624c <printnum+0x1ac>
		putch('-', arg);
c010623c:	89 7c 24 04          	mov    %edi,0x4(%esp)
c0106240:	c7 04 24 2d 00 00 00 	movl   $0x2d,(%esp)
c0106247:	8b 45 a8             	mov    -0x58(%ebp),%eax
c010624a:	ff d0                	call   *%eax
	if (!sp->left && sp->zero)
c010624c:	8b 45 1c             	mov    0x1c(%ebp),%eax
c010624f:	8b 40 08             	mov    0x8(%eax),%eax
c0106252:	85 c0                	test   %eax,%eax
c0106254:	0f 85 36 ff ff ff    	jne    c0106190 <printnum+0xf0>
c010625a:	8b 45 1c             	mov    0x1c(%ebp),%eax
c010625d:	8b 70 0c             	mov    0xc(%eax),%esi
c0106260:	85 f6                	test   %esi,%esi
c0106262:	0f 84 28 ff ff ff    	je     c0106190 <printnum+0xf0>
	while (n-- > 0)
c0106268:	8b 45 bc             	mov    -0x44(%ebp),%eax
c010626b:	8d 70 ff             	lea    -0x1(%eax),%esi
c010626e:	85 c0                	test   %eax,%eax
c0106270:	0f 84 0b ff ff ff    	je     c0106181 <printnum+0xe1>
c0106276:	89 5d b0             	mov    %ebx,-0x50(%ebp)
c0106279:	89 f3                	mov    %esi,%ebx
c010627b:	8b 75 a8             	mov    -0x58(%ebp),%esi
c010627e:	66 90                	xchg   %ax,%ax
		putch(c, arg);
c0106280:	89 7c 24 04          	mov    %edi,0x4(%esp)
c0106284:	c7 04 24 30 00 00 00 	movl   $0x30,(%esp)
c010628b:	ff d6                	call   *%esi
	while (n-- > 0)
c010628d:	83 eb 01             	sub    $0x1,%ebx
c0106290:	73 ee                	jae    c0106280 <printnum+0x1e0>
c0106292:	8b 5d b0             	mov    -0x50(%ebp),%ebx
c0106295:	e9 f6 fe ff ff       	jmp    c0106190 <printnum+0xf0>
c010629a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
	int fill = sp->width > len ? sp->width - len : 0;
c01062a0:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
	if (negative)
c01062a7:	8b 45 18             	mov    0x18(%ebp),%eax
c01062aa:	85 c0                	test   %eax,%eax
c01062ac:	75 8e                	jne    c010623c <printnum+0x19c>
c01062ae:	e9 dd fe ff ff       	jmp    c0106190 <printnum+0xf0>
c01062b3:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c01062b7:	90                   	nop
c01062b8:	8b 4d 18             	mov    0x18(%ebp),%ecx
c01062bb:	85 c9                	test   %ecx,%ecx
c01062bd:	0f 85 79 ff ff ff    	jne    c010623c <printnum+0x19c>
	while (n-- > 0)
c01062c3:	89 5d b0             	mov    %ebx,-0x50(%ebp)
c01062c6:	8b 45 bc             	mov    -0x44(%ebp),%eax
c01062c9:	8d 70 ff             	lea    -0x1(%eax),%esi
c01062cc:	89 f3                	mov    %esi,%ebx
c01062ce:	8b 75 a8             	mov    -0x58(%ebp),%esi
c01062d1:	eb ad                	jmp    c0106280 <printnum+0x1e0>
c01062d3:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c01062d7:	90                   	nop
	int fill = sp->width > len ? sp->width - len : 0;
c01062d8:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
c01062df:	e9 92 fe ff ff       	jmp    c0106176 <printnum+0xd6>
c01062e4:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01062eb:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c01062ef:	90                   	nop

c01062f0 <sbuf_putch>:
	size_t size;   // capacity, including the final NUL
	size_t len;    // characters produced so far (may exceed size)
};

static void sbuf_putch(int c, void *arg)
{
c01062f0:	55                   	push   %ebp
c01062f1:	89 e5                	mov    %esp,%ebp
c01062f3:	53                   	push   %ebx
c01062f4:	8b 45 0c             	mov    0xc(%ebp),%eax
	struct sbuf *b = arg;
	if (b->len + 1 < b->size)
c01062f7:	8b 48 08             	mov    0x8(%eax),%ecx
c01062fa:	8d 51 01             	lea    0x1(%ecx),%edx
c01062fd:	3b 50 04             	cmp    0x4(%eax),%edx
c0106300:	73 0f                	jae    c0106311 <sbuf_putch+0x21>
		b->buf[b->len] = (char)c;
c0106302:	8b 10                	mov    (%eax),%edx
c0106304:	0f b6 5d 08          	movzbl 0x8(%ebp),%ebx
c0106308:	88 1c 0a             	mov    %bl,(%edx,%ecx,1)
	b->len++;
c010630b:	8b 58 08             	mov    0x8(%eax),%ebx
c010630e:	8d 53 01             	lea    0x1(%ebx),%edx
c0106311:	89 50 08             	mov    %edx,0x8(%eax)
}
c0106314:	5b                   	pop    %ebx
c0106315:	5d                   	pop    %ebp
c0106316:	c3                   	ret
c0106317:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010631e:	66 90                	xchg   %ax,%ax

c0106320 <vprintfmt>:
{
c0106320:	55                   	push   %ebp
c0106321:	89 e5                	mov    %esp,%ebp
c0106323:	57                   	push   %edi
c0106324:	56                   	push   %esi
c0106325:	53                   	push   %ebx
c0106326:	83 ec 6c             	sub    $0x6c,%esp
c0106329:	8b 75 10             	mov    0x10(%ebp),%esi
	for (const char *p = fmt; *p; p++) {
c010632c:	0f be 06             	movsbl (%esi),%eax
c010632f:	84 c0                	test   %al,%al
c0106331:	75 2a                	jne    c010635d <vprintfmt+0x3d>
c0106333:	e9 58 01 00 00       	jmp    c0106490 <vprintfmt+0x170>
c0106338:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010633f:	90                   	nop
			putch(*p, arg);
c0106340:	8b 7d 0c             	mov    0xc(%ebp),%edi
c0106343:	89 04 24             	mov    %eax,(%esp)
c0106346:	89 7c 24 04          	mov    %edi,0x4(%esp)
c010634a:	89 f7                	mov    %esi,%edi
c010634c:	89 de                	mov    %ebx,%esi
c010634e:	ff 55 08             	call   *0x8(%ebp)
	for (const char *p = fmt; *p; p++) {
c0106351:	0f be 47 01          	movsbl 0x1(%edi),%eax
c0106355:	84 c0                	test   %al,%al
c0106357:	0f 84 33 01 00 00    	je     c0106490 <vprintfmt+0x170>
		p = parse_spec(p + 1, &sp);
c010635d:	8d 5e 01             	lea    0x1(%esi),%ebx
		if (*p != '%') {
c0106360:	3c 25                	cmp    $0x25,%al
c0106362:	75 dc                	jne    c0106340 <vprintfmt+0x20>
		if (*p == '-')
c0106364:	0f b6 03             	movzbl (%ebx),%eax
	sp->lng = 0;
c0106367:	31 d2                	xor    %edx,%edx
c0106369:	31 c9                	xor    %ecx,%ecx
	sp->width = 0;
c010636b:	c7 45 d4 00 00 00 00 	movl   $0x0,-0x2c(%ebp)
	sp->precision = -1;
c0106372:	c7 45 d8 ff ff ff ff 	movl   $0xffffffff,-0x28(%ebp)
	sp->left = 0;
c0106379:	c7 45 dc 00 00 00 00 	movl   $0x0,-0x24(%ebp)
	sp->zero = 0;
c0106380:	c7 45 e0 00 00 00 00 	movl   $0x0,-0x20(%ebp)
		if (*p == '-')
c0106387:	3c 2d                	cmp    $0x2d,%al
	sp->lng = 0;
c0106389:	c7 45 e4 00 00 00 00 	movl   $0x0,-0x1c(%ebp)
		if (*p == '-')
c0106390:	74 1c                	je     c01063ae <vprintfmt+0x8e>
c0106392:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106399:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
		else if (*p == '0')
c01063a0:	3c 30                	cmp    $0x30,%al
c01063a2:	75 14                	jne    c01063b8 <vprintfmt+0x98>
c01063a4:	b2 01                	mov    $0x1,%dl
	for (;; p++) {
c01063a6:	43                   	inc    %ebx
		if (*p == '-')
c01063a7:	0f b6 03             	movzbl (%ebx),%eax
c01063aa:	3c 2d                	cmp    $0x2d,%al
c01063ac:	75 f2                	jne    c01063a0 <vprintfmt+0x80>
c01063ae:	b1 01                	mov    $0x1,%cl
	for (;; p++) {
c01063b0:	43                   	inc    %ebx
c01063b1:	eb f4                	jmp    c01063a7 <vprintfmt+0x87>
c01063b3:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c01063b7:	90                   	nop
c01063b8:	84 d2                	test   %dl,%dl
c01063ba:	74 07                	je     c01063c3 <vprintfmt+0xa3>
c01063bc:	c7 45 e0 01 00 00 00 	movl   $0x1,-0x20(%ebp)
c01063c3:	84 c9                	test   %cl,%cl
c01063c5:	74 07                	je     c01063ce <vprintfmt+0xae>
c01063c7:	c7 45 dc 01 00 00 00 	movl   $0x1,-0x24(%ebp)
	while (*p >= '0' && *p <= '9')
c01063ce:	88 c2                	mov    %al,%dl
c01063d0:	31 c9                	xor    %ecx,%ecx
c01063d2:	80 ea 30             	sub    $0x30,%dl
c01063d5:	80 fa 09             	cmp    $0x9,%dl
c01063d8:	77 22                	ja     c01063fc <vprintfmt+0xdc>
c01063da:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
		sp->width = sp->width * 10 + (*p++ - '0');
c01063e0:	2c 30                	sub    $0x30,%al
c01063e2:	43                   	inc    %ebx
c01063e3:	8d 14 89             	lea    (%ecx,%ecx,4),%edx
c01063e6:	0f be c0             	movsbl %al,%eax
c01063e9:	8d 0c 50             	lea    (%eax,%edx,2),%ecx
	while (*p >= '0' && *p <= '9')
c01063ec:	0f b6 03             	movzbl (%ebx),%eax
c01063ef:	88 c2                	mov    %al,%dl
c01063f1:	80 ea 30             	sub    $0x30,%dl
c01063f4:	80 fa 09             	cmp    $0x9,%dl
c01063f7:	76 e7                	jbe    c01063e0 <vprintfmt+0xc0>
c01063f9:	89 4d d4             	mov    %ecx,-0x2c(%ebp)
	if (*p == '.') {
c01063fc:	3c 2e                	cmp    $0x2e,%al
c01063fe:	0f 84 9c 00 00 00    	je     c01064a0 <vprintfmt+0x180>
	while (*p == 'l') {
c0106404:	0f b6 03             	movzbl (%ebx),%eax
c0106407:	3c 6c                	cmp    $0x6c,%al
c0106409:	89 de                	mov    %ebx,%esi
c010640b:	0f 85 d7 00 00 00    	jne    c01064e8 <vprintfmt+0x1c8>
c0106411:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106418:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010641f:	90                   	nop
		p++;
c0106420:	89 f7                	mov    %esi,%edi
c0106422:	46                   	inc    %esi
	while (*p == 'l') {
c0106423:	0f b6 06             	movzbl (%esi),%eax
c0106426:	3c 6c                	cmp    $0x6c,%al
c0106428:	74 f6                	je     c0106420 <vprintfmt+0x100>
		sp->lng++;
c010642a:	89 fa                	mov    %edi,%edx
c010642c:	29 da                	sub    %ebx,%edx
		switch (*p) {
c010642e:	3c 78                	cmp    $0x78,%al
		sp->lng++;
c0106430:	8d 4a 01             	lea    0x1(%edx),%ecx
c0106433:	89 4d e4             	mov    %ecx,-0x1c(%ebp)
		switch (*p) {
c0106436:	0f 8f d4 00 00 00    	jg     c0106510 <vprintfmt+0x1f0>
c010643c:	3c 57                	cmp    $0x57,%al
c010643e:	7e 20                	jle    c0106460 <vprintfmt+0x140>
c0106440:	88 c2                	mov    %al,%dl
c0106442:	80 ea 58             	sub    $0x58,%dl
c0106445:	80 fa 20             	cmp    $0x20,%dl
c0106448:	0f 87 c2 00 00 00    	ja     c0106510 <vprintfmt+0x1f0>
c010644e:	0f b6 d2             	movzbl %dl,%edx
c0106451:	ff 24 95 3c 90 10 c0 	jmp    *-0x3fef6fc4(,%edx,4)
c0106458:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010645f:	90                   	nop
c0106460:	84 c0                	test   %al,%al
c0106462:	0f 84 78 02 00 00    	je     c01066e0 <vprintfmt+0x3c0>
c0106468:	3c 25                	cmp    $0x25,%al
c010646a:	0f 85 a0 00 00 00    	jne    c0106510 <vprintfmt+0x1f0>
			putch('%', arg);
c0106470:	8b 45 0c             	mov    0xc(%ebp),%eax
			break;
c0106473:	89 f7                	mov    %esi,%edi
c0106475:	46                   	inc    %esi
			putch('%', arg);
c0106476:	c7 04 24 25 00 00 00 	movl   $0x25,(%esp)
c010647d:	89 44 24 04          	mov    %eax,0x4(%esp)
c0106481:	ff 55 08             	call   *0x8(%ebp)
	for (const char *p = fmt; *p; p++) {
c0106484:	0f be 47 01          	movsbl 0x1(%edi),%eax
c0106488:	84 c0                	test   %al,%al
c010648a:	0f 85 cd fe ff ff    	jne    c010635d <vprintfmt+0x3d>
}
c0106490:	83 c4 6c             	add    $0x6c,%esp
c0106493:	5b                   	pop    %ebx
c0106494:	5e                   	pop    %esi
c0106495:	5f                   	pop    %edi
c0106496:	5d                   	pop    %ebp
c0106497:	c3                   	ret
c0106498:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010649f:	90                   	nop
		sp->precision = 0;
c01064a0:	c7 45 d8 00 00 00 00 	movl   $0x0,-0x28(%ebp)
		while (*p >= '0' && *p <= '9')
c01064a7:	0f b6 43 01          	movzbl 0x1(%ebx),%eax
		p++;
c01064ab:	8d 53 01             	lea    0x1(%ebx),%edx
		while (*p >= '0' && *p <= '9')
c01064ae:	88 c1                	mov    %al,%cl
c01064b0:	80 e9 30             	sub    $0x30,%cl
c01064b3:	80 f9 09             	cmp    $0x9,%cl
c01064b6:	0f 87 ce 03 00 00    	ja     c010688a <vprintfmt+0x56a>
c01064bc:	31 db                	xor    %ebx,%ebx
c01064be:	66 90                	xchg   %ax,%ax
			sp->precision = sp->precision * 10 + (*p++ - '0');
c01064c0:	2c 30                	sub    $0x30,%al
c01064c2:	42                   	inc    %edx
c01064c3:	8d 0c 9b             	lea    (%ebx,%ebx,4),%ecx
c01064c6:	0f be c0             	movsbl %al,%eax
c01064c9:	8d 1c 48             	lea    (%eax,%ecx,2),%ebx
		while (*p >= '0' && *p <= '9')
c01064cc:	0f b6 02             	movzbl (%edx),%eax
c01064cf:	88 c1                	mov    %al,%cl
c01064d1:	80 e9 30             	sub    $0x30,%cl
c01064d4:	80 f9 09             	cmp    $0x9,%cl
c01064d7:	76 e7                	jbe    c01064c0 <vprintfmt+0x1a0>
c01064d9:	89 5d d8             	mov    %ebx,-0x28(%ebp)
	while (*p == 'l') {
c01064dc:	3c 6c                	cmp    $0x6c,%al
			sp->precision = sp->precision * 10 + (*p++ - '0');
c01064de:	89 d3                	mov    %edx,%ebx
	while (*p == 'l') {
c01064e0:	89 de                	mov    %ebx,%esi
c01064e2:	0f 84 38 ff ff ff    	je     c0106420 <vprintfmt+0x100>
		switch (*p) {
c01064e8:	3c 78                	cmp    $0x78,%al
c01064ea:	7f 24                	jg     c0106510 <vprintfmt+0x1f0>
c01064ec:	3c 57                	cmp    $0x57,%al
c01064ee:	0f 8e db 01 00 00    	jle    c01066cf <vprintfmt+0x3af>
c01064f4:	88 c2                	mov    %al,%dl
c01064f6:	80 ea 58             	sub    $0x58,%dl
c01064f9:	80 fa 20             	cmp    $0x20,%dl
c01064fc:	77 0a                	ja     c0106508 <vprintfmt+0x1e8>
c01064fe:	0f b6 d2             	movzbl %dl,%edx
c0106501:	ff 24 95 c0 90 10 c0 	jmp    *-0x3fef6f40(,%edx,4)
c0106508:	89 de                	mov    %ebx,%esi
c010650a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
			putch('%', arg);
c0106510:	8b 45 0c             	mov    0xc(%ebp),%eax
			break;
c0106513:	89 f7                	mov    %esi,%edi
c0106515:	46                   	inc    %esi
			putch('%', arg);
c0106516:	c7 04 24 25 00 00 00 	movl   $0x25,(%esp)
c010651d:	89 44 24 04          	mov    %eax,0x4(%esp)
c0106521:	ff 55 08             	call   *0x8(%ebp)
			putch(*p, arg);
c0106524:	8b 45 0c             	mov    0xc(%ebp),%eax
c0106527:	89 44 24 04          	mov    %eax,0x4(%esp)
c010652b:	0f be 46 ff          	movsbl -0x1(%esi),%eax
c010652f:	89 04 24             	mov    %eax,(%esp)
c0106532:	ff 55 08             	call   *0x8(%ebp)
			break;
c0106535:	e9 17 fe ff ff       	jmp    c0106351 <vprintfmt+0x31>
		switch (*p) {
c010653a:	89 de                	mov    %ebx,%esi
	if (lng >= 2)
c010653c:	83 7d e4 01          	cmpl   $0x1,-0x1c(%ebp)
		return va_arg(*ap, long long);
c0106540:	8b 45 14             	mov    0x14(%ebp),%eax
	if (lng >= 2)
c0106543:	0f 8f ad 01 00 00    	jg     c01066f6 <vprintfmt+0x3d6>
	return va_arg(*ap, int);
c0106549:	83 45 14 04          	addl   $0x4,0x14(%ebp)
c010654d:	8b 08                	mov    (%eax),%ecx
c010654f:	89 4d c0             	mov    %ecx,-0x40(%ebp)
c0106552:	89 cb                	mov    %ecx,%ebx
c0106554:	c1 fb 1f             	sar    $0x1f,%ebx
c0106557:	89 5d c4             	mov    %ebx,-0x3c(%ebp)
			uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
c010655a:	8b 55 c4             	mov    -0x3c(%ebp),%edx
c010655d:	8b 45 c0             	mov    -0x40(%ebp),%eax
c0106560:	85 d2                	test   %edx,%edx
c0106562:	89 d3                	mov    %edx,%ebx
c0106564:	89 c1                	mov    %eax,%ecx
c0106566:	79 0b                	jns    c0106573 <vprintfmt+0x253>
c0106568:	f7 d8                	neg    %eax
c010656a:	83 d2 00             	adc    $0x0,%edx
c010656d:	89 c1                	mov    %eax,%ecx
c010656f:	f7 da                	neg    %edx
c0106571:	89 d3                	mov    %edx,%ebx
			printnum(putch, arg, mag, 10, 0, v < 0, &sp);
c0106573:	8d 45 d4             	lea    -0x2c(%ebp),%eax
c0106576:	31 d2                	xor    %edx,%edx
c0106578:	89 44 24 14          	mov    %eax,0x14(%esp)
c010657c:	bf 0a 00 00 00       	mov    $0xa,%edi
c0106581:	8b 45 c4             	mov    -0x3c(%ebp),%eax
c0106584:	89 7c 24 08          	mov    %edi,0x8(%esp)
			break;
c0106588:	89 f7                	mov    %esi,%edi
c010658a:	46                   	inc    %esi
			printnum(putch, arg, mag, 10, 0, v < 0, &sp);
c010658b:	89 54 24 0c          	mov    %edx,0xc(%esp)
c010658f:	89 0c 24             	mov    %ecx,(%esp)
c0106592:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0106596:	c1 e8 1f             	shr    $0x1f,%eax
c0106599:	89 44 24 10          	mov    %eax,0x10(%esp)
c010659d:	8b 55 0c             	mov    0xc(%ebp),%edx
c01065a0:	8b 45 08             	mov    0x8(%ebp),%eax
c01065a3:	e8 f8 fa ff ff       	call   c01060a0 <printnum>
			break;
c01065a8:	e9 a4 fd ff ff       	jmp    c0106351 <vprintfmt+0x31>
			printnum(putch, arg, get_unsigned(&args, sp.lng), 16, *p == 'X', 0, &sp);
c01065ad:	31 d2                	xor    %edx,%edx
c01065af:	3c 58                	cmp    $0x58,%al
c01065b1:	0f 94 c2             	sete   %dl
	if (lng >= 2)
c01065b4:	49                   	dec    %ecx
c01065b5:	0f 8f 4f 01 00 00    	jg     c010670a <vprintfmt+0x3ea>
	return va_arg(*ap, unsigned int);
c01065bb:	8b 45 14             	mov    0x14(%ebp),%eax
c01065be:	31 db                	xor    %ebx,%ebx
c01065c0:	89 f7                	mov    %esi,%edi
c01065c2:	83 45 14 04          	addl   $0x4,0x14(%ebp)
c01065c6:	8b 08                	mov    (%eax),%ecx
			printnum(putch, arg, get_unsigned(&args, sp.lng), 16, *p == 'X', 0, &sp);
c01065c8:	89 54 24 0c          	mov    %edx,0xc(%esp)
c01065cc:	8d 45 d4             	lea    -0x2c(%ebp),%eax
c01065cf:	89 44 24 14          	mov    %eax,0x14(%esp)
c01065d3:	31 c0                	xor    %eax,%eax
c01065d5:	89 44 24 10          	mov    %eax,0x10(%esp)
c01065d9:	b8 10 00 00 00       	mov    $0x10,%eax
c01065de:	89 44 24 08          	mov    %eax,0x8(%esp)
c01065e2:	e9 d0 00 00 00       	jmp    c01066b7 <vprintfmt+0x397>
		switch (*p) {
c01065e7:	89 de                	mov    %ebx,%esi
			printstr(putch, arg, va_arg(args, const char *), &sp);
c01065e9:	8b 45 14             	mov    0x14(%ebp),%eax
c01065ec:	83 c0 04             	add    $0x4,%eax
c01065ef:	89 45 b8             	mov    %eax,-0x48(%ebp)
c01065f2:	8b 45 14             	mov    0x14(%ebp),%eax
c01065f5:	8b 00                	mov    (%eax),%eax
	if (s == NULL)
c01065f7:	85 c0                	test   %eax,%eax
c01065f9:	0f 84 30 01 00 00    	je     c010672f <vprintfmt+0x40f>
	while (s[len] && (sp->precision < 0 || len < sp->precision))
c01065ff:	80 38 00             	cmpb   $0x0,(%eax)
c0106602:	0f 84 fb 02 00 00    	je     c0106903 <vprintfmt+0x5e3>
c0106608:	8b 55 d8             	mov    -0x28(%ebp),%edx
	int len = 0;
c010660b:	31 db                	xor    %ebx,%ebx
	while (s[len] && (sp->precision < 0 || len < sp->precision))
c010660d:	85 d2                	test   %edx,%edx
c010660f:	75 0b                	jne    c010661c <vprintfmt+0x2fc>
c0106611:	eb 10                	jmp    c0106623 <vprintfmt+0x303>
c0106613:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0106617:	90                   	nop
c0106618:	39 da                	cmp    %ebx,%edx
c010661a:	74 07                	je     c0106623 <vprintfmt+0x303>
		len++;
c010661c:	43                   	inc    %ebx
	while (s[len] && (sp->precision < 0 || len < sp->precision))
c010661d:	80 3c 18 00          	cmpb   $0x0,(%eax,%ebx,1)
c0106621:	75 f5                	jne    c0106618 <vprintfmt+0x2f8>
	int fill = sp->width > len ? sp->width - len : 0;
c0106623:	8b 55 d4             	mov    -0x2c(%ebp),%edx
c0106626:	39 da                	cmp    %ebx,%edx
c0106628:	0f 8f eb 01 00 00    	jg     c0106819 <vprintfmt+0x4f9>
c010662e:	c7 45 bc 00 00 00 00 	movl   $0x0,-0x44(%ebp)
	if (!sp->left)
c0106635:	8b 4d dc             	mov    -0x24(%ebp),%ecx
	for (int i = 0; i < len; i++)
c0106638:	85 db                	test   %ebx,%ebx
c010663a:	74 38                	je     c0106674 <vprintfmt+0x354>
	int fill = sp->width > len ? sp->width - len : 0;
c010663c:	89 75 10             	mov    %esi,0x10(%ebp)
c010663f:	31 ff                	xor    %edi,%edi
c0106641:	89 c6                	mov    %eax,%esi
c0106643:	89 4d c0             	mov    %ecx,-0x40(%ebp)
c0106646:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c010664d:	8d 76 00             	lea    0x0(%esi),%esi
		putch(s[i], arg);
c0106650:	8b 45 0c             	mov    0xc(%ebp),%eax
c0106653:	89 44 24 04          	mov    %eax,0x4(%esp)
c0106657:	0f be 14 3e          	movsbl (%esi,%edi,1),%edx
	for (int i = 0; i < len; i++)
c010665b:	47                   	inc    %edi
		putch(s[i], arg);
c010665c:	89 14 24             	mov    %edx,(%esp)
c010665f:	ff 55 08             	call   *0x8(%ebp)
	for (int i = 0; i < len; i++)
c0106662:	39 df                	cmp    %ebx,%edi
c0106664:	7c ea                	jl     c0106650 <vprintfmt+0x330>
	if (sp->left)
c0106666:	8b 4d c0             	mov    -0x40(%ebp),%ecx
c0106669:	8b 75 10             	mov    0x10(%ebp),%esi
c010666c:	85 c9                	test   %ecx,%ecx
c010666e:	0f 85 cc 01 00 00    	jne    c0106840 <vprintfmt+0x520>
			printstr(putch, arg, va_arg(args, const char *), &sp);
c0106674:	8b 45 b8             	mov    -0x48(%ebp),%eax
	for (const char *p = fmt; *p; p++) {
c0106677:	89 f7                	mov    %esi,%edi
c0106679:	46                   	inc    %esi
			printstr(putch, arg, va_arg(args, const char *), &sp);
c010667a:	89 45 14             	mov    %eax,0x14(%ebp)
c010667d:	e9 cf fc ff ff       	jmp    c0106351 <vprintfmt+0x31>
	if (lng >= 2)
c0106682:	49                   	dec    %ecx
		return va_arg(*ap, unsigned long long);
c0106683:	8b 45 14             	mov    0x14(%ebp),%eax
	if (lng >= 2)
c0106686:	0f 8f 91 00 00 00    	jg     c010671d <vprintfmt+0x3fd>
		return va_arg(*ap, unsigned long);
c010668c:	83 c0 04             	add    $0x4,%eax
	return va_arg(*ap, unsigned int);
c010668f:	8b 7d 14             	mov    0x14(%ebp),%edi
c0106692:	31 db                	xor    %ebx,%ebx
c0106694:	8b 0f                	mov    (%edi),%ecx
c0106696:	89 f7                	mov    %esi,%edi
c0106698:	89 45 14             	mov    %eax,0x14(%ebp)
			printnum(putch, arg, get_unsigned(&args, sp.lng), 10, 0, 0, &sp);
c010669b:	8d 45 d4             	lea    -0x2c(%ebp),%eax
c010669e:	89 44 24 14          	mov    %eax,0x14(%esp)
c01066a2:	31 c0                	xor    %eax,%eax
c01066a4:	89 44 24 10          	mov    %eax,0x10(%esp)
c01066a8:	31 c0                	xor    %eax,%eax
c01066aa:	89 44 24 0c          	mov    %eax,0xc(%esp)
c01066ae:	b8 0a 00 00 00       	mov    $0xa,%eax
c01066b3:	89 44 24 08          	mov    %eax,0x8(%esp)
			printnum(putch, arg, get_unsigned(&args, sp.lng), 16, *p == 'X', 0, &sp);
c01066b7:	89 0c 24             	mov    %ecx,(%esp)
	for (const char *p = fmt; *p; p++) {
c01066ba:	46                   	inc    %esi
			printnum(putch, arg, get_unsigned(&args, sp.lng), 16, *p == 'X', 0, &sp);
c01066bb:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c01066bf:	8b 55 0c             	mov    0xc(%ebp),%edx
c01066c2:	8b 45 08             	mov    0x8(%ebp),%eax
c01066c5:	e8 d6 f9 ff ff       	call   c01060a0 <printnum>
			break;
c01066ca:	e9 82 fc ff ff       	jmp    c0106351 <vprintfmt+0x31>
		switch (*p) {
c01066cf:	84 c0                	test   %al,%al
c01066d1:	0f 85 91 fd ff ff    	jne    c0106468 <vprintfmt+0x148>
			p--;
c01066d7:	8d 7b ff             	lea    -0x1(%ebx),%edi
c01066da:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
			putch('%', arg);
c01066e0:	8b 45 0c             	mov    0xc(%ebp),%eax
c01066e3:	c7 04 24 25 00 00 00 	movl   $0x25,(%esp)
c01066ea:	89 44 24 04          	mov    %eax,0x4(%esp)
c01066ee:	ff 55 08             	call   *0x8(%ebp)
			break;
c01066f1:	e9 5b fc ff ff       	jmp    c0106351 <vprintfmt+0x31>
		return va_arg(*ap, long long);
c01066f6:	8b 50 04             	mov    0x4(%eax),%edx
c01066f9:	8b 00                	mov    (%eax),%eax
c01066fb:	83 45 14 08          	addl   $0x8,0x14(%ebp)
c01066ff:	89 55 c4             	mov    %edx,-0x3c(%ebp)
c0106702:	89 45 c0             	mov    %eax,-0x40(%ebp)
c0106705:	e9 50 fe ff ff       	jmp    c010655a <vprintfmt+0x23a>
		return va_arg(*ap, unsigned long long);
c010670a:	8b 45 14             	mov    0x14(%ebp),%eax
		p++;
c010670d:	89 f7                	mov    %esi,%edi
		return va_arg(*ap, unsigned long long);
c010670f:	83 45 14 08          	addl   $0x8,0x14(%ebp)
c0106713:	8b 08                	mov    (%eax),%ecx
c0106715:	8b 58 04             	mov    0x4(%eax),%ebx
c0106718:	e9 ab fe ff ff       	jmp    c01065c8 <vprintfmt+0x2a8>
c010671d:	8b 08                	mov    (%eax),%ecx
c010671f:	83 c0 08             	add    $0x8,%eax
		p++;
c0106722:	89 f7                	mov    %esi,%edi
		return va_arg(*ap, unsigned long long);
c0106724:	8b 58 fc             	mov    -0x4(%eax),%ebx
c0106727:	89 45 14             	mov    %eax,0x14(%ebp)
c010672a:	e9 6c ff ff ff       	jmp    c010669b <vprintfmt+0x37b>
		s = "(null)";
c010672f:	b8 32 90 10 c0       	mov    $0xc0109032,%eax
c0106734:	e9 cf fe ff ff       	jmp    c0106608 <vprintfmt+0x2e8>
		p++;
c0106739:	89 f7                	mov    %esi,%edi
			putch(va_arg(args, int), arg);
c010673b:	8b 75 0c             	mov    0xc(%ebp),%esi
c010673e:	8b 45 14             	mov    0x14(%ebp),%eax
c0106741:	83 45 14 04          	addl   $0x4,0x14(%ebp)
c0106745:	89 74 24 04          	mov    %esi,0x4(%esp)
	for (const char *p = fmt; *p; p++) {
c0106749:	8d 77 01             	lea    0x1(%edi),%esi
			putch(va_arg(args, int), arg);
c010674c:	8b 00                	mov    (%eax),%eax
c010674e:	89 04 24             	mov    %eax,(%esp)
c0106751:	ff 55 08             	call   *0x8(%ebp)
			break;
c0106754:	e9 f8 fb ff ff       	jmp    c0106351 <vprintfmt+0x31>
		p++;
c0106759:	89 f7                	mov    %esi,%edi
	if (lng >= 2)
c010675b:	83 7d e4 01          	cmpl   $0x1,-0x1c(%ebp)
		return va_arg(*ap, unsigned long long);
c010675f:	8b 45 14             	mov    0x14(%ebp),%eax
	if (lng >= 2)
c0106762:	0f 8f 14 01 00 00    	jg     c010687c <vprintfmt+0x55c>
	return va_arg(*ap, unsigned int);
c0106768:	83 45 14 04          	addl   $0x4,0x14(%ebp)
c010676c:	31 d2                	xor    %edx,%edx
c010676e:	8b 00                	mov    (%eax),%eax
			printnum(putch, arg, get_unsigned(&args, sp.lng), 8, 0, 0, &sp);
c0106770:	8d 4d d4             	lea    -0x2c(%ebp),%ecx
c0106773:	be 08 00 00 00       	mov    $0x8,%esi
c0106778:	89 4c 24 14          	mov    %ecx,0x14(%esp)
c010677c:	31 db                	xor    %ebx,%ebx
c010677e:	31 c9                	xor    %ecx,%ecx
c0106780:	89 74 24 08          	mov    %esi,0x8(%esp)
	for (const char *p = fmt; *p; p++) {
c0106784:	8d 77 01             	lea    0x1(%edi),%esi
			printnum(putch, arg, get_unsigned(&args, sp.lng), 8, 0, 0, &sp);
c0106787:	89 4c 24 10          	mov    %ecx,0x10(%esp)
c010678b:	89 5c 24 0c          	mov    %ebx,0xc(%esp)
c010678f:	89 04 24             	mov    %eax,(%esp)
c0106792:	89 54 24 04          	mov    %edx,0x4(%esp)
c0106796:	8b 55 0c             	mov    0xc(%ebp),%edx
c0106799:	8b 45 08             	mov    0x8(%ebp),%eax
c010679c:	e8 ff f8 ff ff       	call   c01060a0 <printnum>
			break;
c01067a1:	e9 ab fb ff ff       	jmp    c0106351 <vprintfmt+0x31>
		p++;
c01067a6:	89 f7                	mov    %esi,%edi
			putch('0', arg);
c01067a8:	8b 45 0c             	mov    0xc(%ebp),%eax
			printnum(putch, arg, (uintptr_t)va_arg(args, void *), 16, 0, 0, &sp);
c01067ab:	bb 10 00 00 00       	mov    $0x10,%ebx
c01067b0:	31 f6                	xor    %esi,%esi
			putch('0', arg);
c01067b2:	c7 04 24 30 00 00 00 	movl   $0x30,(%esp)
c01067b9:	89 44 24 04          	mov    %eax,0x4(%esp)
c01067bd:	ff 55 08             	call   *0x8(%ebp)
			putch('x', arg);
c01067c0:	8b 45 0c             	mov    0xc(%ebp),%eax
c01067c3:	c7 04 24 78 00 00 00 	movl   $0x78,(%esp)
c01067ca:	89 44 24 04          	mov    %eax,0x4(%esp)
c01067ce:	ff 55 08             	call   *0x8(%ebp)
			printnum(putch, arg, (uintptr_t)va_arg(args, void *), 16, 0, 0, &sp);
c01067d1:	8b 45 14             	mov    0x14(%ebp),%eax
c01067d4:	8d 55 d4             	lea    -0x2c(%ebp),%edx
c01067d7:	83 45 14 04          	addl   $0x4,0x14(%ebp)
c01067db:	31 c9                	xor    %ecx,%ecx
			sp.zero = 1;
c01067dd:	c7 45 e0 01 00 00 00 	movl   $0x1,-0x20(%ebp)
			sp.width = 8;
c01067e4:	c7 45 d4 08 00 00 00 	movl   $0x8,-0x2c(%ebp)
			printnum(putch, arg, (uintptr_t)va_arg(args, void *), 16, 0, 0, &sp);
c01067eb:	89 54 24 14          	mov    %edx,0x14(%esp)
c01067ef:	31 d2                	xor    %edx,%edx
c01067f1:	89 54 24 10          	mov    %edx,0x10(%esp)
c01067f5:	89 4c 24 0c          	mov    %ecx,0xc(%esp)
c01067f9:	89 5c 24 08          	mov    %ebx,0x8(%esp)
c01067fd:	8b 00                	mov    (%eax),%eax
c01067ff:	89 74 24 04          	mov    %esi,0x4(%esp)
	for (const char *p = fmt; *p; p++) {
c0106803:	8d 77 01             	lea    0x1(%edi),%esi
			printnum(putch, arg, (uintptr_t)va_arg(args, void *), 16, 0, 0, &sp);
c0106806:	89 04 24             	mov    %eax,(%esp)
c0106809:	8b 55 0c             	mov    0xc(%ebp),%edx
c010680c:	8b 45 08             	mov    0x8(%ebp),%eax
c010680f:	e8 8c f8 ff ff       	call   c01060a0 <printnum>
			break;
c0106814:	e9 38 fb ff ff       	jmp    c0106351 <vprintfmt+0x31>
	if (!sp->left)
c0106819:	8b 4d dc             	mov    -0x24(%ebp),%ecx
	int fill = sp->width > len ? sp->width - len : 0;
c010681c:	29 da                	sub    %ebx,%edx
c010681e:	89 55 bc             	mov    %edx,-0x44(%ebp)
	if (!sp->left)
c0106821:	85 c9                	test   %ecx,%ecx
c0106823:	74 6c                	je     c0106891 <vprintfmt+0x571>
	for (int i = 0; i < len; i++)
c0106825:	85 db                	test   %ebx,%ebx
c0106827:	0f 85 0f fe ff ff    	jne    c010663c <vprintfmt+0x31c>
c010682d:	89 75 10             	mov    %esi,0x10(%ebp)
	while (n-- > 0)
c0106830:	89 d3                	mov    %edx,%ebx
c0106832:	8b 7d 08             	mov    0x8(%ebp),%edi
c0106835:	4b                   	dec    %ebx
c0106836:	89 de                	mov    %ebx,%esi
c0106838:	8b 5d 0c             	mov    0xc(%ebp),%ebx
c010683b:	eb 23                	jmp    c0106860 <vprintfmt+0x540>
c010683d:	8d 76 00             	lea    0x0(%esi),%esi
c0106840:	8b 45 bc             	mov    -0x44(%ebp),%eax
c0106843:	8d 58 ff             	lea    -0x1(%eax),%ebx
c0106846:	85 c0                	test   %eax,%eax
c0106848:	0f 84 26 fe ff ff    	je     c0106674 <vprintfmt+0x354>
c010684e:	89 75 10             	mov    %esi,0x10(%ebp)
c0106851:	8b 7d 08             	mov    0x8(%ebp),%edi
c0106854:	89 de                	mov    %ebx,%esi
c0106856:	8b 5d 0c             	mov    0xc(%ebp),%ebx
c0106859:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
		putch(c, arg);
c0106860:	89 5c 24 04          	mov    %ebx,0x4(%esp)
c0106864:	c7 04 24 20 00 00 00 	movl   $0x20,(%esp)
c010686b:	ff d7                	call   *%edi
	while (n-- > 0)
c010686d:	89 f2                	mov    %esi,%edx
c010686f:	4e                   	dec    %esi
c0106870:	85 d2                	test   %edx,%edx
c0106872:	75 ec                	jne    c0106860 <vprintfmt+0x540>
c0106874:	8b 75 10             	mov    0x10(%ebp),%esi
c0106877:	e9 f8 fd ff ff       	jmp    c0106674 <vprintfmt+0x354>
		return va_arg(*ap, unsigned long long);
c010687c:	8b 50 04             	mov    0x4(%eax),%edx
c010687f:	83 45 14 08          	addl   $0x8,0x14(%ebp)
c0106883:	8b 00                	mov    (%eax),%eax
c0106885:	e9 e6 fe ff ff       	jmp    c0106770 <vprintfmt+0x450>
		p++;
c010688a:	89 d3                	mov    %edx,%ebx
c010688c:	e9 76 fb ff ff       	jmp    c0106407 <vprintfmt+0xe7>
	while (n-- > 0)
c0106891:	89 5d b4             	mov    %ebx,-0x4c(%ebp)
c0106894:	8b 7d bc             	mov    -0x44(%ebp),%edi
c0106897:	89 75 10             	mov    %esi,0x10(%ebp)
c010689a:	8b 5d 08             	mov    0x8(%ebp),%ebx
c010689d:	89 4d c0             	mov    %ecx,-0x40(%ebp)
c01068a0:	89 45 b0             	mov    %eax,-0x50(%ebp)
c01068a3:	4f                   	dec    %edi
c01068a4:	89 fe                	mov    %edi,%esi
c01068a6:	8b 7d 0c             	mov    0xc(%ebp),%edi
c01068a9:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
		putch(c, arg);
c01068b0:	89 7c 24 04          	mov    %edi,0x4(%esp)
c01068b4:	c7 04 24 20 00 00 00 	movl   $0x20,(%esp)
c01068bb:	ff d3                	call   *%ebx
	while (n-- > 0)
c01068bd:	83 ee 01             	sub    $0x1,%esi
c01068c0:	73 ee                	jae    c01068b0 <vprintfmt+0x590>
c01068c2:	8b 4d c0             	mov    -0x40(%ebp),%ecx
c01068c5:	8b 5d b4             	mov    -0x4c(%ebp),%ebx
c01068c8:	8b 45 b0             	mov    -0x50(%ebp),%eax
c01068cb:	8b 75 10             	mov    0x10(%ebp),%esi
c01068ce:	e9 65 fd ff ff       	jmp    c0106638 <vprintfmt+0x318>
			printnum(putch, arg, get_unsigned(&args, sp.lng), 16, *p == 'X', 0, &sp);
c01068d3:	31 d2                	xor    %edx,%edx
c01068d5:	3c 58                	cmp    $0x58,%al
c01068d7:	0f 94 c2             	sete   %dl
c01068da:	89 de                	mov    %ebx,%esi
c01068dc:	e9 da fc ff ff       	jmp    c01065bb <vprintfmt+0x29b>
		switch (*p) {
c01068e1:	89 df                	mov    %ebx,%edi
c01068e3:	e9 53 fe ff ff       	jmp    c010673b <vprintfmt+0x41b>
c01068e8:	89 df                	mov    %ebx,%edi
c01068ea:	e9 b9 fe ff ff       	jmp    c01067a8 <vprintfmt+0x488>
c01068ef:	89 df                	mov    %ebx,%edi
c01068f1:	e9 65 fe ff ff       	jmp    c010675b <vprintfmt+0x43b>
		return va_arg(*ap, unsigned long);
c01068f6:	8b 45 14             	mov    0x14(%ebp),%eax
c01068f9:	89 de                	mov    %ebx,%esi
c01068fb:	83 c0 04             	add    $0x4,%eax
c01068fe:	e9 8c fd ff ff       	jmp    c010668f <vprintfmt+0x36f>
	int len = 0;
c0106903:	31 db                	xor    %ebx,%ebx
c0106905:	e9 19 fd ff ff       	jmp    c0106623 <vprintfmt+0x303>
c010690a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi

c0106910 <vsnprintf>:

// Like C's vsnprintf: writes at most size-1 characters and a NUL, and
// returns the length the full output would have had.
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
c0106910:	55                   	push   %ebp
c0106911:	89 e5                	mov    %esp,%ebp
c0106913:	56                   	push   %esi
c0106914:	53                   	push   %ebx
c0106915:	83 ec 20             	sub    $0x20,%esp
c0106918:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	struct sbuf b = { buf, size, 0 };
c010691b:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)
{
c0106922:	8b 75 08             	mov    0x8(%ebp),%esi
	vprintfmt(sbuf_putch, &b, fmt, ap);
c0106925:	8b 45 14             	mov    0x14(%ebp),%eax
	struct sbuf b = { buf, size, 0 };
c0106928:	89 5d f0             	mov    %ebx,-0x10(%ebp)
c010692b:	89 75 ec             	mov    %esi,-0x14(%ebp)
	vprintfmt(sbuf_putch, &b, fmt, ap);
c010692e:	89 44 24 0c          	mov    %eax,0xc(%esp)
c0106932:	8b 45 10             	mov    0x10(%ebp),%eax
c0106935:	c7 04 24 f0 62 10 c0 	movl   $0xc01062f0,(%esp)
c010693c:	89 44 24 08          	mov    %eax,0x8(%esp)
c0106940:	8d 45 ec             	lea    -0x14(%ebp),%eax
c0106943:	89 44 24 04          	mov    %eax,0x4(%esp)
c0106947:	e8 d4 f9 ff ff       	call   c0106320 <vprintfmt>
	if (size > 0)
c010694c:	85 db                	test   %ebx,%ebx
		buf[b.len < size ? b.len : size - 1] = '\0';
c010694e:	8b 45 f4             	mov    -0xc(%ebp),%eax
	if (size > 0)
c0106951:	74 0a                	je     c010695d <vsnprintf+0x4d>
		buf[b.len < size ? b.len : size - 1] = '\0';
c0106953:	39 d8                	cmp    %ebx,%eax
c0106955:	89 c2                	mov    %eax,%edx
c0106957:	73 0f                	jae    c0106968 <vsnprintf+0x58>
c0106959:	c6 04 16 00          	movb   $0x0,(%esi,%edx,1)
	return (int)b.len;
}
c010695d:	83 c4 20             	add    $0x20,%esp
c0106960:	5b                   	pop    %ebx
c0106961:	5e                   	pop    %esi
c0106962:	5d                   	pop    %ebp
c0106963:	c3                   	ret
c0106964:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
		buf[b.len < size ? b.len : size - 1] = '\0';
c0106968:	8d 53 ff             	lea    -0x1(%ebx),%edx
c010696b:	eb ec                	jmp    c0106959 <vsnprintf+0x49>
c010696d:	8d 76 00             	lea    0x0(%esi),%esi

c0106970 <snprintf>:

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
c0106970:	55                   	push   %ebp
c0106971:	89 e5                	mov    %esp,%ebp
c0106973:	56                   	push   %esi
c0106974:	53                   	push   %ebx
	va_list ap;
	va_start(ap, fmt);
c0106975:	8d 45 14             	lea    0x14(%ebp),%eax
{
c0106978:	83 ec 20             	sub    $0x20,%esp
	struct sbuf b = { buf, size, 0 };
c010697b:	c7 45 f4 00 00 00 00 	movl   $0x0,-0xc(%ebp)
{
c0106982:	8b 5d 0c             	mov    0xc(%ebp),%ebx
c0106985:	8b 75 08             	mov    0x8(%ebp),%esi
	struct sbuf b = { buf, size, 0 };
c0106988:	89 5d f0             	mov    %ebx,-0x10(%ebp)
c010698b:	89 75 ec             	mov    %esi,-0x14(%ebp)
	vprintfmt(sbuf_putch, &b, fmt, ap);
c010698e:	89 44 24 0c          	mov    %eax,0xc(%esp)
c0106992:	8b 45 10             	mov    0x10(%ebp),%eax
c0106995:	c7 04 24 f0 62 10 c0 	movl   $0xc01062f0,(%esp)
c010699c:	89 44 24 08          	mov    %eax,0x8(%esp)
c01069a0:	8d 45 ec             	lea    -0x14(%ebp),%eax
c01069a3:	89 44 24 04          	mov    %eax,0x4(%esp)
c01069a7:	e8 74 f9 ff ff       	call   c0106320 <vprintfmt>
	if (size > 0)
c01069ac:	85 db                	test   %ebx,%ebx
		buf[b.len < size ? b.len : size - 1] = '\0';
c01069ae:	8b 45 f4             	mov    -0xc(%ebp),%eax
	if (size > 0)
c01069b1:	74 0a                	je     c01069bd <snprintf+0x4d>
		buf[b.len < size ? b.len : size - 1] = '\0';
c01069b3:	39 d8                	cmp    %ebx,%eax
c01069b5:	89 c2                	mov    %eax,%edx
c01069b7:	73 0f                	jae    c01069c8 <snprintf+0x58>
c01069b9:	c6 04 16 00          	movb   $0x0,(%esi,%edx,1)
	int n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}
c01069bd:	83 c4 20             	add    $0x20,%esp
c01069c0:	5b                   	pop    %ebx
c01069c1:	5e                   	pop    %esi
c01069c2:	5d                   	pop    %ebp
c01069c3:	c3                   	ret
c01069c4:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
		buf[b.len < size ? b.len : size - 1] = '\0';
c01069c8:	8d 53 ff             	lea    -0x1(%ebx),%edx
c01069cb:	eb ec                	jmp    c01069b9 <snprintf+0x49>
c01069cd:	66 90                	xchg   %ax,%ax
c01069cf:	90                   	nop

c01069d0 <memset>:
// compiler turns the simple loops into decent code.

#include "string.h"

void *memset(void *dst, int c, size_t n)
{
c01069d0:	55                   	push   %ebp
c01069d1:	89 e5                	mov    %esp,%ebp
c01069d3:	53                   	push   %ebx
c01069d4:	8b 55 10             	mov    0x10(%ebp),%edx
c01069d7:	8b 5d 08             	mov    0x8(%ebp),%ebx
	unsigned char *d = dst;
	while (n-- > 0)
c01069da:	85 d2                	test   %edx,%edx
c01069dc:	74 19                	je     c01069f7 <memset+0x27>
		*d++ = (unsigned char)c;
c01069de:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
c01069e2:	01 da                	add    %ebx,%edx
	unsigned char *d = dst;
c01069e4:	89 d8                	mov    %ebx,%eax
c01069e6:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c01069ed:	8d 76 00             	lea    0x0(%esi),%esi
		*d++ = (unsigned char)c;
c01069f0:	88 08                	mov    %cl,(%eax)
c01069f2:	40                   	inc    %eax
	while (n-- > 0)
c01069f3:	39 d0                	cmp    %edx,%eax
c01069f5:	75 f9                	jne    c01069f0 <memset+0x20>
	return dst;
}
c01069f7:	89 d8                	mov    %ebx,%eax
c01069f9:	5b                   	pop    %ebx
c01069fa:	5d                   	pop    %ebp
c01069fb:	c3                   	ret
c01069fc:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi

c0106a00 <memcpy>:

void *memcpy(void *dst, const void *src, size_t n)
{
c0106a00:	55                   	push   %ebp
c0106a01:	89 e5                	mov    %esp,%ebp
c0106a03:	57                   	push   %edi
c0106a04:	56                   	push   %esi
c0106a05:	8b 55 08             	mov    0x8(%ebp),%edx
c0106a08:	8b 75 0c             	mov    0xc(%ebp),%esi
c0106a0b:	8b 45 10             	mov    0x10(%ebp),%eax
// Copies correctly even when the regions overlap.
void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	if (s < d && s + n > d) {
c0106a0e:	39 d6                	cmp    %edx,%esi
c0106a10:	73 26                	jae    c0106a38 <memcpy+0x38>
c0106a12:	8d 0c 06             	lea    (%esi,%eax,1),%ecx
c0106a15:	39 ca                	cmp    %ecx,%edx
c0106a17:	73 1f                	jae    c0106a38 <memcpy+0x38>
		while (n-- > 0)
c0106a19:	85 c0                	test   %eax,%eax
c0106a1b:	74 0f                	je     c0106a2c <memcpy+0x2c>
c0106a1d:	48                   	dec    %eax
c0106a1e:	66 90                	xchg   %ax,%ax
			d[n] = s[n];
c0106a20:	0f b6 0c 06          	movzbl (%esi,%eax,1),%ecx
c0106a24:	88 0c 02             	mov    %cl,(%edx,%eax,1)
		while (n-- > 0)
c0106a27:	83 e8 01             	sub    $0x1,%eax
c0106a2a:	73 f4                	jae    c0106a20 <memcpy+0x20>
}
c0106a2c:	5e                   	pop    %esi
c0106a2d:	89 d0                	mov    %edx,%eax
c0106a2f:	5f                   	pop    %edi
c0106a30:	5d                   	pop    %ebp
c0106a31:	c3                   	ret
c0106a32:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
	} else {
		while (n-- > 0)
c0106a38:	85 c0                	test   %eax,%eax
c0106a3a:	89 d7                	mov    %edx,%edi
c0106a3c:	8d 0c 06             	lea    (%esi,%eax,1),%ecx
c0106a3f:	74 eb                	je     c0106a2c <memcpy+0x2c>
c0106a41:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106a48:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106a4f:	90                   	nop
			*d++ = *s++;
c0106a50:	a4                   	movsb  %ds:(%esi),%es:(%edi)
		while (n-- > 0)
c0106a51:	39 ce                	cmp    %ecx,%esi
c0106a53:	75 fb                	jne    c0106a50 <memcpy+0x50>
}
c0106a55:	5e                   	pop    %esi
c0106a56:	89 d0                	mov    %edx,%eax
c0106a58:	5f                   	pop    %edi
c0106a59:	5d                   	pop    %ebp
c0106a5a:	c3                   	ret
c0106a5b:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0106a5f:	90                   	nop

c0106a60 <memmove>:
{
c0106a60:	55                   	push   %ebp
c0106a61:	89 e5                	mov    %esp,%ebp
c0106a63:	57                   	push   %edi
c0106a64:	56                   	push   %esi
c0106a65:	8b 55 08             	mov    0x8(%ebp),%edx
c0106a68:	8b 75 0c             	mov    0xc(%ebp),%esi
c0106a6b:	8b 45 10             	mov    0x10(%ebp),%eax
	if (s < d && s + n > d) {
c0106a6e:	39 d6                	cmp    %edx,%esi
c0106a70:	73 26                	jae    c0106a98 <memmove+0x38>
c0106a72:	8d 0c 06             	lea    (%esi,%eax,1),%ecx
c0106a75:	39 ca                	cmp    %ecx,%edx
c0106a77:	73 1f                	jae    c0106a98 <memmove+0x38>
		while (n-- > 0)
c0106a79:	85 c0                	test   %eax,%eax
c0106a7b:	74 0f                	je     c0106a8c <memmove+0x2c>
c0106a7d:	48                   	dec    %eax
c0106a7e:	66 90                	xchg   %ax,%ax
			d[n] = s[n];
c0106a80:	0f b6 0c 06          	movzbl (%esi,%eax,1),%ecx
c0106a84:	88 0c 02             	mov    %cl,(%edx,%eax,1)
		while (n-- > 0)
c0106a87:	83 e8 01             	sub    $0x1,%eax
c0106a8a:	73 f4                	jae    c0106a80 <memmove+0x20>
	}
	return dst;
}
c0106a8c:	5e                   	pop    %esi
c0106a8d:	89 d0                	mov    %edx,%eax
c0106a8f:	5f                   	pop    %edi
c0106a90:	5d                   	pop    %ebp
c0106a91:	c3                   	ret
c0106a92:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
		while (n-- > 0)
c0106a98:	85 c0                	test   %eax,%eax
c0106a9a:	89 d7                	mov    %edx,%edi
c0106a9c:	8d 0c 02             	lea    (%edx,%eax,1),%ecx
c0106a9f:	74 eb                	je     c0106a8c <memmove+0x2c>
c0106aa1:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106aa8:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106aaf:	90                   	nop
			*d++ = *s++;
c0106ab0:	a4                   	movsb  %ds:(%esi),%es:(%edi)
		while (n-- > 0)
c0106ab1:	39 cf                	cmp    %ecx,%edi
c0106ab3:	75 fb                	jne    c0106ab0 <memmove+0x50>
}
c0106ab5:	5e                   	pop    %esi
c0106ab6:	89 d0                	mov    %edx,%eax
c0106ab8:	5f                   	pop    %edi
c0106ab9:	5d                   	pop    %ebp
c0106aba:	c3                   	ret
c0106abb:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0106abf:	90                   	nop

c0106ac0 <memcmp>:

int memcmp(const void *a, const void *b, size_t n)
{
c0106ac0:	55                   	push   %ebp
c0106ac1:	89 e5                	mov    %esp,%ebp
c0106ac3:	56                   	push   %esi
c0106ac4:	53                   	push   %ebx
c0106ac5:	8b 75 10             	mov    0x10(%ebp),%esi
c0106ac8:	8b 55 08             	mov    0x8(%ebp),%edx
c0106acb:	8b 45 0c             	mov    0xc(%ebp),%eax
	const unsigned char *p = a, *q = b;
	for (; n > 0; n--, p++, q++)
c0106ace:	85 f6                	test   %esi,%esi
c0106ad0:	74 2e                	je     c0106b00 <memcmp+0x40>
c0106ad2:	01 c6                	add    %eax,%esi
c0106ad4:	eb 10                	jmp    c0106ae6 <memcmp+0x26>
c0106ad6:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106add:	8d 76 00             	lea    0x0(%esi),%esi
c0106ae0:	40                   	inc    %eax
c0106ae1:	42                   	inc    %edx
c0106ae2:	39 f0                	cmp    %esi,%eax
c0106ae4:	74 1a                	je     c0106b00 <memcmp+0x40>
		if (*p != *q)
c0106ae6:	0f b6 0a             	movzbl (%edx),%ecx
c0106ae9:	0f b6 18             	movzbl (%eax),%ebx
c0106aec:	38 d9                	cmp    %bl,%cl
c0106aee:	74 f0                	je     c0106ae0 <memcmp+0x20>
			return *p - *q;
c0106af0:	0f b6 c1             	movzbl %cl,%eax
c0106af3:	29 d8                	sub    %ebx,%eax
	return 0;
}
c0106af5:	5b                   	pop    %ebx
c0106af6:	5e                   	pop    %esi
c0106af7:	5d                   	pop    %ebp
c0106af8:	c3                   	ret
c0106af9:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106b00:	5b                   	pop    %ebx
	return 0;
c0106b01:	31 c0                	xor    %eax,%eax
}
c0106b03:	5e                   	pop    %esi
c0106b04:	5d                   	pop    %ebp
c0106b05:	c3                   	ret
c0106b06:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106b0d:	8d 76 00             	lea    0x0(%esi),%esi

c0106b10 <strlen>:

size_t strlen(const char *s)
{
c0106b10:	55                   	push   %ebp
	size_t n = 0;
c0106b11:	31 c0                	xor    %eax,%eax
{
c0106b13:	89 e5                	mov    %esp,%ebp
c0106b15:	8b 55 08             	mov    0x8(%ebp),%edx
	while (s[n])
c0106b18:	80 3a 00             	cmpb   $0x0,(%edx)
c0106b1b:	74 0a                	je     c0106b27 <strlen+0x17>
c0106b1d:	8d 76 00             	lea    0x0(%esi),%esi
		n++;
c0106b20:	40                   	inc    %eax
	while (s[n])
c0106b21:	80 3c 02 00          	cmpb   $0x0,(%edx,%eax,1)
c0106b25:	75 f9                	jne    c0106b20 <strlen+0x10>
	return n;
}
c0106b27:	5d                   	pop    %ebp
c0106b28:	c3                   	ret
c0106b29:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi

c0106b30 <strnlen>:

size_t strnlen(const char *s, size_t max)
{
c0106b30:	55                   	push   %ebp
c0106b31:	31 c0                	xor    %eax,%eax
c0106b33:	89 e5                	mov    %esp,%ebp
c0106b35:	8b 55 0c             	mov    0xc(%ebp),%edx
c0106b38:	8b 4d 08             	mov    0x8(%ebp),%ecx
	size_t n = 0;
	while (n < max && s[n])
c0106b3b:	85 d2                	test   %edx,%edx
c0106b3d:	75 0e                	jne    c0106b4d <strnlen+0x1d>
c0106b3f:	eb 14                	jmp    c0106b55 <strnlen+0x25>
c0106b41:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
		n++;
c0106b48:	40                   	inc    %eax
	while (n < max && s[n])
c0106b49:	39 c2                	cmp    %eax,%edx
c0106b4b:	74 08                	je     c0106b55 <strnlen+0x25>
c0106b4d:	80 3c 01 00          	cmpb   $0x0,(%ecx,%eax,1)
c0106b51:	75 f5                	jne    c0106b48 <strnlen+0x18>
c0106b53:	89 c2                	mov    %eax,%edx
	return n;
}
c0106b55:	5d                   	pop    %ebp
c0106b56:	89 d0                	mov    %edx,%eax
c0106b58:	c3                   	ret
c0106b59:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi

c0106b60 <strcmp>:

int strcmp(const char *a, const char *b)
{
c0106b60:	55                   	push   %ebp
c0106b61:	89 e5                	mov    %esp,%ebp
c0106b63:	53                   	push   %ebx
c0106b64:	8b 55 08             	mov    0x8(%ebp),%edx
c0106b67:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	while (*a && *a == *b)
c0106b6a:	0f b6 02             	movzbl (%edx),%eax
c0106b6d:	84 c0                	test   %al,%al
c0106b6f:	75 15                	jne    c0106b86 <strcmp+0x26>
c0106b71:	eb 30                	jmp    c0106ba3 <strcmp+0x43>
c0106b73:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0106b77:	90                   	nop
c0106b78:	0f b6 42 01          	movzbl 0x1(%edx),%eax
		a++, b++;
c0106b7c:	8d 4b 01             	lea    0x1(%ebx),%ecx
c0106b7f:	42                   	inc    %edx
	while (*a && *a == *b)
c0106b80:	84 c0                	test   %al,%al
c0106b82:	74 14                	je     c0106b98 <strcmp+0x38>
		a++, b++;
c0106b84:	89 cb                	mov    %ecx,%ebx
	while (*a && *a == *b)
c0106b86:	0f b6 0b             	movzbl (%ebx),%ecx
c0106b89:	38 c1                	cmp    %al,%cl
c0106b8b:	74 eb                	je     c0106b78 <strcmp+0x18>
	return (unsigned char)*a - (unsigned char)*b;
}
c0106b8d:	5b                   	pop    %ebx
	return (unsigned char)*a - (unsigned char)*b;
c0106b8e:	29 c8                	sub    %ecx,%eax
}
c0106b90:	5d                   	pop    %ebp
c0106b91:	c3                   	ret
c0106b92:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
	return (unsigned char)*a - (unsigned char)*b;
c0106b98:	0f b6 4b 01          	movzbl 0x1(%ebx),%ecx
c0106b9c:	31 c0                	xor    %eax,%eax
}
c0106b9e:	5b                   	pop    %ebx
c0106b9f:	5d                   	pop    %ebp
	return (unsigned char)*a - (unsigned char)*b;
c0106ba0:	29 c8                	sub    %ecx,%eax
}
c0106ba2:	c3                   	ret
	return (unsigned char)*a - (unsigned char)*b;
c0106ba3:	0f b6 0b             	movzbl (%ebx),%ecx
c0106ba6:	31 c0                	xor    %eax,%eax
c0106ba8:	eb e3                	jmp    c0106b8d <strcmp+0x2d>
c0106baa:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi

c0106bb0 <strncmp>:

int strncmp(const char *a, const char *b, size_t n)
{
c0106bb0:	55                   	push   %ebp
c0106bb1:	89 e5                	mov    %esp,%ebp
c0106bb3:	56                   	push   %esi
c0106bb4:	53                   	push   %ebx
c0106bb5:	8b 75 10             	mov    0x10(%ebp),%esi
c0106bb8:	8b 5d 08             	mov    0x8(%ebp),%ebx
c0106bbb:	8b 45 0c             	mov    0xc(%ebp),%eax
	for (; n > 0; n--, a++, b++) {
c0106bbe:	85 f6                	test   %esi,%esi
c0106bc0:	74 2e                	je     c0106bf0 <strncmp+0x40>
c0106bc2:	01 c6                	add    %eax,%esi
c0106bc4:	eb 14                	jmp    c0106bda <strncmp+0x2a>
c0106bc6:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106bcd:	8d 76 00             	lea    0x0(%esi),%esi
		if (*a != *b)
			return (unsigned char)*a - (unsigned char)*b;
		if (*a == '\0')
c0106bd0:	84 d2                	test   %dl,%dl
c0106bd2:	74 1c                	je     c0106bf0 <strncmp+0x40>
	for (; n > 0; n--, a++, b++) {
c0106bd4:	40                   	inc    %eax
c0106bd5:	43                   	inc    %ebx
c0106bd6:	39 f0                	cmp    %esi,%eax
c0106bd8:	74 16                	je     c0106bf0 <strncmp+0x40>
		if (*a != *b)
c0106bda:	0f b6 13             	movzbl (%ebx),%edx
c0106bdd:	0f b6 08             	movzbl (%eax),%ecx
c0106be0:	38 ca                	cmp    %cl,%dl
c0106be2:	74 ec                	je     c0106bd0 <strncmp+0x20>
			return 0;
	}
	return 0;
}
c0106be4:	5b                   	pop    %ebx
			return (unsigned char)*a - (unsigned char)*b;
c0106be5:	0f b6 c2             	movzbl %dl,%eax
c0106be8:	29 c8                	sub    %ecx,%eax
}
c0106bea:	5e                   	pop    %esi
c0106beb:	5d                   	pop    %ebp
c0106bec:	c3                   	ret
c0106bed:	8d 76 00             	lea    0x0(%esi),%esi
c0106bf0:	5b                   	pop    %ebx
			return 0;
c0106bf1:	31 c0                	xor    %eax,%eax
}
c0106bf3:	5e                   	pop    %esi
c0106bf4:	5d                   	pop    %ebp
c0106bf5:	c3                   	ret
c0106bf6:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106bfd:	8d 76 00             	lea    0x0(%esi),%esi

c0106c00 <strcpy>:

char *strcpy(char *dst, const char *src)
{
c0106c00:	55                   	push   %ebp
	char *d = dst;
	while ((*d++ = *src++) != '\0')
c0106c01:	31 c0                	xor    %eax,%eax
{
c0106c03:	89 e5                	mov    %esp,%ebp
c0106c05:	53                   	push   %ebx
c0106c06:	8b 4d 08             	mov    0x8(%ebp),%ecx
c0106c09:	8b 5d 0c             	mov    0xc(%ebp),%ebx
c0106c0c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
	while ((*d++ = *src++) != '\0')
c0106c10:	0f b6 14 03          	movzbl (%ebx,%eax,1),%edx
c0106c14:	88 14 01             	mov    %dl,(%ecx,%eax,1)
c0106c17:	40                   	inc    %eax
c0106c18:	84 d2                	test   %dl,%dl
c0106c1a:	75 f4                	jne    c0106c10 <strcpy+0x10>
		;
	return dst;
}
c0106c1c:	5b                   	pop    %ebx
c0106c1d:	89 c8                	mov    %ecx,%eax
c0106c1f:	5d                   	pop    %ebp
c0106c20:	c3                   	ret
c0106c21:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106c28:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106c2f:	90                   	nop

c0106c30 <strncpy>:

char *strncpy(char *dst, const char *src, size_t n)
{
c0106c30:	55                   	push   %ebp
c0106c31:	31 c0                	xor    %eax,%eax
c0106c33:	89 e5                	mov    %esp,%ebp
c0106c35:	56                   	push   %esi
c0106c36:	53                   	push   %ebx
c0106c37:	8b 4d 10             	mov    0x10(%ebp),%ecx
c0106c3a:	8b 5d 08             	mov    0x8(%ebp),%ebx
c0106c3d:	8b 75 0c             	mov    0xc(%ebp),%esi
	size_t i = 0;
	for (; i < n && src[i]; i++)
c0106c40:	85 c9                	test   %ecx,%ecx
c0106c42:	75 14                	jne    c0106c58 <strncpy+0x28>
c0106c44:	eb 32                	jmp    c0106c78 <strncpy+0x48>
c0106c46:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106c4d:	8d 76 00             	lea    0x0(%esi),%esi
		dst[i] = src[i];
c0106c50:	88 14 03             	mov    %dl,(%ebx,%eax,1)
	for (; i < n && src[i]; i++)
c0106c53:	40                   	inc    %eax
c0106c54:	39 c1                	cmp    %eax,%ecx
c0106c56:	74 20                	je     c0106c78 <strncpy+0x48>
c0106c58:	0f b6 14 06          	movzbl (%esi,%eax,1),%edx
c0106c5c:	84 d2                	test   %dl,%dl
c0106c5e:	75 f0                	jne    c0106c50 <strncpy+0x20>
	for (; i < n; i++)
c0106c60:	39 c8                	cmp    %ecx,%eax
c0106c62:	73 14                	jae    c0106c78 <strncpy+0x48>
c0106c64:	01 d8                	add    %ebx,%eax
c0106c66:	01 d9                	add    %ebx,%ecx
c0106c68:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106c6f:	90                   	nop
		dst[i] = '\0';
c0106c70:	c6 00 00             	movb   $0x0,(%eax)
	for (; i < n; i++)
c0106c73:	40                   	inc    %eax
c0106c74:	39 c1                	cmp    %eax,%ecx
c0106c76:	75 f8                	jne    c0106c70 <strncpy+0x40>
	return dst;
}
c0106c78:	89 d8                	mov    %ebx,%eax
c0106c7a:	5b                   	pop    %ebx
c0106c7b:	5e                   	pop    %esi
c0106c7c:	5d                   	pop    %ebp
c0106c7d:	c3                   	ret
c0106c7e:	66 90                	xchg   %ax,%ax

c0106c80 <strlcpy>:

// Copy with truncation, always NUL-terminated (when size > 0); returns
// strlen(src) so the caller can detect truncation.
size_t strlcpy(char *dst, const char *src, size_t size)
{
c0106c80:	55                   	push   %ebp
c0106c81:	89 e5                	mov    %esp,%ebp
c0106c83:	56                   	push   %esi
c0106c84:	53                   	push   %ebx
	size_t n = 0;
c0106c85:	31 db                	xor    %ebx,%ebx
{
c0106c87:	83 ec 10             	sub    $0x10,%esp
c0106c8a:	8b 45 0c             	mov    0xc(%ebp),%eax
c0106c8d:	8b 55 10             	mov    0x10(%ebp),%edx
	while (s[n])
c0106c90:	80 38 00             	cmpb   $0x0,(%eax)
c0106c93:	74 12                	je     c0106ca7 <strlcpy+0x27>
c0106c95:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106c9c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
		n++;
c0106ca0:	43                   	inc    %ebx
	while (s[n])
c0106ca1:	80 3c 18 00          	cmpb   $0x0,(%eax,%ebx,1)
c0106ca5:	75 f9                	jne    c0106ca0 <strlcpy+0x20>
	size_t len = strlen(src);
	if (size > 0) {
c0106ca7:	85 d2                	test   %edx,%edx
c0106ca9:	75 0d                	jne    c0106cb8 <strlcpy+0x38>
		size_t n = len < size - 1 ? len : size - 1;
		memmove(dst, src, n);
		dst[n] = '\0';
	}
	return len;
}
c0106cab:	83 c4 10             	add    $0x10,%esp
c0106cae:	89 d8                	mov    %ebx,%eax
c0106cb0:	5b                   	pop    %ebx
c0106cb1:	5e                   	pop    %esi
c0106cb2:	5d                   	pop    %ebp
c0106cb3:	c3                   	ret
c0106cb4:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
		memmove(dst, src, n);
c0106cb8:	89 44 24 04          	mov    %eax,0x4(%esp)
		size_t n = len < size - 1 ? len : size - 1;
c0106cbc:	4a                   	dec    %edx
c0106cbd:	39 da                	cmp    %ebx,%edx
c0106cbf:	89 d6                	mov    %edx,%esi
c0106cc1:	0f 47 f3             	cmova  %ebx,%esi
		memmove(dst, src, n);
c0106cc4:	89 74 24 08          	mov    %esi,0x8(%esp)
c0106cc8:	8b 45 08             	mov    0x8(%ebp),%eax
c0106ccb:	89 04 24             	mov    %eax,(%esp)
c0106cce:	e8 8d fd ff ff       	call   c0106a60 <memmove>
		dst[n] = '\0';
c0106cd3:	8b 45 08             	mov    0x8(%ebp),%eax
c0106cd6:	c6 04 30 00          	movb   $0x0,(%eax,%esi,1)
}
c0106cda:	83 c4 10             	add    $0x10,%esp
c0106cdd:	89 d8                	mov    %ebx,%eax
c0106cdf:	5b                   	pop    %ebx
c0106ce0:	5e                   	pop    %esi
c0106ce1:	5d                   	pop    %ebp
c0106ce2:	c3                   	ret
c0106ce3:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106cea:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi

c0106cf0 <strchr>:

char *strchr(const char *s, int c)
{
c0106cf0:	55                   	push   %ebp
c0106cf1:	89 e5                	mov    %esp,%ebp
c0106cf3:	8b 45 08             	mov    0x8(%ebp),%eax
	for (; *s; s++)
c0106cf6:	0f b6 10             	movzbl (%eax),%edx
c0106cf9:	84 d2                	test   %dl,%dl
c0106cfb:	74 23                	je     c0106d20 <strchr+0x30>
		if (*s == (char)c)
c0106cfd:	0f b6 4d 0c          	movzbl 0xc(%ebp),%ecx
c0106d01:	eb 0e                	jmp    c0106d11 <strchr+0x21>
c0106d03:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0106d07:	90                   	nop
	for (; *s; s++)
c0106d08:	0f b6 50 01          	movzbl 0x1(%eax),%edx
c0106d0c:	40                   	inc    %eax
c0106d0d:	84 d2                	test   %dl,%dl
c0106d0f:	74 0f                	je     c0106d20 <strchr+0x30>
		if (*s == (char)c)
c0106d11:	38 d1                	cmp    %dl,%cl
c0106d13:	75 f3                	jne    c0106d08 <strchr+0x18>
			return (char *)s;
	return c == 0 ? (char *)s : NULL;
}
c0106d15:	5d                   	pop    %ebp
c0106d16:	c3                   	ret
c0106d17:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106d1e:	66 90                	xchg   %ax,%ax
	return c == 0 ? (char *)s : NULL;
c0106d20:	8b 4d 0c             	mov    0xc(%ebp),%ecx
c0106d23:	31 d2                	xor    %edx,%edx
}
c0106d25:	5d                   	pop    %ebp
	return c == 0 ? (char *)s : NULL;
c0106d26:	85 c9                	test   %ecx,%ecx
c0106d28:	0f 45 c2             	cmovne %edx,%eax
}
c0106d2b:	c3                   	ret
c0106d2c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi

c0106d30 <strrchr>:

char *strrchr(const char *s, int c)
{
c0106d30:	55                   	push   %ebp
c0106d31:	89 e5                	mov    %esp,%ebp
c0106d33:	56                   	push   %esi
c0106d34:	53                   	push   %ebx
c0106d35:	8b 45 08             	mov    0x8(%ebp),%eax
c0106d38:	8b 5d 0c             	mov    0xc(%ebp),%ebx
	const char *last = NULL;
	for (; *s; s++)
c0106d3b:	0f b6 10             	movzbl (%eax),%edx
c0106d3e:	84 d2                	test   %dl,%dl
c0106d40:	74 2e                	je     c0106d70 <strrchr+0x40>
		if (*s == (char)c)
c0106d42:	88 d9                	mov    %bl,%cl
	const char *last = NULL;
c0106d44:	31 f6                	xor    %esi,%esi
c0106d46:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106d4d:	8d 76 00             	lea    0x0(%esi),%esi
		if (*s == (char)c)
c0106d50:	38 d1                	cmp    %dl,%cl
c0106d52:	0f 44 f0             	cmove  %eax,%esi
	for (; *s; s++)
c0106d55:	40                   	inc    %eax
c0106d56:	0f b6 10             	movzbl (%eax),%edx
c0106d59:	84 d2                	test   %dl,%dl
c0106d5b:	75 f3                	jne    c0106d50 <strrchr+0x20>
			last = s;
	return c == 0 ? (char *)s : (char *)last;
c0106d5d:	85 db                	test   %ebx,%ebx
}
c0106d5f:	5b                   	pop    %ebx
	return c == 0 ? (char *)s : (char *)last;
c0106d60:	0f 44 f0             	cmove  %eax,%esi
}
c0106d63:	89 f0                	mov    %esi,%eax
c0106d65:	5e                   	pop    %esi
c0106d66:	5d                   	pop    %ebp
c0106d67:	c3                   	ret
c0106d68:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106d6f:	90                   	nop
	const char *last = NULL;
c0106d70:	31 f6                	xor    %esi,%esi
	return c == 0 ? (char *)s : (char *)last;
c0106d72:	85 db                	test   %ebx,%ebx
}
c0106d74:	5b                   	pop    %ebx
	return c == 0 ? (char *)s : (char *)last;
c0106d75:	0f 44 f0             	cmove  %eax,%esi
}
c0106d78:	89 f0                	mov    %esi,%eax
c0106d7a:	5e                   	pop    %esi
c0106d7b:	5d                   	pop    %ebp
c0106d7c:	c3                   	ret
c0106d7d:	8d 76 00             	lea    0x0(%esi),%esi

c0106d80 <strtol>:
	return 99;
}

// base 0 means: 0x... is hex, 0... is octal, else decimal.
long strtol(const char *s, char **end, int base)
{
c0106d80:	55                   	push   %ebp
c0106d81:	89 e5                	mov    %esp,%ebp
c0106d83:	57                   	push   %edi
c0106d84:	56                   	push   %esi
c0106d85:	53                   	push   %ebx
c0106d86:	83 ec 04             	sub    $0x4,%esp
c0106d89:	8b 45 08             	mov    0x8(%ebp),%eax
c0106d8c:	8b 4d 10             	mov    0x10(%ebp),%ecx
	long v = 0;
	int neg = 0;
	while (*s == ' ' || *s == '\t')
c0106d8f:	0f b6 10             	movzbl (%eax),%edx
c0106d92:	80 fa 09             	cmp    $0x9,%dl
c0106d95:	74 09                	je     c0106da0 <strtol+0x20>
c0106d97:	80 fa 20             	cmp    $0x20,%dl
c0106d9a:	75 13                	jne    c0106daf <strtol+0x2f>
c0106d9c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0106da0:	0f b6 50 01          	movzbl 0x1(%eax),%edx
		s++;
c0106da4:	40                   	inc    %eax
	while (*s == ' ' || *s == '\t')
c0106da5:	80 fa 20             	cmp    $0x20,%dl
c0106da8:	74 f6                	je     c0106da0 <strtol+0x20>
c0106daa:	80 fa 09             	cmp    $0x9,%dl
c0106dad:	74 f1                	je     c0106da0 <strtol+0x20>
	if (*s == '-' || *s == '+')
c0106daf:	88 d3                	mov    %dl,%bl
	int neg = 0;
c0106db1:	31 f6                	xor    %esi,%esi
	if (*s == '-' || *s == '+')
c0106db3:	80 eb 2b             	sub    $0x2b,%bl
c0106db6:	f6 c3 fd             	test   $0xfd,%bl
c0106db9:	75 0a                	jne    c0106dc5 <strtol+0x45>
		neg = (*s++ == '-');
c0106dbb:	40                   	inc    %eax
	if (*s == '-' || *s == '+')
c0106dbc:	80 fa 2d             	cmp    $0x2d,%dl
c0106dbf:	0f 94 c2             	sete   %dl
c0106dc2:	0f b6 f2             	movzbl %dl,%esi
	if ((base == 0 || base == 16) && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
c0106dc5:	f7 c1 ef ff ff ff    	test   $0xffffffef,%ecx
c0106dcb:	0f b6 10             	movzbl (%eax),%edx
c0106dce:	75 20                	jne    c0106df0 <strtol+0x70>
c0106dd0:	80 fa 30             	cmp    $0x30,%dl
c0106dd3:	0f 84 97 00 00 00    	je     c0106e70 <strtol+0xf0>
		s += 2;
		base = 16;
	} else if (base == 0 && s[0] == '0') {
c0106dd9:	85 c9                	test   %ecx,%ecx
c0106ddb:	0f 85 88 00 00 00    	jne    c0106e69 <strtol+0xe9>
		base = 8;
	} else if (base == 0) {
		base = 10;
c0106de1:	b9 0a 00 00 00       	mov    $0xa,%ecx
c0106de6:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106ded:	8d 76 00             	lea    0x0(%esi),%esi
	} else if (base == 0 && s[0] == '0') {
c0106df0:	89 75 f0             	mov    %esi,-0x10(%ebp)
c0106df3:	31 ff                	xor    %edi,%edi
c0106df5:	eb 2d                	jmp    c0106e24 <strtol+0xa4>
c0106df7:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106dfe:	66 90                	xchg   %ax,%ax
	if (c >= 'a' && c <= 'z')
c0106e00:	89 f3                	mov    %esi,%ebx
c0106e02:	80 eb 61             	sub    $0x61,%bl
c0106e05:	80 fb 19             	cmp    $0x19,%bl
c0106e08:	76 56                	jbe    c0106e60 <strtol+0xe0>
	if (c >= 'A' && c <= 'Z')
c0106e0a:	80 ea 41             	sub    $0x41,%dl
	return 99;
c0106e0d:	bb 63 00 00 00       	mov    $0x63,%ebx
	if (c >= 'A' && c <= 'Z')
c0106e12:	80 fa 19             	cmp    $0x19,%dl
c0106e15:	77 03                	ja     c0106e1a <strtol+0x9a>
		return c - 'A' + 10;
c0106e17:	8d 5e c9             	lea    -0x37(%esi),%ebx
	}
	while (digit_value(*s) < base)
c0106e1a:	39 d9                	cmp    %ebx,%ecx
c0106e1c:	7e 1c                	jle    c0106e3a <strtol+0xba>
		v = v * base + digit_value(*s++);
c0106e1e:	0f af f9             	imul   %ecx,%edi
c0106e21:	40                   	inc    %eax
c0106e22:	01 df                	add    %ebx,%edi
	while (digit_value(*s) < base)
c0106e24:	0f be 30             	movsbl (%eax),%esi
	if (c >= '0' && c <= '9')
c0106e27:	89 f3                	mov    %esi,%ebx
	while (digit_value(*s) < base)
c0106e29:	89 f2                	mov    %esi,%edx
	if (c >= '0' && c <= '9')
c0106e2b:	80 eb 30             	sub    $0x30,%bl
c0106e2e:	80 fb 09             	cmp    $0x9,%bl
c0106e31:	77 cd                	ja     c0106e00 <strtol+0x80>
		return c - '0';
c0106e33:	8d 5e d0             	lea    -0x30(%esi),%ebx
	while (digit_value(*s) < base)
c0106e36:	39 d9                	cmp    %ebx,%ecx
c0106e38:	7f e4                	jg     c0106e1e <strtol+0x9e>
	if (end)
c0106e3a:	8b 4d 0c             	mov    0xc(%ebp),%ecx
c0106e3d:	8b 75 f0             	mov    -0x10(%ebp),%esi
c0106e40:	85 c9                	test   %ecx,%ecx
c0106e42:	74 05                	je     c0106e49 <strtol+0xc9>
		*end = (char *)s;
c0106e44:	8b 4d 0c             	mov    0xc(%ebp),%ecx
c0106e47:	89 01                	mov    %eax,(%ecx)
	return neg ? -v : v;
c0106e49:	85 f6                	test   %esi,%esi
c0106e4b:	74 02                	je     c0106e4f <strtol+0xcf>
c0106e4d:	f7 df                	neg    %edi
}
c0106e4f:	5a                   	pop    %edx
c0106e50:	89 f8                	mov    %edi,%eax
c0106e52:	5b                   	pop    %ebx
c0106e53:	5e                   	pop    %esi
c0106e54:	5f                   	pop    %edi
c0106e55:	5d                   	pop    %ebp
c0106e56:	c3                   	ret
c0106e57:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106e5e:	66 90                	xchg   %ax,%ax
		return c - 'a' + 10;
c0106e60:	8d 5e a9             	lea    -0x57(%esi),%ebx
c0106e63:	eb b5                	jmp    c0106e1a <strtol+0x9a>
	} else if (base == 0 && s[0] == '0') {
c0106e65:	85 c9                	test   %ecx,%ecx
c0106e67:	74 20                	je     c0106e89 <strtol+0x109>
c0106e69:	b9 10 00 00 00       	mov    $0x10,%ecx
c0106e6e:	eb 80                	jmp    c0106df0 <strtol+0x70>
	if ((base == 0 || base == 16) && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
c0106e70:	0f b6 50 01          	movzbl 0x1(%eax),%edx
c0106e74:	80 e2 df             	and    $0xdf,%dl
c0106e77:	80 fa 58             	cmp    $0x58,%dl
c0106e7a:	75 e9                	jne    c0106e65 <strtol+0xe5>
		s += 2;
c0106e7c:	83 c0 02             	add    $0x2,%eax
		base = 16;
c0106e7f:	b9 10 00 00 00       	mov    $0x10,%ecx
c0106e84:	e9 67 ff ff ff       	jmp    c0106df0 <strtol+0x70>
		base = 8;
c0106e89:	b9 08 00 00 00       	mov    $0x8,%ecx
c0106e8e:	e9 5d ff ff ff       	jmp    c0106df0 <strtol+0x70>
c0106e93:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0106e9a:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi

c0106ea0 <atoi>:

int atoi(const char *s)
{
c0106ea0:	55                   	push   %ebp
	return (int)strtol(s, NULL, 10);
c0106ea1:	b8 0a 00 00 00       	mov    $0xa,%eax
{
c0106ea6:	89 e5                	mov    %esp,%ebp
	return (int)strtol(s, NULL, 10);
c0106ea8:	31 d2                	xor    %edx,%edx
{
c0106eaa:	83 ec 0c             	sub    $0xc,%esp
	return (int)strtol(s, NULL, 10);
c0106ead:	89 44 24 08          	mov    %eax,0x8(%esp)
c0106eb1:	89 54 24 04          	mov    %edx,0x4(%esp)
c0106eb5:	8b 45 08             	mov    0x8(%ebp),%eax
c0106eb8:	89 04 24             	mov    %eax,(%esp)
c0106ebb:	e8 c0 fe ff ff       	call   c0106d80 <strtol>
}
c0106ec0:	89 ec                	mov    %ebp,%esp
c0106ec2:	5d                   	pop    %ebp
c0106ec3:	c3                   	ret

c0106ec4 <swtch>:
c0106ec4:	8b 44 24 04          	mov    0x4(%esp),%eax
c0106ec8:	8b 54 24 08          	mov    0x8(%esp),%edx
c0106ecc:	55                   	push   %ebp
c0106ecd:	53                   	push   %ebx
c0106ece:	56                   	push   %esi
c0106ecf:	57                   	push   %edi
c0106ed0:	89 20                	mov    %esp,(%eax)
c0106ed2:	89 d4                	mov    %edx,%esp
c0106ed4:	5f                   	pop    %edi
c0106ed5:	5e                   	pop    %esi
c0106ed6:	5b                   	pop    %ebx
c0106ed7:	5d                   	pop    %ebp
c0106ed8:	c3                   	ret

c0106ed9 <alltraps>:
c0106ed9:	1e                   	push   %ds
c0106eda:	06                   	push   %es
c0106edb:	0f a0                	push   %fs
c0106edd:	0f a8                	push   %gs
c0106edf:	60                   	pusha
c0106ee0:	66 b8 10 00          	mov    $0x10,%ax
c0106ee4:	8e d8                	mov    %eax,%ds
c0106ee6:	8e c0                	mov    %eax,%es
c0106ee8:	8e e0                	mov    %eax,%fs
c0106eea:	8e e8                	mov    %eax,%gs
c0106eec:	54                   	push   %esp
c0106eed:	e8 5e e3 ff ff       	call   c0105250 <trap>
c0106ef2:	83 c4 04             	add    $0x4,%esp

c0106ef5 <trapret>:
c0106ef5:	61                   	popa
c0106ef6:	0f a9                	pop    %gs
c0106ef8:	0f a1                	pop    %fs
c0106efa:	07                   	pop    %es
c0106efb:	1f                   	pop    %ds
c0106efc:	83 c4 08             	add    $0x8,%esp
c0106eff:	cf                   	iret

c0106f00 <vector0>:
c0106f00:	6a 00                	push   $0x0
c0106f02:	6a 00                	push   $0x0
c0106f04:	e9 d0 ff ff ff       	jmp    c0106ed9 <alltraps>

c0106f09 <vector1>:
c0106f09:	6a 00                	push   $0x0
c0106f0b:	6a 01                	push   $0x1
c0106f0d:	e9 c7 ff ff ff       	jmp    c0106ed9 <alltraps>

c0106f12 <vector2>:
c0106f12:	6a 00                	push   $0x0
c0106f14:	6a 02                	push   $0x2
c0106f16:	e9 be ff ff ff       	jmp    c0106ed9 <alltraps>

c0106f1b <vector3>:
c0106f1b:	6a 00                	push   $0x0
c0106f1d:	6a 03                	push   $0x3
c0106f1f:	e9 b5 ff ff ff       	jmp    c0106ed9 <alltraps>

c0106f24 <vector4>:
c0106f24:	6a 00                	push   $0x0
c0106f26:	6a 04                	push   $0x4
c0106f28:	e9 ac ff ff ff       	jmp    c0106ed9 <alltraps>

c0106f2d <vector5>:
c0106f2d:	6a 00                	push   $0x0
c0106f2f:	6a 05                	push   $0x5
c0106f31:	e9 a3 ff ff ff       	jmp    c0106ed9 <alltraps>

c0106f36 <vector6>:
c0106f36:	6a 00                	push   $0x0
c0106f38:	6a 06                	push   $0x6
c0106f3a:	e9 9a ff ff ff       	jmp    c0106ed9 <alltraps>

c0106f3f <vector7>:
c0106f3f:	6a 00                	push   $0x0
c0106f41:	6a 07                	push   $0x7
c0106f43:	e9 91 ff ff ff       	jmp    c0106ed9 <alltraps>

c0106f48 <vector8>:
c0106f48:	6a 08                	push   $0x8
c0106f4a:	e9 8a ff ff ff       	jmp    c0106ed9 <alltraps>

c0106f4f <vector9>:
c0106f4f:	6a 00                	push   $0x0
c0106f51:	6a 09                	push   $0x9
c0106f53:	e9 81 ff ff ff       	jmp    c0106ed9 <alltraps>

c0106f58 <vector10>:
c0106f58:	6a 0a                	push   $0xa
c0106f5a:	e9 7a ff ff ff       	jmp    c0106ed9 <alltraps>

c0106f5f <vector11>:
c0106f5f:	6a 0b                	push   $0xb
c0106f61:	e9 73 ff ff ff       	jmp    c0106ed9 <alltraps>

c0106f66 <vector12>:
c0106f66:	6a 0c                	push   $0xc
c0106f68:	e9 6c ff ff ff       	jmp    c0106ed9 <alltraps>

c0106f6d <vector13>:
c0106f6d:	6a 0d                	push   $0xd
c0106f6f:	e9 65 ff ff ff       	jmp    c0106ed9 <alltraps>

c0106f74 <vector14>:
c0106f74:	6a 0e                	push   $0xe
c0106f76:	e9 5e ff ff ff       	jmp    c0106ed9 <alltraps>

c0106f7b <vector15>:
c0106f7b:	6a 00                	push   $0x0
c0106f7d:	6a 0f                	push   $0xf
c0106f7f:	e9 55 ff ff ff       	jmp    c0106ed9 <alltraps>

c0106f84 <vector16>:
c0106f84:	6a 00                	push   $0x0
c0106f86:	6a 10                	push   $0x10
c0106f88:	e9 4c ff ff ff       	jmp    c0106ed9 <alltraps>

c0106f8d <vector17>:
c0106f8d:	6a 11                	push   $0x11
c0106f8f:	e9 45 ff ff ff       	jmp    c0106ed9 <alltraps>

c0106f94 <vector18>:
c0106f94:	6a 00                	push   $0x0
c0106f96:	6a 12                	push   $0x12
c0106f98:	e9 3c ff ff ff       	jmp    c0106ed9 <alltraps>

c0106f9d <vector19>:
c0106f9d:	6a 00                	push   $0x0
c0106f9f:	6a 13                	push   $0x13
c0106fa1:	e9 33 ff ff ff       	jmp    c0106ed9 <alltraps>

c0106fa6 <vector20>:
c0106fa6:	6a 00                	push   $0x0
c0106fa8:	6a 14                	push   $0x14
c0106faa:	e9 2a ff ff ff       	jmp    c0106ed9 <alltraps>

c0106faf <vector21>:
c0106faf:	6a 00                	push   $0x0
c0106fb1:	6a 15                	push   $0x15
c0106fb3:	e9 21 ff ff ff       	jmp    c0106ed9 <alltraps>

c0106fb8 <vector22>:
c0106fb8:	6a 00                	push   $0x0
c0106fba:	6a 16                	push   $0x16
c0106fbc:	e9 18 ff ff ff       	jmp    c0106ed9 <alltraps>

c0106fc1 <vector23>:
c0106fc1:	6a 00                	push   $0x0
c0106fc3:	6a 17                	push   $0x17
c0106fc5:	e9 0f ff ff ff       	jmp    c0106ed9 <alltraps>

c0106fca <vector24>:
c0106fca:	6a 00                	push   $0x0
c0106fcc:	6a 18                	push   $0x18
c0106fce:	e9 06 ff ff ff       	jmp    c0106ed9 <alltraps>

c0106fd3 <vector25>:
c0106fd3:	6a 00                	push   $0x0
c0106fd5:	6a 19                	push   $0x19
c0106fd7:	e9 fd fe ff ff       	jmp    c0106ed9 <alltraps>

c0106fdc <vector26>:
c0106fdc:	6a 00                	push   $0x0
c0106fde:	6a 1a                	push   $0x1a
c0106fe0:	e9 f4 fe ff ff       	jmp    c0106ed9 <alltraps>

c0106fe5 <vector27>:
c0106fe5:	6a 00                	push   $0x0
c0106fe7:	6a 1b                	push   $0x1b
c0106fe9:	e9 eb fe ff ff       	jmp    c0106ed9 <alltraps>

c0106fee <vector28>:
c0106fee:	6a 00                	push   $0x0
c0106ff0:	6a 1c                	push   $0x1c
c0106ff2:	e9 e2 fe ff ff       	jmp    c0106ed9 <alltraps>

c0106ff7 <vector29>:
c0106ff7:	6a 00                	push   $0x0
c0106ff9:	6a 1d                	push   $0x1d
c0106ffb:	e9 d9 fe ff ff       	jmp    c0106ed9 <alltraps>

c0107000 <vector30>:
c0107000:	6a 00                	push   $0x0
c0107002:	6a 1e                	push   $0x1e
c0107004:	e9 d0 fe ff ff       	jmp    c0106ed9 <alltraps>

c0107009 <vector31>:
c0107009:	6a 00                	push   $0x0
c010700b:	6a 1f                	push   $0x1f
c010700d:	e9 c7 fe ff ff       	jmp    c0106ed9 <alltraps>

c0107012 <vector32>:
c0107012:	6a 00                	push   $0x0
c0107014:	6a 20                	push   $0x20
c0107016:	e9 be fe ff ff       	jmp    c0106ed9 <alltraps>

c010701b <vector33>:
c010701b:	6a 00                	push   $0x0
c010701d:	6a 21                	push   $0x21
c010701f:	e9 b5 fe ff ff       	jmp    c0106ed9 <alltraps>

c0107024 <vector34>:
c0107024:	6a 00                	push   $0x0
c0107026:	6a 22                	push   $0x22
c0107028:	e9 ac fe ff ff       	jmp    c0106ed9 <alltraps>

c010702d <vector35>:
c010702d:	6a 00                	push   $0x0
c010702f:	6a 23                	push   $0x23
c0107031:	e9 a3 fe ff ff       	jmp    c0106ed9 <alltraps>

c0107036 <vector36>:
c0107036:	6a 00                	push   $0x0
c0107038:	6a 24                	push   $0x24
c010703a:	e9 9a fe ff ff       	jmp    c0106ed9 <alltraps>

c010703f <vector37>:
c010703f:	6a 00                	push   $0x0
c0107041:	6a 25                	push   $0x25
c0107043:	e9 91 fe ff ff       	jmp    c0106ed9 <alltraps>

c0107048 <vector38>:
c0107048:	6a 00                	push   $0x0
c010704a:	6a 26                	push   $0x26
c010704c:	e9 88 fe ff ff       	jmp    c0106ed9 <alltraps>

c0107051 <vector39>:
c0107051:	6a 00                	push   $0x0
c0107053:	6a 27                	push   $0x27
c0107055:	e9 7f fe ff ff       	jmp    c0106ed9 <alltraps>

c010705a <vector40>:
c010705a:	6a 00                	push   $0x0
c010705c:	6a 28                	push   $0x28
c010705e:	e9 76 fe ff ff       	jmp    c0106ed9 <alltraps>

c0107063 <vector41>:
c0107063:	6a 00                	push   $0x0
c0107065:	6a 29                	push   $0x29
c0107067:	e9 6d fe ff ff       	jmp    c0106ed9 <alltraps>

c010706c <vector42>:
c010706c:	6a 00                	push   $0x0
c010706e:	6a 2a                	push   $0x2a
c0107070:	e9 64 fe ff ff       	jmp    c0106ed9 <alltraps>

c0107075 <vector43>:
c0107075:	6a 00                	push   $0x0
c0107077:	6a 2b                	push   $0x2b
c0107079:	e9 5b fe ff ff       	jmp    c0106ed9 <alltraps>

c010707e <vector44>:
c010707e:	6a 00                	push   $0x0
c0107080:	6a 2c                	push   $0x2c
c0107082:	e9 52 fe ff ff       	jmp    c0106ed9 <alltraps>

c0107087 <vector45>:
c0107087:	6a 00                	push   $0x0
c0107089:	6a 2d                	push   $0x2d
c010708b:	e9 49 fe ff ff       	jmp    c0106ed9 <alltraps>

c0107090 <vector46>:
c0107090:	6a 00                	push   $0x0
c0107092:	6a 2e                	push   $0x2e
c0107094:	e9 40 fe ff ff       	jmp    c0106ed9 <alltraps>

c0107099 <vector47>:
c0107099:	6a 00                	push   $0x0
c010709b:	6a 2f                	push   $0x2f
c010709d:	e9 37 fe ff ff       	jmp    c0106ed9 <alltraps>

c01070a2 <vector48>:
c01070a2:	6a 00                	push   $0x0
c01070a4:	6a 30                	push   $0x30
c01070a6:	e9 2e fe ff ff       	jmp    c0106ed9 <alltraps>

c01070ab <vector49>:
c01070ab:	6a 00                	push   $0x0
c01070ad:	6a 31                	push   $0x31
c01070af:	e9 25 fe ff ff       	jmp    c0106ed9 <alltraps>

c01070b4 <vector50>:
c01070b4:	6a 00                	push   $0x0
c01070b6:	6a 32                	push   $0x32
c01070b8:	e9 1c fe ff ff       	jmp    c0106ed9 <alltraps>

c01070bd <vector51>:
c01070bd:	6a 00                	push   $0x0
c01070bf:	6a 33                	push   $0x33
c01070c1:	e9 13 fe ff ff       	jmp    c0106ed9 <alltraps>

c01070c6 <vector52>:
c01070c6:	6a 00                	push   $0x0
c01070c8:	6a 34                	push   $0x34
c01070ca:	e9 0a fe ff ff       	jmp    c0106ed9 <alltraps>

c01070cf <vector53>:
c01070cf:	6a 00                	push   $0x0
c01070d1:	6a 35                	push   $0x35
c01070d3:	e9 01 fe ff ff       	jmp    c0106ed9 <alltraps>

c01070d8 <vector54>:
c01070d8:	6a 00                	push   $0x0
c01070da:	6a 36                	push   $0x36
c01070dc:	e9 f8 fd ff ff       	jmp    c0106ed9 <alltraps>

c01070e1 <vector55>:
c01070e1:	6a 00                	push   $0x0
c01070e3:	6a 37                	push   $0x37
c01070e5:	e9 ef fd ff ff       	jmp    c0106ed9 <alltraps>

c01070ea <vector56>:
c01070ea:	6a 00                	push   $0x0
c01070ec:	6a 38                	push   $0x38
c01070ee:	e9 e6 fd ff ff       	jmp    c0106ed9 <alltraps>

c01070f3 <vector57>:
c01070f3:	6a 00                	push   $0x0
c01070f5:	6a 39                	push   $0x39
c01070f7:	e9 dd fd ff ff       	jmp    c0106ed9 <alltraps>

c01070fc <vector58>:
c01070fc:	6a 00                	push   $0x0
c01070fe:	6a 3a                	push   $0x3a
c0107100:	e9 d4 fd ff ff       	jmp    c0106ed9 <alltraps>

c0107105 <vector59>:
c0107105:	6a 00                	push   $0x0
c0107107:	6a 3b                	push   $0x3b
c0107109:	e9 cb fd ff ff       	jmp    c0106ed9 <alltraps>

c010710e <vector60>:
c010710e:	6a 00                	push   $0x0
c0107110:	6a 3c                	push   $0x3c
c0107112:	e9 c2 fd ff ff       	jmp    c0106ed9 <alltraps>

c0107117 <vector61>:
c0107117:	6a 00                	push   $0x0
c0107119:	6a 3d                	push   $0x3d
c010711b:	e9 b9 fd ff ff       	jmp    c0106ed9 <alltraps>

c0107120 <vector62>:
c0107120:	6a 00                	push   $0x0
c0107122:	6a 3e                	push   $0x3e
c0107124:	e9 b0 fd ff ff       	jmp    c0106ed9 <alltraps>

c0107129 <vector63>:
c0107129:	6a 00                	push   $0x0
c010712b:	6a 3f                	push   $0x3f
c010712d:	e9 a7 fd ff ff       	jmp    c0106ed9 <alltraps>

c0107132 <vector64>:
c0107132:	6a 00                	push   $0x0
c0107134:	6a 40                	push   $0x40
c0107136:	e9 9e fd ff ff       	jmp    c0106ed9 <alltraps>

c010713b <vector65>:
c010713b:	6a 00                	push   $0x0
c010713d:	6a 41                	push   $0x41
c010713f:	e9 95 fd ff ff       	jmp    c0106ed9 <alltraps>

c0107144 <vector66>:
c0107144:	6a 00                	push   $0x0
c0107146:	6a 42                	push   $0x42
c0107148:	e9 8c fd ff ff       	jmp    c0106ed9 <alltraps>

c010714d <vector67>:
c010714d:	6a 00                	push   $0x0
c010714f:	6a 43                	push   $0x43
c0107151:	e9 83 fd ff ff       	jmp    c0106ed9 <alltraps>

c0107156 <vector68>:
c0107156:	6a 00                	push   $0x0
c0107158:	6a 44                	push   $0x44
c010715a:	e9 7a fd ff ff       	jmp    c0106ed9 <alltraps>

c010715f <vector69>:
c010715f:	6a 00                	push   $0x0
c0107161:	6a 45                	push   $0x45
c0107163:	e9 71 fd ff ff       	jmp    c0106ed9 <alltraps>

c0107168 <vector70>:
c0107168:	6a 00                	push   $0x0
c010716a:	6a 46                	push   $0x46
c010716c:	e9 68 fd ff ff       	jmp    c0106ed9 <alltraps>

c0107171 <vector71>:
c0107171:	6a 00                	push   $0x0
c0107173:	6a 47                	push   $0x47
c0107175:	e9 5f fd ff ff       	jmp    c0106ed9 <alltraps>

c010717a <vector72>:
c010717a:	6a 00                	push   $0x0
c010717c:	6a 48                	push   $0x48
c010717e:	e9 56 fd ff ff       	jmp    c0106ed9 <alltraps>

c0107183 <vector73>:
c0107183:	6a 00                	push   $0x0
c0107185:	6a 49                	push   $0x49
c0107187:	e9 4d fd ff ff       	jmp    c0106ed9 <alltraps>

c010718c <vector74>:
c010718c:	6a 00                	push   $0x0
c010718e:	6a 4a                	push   $0x4a
c0107190:	e9 44 fd ff ff       	jmp    c0106ed9 <alltraps>

c0107195 <vector75>:
c0107195:	6a 00                	push   $0x0
c0107197:	6a 4b                	push   $0x4b
c0107199:	e9 3b fd ff ff       	jmp    c0106ed9 <alltraps>

c010719e <vector76>:
c010719e:	6a 00                	push   $0x0
c01071a0:	6a 4c                	push   $0x4c
c01071a2:	e9 32 fd ff ff       	jmp    c0106ed9 <alltraps>

c01071a7 <vector77>:
c01071a7:	6a 00                	push   $0x0
c01071a9:	6a 4d                	push   $0x4d
c01071ab:	e9 29 fd ff ff       	jmp    c0106ed9 <alltraps>

c01071b0 <vector78>:
c01071b0:	6a 00                	push   $0x0
c01071b2:	6a 4e                	push   $0x4e
c01071b4:	e9 20 fd ff ff       	jmp    c0106ed9 <alltraps>

c01071b9 <vector79>:
c01071b9:	6a 00                	push   $0x0
c01071bb:	6a 4f                	push   $0x4f
c01071bd:	e9 17 fd ff ff       	jmp    c0106ed9 <alltraps>

c01071c2 <vector80>:
c01071c2:	6a 00                	push   $0x0
c01071c4:	6a 50                	push   $0x50
c01071c6:	e9 0e fd ff ff       	jmp    c0106ed9 <alltraps>

c01071cb <vector81>:
c01071cb:	6a 00                	push   $0x0
c01071cd:	6a 51                	push   $0x51
c01071cf:	e9 05 fd ff ff       	jmp    c0106ed9 <alltraps>

c01071d4 <vector82>:
c01071d4:	6a 00                	push   $0x0
c01071d6:	6a 52                	push   $0x52
c01071d8:	e9 fc fc ff ff       	jmp    c0106ed9 <alltraps>

c01071dd <vector83>:
c01071dd:	6a 00                	push   $0x0
c01071df:	6a 53                	push   $0x53
c01071e1:	e9 f3 fc ff ff       	jmp    c0106ed9 <alltraps>

c01071e6 <vector84>:
c01071e6:	6a 00                	push   $0x0
c01071e8:	6a 54                	push   $0x54
c01071ea:	e9 ea fc ff ff       	jmp    c0106ed9 <alltraps>

c01071ef <vector85>:
c01071ef:	6a 00                	push   $0x0
c01071f1:	6a 55                	push   $0x55
c01071f3:	e9 e1 fc ff ff       	jmp    c0106ed9 <alltraps>

c01071f8 <vector86>:
c01071f8:	6a 00                	push   $0x0
c01071fa:	6a 56                	push   $0x56
c01071fc:	e9 d8 fc ff ff       	jmp    c0106ed9 <alltraps>

c0107201 <vector87>:
c0107201:	6a 00                	push   $0x0
c0107203:	6a 57                	push   $0x57
c0107205:	e9 cf fc ff ff       	jmp    c0106ed9 <alltraps>

c010720a <vector88>:
c010720a:	6a 00                	push   $0x0
c010720c:	6a 58                	push   $0x58
c010720e:	e9 c6 fc ff ff       	jmp    c0106ed9 <alltraps>

c0107213 <vector89>:
c0107213:	6a 00                	push   $0x0
c0107215:	6a 59                	push   $0x59
c0107217:	e9 bd fc ff ff       	jmp    c0106ed9 <alltraps>

c010721c <vector90>:
c010721c:	6a 00                	push   $0x0
c010721e:	6a 5a                	push   $0x5a
c0107220:	e9 b4 fc ff ff       	jmp    c0106ed9 <alltraps>

c0107225 <vector91>:
c0107225:	6a 00                	push   $0x0
c0107227:	6a 5b                	push   $0x5b
c0107229:	e9 ab fc ff ff       	jmp    c0106ed9 <alltraps>

c010722e <vector92>:
c010722e:	6a 00                	push   $0x0
c0107230:	6a 5c                	push   $0x5c
c0107232:	e9 a2 fc ff ff       	jmp    c0106ed9 <alltraps>

c0107237 <vector93>:
c0107237:	6a 00                	push   $0x0
c0107239:	6a 5d                	push   $0x5d
c010723b:	e9 99 fc ff ff       	jmp    c0106ed9 <alltraps>

c0107240 <vector94>:
c0107240:	6a 00                	push   $0x0
c0107242:	6a 5e                	push   $0x5e
c0107244:	e9 90 fc ff ff       	jmp    c0106ed9 <alltraps>

c0107249 <vector95>:
c0107249:	6a 00                	push   $0x0
c010724b:	6a 5f                	push   $0x5f
c010724d:	e9 87 fc ff ff       	jmp    c0106ed9 <alltraps>

c0107252 <vector96>:
c0107252:	6a 00                	push   $0x0
c0107254:	6a 60                	push   $0x60
c0107256:	e9 7e fc ff ff       	jmp    c0106ed9 <alltraps>

c010725b <vector97>:
c010725b:	6a 00                	push   $0x0
c010725d:	6a 61                	push   $0x61
c010725f:	e9 75 fc ff ff       	jmp    c0106ed9 <alltraps>

c0107264 <vector98>:
c0107264:	6a 00                	push   $0x0
c0107266:	6a 62                	push   $0x62
c0107268:	e9 6c fc ff ff       	jmp    c0106ed9 <alltraps>

c010726d <vector99>:
c010726d:	6a 00                	push   $0x0
c010726f:	6a 63                	push   $0x63
c0107271:	e9 63 fc ff ff       	jmp    c0106ed9 <alltraps>

c0107276 <vector100>:
c0107276:	6a 00                	push   $0x0
c0107278:	6a 64                	push   $0x64
c010727a:	e9 5a fc ff ff       	jmp    c0106ed9 <alltraps>

c010727f <vector101>:
c010727f:	6a 00                	push   $0x0
c0107281:	6a 65                	push   $0x65
c0107283:	e9 51 fc ff ff       	jmp    c0106ed9 <alltraps>

c0107288 <vector102>:
c0107288:	6a 00                	push   $0x0
c010728a:	6a 66                	push   $0x66
c010728c:	e9 48 fc ff ff       	jmp    c0106ed9 <alltraps>

c0107291 <vector103>:
c0107291:	6a 00                	push   $0x0
c0107293:	6a 67                	push   $0x67
c0107295:	e9 3f fc ff ff       	jmp    c0106ed9 <alltraps>

c010729a <vector104>:
c010729a:	6a 00                	push   $0x0
c010729c:	6a 68                	push   $0x68
c010729e:	e9 36 fc ff ff       	jmp    c0106ed9 <alltraps>

c01072a3 <vector105>:
c01072a3:	6a 00                	push   $0x0
c01072a5:	6a 69                	push   $0x69
c01072a7:	e9 2d fc ff ff       	jmp    c0106ed9 <alltraps>

c01072ac <vector106>:
c01072ac:	6a 00                	push   $0x0
c01072ae:	6a 6a                	push   $0x6a
c01072b0:	e9 24 fc ff ff       	jmp    c0106ed9 <alltraps>

c01072b5 <vector107>:
c01072b5:	6a 00                	push   $0x0
c01072b7:	6a 6b                	push   $0x6b
c01072b9:	e9 1b fc ff ff       	jmp    c0106ed9 <alltraps>

c01072be <vector108>:
c01072be:	6a 00                	push   $0x0
c01072c0:	6a 6c                	push   $0x6c
c01072c2:	e9 12 fc ff ff       	jmp    c0106ed9 <alltraps>

c01072c7 <vector109>:
c01072c7:	6a 00                	push   $0x0
c01072c9:	6a 6d                	push   $0x6d
c01072cb:	e9 09 fc ff ff       	jmp    c0106ed9 <alltraps>

c01072d0 <vector110>:
c01072d0:	6a 00                	push   $0x0
c01072d2:	6a 6e                	push   $0x6e
c01072d4:	e9 00 fc ff ff       	jmp    c0106ed9 <alltraps>

c01072d9 <vector111>:
c01072d9:	6a 00                	push   $0x0
c01072db:	6a 6f                	push   $0x6f
c01072dd:	e9 f7 fb ff ff       	jmp    c0106ed9 <alltraps>

c01072e2 <vector112>:
c01072e2:	6a 00                	push   $0x0
c01072e4:	6a 70                	push   $0x70
c01072e6:	e9 ee fb ff ff       	jmp    c0106ed9 <alltraps>

c01072eb <vector113>:
c01072eb:	6a 00                	push   $0x0
c01072ed:	6a 71                	push   $0x71
c01072ef:	e9 e5 fb ff ff       	jmp    c0106ed9 <alltraps>

c01072f4 <vector114>:
c01072f4:	6a 00                	push   $0x0
c01072f6:	6a 72                	push   $0x72
c01072f8:	e9 dc fb ff ff       	jmp    c0106ed9 <alltraps>

c01072fd <vector115>:
c01072fd:	6a 00                	push   $0x0
c01072ff:	6a 73                	push   $0x73
c0107301:	e9 d3 fb ff ff       	jmp    c0106ed9 <alltraps>

c0107306 <vector116>:
c0107306:	6a 00                	push   $0x0
c0107308:	6a 74                	push   $0x74
c010730a:	e9 ca fb ff ff       	jmp    c0106ed9 <alltraps>

c010730f <vector117>:
c010730f:	6a 00                	push   $0x0
c0107311:	6a 75                	push   $0x75
c0107313:	e9 c1 fb ff ff       	jmp    c0106ed9 <alltraps>

c0107318 <vector118>:
c0107318:	6a 00                	push   $0x0
c010731a:	6a 76                	push   $0x76
c010731c:	e9 b8 fb ff ff       	jmp    c0106ed9 <alltraps>

c0107321 <vector119>:
c0107321:	6a 00                	push   $0x0
c0107323:	6a 77                	push   $0x77
c0107325:	e9 af fb ff ff       	jmp    c0106ed9 <alltraps>

c010732a <vector120>:
c010732a:	6a 00                	push   $0x0
c010732c:	6a 78                	push   $0x78
c010732e:	e9 a6 fb ff ff       	jmp    c0106ed9 <alltraps>

c0107333 <vector121>:
c0107333:	6a 00                	push   $0x0
c0107335:	6a 79                	push   $0x79
c0107337:	e9 9d fb ff ff       	jmp    c0106ed9 <alltraps>

c010733c <vector122>:
c010733c:	6a 00                	push   $0x0
c010733e:	6a 7a                	push   $0x7a
c0107340:	e9 94 fb ff ff       	jmp    c0106ed9 <alltraps>

c0107345 <vector123>:
c0107345:	6a 00                	push   $0x0
c0107347:	6a 7b                	push   $0x7b
c0107349:	e9 8b fb ff ff       	jmp    c0106ed9 <alltraps>

c010734e <vector124>:
c010734e:	6a 00                	push   $0x0
c0107350:	6a 7c                	push   $0x7c
c0107352:	e9 82 fb ff ff       	jmp    c0106ed9 <alltraps>

c0107357 <vector125>:
c0107357:	6a 00                	push   $0x0
c0107359:	6a 7d                	push   $0x7d
c010735b:	e9 79 fb ff ff       	jmp    c0106ed9 <alltraps>

c0107360 <vector126>:
c0107360:	6a 00                	push   $0x0
c0107362:	6a 7e                	push   $0x7e
c0107364:	e9 70 fb ff ff       	jmp    c0106ed9 <alltraps>

c0107369 <vector127>:
c0107369:	6a 00                	push   $0x0
c010736b:	6a 7f                	push   $0x7f
c010736d:	e9 67 fb ff ff       	jmp    c0106ed9 <alltraps>

c0107372 <vector128>:
c0107372:	6a 00                	push   $0x0
c0107374:	68 80 00 00 00       	push   $0x80
c0107379:	e9 5b fb ff ff       	jmp    c0106ed9 <alltraps>

c010737e <vector129>:
c010737e:	6a 00                	push   $0x0
c0107380:	68 81 00 00 00       	push   $0x81
c0107385:	e9 4f fb ff ff       	jmp    c0106ed9 <alltraps>

c010738a <vector130>:
c010738a:	6a 00                	push   $0x0
c010738c:	68 82 00 00 00       	push   $0x82
c0107391:	e9 43 fb ff ff       	jmp    c0106ed9 <alltraps>

c0107396 <vector131>:
c0107396:	6a 00                	push   $0x0
c0107398:	68 83 00 00 00       	push   $0x83
c010739d:	e9 37 fb ff ff       	jmp    c0106ed9 <alltraps>

c01073a2 <vector132>:
c01073a2:	6a 00                	push   $0x0
c01073a4:	68 84 00 00 00       	push   $0x84
c01073a9:	e9 2b fb ff ff       	jmp    c0106ed9 <alltraps>

c01073ae <vector133>:
c01073ae:	6a 00                	push   $0x0
c01073b0:	68 85 00 00 00       	push   $0x85
c01073b5:	e9 1f fb ff ff       	jmp    c0106ed9 <alltraps>

c01073ba <vector134>:
c01073ba:	6a 00                	push   $0x0
c01073bc:	68 86 00 00 00       	push   $0x86
c01073c1:	e9 13 fb ff ff       	jmp    c0106ed9 <alltraps>

c01073c6 <vector135>:
c01073c6:	6a 00                	push   $0x0
c01073c8:	68 87 00 00 00       	push   $0x87
c01073cd:	e9 07 fb ff ff       	jmp    c0106ed9 <alltraps>

c01073d2 <vector136>:
c01073d2:	6a 00                	push   $0x0
c01073d4:	68 88 00 00 00       	push   $0x88
c01073d9:	e9 fb fa ff ff       	jmp    c0106ed9 <alltraps>

c01073de <vector137>:
c01073de:	6a 00                	push   $0x0
c01073e0:	68 89 00 00 00       	push   $0x89
c01073e5:	e9 ef fa ff ff       	jmp    c0106ed9 <alltraps>

c01073ea <vector138>:
c01073ea:	6a 00                	push   $0x0
c01073ec:	68 8a 00 00 00       	push   $0x8a
c01073f1:	e9 e3 fa ff ff       	jmp    c0106ed9 <alltraps>

c01073f6 <vector139>:
c01073f6:	6a 00                	push   $0x0
c01073f8:	68 8b 00 00 00       	push   $0x8b
c01073fd:	e9 d7 fa ff ff       	jmp    c0106ed9 <alltraps>

c0107402 <vector140>:
c0107402:	6a 00                	push   $0x0
c0107404:	68 8c 00 00 00       	push   $0x8c
c0107409:	e9 cb fa ff ff       	jmp    c0106ed9 <alltraps>

c010740e <vector141>:
c010740e:	6a 00                	push   $0x0
c0107410:	68 8d 00 00 00       	push   $0x8d
c0107415:	e9 bf fa ff ff       	jmp    c0106ed9 <alltraps>

c010741a <vector142>:
c010741a:	6a 00                	push   $0x0
c010741c:	68 8e 00 00 00       	push   $0x8e
c0107421:	e9 b3 fa ff ff       	jmp    c0106ed9 <alltraps>

c0107426 <vector143>:
c0107426:	6a 00                	push   $0x0
c0107428:	68 8f 00 00 00       	push   $0x8f
c010742d:	e9 a7 fa ff ff       	jmp    c0106ed9 <alltraps>

c0107432 <vector144>:
c0107432:	6a 00                	push   $0x0
c0107434:	68 90 00 00 00       	push   $0x90
c0107439:	e9 9b fa ff ff       	jmp    c0106ed9 <alltraps>

c010743e <vector145>:
c010743e:	6a 00                	push   $0x0
c0107440:	68 91 00 00 00       	push   $0x91
c0107445:	e9 8f fa ff ff       	jmp    c0106ed9 <alltraps>

c010744a <vector146>:
c010744a:	6a 00                	push   $0x0
c010744c:	68 92 00 00 00       	push   $0x92
c0107451:	e9 83 fa ff ff       	jmp    c0106ed9 <alltraps>

c0107456 <vector147>:
c0107456:	6a 00                	push   $0x0
c0107458:	68 93 00 00 00       	push   $0x93
c010745d:	e9 77 fa ff ff       	jmp    c0106ed9 <alltraps>

c0107462 <vector148>:
c0107462:	6a 00                	push   $0x0
c0107464:	68 94 00 00 00       	push   $0x94
c0107469:	e9 6b fa ff ff       	jmp    c0106ed9 <alltraps>

c010746e <vector149>:
c010746e:	6a 00                	push   $0x0
c0107470:	68 95 00 00 00       	push   $0x95
c0107475:	e9 5f fa ff ff       	jmp    c0106ed9 <alltraps>

c010747a <vector150>:
c010747a:	6a 00                	push   $0x0
c010747c:	68 96 00 00 00       	push   $0x96
c0107481:	e9 53 fa ff ff       	jmp    c0106ed9 <alltraps>

c0107486 <vector151>:
c0107486:	6a 00                	push   $0x0
c0107488:	68 97 00 00 00       	push   $0x97
c010748d:	e9 47 fa ff ff       	jmp    c0106ed9 <alltraps>

c0107492 <vector152>:
c0107492:	6a 00                	push   $0x0
c0107494:	68 98 00 00 00       	push   $0x98
c0107499:	e9 3b fa ff ff       	jmp    c0106ed9 <alltraps>

c010749e <vector153>:
c010749e:	6a 00                	push   $0x0
c01074a0:	68 99 00 00 00       	push   $0x99
c01074a5:	e9 2f fa ff ff       	jmp    c0106ed9 <alltraps>

c01074aa <vector154>:
c01074aa:	6a 00                	push   $0x0
c01074ac:	68 9a 00 00 00       	push   $0x9a
c01074b1:	e9 23 fa ff ff       	jmp    c0106ed9 <alltraps>

c01074b6 <vector155>:
c01074b6:	6a 00                	push   $0x0
c01074b8:	68 9b 00 00 00       	push   $0x9b
c01074bd:	e9 17 fa ff ff       	jmp    c0106ed9 <alltraps>

c01074c2 <vector156>:
c01074c2:	6a 00                	push   $0x0
c01074c4:	68 9c 00 00 00       	push   $0x9c
c01074c9:	e9 0b fa ff ff       	jmp    c0106ed9 <alltraps>

c01074ce <vector157>:
c01074ce:	6a 00                	push   $0x0
c01074d0:	68 9d 00 00 00       	push   $0x9d
c01074d5:	e9 ff f9 ff ff       	jmp    c0106ed9 <alltraps>

c01074da <vector158>:
c01074da:	6a 00                	push   $0x0
c01074dc:	68 9e 00 00 00       	push   $0x9e
c01074e1:	e9 f3 f9 ff ff       	jmp    c0106ed9 <alltraps>

c01074e6 <vector159>:
c01074e6:	6a 00                	push   $0x0
c01074e8:	68 9f 00 00 00       	push   $0x9f
c01074ed:	e9 e7 f9 ff ff       	jmp    c0106ed9 <alltraps>

c01074f2 <vector160>:
c01074f2:	6a 00                	push   $0x0
c01074f4:	68 a0 00 00 00       	push   $0xa0
c01074f9:	e9 db f9 ff ff       	jmp    c0106ed9 <alltraps>

c01074fe <vector161>:
c01074fe:	6a 00                	push   $0x0
c0107500:	68 a1 00 00 00       	push   $0xa1
c0107505:	e9 cf f9 ff ff       	jmp    c0106ed9 <alltraps>

c010750a <vector162>:
c010750a:	6a 00                	push   $0x0
c010750c:	68 a2 00 00 00       	push   $0xa2
c0107511:	e9 c3 f9 ff ff       	jmp    c0106ed9 <alltraps>

c0107516 <vector163>:
c0107516:	6a 00                	push   $0x0
c0107518:	68 a3 00 00 00       	push   $0xa3
c010751d:	e9 b7 f9 ff ff       	jmp    c0106ed9 <alltraps>

c0107522 <vector164>:
c0107522:	6a 00                	push   $0x0
c0107524:	68 a4 00 00 00       	push   $0xa4
c0107529:	e9 ab f9 ff ff       	jmp    c0106ed9 <alltraps>

c010752e <vector165>:
c010752e:	6a 00                	push   $0x0
c0107530:	68 a5 00 00 00       	push   $0xa5
c0107535:	e9 9f f9 ff ff       	jmp    c0106ed9 <alltraps>

c010753a <vector166>:
c010753a:	6a 00                	push   $0x0
c010753c:	68 a6 00 00 00       	push   $0xa6
c0107541:	e9 93 f9 ff ff       	jmp    c0106ed9 <alltraps>

c0107546 <vector167>:
c0107546:	6a 00                	push   $0x0
c0107548:	68 a7 00 00 00       	push   $0xa7
c010754d:	e9 87 f9 ff ff       	jmp    c0106ed9 <alltraps>

c0107552 <vector168>:
c0107552:	6a 00                	push   $0x0
c0107554:	68 a8 00 00 00       	push   $0xa8
c0107559:	e9 7b f9 ff ff       	jmp    c0106ed9 <alltraps>

c010755e <vector169>:
c010755e:	6a 00                	push   $0x0
c0107560:	68 a9 00 00 00       	push   $0xa9
c0107565:	e9 6f f9 ff ff       	jmp    c0106ed9 <alltraps>

c010756a <vector170>:
c010756a:	6a 00                	push   $0x0
c010756c:	68 aa 00 00 00       	push   $0xaa
c0107571:	e9 63 f9 ff ff       	jmp    c0106ed9 <alltraps>

c0107576 <vector171>:
c0107576:	6a 00                	push   $0x0
c0107578:	68 ab 00 00 00       	push   $0xab
c010757d:	e9 57 f9 ff ff       	jmp    c0106ed9 <alltraps>

c0107582 <vector172>:
c0107582:	6a 00                	push   $0x0
c0107584:	68 ac 00 00 00       	push   $0xac
c0107589:	e9 4b f9 ff ff       	jmp    c0106ed9 <alltraps>

c010758e <vector173>:
c010758e:	6a 00                	push   $0x0
c0107590:	68 ad 00 00 00       	push   $0xad
c0107595:	e9 3f f9 ff ff       	jmp    c0106ed9 <alltraps>

c010759a <vector174>:
c010759a:	6a 00                	push   $0x0
c010759c:	68 ae 00 00 00       	push   $0xae
c01075a1:	e9 33 f9 ff ff       	jmp    c0106ed9 <alltraps>

c01075a6 <vector175>:
c01075a6:	6a 00                	push   $0x0
c01075a8:	68 af 00 00 00       	push   $0xaf
c01075ad:	e9 27 f9 ff ff       	jmp    c0106ed9 <alltraps>

c01075b2 <vector176>:
c01075b2:	6a 00                	push   $0x0
c01075b4:	68 b0 00 00 00       	push   $0xb0
c01075b9:	e9 1b f9 ff ff       	jmp    c0106ed9 <alltraps>

c01075be <vector177>:
c01075be:	6a 00                	push   $0x0
c01075c0:	68 b1 00 00 00       	push   $0xb1
c01075c5:	e9 0f f9 ff ff       	jmp    c0106ed9 <alltraps>

c01075ca <vector178>:
c01075ca:	6a 00                	push   $0x0
c01075cc:	68 b2 00 00 00       	push   $0xb2
c01075d1:	e9 03 f9 ff ff       	jmp    c0106ed9 <alltraps>

c01075d6 <vector179>:
c01075d6:	6a 00                	push   $0x0
c01075d8:	68 b3 00 00 00       	push   $0xb3
c01075dd:	e9 f7 f8 ff ff       	jmp    c0106ed9 <alltraps>

c01075e2 <vector180>:
c01075e2:	6a 00                	push   $0x0
c01075e4:	68 b4 00 00 00       	push   $0xb4
c01075e9:	e9 eb f8 ff ff       	jmp    c0106ed9 <alltraps>

c01075ee <vector181>:
c01075ee:	6a 00                	push   $0x0
c01075f0:	68 b5 00 00 00       	push   $0xb5
c01075f5:	e9 df f8 ff ff       	jmp    c0106ed9 <alltraps>

c01075fa <vector182>:
c01075fa:	6a 00                	push   $0x0
c01075fc:	68 b6 00 00 00       	push   $0xb6
c0107601:	e9 d3 f8 ff ff       	jmp    c0106ed9 <alltraps>

c0107606 <vector183>:
c0107606:	6a 00                	push   $0x0
c0107608:	68 b7 00 00 00       	push   $0xb7
c010760d:	e9 c7 f8 ff ff       	jmp    c0106ed9 <alltraps>

c0107612 <vector184>:
c0107612:	6a 00                	push   $0x0
c0107614:	68 b8 00 00 00       	push   $0xb8
c0107619:	e9 bb f8 ff ff       	jmp    c0106ed9 <alltraps>

c010761e <vector185>:
c010761e:	6a 00                	push   $0x0
c0107620:	68 b9 00 00 00       	push   $0xb9
c0107625:	e9 af f8 ff ff       	jmp    c0106ed9 <alltraps>

c010762a <vector186>:
c010762a:	6a 00                	push   $0x0
c010762c:	68 ba 00 00 00       	push   $0xba
c0107631:	e9 a3 f8 ff ff       	jmp    c0106ed9 <alltraps>

c0107636 <vector187>:
c0107636:	6a 00                	push   $0x0
c0107638:	68 bb 00 00 00       	push   $0xbb
c010763d:	e9 97 f8 ff ff       	jmp    c0106ed9 <alltraps>

c0107642 <vector188>:
c0107642:	6a 00                	push   $0x0
c0107644:	68 bc 00 00 00       	push   $0xbc
c0107649:	e9 8b f8 ff ff       	jmp    c0106ed9 <alltraps>

c010764e <vector189>:
c010764e:	6a 00                	push   $0x0
c0107650:	68 bd 00 00 00       	push   $0xbd
c0107655:	e9 7f f8 ff ff       	jmp    c0106ed9 <alltraps>

c010765a <vector190>:
c010765a:	6a 00                	push   $0x0
c010765c:	68 be 00 00 00       	push   $0xbe
c0107661:	e9 73 f8 ff ff       	jmp    c0106ed9 <alltraps>

c0107666 <vector191>:
c0107666:	6a 00                	push   $0x0
c0107668:	68 bf 00 00 00       	push   $0xbf
c010766d:	e9 67 f8 ff ff       	jmp    c0106ed9 <alltraps>

c0107672 <vector192>:
c0107672:	6a 00                	push   $0x0
c0107674:	68 c0 00 00 00       	push   $0xc0
c0107679:	e9 5b f8 ff ff       	jmp    c0106ed9 <alltraps>

c010767e <vector193>:
c010767e:	6a 00                	push   $0x0
c0107680:	68 c1 00 00 00       	push   $0xc1
c0107685:	e9 4f f8 ff ff       	jmp    c0106ed9 <alltraps>

c010768a <vector194>:
c010768a:	6a 00                	push   $0x0
c010768c:	68 c2 00 00 00       	push   $0xc2
c0107691:	e9 43 f8 ff ff       	jmp    c0106ed9 <alltraps>

c0107696 <vector195>:
c0107696:	6a 00                	push   $0x0
c0107698:	68 c3 00 00 00       	push   $0xc3
c010769d:	e9 37 f8 ff ff       	jmp    c0106ed9 <alltraps>

c01076a2 <vector196>:
c01076a2:	6a 00                	push   $0x0
c01076a4:	68 c4 00 00 00       	push   $0xc4
c01076a9:	e9 2b f8 ff ff       	jmp    c0106ed9 <alltraps>

c01076ae <vector197>:
c01076ae:	6a 00                	push   $0x0
c01076b0:	68 c5 00 00 00       	push   $0xc5
c01076b5:	e9 1f f8 ff ff       	jmp    c0106ed9 <alltraps>

c01076ba <vector198>:
c01076ba:	6a 00                	push   $0x0
c01076bc:	68 c6 00 00 00       	push   $0xc6
c01076c1:	e9 13 f8 ff ff       	jmp    c0106ed9 <alltraps>

c01076c6 <vector199>:
c01076c6:	6a 00                	push   $0x0
c01076c8:	68 c7 00 00 00       	push   $0xc7
c01076cd:	e9 07 f8 ff ff       	jmp    c0106ed9 <alltraps>

c01076d2 <vector200>:
c01076d2:	6a 00                	push   $0x0
c01076d4:	68 c8 00 00 00       	push   $0xc8
c01076d9:	e9 fb f7 ff ff       	jmp    c0106ed9 <alltraps>

c01076de <vector201>:
c01076de:	6a 00                	push   $0x0
c01076e0:	68 c9 00 00 00       	push   $0xc9
c01076e5:	e9 ef f7 ff ff       	jmp    c0106ed9 <alltraps>

c01076ea <vector202>:
c01076ea:	6a 00                	push   $0x0
c01076ec:	68 ca 00 00 00       	push   $0xca
c01076f1:	e9 e3 f7 ff ff       	jmp    c0106ed9 <alltraps>

c01076f6 <vector203>:
c01076f6:	6a 00                	push   $0x0
c01076f8:	68 cb 00 00 00       	push   $0xcb
c01076fd:	e9 d7 f7 ff ff       	jmp    c0106ed9 <alltraps>

c0107702 <vector204>:
c0107702:	6a 00                	push   $0x0
c0107704:	68 cc 00 00 00       	push   $0xcc
c0107709:	e9 cb f7 ff ff       	jmp    c0106ed9 <alltraps>

c010770e <vector205>:
c010770e:	6a 00                	push   $0x0
c0107710:	68 cd 00 00 00       	push   $0xcd
c0107715:	e9 bf f7 ff ff       	jmp    c0106ed9 <alltraps>

c010771a <vector206>:
c010771a:	6a 00                	push   $0x0
c010771c:	68 ce 00 00 00       	push   $0xce
c0107721:	e9 b3 f7 ff ff       	jmp    c0106ed9 <alltraps>

c0107726 <vector207>:
c0107726:	6a 00                	push   $0x0
c0107728:	68 cf 00 00 00       	push   $0xcf
c010772d:	e9 a7 f7 ff ff       	jmp    c0106ed9 <alltraps>

c0107732 <vector208>:
c0107732:	6a 00                	push   $0x0
c0107734:	68 d0 00 00 00       	push   $0xd0
c0107739:	e9 9b f7 ff ff       	jmp    c0106ed9 <alltraps>

c010773e <vector209>:
c010773e:	6a 00                	push   $0x0
c0107740:	68 d1 00 00 00       	push   $0xd1
c0107745:	e9 8f f7 ff ff       	jmp    c0106ed9 <alltraps>

c010774a <vector210>:
c010774a:	6a 00                	push   $0x0
c010774c:	68 d2 00 00 00       	push   $0xd2
c0107751:	e9 83 f7 ff ff       	jmp    c0106ed9 <alltraps>

c0107756 <vector211>:
c0107756:	6a 00                	push   $0x0
c0107758:	68 d3 00 00 00       	push   $0xd3
c010775d:	e9 77 f7 ff ff       	jmp    c0106ed9 <alltraps>

c0107762 <vector212>:
c0107762:	6a 00                	push   $0x0
c0107764:	68 d4 00 00 00       	push   $0xd4
c0107769:	e9 6b f7 ff ff       	jmp    c0106ed9 <alltraps>

c010776e <vector213>:
c010776e:	6a 00                	push   $0x0
c0107770:	68 d5 00 00 00       	push   $0xd5
c0107775:	e9 5f f7 ff ff       	jmp    c0106ed9 <alltraps>

c010777a <vector214>:
c010777a:	6a 00                	push   $0x0
c010777c:	68 d6 00 00 00       	push   $0xd6
c0107781:	e9 53 f7 ff ff       	jmp    c0106ed9 <alltraps>

c0107786 <vector215>:
c0107786:	6a 00                	push   $0x0
c0107788:	68 d7 00 00 00       	push   $0xd7
c010778d:	e9 47 f7 ff ff       	jmp    c0106ed9 <alltraps>

c0107792 <vector216>:
c0107792:	6a 00                	push   $0x0
c0107794:	68 d8 00 00 00       	push   $0xd8
c0107799:	e9 3b f7 ff ff       	jmp    c0106ed9 <alltraps>

c010779e <vector217>:
c010779e:	6a 00                	push   $0x0
c01077a0:	68 d9 00 00 00       	push   $0xd9
c01077a5:	e9 2f f7 ff ff       	jmp    c0106ed9 <alltraps>

c01077aa <vector218>:
c01077aa:	6a 00                	push   $0x0
c01077ac:	68 da 00 00 00       	push   $0xda
c01077b1:	e9 23 f7 ff ff       	jmp    c0106ed9 <alltraps>

c01077b6 <vector219>:
c01077b6:	6a 00                	push   $0x0
c01077b8:	68 db 00 00 00       	push   $0xdb
c01077bd:	e9 17 f7 ff ff       	jmp    c0106ed9 <alltraps>

c01077c2 <vector220>:
c01077c2:	6a 00                	push   $0x0
c01077c4:	68 dc 00 00 00       	push   $0xdc
c01077c9:	e9 0b f7 ff ff       	jmp    c0106ed9 <alltraps>

c01077ce <vector221>:
c01077ce:	6a 00                	push   $0x0
c01077d0:	68 dd 00 00 00       	push   $0xdd
c01077d5:	e9 ff f6 ff ff       	jmp    c0106ed9 <alltraps>

c01077da <vector222>:
c01077da:	6a 00                	push   $0x0
c01077dc:	68 de 00 00 00       	push   $0xde
c01077e1:	e9 f3 f6 ff ff       	jmp    c0106ed9 <alltraps>

c01077e6 <vector223>:
c01077e6:	6a 00                	push   $0x0
c01077e8:	68 df 00 00 00       	push   $0xdf
c01077ed:	e9 e7 f6 ff ff       	jmp    c0106ed9 <alltraps>

c01077f2 <vector224>:
c01077f2:	6a 00                	push   $0x0
c01077f4:	68 e0 00 00 00       	push   $0xe0
c01077f9:	e9 db f6 ff ff       	jmp    c0106ed9 <alltraps>

c01077fe <vector225>:
c01077fe:	6a 00                	push   $0x0
c0107800:	68 e1 00 00 00       	push   $0xe1
c0107805:	e9 cf f6 ff ff       	jmp    c0106ed9 <alltraps>

c010780a <vector226>:
c010780a:	6a 00                	push   $0x0
c010780c:	68 e2 00 00 00       	push   $0xe2
c0107811:	e9 c3 f6 ff ff       	jmp    c0106ed9 <alltraps>

c0107816 <vector227>:
c0107816:	6a 00                	push   $0x0
c0107818:	68 e3 00 00 00       	push   $0xe3
c010781d:	e9 b7 f6 ff ff       	jmp    c0106ed9 <alltraps>

c0107822 <vector228>:
c0107822:	6a 00                	push   $0x0
c0107824:	68 e4 00 00 00       	push   $0xe4
c0107829:	e9 ab f6 ff ff       	jmp    c0106ed9 <alltraps>

c010782e <vector229>:
c010782e:	6a 00                	push   $0x0
c0107830:	68 e5 00 00 00       	push   $0xe5
c0107835:	e9 9f f6 ff ff       	jmp    c0106ed9 <alltraps>

c010783a <vector230>:
c010783a:	6a 00                	push   $0x0
c010783c:	68 e6 00 00 00       	push   $0xe6
c0107841:	e9 93 f6 ff ff       	jmp    c0106ed9 <alltraps>

c0107846 <vector231>:
c0107846:	6a 00                	push   $0x0
c0107848:	68 e7 00 00 00       	push   $0xe7
c010784d:	e9 87 f6 ff ff       	jmp    c0106ed9 <alltraps>

c0107852 <vector232>:
c0107852:	6a 00                	push   $0x0
c0107854:	68 e8 00 00 00       	push   $0xe8
c0107859:	e9 7b f6 ff ff       	jmp    c0106ed9 <alltraps>

c010785e <vector233>:
c010785e:	6a 00                	push   $0x0
c0107860:	68 e9 00 00 00       	push   $0xe9
c0107865:	e9 6f f6 ff ff       	jmp    c0106ed9 <alltraps>

c010786a <vector234>:
c010786a:	6a 00                	push   $0x0
c010786c:	68 ea 00 00 00       	push   $0xea
c0107871:	e9 63 f6 ff ff       	jmp    c0106ed9 <alltraps>

c0107876 <vector235>:
c0107876:	6a 00                	push   $0x0
c0107878:	68 eb 00 00 00       	push   $0xeb
c010787d:	e9 57 f6 ff ff       	jmp    c0106ed9 <alltraps>

c0107882 <vector236>:
c0107882:	6a 00                	push   $0x0
c0107884:	68 ec 00 00 00       	push   $0xec
c0107889:	e9 4b f6 ff ff       	jmp    c0106ed9 <alltraps>

c010788e <vector237>:
c010788e:	6a 00                	push   $0x0
c0107890:	68 ed 00 00 00       	push   $0xed
c0107895:	e9 3f f6 ff ff       	jmp    c0106ed9 <alltraps>

c010789a <vector238>:
c010789a:	6a 00                	push   $0x0
c010789c:	68 ee 00 00 00       	push   $0xee
c01078a1:	e9 33 f6 ff ff       	jmp    c0106ed9 <alltraps>

c01078a6 <vector239>:
c01078a6:	6a 00                	push   $0x0
c01078a8:	68 ef 00 00 00       	push   $0xef
c01078ad:	e9 27 f6 ff ff       	jmp    c0106ed9 <alltraps>

c01078b2 <vector240>:
c01078b2:	6a 00                	push   $0x0
c01078b4:	68 f0 00 00 00       	push   $0xf0
c01078b9:	e9 1b f6 ff ff       	jmp    c0106ed9 <alltraps>

c01078be <vector241>:
c01078be:	6a 00                	push   $0x0
c01078c0:	68 f1 00 00 00       	push   $0xf1
c01078c5:	e9 0f f6 ff ff       	jmp    c0106ed9 <alltraps>

c01078ca <vector242>:
c01078ca:	6a 00                	push   $0x0
c01078cc:	68 f2 00 00 00       	push   $0xf2
c01078d1:	e9 03 f6 ff ff       	jmp    c0106ed9 <alltraps>

c01078d6 <vector243>:
c01078d6:	6a 00                	push   $0x0
c01078d8:	68 f3 00 00 00       	push   $0xf3
c01078dd:	e9 f7 f5 ff ff       	jmp    c0106ed9 <alltraps>

c01078e2 <vector244>:
c01078e2:	6a 00                	push   $0x0
c01078e4:	68 f4 00 00 00       	push   $0xf4
c01078e9:	e9 eb f5 ff ff       	jmp    c0106ed9 <alltraps>

c01078ee <vector245>:
c01078ee:	6a 00                	push   $0x0
c01078f0:	68 f5 00 00 00       	push   $0xf5
c01078f5:	e9 df f5 ff ff       	jmp    c0106ed9 <alltraps>

c01078fa <vector246>:
c01078fa:	6a 00                	push   $0x0
c01078fc:	68 f6 00 00 00       	push   $0xf6
c0107901:	e9 d3 f5 ff ff       	jmp    c0106ed9 <alltraps>

c0107906 <vector247>:
c0107906:	6a 00                	push   $0x0
c0107908:	68 f7 00 00 00       	push   $0xf7
c010790d:	e9 c7 f5 ff ff       	jmp    c0106ed9 <alltraps>

c0107912 <vector248>:
c0107912:	6a 00                	push   $0x0
c0107914:	68 f8 00 00 00       	push   $0xf8
c0107919:	e9 bb f5 ff ff       	jmp    c0106ed9 <alltraps>

c010791e <vector249>:
c010791e:	6a 00                	push   $0x0
c0107920:	68 f9 00 00 00       	push   $0xf9
c0107925:	e9 af f5 ff ff       	jmp    c0106ed9 <alltraps>

c010792a <vector250>:
c010792a:	6a 00                	push   $0x0
c010792c:	68 fa 00 00 00       	push   $0xfa
c0107931:	e9 a3 f5 ff ff       	jmp    c0106ed9 <alltraps>

c0107936 <vector251>:
c0107936:	6a 00                	push   $0x0
c0107938:	68 fb 00 00 00       	push   $0xfb
c010793d:	e9 97 f5 ff ff       	jmp    c0106ed9 <alltraps>

c0107942 <vector252>:
c0107942:	6a 00                	push   $0x0
c0107944:	68 fc 00 00 00       	push   $0xfc
c0107949:	e9 8b f5 ff ff       	jmp    c0106ed9 <alltraps>

c010794e <vector253>:
c010794e:	6a 00                	push   $0x0
c0107950:	68 fd 00 00 00       	push   $0xfd
c0107955:	e9 7f f5 ff ff       	jmp    c0106ed9 <alltraps>

c010795a <vector254>:
c010795a:	6a 00                	push   $0x0
c010795c:	68 fe 00 00 00       	push   $0xfe
c0107961:	e9 73 f5 ff ff       	jmp    c0106ed9 <alltraps>

c0107966 <vector255>:
c0107966:	6a 00                	push   $0x0
c0107968:	68 ff 00 00 00       	push   $0xff
c010796d:	e9 67 f5 ff ff       	jmp    c0106ed9 <alltraps>
c0107972:	66 90                	xchg   %ax,%ax
c0107974:	66 90                	xchg   %ax,%ax
c0107976:	66 90                	xchg   %ax,%ax
c0107978:	66 90                	xchg   %ax,%ax
c010797a:	66 90                	xchg   %ax,%ax
c010797c:	66 90                	xchg   %ax,%ax
c010797e:	66 90                	xchg   %ax,%ax

c0107980 <__udivmoddi4>:
c0107980:	f3 0f 1e fb          	endbr32
c0107984:	55                   	push   %ebp
c0107985:	57                   	push   %edi
c0107986:	56                   	push   %esi
c0107987:	53                   	push   %ebx
c0107988:	83 ec 2c             	sub    $0x2c,%esp
c010798b:	8b 7c 24 40          	mov    0x40(%esp),%edi
c010798f:	8b 5c 24 44          	mov    0x44(%esp),%ebx
c0107993:	8b 6c 24 4c          	mov    0x4c(%esp),%ebp
c0107997:	8b 74 24 48          	mov    0x48(%esp),%esi
c010799b:	89 f8                	mov    %edi,%eax
c010799d:	89 da                	mov    %ebx,%edx
c010799f:	85 ed                	test   %ebp,%ebp
c01079a1:	75 3d                	jne    c01079e0 <__udivmoddi4+0x60>
c01079a3:	39 f3                	cmp    %esi,%ebx
c01079a5:	0f 83 95 00 00 00    	jae    c0107a40 <__udivmoddi4+0xc0>
c01079ab:	c7 44 24 0c 00 00 00 	movl   $0x0,0xc(%esp)
c01079b2:	00 
c01079b3:	f7 f6                	div    %esi
c01079b5:	8b 7c 24 50          	mov    0x50(%esp),%edi
c01079b9:	85 ff                	test   %edi,%edi
c01079bb:	74 0d                	je     c01079ca <__udivmoddi4+0x4a>
c01079bd:	8b 7c 24 50          	mov    0x50(%esp),%edi
c01079c1:	89 17                	mov    %edx,(%edi)
c01079c3:	c7 47 04 00 00 00 00 	movl   $0x0,0x4(%edi)
c01079ca:	89 c1                	mov    %eax,%ecx
c01079cc:	8b 54 24 0c          	mov    0xc(%esp),%edx
c01079d0:	89 c8                	mov    %ecx,%eax
c01079d2:	83 c4 2c             	add    $0x2c,%esp
c01079d5:	5b                   	pop    %ebx
c01079d6:	5e                   	pop    %esi
c01079d7:	5f                   	pop    %edi
c01079d8:	5d                   	pop    %ebp
c01079d9:	c3                   	ret
c01079da:	8d b6 00 00 00 00    	lea    0x0(%esi),%esi
c01079e0:	39 eb                	cmp    %ebp,%ebx
c01079e2:	73 24                	jae    c0107a08 <__udivmoddi4+0x88>
c01079e4:	8b 74 24 50          	mov    0x50(%esp),%esi
c01079e8:	85 f6                	test   %esi,%esi
c01079ea:	74 09                	je     c01079f5 <__udivmoddi4+0x75>
c01079ec:	8b 44 24 50          	mov    0x50(%esp),%eax
c01079f0:	89 38                	mov    %edi,(%eax)
c01079f2:	89 58 04             	mov    %ebx,0x4(%eax)
c01079f5:	c7 44 24 0c 00 00 00 	movl   $0x0,0xc(%esp)
c01079fc:	00 
c01079fd:	31 c9                	xor    %ecx,%ecx
c01079ff:	eb cb                	jmp    c01079cc <__udivmoddi4+0x4c>
c0107a01:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0107a08:	0f bd cd             	bsr    %ebp,%ecx
c0107a0b:	83 f1 1f             	xor    $0x1f,%ecx
c0107a0e:	89 4c 24 0c          	mov    %ecx,0xc(%esp)
c0107a12:	75 5c                	jne    c0107a70 <__udivmoddi4+0xf0>
c0107a14:	39 dd                	cmp    %ebx,%ebp
c0107a16:	0f 82 14 01 00 00    	jb     c0107b30 <__udivmoddi4+0x1b0>
c0107a1c:	31 c9                	xor    %ecx,%ecx
c0107a1e:	39 f7                	cmp    %esi,%edi
c0107a20:	0f 83 0a 01 00 00    	jae    c0107b30 <__udivmoddi4+0x1b0>
c0107a26:	8b 5c 24 50          	mov    0x50(%esp),%ebx
c0107a2a:	85 db                	test   %ebx,%ebx
c0107a2c:	74 9e                	je     c01079cc <__udivmoddi4+0x4c>
c0107a2e:	8b 74 24 50          	mov    0x50(%esp),%esi
c0107a32:	89 06                	mov    %eax,(%esi)
c0107a34:	89 56 04             	mov    %edx,0x4(%esi)
c0107a37:	eb 93                	jmp    c01079cc <__udivmoddi4+0x4c>
c0107a39:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0107a40:	89 f1                	mov    %esi,%ecx
c0107a42:	85 f6                	test   %esi,%esi
c0107a44:	75 0b                	jne    c0107a51 <__udivmoddi4+0xd1>
c0107a46:	b8 01 00 00 00       	mov    $0x1,%eax
c0107a4b:	31 d2                	xor    %edx,%edx
c0107a4d:	f7 f6                	div    %esi
c0107a4f:	89 c1                	mov    %eax,%ecx
c0107a51:	89 d8                	mov    %ebx,%eax
c0107a53:	31 d2                	xor    %edx,%edx
c0107a55:	f7 f1                	div    %ecx
c0107a57:	89 c3                	mov    %eax,%ebx
c0107a59:	89 f8                	mov    %edi,%eax
c0107a5b:	89 5c 24 0c          	mov    %ebx,0xc(%esp)
c0107a5f:	f7 f1                	div    %ecx
c0107a61:	e9 4f ff ff ff       	jmp    c01079b5 <__udivmoddi4+0x35>
c0107a66:	8d b4 26 00 00 00 00 	lea    0x0(%esi,%eiz,1),%esi
c0107a6d:	8d 76 00             	lea    0x0(%esi),%esi
c0107a70:	8b 44 24 0c          	mov    0xc(%esp),%eax
c0107a74:	ba 20 00 00 00       	mov    $0x20,%edx
c0107a79:	29 c2                	sub    %eax,%edx
c0107a7b:	89 c1                	mov    %eax,%ecx
c0107a7d:	89 f0                	mov    %esi,%eax
c0107a7f:	d3 e5                	shl    %cl,%ebp
c0107a81:	89 d1                	mov    %edx,%ecx
c0107a83:	89 54 24 1c          	mov    %edx,0x1c(%esp)
c0107a87:	d3 e8                	shr    %cl,%eax
c0107a89:	09 e8                	or     %ebp,%eax
c0107a8b:	8b 6c 24 0c          	mov    0xc(%esp),%ebp
c0107a8f:	89 44 24 10          	mov    %eax,0x10(%esp)
c0107a93:	89 d8                	mov    %ebx,%eax
c0107a95:	89 e9                	mov    %ebp,%ecx
c0107a97:	d3 e6                	shl    %cl,%esi
c0107a99:	89 d1                	mov    %edx,%ecx
c0107a9b:	d3 e8                	shr    %cl,%eax
c0107a9d:	89 e9                	mov    %ebp,%ecx
c0107a9f:	89 fd                	mov    %edi,%ebp
c0107aa1:	d3 e3                	shl    %cl,%ebx
c0107aa3:	89 d1                	mov    %edx,%ecx
c0107aa5:	d3 ed                	shr    %cl,%ebp
c0107aa7:	0f b6 4c 24 0c       	movzbl 0xc(%esp),%ecx
c0107aac:	89 ea                	mov    %ebp,%edx
c0107aae:	09 da                	or     %ebx,%edx
c0107ab0:	d3 e7                	shl    %cl,%edi
c0107ab2:	89 c1                	mov    %eax,%ecx
c0107ab4:	89 d0                	mov    %edx,%eax
c0107ab6:	89 ca                	mov    %ecx,%edx
c0107ab8:	89 7c 24 18          	mov    %edi,0x18(%esp)
c0107abc:	f7 74 24 10          	divl   0x10(%esp)
c0107ac0:	89 d1                	mov    %edx,%ecx
c0107ac2:	89 c3                	mov    %eax,%ebx
c0107ac4:	89 c5                	mov    %eax,%ebp
c0107ac6:	f7 e6                	mul    %esi
c0107ac8:	89 44 24 14          	mov    %eax,0x14(%esp)
c0107acc:	89 d7                	mov    %edx,%edi
c0107ace:	39 d1                	cmp    %edx,%ecx
c0107ad0:	72 08                	jb     c0107ada <__udivmoddi4+0x15a>
c0107ad2:	75 15                	jne    c0107ae9 <__udivmoddi4+0x169>
c0107ad4:	39 44 24 18          	cmp    %eax,0x18(%esp)
c0107ad8:	73 0f                	jae    c0107ae9 <__udivmoddi4+0x169>
c0107ada:	29 f0                	sub    %esi,%eax
c0107adc:	1b 54 24 10          	sbb    0x10(%esp),%edx
c0107ae0:	89 44 24 14          	mov    %eax,0x14(%esp)
c0107ae4:	8d 6b ff             	lea    -0x1(%ebx),%ebp
c0107ae7:	89 d7                	mov    %edx,%edi
c0107ae9:	8b 44 24 50          	mov    0x50(%esp),%eax
c0107aed:	85 c0                	test   %eax,%eax
c0107aef:	74 2c                	je     c0107b1d <__udivmoddi4+0x19d>
c0107af1:	89 c8                	mov    %ecx,%eax
c0107af3:	8b 74 24 0c          	mov    0xc(%esp),%esi
c0107af7:	0f b6 4c 24 1c       	movzbl 0x1c(%esp),%ecx
c0107afc:	8b 54 24 18          	mov    0x18(%esp),%edx
c0107b00:	2b 54 24 14          	sub    0x14(%esp),%edx
c0107b04:	19 f8                	sbb    %edi,%eax
c0107b06:	89 c3                	mov    %eax,%ebx
c0107b08:	d3 e3                	shl    %cl,%ebx
c0107b0a:	89 f1                	mov    %esi,%ecx
c0107b0c:	d3 e8                	shr    %cl,%eax
c0107b0e:	d3 ea                	shr    %cl,%edx
c0107b10:	89 c1                	mov    %eax,%ecx
c0107b12:	8b 44 24 50          	mov    0x50(%esp),%eax
c0107b16:	09 d3                	or     %edx,%ebx
c0107b18:	89 18                	mov    %ebx,(%eax)
c0107b1a:	89 48 04             	mov    %ecx,0x4(%eax)
c0107b1d:	c7 44 24 0c 00 00 00 	movl   $0x0,0xc(%esp)
c0107b24:	00 
c0107b25:	89 e9                	mov    %ebp,%ecx
c0107b27:	e9 a0 fe ff ff       	jmp    c01079cc <__udivmoddi4+0x4c>
c0107b2c:	8d 74 26 00          	lea    0x0(%esi,%eiz,1),%esi
c0107b30:	89 da                	mov    %ebx,%edx
c0107b32:	89 f8                	mov    %edi,%eax
c0107b34:	b9 01 00 00 00       	mov    $0x1,%ecx
c0107b39:	29 f0                	sub    %esi,%eax
c0107b3b:	19 ea                	sbb    %ebp,%edx
c0107b3d:	e9 e4 fe ff ff       	jmp    c0107a26 <__udivmoddi4+0xa6>

// Self-tests of the host kernel's drivers against QEMU's real devices,
// run instead of the monitor when the command line says hosttest=ata or
// hosttest=net (tests/hostdrv/run starts them and checks the result on
// the host: the disk image's bytes, the frames that came back).
//
// hosttest=ata: each drive's image was filled by the host with a known
//   pattern (hosttest_pattern).  Read all of it back in pieces of varying
//   sizes (some over the 256 sectors one command moves), refuse
//   ranges past the end, then write a run of sectors with the pattern's
//   complement and read it back.  The host then checks that the image
//   file holds exactly that.
// hosttest=net: on QEMU's user network, restricted (the guest side
//   reaches the gateway and nothing else): ARP for the gateway, 10.0.2.2,
//   and check the reply; ping it HT_PINGS times, one after the other, with
//   the bytes of nonce= as data, and check that they come back; print the
//   data of every UDP datagram that comes to port 7 (the host sends them
//   through a hostfwd) until HT_DATAGRAMS have come.  Both counts are more
//   than a ring holds, so both rings wrap.  The host checks that it sees
//   its own random bytes in both.
//
// The verdict line ("hosttest: ... pass" or "FAIL: why") goes to COM2,
// and the exit port says the same (QEMU_EXIT_OK or QEMU_EXIT_FAILED).

#include "types.h"
#include "x86.h"
#include "mmu.h"
#include "string.h"
#include "ata.h"
#include "qemu.h"
#include "backend.h"
#include "kern.h"

static void __attribute__((noreturn)) verdict(const char *test, const char *why)
{
	if (why) {
		kprintf("hosttest: %s FAIL: %s\n", test, why);
		host_exit(QEMU_EXIT_FAILED, 1);
	}
	kprintf("hosttest: %s pass\n", test);
	host_exit(QEMU_EXIT_OK, 1);
}

// ---- the disks ----

#define HT_CHUNK_MAX 300                // sectors per call, at most
#define HT_WRITE_N 300
#define HT_FLIP 0xFF                    // the written run: the pattern's complement

// Where the written run starts: a different place on each drive, so that
// a write that reached the wrong drive shows.
static uint32_t write_at(int unit)
{
	return 100 + 10 * (uint32_t)unit;
}

// Byte j of sector s of drive `unit` as the host wrote the image
// (tests/hostdrv/run computes the same): the sector's number and the
// drive's in the first four bytes, so that a sector read from the wrong
// place or the wrong drive is told apart, then a pattern.
static uint8_t hosttest_pattern(int unit, uint32_t s, uint32_t j)
{
	if (j < 4)
		return (s | ((uint32_t)unit << 24)) >> (8 * j);
	return (s * 31 + j * 7 + unit * 101) & 0xFF;
}

static uint8_t *ht_buf;

static void fill_written(int unit)
{
	for (uint32_t i = 0; i < HT_WRITE_N; i++)
		for (uint32_t j = 0; j < SECTSIZE; j++)
			ht_buf[i * SECTSIZE + j] = hosttest_pattern(unit, write_at(unit) + i, j) ^ HT_FLIP;
}

// Is the sector at p sector s of drive `unit`, written with `flip`?
static int sector_ok(int unit, uint32_t s, const uint8_t *p, uint8_t flip)
{
	for (uint32_t j = 0; j < SECTSIZE; j++)
		if (p[j] != (hosttest_pattern(unit, s, j) ^ flip)) {
			kprintf("hosttest: ata%d sector %u byte %u is %02x\n", unit, s, j, p[j]);
			return 0;
		}
	return 1;
}

static int written_here(int unit, uint32_t s)
{
	return s >= write_at(unit) && s < write_at(unit) + HT_WRITE_N;
}

// Read the whole disk, in pieces of 1, 2, 3, 4, HT_CHUNK_MAX, 6, ...
// sectors, and check every sector: the host's pattern, except the
// written run after the write (`after_write`), which is its complement.
static const char *read_all(struct block_backend *b, int unit, int after_write)
{
	uint32_t s = 0;
	for (uint32_t piece = 1; s < b->nsectors; piece++) {
		uint32_t n = piece % 5 == 0 ? HT_CHUNK_MAX : piece;
		if (n > b->nsectors - s)
			n = b->nsectors - s;
		if (b->read(b->ctx, s, ht_buf, n) < 0)
			return "a read inside the disk failed";
		for (uint32_t i = 0; i < n; i++) {
			uint8_t flip = after_write && written_here(unit, s + i) ? HT_FLIP : 0;
			if (!sector_ok(unit, s + i, ht_buf + i * SECTSIZE, flip))
				return "a sector read back wrong";
		}
		s += n;
	}
	return NULL;
}

static const char *test_drive(struct block_backend *b, int unit)
{
	if (b->nsectors < write_at(unit) + HT_WRITE_N + 1)
		return "the disk is too small for the test";
	const char *why = read_all(b, unit, 0);
	if (why)
		return why;
	if (b->read(b->ctx, b->nsectors - 1, ht_buf, 2) != -1 ||
	    b->read(b->ctx, 0xFFFFFFFF, ht_buf, 2) != -1 ||
	    b->write(b->ctx, b->nsectors, ht_buf, 1) != -1)
		return "a range past the end of the disk was not refused";
	fill_written(unit);
	if (b->write(b->ctx, write_at(unit), ht_buf, HT_WRITE_N) < 0)
		return "a write failed";
	return read_all(b, unit, 1);
}

static void __attribute__((noreturn)) hosttest_ata(void)
{
	physaddr_t pa;
	ht_buf = monitor_private_alloc(HT_CHUNK_MAX * SECTSIZE, &pa);
	int drives = 0;
	for (int unit = 0; unit < 2; unit++) {
		struct block_backend *b = ata_backend(unit);
		if (!b)
			continue;
		drives++;
		kprintf("hosttest: ata%d has %u sectors\n", unit, b->nsectors);
		const char *why = test_drive(b, unit);
		if (why)
			verdict("ata", why);
	}
	verdict("ata", drives ? NULL : "no drive");
}

// ---- the network card ----
//
// Just enough of Ethernet, ARP (RFC 826), IPv4 (RFC 791), ICMP (RFC 792)
// and UDP (RFC 768), by byte offset in the frame.

#define HT_DATAGRAMS 40
#define HT_PINGS 40
#define HT_NET_SECONDS 60
#define HT_NONCE_MAX 32                 // bytes of ping data, from nonce=
#define ETH_HDR 14
#define ETH_TYPE 12
#define ETHERTYPE_IPV4 0x0800
#define ETHERTYPE_ARP  0x0806
#define ARP_OPER (ETH_HDR + 6)
#define ARP_SHA  (ETH_HDR + 8)
#define ARP_SPA  (ETH_HDR + 14)
#define ARP_THA  (ETH_HDR + 18)
#define ARP_TPA  (ETH_HDR + 24)
#define ARP_LEN  (ETH_HDR + 28)
#define ARP_REQUEST 1
#define ARP_REPLY   2
#define IP_VER_IHL (ETH_HDR + 0)
#define IP_TOTLEN  (ETH_HDR + 2)
#define IP_TTL     (ETH_HDR + 8)
#define IP_PROTO   (ETH_HDR + 9)
#define IP_CSUM    (ETH_HDR + 10)
#define IP_SRC     (ETH_HDR + 12)
#define IP_DST     (ETH_HDR + 16)
#define IP_HDR     20               // no options (IHL 5)
#define IP_PAYLOAD (ETH_HDR + IP_HDR)
#define IPPROTO_ICMP 1
#define IPPROTO_UDP 17
#define ICMP_TYPE  (IP_PAYLOAD + 0)
#define ICMP_CSUM  (IP_PAYLOAD + 2)
#define ICMP_ID    (IP_PAYLOAD + 4)
#define ICMP_SEQ   (IP_PAYLOAD + 6)
#define ICMP_DATA  (IP_PAYLOAD + 8)
#define ICMP_ECHO_REPLY   0
#define ICMP_ECHO_REQUEST 8
#define HT_PING_ID 0x4854
#define UDP_DPORT  (IP_PAYLOAD + 2)
#define UDP_DATA   (IP_PAYLOAD + 8)
#define UDP_TEST_PORT 7

// QEMU's user network: the guest is 10.0.2.15, the gateway 10.0.2.2.
static const uint8_t my_ip[4] = { 10, 0, 2, 15 };
static const uint8_t gw_ip[4] = { 10, 0, 2, 2 };
static uint8_t my_mac[6], gw_mac[6];
static uint8_t nonce[HT_NONCE_MAX];
static uint32_t nonce_len;

static uint32_t get16(const uint8_t *p) { return (p[0] << 8) | p[1]; }
static void put16(uint8_t *p, uint32_t v) { p[0] = v >> 8; p[1] = v; }

// The Internet checksum (RFC 1071) of n bytes.
static uint32_t inet_checksum(const uint8_t *p, uint32_t n)
{
	uint32_t sum = 0;
	for (uint32_t i = 0; i < n; i += 2)
		sum += (p[i] << 8) | (i + 1 < n ? p[i + 1] : 0);
	while (sum >> 16)
		sum = (sum & 0xFFFF) + (sum >> 16);
	return ~sum & 0xFFFF;
}

static void print_hex(const char *what, const uint8_t *p, uint32_t n)
{
	kprintf("hosttest: net: %s ", what);
	for (uint32_t i = 0; i < n; i++)
		kprintf("%02x", p[i]);
	kprintf("\n");
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

// nonce=HEX from the command line, at most HT_NONCE_MAX bytes.
static void read_nonce(void)
{
	const char *h = cmdline_get("nonce");
	for (nonce_len = 0; h && nonce_len < HT_NONCE_MAX; h += 2) {
		int hi = hexval(h[0]), lo = hi < 0 ? -1 : hexval(h[1]);
		if (lo < 0)
			break;
		nonce[nonce_len++] = hi << 4 | lo;
	}
}

static int send_arp(struct net_backend *nb, int oper, const uint8_t *to_mac, const uint8_t *to_ip)
{
	static const uint8_t arp_ipv4[6] = { 0, 1, 8, 0, 6, 4 };  // Ethernet, IPv4, sizes
	static const uint8_t broadcast[6] = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF };
	static const uint8_t unknown[6];
	uint8_t f[ARP_LEN];
	memcpy(f, oper == ARP_REQUEST ? broadcast : to_mac, 6);
	memcpy(f + 6, my_mac, 6);
	put16(f + ETH_TYPE, ETHERTYPE_ARP);
	memcpy(f + ETH_HDR, arp_ipv4, 6);
	put16(f + ARP_OPER, oper);
	memcpy(f + ARP_SHA, my_mac, 6);
	memcpy(f + ARP_SPA, my_ip, 4);
	memcpy(f + ARP_THA, oper == ARP_REQUEST ? unknown : to_mac, 6);
	memcpy(f + ARP_TPA, to_ip, 4);
	return nb->send(nb->ctx, f, sizeof(f));
}

// An ARP frame: answer a request for our address; return 1 if it is the
// gateway's reply to us (its MAC goes to gw_mac).
static int on_arp(struct net_backend *nb, const uint8_t *f, uint32_t len)
{
	if (len < ARP_LEN)
		return 0;
	if (get16(f + ARP_OPER) == ARP_REQUEST && memcmp(f + ARP_TPA, my_ip, 4) == 0) {
		send_arp(nb, ARP_REPLY, f + ARP_SHA, f + ARP_SPA);
		return 0;
	}
	if (get16(f + ARP_OPER) != ARP_REPLY || memcmp(f + ARP_SPA, gw_ip, 4) != 0)
		return 0;
	if (memcmp(f + ARP_THA, my_mac, 6) != 0 || memcmp(f + ARP_TPA, my_ip, 4) != 0)
		return 0;
	memcpy(gw_mac, f + ARP_SHA, 6);
	kprintf("hosttest: net: 10.0.2.2 is at %02x:%02x:%02x:%02x:%02x:%02x\n", gw_mac[0],
		gw_mac[1], gw_mac[2], gw_mac[3], gw_mac[4], gw_mac[5]);
	return 1;
}

// An ICMP echo request to the gateway with the nonce as its data.
static int send_ping(struct net_backend *nb, uint32_t seq)
{
	uint8_t f[ICMP_DATA + HT_NONCE_MAX];
	uint32_t total = IP_HDR + 8 + nonce_len;
	memset(f, 0, sizeof(f));
	memcpy(f, gw_mac, 6);
	memcpy(f + 6, my_mac, 6);
	put16(f + ETH_TYPE, ETHERTYPE_IPV4);
	f[IP_VER_IHL] = 0x45;
	put16(f + IP_TOTLEN, total);
	f[IP_TTL] = 64;
	f[IP_PROTO] = IPPROTO_ICMP;
	memcpy(f + IP_SRC, my_ip, 4);
	memcpy(f + IP_DST, gw_ip, 4);
	put16(f + IP_CSUM, inet_checksum(f + ETH_HDR, IP_HDR));
	f[ICMP_TYPE] = ICMP_ECHO_REQUEST;
	put16(f + ICMP_ID, HT_PING_ID);
	put16(f + ICMP_SEQ, seq);
	memcpy(f + ICMP_DATA, nonce, nonce_len);
	put16(f + ICMP_CSUM, inet_checksum(f + IP_PAYLOAD, 8 + nonce_len));
	return nb->send(nb->ctx, f, ETH_HDR + total);
}

// An IPv4 frame for us.  Returns what it was: 1 the gateway's reply to
// our ping number `seq`, with our data (the first one's is printed); 2 a
// UDP datagram to port 7 (its data is printed); 0 anything else.
static int on_ipv4(const uint8_t *f, uint32_t len, uint32_t seq)
{
	if (len < IP_PAYLOAD + 8 || f[IP_VER_IHL] != 0x45 || memcmp(f + IP_DST, my_ip, 4) != 0)
		return 0;
	uint32_t total = get16(f + IP_TOTLEN);
	if (total < IP_HDR + 8 || ETH_HDR + total > len)
		return 0;
	uint32_t data_len = total - IP_HDR - 8;
	if (f[IP_PROTO] == IPPROTO_ICMP && f[ICMP_TYPE] == ICMP_ECHO_REPLY &&
	    memcmp(f + IP_SRC, gw_ip, 4) == 0 && get16(f + ICMP_ID) == HT_PING_ID &&
	    get16(f + ICMP_SEQ) == seq) {
		if (seq == 1)
			print_hex("ping reply", f + ICMP_DATA, data_len);
		return data_len == nonce_len && memcmp(f + ICMP_DATA, nonce, nonce_len) == 0;
	}
	if (f[IP_PROTO] == IPPROTO_UDP && get16(f + UDP_DPORT) == UDP_TEST_PORT) {
		print_hex("udp", f + UDP_DATA, data_len);
		return 2;
	}
	return 0;
}

static void __attribute__((noreturn)) hosttest_net(void)
{
	static uint8_t f[2048];
	struct net_backend *nb = nic_backend();
	if (!nb)
		verdict("net", "no network card");
	// Speak with an address that is not the card's, as a guest behind
	// the card does: the replies reach us only if the card takes
	// frames for any address.
	nic_mac(my_mac);
	my_mac[5] ^= 0x01;
	read_nonce();
	if (send_arp(nb, ARP_REQUEST, NULL, gw_ip) < 0)
		verdict("net", "the ARP request was not sent");
	int arp_ok = 0;
	uint32_t pings = 0, datagrams = 0;     // answered, received
	uint32_t deadline = host_ticks + HT_NET_SECONDS * HOST_TICK_HZ;
	while (!(pings == HT_PINGS && datagrams == HT_DATAGRAMS) &&
	       (int32_t)(deadline - host_ticks) > 0) {
		int len = nb->recv(nb->ctx, f, sizeof(f));
		if (len == 0) {
			asm volatile("sti; hlt; cli");  // until the next tick
			continue;
		}
		int what = 0;
		if (get16(f + ETH_TYPE) == ETHERTYPE_ARP && on_arp(nb, f, len) && !arp_ok)
			arp_ok = 1;
		else if (get16(f + ETH_TYPE) == ETHERTYPE_IPV4)
			what = on_ipv4(f, len, pings + 1);
		pings += what == 1;
		datagrams += what == 2;
		// The first ping after the ARP reply, the next after each reply.
		if ((arp_ok == 1 || what == 1) && pings < HT_PINGS && send_ping(nb, pings + 1) < 0)
			verdict("net", "a ping was not sent");
		if (arp_ok == 1)
			arp_ok = 2;
	}
	kprintf("hosttest: net: %u pings answered, %u datagrams\n", pings, datagrams);
	if (!arp_ok)
		verdict("net", "no ARP reply from the gateway");
	if (pings != HT_PINGS)
		verdict("net", "not every ping came back with our data");
	verdict("net", datagrams == HT_DATAGRAMS ? NULL : "fewer UDP datagrams than expected");
}

void hosttest_run(const char *which)
{
	if (strcmp(which, "ata") == 0)
		hosttest_ata();
	if (strcmp(which, "net") == 0)
		hosttest_net();
	verdict(which, "unknown test (hosttest=ata or hosttest=net)");
}

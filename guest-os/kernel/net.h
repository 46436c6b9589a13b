// The network stack: Ethernet, ARP, IPv4, ICMP and UDP, one file each,
// over the e1000 driver.
//
// Receiving goes up: e1000.c hands each frame to net_rx (net.c), which
// gives it to arp_input or ip_input, which gives it to icmp_input or
// udp_input.  Each layer checks its own header and drops what is wrong.
// Sending goes down: a layer builds its header in front of its payload in
// a struct pkt and passes it to the layer below, until net_tx gives the
// finished frame to the driver.
//
// Header fields on the wire are big-endian ("network byte order",
// RFC 1700); the x86 is little-endian, so every multi-byte field goes
// through htons/ntohs or htonl/ntohl.  IP addresses inside the kernel and
// in system calls are plain numbers in host order: 10.0.2.15 is 0x0A00020F.
#ifndef GUEST_NET_H
#define GUEST_NET_H

#include "types.h"

// ---- byte order ----
static inline uint16_t htons(uint16_t v) { return (uint16_t)((v << 8) | (v >> 8)); }
static inline uint16_t ntohs(uint16_t v) { return htons(v); }
static inline uint32_t htonl(uint32_t v)
{
	return (v >> 24) | ((v >> 8) & 0xFF00) | ((v << 8) & 0xFF0000) | (v << 24);
}
static inline uint32_t ntohl(uint32_t v) { return htonl(v); }

// ---- headers ----
#define ETH_ALEN      6
#define ETH_HLEN      14
#define ETH_MTU       1500     // largest payload of one frame
#define ETH_TYPE_IP   0x0800
#define ETH_TYPE_ARP  0x0806

struct eth_hdr {
	uint8_t  dst[ETH_ALEN];
	uint8_t  src[ETH_ALEN];
	uint16_t type;             // ETH_TYPE_*
} __attribute__((packed));

// An ARP packet for IPv4 over Ethernet (RFC 826).
struct arp_pkt {
	uint16_t htype;            // hardware type: 1, Ethernet
	uint16_t ptype;            // protocol type: ETH_TYPE_IP
	uint8_t  hlen;             // 6
	uint8_t  plen;             // 4
	uint16_t op;               // ARP_REQUEST or ARP_REPLY
	uint8_t  sha[ETH_ALEN];    // sender's hardware address
	uint32_t spa;              // sender's IP address
	uint8_t  tha[ETH_ALEN];    // target's hardware address
	uint32_t tpa;              // target's IP address
} __attribute__((packed));

#define ARP_HTYPE_ETHER 1
#define ARP_REQUEST     1
#define ARP_REPLY       2

// An IPv4 header without options (RFC 791, 3.1).
struct ip_hdr {
	uint8_t  vhl;              // version (4) << 4 | header length in words
	uint8_t  tos;
	uint16_t len;              // header + payload, in bytes
	uint16_t id;
	uint16_t frag;             // flags (3 bits) and fragment offset (13)
	uint8_t  ttl;
	uint8_t  proto;            // IP_PROTO_*
	uint16_t sum;              // checksum of the header only
	uint32_t src;
	uint32_t dst;
} __attribute__((packed));

#define IP_HLEN         20
#define IP_PROTO_ICMP   1
#define IP_PROTO_UDP    17
#define IP_FRAG_MF      0x2000    // more fragments follow
#define IP_FRAG_OFFSET  0x1FFF
#define IP_TTL          64
#define IP_BROADCAST    0xFFFFFFFF

// An ICMP echo request or reply (RFC 792).
struct icmp_echo {
	uint8_t  type;             // ICMP_ECHO_REQUEST or ICMP_ECHO_REPLY
	uint8_t  code;             // 0
	uint16_t sum;              // checksum of the whole ICMP message
	uint16_t id;
	uint16_t seq;
} __attribute__((packed));

#define ICMP_ECHO_REPLY   0
#define ICMP_ECHO_REQUEST 8

// A UDP header (RFC 768).
struct udp_hdr {
	uint16_t sport;
	uint16_t dport;
	uint16_t len;              // header + data, in bytes
	uint16_t sum;              // 0: no checksum
} __attribute__((packed));

#define UDP_HLEN        8
#define UDP_MAXDATA     (ETH_MTU - IP_HLEN - UDP_HLEN)   // 1472

// ---- packets being sent ----

// A frame under construction.  The payload is put at `data`, leaving
// PKT_HEADROOM bytes in front, and each layer pushes its header in front
// of what is there (pkt_push), so nothing is copied on the way down.
#define PKT_HEADROOM 64
struct pkt {
	uint8_t *data;             // first byte of the frame so far
	uint32_t len;              // bytes from data on
	uint8_t  buf[PKT_HEADROOM + ETH_MTU];
};

// net.c: configuration, Ethernet, and packet buffers
extern uint8_t  net_mac[ETH_ALEN];   // our Ethernet address
extern uint32_t net_ip;              // our IP address
extern uint32_t net_mask;            // the local network's mask
extern uint32_t net_gateway;         // the router for everything else
extern const uint8_t eth_broadcast[ETH_ALEN];
void net_init(void);
int  net_up(void);                   // 1 if there is a card to send on
struct pkt *pkt_alloc(uint32_t len);  // len payload bytes, uninitialised
void  pkt_free(struct pkt *p);
void *pkt_push(struct pkt *p, uint32_t n);
void net_rx(const uint8_t *frame, uint32_t len);
int  net_tx(struct pkt *p, const uint8_t dst[ETH_ALEN], uint16_t type);
uint32_t csum_add(uint32_t sum, const void *data, uint32_t len);
uint16_t csum_fold(uint32_t sum);

// arp.c
void arp_input(const uint8_t *pkt, uint32_t len);
void arp_learn(uint32_t ip, const uint8_t mac[ETH_ALEN]);
int  arp_lookup(uint32_t ip, uint8_t mac[ETH_ALEN]);
void arp_request(uint32_t ip);
void arp_announce(void);
int  arp_resolve(uint32_t ip);

// ip.c
void ip_input(const uint8_t *pkt, uint32_t len, const uint8_t src_mac[ETH_ALEN]);
int  ip_output(struct pkt *p, uint32_t dst, uint8_t proto);
int  ip_resolve(uint32_t dst);

// icmp.c
void icmp_input(uint32_t src, uint32_t dst, const uint8_t *msg, uint32_t len);
int  icmp_ping(uint32_t dst, uint16_t seq, uint32_t timeout);

// udp.c
void udp_input(uint32_t src, uint32_t dst, const uint8_t *dgram, uint32_t len);
int  udp_bind(uint32_t port);
int  udp_send(uint32_t sport, uint32_t dst, uint32_t dport, struct pkt *p);
int  udp_recv(uint32_t port, uint32_t ubuf, uint32_t maxlen,
	      uint32_t *src, uint32_t *sport);

// e1000.c
int  e1000_init(void);
int  e1000_transmit(const void *frame, uint32_t len);
void e1000_get_mac(uint8_t mac[ETH_ALEN]);
int  e1000_last_tx(void *buf, uint32_t max);
void e1000_tx_pause(int pause);
void e1000_tx_ring(uint32_t *size, uint32_t *head, uint32_t *tail);
uint8_t e1000_tx_cmd(uint32_t i);

// ktest_net.c
void ktest_icmp(void);
void ktest_e1000_ring(void);

#endif

// System calls of the network stack.  Every argument is checked here,
// before anything is sent or anyone sleeps: a bad pointer is -EFAULT, a
// bad port -EINVAL, a datagram too big for one Ethernet frame -EMSGSIZE.
//
//   udp_bind(port)
//   udp_send(dst_ip, dst_port, src_port, buf, len)   -> len
//   udp_recv(port, buf, maxlen, &src_ip, &src_port)  -> bytes received
//   icmp_echo(dst_ip, seq, timeout_ticks)            -> round trip in ticks
//
// IP addresses are numbers in host order (10.0.2.2 is 0x0A000202);
// src_ip and src_port of udp_recv may be NULL.

#include "types.h"
#include "errno.h"
#include "proc.h"
#include "defs.h"
#include "sysfunc.h"
#include "net.h"

static int port_ok(uint32_t port)
{
	return port >= 1 && port <= 0xFFFF;
}

int sys_udp_bind(void)
{
	uint32_t port;
	if (fetch_arg(0, &port) < 0)
		return -EFAULT;
	return udp_bind(port);
}

int sys_udp_send(void)
{
	uint32_t dst, dport, sport, buf, len;
	if (fetch_arg(0, &dst) < 0 || fetch_arg(1, &dport) < 0 ||
	    fetch_arg(2, &sport) < 0 || fetch_arg(3, &buf) < 0 ||
	    fetch_arg(4, &len) < 0)
		return -EFAULT;
	if (dst == 0 || !port_ok(dport) || !port_ok(sport))
		return -EINVAL;
	if (len > UDP_MAXDATA)
		return -EMSGSIZE;
	if (!user_range_ok(myproc(), buf, len, 0))
		return -EFAULT;
	int r = ip_resolve(dst);         // may sleep for an ARP answer
	if (r < 0)
		return r;
	struct pkt *p = pkt_alloc(len);
	if (p == NULL)
		return -ENOMEM;
	if (copyin(myproc(), p->data, buf, len) < 0) {
		pkt_free(p);
		return -EFAULT;
	}
	r = udp_send(sport, dst, dport, p);
	return r < 0 ? r : (int)len;
}

int sys_udp_recv(void)
{
	uint32_t port, buf, maxlen, usrc, usport;
	if (fetch_arg(0, &port) < 0 || fetch_arg(1, &buf) < 0 ||
	    fetch_arg(2, &maxlen) < 0 || fetch_arg(3, &usrc) < 0 ||
	    fetch_arg(4, &usport) < 0)
		return -EFAULT;
	if (!port_ok(port) || (int32_t)maxlen < 0)
		return -EINVAL;
	struct proc *p = myproc();
	// Check every pointer now, not after sleeping: a program that passes
	// a bad one learns at once, not when a datagram finally comes.
	if (!user_range_ok(p, buf, maxlen, 1) ||
	    (usrc != 0 && !user_range_ok(p, usrc, 4, 1)) ||
	    (usport != 0 && !user_range_ok(p, usport, 4, 1)))
		return -EFAULT;
	uint32_t src, sport;
	int n = udp_recv(port, buf, maxlen, &src, &sport);
	if (n < 0)
		return n;
	if ((usrc != 0 && copyout(p, usrc, &src, 4) < 0) ||
	    (usport != 0 && copyout(p, usport, &sport, 4) < 0))
		return -EFAULT;
	return n;
}

int sys_icmp_echo(void)
{
	uint32_t dst, seq, timeout;
	if (fetch_arg(0, &dst) < 0 || fetch_arg(1, &seq) < 0 ||
	    fetch_arg(2, &timeout) < 0)
		return -EFAULT;
	if (dst == 0 || seq > 0xFFFF || timeout == 0)
		return -EINVAL;
	return icmp_ping(dst, (uint16_t)seq, timeout);
}

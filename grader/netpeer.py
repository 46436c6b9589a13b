"""The guest's only network peer: the grader itself, at the other end of
the guest's Ethernet cable.

A test that talks to the guest over the network must not give the guest a
way out.  QEMU's user-mode network (slirp) can be restricted (restrict=on)
so that the guest reaches neither this machine nor any other, but then it
also drops every UDP datagram the guest sends, replies to a forwarded
port included (libslirp's udp_input refuses all UDP from a restricted
guest).  So the UDP tests do without slirp: QEMU's `-netdev socket`
carries each Ethernet frame of the guest's card as one UDP datagram
between QEMU and a socket of the grader on 127.0.0.1, and this module is
what answers there.  It plays the router of QEMU's usual network,
10.0.2.2, for the guest at 10.0.2.15:

  - it answers ARP requests for 10.0.2.2 (RFC 826), and pings of it
    (ICMP echo, RFC 792), as slirp's router does;
  - it sends the guest UDP datagrams from 10.0.2.2 (RFC 768, in IPv4,
    RFC 791) and hands back those the guest sends to 10.0.2.2;
  - it drops everything else.  Nothing is ever forwarded anywhere: the
    guest's frames end in this process.

Only the Python standard library is used.
"""

import queue
import socket
import struct
import threading

GUEST_IP = bytes([10, 0, 2, 15])
PEER_IP = bytes([10, 0, 2, 2])
GUEST_MAC = bytes.fromhex("525400123456")    # QEMU's default; set on the card
PEER_MAC = bytes.fromhex("52550a000202")     # what slirp's router uses
BROADCAST = b"\xff" * 6
ETH_IP, ETH_ARP = 0x0800, 0x0806
IP_ICMP, IP_UDP = 1, 17
ETH_MIN = 60                                 # bytes of a frame, without its CRC


def checksum(data):
    """The Internet checksum (RFC 1071): ones' complement of the ones'
    complement sum of 16-bit words."""
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def ethernet(dst, ethertype, payload):
    frame = dst + PEER_MAC + struct.pack("!H", ethertype) + payload
    return frame + b"\0" * max(0, ETH_MIN - len(frame))


def arp_reply(request):
    """The reply to an ARP request for PEER_IP, or None."""
    if len(request) < 28:
        return None
    htype, ptype, hlen, plen, op = struct.unpack("!HHBBH", request[:8])
    sha, spa, tpa = request[8:14], request[14:18], request[24:28]
    if (htype, ptype, hlen, plen, op) != (1, ETH_IP, 6, 4, 1) or tpa != PEER_IP:
        return None
    body = struct.pack("!HHBBH", 1, ETH_IP, 6, 4, 2) + PEER_MAC + PEER_IP + sha + spa
    return ethernet(sha, ETH_ARP, body), sha


def ip_packet(proto, body):
    """An IPv4 packet from PEER_IP to GUEST_IP (RFC 791, no options)."""
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(body), 0, 0, 64, proto, 0,
                     PEER_IP, GUEST_IP)
    return ip[:10] + struct.pack("!H", checksum(ip)) + ip[12:] + body


def udp_packet(sport, dport, data):
    """An IPv4 packet from PEER_IP to GUEST_IP carrying one UDP datagram."""
    length = 8 + len(data)
    pseudo = PEER_IP + GUEST_IP + struct.pack("!BBH", 0, IP_UDP, length)
    header = struct.pack("!HHHH", sport, dport, length, 0)
    csum = checksum(pseudo + header + data) or 0xFFFF
    return ip_packet(IP_UDP, struct.pack("!HHHH", sport, dport, length, csum) + data)


def parse_ip(packet):
    """(protocol, payload) of an IPv4 packet to PEER_IP, or None."""
    if len(packet) < 20 or packet[0] >> 4 != 4:
        return None
    ihl = (packet[0] & 15) * 4
    total = struct.unpack("!H", packet[2:4])[0]
    if ihl < 20 or total < ihl or total > len(packet) or packet[16:20] != PEER_IP:
        return None
    return packet[9], packet[ihl:total]


def parse_udp(payload):
    """(source port, destination port, data) of a UDP datagram, or None."""
    if len(payload) < 8:
        return None
    sport, dport, length = struct.unpack("!HHH", payload[:6])
    if length < 8 or length > len(payload):
        return None
    return sport, dport, payload[8:length]


def echo_reply(payload):
    """The ICMP echo reply to an echo request (type 8), or None."""
    if len(payload) < 8 or payload[0] != 8 or checksum(payload) != 0:
        return None
    reply = b"\0\0\0\0" + payload[4:]
    return ip_packet(IP_ICMP, reply[:2] + struct.pack("!H", checksum(reply)) + reply[4:])


def free_udp_port():
    """A UDP port on 127.0.0.1 that nothing is bound to right now (the
    kernel picks it, so tests running side by side do not collide)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NetPeer:
    """A UDP socket on 127.0.0.1 for QEMU's `-netdev socket,udp=...`, and a
    thread that answers the guest's frames on it."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.qemu_port = free_udp_port()   # QEMU's end of the tunnel
        self.guest_mac = GUEST_MAC
        self.received = queue.Queue()  # (sport, dport, data) the guest sent us
        self.dropped = 0               # frames neither ARP for us nor UDP to us
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def qemu_args(self):
        """QEMU's arguments: an e1000 whose cable is this socket."""
        return ["-netdev", "socket,id=peer,udp=127.0.0.1:%d,localaddr=127.0.0.1:%d"
                % (self.port, self.qemu_port),
                "-device", "e1000,netdev=peer,mac=52:54:00:12:34:56"]

    def _serve(self):
        self.sock.settimeout(0.1)      # so that close() is seen at once
        while not self._stop:
            try:
                frame, addr = self.sock.recvfrom(65536)
            except socket.timeout:
                continue
            except OSError:
                return
            if addr == ("127.0.0.1", self.qemu_port):
                self._frame(frame)

    def _frame(self, frame):
        if len(frame) < 14:
            self.dropped += 1
            return
        src, ethertype, payload = frame[6:12], struct.unpack("!H", frame[12:14])[0], frame[14:]
        if ethertype == ETH_ARP:
            answer = arp_reply(payload)
            if answer:
                self.guest_mac = answer[1]
                self._send(answer[0])
                return
        elif ethertype == ETH_IP:
            ip = parse_ip(payload)
            if ip and ip[0] == IP_UDP and parse_udp(ip[1]):
                self.guest_mac = src
                self.received.put(parse_udp(ip[1]))
                return
            if ip and ip[0] == IP_ICMP and echo_reply(ip[1]):
                self.guest_mac = src
                self._send(ethernet(src, ETH_IP, echo_reply(ip[1])))
                return
        self.dropped += 1

    def _send(self, frame):
        self.sock.sendto(frame, ("127.0.0.1", self.qemu_port))

    def send_udp(self, sport, dport, data):
        """Send the guest a datagram from 10.0.2.2:sport to its port dport."""
        self._send(ethernet(self.guest_mac, ETH_IP, udp_packet(sport, dport, data)))

    def recv_udp(self, timeout):
        """The next datagram the guest sent to 10.0.2.2, or None."""
        try:
            return self.received.get(timeout=timeout)
        except queue.Empty:
            return None

    def close(self):
        self._stop = True
        self._thread.join(2.0)
        self.sock.close()

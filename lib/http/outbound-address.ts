// Which addresses Renkei may connect to when it fetches a URL a client gave it (a jwks_uri, an
// event_delivery_uri): only globally reachable unicast. Refused, as docs/security-habits.md's "requests the server
// makes" asks, are the private, shared, link-local (169.254.169.254, the cloud metadata service, among
// them), multicast, documentation and otherwise special-purpose ranges of the IANA registries
// (RFC 6890 and its updates: IPv4 and IPv6 Special-Purpose Address Registries), and loopback unless
// the caller allows it (development, the same rule as loopback redirect URIs: lib/http/loopback-allowed.ts).
// An IPv6 address that carries an IPv4 one (IPv4-mapped ::ffff:0:0/96 RFC 4291 §2.5.5.2, NAT64
// 64:ff9b::/96 RFC 6052, 6to4 2002::/16 RFC 3056) is judged by the IPv4 address inside it.
import { BlockList, isIPv4, isIPv6 } from "node:net";

const V4_REFUSED: [string, number, string][] = [
  ["0.0.0.0", 8, "a \"this network\" address"],
  ["10.0.0.0", 8, "a private address"],
  ["100.64.0.0", 10, "a shared (carrier-grade NAT) address"],
  ["169.254.0.0", 16, "a link-local address"],
  ["172.16.0.0", 12, "a private address"],
  ["192.0.0.0", 24, "an IETF protocol address"],
  ["192.0.2.0", 24, "a documentation address"],
  ["192.88.99.0", 24, "a 6to4 relay address"],
  ["192.168.0.0", 16, "a private address"],
  ["198.18.0.0", 15, "a benchmarking address"],
  ["198.51.100.0", 24, "a documentation address"],
  ["203.0.113.0", 24, "a documentation address"],
  ["224.0.0.0", 4, "a multicast address"],
  ["240.0.0.0", 4, "a reserved address"],
];

// Outside 2000::/3 (global unicast) everything is refused; inside it, these special ranges.
const V6_REFUSED: [string, number, string][] = [
  ["2001::", 23, "an IETF protocol address"],
  ["2001:db8::", 32, "a documentation address"],
  ["3fff::", 20, "a documentation address"],
];

function table(rows: [string, number, string][], type: "ipv4" | "ipv6") {
  return rows.map(([network, prefix, reason]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, type);
    return { list, reason };
  });
}
const v4 = table(V4_REFUSED, "ipv4");
const v6 = table(V6_REFUSED, "ipv6");
const globalUnicast = (() => {
  const list = new BlockList();
  list.addSubnet("2000::", 3, "ipv6");
  return list;
})();

/** The 16 bytes of an IPv6 address in text form. */
function v6Bytes(address: string): Buffer {
  let text = address;
  const dotted = text.match(/^(.*:)(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const [a, b, c, d] = dotted[2].split(".").map(Number);
    text = `${dotted[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const groups = (part: string | undefined) => (part ? part.split(":") : []);
  const h = groups(head);
  const t = tail === undefined ? [] : groups(tail);
  const all = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill("0"), ...t];
  const bytes = Buffer.alloc(16);
  all.forEach((g, i) => bytes.writeUInt16BE(parseInt(g, 16), i * 2));
  return bytes;
}

const dotted = (b: Buffer, at: number) => `${b[at]}.${b[at + 1]}.${b[at + 2]}.${b[at + 3]}`;

/** null when Renkei may connect to this address; otherwise why not. */
export function outboundAddressProblem(address: string, options: { loopback: boolean }): string | null {
  const plain = address.replace(/^\[|\]$/g, "").replace(/%.*$/, ""); // brackets of a URL host; a zone index
  if (isIPv4(plain)) {
    if (plain.startsWith("127.")) return options.loopback ? null : `${plain} is a loopback address`;
    const hit = v4.find((r) => r.list.check(plain, "ipv4"));
    return hit ? `${plain} is ${hit.reason}` : null;
  }
  if (!isIPv6(plain)) return `${address.slice(0, 60)} is not an IP address`;
  const bytes = v6Bytes(plain);
  const zeros = (from: number, to: number) => bytes.subarray(from, to).every((b) => b === 0);
  if (zeros(0, 15) && bytes[15] === 1) return options.loopback ? null : `${plain} is a loopback address`;
  // IPv4 inside IPv6: ::ffff:a.b.c.d, 64:ff9b::a.b.c.d, 2002:AABB:CCDD::/48
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return outboundAddressProblem(dotted(bytes, 12), options);
  if (bytes.readUInt32BE(0) === 0x0064ff9b && zeros(4, 12)) return outboundAddressProblem(dotted(bytes, 12), options);
  if (bytes.readUInt16BE(0) === 0x2002) return outboundAddressProblem(dotted(bytes, 2), options);
  if (!globalUnicast.check(plain, "ipv6")) {
    if (bytes[0] === 0xfe && (bytes[1] & 0xc0) === 0x80) return `${plain} is a link-local address`;
    if ((bytes[0] & 0xfe) === 0xfc) return `${plain} is a private (unique local) address`;
    if (bytes[0] === 0xff) return `${plain} is a multicast address`;
    return `${plain} is not a global unicast address`;
  }
  const hit = v6.find((r) => r.list.check(plain, "ipv6"));
  return hit ? `${plain} is ${hit.reason}` : null;
}

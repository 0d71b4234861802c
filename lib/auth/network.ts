// The client's "network" for the risk check: an IPv4 /24 or an IPv6 /48. IPv6 is expanded first so
// that "2001:db8::1" and "2001:db8:0:5::1" land in the same /48 (RFC 5952 allows many spellings).
import { isIPv4, isIPv6 } from "node:net";

function expandIPv6(ip: string): string[] {
  const [head, tail = ""] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = ip.includes("::") && tail ? tail.split(":") : [];
  const zeros = ip.includes("::") ? Array(8 - left.length - right.length).fill("0") : [];
  return [...left, ...zeros, ...right].map((group) => group.toLowerCase().replace(/^0+(?=.)/, ""));
}

export function ipPrefix(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  const address = mapped ? mapped[1] : ip;
  if (isIPv4(address)) return address.split(".").slice(0, 3).join(".") + ".0/24";
  if (isIPv6(address) && !address.includes(".")) return expandIPv6(address.split("%")[0]).slice(0, 3).join(":") + "::/48";
  return address;
}

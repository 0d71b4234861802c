// The client's "network" for the risk check: an IPv4 /24 or an IPv6 /48.
export function ipPrefix(ip: string): string {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(ip)) return ip.split(".").slice(0, 3).join(".") + ".0/24";
  if (ip.includes(":")) {
    const groups = ip.split("::")[0].split(":").filter(Boolean);
    return groups.slice(0, 3).join(":") + "::/48";
  }
  return ip;
}

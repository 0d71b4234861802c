// The address rules of lib/http/outbound-address.ts, as a table: every special-purpose range refused,
// public addresses allowed, loopback only when the caller allows it, IPv4 inside IPv6 judged as IPv4.
import { describe, expect, it } from "vitest";
import { outboundAddressProblem } from "./outbound-address";

const cases: [string, string | null, string | null][] = [
  // address, problem without loopback (production), problem with loopback (development)
  ["93.184.215.14", null, null],
  ["8.8.8.8", null, null],
  ["2606:4700::1111", null, null],
  ["127.0.0.1", "loopback", null],
  ["127.8.9.10", "loopback", null],
  ["::1", "loopback", null],
  ["[::1]", "loopback", null],
  ["10.0.0.1", "private", "private"],
  ["172.16.0.1", "private", "private"],
  ["172.31.255.255", "private", "private"],
  ["172.32.0.1", null, null],
  ["192.168.1.1", "private", "private"],
  ["169.254.169.254", "link-local", "link-local"],
  ["100.64.0.1", "shared", "shared"],
  ["0.0.0.0", "this network", "this network"],
  ["192.0.0.8", "IETF protocol", "IETF protocol"],
  ["192.0.2.1", "documentation", "documentation"],
  ["198.18.0.1", "benchmarking", "benchmarking"],
  ["198.51.100.7", "documentation", "documentation"],
  ["203.0.113.9", "documentation", "documentation"],
  ["224.0.0.251", "multicast", "multicast"],
  ["255.255.255.255", "reserved", "reserved"],
  ["::", "not a global unicast", "not a global unicast"],
  ["fe80::1", "link-local", "link-local"],
  ["fe80::1%eth0", "link-local", "link-local"],
  ["fc00::1", "unique local", "unique local"],
  ["fd12:3456::1", "unique local", "unique local"],
  ["ff02::1", "multicast", "multicast"],
  ["2001:db8::1", "documentation", "documentation"],
  ["2001::1", "IETF protocol", "IETF protocol"],
  ["::ffff:10.0.0.1", "private", "private"],
  ["::ffff:127.0.0.1", "loopback", null],
  ["::ffff:169.254.169.254", "link-local", "link-local"],
  ["::ffff:a9fe:a9fe", "link-local", "link-local"],
  ["::ffff:8.8.8.8", null, null],
  ["64:ff9b::10.1.2.3", "private", "private"],
  ["64:ff9b::808:808", null, null],
  ["2002:c0a8:0101::1", "private", "private"],
  ["2002:0808:0808::1", null, null],
  ["localhost", "not an IP address", "not an IP address"],
];

describe("outboundAddressProblem", () => {
  it.each(cases)("%s", (address, production, development) => {
    const inProduction = outboundAddressProblem(address, { loopback: false });
    const inDevelopment = outboundAddressProblem(address, { loopback: true });
    if (production === null) expect(inProduction).toBeNull();
    else expect(inProduction).toContain(production);
    if (development === null) expect(inDevelopment).toBeNull();
    else expect(inDevelopment).toContain(development);
  });
});

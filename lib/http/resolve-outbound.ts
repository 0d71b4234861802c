// Resolves the host of a URL Renkei is about to fetch and checks every address it resolves to, not
// only the first: a name with one public and one private address would otherwise reach the private one
// on a retry or a second connection. The caller connects to the address returned here and to no other
// (lib/http/outbound-fetch.ts pins it), so a DNS answer that changes between check and connect
// (rebinding) changes nothing.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { outboundAddressProblem } from "./outbound-address";
import { loopbackAllowed } from "./loopback-allowed";
import { outboundUrlProblem } from "./outbound-url-problem";

/** The URL or an address it resolves to is not one Renkei sends requests to. */
export class OutboundRefused extends Error {}

export type TLookup = (hostname: string) => Promise<LookupAddress[]>;

const systemLookup: TLookup = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

export async function resolveOutbound(url: URL, lookup: TLookup = systemLookup): Promise<LookupAddress> {
  const problem = outboundUrlProblem(url.href);
  if (problem) throw new OutboundRefused(`the URL ${problem}`);
  const addresses = await lookup(url.hostname.replace(/^\[|\]$/g, ""));
  if (addresses.length === 0) throw new OutboundRefused(`${url.hostname} has no address`);
  for (const { address } of addresses) {
    const refused = outboundAddressProblem(address, { loopback: loopbackAllowed() });
    if (refused) throw new OutboundRefused(`${url.hostname.slice(0, 100)} resolves to ${refused}`);
  }
  return addresses[0];
}

// Rebuilds the trusted headers of one request (lib/http/trusted-headers.ts) from what the socket — or a
// trusted proxy — says, on both listeners of the production server, before anything reads them:
//   - whatever a client sent under those names is dropped, from req.headers and req.rawHeaders alike
//   - the client's address is the socket's; behind a trusted proxy (RENKEI_TRUSTED_PROXIES: addresses
//     or CIDR ranges) it is the rightmost X-Forwarded-For hop that is not itself a trusted proxy —
//     the address the proxy appended — never the leftmost, which the client wrote
//   - the request id is a trusted proxy's X-Request-Id when it is a plain token, else a new one
//     (lib/http/request-id.ts): a client cannot plant an id in the logs of requests it did not send through one
//   - TLS is the HTTPS listener's, or a trusted proxy's X-Forwarded-Proto https; a client certificate
//     only with TLS: the socket's, or the one the trusted proxy passes in RENKEI_PROXY_CERT_HEADER
// env is read on each call so tests can vary it.
import { BlockList, isIP } from "node:net";
import type { IncomingMessage } from "node:http";
import type { TLSSocket } from "node:tls";
import { TRUSTED_HEADER, TRUSTED_PREFIX } from "./trusted-headers";
import { UNKNOWN_IP } from "./client-ip";
import { requestIdFrom } from "./request-id";

type TEnv = Record<string, string | undefined>;
type TRequest = Pick<IncomingMessage, "headers" | "rawHeaders"> & { socket: Partial<Pick<TLSSocket, "remoteAddress" | "getPeerCertificate">> };

const list = (value: string | undefined) => (value || "").split(",").map((s) => s.trim()).filter(Boolean);
export const plainAddress = (address = "") => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");

let proxies: { source: string; blocks: BlockList } | undefined;
function trustedProxies(env: TEnv): BlockList {
  const source = env.RENKEI_TRUSTED_PROXIES || "";
  if (proxies?.source === source) return proxies.blocks;
  const blocks = new BlockList();
  for (const entry of list(source)) {
    const [address, bits] = entry.split("/");
    const family = isIP(address) === 6 ? "ipv6" : isIP(address) === 4 ? "ipv4" : null;
    if (!family) continue;
    if (bits === undefined) blocks.addAddress(address, family);
    else blocks.addSubnet(address, Number(bits), family);
  }
  proxies = { source, blocks };
  return blocks;
}

function isTrusted(blocks: BlockList, address: string): boolean {
  if (!proxies?.source) return false; // no trusted proxy configured: nothing to look up
  const family = isIP(address);
  return family !== 0 && blocks.check(address, family === 6 ? "ipv6" : "ipv4");
}

/** The client's address behind trusted proxies: walk X-Forwarded-For from the right past every trusted hop. */
export function forwardedClient(forwardedFor: string, blocks: BlockList): string | null {
  const hops = list(forwardedFor).map(plainAddress);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!isIP(hops[i])) return null; // not an address a proxy appended: nothing here can be believed
    if (!isTrusted(blocks, hops[i])) return hops[i];
  }
  return hops[0] ?? null; // every hop is a trusted proxy: the first of them is where the request began
}

function toPem(raw: Buffer): string {
  const body = raw.toString("base64").match(/.{1,64}/g)!.join("\n");
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

export function sanitizeHeaders(req: TRequest, { tls, env = process.env }: { tls: boolean; env?: TEnv }): void {
  const proxyCertHeader = (env.RENKEI_PROXY_CERT_HEADER || "").trim().toLowerCase();
  const remote = plainAddress(req.socket.remoteAddress);
  const blocks = trustedProxies(env);
  const fromProxy = isTrusted(blocks, remote);
  const header = (name: string) => [req.headers[name]].flat()[0];

  // Read what a trusted proxy vouches for before the clean-up deletes it.
  const forwarded = fromProxy ? forwardedClient([req.headers["x-forwarded-for"]].flat().join(","), blocks) : null;
  const forwardedTls = fromProxy && list(String(header("x-forwarded-proto") || "")).at(-1) === "https";
  const proxiedCert = fromProxy && proxyCertHeader ? header(proxyCertHeader) : undefined;
  const requestId = requestIdFrom(fromProxy ? header("x-request-id") : undefined);

  // every x-renkei-* name is the server's own, present and future, besides the proxy's certificate header
  const dropped = (name: string) => name.startsWith(TRUSTED_PREFIX) || name === proxyCertHeader;
  for (const name of Object.keys(req.headers)) if (dropped(name)) delete req.headers[name];
  const raw: string[] = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (!dropped(req.rawHeaders[i].toLowerCase())) raw.push(req.rawHeaders[i], req.rawHeaders[i + 1]);
  }
  const set = (name: string, value: string) => {
    req.headers[name] = value;
    raw.push(name, value);
  };

  set(TRUSTED_HEADER.clientIp, forwarded || remote || UNKNOWN_IP);
  set(TRUSTED_HEADER.requestId, requestId);
  if (tls) {
    set(TRUSTED_HEADER.tls, "1");
    const cert = req.socket.getPeerCertificate?.(false);
    if (cert && cert.raw) set(TRUSTED_HEADER.clientCert, encodeURIComponent(toPem(cert.raw)));
  } else if (forwardedTls) {
    // A certificate can only come with TLS: one on a plain-HTTP hop is the client's own invention
    // passed through by a proxy that did not overwrite the header.
    set(TRUSTED_HEADER.tls, "1");
    if (typeof proxiedCert === "string" && proxiedCert && proxiedCert !== "-") set(TRUSTED_HEADER.clientCert, proxiedCert);
  }
  req.rawHeaders = raw;
}

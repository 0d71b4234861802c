// At registration: refuse a jwks_uri or event_delivery_uri whose host resolves, now, to an address
// Renkei does not send to (lib/http/outbound-address.ts). A host that does not resolve at the moment
// (or not within two seconds) is accepted: every fetch checks again (lib/http/outbound-fetch.ts), and
// that check, not this one, is the guard; this one tells the registrant early.
import { OutboundRefused, resolveOutbound, type TLookup } from "./resolve-outbound";

export async function outboundTargetProblem(value: string, lookup?: TLookup): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const patience = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), 2_000)));
  try {
    return await Promise.race([resolveOutbound(new URL(value), lookup).then(() => null), patience]);
  } catch (error) {
    if (error instanceof OutboundRefused) return error.message;
    return null;
  } finally {
    clearTimeout(timer);
  }
}

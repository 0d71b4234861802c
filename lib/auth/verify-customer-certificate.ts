// 電子証明書 login (docs/seeds/004 手順1-1): the certificate the browser presented over the HTTPS listener
//   1. was presented over TLS (server.mjs passes it; a forged header is dropped)
//   2. is signed by the institution's CA (Institution.clientCaPem) and within its validity
//   3. is meant for client authentication
//   4. is registered to a customer of this institution and channel (by its SHA-256 fingerprint): the bank's
//      answer (lib/bank/customer-auth.ts); steps 1–3 are Renkei's, which terminates the TLS
import "server-only";
import { X509Certificate } from "node:crypto";
import { db } from "@/lib/db";
import { customerAuthFor } from "@/lib/bank/bank-for";
import { linkCustomer } from "@/lib/bank/link-customer";
import { parseSettings, type TChannel } from "@/lib/institutions/settings";
import { presentedCertificate } from "@/lib/http/presented-certificate";

export type TCertificateResult = { ok: true; userId: string } | { ok: false; reason: "none" | "untrusted" | "unregistered" };

export async function verifyCustomerCertificate(request: Request, institutionId: string, channel: TChannel): Promise<TCertificateResult> {
  const cert = presentedCertificate(request);
  if (!cert) return { ok: false, reason: "none" };
  const institution = await db.institution.findUniqueOrThrow({ where: { id: institutionId }, select: { slug: true, settings: true, clientCaPem: true } });
  const now = Date.now();
  let trusted = false;
  try {
    trusted = !!institution.clientCaPem && cert.verify(new X509Certificate(institution.clientCaPem).publicKey)
      && Date.parse(cert.validFrom) <= now && Date.parse(cert.validTo) >= now
      && (!cert.keyUsage || cert.keyUsage.includes("1.3.6.1.5.5.7.3.2"));
  } catch {
    trusted = false;
  }
  if (!trusted) return { ok: false, reason: "untrusted" };
  const bank = { id: institutionId, slug: institution.slug, settings: parseSettings(institution.settings) };
  const customer = await customerAuthFor(bank).customerByCertificate(channel, cert.fingerprint256);
  if (!customer) return { ok: false, reason: "unregistered" };
  return { ok: true, userId: await linkCustomer(bank, channel, customer) };
}

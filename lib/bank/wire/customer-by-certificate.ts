// POST /v1/customers/by-certificate — the customer a client certificate (電子証明書) is registered to.
// Renkei terminates the TLS and checks the certificate's chain, validity and purpose; the bank maps it.
import { z } from "zod";
import { ZChannel, ZCustomer, wireOperation } from "./wire-operation";

export const customerByCertificateOperation = wireOperation({
  operation: "customerByCertificate",
  method: "POST",
  path: "/v1/customers/by-certificate",
  summary: "Answers the customer a verified client certificate is registered to, for the channel; 404 not_found when none.",
  idempotent: true,
  request: z.object({
    channel: ZChannel,
    fingerprint256: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/).describe("SHA-256 fingerprint of the DER certificate, upper-case hex with colons"),
  }).meta({ examples: [{ channel: "corporate", fingerprint256: "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89" }] }),
  answer: z.object({ customer: ZCustomer }),
  errors: ["invalid_request", "not_found"],
});

// The token request's shapes (RFC 6749 §4.1.3, §6), one per grant_type.
import { z } from "zod";

export const ZTokenRequestSchema = z.discriminatedUnion("grant_type", [
  z.object({
    grant_type: z.literal("authorization_code"),
    code: z.string().min(1, "missing code").max(512),
    redirect_uri: z.string().min(1, "missing redirect_uri"),
    // RFC 7636 §4.1: 43–128 characters of [A-Z a-z 0-9 - . _ ~]
    code_verifier: z.string().regex(/^[A-Za-z0-9._~-]{43,128}$/, "code_verifier is missing or malformed"),
  }),
  z.object({
    grant_type: z.literal("refresh_token"),
    refresh_token: z.string().min(1, "missing refresh_token").max(512),
    scope: z.string().max(200).optional(),
  }),
]);

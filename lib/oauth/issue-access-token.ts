// Mints an opaque, short-lived access token bound to the sender (RFC 9449 §6, RFC 8705 §3), stored
// only as its SHA-256. Call inside the transaction that decided to issue it.
import "server-only";
import type { TTx } from "@/lib/db";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";
import type { TBinding } from "./sender-binding";

export async function issueAccessToken(
  tx: TTx,
  input: { grantId: string; clientId: string; scopes: string; binding: TBinding; lifetimeSeconds: number; codeId?: string },
): Promise<{ token: string; expiresIn: number }> {
  const token = randomToken();
  await tx.accessToken.create({
    data: {
      tokenHash: hashToken(token),
      grantId: input.grantId,
      clientId: input.clientId,
      scopes: input.scopes,
      jkt: input.binding.jkt,
      certThumbprint: input.binding.certThumbprint,
      codeId: input.codeId ?? null,
      expiresAt: new Date(Date.now() + input.lifetimeSeconds * 1000),
    },
  });
  return { token, expiresIn: input.lifetimeSeconds };
}

export function tokenType(binding: TBinding): "DPoP" | "Bearer" {
  return binding.jkt ? "DPoP" : "Bearer";
}

// RFC 7591 §3: registration needs an initial access token issued by an operator (InitialAccessToken,
// stored hashed; scoped to one institution or all), or the value of RENKEI_INITIAL_ACCESS_TOKEN for
// scripted setups. Compared by hash, so timing reveals nothing.
import "server-only";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/crypto/hash-token";
import { InvalidToken } from "./oauth-errors";
import type { TMachineRequest } from "@/lib/http/machine-request";

export async function verifyInitialAccessToken(request: TMachineRequest, institutionId: string): Promise<{ actorId: string }> {
  const token = request.headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) throw new InvalidToken("an initial access token is required (Authorization: Bearer …)");
  const fromEnv = process.env.RENKEI_INITIAL_ACCESS_TOKEN;
  if (fromEnv && hashToken(token) === hashToken(fromEnv)) return { actorId: "env:RENKEI_INITIAL_ACCESS_TOKEN" };
  const row = await db.initialAccessToken.findUnique({ where: { tokenHash: hashToken(token) } });
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt < now) || (row.institutionId && row.institutionId !== institutionId)) {
    throw new InvalidToken("the initial access token is invalid, revoked or for another institution");
  }
  await db.initialAccessToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  return { actorId: `iat:${row.id}` };
}

// RFC 7591 §3: registration needs an initial access token issued by an operator (InitialAccessToken,
// stored hashed; scoped to one institution or all; issued for one aggregator, short-lived or single-use as
// the operator chose), or the value of RENKEI_INITIAL_ACCESS_TOKEN for scripted setups and the demo, which
// is bound to no aggregator. Compared by hash, so timing reveals nothing. What the token lets a registration
// name is decided by lib/oauth/registration/registration-aggregator-problem.ts; a single-use token is spent with the
// registration it allows (lib/oauth/registration/create-client-record.ts), so a token already spent is refused here.
import "server-only";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/crypto/hash-token";
import { InvalidToken } from "@/lib/oauth/errors/oauth-errors";
import type { TMachineRequest } from "@/lib/http/machine-request";
import type { TAggregatorIdentity } from "./registration-aggregator-problem";

export type TVerifiedInitialAccessToken = {
  actorId: string;
  /** the rate limit's key: the token's id, or "env" */
  key: string;
  fromEnvironment: boolean;
  /** the aggregator it was issued for; null: bound to none (may only create a new one) */
  aggregator: TAggregatorIdentity | null;
  /** the id to spend with the registration, when single-use */
  spend: string | null;
};

export async function verifyInitialAccessToken(request: TMachineRequest, institutionId: string): Promise<TVerifiedInitialAccessToken> {
  const token = request.headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) throw new InvalidToken("an initial access token is required (Authorization: Bearer …)");
  const fromEnv = process.env.RENKEI_INITIAL_ACCESS_TOKEN;
  if (fromEnv && hashToken(token) === hashToken(fromEnv)) {
    return { actorId: "env:RENKEI_INITIAL_ACCESS_TOKEN", key: "env", fromEnvironment: true, aggregator: null, spend: null };
  }
  const row = await db.initialAccessToken.findUnique({ where: { tokenHash: hashToken(token) } });
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt < now) || (row.institutionId && row.institutionId !== institutionId)) {
    throw new InvalidToken("the initial access token is invalid, revoked or for another institution");
  }
  if (row.singleUse && row.usedAt) throw new InvalidToken("the initial access token was single-use and has been used");
  await db.initialAccessToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  const aggregator = row.aggregatorName && row.aggregatorRegistrationNumber ? { name: row.aggregatorName, registrationNumber: row.aggregatorRegistrationNumber } : null;
  return { actorId: `iat:${row.id}`, key: row.id, fromEnvironment: false, aggregator, spend: row.singleUse ? row.id : null };
}

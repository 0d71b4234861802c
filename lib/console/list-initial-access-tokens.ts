// The initial access tokens an operator may see: their institutions' (and, for an operator of every
// institution, those valid everywhere). Never the token itself: it is stored only as a hash.
import "server-only";
import { db } from "@/lib/db";
import { institutionFilter, type TOperatorScope } from "./operator-scope";

export async function listInitialAccessTokens(scope: TOperatorScope) {
  const inScope = institutionFilter(scope);
  return db.initialAccessToken.findMany({
    where: inScope ? { institutionId: inScope } : {},
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true, label: true, createdBy: true, createdAt: true, expiresAt: true, revokedAt: true, lastUsedAt: true, institution: { select: { name: true } },
      aggregatorName: true, aggregatorRegistrationNumber: true, singleUse: true, usedAt: true,
    },
  });
}

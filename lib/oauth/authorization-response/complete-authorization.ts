// The customer said 許可: the grant is made and a code goes back to the aggregator.
//   - the interaction is live (active, unexpired)
//   - one grant per (client, user): the previous one is replaced (FAPI Grant Management, `replace`);
//     a PAR with grant_management_action=replace&grant_id=… keeps that grant's id (§5.4)
//   - the grant lives the institution's consent days (90 by default, docs/design.md §2 step 6)
//   - the code: 256 bits of randomness, stored hashed, 60 s, bound to the PKCE challenge, the
//     redirect_uri and, when asked, the DPoP key (RFC 9449 §10)
//   - the response carries code, state and iss (RFC 9207)
import "server-only";
import { db } from "@/lib/db";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { metrics } from "@/lib/observability/metrics";
import { issuerFor } from "@/lib/config/origin";
import type { TScope } from "@/lib/oauth/authorization-request/authorization-params";
import { authorizationResponseUrl, loadLiveInteraction } from "./load-interaction";
import { revokeGrant } from "@/lib/oauth/grants/revoke-grant";

const CODE_LIFETIME_SECONDS = 60;

export class InteractionNotLive extends Error {}

export async function completeAuthorization(input: {
  interactionId: string;
  userId: string;
  scopes: TScope[];
  accountIds: string[];
  ip?: string;
  /** how many 登録済み* accounts' 照会用暗証番号 the bank registered for this consent (lib/consent/finish-interaction.ts), for the audit */
  pinsRegistered?: number;
  /** how the customer authenticated, RFC 8176 values (lib/auth/amr.ts): kept on the grant, returned by introspection */
  amr?: string[];
}): Promise<{ redirectUrl: string; grantId: string }> {
  const code = randomToken();
  const grantId = randomToken(16);
  const result = await db.$transaction(async (tx) => {
    const interaction = await loadLiveInteraction(tx, input.interactionId);
    if (!interaction) throw new InteractionNotLive("the interaction is not active");
    const accounts = await tx.account.findMany({
      where: { id: { in: input.accountIds }, institutionId: interaction.institutionId, contract: { users: { some: { id: input.userId } } } },
      select: { id: true },
    });
    if (accounts.length !== new Set(input.accountIds).size || accounts.length === 0) throw new Error("accounts do not belong to the user");
    const scopes = input.scopes.filter((s) => interaction.params.scopes.includes(s));
    if (scopes.length === 0) throw new Error("no requested scope was granted");

    const previous = await tx.grant.findMany({ where: { clientId: interaction.clientRowId, userId: input.userId, status: "active" }, select: { id: true } });
    // FAPI Grant Management §5.4 replace: the named grant keeps its id (only when it is this customer's)
    const kept = previous.find((g) => g.id === interaction.params.replaceGrantId)?.id;
    for (const old of previous) if (old.id !== kept) await revokeGrant(tx, { grantId: old.id, by: "replaced", actorId: input.userId, ip: input.ip });

    const now = new Date();
    const grant = {
      scopes: scopes.join(" "),
      amr: (input.amr ?? []).join(" "),
      dpopJkt: interaction.params.dpopJkt ?? null,
      expiresAt: new Date(now.getTime() + interaction.consentDays * 86_400_000),
    };
    if (kept) {
      // what the old consent issued ends now; its unused codes expire (not "used": that would read as a replay)
      await tx.accessToken.updateMany({ where: { grantId: kept, revokedAt: null }, data: { revokedAt: now } });
      await tx.refreshToken.updateMany({ where: { grantId: kept, revokedAt: null }, data: { revokedAt: now } });
      await tx.authorizationCode.updateMany({ where: { grantId: kept, usedAt: null }, data: { expiresAt: now } });
      await tx.grantAccount.deleteMany({ where: { grantId: kept } });
      await tx.grant.update({ where: { id: kept }, data: { ...grant, certThumbprint: null, accounts: { create: accounts.map((a) => ({ accountId: a.id })) } } });
    } else {
      await tx.grant.create({
        data: {
          id: grantId, institutionId: interaction.institutionId, clientId: interaction.clientRowId, userId: input.userId, ...grant,
          accounts: { create: accounts.map((a) => ({ accountId: a.id })) },
        },
      });
    }
    const issuedFor = kept ?? grantId;
    await tx.authorizationCode.create({
      data: {
        codeHash: hashToken(code),
        grantId: issuedFor,
        clientId: interaction.clientRowId,
        redirectUri: interaction.params.redirectUri,
        codeChallenge: interaction.params.codeChallenge,
        dpopJkt: interaction.params.dpopJkt ?? null,
        expiresAt: new Date(now.getTime() + CODE_LIFETIME_SECONDS * 1000),
      },
    });
    await tx.interaction.update({ where: { id: interaction.id }, data: { status: "completed", step: "done", userId: input.userId } });
    await appendAuditEvent(tx, {
      institutionId: interaction.institutionId, actorType: "customer", actorId: input.userId, action: "consent.granted",
      targetType: "grant", targetId: issuedFor, ip: input.ip, details: { client: interaction.params.clientId, scopes, accounts: accounts.length, replaced: previous.length - (kept ? 1 : 0), keptGrantId: Boolean(kept), pinsRegistered: input.pinsRegistered ?? 0, amr: input.amr ?? [] },
    });
    await appendAuditEvent(tx, {
      institutionId: interaction.institutionId, actorType: "system", action: "code.issued", targetType: "grant", targetId: issuedFor, ip: input.ip,
    });
    return { ...interaction, issuedFor };
  });
  metrics().consents.inc({ outcome: "given" });
  return {
    grantId: result.issuedFor,
    redirectUrl: authorizationResponseUrl(result.params.redirectUri, { code, state: result.params.state, iss: issuerFor(result.institutionSlug) }),
  };
}

// RFC 7009 token revocation. The client authenticates; a token of another client, or an unknown
// one, is answered 200 like a revoked one (RFC 7009 §2.2: the client cannot learn anything). Revoking
// a refresh token ends the whole grant and its access tokens (RFC 7009 §2.1).
import "server-only";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/crypto/hash-token";
import { authenticateClient } from "@/lib/oauth/client-authentication/authenticate-client";
import { endpointsFor } from "@/lib/oauth/endpoints/endpoint-urls";
import { InvalidRequest, UnsupportedTokenType } from "@/lib/oauth/errors/oauth-errors";
import { readForm } from "@/lib/oauth/endpoints/read-form";
import type { TRequestContext } from "@/lib/oauth/endpoints/request-context";
import { clientIp } from "@/lib/http/client-ip";
import { revokeGrant } from "@/lib/oauth/grants/revoke-grant";

export async function revokeToken(ctx: TRequestContext): Promise<void> {
  const { request, institution } = ctx;
  const form = await readForm(request);
  const e = endpointsFor(institution.slug);
  const client = await authenticateClient(ctx, form, [e.issuer, e.revocation, e.mtls.revocation, e.token]);
  if (!form.token) throw new InvalidRequest("missing token");
  const hint = form.token_type_hint;
  if (hint !== undefined && hint !== "access_token" && hint !== "refresh_token") throw new UnsupportedTokenType("token_type_hint must be access_token or refresh_token");
  await ctx.singleUse.settle(); // the assertion's id is spent before the revocation (lib/oauth/endpoints/single-use.ts)
  const tokenHash = hashToken(form.token);
  const refresh = await db.refreshToken.findUnique({ where: { tokenHash }, select: { grantId: true, clientId: true } });
  if (refresh && refresh.clientId === client.id) {
    await db.$transaction((tx) => revokeGrant(tx, { grantId: refresh.grantId, by: "aggregator", actorId: client.clientId, ip: clientIp(request) }));
    return;
  }
  await db.accessToken.updateMany({ where: { tokenHash, clientId: client.id, revokedAt: null }, data: { revokedAt: new Date() } });
}

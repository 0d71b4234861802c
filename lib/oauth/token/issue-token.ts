// The token endpoint (RFC 6749 §3.2): authenticate the client, refuse a baseline client its profile no
// longer serves (its sunset, or the profile turned off here: unauthorized_client, RFC 6749 §5.2), bind
// the sender, dispatch on grant_type.
import "server-only";
import { clientIp } from "@/lib/http/client-ip";
import { metrics } from "@/lib/observability/metrics";
import { authenticateClient } from "@/lib/oauth/client-authentication/authenticate-client";
import { endpointsFor } from "@/lib/oauth/endpoints/endpoint-urls";
import { InvalidRequest, UnauthorizedClient, UnsupportedGrantType } from "@/lib/oauth/errors/oauth-errors";
import { exchangeCode } from "./exchange-code";
import { profileRefusalDescription } from "@/lib/oauth/clients/profile-policy";
import { readForm } from "@/lib/oauth/endpoints/read-form";
import { refreshGrant } from "./refresh-grant";
import type { TRequestContext } from "@/lib/oauth/endpoints/request-context";
import { senderBinding } from "@/lib/oauth/sender-constraint/sender-binding";
import { ZTokenRequestSchema } from "./token-request";

export async function issueToken(ctx: TRequestContext) {
  const form = await readForm(ctx.request);
  if (!form.grant_type) throw new InvalidRequest("missing grant_type");
  if (form.grant_type !== "authorization_code" && form.grant_type !== "refresh_token") {
    throw new UnsupportedGrantType(`grant_type ${form.grant_type.slice(0, 40)} is not supported`);
  }
  const endpoints = endpointsFor(ctx.institution.slug);
  const client = await authenticateClient(ctx, form, [endpoints.issuer, endpoints.token, endpoints.mtls.token]);
  if (client.policy.refusal) throw new UnauthorizedClient(profileRefusalDescription(client.policy.refusal));
  const parsed = ZTokenRequestSchema.safeParse(form);
  if (!parsed.success) throw new InvalidRequest(parsed.error.issues[0]?.message ?? "malformed token request");
  const binding = await senderBinding(ctx, client);
  const ip = clientIp(ctx.request);
  const issued = await (parsed.data.grant_type === "authorization_code"
    ? exchangeCode(ctx, client, parsed.data, binding, ip)
    : refreshGrant(ctx, client, parsed.data, binding, ip));
  metrics().tokensIssued.inc({ grant_type: parsed.data.grant_type, profile: client.policy.profile });
  return issued;
}

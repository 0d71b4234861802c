// Switches a baseline client to fapi2 (docs/design.md §3): from then on it is served under FAPI 2.0 — PAR,
// private_key_jwt or tls_client_auth, sender-constrained tokens — and its sunset no longer applies, so its
// live grants keep working (their refresh tokens take the client's DPoP key or certificate at their next
// use: lib/oauth/token/refresh-grant.ts). The client needs its keys: the jwks or jwks_uri (or certificate subject)
// given here, or the ones it registered. Its secret is forgotten. Checked by the registration rules
// (ZClientMetadataSchema, usable public keys, a jwks_uri on no internal host); only an operator of every institution the client is enabled
// at may do it, audited at each, in one transaction.
import "server-only";
import { z } from "zod";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { outboundTargetProblem } from "@/lib/http/outbound-target-problem";
import { ZClientMetadataSchema } from "@/lib/oauth/registration/client-metadata";
import { sunsetLastDay } from "@/lib/oauth/clients/sunset-date";
import { unusableKeyMessageJa } from "@/lib/oauth/registration/unusable-key-problem";
import { assertMayChangeClient } from "./assert-may-change-client";
import { ConsoleForbidden, type TOperatorScope } from "./operator-scope";
import { issuesToFieldErrors } from "@/lib/forms/issues-to-field-errors";

export const ZSwitchToFapi2Schema = z.object({
  clientId: z.string().min(1).max(200),
  authMethod: z.enum(["private_key_jwt", "tls_client_auth"], { message: "fapi2 のクライアント認証方式（private_key_jwt か tls_client_auth）を選んでください。" }),
  jwks: z.string().trim().max(20_000),
  jwksUri: z.string().trim().max(2000),
  tlsSubjectDn: z.string().trim().max(500),
});

export type TSwitchResult = { ok: true } | { ok: false; errors: Record<string, string> };

const KEYS_NEEDED: Record<string, string> = {
  jwks: "private_key_jwt には公開鍵（JWKS か JWKS URI のどちらか一方）が必要です。",
  jwksUri: "JWKS URI は https の URL で入力してください。",
  tlsSubjectDn: "tls_client_auth にはクライアント証明書のサブジェクトDNが必要です。",
};

export async function switchClientToFapi2(scope: TOperatorScope, input: unknown, ip: string | null): Promise<TSwitchResult> {
  const parsed = ZSwitchToFapi2Schema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issuesToFieldErrors(parsed.error.issues) };
  const form = parsed.data;
  const client = await db.$transaction((tx) => assertMayChangeClient(tx, scope, form.clientId));
  if (client.securityProfile !== "baseline") return { ok: false, errors: { form: "このクライアントはすでに fapi2 です。" } };

  let jwks: unknown;
  try {
    jwks = form.jwks ? JSON.parse(form.jwks) : form.jwksUri ? undefined : client.jwks ? JSON.parse(client.jwks) : undefined;
  } catch {
    return { ok: false, errors: { jwks: "JWKS は JSON（{\"keys\": [...]}）で入力してください。" } };
  }
  const jwksUri = form.jwksUri || (form.jwks ? undefined : client.jwksUri ?? undefined);
  const tlsSubjectDn = form.tlsSubjectDn || client.tlsClientAuthSubjectDn || undefined;
  const metadata = ZClientMetadataSchema.safeParse({
    client_name: client.clientName, aggregator_name: client.aggregator.name, aggregator_registration_number: client.aggregator.registrationNumber,
    redirect_uris: JSON.parse(client.redirectUris), channels: JSON.parse(client.channels), scope: client.scope,
    token_endpoint_auth_method: form.authMethod, security_profile: "fapi2",
    jwks: form.authMethod === "private_key_jwt" ? jwks : undefined, jwks_uri: form.authMethod === "private_key_jwt" ? jwksUri : undefined,
    tls_client_auth_subject_dn: form.authMethod === "tls_client_auth" ? tlsSubjectDn : undefined,
  });
  if (!metadata.success) {
    const issue = metadata.error.issues[0];
    const field = issue?.path[0] === "jwks_uri" ? "jwksUri" : issue?.message.includes("subject_dn") ? "tlsSubjectDn" : "jwks";
    return { ok: false, errors: { [field]: `${KEYS_NEEDED[field]}（${issue?.message ?? "invalid"}）` } };
  }
  const m = metadata.data;
  const keyProblem = await unusableKeyMessageJa(m.jwks);
  if (keyProblem) return { ok: false, errors: { jwks: keyProblem } };
  // docs/security-habits.md, "requests the server makes": a jwks_uri must not lead to an internal host (as at registration)
  const uriProblem = m.jwks_uri && m.jwks_uri !== client.jwksUri ? await outboundTargetProblem(m.jwks_uri) : null;
  if (uriProblem) return { ok: false, errors: { jwksUri: `${KEYS_NEEDED.jwksUri}（${uriProblem}）` } };

  await db.$transaction(async (tx) => {
    const current = await assertMayChangeClient(tx, scope, form.clientId);
    const switched = await tx.client.updateMany({
      where: { id: current.id, securityProfile: "baseline" },
      data: {
        securityProfile: "fapi2", securityProfileSunsetAt: null, tokenEndpointAuthMethod: m.token_endpoint_auth_method, clientSecretHash: null,
        jwks: m.jwks ? JSON.stringify(m.jwks) : null, jwksUri: m.jwks_uri ?? null, tlsClientAuthSubjectDn: m.tls_client_auth_subject_dn ?? null,
      },
    });
    if (switched.count !== 1) throw new ConsoleForbidden("このクライアントはすでに fapi2 です。");
    for (const { institutionId } of current.institutions) {
      await appendAuditEvent(tx, {
        institutionId, actorType: "operator", actorId: scope.loginId, action: "client.profile-switched", targetType: "client", targetId: form.clientId, ip,
        details: { from: "baseline", to: "fapi2", method: m.token_endpoint_auth_method, sunsetWas: current.securityProfileSunsetAt ? sunsetLastDay(current.securityProfileSunsetAt) : null },
      });
    }
  });
  return { ok: true };
}

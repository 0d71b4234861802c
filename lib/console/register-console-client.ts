// Registers an aggregator's client by hand from the console: the aggregator is found or created by name,
// the client row written, and a ClientInstitution row made for each institution of the operator's scope
// that was given a 連携開始日 (personal and/or corporate; blank = 未連携). The OAuth rules are checked by
// ZClientMetadataSchema (RFC 7591 §2), the same as dynamic registration. One transaction with its audit rows.
// What only the operator's scope allows (an aggregator's 登録番号: operators of every institution; a
// 連携開始日 only for a channel the institution offers) is decided by createClientRecord, answered here
// beside the field.
import "server-only";
import { baselineSunsetFor } from "@/lib/oauth/registration/baseline-sunset-for";
import { createClientRecord, type TClientRecordRefusal } from "@/lib/oauth/registration/create-client-record";
import { aggregatorRefusalJa } from "@/lib/oauth/registration/registration-aggregator-problem";
import { issueClientSecret } from "@/lib/oauth/registration/issue-client-secret";
import { ZClientMetadataSchema, redirectUriProblem } from "@/lib/oauth/registration/client-metadata";
import { outboundTargetProblem } from "@/lib/http/outbound-target-problem";
import { ZConsoleClientSchema } from "./parse-client-form";
import { assertCanActFor, type TOperatorScope } from "./operator-scope";
import { issuesToFieldErrors, type TFieldIssue } from "@/lib/forms/issues-to-field-errors";
import { unusableKeyMessageJa } from "@/lib/oauth/registration/unusable-key-problem";

export type TRegisterResult =
  | { ok: true; clientId: string; clientSecret: string | null; sunsetAt: Date | null }
  | { ok: false; errors: Record<string, string> };

const FIELD_OF: Record<string, string> = {
  client_name: "clientName", aggregator_name: "aggregatorName", aggregator_registration_number: "registrationNumber",
  redirect_uris: "redirectUris", jwks: "jwks", jwks_uri: "jwksUri", tls_client_auth_subject_dn: "tlsSubjectDn",
  service_description: "serviceDescription", channels: "channels", event_delivery_uri: "eventDeliveryUri", token_endpoint_auth_method: "authMethod",
};

export async function registerConsoleClient(scope: TOperatorScope, input: unknown, ip: string | null): Promise<TRegisterResult> {
  const parsed = ZConsoleClientSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issuesToFieldErrors(parsed.error.issues, formField) };
  const form = parsed.data;
  for (const row of form.since) assertCanActFor(scope, row.institutionId);
  const enabled = form.since.filter((s) => (s.personal && form.channels.includes("personal")) || (s.corporate && form.channels.includes("corporate")));
  if (enabled.length === 0) return { ok: false, errors: { since: "連携を開始する金融機関の連携開始日を1つ以上入力してください。" } };

  const redirectUris = form.redirectUris.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  const uriProblem = redirectUris.map((u) => redirectUriProblem(u, "ja") && `${u.slice(0, 80)}: ${redirectUriProblem(u, "ja")}`).find(Boolean);
  if (uriProblem) return { ok: false, errors: { redirectUris: `リダイレクトURIが正しくありません（${uriProblem}）。` } };
  const baseline = form.securityProfile === "baseline";
  const sandboxBasic = !baseline && form.authMethod === "client_secret_basic";
  // client_secret_basic is outside RFC 7591's metadata schema here (sandbox only): check the rest as private_key_jwt without keys
  const metadata = ZClientMetadataSchema.safeParse({
    client_name: form.clientName, aggregator_name: form.aggregatorName, aggregator_registration_number: form.registrationNumber,
    redirect_uris: redirectUris, channels: form.channels, service_description: form.serviceDescription || undefined,
    token_endpoint_auth_method: sandboxBasic ? "private_key_jwt" : form.authMethod,
    jwks: sandboxBasic ? { keys: [{ kty: "EC" }] } : form.jwks ? JSON.parse(form.jwks) : undefined,
    jwks_uri: sandboxBasic ? undefined : form.jwksUri || undefined,
    tls_client_auth_subject_dn: form.tlsSubjectDn || undefined,
    event_delivery_uri: form.eventDeliveryUri || undefined,
    security_profile: form.securityProfile,
  });
  if (!metadata.success) return { ok: false, errors: metadataErrors(metadata.error.issues) };
  const m = metadata.data;
  // keys Renkei cannot import would fail every client authentication (as at RFC 7591 registration)
  const keyProblem = sandboxBasic ? null : await unusableKeyMessageJa(m.jwks);
  if (keyProblem) return { ok: false, errors: { jwks: keyProblem } };
  // the URLs Renkei will fetch must not lead to an internal host (as at RFC 7591 registration)
  for (const [uri, field] of [[m.jwks_uri, "jwksUri"], [m.event_delivery_uri, "eventDeliveryUri"]] as const) {
    const problem = uri ? await outboundTargetProblem(uri) : null;
    if (problem) return { ok: false, errors: { [field]: `${JA[field]}（${problem}）` } };
  }

  let sunsetAt: Date | null = null;
  if (baseline) {
    const terms = await baselineSunsetFor(enabled.map((row) => row.institutionId));
    if (!terms.ok) return { ok: false, errors: { securityProfile: `${terms.refusedBy.name}では baseline プロファイルが無効です（/console/profiles で設定できます）。` } };
    sunsetAt = terms.sunsetAt;
  }
  const secret = form.authMethod === "client_secret_basic" || form.authMethod === "client_secret_post" ? issueClientSecret() : null;
  const result = await createClientRecord({
    metadata: m,
    channels: form.channels,
    authMethod: form.authMethod,
    clientSecretHash: secret?.hash ?? null,
    securityProfileSunsetAt: sunsetAt,
    sandbox: form.sandbox,
    institutions: enabled.map((row) => ({
      institutionId: row.institutionId,
      personalSince: form.channels.includes("personal") && row.personal ? row.personal : null,
      corporateSince: form.channels.includes("corporate") && row.corporate ? row.corporate : null,
    })),
    actor: { type: "operator", id: scope.loginId, ip },
    door: { kind: "operator", everyInstitution: scope.all },
  });
  if (!result.ok) return { ok: false, errors: refusalErrors(result.refusal) };
  return { ok: true, clientId: result.clientId, clientSecret: secret?.secret ?? null, sunsetAt };
}

const CHANNEL_JA = { personal: "個人", corporate: "法人" } as const;

function refusalErrors(refusal: TClientRecordRefusal): Record<string, string> {
  if (refusal.field === "channels") {
    const channel = CHANNEL_JA[refusal.channel];
    return { since: `${refusal.institution.name}は${channel}の連携を提供していません。${channel}の連携開始日は空欄にしてください。` };
  }
  if (refusal.field === "initial_access_token") throw new Error("the console registers without an initial access token");
  return { [refusal.field === "aggregator_name" ? "aggregatorName" : "registrationNumber"]: aggregatorRefusalJa(refusal) };
}

// The metadata schema speaks RFC 7591's English to aggregators' programs; the console answers an
// operator in Japanese only, one message per field.
const JA: Record<string, string> = {
  clientName: "サービス名を100文字以内で入力してください。",
  aggregatorName: "連携先（会社名）を100文字以内で入力してください。",
  registrationNumber: "電子決済等代行業者の登録番号を100文字以内で入力してください。",
  serviceDescription: "サービス内容は200文字以内で入力してください。",
  jwks: "JWKS（公開鍵のみ、{\"keys\": [...]} の形式、10個まで）か JWKS URI のどちらか一方を入力してください。",
  jwksUri: "JWKS URI は https の URL で入力してください。",
  eventDeliveryUri: "イベント通知先URIは https の URL（開発時のみ localhost の http）で、社内・プライベートアドレス以外を入力してください。",
  tlsSubjectDn: "tls_client_auth ではクライアント証明書のサブジェクトDNが必要です。",
  redirectUris: "リダイレクトURIを1行に1つ、20個まで入力してください。",
  channels: "チャネルを1つ以上選んでください。",
  form: "登録内容を確認してください。",
};

/** The console form's fields: an issue anywhere under one (since[2].personal) belongs to it. */
const formField = (issue: TFieldIssue) => String(issue.path[0] ?? "") || "form";

/** RFC 7591's names mapped to the console's fields, each message led by the rule in Japanese. */
function metadataErrors(issues: readonly TFieldIssue[]): Record<string, string> {
  const errors = issuesToFieldErrors(issues, (issue) =>
    FIELD_OF[String(issue.path[0] ?? "")] ?? (issue.message.includes("jwks") ? "jwks" : issue.message.includes("subject_dn") ? "tlsSubjectDn" : "form"));
  // the operator is answered in Japanese only: the schema's English (for RFC 7591's programs) stays out
  return Object.fromEntries(Object.keys(errors).map((field) => [field, JA[field] ?? JA.form!]));
}

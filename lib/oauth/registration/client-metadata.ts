// Client metadata (RFC 7591 §2) with Renkei's additions (docs/design.md §3): aggregator_name,
// aggregator_registration_number, channels, event_delivery_uri (where lifecycle Security Event Tokens are
// pushed, RFC 8935), and security_profile (fapi2, the default, or baseline: lib/oauth/clients/profile-policy.ts —
// only baseline may authenticate with a client secret). The same schema serves dynamic registration, the
// `renkei client add` command and the operator console. The URLs Renkei itself fetches (jwks_uri,
// event_delivery_uri) follow lib/http/outbound-url-problem.ts here, and where their hosts resolve in
// lib/oauth/registration/register-client.ts.
import { z } from "zod";
import { LOOPBACK_HOSTS, loopbackAllowed } from "@/lib/http/loopback-allowed";
import { outboundUrlProblem } from "@/lib/http/outbound-url-problem";
import { SCOPES } from "@/lib/oauth/authorization-request/authorization-params";
import { SECRET_AUTH_METHODS, ZSecurityProfile } from "@/lib/oauth/clients/profile-policy";

const PROBLEMS = {
  en: { url: "is not a URL", fragment: "must not have a fragment", https: "must be https (http only on a loopback host in the demo)", loopback: "must not name a loopback host outside the demo" },
  // the console speaks to a bank's operator (lib/console/register-console-client.ts)
  ja: { url: "URLの形式ではありません", fragment: "「#」以降（フラグメント）は付けられません", https: "https で入力してください（http はデモ環境の localhost のみ）", loopback: "デモ環境以外では localhost などのループバックアドレスは登録できません" },
};

/**
 * https, or http on a loopback host in the demo (lib/http/loopback-allowed.ts); outside the demo no loopback
 * host at all, https or not (docs/design.md §3); no fragment (RFC 6749 §3.1.2).
 */
export function redirectUriProblem(value: string, language: "en" | "ja" = "en"): string | null {
  const words = PROBLEMS[language];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return words.url;
  }
  if (url.hash) return words.fragment;
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (loopback && !loopbackAllowed()) return words.loopback;
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && loopback) return null;
  return words.https;
}

const ZJwk = z.object({ kty: z.enum(["EC", "RSA", "OKP"]) }).passthrough().refine((k) => !("d" in k), "jwks must hold public keys only");

export const ZClientMetadataSchema = z
  .object({
    client_name: z.string().trim().min(1, "client_name is required").max(100),
    aggregator_name: z.string().trim().min(1, "aggregator_name is required").max(100),
    aggregator_registration_number: z.string().trim().min(1, "aggregator_registration_number is required").max(100),
    redirect_uris: z.array(z.string().max(2000)).min(1, "redirect_uris is required").max(20),
    token_endpoint_auth_method: z.enum(["private_key_jwt", "tls_client_auth", ...SECRET_AUTH_METHODS], {
      message: "token_endpoint_auth_method must be private_key_jwt or tls_client_auth (client_secret_basic or client_secret_post with security_profile baseline)",
    }),
    security_profile: ZSecurityProfile.default("fapi2"),
    jwks: z.object({ keys: z.array(ZJwk).min(1).max(10) }).optional(),
    jwks_uri: z.string().max(2000).url().startsWith("https://", "jwks_uri must be https").optional(),
    event_delivery_uri: z.string().max(2000).optional(),
    tls_client_auth_subject_dn: z.string().min(3).max(500).optional(),
    // none given: the channels the institution offers (lib/oauth/registration/register-client.ts)
    channels: z.array(z.enum(["personal", "corporate"])).min(1).optional(),
    scope: z.string().default(SCOPES.join(" ")),
    grant_types: z.array(z.enum(["authorization_code", "refresh_token"])).default(["authorization_code", "refresh_token"]),
    response_types: z.array(z.literal("code")).default(["code"]),
    service_description: z.string().max(200).optional(),
  })
  .superRefine((m, ctx) => {
    // FAPI 2.0 §5.3.2.1: a fapi2 client authenticates with private_key_jwt or tls_client_auth only
    if ((SECRET_AUTH_METHODS as readonly string[]).includes(m.token_endpoint_auth_method) && m.security_profile !== "baseline") {
      ctx.addIssue({ code: "custom", path: ["token_endpoint_auth_method"], message: `${m.token_endpoint_auth_method} needs security_profile baseline (a fapi2 client uses private_key_jwt or tls_client_auth)` });
    }
    if (m.token_endpoint_auth_method === "private_key_jwt" && !m.jwks === !m.jwks_uri) {
      ctx.addIssue({ code: "custom", message: "private_key_jwt needs exactly one of jwks or jwks_uri" });
    }
    if (m.token_endpoint_auth_method === "tls_client_auth" && !m.tls_client_auth_subject_dn) {
      ctx.addIssue({ code: "custom", message: "tls_client_auth needs tls_client_auth_subject_dn" });
    }
    for (const field of ["jwks_uri", "event_delivery_uri"] as const) {
      const problem = m[field] === undefined ? null : outboundUrlProblem(m[field]);
      if (problem) ctx.addIssue({ code: "custom", path: [field], message: `${field} ${problem}` });
    }
    const unknown = m.scope.split(" ").filter((s) => s && !(SCOPES as readonly string[]).includes(s) && s !== "introspection");
    if (unknown.length) ctx.addIssue({ code: "custom", message: `unknown scope ${unknown.join(" ")}` });
  });
export type TClientMetadata = z.infer<typeof ZClientMetadataSchema>;

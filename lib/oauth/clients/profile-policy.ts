// What a client's security profile lets it do — the one place the endpoints ask (docs/design.md §3; the shape
// of node-oidc-provider's per-client `fapi.profile` and Keycloak's client policies):
//   fapi2     FAPI 2.0 Security Profile: PAR only (§5.3.1.2 item 2), private_key_jwt / tls_client_auth
//             (§5.3.2.1), sender-constrained tokens (§5.3.2.2 item 1), refresh tokens not rotated
//   baseline  a dated transitional OAuth 2.0 profile: query-parameter authorization requests allowed
//             (RFC 6749 §4.1.1; PAR still accepted), client_secret_basic / client_secret_post (RFC 6749
//             §2.3.1), Bearer tokens (RFC 6750) that live the institution's baseline.accessTokenSeconds,
//             refresh tokens rotated on every use with reuse detection (RFC 9700 §4.14.2) — PKCE S256 and
//             the exact redirect_uri stay required (the authorization checks do not ask the profile)
// A baseline client is refused from its sunset on, and everywhere at an institution that turned the
// profile off. The sandbox client keeps client_secret_basic (docs/design.md §3) under fapi2's other rules.
import { z } from "zod";
import type { TInstitutionSettings } from "@/lib/institutions/settings";
import { sunsetLastDay } from "./sunset-date";

const SECURITY_PROFILES = ["fapi2", "baseline"] as const;
export const ZSecurityProfile = z.enum(SECURITY_PROFILES);
export type TSecurityProfile = z.infer<typeof ZSecurityProfile>;

export const SECRET_AUTH_METHODS = ["client_secret_basic", "client_secret_post"] as const;

export type TProfileRefusal = { kind: "sunset"; sunsetAt: Date; lastDay: string } | { kind: "disabled" };

export type TProfilePolicy = {
  profile: TSecurityProfile;
  /** the authorization request may come as query parameters instead of only through PAR */
  queryAuthorizationRequests: boolean;
  /** client_secret_basic / client_secret_post */
  clientSecrets: boolean;
  /** tokens without a DPoP key or certificate, used as Authorization: Bearer */
  bearerTokens: boolean;
  rotateRefreshTokens: boolean;
  accessTokenSeconds: number;
  /** why this client cannot be served now at this institution, or null */
  refusal: TProfileRefusal | null;
};

export type TProfiledClient = { securityProfile: string; securityProfileSunsetAt: Date | null; sandbox?: boolean };

export function profilePolicy(client: TProfiledClient, settings: Pick<TInstitutionSettings, "api" | "profiles">, now: Date = new Date()): TProfilePolicy {
  const baseline = client.securityProfile === "baseline";
  if (!baseline) {
    return {
      profile: "fapi2", queryAuthorizationRequests: false, clientSecrets: client.sandbox === true, bearerTokens: false,
      rotateRefreshTokens: false, accessTokenSeconds: settings.api.accessTokenSeconds, refusal: null,
    };
  }
  // a baseline client always has a sunset; a row without one is treated as past it rather than as forever
  const sunsetAt = client.securityProfileSunsetAt ?? new Date(0);
  const refusal: TProfileRefusal | null = !settings.profiles.baseline.enabled
    ? { kind: "disabled" }
    : sunsetAt <= now ? { kind: "sunset", sunsetAt, lastDay: sunsetLastDay(sunsetAt) } : null;
  return {
    profile: "baseline", queryAuthorizationRequests: true, clientSecrets: true, bearerTokens: true,
    rotateRefreshTokens: true, accessTokenSeconds: settings.profiles.baseline.accessTokenSeconds, refusal,
  };
}

/** The refusal in an OAuth error_description (ASCII: it may travel in WWW-Authenticate too). */
export function profileRefusalDescription(refusal: TProfileRefusal): string {
  return refusal.kind === "disabled"
    ? "the baseline security profile is turned off at this institution; register the client with security_profile fapi2"
    : `the baseline security profile of this client ended after ${refusal.lastDay} (JST, its sunset date); re-register the client with security_profile fapi2`;
}

/** The refusal in Japanese for the aggregator's engineer: the API's errorMessage. */
export function profileRefusalDetail(refusal: TProfileRefusal): string {
  return refusal.kind === "disabled"
    ? "この金融機関では baseline プロファイルを利用できません。security_profile fapi2 で登録してください。"
    : `baseline プロファイルの利用期限（${refusal.lastDay}）を過ぎています。security_profile fapi2 で登録し直してください。`;
}

/** The refusal in Japanese for the customer: the authorization endpoint's error page. */
export function profileRefusalMessage(refusal: TProfileRefusal): string {
  if (refusal.kind === "disabled") return "この金融機関では、連携元のサービスの接続方式（baseline）の利用を終了しています。";
  const [y, m, d] = refusal.lastDay.split("-").map(Number);
  return `連携元のサービスの接続方式（baseline）の利用期限（${y}年${m}月${d}日）を過ぎています。`;
}

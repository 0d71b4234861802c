// An institution's settings, stored as JSON on Institution.settings and read through this schema.
// They decide which login each channel shows and which consent steps run (lib/consent/next-step.ts).
import { z } from "zod";

export const CHANNELS = ["personal", "corporate"] as const;
export const ZChannel = z.enum(CHANNELS);
export type TChannel = z.infer<typeof ZChannel>;

/** The login variants of docs/design.md §2, each from a seed. */
export const ZLoginMethod = z.discriminatedUnion("kind", [
  // docs/seeds/000, 001: 契約者ID + パスワード (+ ワンタイムパスワード); 認証 / キャンセル
  z.object({ kind: z.literal("contract-password"), otp: z.boolean().default(true) }),
  // docs/seeds/000: 契約者ID(利用者番号) + 利用者ID + 利用者暗証番号; 次へ / クリア / キャンセル
  z.object({ kind: z.literal("contract-user-pin") }),
  // docs/seeds/001, 003: お客様ID + ログインパスワード; 認証; case-sensitivity note, forgotten-password link.
  // The link is the bank's own page (its procedure for a forgotten password), so it is required: an
  // https URL, or a path on this origin (the demo's /{institution}/help/password).
  z.object({
    kind: z.literal("customer-id"),
    forgotPasswordUrl: z.string().regex(/^(https:\/\/[^\s]+|\/(?!\/)[^\s]*)$/, "forgotPasswordUrl must be an https URL or a path on this origin"),
  }),
  // docs/seeds/004 手順1-2: ログインID + ログインパスワード; API連携
  z.object({ kind: z.literal("login-id") }),
  // docs/seeds/000, 001, 003, 004 手順1-1: TLS client certificate, then the ログインパスワード where asked
  z.object({
    kind: z.literal("certificate"),
    buttonLabel: z.enum(["認証", "電子証明書認証", "電子証明書ログイン"]),
    thenPassword: z.boolean().default(false),
  }),
]);
export type TLoginMethod = z.infer<typeof ZLoginMethod>;

/**
 * The baseline profile at one institution: whether its clients are served at all (off: registration,
 * authorization, tokens and the API refuse them), the sunset a new registration gets, and the lifetime
 * of its Bearer access tokens (short, since they are not sender-constrained).
 */
export const ZBaselineSettings = z.object({
  enabled: z.boolean().default(true),
  defaultSunsetDays: z.number().int().min(1).max(1825).default(365),
  accessTokenSeconds: z.number().int().min(60).max(3600).default(600),
});
export type TBaselineSettings = z.infer<typeof ZBaselineSettings>;
const BASELINE_DEFAULTS: TBaselineSettings = { enabled: true, defaultSunsetDays: 365, accessTokenSeconds: 600 };

/**
 * How the institution reaches its own systems (docs/connecting-your-bank.md): "embedded" serves customers and
 * accounts from Renkei's own tables (the demo bank); "http" asks the bank's gateway over the JSON protocol, through
 * the transport of lib/bank/transport/. No secret is ever stored here: a bearer secret is read from the environment
 * variable it names, an mTLS key from its file (the operator's deployment provides both).
 */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
export const ZCoreBaseUrl = z.url({ protocol: /^https?$/ }).refine((raw) => {
  const url = new URL(raw);
  // plain http only to this machine (a gateway sidecar, the simulator): a bank's gateway is reached over TLS
  return url.protocol === "https:" || LOOPBACK_HOSTS.has(url.hostname);
}, "http:// only to a loopback address; a bank's gateway is https://").refine((raw) => {
  const url = new URL(raw);
  return !url.username && !url.password && !url.search && !url.hash;
}, "no credentials, query or fragment in the base URL");
const ENV_NAME = /^[A-Z_][A-Z0-9_]{0,63}$/;
export const ZCoreAuth = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("bearer"), secretEnv: z.string().regex(ENV_NAME, "an environment variable name (A-Z, 0-9, _)") }),
  z.object({ kind: z.literal("mtls"), certFile: z.string().min(1), keyFile: z.string().min(1), caFile: z.string().min(1) }),
]);
export type TCoreAuth = z.infer<typeof ZCoreAuth>;
export const CORE_DEFAULTS = { mode: "embedded", timeoutMs: 2000, maxConcurrent: 16 } as const;
export const ZCoreSettings = z.object({
  mode: z.enum(["embedded", "http"]).default("embedded"),
  baseUrl: ZCoreBaseUrl.optional(),
  /** per call; a call (its one retry included) never takes longer than this + 1 s */
  timeoutMs: z.number().int().min(100).max(30_000).default(CORE_DEFAULTS.timeoutMs),
  /** calls in flight to the bank at once from one Renkei process (the bulkhead); more wait briefly, then 503 */
  maxConcurrent: z.number().int().min(1).max(256).default(CORE_DEFAULTS.maxConcurrent),
  auth: ZCoreAuth.optional(),
  /** the circuit breaker: consecutive failures that open it, and how long it stays open before one probe */
  breaker: z.object({
    failures: z.number().int().min(1).max(100).default(5),
    halfOpenAfterMs: z.number().int().min(100).max(600_000).default(10_000),
  }).optional(),
}).refine((core) => core.mode === "embedded" || core.baseUrl !== undefined, { message: "http mode needs a baseUrl", path: ["baseUrl"] });
export type TCoreSettings = z.infer<typeof ZCoreSettings>;

/**
 * Passkeys (WebAuthn, lib/passkeys/), per channel: offered for registration after a complete login with the
 * institution's own factors, and 「パスキーでログイン」 beside the login forms. Off until the bank turns them on
 * (console /console/passkeys). `additionalAuth`: whether the risk-based 追加認証 is still asked after a passkey
 * login (a user-verified passkey is phishing-resistant and multi-factor by itself, so by default it is not).
 */
export const PASSKEY_DEFAULTS = { personal: false, corporate: false, additionalAuth: false } as const;
export const ZPasskeySettings = z.object({
  personal: z.boolean().default(false),
  corporate: z.boolean().default(false),
  additionalAuth: z.boolean().default(false),
});
export type TPasskeySettings = z.infer<typeof ZPasskeySettings>;
/** The limits of lib/limits/: resource API calls per second per client, per grant and JST day (customer absent /
 * present), token + PAR requests per minute per client. */
export const LIMIT_DEFAULTS = { rps: 0, daily: 0, presentDaily: 0, oauthPerMinute: 0 } as const;
const limitValue = z.number().int().min(0).max(1_000_000);
export const ZLimitDefaults = z.object({
  rps: limitValue.default(0),
  daily: limitValue.default(0),
  presentDaily: limitValue.default(0),
  oauthPerMinute: limitValue.default(0),
});
export type TLimitValues = z.infer<typeof ZLimitDefaults>;

export const ZInstitutionSettings = z.object({
  channels: z.array(ZChannel).min(1),
  login: z.object({
    personal: z.array(ZLoginMethod).default([]),
    corporate: z.array(ZLoginMethod).default([]),
  }),
  steps: z.object({
    additionalAuth: z.boolean().default(false), // 追加認証 (risk based)
    operationSelection: z.boolean().default(false), // 認可業務選択
    pinRegistration: z.boolean().default(false), // 照会用暗証番号登録
  }),
  consent: z.object({
    // docs/seeds/000/001/003: "…利用規定に同意しました。"; docs/seeds/002/004: "許可手続きを継続する"
    checkbox: z.enum(["terms", "continue"]).default("terms"),
    backLabel: z.enum(["キャンセル", "戻る"]).default("キャンセル"),
  }).default({ checkbox: "terms", backLabel: "キャンセル" }),
  lockout: z.object({
    /** a customer factor's wrong answers in a row (since its last success) that lock it until the bank unlocks it (lib/auth/check-factor.ts) */
    maxFailures: z.number().int().min(1).default(5),
    /** the window of the client address's counter (30 failures across every customer); a factor's lock has no window */
    minutes: z.number().int().min(1).default(30),
  }).default({ maxFailures: 5, minutes: 30 }),
  api: z.object({
    /** the widest dateFrom..dateTo a transactions query may ask for */
    maxTransactionRangeDays: z.number().int().min(1).default(366),
    accessTokenSeconds: z.number().int().min(30).max(3600).default(300),
  }).default({ maxTransactionRangeDays: 366, accessTokenSeconds: 300 }),
  events: z.object({
    /** how many days before a grant's expiry its client gets grant-expiring and the customer's page marks it */
    expiryWarningDays: z.number().int().min(1).max(60).default(14),
  }).default({ expiryWarningDays: 14 }),
  /**
   * A client registered through an initial access token bound to no aggregator (RENKEI_INITIAL_ACCESS_TOKEN):
   * "pending" until an operator enables it at /console/clients, or "active" at once. Unset: pending outside
   * the demo, active in it (lib/oauth/registration/registration-status.ts). Tokens an operator issued for one aggregator
   * register active clients.
   */
  registration: z.object({
    unboundClients: z.enum(["pending", "active"]).optional(),
  }).default({}),
  /** the security profiles its clients may use besides fapi2 (lib/oauth/clients/profile-policy.ts); operators set them at /console/profiles */
  profiles: z.object({
    baseline: ZBaselineSettings.default(BASELINE_DEFAULTS),
  }).default({ baseline: BASELINE_DEFAULTS }),
  /**
   * Each client's limits unless an operator set its own (ClientLimit, lib/limits/): 0 is "no limit", the default
   * until the bank decides (docs/operators.md "Limits and usage").
   */
  limits: ZLimitDefaults.default({ ...LIMIT_DEFAULTS }),
  /** the bank's own systems: embedded (the default, the demo bank) or its gateway over http (lib/bank/transport/) */
  core: ZCoreSettings.default({ ...CORE_DEFAULTS }),
  passkeys: ZPasskeySettings.default({ ...PASSKEY_DEFAULTS }),
});
export type TInstitutionSettings = z.infer<typeof ZInstitutionSettings>;

export function parseSettings(json: string): TInstitutionSettings {
  return ZInstitutionSettings.parse(JSON.parse(json));
}

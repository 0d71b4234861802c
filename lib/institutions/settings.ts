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
    maxFailures: z.number().int().min(1).default(5),
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
  /** the security profiles its clients may use besides fapi2 (lib/oauth/profile-policy.ts); operators set them at /console/profiles */
  profiles: z.object({
    baseline: ZBaselineSettings.default(BASELINE_DEFAULTS),
  }).default({ baseline: BASELINE_DEFAULTS }),
});
export type TInstitutionSettings = z.infer<typeof ZInstitutionSettings>;

export function parseSettings(json: string): TInstitutionSettings {
  return ZInstitutionSettings.parse(JSON.parse(json));
}

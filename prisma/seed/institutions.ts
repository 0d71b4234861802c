// The three demo institutions of docs/design.md §7, one per way the seeds show the flow.
// Fictional names and our own colours: no real bank's name, mark or colours.
import { LIMIT_DEFAULTS, type TInstitutionSettings } from "../../lib/institutions/settings";
import type { TTheme } from "../../lib/institutions/theme";

export type TDemoInstitution = {
  slug: string;
  name: string;
  bankCode: string;
  consentDays: number;
  settings: TInstitutionSettings;
  theme: TTheme;
};

const lockout = { maxFailures: 5, minutes: 30 };
const api = { maxTransactionRangeDays: 366, accessTokenSeconds: 300 };
const events = { expiryWarningDays: 14 };
const profiles = { baseline: { enabled: true, defaultSunsetDays: 365, accessTokenSeconds: 600 } };
// the demo bank in Renkei's own tables (lib/bank/transport/ is not used in this mode)
const core = { mode: "embedded", timeoutMs: 2000, maxConcurrent: 16 } as const;
// passkeys (lib/passkeys/): on for every channel the demo institution serves; 追加認証 not asked after one
const passkeys = { personal: true, corporate: true, additionalAuth: false };

export const demoInstitutions: TDemoInstitution[] = [
  {
    // docs/seeds/000: personal ID/password (+OTP); corporate three fields or a certificate (認証)
    slug: "sakura",
    name: "さくら信用金庫",
    bankCode: "1901",
    consentDays: 90,
    settings: {
      channels: ["personal", "corporate"],
      login: {
        personal: [{ kind: "contract-password", otp: true }],
        corporate: [{ kind: "contract-user-pin" }, { kind: "certificate", buttonLabel: "認証", thenPassword: false }],
      },
      steps: { additionalAuth: false, operationSelection: false, pinRegistration: false },
      consent: { checkbox: "terms", backLabel: "キャンセル" },
      lockout,
      api,
      events,
      profiles,
      registration: {}, // unbound registrations: active in the demo, pending outside it (lib/oauth/registration/registration-status.ts)
      core,
      passkeys,
      limits: { ...LIMIT_DEFAULTS },
    },
    theme: {
      displayName: "さくら信用金庫",
      serviceName: "さくらしんきんインターネットバンキングAPIサービス",
      textMark: "さくら",
      logoSvg: null,
      colors: { primary: "#A61E4D", onPrimary: "#FFFFFF", accent: "#8A1840", text: "#2B1B22", background: "#FFF7F9", surface: "#FFFFFF", error: "#B00020" },
      radius: "10px",
      terms: { title: "しんきんインターネットバンキングAPIサービス利用規定", url: "/sakura/terms" },
      corporateTerms: { title: "しんきんAPIサービス利用規約", url: "/sakura/terms" },
      channelNames: { personal: "個人インターネットバンキング", corporate: "法人インターネットバンキング" },
    },
  },
  {
    // docs/seeds/001, 003: personal as above; WEB-FB お客様ID + ログインパスワード, or 電子証明書認証
    slug: "minato",
    name: "みなと信用金庫",
    bankCode: "1902",
    consentDays: 90,
    settings: {
      channels: ["personal", "corporate"],
      login: {
        personal: [{ kind: "contract-password", otp: true }],
        corporate: [{ kind: "customer-id", forgotPasswordUrl: "/minato/help/password" }, { kind: "certificate", buttonLabel: "電子証明書認証", thenPassword: false }],
      },
      steps: { additionalAuth: false, operationSelection: false, pinRegistration: false },
      consent: { checkbox: "terms", backLabel: "キャンセル" },
      lockout,
      api,
      events,
      profiles,
      registration: {}, // unbound registrations: active in the demo, pending outside it (lib/oauth/registration/registration-status.ts)
      core,
      passkeys,
      limits: { ...LIMIT_DEFAULTS },
    },
    theme: {
      displayName: "みなと信用金庫",
      serviceName: "しんきんインターネットバンキングAPIサービス",
      textMark: "みなと",
      logoSvg: null,
      colors: { primary: "#0F4C81", onPrimary: "#FFFFFF", accent: "#0B6E69", text: "#102A43", background: "#F3F7FB", surface: "#FFFFFF", error: "#B3261E" },
      radius: "4px",
      terms: { title: "しんきんインターネットバンキングAPIサービス利用規定", url: "/minato/terms" },
      corporateTerms: { title: "しんきんAPIサービス利用規約", url: "/minato/terms" },
      channelNames: { personal: "WEBバンキング", corporate: "WEB-FB" },
    },
  },
  {
    // docs/seeds/002, 004: corporate only; certificate + ログインパスワード or ログインID; every step
    slug: "kita",
    name: "きた信用組合",
    bankCode: "2901",
    consentDays: 90,
    settings: {
      channels: ["corporate"],
      login: {
        personal: [],
        corporate: [{ kind: "certificate", buttonLabel: "電子証明書ログイン", thenPassword: true }, { kind: "login-id" }],
      },
      steps: { additionalAuth: true, operationSelection: true, pinRegistration: true },
      consent: { checkbox: "continue", backLabel: "戻る" },
      lockout,
      api,
      events,
      // FAPI 2.0 only: no transitional profile here (the console turns it on at /console/profiles)
      profiles: { baseline: { ...profiles.baseline, enabled: false } },
      registration: {},
      core,
      passkeys,
      limits: { ...LIMIT_DEFAULTS },
    },
    theme: {
      displayName: "きた信用組合",
      serviceName: "きたしんくみ法人インターネットバンキングAPI連携サービス",
      textMark: "きた",
      logoSvg: null,
      colors: { primary: "#2F6B3A", onPrimary: "#FFFFFF", accent: "#1F5130", text: "#1E2B22", background: "#F5F7F2", surface: "#FFFFFF", error: "#A32020" },
      radius: "2px",
      terms: { title: "API連携サービス利用規定", url: "/kita/terms" },
      corporateTerms: null,
      channelNames: { personal: "個人向けインターネットバンキング", corporate: "法人向けインターネットバンキング" },
    },
  },
];

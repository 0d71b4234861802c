// The steps' titles, as each seed prints them: the 信用組合 procedure (docs/seeds/004) names every screen
// API連携認証（…）（利用登録）; the 信用金庫 notices (docs/seeds/000, 001, 003) say APIサービス認証 and アクセス許可.
import type { TInstitutionSettings } from "@/lib/institutions/settings";
import type { TStepId } from "./next-step";
import { addDays, jstJapaneseDate } from "@/lib/time/jst";

const SEED_004: Record<TStepId, string> = {
  channel: "API連携認証（利用登録）",
  login: "API連携認証（利用登録）",
  "certificate-password": "API連携認証（利用登録）",
  "additional-auth": "API連携認証（追加認証）（利用登録）",
  operations: "API連携認証（認可業務選択）（利用登録）",
  pins: "API連携認証（照会用暗証番号登録）（利用登録）",
  "pins-result": "API連携認証（照会用暗証番号登録結果）",
  consent: "API連携認証（情報アクセス許可）（利用登録）",
};

const SEED_001: Record<TStepId, string> = {
  ...SEED_004,
  channel: "APIサービス認証",
  login: "APIサービス認証",
  "certificate-password": "APIサービス認証",
  consent: "アクセス許可",
};

/** What the browser tab calls each step (with the institution's name, lib/institutions/page-title.ts). */
export const STEP_TAB_NAMES: Record<TStepId, string> = {
  channel: "個人・法人の選択",
  login: "ログイン",
  "certificate-password": "ログインパスワード",
  "additional-auth": "追加認証",
  operations: "認可業務選択",
  pins: "照会用暗証番号登録",
  "pins-result": "照会用暗証番号登録結果",
  consent: "アクセス許可",
};

export function stepTitle(settings: TInstitutionSettings, step: TStepId): string {
  return (settings.consent.checkbox === "continue" ? SEED_004 : SEED_001)[step];
}

/** 有効期限 as the screen shows it: today in Japan + the institution's days, e.g. 2027年2月21日. */
export function expiryDate(consentDays: number, now = new Date()): string {
  return jstJapaneseDate(addDays(now, consentDays));
}

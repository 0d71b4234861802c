// The login variants' words, as the seeds print them (docs/design.md §2): labels, buttons, notes.
// One entry per ZLoginMethod kind; the login page renders whichever the institution configures.
import { z } from "zod";
import type { TLoginMethod } from "@/lib/institutions/settings";

export type TLoginField = {
  name: "contractNumber" | "userCode" | "loginId" | "password" | "otp";
  label: string;
  type: "text" | "password";
  autoComplete: string;
  inputMode?: "numeric" | "text";
  maxLength: number;
};

/** Why the customer logs in: to link a service (the consent flow, the seeds' words) or to see and stop links (/links). */
export type TLoginPurpose = "consent" | "links";

export type TLoginVariant = {
  heading: string | null;
  intro: (purpose: TLoginPurpose) => string;
  fields: TLoginField[];
  submit: string;
  /** the button's words where the purpose changes them (docs/seeds/004's 「API連携」 would say the wrong thing on /links) */
  submitFor?: Partial<Record<TLoginPurpose, string>>;
  clear: boolean;
  notes: string[];
};

// the consent flow's words are the seeds' (「外部サービスと口座連携するため」); /links logs in for another reason
const WHY: Record<TLoginPurpose, string> = { consent: "外部サービスと口座連携するため", links: "連携中の外部サービスを確認・停止するため" };
const LINKS_SUBMIT = "ログイン";

const password = (label: string): TLoginField => ({ name: "password", label, type: "password", autoComplete: "current-password", maxLength: 64 });

export function loginVariant(method: Exclude<TLoginMethod, { kind: "certificate" }>): TLoginVariant {
  switch (method.kind) {
    case "contract-password": // docs/seeds/000, 001: 個人
      return {
        heading: null,
        // the seeds' sentence; with the ワンタイムパスワード field shown, it names that field too
        intro: (purpose) => `${WHY[purpose]}、個人インターネットバンキングシステムの${method.otp ? "契約者ID、ログインパスワードおよびワンタイムパスワード" : "契約者IDおよびログインパスワード"}を入力して「認証」ボタンを押下してください。`,
        fields: [
          { name: "contractNumber", label: "契約者ID", type: "text", autoComplete: "username", inputMode: "numeric", maxLength: 20 },
          password("パスワード"),
          ...(method.otp ? [{ name: "otp", label: "ワンタイムパスワード", type: "text", autoComplete: "one-time-code", inputMode: "numeric", maxLength: 6 } as TLoginField] : []),
        ],
        submit: "認証",
        clear: false,
        notes: [],
      };
    case "contract-user-pin": // docs/seeds/000: 法人, three fields
      return {
        heading: "ID・パスワード方式のお客さま",
        intro: (purpose) => `${WHY[purpose]}、法人インターネットバンキングシステムの契約者ID(利用者番号)、利用者ID、利用者暗証番号を入力して「次へ」を押してください。`,
        fields: [
          { name: "contractNumber", label: "契約者ID(利用者番号)", type: "text", autoComplete: "organization", inputMode: "numeric", maxLength: 20 },
          { name: "userCode", label: "利用者ID", type: "text", autoComplete: "username", maxLength: 40 },
          password("利用者暗証番号"),
        ],
        submit: "次へ",
        clear: true,
        notes: [],
      };
    case "customer-id": // docs/seeds/001, 003: WEB-FB
      return {
        heading: "ID・パスワード方式のお客さま",
        intro: (purpose) => `${WHY[purpose]}、法人インターネットバンキングシステムのお客様IDおよびログインパスワードを入力して「認証」ボタンを押下してください。`,
        fields: [{ name: "loginId", label: "お客様ID", type: "text", autoComplete: "username", maxLength: 40 }, password("ログインパスワード")],
        submit: "認証",
        clear: false,
        notes: ["※ お客様ID、パスワードは英字の大文字と小文字を区別しますので、ご注意ください。"],
      };
    case "login-id": // docs/seeds/004 手順1-2
      return {
        heading: "ID・パスワード方式のお客さま",
        intro: (purpose) => purpose === "consent"
          ? "「ログインID」、「ログインパスワード」を入力して、「API連携」ボタンをクリックしてください。"
          : `${WHY.links}、「ログインID」、「ログインパスワード」を入力して、「${LINKS_SUBMIT}」ボタンをクリックしてください。`,
        fields: [{ name: "loginId", label: "ログインID", type: "text", autoComplete: "username", maxLength: 40 }, password("ログインパスワード")],
        submit: "API連携",
        submitFor: { links: LINKS_SUBMIT },
        clear: false,
        notes: [],
      };
  }
}

const required = (label: string) => z.string().trim().min(1, `${label}を入力してください。`);

/** The login form's schema, shared by the client-side check and the server action. */
export function loginSchema(method: Exclude<TLoginMethod, { kind: "certificate" }>) {
  const variant = loginVariant(method);
  const shape: Record<string, z.ZodType<string>> = {};
  for (const field of variant.fields) {
    shape[field.name] = field.name === "otp"
      ? z.string().trim().regex(/^\d{6}$/, "ワンタイムパスワードは6桁の数字で入力してください。")
      : required(field.label).pipe(z.string().max(field.maxLength, `${field.label}は${field.maxLength}文字以内で入力してください。`));
  }
  return z.object(shape);
}

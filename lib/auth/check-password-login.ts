// The ID/password (+ ワンタイムパスワード) login shared by the consent flow and 連携サービスの確認・停止:
//   - the form is parsed with the variant's schema; errors go beside their fields
//   - a locked factor (5 failures) is refused before anything is checked
//   - unknown ID and wrong password get the same message and take the same time
//   - every attempt is recorded (lockout, risk, audit)
import "server-only";
import type { TInstitution } from "@/lib/institutions/get-institution";
import type { TLoginMethod } from "@/lib/institutions/settings";
import { loginSchema, loginVariant } from "@/lib/consent/login-variants";
import { WRONG_LOGIN } from "@/lib/consent/messages";
import type { TFormState } from "@/lib/consent/form-state";
import { verifySecret } from "./password";
import { dummyHash } from "./dummy-hash";
import { findLoginUser } from "./find-login-user";
import { isLocked, LOCKED_MESSAGE } from "./lockout";
import { recordAttempt } from "./record-attempt";
import { verifyTotp } from "./verify-totp";

type TPasswordMethod = Exclude<TLoginMethod, { kind: "certificate" }>;
export type TLoginCheck = { ok: true; userId: string; factors: ("password" | "otp")[] } | { ok: false; state: TFormState };

export async function checkPasswordLogin(input: {
  institution: TInstitution;
  channel: "personal" | "corporate";
  method: TPasswordMethod;
  formData: FormData;
  ip: string;
  deviceHash: string | null;
}): Promise<TLoginCheck> {
  const { institution, channel, method, ip, deviceHash } = input;
  const variant = loginVariant(method);
  const raw = Object.fromEntries(variant.fields.map((f) => [f.name, String(input.formData.get(f.name) ?? "")]));
  const kept = Object.fromEntries(variant.fields.filter((f) => f.type !== "password" && f.name !== "otp").map((f) => [f.name, raw[f.name]]));
  const fail = (state: Omit<TFormState, "values" | "nonce">): TLoginCheck => ({ ok: false, state: { ...state, values: kept, nonce: Date.now() } });
  const parsed = loginSchema(method).safeParse(raw);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return fail({ errors, message: "入力内容をご確認ください。" });
  }
  const values = parsed.data as Record<string, string>;
  const settings = institution.settings;
  const user = await findLoginUser(institution.id, channel, method, values);
  if (await isLocked(settings, { userId: user?.id ?? null, factor: "password", ip })) return fail({ errors: {}, message: LOCKED_MESSAGE });

  const passwordOk = await verifySecret(values.password, user?.passwordHash ?? (await dummyHash()));
  if (!user || !passwordOk) {
    await recordAttempt({ institutionId: institution.id, userId: user?.id ?? null, factor: "password", success: false, ip, deviceHash });
    const locked = await isLocked(settings, { userId: user?.id ?? null, factor: "password", ip });
    return fail({ errors: {}, message: locked ? LOCKED_MESSAGE : WRONG_LOGIN });
  }
  const otp = method.kind === "contract-password" && method.otp;
  if (otp) {
    if (await isLocked(settings, { userId: user.id, factor: "otp", ip })) return fail({ errors: {}, message: LOCKED_MESSAGE });
    if (!(await verifyTotp(user.id, user.totpSecretEnc, values.otp))) {
      await recordAttempt({ institutionId: institution.id, userId: user.id, factor: "otp", success: false, ip, deviceHash });
      const locked = await isLocked(settings, { userId: user.id, factor: "otp", ip });
      return fail({ errors: locked ? {} : { otp: "ワンタイムパスワードが正しくありません。新しいワンタイムパスワードを入力してください。" }, message: locked ? LOCKED_MESSAGE : "入力内容をご確認ください。" });
    }
  }
  return { ok: true, userId: user.id, factors: otp ? ["password", "otp"] : ["password"] };
}

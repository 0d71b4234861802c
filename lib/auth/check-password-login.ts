// The ID/password (+ ワンタイムパスワード) login shared by the consent flow and 連携サービスの確認・停止:
//   - the form is parsed with the variant's schema; errors go beside their fields
//   - each factor goes through lib/auth/check-factor.ts: counted atomically before it is verified, refused
//     when locked (5 failures), recorded (lockout, risk, audit)
//   - unknown ID and wrong password get the same message, take the same time and lock alike
import "server-only";
import type { TInstitution } from "@/lib/institutions/get-institution";
import type { TLoginMethod } from "@/lib/institutions/settings";
import { loginSchema, loginVariant } from "@/lib/forms/login-variants";
import { CHECK_INPUT, WRONG_LOGIN, WRONG_OTP } from "@/lib/forms/messages";
import type { TFormState } from "@/lib/forms/form-state";
import { issuesToFieldErrors } from "@/lib/forms/issues-to-field-errors";
import { checkFactor, type TFactorCheck } from "./check-factor";
import { verifySecret } from "./password";
import { dummyHash } from "./dummy-hash";
import { findLoginUser } from "./find-login-user";
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
  /** for the audit entries of each factor, e.g. which door the login came through */
  details?: Record<string, unknown>;
}): Promise<TLoginCheck> {
  const { institution, channel, method, ip, deviceHash, details } = input;
  const variant = loginVariant(method);
  const raw = Object.fromEntries(variant.fields.map((f) => [f.name, String(input.formData.get(f.name) ?? "")]));
  const kept = Object.fromEntries(variant.fields.filter((f) => f.type !== "password" && f.name !== "otp").map((f) => [f.name, raw[f.name]]));
  const fail = (state: Omit<TFormState, "values" | "nonce">): TLoginCheck => ({ ok: false, state: { ...state, values: kept, nonce: Date.now() } });
  const refused = (check: Exclude<TFactorCheck, { ok: true }>) => fail({ errors: check.errors, message: check.message });
  const parsed = loginSchema(method).safeParse(raw);
  if (!parsed.success) return fail({ errors: issuesToFieldErrors(parsed.error.issues), message: CHECK_INPUT });
  const values = parsed.data as Record<string, string>;
  const user = await findLoginUser(institution.id, channel, method, values);
  // the ID as typed (every field but the secrets): the counter of a login ID that names nobody
  const subject = JSON.stringify([channel, method.kind, ...Object.keys(kept).map((name) => values[name])]);
  const common = { institution, userId: user?.id ?? null, ip, deviceHash, details };

  const password = await checkFactor({
    ...common, factor: "password", subject,
    verify: async () => (await verifySecret(values.password, user?.passwordHash ?? (await dummyHash()))) && !!user,
    wrong: { message: WRONG_LOGIN },
  });
  if (!password.ok) return refused(password);
  const found = user!; // the password check passes only for a user that exists
  const otp = method.kind === "contract-password" && method.otp;
  if (otp) {
    const code = await checkFactor({
      ...common, factor: "otp",
      verify: () => verifyTotp(found.id, found.totpSecretEnc, values.otp),
      wrong: { field: "otp", message: WRONG_OTP },
    });
    if (!code.ok) return refused(code);
  }
  return { ok: true, userId: found.id, factors: otp ? ["password", "otp"] : ["password"] };
}

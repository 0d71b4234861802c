// The ID/password (+ ワンタイムパスワード) login shared by the consent flow and 連携サービスの確認・停止:
//   - the form is parsed with the variant's schema; errors go beside their fields
//   - each factor goes through lib/auth/check-factor.ts: counted atomically before it is verified, refused
//     when locked (5 failures in a row, until unlocked), recorded (lockout, risk, audit)
//   - unknown ID and wrong password get the same message, take the same time and lock alike
//   - the IDs and secrets are the bank's (lib/bank/customer-auth.ts); the counters are Renkei's: per customer
//     when the bank names it before the password, otherwise per login ID as typed
import "server-only";
import type { TInstitution } from "@/lib/institutions/get-institution";
import type { TLoginMethod } from "@/lib/institutions/settings";
import { loginSchema, loginVariant } from "@/lib/forms/login-variants";
import { CHECK_INPUT, WRONG_LOGIN, WRONG_OTP } from "@/lib/forms/messages";
import type { TFormState } from "@/lib/forms/form-state";
import { issuesToFieldErrors } from "@/lib/forms/issues-to-field-errors";
import { customerAuthFor } from "@/lib/bank/bank-for";
import type { TLoginCredentials, TLoginIds } from "@/lib/bank/customer-auth";
import { linkCustomer } from "@/lib/bank/link-customer";
import { checkFactor, type TFactorCheck } from "./check-factor";

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
  const bank = customerAuthFor(institution);
  const ids = loginIds(method, values);
  const known = await bank.findCustomer(channel, ids);
  // the ID as typed (every field but the secrets): the counter of a login ID that names nobody
  const subject = JSON.stringify([channel, method.kind, ...Object.keys(kept).map((name) => values[name])]);
  const common = { institution, ip, deviceHash, details };

  let named: { userId: string; customerRef: string } | null = null;
  const password = await checkFactor({
    ...common, userId: known, factor: "password", subject,
    verify: async () => {
      const answer = await bank.checkLogin(channel, { ...ids, password: values.password } as TLoginCredentials);
      if (!answer.ok) return answer.reason === "locked" ? "locked" : "wrong";
      named = { userId: await linkCustomer(institution, channel, answer.customer), customerRef: answer.customer.customerRef };
      return "ok";
    },
    wrong: { message: WRONG_LOGIN, warnField: "password" },
  });
  if (!password.ok) return refused(password);
  const found = named!; // the password check passes only for a customer the bank named
  const otp = method.kind === "contract-password" && method.otp;
  if (otp) {
    const code = await checkFactor({
      ...common, userId: found.userId, factor: "otp",
      verify: () => bank.verifyOtp(found.customerRef, values.otp),
      wrong: { field: "otp", message: WRONG_OTP },
    });
    if (!code.ok) return refused(code);
  }
  return { ok: true, userId: found.userId, factors: otp ? ["password", "otp"] : ["password"] };
}

/** The IDs a login form names, in the bank's terms (lib/bank/customer-auth.ts). */
function loginIds(method: TPasswordMethod, values: Record<string, string>): TLoginIds {
  switch (method.kind) {
    case "contract-password": return { kind: method.kind, contractNumber: values.contractNumber };
    case "contract-user-pin": return { kind: method.kind, contractNumber: values.contractNumber, userCode: values.userCode };
    case "customer-id":
    case "login-id": return { kind: method.kind, loginId: values.loginId };
  }
}

"use server";
// 本人確認 with an ID and password (+ ワンタイムパスワード where the institution uses it).
//   - the form is parsed with the variant's schema; errors go beside their fields
//   - a locked factor (5 failures) is refused before anything is checked
//   - unknown ID and wrong password get the same message and take the same time
//   - every attempt is recorded (lockout, risk, audit)
import { redirect } from "next/navigation";
import { verifySecret } from "@/lib/auth/password";
import { dummyHash } from "@/lib/auth/dummy-hash";
import { findLoginUser } from "@/lib/auth/find-login-user";
import { isLocked, LOCKED_MESSAGE } from "@/lib/auth/lockout";
import { recordAttempt } from "@/lib/auth/record-attempt";
import { verifyTotp } from "@/lib/auth/verify-totp";
import { csrfValid } from "../csrf";
import { finishLogin } from "../finish-login";
import { withNonce, type TFormState } from "../form-state";
import { loginSchema, loginVariant } from "../login-variants";
import { requestIp, requireStep } from "../require-step";
import { WRONG_LOGIN } from "../messages";



export async function loginAction(slug: string, interactionId: string, methodIndex: number, _prev: TFormState, formData: FormData): Promise<TFormState> {
  const ctx = await requireStep(slug, interactionId, ["login"]);
  const channel = ctx.channel!;
  const method = ctx.institution.settings.login[channel][methodIndex];
  if (!method || method.kind === "certificate" || !csrfValid(interactionId, formData)) return withNonce({ errors: {}, values: {}, message: "画面の有効期限が切れました。もう一度お試しください。" });
  const variant = loginVariant(method);
  const raw = Object.fromEntries(variant.fields.map((f) => [f.name, String(formData.get(f.name) ?? "")]));
  const kept = Object.fromEntries(variant.fields.filter((f) => f.type !== "password" && f.name !== "otp").map((f) => [f.name, raw[f.name]]));
  const parsed = loginSchema(method).safeParse(raw);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return withNonce({ errors, values: kept, message: "入力内容をご確認ください。" });
  }
  const values = parsed.data as Record<string, string>;
  const ip = await requestIp();
  const settings = ctx.institution.settings;
  const user = await findLoginUser(ctx.institution.id, channel, method, values);
  if (await isLocked(settings, { userId: user?.id ?? null, factor: "password", ip })) return withNonce({ errors: {}, values: kept, message: LOCKED_MESSAGE });

  const passwordOk = await verifySecret(values.password, user?.passwordHash ?? (await dummyHash()));
  if (!user || !passwordOk) {
    await recordAttempt({ institutionId: ctx.institution.id, userId: user?.id ?? null, factor: "password", success: false, ip, deviceHash: ctx.deviceHash });
    const locked = await isLocked(settings, { userId: user?.id ?? null, factor: "password", ip });
    return withNonce({ errors: {}, values: kept, message: locked ? LOCKED_MESSAGE : WRONG_LOGIN });
  }
  if (method.kind === "contract-password" && method.otp) {
    if (await isLocked(settings, { userId: user.id, factor: "otp", ip })) return withNonce({ errors: {}, values: kept, message: LOCKED_MESSAGE });
    if (!(await verifyTotp(user.id, user.totpSecretEnc, values.otp))) {
      await recordAttempt({ institutionId: ctx.institution.id, userId: user.id, factor: "otp", success: false, ip, deviceHash: ctx.deviceHash });
      const locked = await isLocked(settings, { userId: user.id, factor: "otp", ip });
      return withNonce({ errors: locked ? {} : { otp: "ワンタイムパスワードが正しくありません。新しいワンタイムパスワードを入力してください。" }, values: kept, message: locked ? LOCKED_MESSAGE : "入力内容をご確認ください。" });
    }
  }
  const factors: ("password" | "otp")[] = method.kind === "contract-password" && method.otp ? ["password", "otp"] : ["password"];
  // the risk check reads earlier attempts, so it runs before this success is recorded
  await finishLogin(ctx, { userId: user.id, state: { ...ctx.state, loginMethod: method.kind, factors }, ip });
  for (const factor of factors) await recordAttempt({ institutionId: ctx.institution.id, userId: user.id, factor, success: true, ip, deviceHash: ctx.deviceHash });
  redirect(`/${slug}/authorize/${interactionId}`);
}

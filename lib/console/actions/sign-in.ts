"use server";
// 運用コンソールへのログイン / ログアウト through the operator next-auth instance (lib/console/operator-auth.ts).
import { AuthError } from "next-auth";
import { signIn, signOut } from "../operator-auth";
import { ZOperatorLoginSchema } from "../authenticate-operator";
import { issuesToFieldErrors } from "@/lib/forms/issues-to-field-errors";

export type TSignInState = { errors: Record<string, string>; message: string; loginId: string };

export async function operatorSignInAction(_prev: TSignInState, formData: FormData): Promise<TSignInState> {
  const raw = { loginId: String(formData.get("loginId") ?? ""), password: String(formData.get("password") ?? "") };
  const parsed = ZOperatorLoginSchema.safeParse(raw);
  if (!parsed.success) return { errors: issuesToFieldErrors(parsed.error.issues), message: "入力内容をご確認ください。", loginId: raw.loginId };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: "/console" });
  } catch (error) {
    // a successful sign-in throws Next's redirect, which must pass through
    if (error instanceof AuthError) return { errors: {}, message: "ログインIDまたはパスワードが正しくありません。", loginId: raw.loginId };
    throw error;
  }
  return { errors: {}, message: "", loginId: raw.loginId };
}

export async function operatorSignOutAction(): Promise<void> {
  await signOut({ redirectTo: "/console/login" });
}

"use server";
// The theme editor's 保存 (works without JavaScript too).
import { currentClientIp } from "@/lib/http/current-client-ip";
import { requireOperator } from "@/lib/console/require-operator";
import { ConsoleForbidden } from "@/lib/console/operator-scope";
import { themeFromForm } from "./theme-form";
import { saveTheme } from "./save-theme";

export type TThemeFormState = { errors: Record<string, string>; message?: string; saved?: boolean; nonce?: number };

export async function saveThemeAction(slug: string, _prev: TThemeFormState, formData: FormData): Promise<TThemeFormState> {
  const scope = await requireOperator();
  const ip = await currentClientIp();
  try {
    const result = await saveTheme(scope, slug, themeFromForm(formData), ip);
    return result.ok ? { errors: {}, saved: true, message: "保存しました。すべての画面に反映されています。", nonce: Date.now() } : { errors: result.errors, message: result.message, nonce: Date.now() };
  } catch (error) {
    if (error instanceof ConsoleForbidden) return { errors: {}, message: error.message, nonce: Date.now() };
    throw error;
  }
}

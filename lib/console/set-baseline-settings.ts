// An institution's baseline settings (lib/institutions/settings.ts, profiles.baseline): on or off — off
// refuses its baseline clients everywhere at once (registration, authorization, tokens, the API) — the
// sunset a new registration gets, and the lifetime of Bearer access tokens. Only for an institution of the
// operator's scope; the settings and their audit entry in one transaction; every endpoint of this instance
// sees them at once, other instances within the institution cache's few seconds (lib/institutions/get-institution.ts).
import "server-only";
import { z } from "zod";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { forgetInstitutions } from "@/lib/institutions/get-institution";
import { parseSettings } from "@/lib/institutions/settings";
import { assertCanActFor, ConsoleForbidden, type TOperatorScope } from "./operator-scope";
import { issuesToFieldErrors } from "@/lib/forms/issues-to-field-errors";

export const ZBaselineSettingsFormSchema = z.object({
  institutionId: z.string().min(1),
  enabled: z.boolean(),
  defaultSunsetDays: z.coerce.number({ message: "日数を数字で入力してください。" }).int("日数は整数で入力してください。")
    .min(1, "1日以上を入力してください。").max(1825, "1825日（5年）以内で入力してください。"),
  accessTokenSeconds: z.coerce.number({ message: "秒数を数字で入力してください。" }).int("秒数は整数で入力してください。")
    .min(60, "60秒以上を入力してください。").max(3600, "3600秒（1時間）以内で入力してください。"),
});

export async function setBaselineSettings(scope: TOperatorScope, input: unknown, ip: string | null): Promise<{ ok: true } | { ok: false; errors: Record<string, string> }> {
  const parsed = ZBaselineSettingsFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issuesToFieldErrors(parsed.error.issues) };
  const { institutionId, ...baseline } = parsed.data;
  assertCanActFor(scope, institutionId);
  await db.$transaction(async (tx) => {
    const row = await tx.institution.findUnique({ where: { id: institutionId }, select: { settings: true, slug: true } });
    if (!row) throw new ConsoleForbidden("金融機関が見つかりません。");
    const settings = parseSettings(row.settings);
    const before = settings.profiles.baseline;
    await tx.institution.update({ where: { id: institutionId }, data: { settings: JSON.stringify({ ...settings, profiles: { ...settings.profiles, baseline } }) } });
    await appendAuditEvent(tx, {
      institutionId, actorType: "operator", actorId: scope.loginId, action: "institution.profiles-changed", targetType: "institution", targetId: row.slug, ip,
      details: { baseline: { before, after: baseline } },
    });
  });
  forgetInstitutions();
  return { ok: true };
}

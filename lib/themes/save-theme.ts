// Saves an institution's theme from the editor: the theme schema, the WCAG AA text contrast of every
// pair the screens draw (refused with the pair and its ratio), the logo (checked by ZTheme itself), and the operator's
// scope — then the theme and its audit entry in one transaction. No rebuild: pages read it per request.
import "server-only";
import { db } from "@/lib/db";
import { forgetInstitutions } from "@/lib/institutions/get-institution";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { ZTheme, type TTheme } from "@/lib/institutions/theme";
import { assertCanActFor, type TOperatorScope } from "@/lib/console/operator-scope";
import { contrastProblems } from "./contrast";
import { issuesToFieldErrors } from "@/lib/forms/issues-to-field-errors";
import { CHECK_INPUT } from "@/lib/forms/messages";

export type TThemeSaveResult = { ok: true } | { ok: false; errors: Record<string, string>; message: string };

export async function saveTheme(scope: TOperatorScope, slug: string, input: unknown, ip: string): Promise<TThemeSaveResult> {
  const institution = await db.institution.findUnique({ where: { slug }, select: { id: true, theme: true } });
  if (!institution) return { ok: false, errors: {}, message: "金融機関が見つかりません。" };
  assertCanActFor(scope, institution.id);
  const parsed = await ZTheme.safeParseAsync(input);
  if (!parsed.success) return { ok: false, errors: issuesToFieldErrors(parsed.error.issues), message: CHECK_INPUT };
  const theme: TTheme = parsed.data;
  const problems = contrastProblems(theme.colors);
  if (problems.length) {
    return {
      ok: false,
      errors: { colors: problems.map((p) => `${p.label}のコントラスト比が${p.ratio}:1です（4.5:1以上が必要です）。`).join(" ") },
      message: "文字と背景のコントラストが足りないため保存できません（WCAG 2.1 AA：4.5:1以上）。",
    };
  }
  const before = JSON.parse(institution.theme) as TTheme;
  await db.$transaction(async (tx) => {
    await tx.institution.update({ where: { id: institution.id }, data: { theme: JSON.stringify(theme) } });
    await appendAuditEvent(tx, {
      institutionId: institution.id, actorType: "operator", actorId: scope.loginId, action: "theme.updated", targetType: "institution", targetId: slug, ip,
      details: { colorsBefore: before.colors, colorsAfter: theme.colors, names: theme.serviceName !== before.serviceName || theme.displayName !== before.displayName, logo: theme.logoSvg !== before.logoSvg },
    });
  });
  forgetInstitutions();
  return { ok: true };
}

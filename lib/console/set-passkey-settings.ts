// An institution's passkey settings (lib/institutions/settings.ts `passkeys`): on or off per channel, and whether
// the risk-based 追加認証 is still asked after a passkey login. Only for an institution of the operator's scope,
// and only for a channel it serves; the settings and their audit entry in one transaction. Turning a channel off
// hides 「パスキーでログイン」 and 「パスキーを登録」 there at once (this instance; others within the institution
// cache's few seconds); the customers' passkeys stay, listed on /links, where they can still delete them.
import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { forgetInstitutions } from "@/lib/institutions/get-institution";
import { parseSettings, type TPasskeySettings } from "@/lib/institutions/settings";
import { assertCanActFor, ConsoleForbidden, type TOperatorScope } from "./operator-scope";

export async function setPasskeySettings(scope: TOperatorScope, input: { institutionId: string } & TPasskeySettings, ip: string | null): Promise<void> {
  assertCanActFor(scope, input.institutionId);
  await db.$transaction(async (tx) => {
    const row = await tx.institution.findUnique({ where: { id: input.institutionId }, select: { settings: true, slug: true } });
    if (!row) throw new ConsoleForbidden("金融機関が見つかりません。");
    const settings = parseSettings(row.settings);
    // a channel the institution does not serve stays off
    const after: TPasskeySettings = {
      personal: input.personal && settings.channels.includes("personal"),
      corporate: input.corporate && settings.channels.includes("corporate"),
      additionalAuth: input.additionalAuth,
    };
    await tx.institution.update({ where: { id: input.institutionId }, data: { settings: JSON.stringify({ ...settings, passkeys: after }) } });
    await appendAuditEvent(tx, {
      institutionId: input.institutionId, actorType: "operator", actorId: scope.loginId, action: "institution.passkeys-changed", targetType: "institution", targetId: row.slug, ip,
      details: { before: settings.passkeys, after },
    });
  });
  forgetInstitutions();
}

/** Each institution's registered (not deleted) passkeys, for the console page. */
export async function countPasskeys(institutionIds: string[]): Promise<Map<string, number>> {
  const rows = await db.passkey.groupBy({ by: ["institutionId"], where: { institutionId: { in: institutionIds }, deletedAt: null }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.institutionId, r._count._all]));
}

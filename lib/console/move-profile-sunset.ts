// Moves a baseline client's sunset (docs/design.md §3): the last day its profile serves it, from today to five
// years ahead; a client past its sunset is served again when the date moves later. The client row is
// shared, so only an operator of every institution it is enabled at may move it, and each of those
// institutions' audit trail records it, in the same transaction.
import "server-only";
import { z } from "zod";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { sunsetAtEndOf, sunsetLastDay } from "@/lib/oauth/clients/sunset-date";
import { addDays, jstIsoDate } from "@/lib/time/jst";
import { assertMayChangeClient } from "./assert-may-change-client";
import { ConsoleForbidden, type TOperatorScope } from "./operator-scope";

const MAX_DAYS_AHEAD = 1825;

export const ZMoveSunsetSchema = z.object({
  clientId: z.string().min(1).max(200),
  lastDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日付は YYYY-MM-DD で入力してください。")
    .refine((d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d), "日付が正しくありません。"),
});

export async function moveProfileSunset(scope: TOperatorScope, input: unknown, ip: string | null): Promise<{ ok: true; lastDay: string } | { ok: false; message: string }> {
  const parsed = ZMoveSunsetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "入力内容をご確認ください。" };
  const { clientId, lastDay } = parsed.data;
  const now = new Date();
  if (lastDay < jstIsoDate(now)) return { ok: false, message: "利用期限は今日以降の日付を入力してください。" };
  if (lastDay > jstIsoDate(addDays(now, MAX_DAYS_AHEAD))) return { ok: false, message: "利用期限は5年以内の日付を入力してください。" };
  await db.$transaction(async (tx) => {
    const client = await assertMayChangeClient(tx, scope, clientId);
    if (client.securityProfile !== "baseline") throw new ConsoleForbidden("このクライアントは baseline プロファイルではありません。");
    await tx.client.update({ where: { id: client.id }, data: { securityProfileSunsetAt: sunsetAtEndOf(lastDay) } });
    const from = client.securityProfileSunsetAt ? sunsetLastDay(client.securityProfileSunsetAt) : null;
    for (const { institutionId } of client.institutions) {
      await appendAuditEvent(tx, {
        institutionId, actorType: "operator", actorId: scope.loginId, action: "client.profile-sunset-moved", targetType: "client", targetId: clientId, ip,
        details: { from, to: lastDay },
      });
    }
  });
  return { ok: true, lastDay };
}

// Puts a client on an institution's public 連携先一覧 (/{institution}/partners) or takes it off. The list
// is the bank's statement of whom it has contracted with, so nothing is listed by registering: an
// operator of the institution publishes it, once its 連携開始日 are set (lib/console/set-partner-dates.ts).
// A sandbox client is never listed. One transaction with its audit entry.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { assertCanActFor, ConsoleForbidden, type TOperatorScope } from "./operator-scope";

export const ZPartnerListingSchema = z.object({ clientId: z.string().min(1), institutionId: z.string().min(1), listed: z.boolean() });

/** listed / unlisted: done; needs-dates: no 連携開始日 to show yet; sandbox: a sandbox client is never listed. */
export type TListingOutcome = "listed" | "unlisted" | "needs-dates" | "sandbox";

export async function setPartnerListing(scope: TOperatorScope, input: unknown, ip: string | null): Promise<TListingOutcome> {
  const parsed = ZPartnerListingSchema.safeParse(input);
  if (!parsed.success) throw new ConsoleForbidden("クライアントが見つかりません。");
  const { clientId, institutionId, listed } = parsed.data;
  assertCanActFor(scope, institutionId);
  return db.$transaction(async (tx) => {
    const row = await tx.clientInstitution.findFirst({
      where: { client: { clientId }, institutionId },
      select: { id: true, publishedAt: true, personalSince: true, corporateSince: true, client: { select: { sandbox: true } } },
    });
    if (!row) throw new ConsoleForbidden("このクライアントはこの金融機関で登録されていません。");
    if (listed && row.client.sandbox) return "sandbox";
    if (listed && !row.personalSince && !row.corporateSince) return "needs-dates";
    if (listed === Boolean(row.publishedAt)) return listed ? "listed" : "unlisted";
    const publishedAt = listed ? new Date() : null;
    await tx.clientInstitution.update({ where: { id: row.id }, data: { publishedAt } });
    await appendAuditEvent(tx, {
      institutionId, actorType: "operator", actorId: scope.loginId, action: listed ? "client.published" : "client.unpublished",
      targetType: "client", targetId: clientId, ip,
      details: { personalSince: row.personalSince, corporateSince: row.corporateSince },
    });
    return listed ? "listed" : "unlisted";
  });
}

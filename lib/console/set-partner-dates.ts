// Sets a client's 連携開始日 at one institution, per channel (blank = 未連携): what 連携先一覧 shows.
// A client not yet enabled at that institution is enabled by it (a new ClientInstitution row, active).
// A date is refused for a channel the institution does not offer or the client does not serve (as at
// registration: lib/oauth/registration/create-client-record.ts), so 連携先一覧 never shows 個人 at a 法人-only bank.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { parseSettings, type TChannel } from "@/lib/institutions/settings";
import { assertCanActFor, ConsoleForbidden, type TOperatorScope } from "./operator-scope";

const date = z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日付は YYYY-MM-DD で入力してください。")]);
export const ZPartnerDatesSchema = z.object({ clientId: z.string().min(1), institutionId: z.string().min(1), personalSince: date, corporateSince: date });

/** dates: saved; bad-date: not a date; channel-not-offered: a date for a channel not offered there. */
export type TPartnerDatesOutcome = "dates" | "bad-date" | "channel-not-offered";

export async function setPartnerDates(scope: TOperatorScope, input: unknown, ip: string | null): Promise<TPartnerDatesOutcome> {
  const parsed = ZPartnerDatesSchema.safeParse(input);
  if (!parsed.success) return "bad-date";
  const { clientId, institutionId } = parsed.data;
  assertCanActFor(scope, institutionId);
  const personalSince = parsed.data.personalSince || null;
  const corporateSince = parsed.data.corporateSince || null;
  return db.$transaction(async (tx) => {
    const client = await tx.client.findUnique({ where: { clientId }, select: { id: true, channels: true } });
    if (!client) throw new ConsoleForbidden("クライアントが見つかりません。");
    const institution = await tx.institution.findUnique({ where: { id: institutionId }, select: { settings: true } });
    if (!institution) throw new ConsoleForbidden();
    const offered = offeredChannels(parseSettings(institution.settings).channels, JSON.parse(client.channels) as TChannel[]);
    if ((personalSince && !offered.includes("personal")) || (corporateSince && !offered.includes("corporate"))) return "channel-not-offered";
    const before = await tx.clientInstitution.findUnique({ where: { clientId_institutionId: { clientId: client.id, institutionId } } });
    // only an operator of every institution may enable a client that none of the operator's institutions has
    if (!before && !scope.all) {
      const visible = await tx.clientInstitution.count({ where: { clientId: client.id, institutionId: { in: scope.institutionIds } } });
      if (!visible) throw new ConsoleForbidden();
    }
    await tx.clientInstitution.upsert({
      where: { clientId_institutionId: { clientId: client.id, institutionId } },
      create: { clientId: client.id, institutionId, personalSince, corporateSince },
      update: { personalSince, corporateSince },
    });
    await appendAuditEvent(tx, {
      institutionId, actorType: "operator", actorId: scope.loginId, action: before ? "client.dates-changed" : "client.enabled",
      targetType: "client", targetId: clientId, ip,
      details: { personalSince, corporateSince, before: before ? { personalSince: before.personalSince, corporateSince: before.corporateSince } : null },
    });
    return "dates";
  });
}

/** The channels a client has a 連携開始日 for at an institution: those the institution offers and the client serves. */
export function offeredChannels(institutionChannels: TChannel[], clientChannels: TChannel[]): TChannel[] {
  return institutionChannels.filter((c) => clientChannels.includes(c));
}

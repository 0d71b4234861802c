// 連携先一覧 (docs/seeds/001, 002): the aggregators linked with one institution, their services and the
// 連携開始日 per channel, generated from the data. Only what an operator published at the institution
// (lib/console/set-partner-listing.ts), with a date; sandbox clients and suspended links never.
import "server-only";
import { db } from "@/lib/db";
import { jstJapaneseDate } from "@/lib/time/jst";

export type TPartnerRow = { aggregator: string; service: string; personalSince: string | null; corporateSince: string | null };

export async function listPartners(institutionId: string): Promise<TPartnerRow[]> {
  const rows = await db.clientInstitution.findMany({
    where: { institutionId, status: "active", publishedAt: { not: null }, client: { sandbox: false } },
    select: { personalSince: true, corporateSince: true, client: { select: { clientName: true, serviceDescription: true, aggregator: { select: { name: true } } } } },
  });
  return rows
    .map((r) => ({ aggregator: r.client.aggregator.name, service: r.client.serviceDescription || r.client.clientName, personalSince: r.personalSince, corporateSince: r.corporateSince }))
    .filter((r) => r.personalSince || r.corporateSince)
    .sort((a, b) => (earliest(a) < earliest(b) ? -1 : earliest(a) > earliest(b) ? 1 : a.aggregator.localeCompare(b.aggregator, "ja")));
}

const earliest = (r: TPartnerRow) => [r.personalSince, r.corporateSince].filter(Boolean).sort()[0] ?? "";

/** 2019-02-04 → 2019/2/4, as docs/seeds/001 prints it. */
export function slashDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}/${m}/${d}`;
}

/** "as of" today in Japan: 2026年11月23日現在 */
export function asOfLabel(now = new Date()): string {
  return `${jstJapaneseDate(now)}現在`;
}

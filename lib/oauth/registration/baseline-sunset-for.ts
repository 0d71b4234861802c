// The sunset a new baseline client gets at the institutions it registers at (docs/design.md §3): the
// earliest of their defaults (Institution.settings.profiles.baseline.defaultSunsetDays) — one client row
// serves them all, so it ends when the first of them would end it — or, when one of them has the profile
// turned off, that institution's name (the registration is refused: invalid_client_metadata).
import "server-only";
import { db } from "@/lib/db";
import { parseSettings } from "@/lib/institutions/settings";
import { sunsetAfterDays } from "@/lib/oauth/clients/sunset-date";

export async function baselineSunsetFor(institutionIds: string[], now: Date = new Date()): Promise<{ ok: true; sunsetAt: Date } | { ok: false; refusedBy: { slug: string; name: string } }> {
  const rows = await db.institution.findMany({ where: { id: { in: institutionIds } }, select: { slug: true, name: true, settings: true }, orderBy: { slug: "asc" } });
  let sunsetAt: Date | null = null;
  for (const row of rows) {
    const baseline = parseSettings(row.settings).profiles.baseline;
    if (!baseline.enabled) return { ok: false, refusedBy: { slug: row.slug, name: row.name } };
    const own = sunsetAfterDays(baseline.defaultSunsetDays, now);
    if (!sunsetAt || own < sunsetAt) sunsetAt = own;
  }
  if (!sunsetAt) throw new Error("baselineSunsetFor: no institution");
  return { ok: true, sunsetAt };
}

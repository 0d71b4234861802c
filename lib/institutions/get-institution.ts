import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { processSingleton } from "@/lib/process/cross-bundle";
import { rememberInstitution } from "./last-known-institutions";
import { parseSettings, type TInstitutionSettings } from "./settings";
import { parseTheme, type TTheme } from "./theme";

export type TInstitution = {
  id: string;
  slug: string;
  name: string;
  bankCode: string;
  consentDays: number;
  settings: TInstitutionSettings;
  theme: TTheme;
};

const SLUG = /^[a-z0-9-]{1,40}$/;

// Every OAuth and API request names its institution, so the parsed row is kept in process for a few
// seconds (a bank's settings and theme change rarely): the hot paths skip a query and two schema parses.
// A theme saved here is seen at once (lib/themes/save-theme.ts forgets it); other instances see it
// within INSTITUTION_TTL_MS. Statuses that must hold at once (clients, grants, tokens) are never cached.
export const INSTITUTION_TTL_MS = 5_000;
// one per process, not per copy of lib/ (lib/process/cross-bundle.ts): a forgotten entry is forgotten everywhere
const recent = processSingleton("institutions", () => new Map<string, { at: number; institution: Promise<TInstitution | null> }>());

async function loadInstitution(slug: string): Promise<TInstitution | null> {
  const row = await db.institution.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, bankCode: true, consentDays: true, settings: true, theme: true },
  });
  if (!row) return null;
  const institution = { ...row, settings: parseSettings(row.settings), theme: await parseTheme(row.theme) };
  rememberInstitution(slug, { name: institution.name, theme: institution.theme });
  return institution;
}

/** The institution of a URL segment, or null. */
export const getInstitution = cache(async (slug: string): Promise<TInstitution | null> => {
  if (!SLUG.test(slug)) return null;
  const now = Date.now();
  const hit = recent.get(slug);
  if (hit && now - hit.at < INSTITUTION_TTL_MS) return hit.institution;
  const institution = loadInstitution(slug);
  recent.set(slug, { at: now, institution });
  institution.catch(() => recent.delete(slug)); // a failed read is not remembered
  return institution;
});

/** After a change to an institution's row: the next request reads it again. */
export function forgetInstitutions() {
  recent.clear();
}

export async function listInstitutions(): Promise<TInstitution[]> {
  const rows = await db.institution.findMany({
    orderBy: { bankCode: "asc" },
    select: { id: true, slug: true, name: true, bankCode: true, consentDays: true, settings: true, theme: true },
  });
  return Promise.all(rows.map(async (row) => ({ ...row, settings: parseSettings(row.settings), theme: await parseTheme(row.theme) })));
}

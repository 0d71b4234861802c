import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
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

/** The institution of a URL segment, or null. Cached for the request (React cache). */
export const getInstitution = cache(async (slug: string): Promise<TInstitution | null> => {
  if (!SLUG.test(slug)) return null;
  const row = await db.institution.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, bankCode: true, consentDays: true, settings: true, theme: true },
  });
  if (!row) return null;
  return { ...row, settings: parseSettings(row.settings), theme: parseTheme(row.theme) };
});

export async function listInstitutions(): Promise<TInstitution[]> {
  const rows = await db.institution.findMany({
    orderBy: { bankCode: "asc" },
    select: { id: true, slug: true, name: true, bankCode: true, consentDays: true, settings: true, theme: true },
  });
  return rows.map((row) => ({ ...row, settings: parseSettings(row.settings), theme: parseTheme(row.theme) }));
}

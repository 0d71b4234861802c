// The name and theme of each institution as last read from the database, kept for the process's life (one map
// per process: lib/process/cross-bundle.ts): the page that says the service is unavailable while the database
// is down (lib/http/database-outage-page.ts) still wears the institution's colours. A handful of small entries.
import { processSingleton } from "@/lib/process/cross-bundle";
import type { TTheme } from "./theme";

export type TInstitutionFace = { name: string; theme: TTheme };

const faces = () => processSingleton("lastKnownInstitutions", () => new Map<string, TInstitutionFace>());

export function rememberInstitution(slug: string, face: TInstitutionFace): void {
  faces().set(slug, face);
}

export function lastKnownInstitution(slug: string): TInstitutionFace | null {
  return faces().get(slug) ?? null;
}

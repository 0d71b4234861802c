// ?theme=<base64url JSON> on a preview screen: the theme editor's unsaved values, shown in its live
// preview and never stored. Only for an operator signed in to the console who may edit this
// institution's theme (the editor's own rule, app/console/themes/[institution]/page.tsx): anyone else
// gets the saved theme, so a link cannot make the bank's origin show a look (or a logo) nobody saved.
// The theme passes ZTheme like every other, logo check included.
import "server-only";
import { currentOperatorScope } from "@/lib/console/current-operator-scope";
import { canActFor } from "@/lib/console/operator-scope";
import type { TInstitution } from "@/lib/institutions/get-institution";
import { ZTheme, type TTheme } from "@/lib/institutions/theme";

export async function unsavedPreviewTheme(institution: Pick<TInstitution, "id">, encoded: string | undefined): Promise<TTheme | null> {
  if (!encoded || encoded.length > 40_000) return null;
  const scope = await currentOperatorScope();
  if (!scope || !canActFor(scope, institution.id)) return null;
  let input: unknown;
  try {
    input = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = await ZTheme.safeParseAsync(input);
  return parsed.success ? parsed.data : null;
}

// Which implementation of the two seams an institution runs (docs/connecting-your-bank.md):
//   embedded — the demo bank in Renkei's own tables (the default, and what `npm start` seeds)
//   http     — the bank's own gateway, over the protocol of lib/bank/wire/
// Read from settings.core.mode; a setting without it is embedded.
import type { TInstitutionSettings } from "@/lib/institutions/settings";

export type TCoreMode = "embedded" | "http";

export function coreMode(settings: TInstitutionSettings): TCoreMode {
  const core = (settings as { core?: { mode?: string } }).core;
  return core?.mode === "http" ? "http" : "embedded";
}

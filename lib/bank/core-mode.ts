// Which implementation of the two seams an institution runs (docs/connecting-your-bank.md):
//   embedded — the demo bank in Renkei's own tables (the default, and what `npm start` seeds)
//   http     — the bank's own gateway, over the protocol of lib/bank/wire/ and the transport of lib/bank/transport/
import type { TInstitutionSettings } from "@/lib/institutions/settings";

export type TCoreMode = TInstitutionSettings["core"]["mode"];

export function coreMode(settings: TInstitutionSettings): TCoreMode {
  return settings.core.mode;
}

// The connection state of an institution as this process sees it, for the console (mode, circuit, latency, last error).
import "server-only";
import type { TInstitutionSettings } from "@/lib/institutions/settings";
import type { TBankConnectionState } from "./bank-connection-stats";
import { transportRegistry } from "./transport-registry";

export function bankConnectionStateOf(institution: { id: string; slug: string; settings: TInstitutionSettings }): TBankConnectionState {
  return transportRegistry().stateOf(institution);
}

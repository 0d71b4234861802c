// One transport per institution and process (lib/process/cross-bundle.ts): Next bundles pages and route handlers separately and the
// production server runs the machine endpoints from its own bundle (server.mjs), and all must share one pool, one
// circuit and one set of statistics per institution.
import "server-only";
import { processSingleton } from "@/lib/process/cross-bundle";
import { metrics, onScrape } from "@/lib/observability/metrics";
import type { TInstitutionSettings } from "@/lib/institutions/settings";
import type { IBankTransport } from "./bank-transport";
import type { TBankConnectionState } from "./bank-connection-stats";
import { createHttpBankTransport, type THttpBankTransport } from "./http-bank-transport";
import { readCoreCredentials } from "./read-core-credentials";

type TEntry = { key: string; slug: string; core: TInstitutionSettings["core"]; transport: THttpBankTransport };
type TInstitutionRef = { id: string; slug: string; settings: TInstitutionSettings };

const CIRCUIT_VALUE = { closed: 0, "half-open": 1, open: 2 } as const;

const entries = () => processSingleton("bankTransports", () => {
  const made = new Map<string, TEntry>();
  // once per process, with the map: each scrape reads every institution's circuit (renkei_bank_circuit_state)
  onScrape(() => {
    for (const entry of made.values()) metrics().bankCircuitState.set({ institution: entry.slug }, CIRCUIT_VALUE[entry.transport.state().circuit]);
  });
  return made;
});

function transportFor(institution: TInstitutionRef): IBankTransport {
  const core = institution.settings.core;
  if (core.mode !== "http" || !core.baseUrl) throw new Error(`institution ${institution.slug} runs embedded: it has no bank transport`);
  const held = entries().get(institution.id);
  // the same settings object (lib/institutions/get-institution.ts keeps it for a few seconds): no need to compare
  if (held?.core === core) return held.transport;
  // the settings decide the transport: a change (mode, URL, timeout, credentials' names) replaces it
  const key = JSON.stringify(core);
  if (held?.key === key) {
    held.core = core;
    return held.transport;
  }
  if (held) void held.transport.close().catch(() => undefined);
  const transport = createHttpBankTransport({ ...core, baseUrl: core.baseUrl }, readCoreCredentials(core.auth));
  entries().set(institution.id, { key, slug: institution.slug, core, transport });
  return transport;
}

/** What the console shows of an institution's connection in this process. */
function stateOf(institution: TInstitutionRef): TBankConnectionState {
  if (institution.settings.core.mode === "embedded") return { mode: "embedded", circuit: "closed", latency: null, lastError: null };
  const held = entries().get(institution.id);
  if (held?.key === JSON.stringify(institution.settings.core)) return held.transport.state();
  return { mode: "http", circuit: "closed", latency: null, lastError: null }; // no call yet since the last change
}

/** The institutions whose circuit is open in this process (/readyz: lib/health/readiness.ts). */
function openCircuits(): string[] {
  return [...entries().values()].filter((entry) => entry.transport.state().circuit === "open").map((entry) => entry.slug).sort();
}

/** Closes every pool (tests, shutdown). */
async function closeAll() {
  const all = [...entries().values()];
  entries().clear();
  await Promise.all(all.map((entry) => entry.transport.close().catch(() => undefined)));
}

export function transportRegistry() {
  return { transportFor, stateOf, openCircuits, closeAll };
}

// The process's metrics (prom-client), served in Prometheus text format by the metrics listener
// (lib/observability/metrics-listener.ts). One registry and one object per metric for the whole process
// (lib/process/cross-bundle.ts): the lean path's copy of lib/ and Next's count into the same series.
// Each domain event is counted at the one place it happens (named beside each metric); docs/operators.md
// lists them for operators. Label values are bounded: route templates, grant types, profiles, factors,
// outcomes, operations — never a client-chosen string, a customer's, token's or client's id.
// No server-only: server.mjs's bundle reads it.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { processSingleton } from "@/lib/process/cross-bundle";

/** OpenTelemetry's default buckets for http.server.request.duration, in seconds. */
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

type TScrapeHook = () => void | Promise<void>;

export const DEFAULT_METRICS_PORT = 9464;

/**
 * Where the metrics listener listens (RENKEI_METRICS_PORT, 9464 by default; RENKEI_METRICS_HOST, loopback by
 * default), or null when RENKEI_METRICS_PORT is 0: then nothing is counted either (every metric below is a no-op).
 */
export function metricsSettings(env: Record<string, string | undefined> = process.env): { port: number; host: string } | null {
  const raw = env.RENKEI_METRICS_PORT?.trim();
  const port = raw === undefined || raw === "" ? DEFAULT_METRICS_PORT : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`RENKEI_METRICS_PORT must be a port number (0 turns metrics off): ${raw}`);
  if (port === 0) return null;
  return { port, host: env.RENKEI_METRICS_HOST?.trim() || "127.0.0.1" };
}

/** What every metric becomes with the metrics off: counting costs nothing. */
const NO_OP = { inc: () => undefined, observe: () => undefined, set: () => undefined };

function createMetrics() {
  const on = metricsSettings() !== null;
  const registry = new Registry();
  // process memory, CPU, handles, event-loop lag (nodejs_eventloop_lag_seconds), GC, heap spaces
  if (on) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  /** What a scrape asks the rest of the process first (the outbox's depth, the circuits' states). */
  const scrapeHooks = new Set<TScrapeHook>();
  const all = defineMetrics(registers);
  if (!on) for (const name of Object.keys(all) as (keyof typeof all)[]) (all as Record<string, unknown>)[name] = NO_OP;
  return { registry, scrapeHooks, ...all };
}

function defineMetrics(registers: Registry[]) {
  return {
    /** server.mjs's listener, on res 'finish' (lib/http/observe-request.ts); both mounts. */
    httpDuration: new Histogram({
      name: "http_server_request_duration_seconds",
      help: "Duration of HTTP server requests (OpenTelemetry http.server.request.duration), by route template",
      labelNames: ["http_route", "http_request_method", "http_response_status_code"] as const,
      buckets: HTTP_BUCKETS,
      registers,
    }),
    /** lib/oauth/issue-token.ts, after the grant answered with tokens. */
    tokensIssued: new Counter({
      name: "renkei_tokens_issued_total",
      help: "Token responses issued by the token endpoint, by grant type and the client's security profile",
      labelNames: ["grant_type", "profile"] as const,
      registers,
    }),
    /** lib/auth/record-attempt.ts: every factor tried, and "login" for a whole login that passed; lib/auth/check-factor.ts: refused while locked. */
    loginAttempts: new Counter({
      name: "renkei_login_attempts_total",
      help: "Customer login attempts, by factor (password, otp, certificate, ...; login = the whole login passed) and outcome (success, failure, refused_locked)",
      labelNames: ["factor", "outcome"] as const,
      registers,
    }),
    /** lib/auth/check-factor.ts: the failed attempt that filled a counter, or the bank reporting a lock. */
    lockouts: new Counter({
      name: "renkei_lockouts_total",
      help: "Lockouts, by factor and scope: customer (the customer's factor, until unlocked), address (the client IP's window), bank (the bank reported the lock)",
      labelNames: ["factor", "scope"] as const,
      registers,
    }),
    /** lib/oauth/complete-authorization.ts (given) and lib/oauth/deny-authorization.ts (refused). */
    consents: new Counter({
      name: "renkei_consents_total",
      help: "Consent decisions: given, refused by the customer (access_denied), or ended because the bank could not answer (unavailable)",
      labelNames: ["outcome"] as const,
      registers,
    }),
    /** lib/oauth/revoke-grant.ts, by the call that ended the grant. */
    grantsRevoked: new Counter({
      name: "renkei_grants_revoked_total",
      help: "Grants ended, by who: customer, aggregator (the client), operator, suspension, replay, expiry, replaced",
      labelNames: ["by"] as const,
      registers,
    }),
    /** collected on scrape (lib/events/outbox-metrics.ts). */
    outboxDepth: new Gauge({
      name: "renkei_event_outbox_depth",
      help: "Lifecycle events waiting in the outbox for delivery (pending)",
      registers,
    }),
    outboxOldestAge: new Gauge({
      name: "renkei_event_outbox_oldest_age_seconds",
      help: "Age of the oldest lifecycle event waiting for delivery (0 when none waits)",
      registers,
    }),
    /** lib/events/deliver-security-event.ts. */
    deliveries: new Counter({
      name: "renkei_event_deliveries_total",
      help: "Lifecycle-event delivery attempts, by outcome (delivered, retry, failed, ...)",
      labelNames: ["outcome"] as const,
      registers,
    }),
    /** lib/bank/transport/http-bank-transport.ts, per call (after retries). */
    bankCalls: new Counter({
      name: "renkei_bank_calls_total",
      help: "Calls to the bank's systems (http mode), by operation and outcome (ok or the failure category)",
      labelNames: ["operation", "outcome"] as const,
      registers,
    }),
    bankCallDuration: new Histogram({
      name: "renkei_bank_call_duration_seconds",
      help: "Duration of calls to the bank's systems, by operation and outcome",
      labelNames: ["operation", "outcome"] as const,
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    /** collected on scrape (lib/bank/transport/transport-registry.ts). */
    bankCircuitState: new Gauge({
      name: "renkei_bank_circuit_state",
      help: "The bank connector's circuit breaker per institution: 0 closed, 1 half-open, 2 open",
      labelNames: ["institution"] as const,
      registers,
    }),
    /** lib/endpoints/define-endpoint.ts (unavailable, query) and lib/db/hot/postgres.ts (connection_lost). */
    dbErrors: new Counter({
      name: "renkei_db_errors_total",
      help: "Database errors: unavailable (down, restarting, out of connections), query (an unexpected query failure), connection_lost (an idle pooled connection died)",
      labelNames: ["kind"] as const,
      registers,
    }),
    /** collected on scrape (lib/db/hot/postgres.ts): the hot queries' pg pool. */
    dbPoolConnections: new Gauge({
      name: "renkei_db_pool_connections",
      help: "Connections of the hot-query PostgreSQL pool, by state (total, idle, waiting = clients queued for one)",
      labelNames: ["state"] as const,
      registers,
    }),
  };
}

export type TMetrics = ReturnType<typeof createMetrics>;

/** The process's metrics, made by whichever copy of lib/ counts first. */
export function metrics(): TMetrics {
  return processSingleton("metrics", createMetrics);
}

/** Adds what a scrape must ask first; registering the same function twice is harmless. */
export function onScrape(hook: TScrapeHook): void {
  metrics().scrapeHooks.add(hook);
}

/** The Prometheus text of every metric, after the scrape hooks (a failing hook leaves its gauges as they were). */
export async function scrapeMetrics(): Promise<{ contentType: string; text: string }> {
  const { registry, scrapeHooks } = metrics();
  await Promise.all([...scrapeHooks].map(async (hook) => {
    try {
      await hook();
    } catch {
      // a gauge that cannot be read now (the database is down) keeps its last value; the rest is still served
    }
  }));
  return { contentType: registry.contentType, text: await registry.metrics() };
}

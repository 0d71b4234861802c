// The http transport of one institution: how each call to its bank's gateway is made.
//   - keep-alive: one undici Pool per institution (origin), at most maxConcurrent connections, reused across calls;
//     mutual TLS through the pool's connect options (client certificate, key, and the CA that signs the gateway).
//   - a timeout per attempt (core.timeoutMs), and a deadline per call of timeoutMs + DEADLINE_SLACK_MS that nothing
//     outlives — the retry, the wait for a bulkhead slot and a slow body included.
//   - one retry with jitter, for idempotent calls only, and not after a timeout (the deadline leaves less than one
//     attempt's time, and a slow bank needs fewer calls, not more).
//   - a bulkhead: maxConcurrent calls in flight, as many waiting; beyond that, refused at once (cap_full).
//   - a circuit breaker: `failures` consecutive failures open it; after halfOpenAfterMs one probe decides.
// A 2xx or 4xx is the bank's answer (a 4xx is a domain answer: no retry, not a failure of the bank); a 5xx, a
// timeout, a network error or an unreadable body is a failure. Nothing here logs or keeps a body or a credential.
import "server-only";
import { Pool } from "undici";
import {
  BrokenCircuitError, BulkheadRejectedError, CircuitState, ConsecutiveBreaker, ExponentialBackoff, TimeoutStrategy,
  bulkhead, circuitBreaker, handleWhen, retry, timeout, wrap, type IPolicy,
} from "cockatiel";
import { metrics } from "@/lib/observability/metrics";
import type { TCoreSettings } from "@/lib/institutions/settings";
import { BankUnavailableError, type IBankTransport, type TBankAnswer, type TBankCall, type TBankFailure } from "./bank-transport";
import { BankConnectionStats, type TBankConnectionState, type TCircuitState } from "./bank-connection-stats";
import type { TCoreCredentials } from "./read-core-credentials";

export const DEADLINE_SLACK_MS = 900; // under the promised timeout + 1 s, with room for the event loop
const MAX_BODY_BYTES = 8 * 1024 * 1024;
const DEFAULT_RETRY_AFTER_SECONDS = 5;
const BREAKER_DEFAULTS = { failures: 5, halfOpenAfterMs: 10_000 };

/** One attempt's failure, inside the policies (the breaker counts these); BankUnavailableError leaves the transport. */
class AttemptFailure extends Error {
  constructor(readonly category: TBankFailure, readonly retryAfterSeconds?: number) {
    super(category);
  }
}

export type THttpBankTransport = IBankTransport & { state(): TBankConnectionState; close(): Promise<void> };

const CIRCUIT: Record<CircuitState, TCircuitState> = {
  [CircuitState.Closed]: "closed",
  [CircuitState.Open]: "open",
  [CircuitState.HalfOpen]: "half-open",
  [CircuitState.Isolated]: "open",
};

function retryAfterHeader(value: string | string[] | undefined): number | undefined {
  const seconds = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(seconds) && seconds > 0 ? Math.min(seconds, 300) : undefined;
}

async function readJson(body: AsyncIterable<Buffer>): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new AttemptFailure("bad_response");
    chunks.push(chunk);
  }
  if (size === 0) return null;
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new AttemptFailure("bad_response");
  }
}

export function createHttpBankTransport(core: TCoreSettings & { baseUrl: string }, credentials: TCoreCredentials): THttpBankTransport {
  const base = new URL(core.baseUrl);
  const basePath = base.pathname.replace(/\/+$/, "");
  const breakerSettings = core.breaker ?? BREAKER_DEFAULTS;
  const stats = new BankConnectionStats();
  const pool = new Pool(base.origin, {
    connections: core.maxConcurrent,
    keepAliveTimeout: 30_000,
    headersTimeout: core.timeoutMs,
    bodyTimeout: core.timeoutMs,
    connect: {
      timeout: core.timeoutMs,
      ...(credentials.ok && credentials.tls ? { cert: credentials.tls.cert, key: credentials.tls.key, ca: credentials.tls.ca } : {}),
    },
  });

  let openedAt: number | null = null;
  const breaker = circuitBreaker(handleWhen((error) => error instanceof AttemptFailure), {
    halfOpenAfter: breakerSettings.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(breakerSettings.failures),
  });
  breaker.onBreak(() => { openedAt = Date.now(); });
  breaker.onReset(() => { openedAt = null; });
  const cap = bulkhead(core.maxConcurrent, core.maxConcurrent);
  // abortOnReturn off: cockatiel would otherwise abort every finished attempt's signal, and each abort() builds a
  // DOMException with its stack (1.5 % of the server's time in the bench); a finished request has nothing left to abort
  const perAttempt = timeout(core.timeoutMs, { strategy: TimeoutStrategy.Cooperative, abortOnReturn: false });
  const once = retry(handleWhen((error) => error instanceof AttemptFailure && error.category !== "timeout"), {
    maxAttempts: 1,
    backoff: new ExponentialBackoff({ initialDelay: 50, maxDelay: 200 }), // decorrelated jitter
  });
  const reads: IPolicy = wrap(once, breaker, cap, perAttempt);
  const writes: IPolicy = wrap(breaker, cap, perAttempt);

  const headers: Record<string, string> = { accept: "application/json" };
  if (credentials.ok && credentials.authorization) headers.authorization = credentials.authorization;

  async function attempt(call: TBankCall, signal: AbortSignal): Promise<TBankAnswer> {
    try {
      const hasBody = call.body !== undefined;
      const response = await pool.request({
        method: call.method,
        path: basePath + call.path,
        headers: hasBody ? { ...headers, "content-type": "application/json" } : headers,
        body: hasBody ? JSON.stringify(call.body) : undefined,
        signal,
      });
      if (response.statusCode >= 500) {
        await response.body.dump(); // read out, so the connection goes back to the pool
        throw new AttemptFailure("status_5xx", retryAfterHeader(response.headers["retry-after"]));
      }
      if (response.statusCode < 200 || response.statusCode >= 300 && response.statusCode < 400) {
        await response.body.dump(); // no redirects followed: the gateway's address is the operator's, not the bank's answer's
        throw new AttemptFailure("bad_response");
      }
      return { status: response.statusCode, body: await readJson(response.body) };
    } catch (error) {
      if (error instanceof AttemptFailure) throw error;
      const name = (error as Error)?.name ?? "";
      if (signal.aborted || /Timeout/.test(name) || (error as { code?: string })?.code === "UND_ERR_CONNECT_TIMEOUT") {
        throw new AttemptFailure("timeout");
      }
      throw new AttemptFailure("network");
    }
  }

  function unavailable(error: unknown): BankUnavailableError {
    if (error instanceof BankUnavailableError) return error;
    if (error instanceof AttemptFailure) return new BankUnavailableError(error.category, error.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS);
    if (error instanceof BrokenCircuitError) {
      const left = openedAt === null ? breakerSettings.halfOpenAfterMs : breakerSettings.halfOpenAfterMs - (Date.now() - openedAt);
      return new BankUnavailableError("circuit_open", Math.max(1, Math.ceil(left / 1000)));
    }
    if (error instanceof BulkheadRejectedError) return new BankUnavailableError("cap_full", 1);
    // cockatiel's TaskCancelledError: the call's deadline passed while it waited for a slot or an attempt
    return new BankUnavailableError("timeout", DEFAULT_RETRY_AFTER_SECONDS);
  }

  async function request(call: TBankCall): Promise<TBankAnswer> {
    const started = performance.now();
    const deadline = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    try {
      if (!credentials.ok) throw new BankUnavailableError("misconfigured", DEFAULT_RETRY_AFTER_SECONDS);
      const policy = call.idempotent ? reads : writes;
      const expired = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          deadline.abort();
          reject(new AttemptFailure("timeout"));
        }, core.timeoutMs + DEADLINE_SLACK_MS);
      });
      const answer = await Promise.race([policy.execute(({ signal }) => attempt(call, signal), deadline.signal), expired]);
      const took = performance.now() - started;
      stats.record(took, null);
      countBankCall(call.operation, "ok", took);
      return answer;
    } catch (error) {
      const failure = unavailable(error);
      const took = performance.now() - started;
      stats.record(took, failure.category);
      countBankCall(call.operation, failure.category, took);
      throw failure;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    request,
    state: () => ({ mode: "http", circuit: CIRCUIT[breaker.state], latency: stats.latency(), lastError: stats.lastError() }),
    close: () => pool.close(),
  };
}

/** One call in the process's metrics: operation names are the protocol's own (never a customer value). */
function countBankCall(operation: string, outcome: string, ms: number): void {
  metrics().bankCalls.inc({ operation, outcome });
  metrics().bankCallDuration.observe({ operation, outcome }, ms / 1000);
}

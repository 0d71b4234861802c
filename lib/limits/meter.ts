// One machine call's meter, made by the endpoint definition once the institution is known
// (lib/endpoints/define-endpoint.ts) and handed to the handlers in the request context:
//   - the client, as soon as it is known: authenticated at the token, PAR, introspection and revocation
//     endpoints (lib/oauth/client-authentication/authenticate-client.ts), or the access token's at the resource API
//     (lib/oauth/resource-access/authenticate-resource-request.ts)
//   - its limits (lib/limits/client-limits.ts), checked by the shared counters (COUNT_USE_SQL):
//       token, PAR     oauthPerMinute per client, after client authentication (a client_id alone could be anyone's:
//                      counting before would let a stranger spend another client's allowance). The counter rides first
//                      in the request's own commit (lib/oauth/endpoints/single-use.ts), strict: over the limit, the whole commit
//                      rolls back (no token issued, no code spent — the same request works after Retry-After); a
//                      request that fails before its commit is counted when it settles, never refused for it.
//       resource API   rps per client (1-second windows) and, per grant and JST day, daily — or presentDaily when the
//                      customer is present (a valid IP address in x-fapi-customer-ip-address, FAPI 1.0 Part 1 §6.2.2.4).
//                      Counted inside the access token check's own commit (its DPoP proof's jti): no extra round trip.
//     A call over a limit is refused with RateLimitExceeded; a refused call does not use up its own counter.
//   - the RateLimit-Policy / RateLimit fields of what was counted (lib/limits/rate-limit-headers.ts)
//   - the call's usage row once it is answered: in the request's last commit when it has one (usageWrite), else on
//     its own (record, lib/usage/record-usage.ts) — the same row, made once
import "server-only";
import { isIP } from "node:net";
import { CountRefused, type THotWrite, type TUsageEvent } from "@/lib/db/hot/hot-queries";
import type { TInstitution } from "@/lib/institutions/get-institution";
import { jstIsoDate } from "@/lib/time/jst";
import { recordUsage } from "@/lib/usage/record-usage";
import { clientLimits } from "./client-limits";
import { RateLimitExceeded } from "./rate-limit-exceeded";
import { rateLimitHeaders, type TPolicyState } from "./rate-limit-headers";
import { secondsToWindowEnd, WINDOW_SECONDS, windowId, type TWindowKind } from "./windows";

export const RESOURCE_OPERATIONS: ReadonlySet<string> = new Set(["accounts", "balances", "transactions"]);
const OAUTH_LIMITED: ReadonlySet<string> = new Set(["token", "par"]);
export const CUSTOMER_IP_HEADER = "x-fapi-customer-ip-address";
/** The usage rows' client_id when no client could be identified (an unknown or invalid token, a failed client authentication). */
export const NO_CLIENT = "-";

type TCountWrite = Extract<THotWrite, { kind: "countUse" }>;
type TUsageWrite = Extract<THotWrite, { kind: "usageEvent" }>;
type TCounter = { write: TCountWrite; name: string; kind: TWindowKind; quota: number; at: number };

export class Meter {
  private clientId: string | null = null;
  private readonly counters: TCounter[] = [];
  private readonly startedAt = Date.now();
  private readonly started = performance.now();
  readonly present: boolean;

  /** rider: how a write joins the request's own commit (lib/oauth/endpoints/single-use.ts ride) */
  constructor(readonly operation: string, readonly institution: TInstitution, headers: Headers, private readonly rider: { ride: (write: THotWrite) => void }) {
    const ip = RESOURCE_OPERATIONS.has(operation) ? headers.get(CUSTOMER_IP_HEADER)?.trim() : undefined;
    this.present = Boolean(ip && isIP(ip));
  }

  /** The client the call is from, for its usage row (also when the call is refused after this). */
  identified(clientId: string): void {
    this.clientId = clientId;
  }

  /** After client authentication: at the token and PAR endpoints, the oauthPerMinute counter joins the request's commit. */
  async clientAuthenticated(clientId: string): Promise<void> {
    this.clientId = clientId;
    if (!OAUTH_LIMITED.has(this.operation)) return;
    const { oauthPerMinute } = await clientLimits(this.institution, clientId);
    if (!oauthPerMinute) return;
    const counter = this.count("oauth", `m:${this.institution.id}:${clientId}`, "oauth", oauthPerMinute);
    this.rider.ride({ ...counter.write, strict: true });
  }

  /** The error to answer for a failure: a strict counter's CountRefused becomes RateLimitExceeded with its wait. */
  refusalOf(error: unknown): unknown {
    if (!(error instanceof CountRefused)) return error;
    try {
      this.settle();
    } catch (refused) {
      return refused;
    }
    return error;
  }

  /** After the access token's checks: the counters to commit with the token check's own writes, and `settle` to run after that commit. */
  async resourceAccess(access: { clientId: string; grantId: string }): Promise<{ writes: THotWrite[]; settle: () => void }> {
    this.clientId = access.clientId;
    const limits = await clientLimits(this.institution, access.clientId);
    const daily = this.present ? limits.presentDaily : limits.daily;
    if (daily) this.count(this.present ? "daily-present" : "daily", `${this.present ? "p" : "d"}:${access.grantId}`, "day", daily);
    if (limits.rps) this.count("burst", `s:${this.institution.id}:${access.clientId}`, "burst", limits.rps);
    return { writes: this.counters.map((c) => c.write), settle: () => this.settle() };
  }

  private count(name: string, key: string, kind: TWindowKind, quota: number): TCounter {
    const at = Date.now();
    const counter = { write: { kind: "countUse" as const, key, windowId: windowId(kind, at), limit: quota, result: { count: null } }, name, kind, quota, at };
    this.counters.push(counter);
    return counter;
  }

  /** Throws RateLimitExceeded when a counter refused the call: Retry-After is the longest wait among them. */
  private settle(): void {
    const refused = this.counters.filter((c) => c.write.result.count === null);
    if (refused.length === 0) return;
    const wait = Math.max(...refused.map((c) => secondsToWindowEnd(c.kind, c.at)));
    throw new RateLimitExceeded(refused.map((c) => c.name).join(", "), wait);
  }

  /** RateLimit-Policy / RateLimit of what was counted; before a client is known at the API, the institution's defaults. */
  headers(): Record<string, string> {
    const states: TPolicyState[] = this.counters.map((c) => ({
      name: c.name, quota: c.quota, windowSeconds: WINDOW_SECONDS[c.kind],
      remaining: c.write.result.count === null ? 0 : c.quota - c.write.result.count, resetSeconds: secondsToWindowEnd(c.kind, c.at),
    }));
    if (states.length === 0 && this.clientId === null && RESOURCE_OPERATIONS.has(this.operation)) {
      const { rps, daily } = this.institution.settings.limits;
      if (rps) states.push({ name: "burst", quota: rps, windowSeconds: 1, remaining: null, resetSeconds: 1 });
      if (daily) states.push({ name: "daily", quota: daily, windowSeconds: WINDOW_SECONDS.day, remaining: null, resetSeconds: 1 });
    }
    return rateLimitHeaders(states);
  }

  /** The answered call's usage row, made once for its answer: for the request's last commit (lib/oauth/endpoints/single-use.ts settle), else `record`. */
  usageWrite(status: number): TUsageWrite {
    return { kind: "usageEvent", event: this.usageEvent(status) };
  }

  /** That row on its own, when no commit of the request carried it (lib/usage/record-usage.ts). */
  record(usage: TUsageWrite): Promise<void> {
    return recordUsage(usage.event);
  }

  private usageEvent(status: number): TUsageEvent {
    return {
      institutionId: this.institution.id, clientId: this.clientId ?? NO_CLIENT, operation: this.operation, day: jstIsoDate(new Date(this.startedAt)),
      status, present: this.present, ms: Math.round(performance.now() - this.started),
    };
  }
}

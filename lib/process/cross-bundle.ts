// Every value that must be one per process although lib/ runs in more than one copy in it, and why.
//
// Why two copies: the production server (server.mjs) answers the machine endpoints from its own esbuild
// bundle of lib/ (scripts/build-machine.mjs, so that they skip Next's request pipeline), while Next runs
// the screens — and, with RENKEI_MACHINE_PATH=next or `next dev`, the same endpoints — from its bundles,
// which hold lib/ again (and Next keeps route handlers and pages in bundles of their own). A module-level
// `const` is therefore one per copy. What must be one per process is kept here, on globalThis under one
// key, and nowhere else: a new cache that must be shared is added to TSingletonReasons with its reason, and an
// error class that one copy throws and another catches gets its brand from errorBrand.
// No imports: every folder may use it.

/** The process-wide values by name, each with the reason it cannot be one per copy. */
type TSingletonReasons = {
  /** lib/db.ts: one Prisma client, so one connection pool (PostgreSQL) or one connection (SQLite) per process. */
  db: "one connection pool per process";
  /** lib/db/hot/hot-queries.ts: one set of prepared statements and one pg pool, whichever copy asked first. */
  hotQueries: "one hot-query connection per process";
  /** lib/db/sqlite-write-lock.ts: the lock orders every in-process SQLite writer; two locks would not exclude each other. */
  sqliteWriteLock: "one SQLite writer at a time in the process";
  /** lib/institutions/get-institution.ts: a saved theme forgets the cached institution, and every copy must see that. */
  institutions: "one institutions cache, so that forgetting one is seen by every copy";
  /** lib/events/institution-signing-key.ts: decrypted signing keys, read once a minute per process rather than per copy. */
  signingKeys: "one cache of decrypted signing keys";
  /** lib/bank/transport/transport-registry.ts: one keep-alive pool, one circuit and one set of statistics per institution. */
  bankTransports: "one connection pool and one circuit breaker per institution";
  /**
   * lib/demo/refuse-demo-credentials-before-listening.ts: server.mjs's bundle checks the demo credentials before it
   * listens; Next's instrumentation hook (instrumentation.ts, another copy) then need not hash every password again.
   */
  demoCredentialsChecked: "the demo-credential check ran once in this process";
  /**
   * lib/process/lifecycle.ts: server.mjs's bundle starts draining on SIGTERM and Next's copy answers /readyz on the
   * Next mount; the background work (sweep, event worker) runs once per process, whichever copy starts it.
   */
  lifecycle: "one draining flag and one set of background work per process";
  /** lib/db/outage-watch.ts: one view of whether the database is reachable, so one log line per change, not per copy. */
  databaseOutage: "one database up/down state and one probe per process";
  /** lib/institutions/last-known-institutions.ts: the outage page's theme, seen by the copy that answers it. */
  lastKnownInstitutions: "the name and theme of each institution last read, for pages answered while the database is down";
  /**
   * lib/observability/metrics.ts: one Prometheus registry and one object per metric — a second registration of a
   * name throws, and a counter in each copy would split one count in two (the lean path's and Next's).
   */
  metrics: "one metrics registry, so that both copies count into the same series";
  /** lib/observability/logger.ts: one pino logger, so one stdout stream and one level for the whole process. */
  logger: "one log stream and level per process";
  /** lib/observability/logger.ts: the per-request line's child of that logger, made once rather than per request. */
  accessLogger: "the per-request line's logger, a child of the one logger";
  /** lib/limits/client-limits.ts: the console (Next's copy) forgets a client's limits, and the machine path's copy must see it. */
  clientLimits: "one cache of clients' limits, so that forgetting one is seen by every copy";
  /** lib/usage/roll-up.ts: one timer folding usage events per process, not one per copy. */
  usageRollUp: "one usage fold timer per process";
  /** lib/usage/record-usage.ts: one queue of usage rows, so that calls answered by either copy share one commit. */
  usageGroupCommit: "one group commit of usage rows per process";
};

export type TSingletonName = keyof TSingletonReasons;

const shared = globalThis as unknown as { renkeiProcessSingletons?: Partial<Record<TSingletonName, unknown>> };

/** The process's one value for `name`, made by `make` in whichever copy asks first. */
export function processSingleton<T>(name: TSingletonName, make: () => T): T {
  const all = (shared.renkeiProcessSingletons ??= {});
  if (!(name in all)) all[name] = make();
  return all[name] as T;
}

/** Replaces the process's value for `name` (the hot queries follow a changed DATABASE_URL in tests). */
export function replaceProcessSingleton<T>(name: TSingletonName, value: T): T {
  (shared.renkeiProcessSingletons ??= {})[name] = value;
  return value;
}

/** Forgets the process's values for `names` (a test that points this process at another database). */
export function forgetProcessSingletons(...names: TSingletonName[]): void {
  for (const name of names) delete shared.renkeiProcessSingletons?.[name];
}

/** The error classes one copy may throw and another catch (lib/db/hot/hot-queries.ts). */
type TErrorBrandName = "ReplayDetected" | "WriteRaced" | "CountRefused";

/**
 * A brand for an error class that crosses copies: `instanceof` compares class objects, which differ per
 * copy, so the class marks its instances with a process-wide symbol and recognises any copy's by it.
 */
export function errorBrand(name: TErrorBrandName): { symbol: symbol; is: (value: unknown) => boolean } {
  const symbol = Symbol.for(`renkei.${name}`);
  return { symbol, is: (value) => typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[symbol] === true };
}

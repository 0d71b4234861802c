// The one Prisma client. SQLite (embedded, the default) or PostgreSQL, picked by DATABASE_URL's scheme
// (lib/db/url.ts). Both generated clients come from the same schema (scripts/generate.mjs), so the
// PostgreSQL one is used through the SQLite one's type.
// Secrets are omitted from every query unless a query asks for them by name (`omit: { passwordHash: false }`).
// On PostgreSQL every query's failure and every pool or connection error goes to lib/db/outage-watch.ts, which
// tells an outage apart and notices the database's return; no pg connection is ever without an `error` listener.
import "server-only";
import pg from "pg";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { databaseTarget } from "./db/url";
import { commitDurably } from "./db/sqlite-durable-commits";
import { acquireSqliteWriteLock } from "./db/sqlite-write-lock";
import { processSingleton } from "./process/cross-bundle";
import { noteDatabaseError, noteDatabaseReached, onPoolError, setOutageProbe } from "./db/outage-watch";

const omit = {
  user: { passwordHash: true, totpSecretEnc: true, secretAnswerHash: true },
  account: { inquiryPinHash: true },
  operator: { passwordHash: true },
  client: { clientSecretHash: true, registrationAccessTokenHash: true },
  institutionKey: { privateJwkEnc: true },
} as const;

// A crowd of requests (a replayed code raced 100 ways, a burst of consents) queues for the audit chain's
// lock; waiting up to 10 s for a transaction beats answering 500 after Prisma's default 2 s.
const transactionOptions = { maxWait: 10_000, timeout: 15_000 };

function createClient() {
  const target = databaseTarget();
  if (target.provider === "postgresql") {
    const pool = new pg.Pool({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    // an idle client's death is the pool's `error`; a checked-out client's is its own (between two queries it has
    // no other listener, and an unheard `error` event would be an uncaughtException)
    pool.on("error", onPoolError);
    pool.on("connect", (client) => client.on("error", onPoolError));
    const adapter = watchOutages(new PrismaPg(pool, { disposeExternalPool: true, onPoolError, onConnectionError: onPoolError }));
    const client = new PostgresClient({ adapter, omit, transactionOptions });
    setOutageProbe(() => client.$executeRawUnsafe("SELECT 1"));
    return client as unknown as SqliteClient<never, typeof omit>;
  }
  // busy_timeout: another process (a second instance, the seed, a test) may hold the write lock for a moment — on a
  // loaded machine for seconds; Prisma's calls wait without blocking the event loop, so they may wait long
  const adapter = withWriteLock(new PrismaBetterSqlite3({ url: target.file, timeout: 15_000 }));
  return new SqliteClient({ adapter, omit, transactionOptions });
}

type TPgFactory = InstanceType<typeof PrismaPg>;
type TPgAdapter = Awaited<ReturnType<TPgFactory["connect"]>>;
type TQueryable = Pick<TPgAdapter, "queryRaw" | "executeRaw">;

/** Every query's outcome goes to the outage watch: a failure that means "unreachable" marks the database down, a success marks it up. */
function watchOutages(factory: TPgFactory): Pick<TPgFactory, "provider" | "adapterName" | "connect" | "connectToShadowDb"> {
  const watch = <T extends TQueryable>(queryable: T): T => {
    const queryRaw = queryable.queryRaw.bind(queryable);
    const executeRaw = queryable.executeRaw.bind(queryable);
    const seen = <R>(run: Promise<R>) => run.then((result) => (noteDatabaseReached(), result), (error: unknown) => {
      noteDatabaseError(error);
      throw error;
    });
    queryable.queryRaw = (query) => seen(queryRaw(query));
    queryable.executeRaw = (query) => seen(executeRaw(query));
    return queryable;
  };
  const watchAdapter = (adapter: TPgAdapter): TPgAdapter => {
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      try {
        return watch(await start(isolationLevel));
      } catch (error) {
        noteDatabaseError(error);
        throw error;
      }
    };
    return watch(adapter);
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => watchAdapter(await factory.connect()),
    connectToShadowDb: async () => watchAdapter(await factory.connectToShadowDb()),
  };
}

type TSqliteFactory = InstanceType<typeof PrismaBetterSqlite3>;
type TSqliteAdapter = Awaited<ReturnType<TSqliteFactory["connect"]>>;

/**
 * Prisma's SQLite transactions take the process's write lock (lib/db/sqlite-write-lock.ts) for their whole life, and
 * its connection commits durably (lib/db/sqlite-durable-commits.ts).
 */
function withWriteLock(factory: TSqliteFactory): Pick<TSqliteFactory, "provider" | "adapterName" | "connect" | "connectToShadowDb"> {
  const lockTransactions = (adapter: TSqliteAdapter): TSqliteAdapter => {
    // BEGIN IMMEDIATE instead of the adapter's deferred BEGIN: the transaction takes SQLite's write lock when it starts,
    // waiting up to the busy timeout for another process's writer. A deferred transaction reads first and, when
    // another process (a second instance, a test, the seed) committed between its read and its first write, fails at
    // once with SQLITE_BUSY_SNAPSHOT — no waiting — which Prisma reports as "Operation has timed out".
    const client = (adapter as unknown as { client: { prepare: (sql: string) => unknown; pragma: (source: string) => unknown } }).client;
    commitDurably(client);
    const prepare = client.prepare.bind(client);
    client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const release = await acquireSqliteWriteLock();
      try {
        const tx = await start(isolationLevel);
        const commit = tx.commit.bind(tx);
        const rollback = tx.rollback.bind(tx);
        tx.commit = () => commit().finally(release);
        tx.rollback = () => rollback().finally(release);
        return tx;
      } catch (error) {
        release();
        throw error;
      }
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => lockTransactions(await factory.connect()),
    connectToShadowDb: async () => lockTransactions(await factory.connectToShadowDb()),
  };
}

export type TDb = ReturnType<typeof createClient>;
/** The client handed to `$transaction(async (tx) => …)` callbacks. */
export type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];

/** One per process, not per copy of lib/ (lib/process/cross-bundle.ts). */
export const db: TDb = processSingleton("db", createClient);

export const dbProvider = () => databaseTarget().provider;

/** Shutdown: the pool's connections closed (server.mjs, after the last request). */
export async function closeDb(): Promise<void> {
  await db.$disconnect();
}

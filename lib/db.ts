// The one Prisma client. SQLite (embedded, the default) or PostgreSQL, picked by DATABASE_URL's scheme
// (lib/db/url.ts). Both generated clients come from the same schema (scripts/generate.mjs), so the
// PostgreSQL one is used through the SQLite one's type.
// Secrets are omitted from every query unless a query asks for them by name (`omit: { passwordHash: false }`).
import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { databaseTarget } from "./db/url";

const omit = {
  user: { passwordHash: true, totpSecretEnc: true, secretAnswerHash: true },
  account: { inquiryPinHash: true },
  operator: { passwordHash: true },
  client: { clientSecretHash: true, registrationAccessTokenHash: true },
} as const;

function createClient() {
  const target = databaseTarget();
  if (target.provider === "postgresql") {
    const adapter = new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresClient({ adapter, omit }) as unknown as SqliteClient<never, typeof omit>;
  }
  // busy_timeout: another process (a second instance, the seed) may hold the write lock for a moment.
  const adapter = new PrismaBetterSqlite3({ url: target.file, timeout: 5000 });
  return new SqliteClient({ adapter, omit });
}

export type TDb = ReturnType<typeof createClient>;
/** The client handed to `$transaction(async (tx) => …)` callbacks. */
export type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { renkeiDb?: TDb };

export const db: TDb = globalForDb.renkeiDb ?? createClient();
globalForDb.renkeiDb = db;

export const dbProvider = () => databaseTarget().provider;

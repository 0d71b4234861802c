// The hot queries' SQL, one text for both engines where the two agree ($1 … placeholders; the SQLite
// side rewrites them, lib/db/hot/sqlite-hot-queries.ts). Identifiers are quoted as Prisma creates them.

export const CLIENT_SQL = `
  SELECT c."id", c."clientId", c."clientName", c."redirectUris", c."jwks", c."jwksUri", c."tokenEndpointAuthMethod",
    c."tlsClientAuthSubjectDn", c."sandbox", c."channels", c."scope", c."clientSecretHash", c."securityProfile", c."securityProfileSunsetAt",
    a."name" AS "aggregatorName", a."registrationNumber", ci."status"
  FROM "Client" c
  JOIN "Aggregator" a ON a."id" = c."aggregatorId"
  JOIN "ClientInstitution" ci ON ci."clientId" = c."id" AND ci."institutionId" = $1
  WHERE c."clientId" = $2`;

// rotatedAt: only refresh tokens rotate (a baseline client's, RFC 9700 §4.14.2)
const tokenSql = (table: "AccessToken" | "RefreshToken") => `
  SELECT t."clientId" AS "clientRowId", c."clientId", ci."status" AS "clientStatus", t."scopes", t."jkt", t."certThumbprint",
    t."expiresAt", t."revokedAt", t."createdAt", ${table === "RefreshToken" ? `t."rotatedAt"` : `NULL AS "rotatedAt"`},
    c."securityProfile", c."securityProfileSunsetAt",
    g."id" AS "grantId", g."status" AS "grantStatus", g."expiresAt" AS "grantExpiresAt", g."scopes" AS "grantScopes",
    g."userId", g."institutionId" AS "grantInstitutionId", g."lastAccessAt", g."amr" AS "grantAmr"
  FROM "${table}" t
  JOIN "Grant" g ON g."id" = t."grantId"
  JOIN "Client" c ON c."id" = t."clientId"
  LEFT JOIN "ClientInstitution" ci ON ci."clientId" = t."clientId" AND ci."institutionId" = $2
  WHERE t."tokenHash" = $1`;
export const ACCESS_TOKEN_SQL = tokenSql("AccessToken");
export const REFRESH_TOKEN_SQL = tokenSql("RefreshToken");

export const GRANT_ACCOUNTS_SQL = `SELECT "accountId" AS "id" FROM "GrantAccount" WHERE "grantId" = $1`;

/** `ids` is the engine's list parameter: json_each($n) on SQLite, ANY($n) on PostgreSQL. */
export const accountsSql = (ids: string) => `
  SELECT "id", "institutionId", "branchCode", "branchName", "accountTypeCode", "accountTypeName", "accountNumber", "accountName", "accountNameKana",
    "currencyCode", "currencyName"
  FROM "Account" WHERE ${ids}
  ORDER BY "branchCode" ASC, "accountNumber" ASC`;

/**
 * http mode: the bank's reference of each of these accounts, for the resource API's calls to the bank. By primary key
 * only: with "institutionId" = $n beside it SQLite walks the institution's (institutionId, bankRef) index instead, every
 * account of the institution; the caller (lib/bank/local-refs.ts) keeps the institution's rows.
 */
export const accountRefsSql = (ids: string) => `SELECT "id", "institutionId", "bankRef" FROM "Account" WHERE ${ids}`;

// Each past balance is one indexed probe of Transaction(accountId, transactionDate, id), walked backwards.
const lastBalanceBefore = (param: string) => `(SELECT t."balance" FROM "Transaction" t
    WHERE t."accountId" = a."id" AND t."transactionDate" < ${param} ORDER BY t."transactionDate" DESC, t."id" DESC LIMIT 1)`;
export const balancesSql = (ids: string) => `
  SELECT a."id", a."institutionId", a."accountTypeCode", a."accountTypeName", a."balance", a."currencyCode", a."currencyName",
    ${lastBalanceBefore("$2")} AS "previousDay", ${lastBalanceBefore("$3")} AS "previousMonth"
  FROM "Account" a WHERE ${ids}
  ORDER BY a."branchCode" ASC, a."accountNumber" ASC`;

export const FIRST_TRANSACTION_SQL = `
  SELECT "balance", "amount", "transactionType" FROM "Transaction" WHERE "accountId" = $1
  ORDER BY "transactionDate" ASC, "id" ASC LIMIT 1`;

export const CURRENCY_SQL = `SELECT "institutionId", "currencyCode", "currencyName" FROM "Account" WHERE "id" = $1`;

/**
 * One page of 入出金明細, oldest first, by keyset on Transaction(accountId, transactionDate, id): the scan
 * starts at the cursor's date, so the cost of a page stays flat however deep it is (EXPLAIN-checked in
 * lib/db/hot/transactions-page.test.ts). $1 account, $2 first date, $3 last date, $4 limit,
 * $5/$6 the cursor's (date, id) when paging.
 */
export const TRANSACTIONS_FIRST_PAGE_SQL = `
  SELECT "id", "transactionDate", "valueDate", "transactionType", "amount", "balance", "remarks"
  FROM "Transaction"
  WHERE "accountId" = $1 AND "transactionDate" >= $2 AND "transactionDate" <= $3
  ORDER BY "transactionDate" ASC, "id" ASC
  LIMIT $4`;
export const TRANSACTIONS_NEXT_PAGE_SQL = `
  SELECT "id", "transactionDate", "valueDate", "transactionType", "amount", "balance", "remarks"
  FROM "Transaction"
  WHERE "accountId" = $1 AND "transactionDate" >= $2 AND "transactionDate" <= $3 AND ("transactionDate" > $5 OR "id" > $6)
  ORDER BY "transactionDate" ASC, "id" ASC
  LIMIT $4`;

export const REPLAY_SEEN_SQL = `SELECT "key" AS "id" FROM "ReplayRecord" WHERE "key" = $1`;
export const INSERT_REPLAY_SQL = `INSERT INTO "ReplayRecord" ("key", "kind", "expiresAt") VALUES ($1, $2, $3) ON CONFLICT ("key") DO NOTHING`;
export const INSERT_ACCESS_TOKEN_SQL = `INSERT INTO "AccessToken" ("id", "tokenHash", "grantId", "clientId", "scopes", "jkt", "certThumbprint", "codeId", "expiresAt", "createdAt")
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`;
export const INSERT_REFRESH_TOKEN_SQL = `INSERT INTO "RefreshToken" ("id", "tokenHash", "grantId", "clientId", "scopes", "jkt", "certThumbprint", "codeId", "expiresAt", "createdAt")
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`;
/** Conditional: only a refresh token still current is rotated — a second use finds no row (RFC 9700 §4.14.2). */
export const ROTATE_REFRESH_TOKEN_SQL = `UPDATE "RefreshToken" SET "rotatedAt" = $2 WHERE "tokenHash" = $1 AND "rotatedAt" IS NULL AND "revokedAt" IS NULL`;
/** Conditional: an unbound refresh token (from a client's baseline days) takes the first key it is used with under fapi2. */
export const BIND_REFRESH_TOKEN_SQL = `UPDATE "RefreshToken" SET "jkt" = $2, "certThumbprint" = $3
  WHERE "tokenHash" = $1 AND "jkt" IS NULL AND "certThumbprint" IS NULL AND "revokedAt" IS NULL`;
/** Conditional: only an unused code is redeemed — a second redemption finds no row (RFC 6749 §4.1.2). */
export const CONSUME_CODE_SQL = `UPDATE "AuthorizationCode" SET "usedAt" = $2 WHERE "id" = $1 AND "usedAt" IS NULL`;
/** Conditional: the grant takes the key its tokens are bound to only while it is active and unexpired ($4: now). */
export const BIND_GRANT_SQL = `UPDATE "Grant" SET "dpopJkt" = $2, "certThumbprint" = $3 WHERE "id" = $1 AND "status" = 'active' AND "expiresAt" > $4`;
export const INSERT_PUSHED_REQUEST_SQL = `INSERT INTO "PushedRequest" ("id", "requestUriHash", "institutionId", "clientId", "params", "expiresAt", "createdAt")
  VALUES ($1, $2, $3, $4, $5, $6, $7)`;
export const TOUCH_GRANT_SQL = `UPDATE "Grant" SET "lastAccessAt" = $2 WHERE "id" = $1`;
/**
 * A limit's counter (lib/limits/): one conditional UPSERT counts the call and checks the limit at once. A newer
 * window starts over at 1; in the same (or an older, from a clock slightly behind) window the count grows only
 * while it is under the limit ($3) — otherwise no row changes and none is returned (the call is refused).
 * Concurrent calls on PostgreSQL serialize on the row's lock, so N instances never admit more than the limit.
 */
export const COUNT_USE_SQL = `INSERT INTO "LimitCounter" ("key", "windowId", "count") VALUES ($1, $2, 1)
  ON CONFLICT ("key") DO UPDATE SET
    "count" = CASE WHEN "LimitCounter"."windowId" < excluded."windowId" THEN 1 ELSE "LimitCounter"."count" + 1 END,
    "windowId" = CASE WHEN "LimitCounter"."windowId" < excluded."windowId" THEN excluded."windowId" ELSE "LimitCounter"."windowId" END
  WHERE "LimitCounter"."windowId" < excluded."windowId" OR "LimitCounter"."count" < $3
  RETURNING "count"`;
export const INSERT_USAGE_EVENT_SQL = `INSERT INTO "UsageEvent" ("institutionId", "clientId", "operation", "day", "status", "present", "ms")
  VALUES ($1, $2, $3, $4, $5, $6, $7)`;
export const USAGE_EVENTS_SQL = `SELECT "id", "institutionId", "clientId", "operation", "day", "status", "present", "ms" FROM "UsageEvent" ORDER BY "id" LIMIT $1`;
export const ADD_USAGE_DAY_SQL = `INSERT INTO "UsageDay" ("institutionId", "clientId", "operation", "day", "calls", "ok", "clientErrors", "serverErrors", "rateLimited", "customerPresent")
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
  ON CONFLICT ("institutionId", "clientId", "operation", "day") DO UPDATE SET
    "calls" = "UsageDay"."calls" + excluded."calls", "ok" = "UsageDay"."ok" + excluded."ok",
    "clientErrors" = "UsageDay"."clientErrors" + excluded."clientErrors", "serverErrors" = "UsageDay"."serverErrors" + excluded."serverErrors",
    "rateLimited" = "UsageDay"."rateLimited" + excluded."rateLimited", "customerPresent" = "UsageDay"."customerPresent" + excluded."customerPresent"`;
export const ADD_USAGE_LATENCY_SQL = `INSERT INTO "UsageLatency" ("institutionId", "clientId", "operation", "day", "bucket", "count")
  VALUES ($1, $2, $3, $4, $5, $6)
  ON CONFLICT ("institutionId", "clientId", "operation", "day", "bucket") DO UPDATE SET "count" = "UsageLatency"."count" + excluded."count"`;

/** The PostgreSQL advisory lock that serializes audit appends across instances, held to the end of the transaction. */
export const AUDIT_CHAIN_LOCK_SQL = "SELECT pg_advisory_xact_lock(727275)";
export const LAST_AUDIT_HASH_SQL = `SELECT a."hash" FROM "AuditEvent" a ORDER BY a."id" DESC LIMIT 1`;
export const INSERT_AUDIT_SQL = `INSERT INTO "AuditEvent" ("at", "institutionId", "actorType", "actorId", "action", "targetType", "targetId", "ip", "details", "prevHash", "hash")
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;

/** The cursor's start: the later of the query's first date and the cursor's date. */
export function pageStart(query: { from: string; after: { date: string } | null }): string {
  return query.after && query.after.date > query.from ? query.after.date : query.from;
}

// The practical limit: GET /balances on bare node:http + better-sqlite3, doing the work Renkei's
// balances endpoint does and nothing else — verify the ES256 DPoP proof (typ, alg, jwk, htm, htu, iat,
// ath, signature), record its jti once, find the access token by its SHA-256 with its grant, client
// status and accounts, then each account's balance and its previous-day and previous-month balances —
// with prepared statements on Renkei's own bench database, answering the same JSON.
// env: PORT, DATABASE_FILE (Renkei's SQLite file), INSTITUTION_ID.
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import Database from "better-sqlite3";
import { calculateJwkThumbprint, decodeProtectedHeader, importJWK, jwtVerify } from "jose";

const { PORT, DATABASE_FILE, INSTITUTION_ID } = process.env;
const origin = `http://localhost:${PORT}`;
const db = new Database(DATABASE_FILE, { timeout: 5000 });
db.pragma("journal_mode = WAL");
db.exec(`CREATE TABLE IF NOT EXISTS "LimitReplay" ("key" TEXT PRIMARY KEY, "expiresAt" INTEGER NOT NULL)`);

const sha256 = (value) => createHash("sha256").update(value).digest("base64url");
const q = {
  replay: db.prepare(`INSERT INTO "LimitReplay" ("key", "expiresAt") VALUES (?, ?)`),
  token: db.prepare(`SELECT t."jkt", t."scopes", t."expiresAt", t."revokedAt", g."id" AS "grantId", g."status", g."expiresAt" AS "grantExpiresAt",
      g."institutionId", ci."status" AS "clientStatus"
    FROM "AccessToken" t JOIN "Grant" g ON g."id" = t."grantId"
    LEFT JOIN "ClientInstitution" ci ON ci."clientId" = t."clientId" AND ci."institutionId" = g."institutionId"
    WHERE t."tokenHash" = ?`),
  grantAccounts: db.prepare(`SELECT "accountId" FROM "GrantAccount" WHERE "grantId" = ?`),
  // the same single query Renkei's lib/accounts/get-balances.ts makes
  accounts: db.prepare(`SELECT a."id", a."accountTypeCode", a."accountTypeName", a."balance", a."currencyCode", a."currencyName",
      (SELECT t."balance" FROM "Transaction" t WHERE t."accountId" = a."id" AND t."transactionDate" < ? ORDER BY t."transactionDate" DESC, t."id" DESC LIMIT 1) AS "previousDay",
      (SELECT t."balance" FROM "Transaction" t WHERE t."accountId" = a."id" AND t."transactionDate" < ? ORDER BY t."transactionDate" DESC, t."id" DESC LIMIT 1) AS "previousMonth"
    FROM "Account" a WHERE a."id" IN (SELECT value FROM json_each(?)) ORDER BY a."branchCode", a."accountNumber"`),
  first: db.prepare(`SELECT "balance", "amount", "transactionType" FROM "Transaction" WHERE "accountId" = ?
    ORDER BY "transactionDate" ASC, "id" ASC LIMIT 1`),
};
db.defaultSafeIntegers(false);

function japanNow() {
  const iso = new Date(Date.now() + 9 * 3_600_000).toISOString();
  return { baseDate: iso.slice(0, 10), baseTime: `${iso.slice(11, 19)}+09:00` };
}

function balanceBeforeFirst(accountId, current) {
  const first = q.first.get(accountId);
  return first ? first.balance - (first.transactionType === 1 ? first.amount : -first.amount) : current;
}

async function verifyProof(proof, method, url, token) {
  const header = decodeProtectedHeader(proof);
  if (header.typ !== "dpop+jwt" || header.alg !== "ES256" || !header.jwk || "d" in header.jwk) throw new Error("bad header");
  const key = await importJWK(header.jwk, "ES256");
  const { payload } = await jwtVerify(proof, key, { typ: "dpop+jwt", algorithms: ["ES256"] });
  const now = Math.floor(Date.now() / 1000);
  if (payload.htm !== method || payload.htu !== url) throw new Error("htm/htu");
  if (typeof payload.iat !== "number" || payload.iat < now - 120 || payload.iat > now + 30) throw new Error("iat");
  if (payload.ath !== sha256(token)) throw new Error("ath");
  if (typeof payload.jti !== "string" || payload.jti.length < 8) throw new Error("jti");
  const jkt = await calculateJwkThumbprint(header.jwk);
  q.replay.run(`dpop:${sha256(`${jkt}\u0000${payload.jti}`)}`, (payload.iat + 150) * 1000);
  return jkt;
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

createServer(async (req, res) => {
  try {
    const url = new URL(req.url, origin);
    if (req.method !== "GET" || url.pathname !== "/balances") return send(res, 404, { errorCode: "not_found" });
    const token = req.headers.authorization?.match(/^DPoP\s+([A-Za-z0-9_-]{20,200})$/)?.[1];
    const proof = req.headers.dpop;
    if (!token || typeof proof !== "string") return send(res, 401, { errorCode: "invalid_token" });
    const jkt = await verifyProof(proof, "GET", `${origin}${url.pathname}`, token);
    const row = q.token.get(sha256(token));
    const now = Date.now();
    if (!row || row.revokedAt || Date.parse(row.expiresAt) < now || row.institutionId !== INSTITUTION_ID || row.jkt !== jkt ||
      row.status !== "active" || Date.parse(row.grantExpiresAt) < now || row.clientStatus !== "active" || !row.scopes.split(" ").includes("balances")) {
      return send(res, 401, { errorCode: "invalid_token" });
    }
    const ids = q.grantAccounts.all(row.grantId).map((a) => a.accountId);
    const { baseDate, baseTime } = japanNow();
    const firstOfMonth = `${baseDate.slice(0, 8)}01`;
    const balances = q.accounts.all(baseDate, firstOfMonth, JSON.stringify(ids)).map((a) => ({
      accountId: a.id,
      accountTypeCode: a.accountTypeCode,
      accountTypeName: a.accountTypeName,
      balance: String(a.balance),
      withdrawableAmount: String(a.balance > 0 ? a.balance : 0),
      previousDayBalance: String(a.previousDay ?? balanceBeforeFirst(a.id, a.balance)),
      previousMonthBalance: String(a.previousMonth ?? balanceBeforeFirst(a.id, a.balance)),
      currencyCode: a.currencyCode,
      currencyName: a.currencyName,
      baseDate,
      baseTime,
    }));
    send(res, 200, { balances });
  } catch {
    send(res, 401, { errorCode: "invalid_dpop_proof" });
  }
}).listen(Number(PORT), () => process.stdout.write(`${JSON.stringify({ ready: true })}\n`));

// a clean exit on SIGTERM, so that --profile can write its CPU profile
process.on("SIGTERM", () => process.exit(0));

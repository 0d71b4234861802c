// A persistent storage adapter for node-oidc-provider on better-sqlite3, so the peer keeps every
// grant and token on disk like Renkei does (the stock in-memory adapter is an LRU of 1,000 entries and
// loses grants under sustained load). One table; the same journal mode as Renkei (WAL), and commits as durable as
// Renkei's (synchronous = FULL, lib/db/sqlite-durable-commits.ts): each write is on the disk before the peer answers.
// better-sqlite3 would otherwise open a file already in WAL mode with synchronous = NORMAL (its build sets
// SQLITE_DEFAULT_WAL_SYNCHRONOUS=1); this file is made fresh, so the pragma is set explicitly either way.
// Interface: https://github.com/panva/node-oidc-provider/blob/main/example/my_adapter.js
import Database from "better-sqlite3";

export function sqliteAdapter(file) {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec(`CREATE TABLE IF NOT EXISTS oidc (
    model TEXT NOT NULL, id TEXT NOT NULL, payload TEXT NOT NULL, grantId TEXT, userCode TEXT, uid TEXT,
    expiresAt INTEGER, consumedAt INTEGER, PRIMARY KEY (model, id));
    CREATE INDEX IF NOT EXISTS oidc_grant ON oidc (grantId);
    CREATE INDEX IF NOT EXISTS oidc_uid ON oidc (model, uid);
    CREATE INDEX IF NOT EXISTS oidc_user_code ON oidc (model, userCode);`);
  const statements = {
    upsert: db.prepare(`INSERT INTO oidc (model, id, payload, grantId, userCode, uid, expiresAt) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (model, id) DO UPDATE SET payload = excluded.payload, grantId = excluded.grantId, userCode = excluded.userCode,
      uid = excluded.uid, expiresAt = excluded.expiresAt`),
    find: db.prepare("SELECT payload, expiresAt, consumedAt FROM oidc WHERE model = ? AND id = ?"),
    findByUid: db.prepare("SELECT payload, expiresAt, consumedAt FROM oidc WHERE model = ? AND uid = ?"),
    findByUserCode: db.prepare("SELECT payload, expiresAt, consumedAt FROM oidc WHERE model = ? AND userCode = ?"),
    consume: db.prepare("UPDATE oidc SET consumedAt = ? WHERE model = ? AND id = ?"),
    destroy: db.prepare("DELETE FROM oidc WHERE model = ? AND id = ?"),
    revokeByGrantId: db.prepare("DELETE FROM oidc WHERE grantId = ?"),
  };
  const read = (row) => {
    if (!row || (row.expiresAt && row.expiresAt < Date.now())) return undefined;
    const payload = JSON.parse(row.payload);
    return row.consumedAt ? { ...payload, consumed: Math.floor(row.consumedAt / 1000) } : payload;
  };

  return class SqliteAdapter {
    constructor(model) {
      this.model = model;
    }
    async upsert(id, payload, expiresIn) {
      const expiresAt = expiresIn ? Date.now() + expiresIn * 1000 : null;
      statements.upsert.run(this.model, id, JSON.stringify(payload), payload.grantId ?? null, payload.userCode ?? null, payload.uid ?? null, expiresAt);
    }
    async find(id) {
      return read(statements.find.get(this.model, id));
    }
    async findByUid(uid) {
      return read(statements.findByUid.get(this.model, uid));
    }
    async findByUserCode(userCode) {
      return read(statements.findByUserCode.get(this.model, userCode));
    }
    async consume(id) {
      statements.consume.run(Date.now(), this.model, id);
    }
    async destroy(id) {
      statements.destroy.run(this.model, id);
    }
    async revokeByGrantId(grantId) {
      statements.revokeByGrantId.run(grantId);
    }
  };
}

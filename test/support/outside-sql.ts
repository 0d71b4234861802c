// One SQL statement on a test server's database, as an outside writer would (another process, the clock, a
// bank operator's tool): SQLite through better-sqlite3 with a busy timeout, or PostgreSQL through pg — $1 …
// placeholders either way. Rows for a reader, [] for a writer.
import Database from "better-sqlite3";
import pg from "pg";

export async function outsideSql<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  if (url.startsWith("file:")) {
    const db = new Database(url.slice("file:".length));
    db.pragma("busy_timeout = 10000");
    try {
      const statement = db.prepare(text.replace(/\$\d+/g, "?"));
      return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

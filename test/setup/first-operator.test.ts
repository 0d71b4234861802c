// A start outside the embedded demo (docs/security-habits.md, "defaults in production"):
//   - a new database gets its institutions from `npm run renkei -- institution add`, and its first operator from `npm run renkei -- operator add`, the password from
//     stdin or RENKEI_OPERATOR_PASSWORD, never from the command line, and never a demo password;
//   - the server refuses to start while an operator has a demo password (checked against the hash, not
//     the login ID), or while the demo customers and sandbox client are there — and says how to end it;
//     `operator password` and `demo remove` end it.
// Each database is a SQLite file that is not the embedded default, the server the real production one.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { hashSecret, verifySecret } from "@/lib/crypto/password";
import { migrate } from "@/lib/db/migrate";
import { spawnServer } from "@/scripts/lib/server-process";
import { demoInstitutions } from "@/prisma/seed/institutions";
import { extraServerPort, testServerEnv } from "../env";
import { productionEnv } from "../support/production-env";
import { signInOperator } from "../support/operator-sign-in";
import { logMessages } from "../support/log-messages";

const root = path.resolve(__dirname, "../..");
const PORT = extraServerPort("firstOperator");

function databaseFile(name: string) {
  const file = path.join(root, ".data/test", `${name}-${PORT}.db`);
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  return file;
}

/** The suite server's variables (ports, secrets, origins) on this file, without its RENKEI_DEMO=1 unless extra says it. */
function envOf(file: string, extra: Record<string, string> = {}) {
  const { RENKEI_DEMO: _demo, ...server } = testServerEnv("unused", PORT, 0);
  return productionEnv(`file:${file}`, { ...server, DATABASE_URL: `file:${file}`, TLS_PORT: "0", ...extra });
}

function renkei(env: NodeJS.ProcessEnv, args: string[], stdin = "") {
  const r = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/renkei.ts", ...args], { cwd: root, env, input: stdin, encoding: "utf8" });
  return { status: r.status, out: r.stdout + r.stderr };
}

/** Starts the production server on the file; returns null when it served, or what it said when it refused. */
async function startRefusal(env: NodeJS.ProcessEnv): Promise<string | null> {
  try {
    const server = await spawnServer(env, { fresh: false });
    const health = await fetch(`${server.baseUrl}/healthz`);
    await server.stop();
    expect(health.status).toBe(200);
    return null;
  } catch (error) {
    return logMessages(String(error instanceof Error ? error.message : error)); // the log lines' own words
  }
}

const operatorRow = (file: string, loginId: string) => {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite.prepare(`SELECT "passwordHash", "allInstitutions" FROM "Operator" WHERE "loginId" = ?`).get(loginId) as { passwordHash: string; allInstitutions: number } | undefined;
  } finally {
    sqlite.close();
  }
};

describe("the first operator of a new database", () => {
  let file: string;
  beforeAll(async () => {
    file = databaseFile("first-operator");
    await migrate(`file:${file}`);
  });

  it.each([
    ["a demo password", ["--login", "admin", "--name", "x", "--institutions", "all"], "Operator-pass-1", "the password is one the demo publishes; choose another"],
    ["a short password", ["--login", "admin", "--name", "x", "--institutions", "all"], "short-pass", "the password must be at least 12 characters"],
    ["a password on the command line", ["--login", "admin", "--name", "x", "--institutions", "all", "--password", "Long-enough-pass-42"], "", "Unknown option '--password'"],
    ["an institution that is not there", ["--login", "admin", "--name", "x", "--institutions", "sakura"], "Long-enough-pass-42", "unknown institution: sakura"],
  ])("refuses %s", (_name, args, stdin, message) => {
    const r = renkei(envOf(file), ["operator", "add", ...args], stdin);
    expect(r.status).toBe(1);
    expect(r.out).toContain(message);
    expect(operatorRow(file, "admin")).toBeUndefined();
  });

  it("adds an institution from its settings and theme, then an operator of it", () => {
    const kita = demoInstitutions.find((i) => i.slug === "kita")!;
    const settings = path.join(path.dirname(file), `settings-${PORT}.json`);
    const theme = path.join(path.dirname(file), `theme-${PORT}.json`);
    writeFileSync(settings, JSON.stringify(kita.settings));
    writeFileSync(theme, JSON.stringify({ ...kita.theme, displayName: "ひがし信用組合" }));
    const add = (slug: string, bankCode: string) => renkei(envOf(file), ["institution", "add", "--slug", slug, "--name", "ひがし信用組合", "--bank-code", bankCode, "--settings", settings, "--theme", theme]);
    expect(add("console", "2990").out).toContain("slug: the slug is one of the app's own paths");
    expect(add("higashi", "2990")).toMatchObject({ status: 0 });
    expect(add("higashi", "2991").out).toContain("an institution with this slug or 金融機関コード exists (higashi)");
    const op = renkei(envOf(file, { RENKEI_OPERATOR_PASSWORD: "Higashi-operator-2026" }), ["operator", "add", "--login", "ops-higashi", "--name", "ひがし担当", "--institutions", "higashi"]);
    expect(op, op.out).toMatchObject({ status: 0 });
    expect(operatorRow(file, "ops-higashi")?.allInstitutions).toBe(0);
  });

  it("creates it from stdin, audited; the server serves and it signs in", { timeout: 120_000 }, async () => {
    const r = renkei(envOf(file), ["operator", "add", "--login", "ops-admin", "--name", "運用管理者", "--institutions", "all"], "First-operator-pass-2026\n");
    expect(r, r.out).toMatchObject({ status: 0 });
    const row = operatorRow(file, "ops-admin")!;
    expect(row.allInstitutions).toBe(1);
    expect(await verifySecret("First-operator-pass-2026", row.passwordHash)).toBe(true);
    const sqlite = new Database(file, { readonly: true });
    const audit = sqlite.prepare(`SELECT "actorId", "details" FROM "AuditEvent" WHERE "action" = 'operator.created' ORDER BY "id"`).all();
    sqlite.close();
    expect(audit).toEqual([
      { actorId: "cli", details: JSON.stringify({ loginId: "ops-higashi", institutions: ["higashi"] }) },
      { actorId: "cli", details: JSON.stringify({ loginId: "ops-admin", institutions: "all" }) },
    ]);
    expect(renkei(envOf(file), ["operator", "add", "--login", "ops-admin", "--name", "x", "--institutions", "all"], "Another-pass-2026-x").out).toContain("operator ops-admin already exists");

    // the demo's login ID with a password of its own is not a demo credential
    const server = await spawnServer(envOf(file), { fresh: false });
    try {
      expect(await signInOperator(server.baseUrl, "ops-admin", "First-operator-pass-2026")).not.toBeNull();
    } finally {
      await server.stop();
    }
  });

  it("refuses to start while an operator has a demo password, and starts once `operator password` changed it", { timeout: 120_000 }, async () => {
    const sqlite = new Database(file);
    sqlite.prepare(`UPDATE "Operator" SET "passwordHash" = ? WHERE "loginId" = 'ops-admin'`).run(await hashSecret("Operator-pass-1"));
    sqlite.close();
    const refusal = await startRefusal(envOf(file));
    expect(refusal).toMatch(/^server exited \(1\)/);
    expect(refusal).toContain("Renkei will not start: this database holds credentials the demo publishes");
    expect(refusal).toContain(`operator "ops-admin" has the demo password: change it with\n      printf '%s' "$NEW_PASSWORD" | npm run renkei -- operator password --login ops-admin`);

    expect(renkei(envOf(file), ["operator", "password", "--login", "ops-admin"], "Operator-pass-1").out).toContain("the password is one the demo publishes");
    const changed = renkei(envOf(file, { RENKEI_OPERATOR_PASSWORD: "Changed-operator-pass-2026" }), ["operator", "password", "--login", "ops-admin"]);
    expect(changed, changed.out).toMatchObject({ status: 0 });
    expect(await verifySecret("Changed-operator-pass-2026", operatorRow(file, "ops-admin")!.passwordHash)).toBe(true);
    expect(await startRefusal(envOf(file))).toBeNull();
  });
});

describe("a database seeded with the demo, started as production", () => {
  it("is refused, naming the demo customers and sandbox client, until `demo remove` and new operator passwords", { timeout: 180_000 }, async () => {
    const file = databaseFile("seeded");
    execFileSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "prisma/seed.ts"], { cwd: root, env: envOf(file, { RENKEI_DEMO: "1" }), stdio: "ignore" });
    expect(await startRefusal(envOf(file, { RENKEI_DEMO: "1" }))).toBeNull();

    const refusal = await startRefusal(envOf(file));
    for (const line of ['operator "ops-admin" has the demo password', 'operator "ops-kita" has the demo password', 'demo customer "kita-user1" at kita has its published password', 'demo client "renkei-sandbox" has its published secret', "remove them with: npm run renkei -- demo remove", "start it with RENKEI_DEMO=1"]) {
      expect(refusal).toContain(line);
    }
    expect(renkei(envOf(file), ["demo", "remove"]).out).toContain("removed 5 demo contracts (with their users, accounts and grants) and 2 demo clients");
    for (const login of ["ops-admin", "ops-sakura", "ops-minato", "ops-kita"]) {
      expect(renkei(envOf(file, { RENKEI_OPERATOR_PASSWORD: `New-${login}-pass-2026` }), ["operator", "password", "--login", login]).status).toBe(0);
    }
    expect(await startRefusal(envOf(file))).toBeNull();
  });
});

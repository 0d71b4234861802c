// The demo data of docs/design.md §7, exactly: counts, the demo logins against their hashes, the TOTP secret,
// the inquiry-PIN states, and no secret stored in clear anywhere in the database.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { verifySecret } from "@/lib/crypto/password";
import { decryptSecret } from "@/lib/crypto/data-key";
import { db } from "@/lib/db";
import { demoContracts } from "@/lib/demo/demo-customers";
import { demoInstitutions } from "@/prisma/seed/institutions";

// other test files add customers of their own (test/support/seed-login-user.ts); count the demo's only
const demo = { contractNumber: { in: demoContracts.map((c) => c.contractNumber) } };

const sqliteFile = () => process.env.DATABASE_URL!.slice("file:".length);

describe("demo seed", () => {
  it("creates the three institutions and the seeds' aggregators", async () => {
    // other suites add institutions of their own to this database (test/oauth/registration-impersonation.test.ts)
    const institutions = await db.institution.findMany({ where: { slug: { in: demoInstitutions.map((i) => i.slug) } }, orderBy: { slug: "asc" }, select: { slug: true, name: true } });
    expect(demoInstitutions.map((i) => i.slug).sort()).toEqual(["kita", "minato", "sakura"]);
    expect(institutions).toEqual([
      { slug: "kita", name: "きた信用組合" },
      { slug: "minato", name: "みなと信用金庫" },
      { slug: "sakura", name: "さくら信用金庫" },
    ]);
    const names = (await db.aggregator.findMany({ select: { name: true } })).map((a) => a.name);
    for (const name of ["freee株式会社", "株式会社マネーフォワード", "マネーツリー株式会社", "弥生株式会社", "ソリマチ株式会社"]) expect(names).toContain(name);
    const zaim = await db.clientInstitution.findFirst({ where: { client: { clientId: "zaim" }, institution: { slug: "minato" } } });
    expect(zaim).toMatchObject({ personalSince: "2019-05-20", corporateSince: null });
  });

  it.each([
    ["sakura", "1000000001", "1000000001", "Demo-pass-1"],
    ["sakura", "2000000001", "admin01", "Demo-pass-2"],
    ["minato", "1000000002", "1000000002", "Demo-pass-1"],
    ["minato", "CORP0002", "CORP0002", "Demo-pass-2"],
    ["kita", "3000000001", "kita-user1", "Demo-pass-3"],
  ])("%s %s/%s logs in with its demo password", async (slug, contractNumber, loginId, password) => {
    const user = await db.user.findFirstOrThrow({
      where: { loginId, contract: { contractNumber, institution: { slug } } },
      omit: { passwordHash: false },
    });
    expect(await verifySecret(password, user.passwordHash)).toBe(true);
    expect(await verifySecret(password + "x", user.passwordHash)).toBe(false);
  });

  it("keeps the TOTP secret encrypted and gives it back", async () => {
    const user = await db.user.findFirstOrThrow({ where: { loginId: "1000000001" }, omit: { totpSecretEnc: false } });
    expect(user.totpSecretEnc).not.toContain("JBSWY3DPEHPK3PXP");
    expect(decryptSecret(user.totpSecretEnc!)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("gives kita one 登録済み and two 未登録 accounts whose filed PIN is 1234, and the secret question", async () => {
    const user = await db.user.findFirstOrThrow({ where: { loginId: "kita-user1" }, omit: { secretAnswerHash: false } });
    expect(user.secretQuestion).toBe("はじめて飼ったペットの名前は？");
    expect(await verifySecret("ぽち", user.secretAnswerHash)).toBe(true);
    const accounts = await db.account.findMany({ where: { contractId: user.contractId }, omit: { inquiryPinHash: false } });
    expect(accounts.filter((a) => a.pinRegisteredAt).length).toBe(1);
    expect(accounts.filter((a) => !a.pinRegisteredAt).length).toBe(2);
    for (const a of accounts) expect(await verifySecret("1234", a.inquiryPinHash)).toBe(true);
  });

  it("gives every demo contract two to four accounts with a year of transactions", async () => {
    const contracts = await db.contract.findMany({ where: demo, include: { accounts: { select: { id: true, balance: true } } } });
    expect(contracts).toHaveLength(5);
    for (const contract of contracts) {
      expect(contract.accounts.length).toBeGreaterThanOrEqual(2);
      expect(contract.accounts.length).toBeLessThanOrEqual(4);
      // other test files add old-dated rows to these accounts (paging); look at the seed's year only
      const since = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10);
      for (const account of contract.accounts) {
        const where = { accountId: account.id, transactionDate: { gte: since } };
        const first = await db.transaction.findFirstOrThrow({ where, orderBy: [{ transactionDate: "asc" }, { id: "asc" }] });
        const last = await db.transaction.findFirstOrThrow({ where, orderBy: [{ transactionDate: "desc" }, { id: "desc" }] });
        const days = (Date.parse(last.transactionDate) - Date.parse(first.transactionDate)) / 86_400_000;
        expect(days).toBeGreaterThan(330);
        expect(last.balance).toBe(account.balance);
      }
    }
  });

  it("stores no demo secret in clear in any column of any table", () => {
    const sqlite = new Database(sqliteFile(), { readonly: true });
    const secrets = ["Demo-pass-1", "Demo-pass-2", "Demo-pass-3", "Operator-pass-1", "JBSWY3DPEHPK3PXP", "ぽち", "sandbox-secret"];
    const tables = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]).map((t) => t.name);
    for (const table of tables) {
      for (const row of sqlite.prepare(`SELECT * FROM "${table}"`).iterate() as Iterable<Record<string, unknown>>) {
        const text = JSON.stringify(row, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
        for (const secret of secrets) expect(text.includes(secret), `${secret} in ${table}`).toBe(false);
        expect(/"1234"/.test(text), `a PIN in clear in ${table}`).toBe(false);
      }
    }
    sqlite.close();
  });

  it("does not duplicate anything when run again", async () => {
    const before = await db.transaction.count();
    const { seedDemo } = await import("@/prisma/seed/index");
    await seedDemo(db);
    expect(await db.transaction.count()).toBe(before);
    expect(await db.user.count({ where: { contract: demo } })).toBe(6);
  });
});

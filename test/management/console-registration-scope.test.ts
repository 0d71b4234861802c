// The console's registration writes only what the operator's scope covers (docs/security-habits.md, "one tenant
// writing another's data"): an operator of one institution cannot change an aggregator's 登録番号, which
// every institution shows — an operator of every institution can, and it is audited; and no institution
// is given a 連携開始日 for a channel it does not offer. Messages sit beside their fields.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { randomInt } from "node:crypto";
import { randomToken } from "@/lib/crypto/hash-token";
import { loadOperatorScope } from "@/lib/console/load-operator-scope";
import type { TOperatorScope } from "@/lib/console/operator-scope";
import { registerConsoleClient } from "@/lib/console/register-console-client";

const scopeOf = async (loginId: string) => (await loadOperatorScope((await db.operator.findUniqueOrThrow({ where: { loginId } })).id))!;
const idOf = async (slug: string) => (await db.institution.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
const numberOf = async (name: string) => (await db.aggregator.findUniqueOrThrow({ where: { name }, select: { registrationNumber: true } })).registrationNumber;

describe("console registration within the operator's scope", () => {
  let admin: TOperatorScope, sakuraOps: TOperatorScope, kitaOps: TOperatorScope;
  let sakura: string, kita: string;
  const form = (overrides: Record<string, unknown> = {}) => ({
    aggregatorName: `コンソール範囲株式会社-${randomToken(6)}`, registrationNumber: `関東財務局長（電代）第${randomInt(100_000, 1_000_000_000)}号`, clientName: `範囲家計簿-${randomToken(6)}`, serviceDescription: "",
    redirectUris: "https://console-scope.example/cb", authMethod: "private_key_jwt", jwks: "", jwksUri: "https://console-scope.example/jwks.json", tlsSubjectDn: "",
    sandbox: false, channels: ["personal", "corporate"], since: [{ institutionId: sakura, personal: "2026-04-01", corporate: "" }],
    ...overrides,
  });

  beforeAll(async () => {
    [admin, sakuraOps, kitaOps] = await Promise.all([scopeOf("ops-admin"), scopeOf("ops-sakura"), scopeOf("ops-kita")]);
    [sakura, kita] = await Promise.all([idOf("sakura"), idOf("kita")]);
  });

  it("refuses an operator of one institution a known aggregator's other 登録番号, beside the field", async () => {
    const input = form({ aggregatorName: "freee株式会社", registrationNumber: "関東財務局長（電代）第9999号" });
    const result = await registerConsoleClient(sakuraOps, input, null);
    expect(result).toEqual({
      ok: false,
      errors: { registrationNumber: "freee株式会社 は登録番号「関東財務局長（電代）第6号」で登録されています。登録番号を変更できるのは、すべての金融機関を担当する運用者だけです。" },
    });
    expect(await numberOf("freee株式会社")).toBe("関東財務局長（電代）第6号");
    expect(await db.client.count({ where: { clientName: input.clientName } })).toBe(0);
  });

  it("lets an operator of every institution change it, with an audit entry of the old and new number", async () => {
    const first = form();
    expect((await registerConsoleClient(sakuraOps, first, null)).ok).toBe(true);
    const second = form({ aggregatorName: first.aggregatorName });
    const result = await registerConsoleClient(admin, second, "127.0.0.1");
    expect(result).toMatchObject({ ok: true });
    expect(await numberOf(first.aggregatorName)).toBe(second.registrationNumber);
    const entry = await db.auditEvent.findFirstOrThrow({ where: { action: "aggregator.registration-number-changed", actorId: "ops-admin" }, orderBy: { id: "desc" } });
    expect(entry.institutionId).toBeNull();
    expect(JSON.parse(entry.details)).toEqual({ aggregator: first.aggregatorName, before: first.registrationNumber, after: second.registrationNumber });
  });

  it.each([
    ["an operator of one institution", "sakura"],
    ["an operator of every institution", "admin"],
  ])("refuses %s a second company under a 登録番号 already registered (株式会社サンプル with エメラダ株式会社's), beside the field", async (_name, who) => {
    const input = form({ aggregatorName: `株式会社サンプル-${randomToken(6)}`, registrationNumber: "関東財務局長（電代）第77号" });
    const result = await registerConsoleClient(who === "admin" ? admin : sakuraOps, input, null);
    expect(result).toEqual({
      ok: false,
      errors: { registrationNumber: "登録番号「関東財務局長（電代）第77号」は エメラダ株式会社 の登録番号です。1つの登録番号で登録できる電子決済等代行業者は1社だけです。" },
    });
    expect(await db.aggregator.count({ where: { name: input.aggregatorName } })).toBe(0);
    expect(await db.aggregator.count({ where: { registrationNumber: "関東財務局長（電代）第77号" } })).toBe(1);
  });

  it("refuses an operator of every institution moving a known aggregator onto another company's 登録番号", async () => {
    const first = form();
    expect((await registerConsoleClient(admin, first, null)).ok).toBe(true);
    const result = await registerConsoleClient(admin, form({ aggregatorName: first.aggregatorName, registrationNumber: "関東財務局長（電代）第77号" }), null);
    expect(result).toMatchObject({ ok: false, errors: { registrationNumber: expect.stringContaining("エメラダ株式会社 の登録番号です") } });
    expect(await numberOf(first.aggregatorName)).toBe(first.registrationNumber);
  });

  it.each([
    ["an operator of kita", "kita"],
    ["an operator of every institution", "admin"],
  ])("refuses %s a 個人 連携開始日 at kita, which offers 法人 only, beside the field", async (_name, who) => {
    const input = form({ since: [{ institutionId: kita, personal: "2026-04-01", corporate: "2026-04-01" }] });
    const result = await registerConsoleClient(who === "kita" ? kitaOps : admin, input, null);
    expect(result).toEqual({ ok: false, errors: { since: "きた信用組合は個人の連携を提供していません。個人の連携開始日は空欄にしてください。" } });
    expect(await db.aggregator.count({ where: { name: input.aggregatorName } })).toBe(0);
  });

  it("registers at kita for 法人 only, though the client offers both channels elsewhere", async () => {
    const result = await registerConsoleClient(admin, form({ since: [{ institutionId: sakura, personal: "2026-04-01", corporate: "" }, { institutionId: kita, personal: "", corporate: "2026-04-01" }] }), null);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const rows = await db.clientInstitution.findMany({ where: { client: { clientId: result.clientId } }, select: { institutionId: true, personalSince: true, corporateSince: true } });
    expect(rows).toEqual(expect.arrayContaining([
      { institutionId: sakura, personalSince: "2026-04-01", corporateSince: null },
      { institutionId: kita, personalSince: null, corporateSince: "2026-04-01" },
    ]));
  });
});

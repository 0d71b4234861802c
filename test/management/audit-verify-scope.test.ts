// The whole-chain audit verification reads every institution's entries: only an operator of every
// institution may run it, three times a minute across every operator (lib/console/verify-audit-chain-as-operator.ts).
// The console page shows the refusal in Japanese, and shows an operator of one institution no button.
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { loadOperatorScope } from "@/lib/console/load-operator-scope";
import { AUDIT_VERIFY_COUNTER, verifyAuditChainAsOperator } from "@/lib/console/verify-audit-chain-as-operator";
import { signInOperator } from "../support/operator-sign-in";

const baseUrl = inject("baseUrl");
const scopeOf = async (loginId: string) => {
  const op = await db.operator.findUniqueOrThrow({ where: { loginId }, select: { id: true } });
  return (await loadOperatorScope(op.id))!;
};

describe("the audit chain's verification", () => {
  it("is refused to an operator of one institution, on the page too, without a button", async () => {
    expect(await verifyAuditChainAsOperator(await scopeOf("ops-sakura"))).toEqual({ kind: "forbidden" });
    const cookie = (await signInOperator(baseUrl, "ops-sakura", "Operator-pass-1"))!;
    const page = await (await fetch(`${baseUrl}/console/audit?verify=1`, { headers: { cookie } })).text();
    expect(page).toContain("ハッシュチェーンの検証は、全金融機関の操作権限を持つ運用者のみ行えます。");
    expect(page).not.toContain("改ざんは検出されませんでした");
    expect(page).not.toContain("ハッシュチェーンを検証する");
  });

  it("runs for an operator of every institution three times a minute, then is throttled", async () => {
    await db.rateLimit.deleteMany({ where: { key: AUDIT_VERIFY_COUNTER.key } });
    const admin = await scopeOf("ops-admin");
    for (let i = 0; i < 3; i++) expect(await verifyAuditChainAsOperator(admin)).toMatchObject({ kind: "report", report: { ok: true } });
    expect(await verifyAuditChainAsOperator(admin)).toEqual({ kind: "throttled" });
    const cookie = (await signInOperator(baseUrl, "ops-admin", "Operator-pass-1"))!;
    const page = await (await fetch(`${baseUrl}/console/audit?verify=1`, { headers: { cookie } })).text();
    expect(page).toContain("ハッシュチェーンの検証は1分間に3回までです。");
    await db.rateLimit.deleteMany({ where: { key: AUDIT_VERIFY_COUNTER.key } });
  });
});

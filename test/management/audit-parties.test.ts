// The readable audit log names both parties of an operator's entry by who they are: the operator who
// acted, and the operator acted upon (stored by row id) — not the actor twice.
import { describe, expect, it } from "vitest";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { createOperator } from "@/lib/console/create-operator";
import { describeAuditParties } from "@/lib/console/describe-audit-parties";

describe("the audit log's parties", () => {
  it("names the operator created, not the one who created it", async () => {
    const loginId = `ops-parties-${randomInt(1e9)}`;
    const created = await createOperator({ loginId, name: "監査 花子", password: "Operator-pass-7-long", institutions: ["sakura"] }, "ops-admin");
    expect(created.ok).toBe(true);
    const row = await db.auditEvent.findFirstOrThrow({ where: { action: "operator.created", targetId: created.ok ? created.id : "" } });
    const [parties] = await describeAuditParties([row]);
    expect(parties!.actor).toMatchObject({ kind: "運用担当者", detail: "ログインID ops-admin" });
    expect(parties!.target).toEqual({ kind: "運用担当者", name: "監査 花子", detail: `ログインID ${loginId}` });
  });

  it("shows a sign-in to an ID that names nobody by the ID as typed", async () => {
    const [parties] = await describeAuditParties([{ actorType: "operator", actorId: "nobody-here", targetType: "operator", targetId: null }]);
    expect(parties!.target).toMatchObject({ kind: "運用担当者", name: "（登録のないログインID）", detail: "ログインID nobody-here" });
  });
});

// Every action the code writes to the audit log has a Japanese name, and details read as labelled
// fields: the sources are read for the actions they record, so a new action without a name fails here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, auditActionLabel, auditGroupPrefix } from "./audit-action-label";
import { auditDetailFields } from "./audit-detail-fields";

const root = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === "generated" ? [] : sources(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

/** The action keys the sources record: string literals on `action:` lines, and the sign-in factors. */
function recordedActions(): string[] {
  const found = new Set<string>();
  for (const file of [...sources(path.join(root, "lib")), ...sources(path.join(root, "app"))]) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!/\baction:/.test(line) || line.includes("startsWith")) continue;
      for (const m of line.matchAll(/"([a-z][a-z_-]*(?:\.[a-z][a-z_-]*)+)"/g)) found.add(m[1]!);
    }
  }
  // lib/auth/record-attempt.ts writes login.<factor>.<success|failure> for each factor of lib/auth/check-factor.ts
  const factors = readFileSync(path.join(root, "lib/auth/check-factor.ts"), "utf8").match(/export type TFactor = ([^;]+);/)![1]!.match(/"([a-z]+)"/g)!;
  for (const f of factors) for (const outcome of ["success", "failure"]) found.add(`login.${f.slice(1, -1)}.${outcome}`);
  return [...found].sort();
}

describe("audit log labels", () => {
  it("names every action the code records", () => {
    const actions = recordedActions();
    expect(actions).toContain("grant.revoked");
    expect(actions).toContain("login.otp.success");
    const unnamed = actions.filter((a) => auditActionLabel(a) === a);
    expect(unnamed).toEqual([]);
  });

  it("names sign-in steps by factor and outcome", () => {
    expect(auditActionLabel("login.otp.success")).toBe("本人確認（ワンタイムパスワード）成功");
    expect(auditActionLabel("login.pin.failure")).toBe("本人確認（照会用暗証番号）失敗");
  });

  it("shows an action this version does not know by its key", () => {
    expect(auditActionLabel("something.new")).toBe("something.new");
  });

  it("lists every named action once in the filter", () => {
    const keys = AUDIT_ACTIONS.flatMap((g) => Object.keys(g.actions));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("gives every 操作 filter option a value of its own, and a group's prefix takes in only that group", () => {
    const values = AUDIT_ACTIONS.flatMap((g) => [auditGroupPrefix(g), ...Object.keys(g.actions)]).filter((v) => v !== null);
    expect(new Set(values).size).toBe(values.length);
    const all = AUDIT_ACTIONS.flatMap((g) => Object.keys(g.actions));
    for (const group of AUDIT_ACTIONS) {
      const prefix = auditGroupPrefix(group);
      if (prefix) expect(all.filter((k) => k.startsWith(prefix)).sort()).toEqual(Object.keys(group.actions).sort());
    }
    expect(auditGroupPrefix(AUDIT_ACTIONS.find((g) => g.group === "お客さまの本人確認")!)).toBe("login.");
    expect(Object.keys(AUDIT_ACTIONS.find((g) => g.group === "お客さまの本人確認")!.actions)).toContain("login.passed");
  });

  it("names the factors of a completed sign-in in Japanese, not by the key factors", () => {
    expect(auditDetailFields(JSON.stringify({ factors: ["password", "otp"] }))).toEqual([{ label: "合格した認証要素", value: "パスワード・ワンタイムパスワード" }]);
    expect(auditDetailFields(JSON.stringify({ loginId: "ops", institutions: "all" }))).toEqual([
      { label: "ログインID", value: "ops" },
      { label: "担当する金融機関", value: "すべての金融機関" },
    ]);
  });

  it("reads details as labelled fields", () => {
    expect(auditDetailFields(JSON.stringify({ client: "rk_x", scopes: ["balances", "transactions"], accounts: 2, keptGrantId: false }))).toEqual([
      { label: "クライアント", value: "rk_x" },
      { label: "業務", value: "残高照会・入出金明細照会" },
      { label: "口座数", value: "2口座" },
      { label: "連携IDを引き継ぎ", value: "いいえ" },
    ]);
    expect(auditDetailFields(JSON.stringify({ by: "operator", reason: "お客さまの申し出" }))).toEqual([
      { label: "停止の主体", value: "金融機関" },
      { label: "理由", value: "お客さまの申し出" },
    ]);
    expect(auditDetailFields(JSON.stringify({ reasons: ["new_device", "new_network"] }))).toEqual([{ label: "リスク判定の理由", value: "はじめての端末・はじめてのネットワーク" }]);
    expect(auditDetailFields(JSON.stringify({ before: { personalSince: null, corporateSince: "2026-04-01" } }))).toEqual([{ label: "変更前", value: "連携開始日（個人）: —、連携開始日（法人）: 2026-04-01" }]);
    expect(auditDetailFields("{}")).toEqual([]);
    expect(auditDetailFields(JSON.stringify({ unknownKey: 1 }))).toEqual([{ label: "unknownKey", value: "1" }]);
  });
});

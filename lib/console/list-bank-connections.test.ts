// The bank connection settings (set by `npm run renkei -- institution core`, audited) and what the console shows of
// them: only the operator's institutions, the mode, and the state of the transport after real calls.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BankConnectionsTable } from "@/components/console/bank-connections-table";
import { bankTransportFor } from "@/lib/bank/transport/bank-transport";
import { transportRegistry } from "@/lib/bank/transport/transport-registry";
import { db } from "@/lib/db";
import { getInstitution } from "@/lib/institutions/get-institution";
import { setCoreSettings } from "@/lib/bank/transport/set-core-settings";
import { extraServerPort } from "@/test/env";
import { ownDatabase } from "@/test/support/own-database";
import { listBankConnections } from "./list-bank-connections";
import type { TOperatorScope } from "./operator-scope";

const deadPort = extraServerPort("bankTransport", 2);
const cli = (...args: string[]) => {
  try {
    return { code: 0, out: execFileSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/renkei.ts", ...args], { env: process.env, encoding: "utf8", stdio: "pipe" }) };
  } catch (error) {
    const e = error as { status: number; stderr: string };
    return { code: e.status, out: e.stderr };
  }
};
let ids: Record<string, string> = {};
const scope = (institutionIds: string[], all = false): TOperatorScope => ({ operatorId: "op", loginId: "op", name: "op", all, institutionIds });

beforeAll(async () => {
  await ownDatabase({ seed: true });
  ids = Object.fromEntries((await db.institution.findMany({ select: { id: true, slug: true } })).map((i) => [i.slug, i.id]));
});
afterAll(() => transportRegistry().closeAll());

describe("institution core", () => {
  it("sets http mode from the command line, audited, with the secret's variable name and never its value", { timeout: 60_000 }, () => {
    const ran = cli("institution", "core", "--slug", "minato", "--mode", "http", "--base-url", `http://127.0.0.1:${deadPort}/renkei`, "--timeout-ms", "300", "--bearer-env", "MINATO_GATEWAY_SECRET");
    expect(ran).toMatchObject({ code: 0 });
    expect(ran.out).toContain(`institution minato: http http://127.0.0.1:${deadPort}/renkei (timeout 300 ms`);
  });

  it("refuses what it cannot use, naming the problem, and changes nothing", { timeout: 90_000 }, () => {
    expect(cli("institution", "core", "--slug", "sakura", "--mode", "http", "--base-url", "http://gw.example.jp")).toMatchObject({ code: 1, out: expect.stringMatching(/baseUrl: http:\/\/ only to a loopback/) });
    expect(cli("institution", "core", "--slug", "sakura", "--mode", "http", "--base-url", "https://gw.example.jp", "--cert", "c.pem")).toMatchObject({ code: 1, out: expect.stringMatching(/all three/) });
    expect(cli("institution", "core", "--slug", "nowhere", "--mode", "embedded")).toMatchObject({ code: 1, out: expect.stringMatching(/unknown institution: nowhere/) });
  });

  it("refuses mTLS files it cannot read", async () => {
    const result = await setCoreSettings("sakura", { mode: "http", baseUrl: "https://gw.example.jp", auth: { kind: "mtls", certFile: "/nope/c.pem", keyFile: "/nope/k.pem", caFile: "/nope/ca.pem" } }, { type: "operator", id: "t" });
    expect(result).toEqual({ ok: false, message: "a certificate, key or CA file cannot be read (ENOENT)" });
    expect((await db.institution.findUnique({ where: { slug: "sakura" }, select: { settings: true } }))!.settings).not.toContain("gw.example.jp");
  });

  it("keeps the change and its audit entry together", async () => {
    const row = await db.institution.findUnique({ where: { slug: "minato" }, select: { settings: true } });
    expect(JSON.parse(row!.settings).core).toMatchObject({ mode: "http", timeoutMs: 300, auth: { kind: "bearer", secretEnv: "MINATO_GATEWAY_SECRET" } });
    const audit = await db.auditEvent.findFirst({ where: { action: "institution.core-changed", targetId: "minato" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ actorType: "operator", actorId: "cli", institutionId: ids.minato });
    expect(JSON.parse(audit!.details)).toMatchObject({ before: { mode: "embedded" }, after: { mode: "http", auth: { secretEnv: "MINATO_GATEWAY_SECRET" } } });
  });
});

describe("the console's bank connections", () => {
  it("shows an operator only their institutions", async () => {
    expect((await listBankConnections(scope([ids.sakura]))).map((r) => r.slug)).toEqual(["sakura"]);
    expect((await listBankConnections(scope(Object.values(ids), true))).map((r) => [r.slug, r.mode])).toEqual([["kita", "embedded"], ["minato", "http"], ["sakura", "embedded"]]);
  });

  it("shows the circuit, the latency and the last failure of real calls", async () => {
    process.env.MINATO_GATEWAY_SECRET = "the-secret";
    const minato = (await getInstitution("minato"))!;
    await expect(bankTransportFor(minato).request({ operation: "listAccounts", method: "GET", path: "/accounts", idempotent: true })).rejects.toMatchObject({ category: "network" });
    const [row] = await listBankConnections(scope([ids.minato]));
    expect(row).toMatchObject({ mode: "http", circuit: "closed", latency: { calls: 1 }, lastError: { category: "network" } });
    const html = renderToStaticMarkup(BankConnectionsTable({ rows: [row] }));
    expect(html).toContain("HTTP 接続");
    expect(html).toContain("正常（接続中）");
    expect(html).toContain("接続できない");
    expect(html).not.toContain("the-secret");
  });
});

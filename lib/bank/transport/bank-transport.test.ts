// bankTransportFor: one transport per institution while its core settings hold; the settings' rules for a connection.
import { afterAll, describe, expect, it } from "vitest";
import { ZCoreSettings, ZInstitutionSettings } from "@/lib/institutions/settings";
import { bankTransportFor } from "./bank-transport";
import { bankConnectionStateOf } from "./bank-connection-state-of";
import { transportRegistry } from "./transport-registry";

const base = { channels: ["personal"], login: { personal: [{ kind: "login-id" }] }, steps: {} };
const institution = (core: unknown) => ({ id: "inst-1", slug: "sakura", settings: ZInstitutionSettings.parse({ ...base, core }) });

afterAll(() => transportRegistry().closeAll());

describe("bankTransportFor", () => {
  it("keeps one transport per institution until its core settings change", () => {
    const http = institution({ mode: "http", baseUrl: "http://127.0.0.1:3900" });
    const first = bankTransportFor(http);
    expect(bankTransportFor(institution({ mode: "http", baseUrl: "http://127.0.0.1:3900" }))).toBe(first);
    expect(bankTransportFor(institution({ mode: "http", baseUrl: "http://127.0.0.1:3900", timeoutMs: 500 }))).not.toBe(first);
  });

  it("refuses an institution in embedded mode, whose seams never reach a bank", () => {
    expect(() => bankTransportFor(institution(undefined))).toThrow(/embedded/);
  });

  it("shows embedded, or an http connection before its first call, to the console", () => {
    expect(bankConnectionStateOf(institution(undefined))).toEqual({ mode: "embedded", circuit: "closed", latency: null, lastError: null });
    expect(bankConnectionStateOf(institution({ mode: "http", baseUrl: "https://gw.example.jp/renkei" }))).toMatchObject({ mode: "http", latency: null });
  });
});

describe("the core settings", () => {
  it("default to embedded, with a 2 s timeout", () => {
    expect(ZInstitutionSettings.parse(base).core).toMatchObject({ mode: "embedded", timeoutMs: 2000 });
  });

  it.each([
    [{ mode: "http" }, "baseUrl"],
    [{ mode: "http", baseUrl: "http://gw.example.jp" }, "baseUrl"],
    [{ mode: "http", baseUrl: "https://user:pw@gw.example.jp" }, "baseUrl"],
    [{ mode: "http", baseUrl: "https://gw.example.jp", auth: { kind: "bearer", secretEnv: "lower-case" } }, "auth"],
    [{ mode: "http", baseUrl: "https://gw.example.jp", timeoutMs: 10 }, "timeoutMs"],
  ])("refuse %j", (core, field) => {
    const result = ZCoreSettings.safeParse(core);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path[0]).toBe(field);
  });

  it("take https, or http to this machine", () => {
    expect(ZCoreSettings.safeParse({ mode: "http", baseUrl: "https://gw.example.jp/renkei/v1" }).success).toBe(true);
    expect(ZCoreSettings.safeParse({ mode: "http", baseUrl: "http://localhost:3900" }).success).toBe(true);
  });
});

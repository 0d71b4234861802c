// Loopback targets only in the demo (lib/http/loopback-allowed.ts): the rule of the demo data, nothing else —
// RENKEI_PRODUCTION no longer exists, NODE_ENV decides nothing.
import { describe, expect, it } from "vitest";
import { loopbackAllowed } from "./loopback-allowed";
import { redirectUriProblem } from "@/lib/oauth/registration/client-metadata";

describe("loopbackAllowed", () => {
  it.each([
    ["the embedded default (npm start on a fresh clone)", {}, true],
    ["the embedded default with NODE_ENV=production", { NODE_ENV: "production" }, true],
    ["RENKEI_DEMO=1 on PostgreSQL (a shared sandbox, the test suites)", { RENKEI_DEMO: "1", DATABASE_URL: "postgresql://r:x@db:5432/r" }, true],
    ["PostgreSQL (the README's production start)", { DATABASE_URL: "postgresql://r:x@db:5432/r" }, false],
    ["another SQLite file", { DATABASE_URL: "file:/var/lib/renkei/prod.db" }, false],
    ["RENKEI_DEMO=0 on the embedded file", { RENKEI_DEMO: "0" }, false],
    ["RENKEI_PRODUCTION=0 on PostgreSQL (gone: it turns nothing back on)", { RENKEI_PRODUCTION: "0", DATABASE_URL: "postgresql://r:x@db:5432/r" }, false],
  ])("%s: %s", (_name, env, allowed) => {
    expect(loopbackAllowed(env)).toBe(allowed);
  });
});

describe("redirectUriProblem and loopback", () => {
  it("allows http on a loopback host in the demo, and refuses every loopback host outside it", () => {
    const saved = { demo: process.env.RENKEI_DEMO };
    try {
      process.env.RENKEI_DEMO = "1";
      expect(redirectUriProblem("http://localhost:8080/callback")).toBeNull();
      expect(redirectUriProblem("http://127.0.0.1:8500/v1/agent/service/deregister/x")).toBeNull();
      process.env.RENKEI_DEMO = "0";
      for (const uri of ["http://localhost:8080/callback", "https://localhost/cb", "http://127.0.0.1:8500/cb", "https://[::1]/cb"]) {
        expect(redirectUriProblem(uri)).toBe("must not name a loopback host outside the demo");
      }
      expect(redirectUriProblem("https://app.example/cb")).toBeNull();
    } finally {
      if (saved.demo === undefined) delete process.env.RENKEI_DEMO;
      else process.env.RENKEI_DEMO = saved.demo;
    }
  });
});

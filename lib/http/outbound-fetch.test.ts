// The guarded outbound fetch against real HTTP servers on loopback: it refuses private and link-local
// targets before connecting (also when a name resolves to one), follows no redirect, stops reading at
// the size limit, gives up at its deadline, and checks the URL rules (https, loopback http in development only).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OutboundRefused, OutboundTimeout, OutboundTooLarge, outboundFetch } from "./outbound-fetch";
import { outboundUrlProblem } from "./outbound-url-problem";

let server: http.Server;
let base: string;
let hits = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits++;
    if (req.url === "/redirect") return void res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data" }).end();
    if (req.url === "/big") return void res.writeHead(200).end("x".repeat(10_000));
    if (req.url === "/slow") {
      res.writeHead(200);
      res.write("a");
      return; // never ends
    }
    if (req.url === "/echo") {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => res.writeHead(202, { "content-type": "text/plain" }).end(`${req.method} ${req.headers["content-type"]} ${body}`));
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://localhost:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
// the demo (lib/config/demo-data-wanted.ts) allows loopback targets; each test outside it says so
beforeEach(() => {
  process.env.RENKEI_DEMO = "1";
});
afterEach(() => {
  delete process.env.RENKEI_DEMO;
});

describe("outboundFetch", () => {
  it("sends the request and returns the answer", async () => {
    const res = await outboundFetch(`${base}/echo`, { method: "POST", headers: { "content-type": "application/secevent+jwt" }, body: "a.b.c" });
    expect(res.status).toBe(202);
    expect(await res.text()).toBe("POST application/secevent+jwt a.b.c");
  });

  it("does not follow a redirect", async () => {
    const res = await outboundFetch(`${base}/redirect`);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toContain("169.254.169.254");
  });

  it("stops reading at the size limit", async () => {
    await expect(outboundFetch(`${base}/big`, { maxBytes: 1000 })).rejects.toBeInstanceOf(OutboundTooLarge);
    expect((await outboundFetch(`${base}/big`, { maxBytes: 20_000 })).status).toBe(200);
  });

  it("gives up at its deadline even while the body trickles", async () => {
    await expect(outboundFetch(`${base}/slow`, { timeoutMs: 300 })).rejects.toBeInstanceOf(OutboundTimeout);
  });

  it.each([
    ["https://10.0.0.1/events", /private address/],
    ["https://169.254.169.254/latest/meta-data", /link-local/],
    ["https://[fd00::1]/jwks", /unique local/],
    ["https://[::ffff:192.168.0.1]/jwks", /private address/],
    ["http://example.com/events", /must be https/],
    ["https://user:pw@example.com/events", /user name or password/],
  ])("refuses %s before connecting", async (url, reason) => {
    const before = hits;
    const refusal = outboundFetch(url);
    await expect(refusal).rejects.toBeInstanceOf(OutboundRefused);
    await expect(refusal).rejects.toThrow(reason);
    expect(hits).toBe(before);
  });

  it("refuses a name that resolves to a private address, checking every address it has", async () => {
    const lookup = async () => [{ address: "93.184.215.14", family: 4 }, { address: "10.1.2.3", family: 4 }];
    await expect(outboundFetch("https://aggregator.example/events", { lookup })).rejects.toThrow(/aggregator\.example resolves to 10\.1\.2\.3 is a private address/);
  });

  it("connects to the address it checked, not to a second answer of the resolver", async () => {
    // a server on 127.0.0.2 only: "localhost" reaches it only through the address the check pinned
    const pinned = http.createServer((_req, res) => res.writeHead(200).end("pinned"));
    await new Promise<void>((resolve) => pinned.listen(0, "127.0.0.2", resolve));
    let calls = 0;
    const lookup = async () => (calls++ === 0 ? [{ address: "127.0.0.2", family: 4 }] : [{ address: "10.9.9.9", family: 4 }]);
    try {
      const res = await outboundFetch(`http://localhost:${(pinned.address() as AddressInfo).port}/`, { lookup });
      expect(await res.text()).toBe("pinned");
      expect(calls).toBe(1);
    } finally {
      await new Promise((resolve) => pinned.close(resolve));
    }
  });

  it.each([
    ["RENKEI_DEMO=0", { RENKEI_DEMO: "0" }],
    ["a PostgreSQL start", { RENKEI_DEMO: "", DATABASE_URL: "postgresql://renkei:x@db.internal:5432/renkei" }],
  ])("refuses loopback outside the demo (%s), before connecting", async (_name, env) => {
    const saved = process.env.DATABASE_URL;
    Object.assign(process.env, env);
    const before = hits;
    try {
      await expect(outboundFetch(`${base}/echo`, { method: "POST", body: "x" })).rejects.toBeInstanceOf(OutboundRefused);
      const lookup = async () => [{ address: "127.0.0.1", family: 4 }];
      await expect(outboundFetch("https://looks-public.example/", { lookup })).rejects.toThrow(/loopback/);
      expect(hits).toBe(before);
    } finally {
      process.env.DATABASE_URL = saved;
    }
  });
});

describe("outboundUrlProblem", () => {
  it.each([
    ["https://aggregator.example/events", null],
    ["http://localhost:8080/events", null],
    ["http://127.0.0.1:8080/events", null],
    ["http://[::1]:8080/events", null],
    ["http://aggregator.example/events", "must be https"],
    ["ftp://aggregator.example/events", "must be https"],
    ["https://aggregator.example/events#x", "fragment"],
    ["https://10.0.0.8/events", "private"],
    ["not a url", "is not a URL"],
  ])("%s", (url, problem) => {
    if (problem === null) expect(outboundUrlProblem(url)).toBeNull();
    else expect(outboundUrlProblem(url)).toContain(problem);
  });

  it("allows no loopback host outside the demo", () => {
    process.env.RENKEI_DEMO = "0";
    expect(outboundUrlProblem("http://localhost:8080/events")).toContain("must be https");
    expect(outboundUrlProblem("https://localhost/events")).toContain("loopback");
    expect(outboundUrlProblem("https://127.0.0.1/events")).toContain("loopback");
  });
});

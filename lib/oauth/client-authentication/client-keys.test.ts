// A client's jwks_uri is fetched through the guarded outbound fetch (lib/http/outbound-fetch.ts): a key
// set on a reachable host verifies assertions; one behind a private address, or behind a redirect to
// the metadata service, is never read — jose's own fetch would have followed neither rule.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, jwtVerify, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientKeys } from "./client-keys";

let server: http.Server;
let port = 0;
const requests: string[] = [];
let privateKey: CryptoKey;
let jwks = "";

beforeAll(async () => {
  const pair = await generateKeyPair("ES256");
  privateKey = pair.privateKey;
  jwks = JSON.stringify({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "ES256" }] });
  server = http.createServer((req, res) => {
    requests.push(req.url ?? "");
    if (req.url === "/moved") return void res.writeHead(301, { location: "http://169.254.169.254/jwks" }).end();
    res.writeHead(200, { "content-type": "application/json" }).end(jwks);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const assertion = () => new SignJWT({ sub: "c" }).setProtectedHeader({ alg: "ES256", kid: "k1" }).setIssuedAt().sign(privateKey);

describe("clientKeys with a jwks_uri", () => {
  it("verifies with the key set of a reachable host", async () => {
    const keys = clientKeys({ clientId: "keys-ok", jwks: null, jwksUri: `http://localhost:${port}/jwks` })!;
    await expect(jwtVerify(await assertion(), keys)).resolves.toMatchObject({ payload: { sub: "c" } });
    expect(requests).toContain("/jwks");
  });

  it("never fetches from a private address", async () => {
    const keys = clientKeys({ clientId: "keys-private", jwks: null, jwksUri: "https://10.20.30.40/jwks" })!;
    await expect(jwtVerify(await assertion(), keys)).rejects.toThrow(/private address/);
  });

  it("does not follow a redirect", async () => {
    const before = requests.length;
    const keys = clientKeys({ clientId: "keys-moved", jwks: null, jwksUri: `http://localhost:${port}/moved` })!;
    await expect(jwtVerify(await assertion(), keys)).rejects.toThrow(/Expected 200 OK/);
    expect(requests.slice(before)).toEqual(["/moved"]);
  });
});

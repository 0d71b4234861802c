// The built-in demo aggregator's signing key (ES256), created once in the data folder. Its public half
// is registered by the seed like any client's JWKS; /demo signs its client assertions with the private half.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { exportJWK, generateKeyPair, type JWK } from "jose";

export type TDemoAggregatorKey = { privateJwk: JWK; publicJwk: JWK };

export async function loadOrCreateDemoAggregatorKey(): Promise<TDemoAggregatorKey> {
  const file = path.resolve(process.env.RENKEI_DATA_DIR || ".data", "demo-aggregator", "private-key.jwk.json");
  if (!existsSync(file)) {
    const { privateKey } = await generateKeyPair("ES256", { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), alg: "ES256", use: "sig", kid: `demo-${Date.now().toString(36)}` };
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, JSON.stringify(jwk, null, 2), { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  const privateJwk = JSON.parse(readFileSync(file, "utf8")) as JWK;
  const { d: _d, ...publicJwk } = privateJwk;
  return { privateJwk, publicJwk };
}

// Synchronous ES256 JWS for the load generator: autocannon's setupRequest cannot await, and every
// request needs its own DPoP proof (RFC 9449 §4.2) and client assertion (RFC 7523 §3), each with a
// fresh jti. node:crypto signs synchronously; jose is used only to make the keys.
import { createHash, createPrivateKey, randomUUID, sign, type KeyObject } from "node:crypto";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from "jose";

export type TBenchKey = { privateKey: KeyObject; publicJwk: JWK; jkt: string };

export async function benchKey(kid?: string): Promise<TBenchKey> {
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), ...(kid ? { kid, alg: "ES256", use: "sig" } : {}) };
  const privateJwk = await exportJWK(privateKey);
  return { privateKey: createPrivateKey({ key: privateJwk as import("node:crypto").JsonWebKey, format: "jwk" }), publicJwk, jkt: await calculateJwkThumbprint(publicJwk) };
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

export function signEs256(header: Record<string, unknown>, payload: Record<string, unknown>, key: KeyObject): string {
  const input = `${b64({ alg: "ES256", ...header })}.${b64(payload)}`;
  return `${input}.${sign("sha256", Buffer.from(input), { key, dsaEncoding: "ieee-p1363" }).toString("base64url")}`;
}

/** A DPoP proof for one request; `accessToken` adds ath (RFC 9449 §4.2). */
export function dpopProof(key: TBenchKey, method: string, url: string, accessToken?: string): string {
  const u = new URL(url);
  return signEs256(
    { typ: "dpop+jwt", jwk: { kty: key.publicJwk.kty, crv: key.publicJwk.crv, x: key.publicJwk.x, y: key.publicJwk.y } },
    {
      htm: method, htu: `${u.origin}${u.pathname}`, jti: randomUUID(), iat: Math.floor(Date.now() / 1000),
      ...(accessToken ? { ath: createHash("sha256").update(accessToken).digest("base64url") } : {}),
    },
    key.privateKey,
  );
}

/** A private_key_jwt client assertion (RFC 7523 §3), one minute long. */
export function clientAssertion(key: TBenchKey, clientId: string, audience: string): string {
  const now = Math.floor(Date.now() / 1000);
  return signEs256({ kid: key.publicJwk.kid }, { iss: clientId, sub: clientId, aud: audience, jti: randomUUID(), iat: now, exp: now + 60 }, key.privateKey);
}

export const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

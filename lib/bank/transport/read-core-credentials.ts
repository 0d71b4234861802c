// The credentials Renkei presents to a bank's gateway, read where the operator's deployment keeps them — never from
// the database or a command line: a bearer secret from the environment variable the settings name, an mTLS client
// certificate, key and CA from their files. A missing one is "misconfigured" (every call answers 503), not a crash.
import { readFileSync } from "node:fs";
import type { TCoreAuth } from "@/lib/institutions/settings";

export type TCoreCredentials =
  | { ok: true; authorization?: string; tls?: { cert: Buffer; key: Buffer; ca: Buffer } }
  | { ok: false; problem: string };

export function readCoreCredentials(auth: TCoreAuth | undefined, env: Record<string, string | undefined> = process.env): TCoreCredentials {
  if (!auth) return { ok: true };
  if (auth.kind === "bearer") {
    const secret = env[auth.secretEnv];
    // the problem names the variable, never its value
    if (!secret) return { ok: false, problem: `environment variable ${auth.secretEnv} is not set` };
    return { ok: true, authorization: `Bearer ${secret}` };
  }
  try {
    return { ok: true, tls: { cert: readFileSync(auth.certFile), key: readFileSync(auth.keyFile), ca: readFileSync(auth.caFile) } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    return { ok: false, problem: `a certificate, key or CA file cannot be read (${code})` };
  }
}

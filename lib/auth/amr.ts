// How the customer authenticated, as RFC 8176 Authentication Method Reference values — stored on the grant
// (Grant.amr), shown to the operator and returned by introspection (RFC 7662):
//   password → pwd       ワンタイムパスワード → otp       追加認証 answer → kba
//   certificate → swk    (a TLS client certificate's key in the browser's store: a software key)
//   passkey → hwk (device-bound: not backup eligible) or swk (synced: backup eligible), and user
//             (the authenticator's user-presence test); user verification was required, so it is mfa alone
//   mfa      whenever factors of two kinds were used (something known and something held)
export type TAuthFactor = "password" | "otp" | "certificate" | "answer" | "passkey";
export type TPasskeyKey = "hwk" | "swk";

const KNOWN = new Set(["pwd", "kba"]);
const HELD = new Set(["otp", "swk", "hwk"]);

export function amrOf(factors: readonly string[], passkeyKey?: TPasskeyKey): string[] {
  const amr: string[] = [];
  const add = (value: string) => { if (!amr.includes(value)) amr.push(value); };
  for (const factor of factors) {
    if (factor === "password") add("pwd");
    else if (factor === "otp") add("otp");
    else if (factor === "answer") add("kba");
    else if (factor === "certificate") add("swk");
    else if (factor === "passkey") { add(passkeyKey ?? "hwk"); add("user"); }
  }
  const multi = factors.includes("passkey") || (amr.some((v) => KNOWN.has(v)) && amr.some((v) => HELD.has(v)));
  if (multi) add("mfa");
  return amr;
}

/** The key kind of a passkey, by its backup-eligible flag. */
export function passkeyKeyKind(backupEligible: boolean): TPasskeyKey {
  return backupEligible ? "swk" : "hwk";
}

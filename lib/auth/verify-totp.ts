// ワンタイムパスワード: TOTP (RFC 6238; SHA-1, 6 digits, 30 s, ±1 step for clock drift) with the
// otpauth library. A code is accepted once: its time step is recorded as a single-use record.
import "server-only";
import { TOTP } from "otpauth";
import { decryptSecret } from "./data-key";
import { consumeJti } from "./consume-jti";

export async function verifyTotp(userId: string, sealedSecret: string | null, code: string): Promise<boolean> {
  if (!sealedSecret || !/^\d{6}$/.test(code)) return false;
  const totp = new TOTP({ secret: decryptSecret(sealedSecret), algorithm: "SHA1", digits: 6, period: 30 });
  const delta = totp.validate({ token: code, window: 1 });
  if (delta === null) return false;
  const step = Math.floor(Date.now() / 30_000) + delta;
  return consumeJti("otp", userId, String(step), new Date((step + 3) * 30_000));
}

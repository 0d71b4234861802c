// Whether a login that passed its factors must also answer 追加認証, by the one rule both doors use — the
// consent flow (lib/consent/finish-login.ts) and 連携サービスの確認・停止 (lib/links/actions.ts): the
// institution asks it (settings steps.additionalAuth), the customer has a secret question at the bank
// (lib/bank/customer-auth.ts), and the risk check (lib/auth/assess-risk.ts) finds the login unusual.
// After a passkey login (user-verified, phishing-resistant, multi-factor by itself) it is not asked unless the
// institution says so (settings passkeys.additionalAuth).
// Returns the reasons; none: nothing more to ask.
import "server-only";
import { customerAuthFor, type TBankInstitution } from "@/lib/bank/bank-for";
import { customerRefOf } from "@/lib/bank/local-refs";
import { assessRisk } from "./assess-risk";

export async function loginRiskReasons(input: { institution: TBankInstitution; userId: string; deviceHash: string | null; ip: string; passkey?: boolean }): Promise<string[]> {
  const { institution, userId } = input;
  if (!institution.settings.steps.additionalAuth) return [];
  if (input.passkey && !institution.settings.passkeys.additionalAuth) return [];
  const question = await customerAuthFor(institution).secretQuestion(await customerRefOf(institution, userId));
  return question ? assessRisk({ userId, deviceHash: input.deviceHash, ip: input.ip }) : [];
}

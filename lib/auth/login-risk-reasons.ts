// Whether a login that passed its factors must also answer 追加認証, by the one rule both doors use — the
// consent flow (lib/consent/finish-login.ts) and 連携サービスの確認・停止 (lib/links/actions.ts): the
// institution asks it (settings steps.additionalAuth), the customer has a secret question, and the risk
// check (lib/auth/assess-risk.ts) finds the login unusual. Returns the reasons; none: nothing more to ask.
import "server-only";
import { db } from "@/lib/db";
import type { TInstitutionSettings } from "@/lib/institutions/settings";
import { assessRisk } from "./assess-risk";

export async function loginRiskReasons(input: { settings: TInstitutionSettings; userId: string; deviceHash: string | null; ip: string }): Promise<string[]> {
  if (!input.settings.steps.additionalAuth) return [];
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { secretQuestion: true } });
  return user.secretQuestion ? assessRisk({ userId: input.userId, deviceHash: input.deviceHash, ip: input.ip }) : [];
}

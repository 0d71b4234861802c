// Risk-based 追加認証 (docs/seeds/004 手順2): asked when the login looks unusual.
//   new_device       the browser (renkei_browser cookie) never completed a login as this user
//   recent_failures  3 or more failed factors for this user in the last 24 hours
//   new_network      no completed login of this user from this IP range (/24, /48)
// "Completed" means every step the login was asked for passed, 追加認証 included when it was asked
// (lib/auth/record-login-passed.ts): a password that was right, followed by an abandoned 追加認証, makes
// nothing known, and neither does a certificate presented a moment ago.
import "server-only";
import { db } from "@/lib/db";
import { ipPrefix } from "./network";

export async function assessRisk(input: { userId: string; deviceHash: string | null; ip: string }): Promise<string[]> {
  const reasons: string[] = [];
  const passed = { userId: input.userId, factor: "login", success: true };
  const known = input.deviceHash
    ? await db.loginAttempt.findFirst({ where: { ...passed, deviceHash: input.deviceHash }, select: { id: true } })
    : null;
  if (!known) reasons.push("new_device");
  const failures = await db.loginAttempt.count({ where: { userId: input.userId, success: false, createdAt: { gte: new Date(Date.now() - 86_400_000) } } });
  if (failures >= 3) reasons.push("recent_failures");
  const network = await db.loginAttempt.findFirst({ where: { ...passed, ipPrefix: ipPrefix(input.ip) }, select: { id: true } });
  if (!network) reasons.push("new_network");
  return reasons;
}

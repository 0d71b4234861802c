// Risk-based 追加認証 (seed 004 手順2): asked when the login looks unusual.
//   new_device       the browser (renkei_browser cookie) never logged in successfully as this user
//   recent_failures  3 or more failed factors for this user in the last 24 hours
//   new_network      no successful login of this user from this IP range (/24, /48)
// "Logged in" means a successful password factor (every login variant ends with one, or with a
// certificate alone where no 追加認証 is used), so a certificate presented a moment ago does not make
// the device known. Computed before the current success is recorded.
import "server-only";
import { db } from "@/lib/db";
import { ipPrefix } from "./network";

export async function assessRisk(input: { userId: string; deviceHash: string | null; ip: string }): Promise<string[]> {
  const reasons: string[] = [];
  const known = input.deviceHash
    ? await db.loginAttempt.findFirst({ where: { userId: input.userId, deviceHash: input.deviceHash, factor: "password", success: true }, select: { id: true } })
    : null;
  if (!known) reasons.push("new_device");
  const failures = await db.loginAttempt.count({ where: { userId: input.userId, success: false, createdAt: { gte: new Date(Date.now() - 86_400_000) } } });
  if (failures >= 3) reasons.push("recent_failures");
  const network = await db.loginAttempt.findFirst({ where: { userId: input.userId, ipPrefix: ipPrefix(input.ip), factor: "password", success: true }, select: { id: true } });
  if (!network) reasons.push("new_network");
  return reasons;
}

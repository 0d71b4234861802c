// A company no registration has named yet: a name and a 登録番号 of its own. Registration through the
// environment's initial access token (bound to no aggregator) may only create a new aggregator, and a
// 登録番号 names one company (lib/oauth/registration/registration-aggregator-problem.ts), so each test registration
// through it names a fresh one.
// Plain node:crypto, so that the Playwright specs import it too.
import { randomBytes, randomInt } from "node:crypto";

export function newAggregator(name = "テストアグリゲーター株式会社"): { aggregator_name: string; aggregator_registration_number: string } {
  return { aggregator_name: `${name}-${randomBytes(6).toString("base64url")}`, aggregator_registration_number: `関東財務局長（電代）第${randomInt(100_000, 1_000_000_000)}号` };
}

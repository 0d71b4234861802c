// An initial access token issued, as an operator would, for the documentation's example company (株式会社サンプル,
// 関東財務局長（電代）第1234号: docs/for-aggregators.md, /docs and the OpenAPI examples), so that the tests that
// run the documented registration as written register it through a token issued for it
// (lib/oauth/registration/registration-aggregator-problem.ts). Reusable and valid for an hour.
import { db } from "@/lib/db";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";

export const SAMPLE_AGGREGATOR = { name: "株式会社サンプル", registrationNumber: "関東財務局長（電代）第1234号" };

export async function sampleAggregatorToken(): Promise<string> {
  const token = `iat_${randomToken()}`;
  await db.initialAccessToken.create({
    data: {
      tokenHash: hashToken(token), label: "docs example", createdBy: "test", expiresAt: new Date(Date.now() + 3_600_000),
      aggregatorName: SAMPLE_AGGREGATOR.name, aggregatorRegistrationNumber: SAMPLE_AGGREGATOR.registrationNumber,
    },
  });
  return token;
}

// Issues an initial access token for RFC 7591 registration, for one aggregator: its name and 登録番号 are
// fixed in the token, and a registration through it may name no other (lib/oauth/registration/registration-aggregator-problem.ts).
// For one institution of the operator's scope, or for every institution (operators of every institution
// only); valid for the hours the operator chose, and single-use when chosen. The token is returned once, to
// be shown once; only its hash is stored (lib/oauth/registration/verify-initial-access-token.ts compares hashes).
// The console and `npm run renkei -- iat create` both issue through here (the shell as an operator of every institution).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { aggregatorRefusalJa, registrationAggregatorProblem } from "@/lib/oauth/registration/registration-aggregator-problem";
import { issuesToFieldErrors } from "@/lib/forms/issues-to-field-errors";
import { assertCanActFor, type TOperatorScope } from "./operator-scope";

export const MAX_TOKEN_HOURS = 24 * 30;

export const ZIssueTokenSchema = z.object({
  institutionId: z.string().transform((v) => v || null),
  label: z.string().trim().min(1, "用途（ラベル）を入力してください。").max(100, "用途（ラベル）は100文字以内で入力してください。"),
  aggregatorName: z.string().trim().min(1, "電子決済等代行業者名を入力してください。").max(200, "電子決済等代行業者名は200文字以内で入力してください。"),
  registrationNumber: z.string().trim().min(1, "登録番号を入力してください。").max(100, "登録番号は100文字以内で入力してください。"),
  hours: z.coerce.number({ message: `有効期間は1〜${MAX_TOKEN_HOURS}時間で入力してください。` }).int(`有効期間は1〜${MAX_TOKEN_HOURS}時間で入力してください。`)
    .min(1, `有効期間は1〜${MAX_TOKEN_HOURS}時間で入力してください。`).max(MAX_TOKEN_HOURS, `有効期間は1〜${MAX_TOKEN_HOURS}時間で入力してください。`),
  singleUse: z.boolean(),
});
export type TIssueToken = z.input<typeof ZIssueTokenSchema>;

export type TIssueTokenResult = { ok: true; token: string; id: string; expiresAt: Date } | { ok: false; errors: Record<string, string> };

export async function issueInitialAccessToken(scope: TOperatorScope, input: TIssueToken, ip: string | null): Promise<TIssueTokenResult> {
  const parsed = ZIssueTokenSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issuesToFieldErrors(parsed.error.issues, (issue) => String(issue.path[0] ?? "label")) };
  const { institutionId, label, aggregatorName, registrationNumber, hours, singleUse } = parsed.data;
  assertCanActFor(scope, institutionId);
  // refuse now what every registration through the token would be refused: another company's 登録番号, or a known aggregator under another number
  const asked = { name: aggregatorName, registrationNumber };
  const identity = { name: true, registrationNumber: true } as const;
  const byName = await db.aggregator.findUnique({ where: { name: aggregatorName }, select: identity });
  const byNumber = await db.aggregator.findFirst({ where: { registrationNumber }, select: identity });
  const problem = registrationAggregatorProblem(asked, { byName, byNumber }, { kind: "token", aggregator: asked });
  if (problem) return { ok: false, errors: { [problem.field === "aggregator_name" ? "aggregatorName" : "registrationNumber"]: aggregatorRefusalJa(problem) } };
  const token = `iat_${randomToken()}`;
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  const row = await db.$transaction(async (tx) => {
    const created = await tx.initialAccessToken.create({
      data: {
        tokenHash: hashToken(token), label, institutionId, createdBy: scope.loginId, expiresAt,
        aggregatorName, aggregatorRegistrationNumber: registrationNumber, singleUse,
      },
      select: { id: true },
    });
    await appendAuditEvent(tx, {
      institutionId, actorType: "operator", actorId: scope.loginId, action: "initial-access-token.issued",
      targetType: "initial-access-token", targetId: created.id, ip, details: { label, aggregator: aggregatorName, hours, singleUse },
    });
    return created;
  });
  return { ok: true, token, id: row.id, expiresAt };
}

// Issues an initial access token for RFC 7591 §3 registration: for one institution of the operator's
// scope, or for every institution (operators of every institution only). The token is returned once,
// to be shown once; only its hash is stored (lib/oauth/verify-initial-access-token.ts compares hashes).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { assertCanActFor, type TOperatorScope } from "./operator-scope";

export const ZIssueTokenSchema = z.object({
  institutionId: z.string().transform((v) => v || null),
  label: z.string().trim().min(1, "用途（ラベル）を入力してください。").max(100),
  days: z.coerce.number().int().min(1, "有効日数は1〜365日で入力してください。").max(365, "有効日数は1〜365日で入力してください。"),
});

export async function issueInitialAccessToken(scope: TOperatorScope, input: unknown, ip: string | null): Promise<{ ok: true; token: string; id: string } | { ok: false; message: string }> {
  const parsed = ZIssueTokenSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "入力内容をご確認ください。" };
  const { institutionId, label, days } = parsed.data;
  assertCanActFor(scope, institutionId);
  const token = `iat_${randomToken()}`;
  const row = await db.$transaction(async (tx) => {
    const created = await tx.initialAccessToken.create({
      data: { tokenHash: hashToken(token), label, institutionId, createdBy: scope.loginId, expiresAt: new Date(Date.now() + days * 86_400_000) },
      select: { id: true },
    });
    await appendAuditEvent(tx, {
      institutionId, actorType: "operator", actorId: scope.loginId, action: "initial-access-token.issued",
      targetType: "initial-access-token", targetId: created.id, ip, details: { label, days },
    });
    return created;
  });
  return { ok: true, token, id: row.id };
}

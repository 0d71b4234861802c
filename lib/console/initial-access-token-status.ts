// The one status word of an initial access token, as the console's 初期アクセストークン list shows it:
// 失効 (an operator revoked it) before 使用済み (a single-use token spent by its registration) before
// 期限切れ (past its expiry) — the first that applies is why it no longer registers anything — else 有効.
export type TTokenStatus = "有効" | "使用済み" | "期限切れ" | "失効";

export function initialAccessTokenStatus(token: { revokedAt: Date | null; singleUse: boolean; usedAt: Date | null; expiresAt: Date | null }, now: Date): TTokenStatus {
  if (token.revokedAt) return "失効";
  if (token.singleUse && token.usedAt) return "使用済み";
  if (token.expiresAt && token.expiresAt <= now) return "期限切れ";
  return "有効";
}

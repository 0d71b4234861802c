// Who or what ended a grant (lib/oauth/grants/revoke-grant.ts TRevokedBy), in an operator's words: one list for
// the grants search and the audit log's details. A key unknown to this version is shown as it is.
import type { TRevokedBy } from "@/lib/oauth/grants/revoke-grant";

export const REVOKED_BY_LABELS: Record<TRevokedBy, string> = {
  customer: "お客さま",
  aggregator: "連携先",
  operator: "金融機関",
  suspension: "クライアント停止",
  replay: "不正検知（認可コード・リフレッシュトークンの再使用）",
  expiry: "有効期限",
  replaced: "再同意",
};

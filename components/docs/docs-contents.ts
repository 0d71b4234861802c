// The sections of /docs in their order: the table of contents lists them, and each section's heading
// takes its number from its place here (components/docs/docs-section.tsx), so the two cannot disagree.
export const DOCS_CONTENTS = [
  ["overview", "はじめに"], ["initial-access-token", "初期アクセストークン"], ["keys", "鍵"], ["profiles", "セキュリティプロファイル"], ["register", "クライアント登録"],
  ["auth", "クライアント認証と DPoP"], ["flow", "連携のフロー"], ["mtls", "相互TLS"], ["api", "API"], ["stop", "連携の停止"],
  ["errors", "エラー一覧"], ["limits", "利用上限と利用状況"], ["events", "ライフサイクルイベント"], ["library", "ライブラリでの例"], ["reference", "エンドポイント一覧"],
] as const;

export type TDocsSectionId = (typeof DOCS_CONTENTS)[number][0];

/** "5. " for the fifth section. */
export function sectionNumber(id: TDocsSectionId): string {
  return `${DOCS_CONTENTS.findIndex(([sectionId]) => sectionId === id) + 1}. `;
}

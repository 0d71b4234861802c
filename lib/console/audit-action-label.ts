// The audit log's actions in an operator's words. Every action the code records is named here
// (lib/console/audit-action-label.test.ts reads the sources and fails on one that is not); an action
// unknown to this version (an older or newer row) is shown by its key rather than hidden.

/** The sign-in factors in a customer's words (also the values of a login.passed entry's `factors`). */
export const FACTOR_LABELS: Record<string, string> = {
  password: "パスワード",
  otp: "ワンタイムパスワード",
  answer: "追加認証の回答",
  pin: "照会用暗証番号",
  certificate: "電子証明書",
  passkey: "パスキー",
};

/** Actions as the filter offers them, grouped; the key is what the log stores. */
export const AUDIT_ACTIONS: { group: string; actions: Record<string, string> }[] = [
  {
    // one group for every login.* key: its 「（すべて）」 filter is the prefix "login.", which no other group may share
    group: "お客さまの本人確認",
    actions: {
      ...Object.fromEntries(
        Object.entries(FACTOR_LABELS).flatMap(([factor, name]) => [
          [`login.${factor}.success`, `本人確認（${name}）成功`],
          [`login.${factor}.failure`, `本人確認（${name}）失敗`],
        ]),
      ),
      "login.passed": "本人確認の完了（すべての要素に合格）",
    },
  },
  {
    group: "パスキー",
    actions: {
      "passkey.registered": "パスキーの登録",
      "passkey.registration-refused": "パスキーの登録を拒否",
      "passkey.deleted": "パスキーの削除",
    },
  },
  { group: "お客さまのロック解除", actions: { "customer.unlocked": "お客さまのロック解除（本人確認の失敗回数の消去）" } },
  {
    group: "連携の手続き",
    actions: {
      "authorization.started": "連携の手続き開始",
      "risk.assessed": "リスク判定（追加認証の要否）",
      "consent.granted": "アクセス許可（連携の同意）",
      "consent.denied": "手続きのキャンセル",
      "code.issued": "認可コード発行",
      "code.replayed": "認可コードの再使用を検知（連携を停止）",
      "refresh.replayed": "使用済みリフレッシュトークンの再使用を検知（baseline、連携を停止）",
      "token.issued": "アクセストークン発行",
      "token.refreshed": "アクセストークン更新",
      "grant.revoked": "連携の停止",
    },
  },
  {
    group: "連携先・クライアント",
    actions: {
      "client.registered": "クライアント登録",
      "client.enabled": "金融機関での利用開始",
      "client.dates-changed": "連携開始日の変更",
      "client.limits-changed": "利用上限の変更",
      "client.suspended": "クライアントの利用停止",
      "client.approved": "登録されたクライアントの有効化",
      "client.resumed": "クライアントの停止解除",
      "client.published": "連携先一覧への掲載",
      "client.event_delivery_uri_set": "イベント通知先の変更",
      "client.unpublished": "連携先一覧への掲載取りやめ",
      "client.profile-sunset-moved": "baseline の利用期限の変更",
      "client.profile-switched": "セキュリティプロファイルの切り替え（fapi2 へ）",
    },
  },
  { group: "ライフサイクルイベント", actions: { "event.retried": "イベントの再送" } },
  { group: "連携先（会社）", actions: { "aggregator.registration-number-changed": "登録番号の変更" } },
  {
    group: "初期アクセストークン",
    actions: {
      "initial-access-token.issued": "初期アクセストークン発行",
      "initial-access-token.revoked": "初期アクセストークン失効",
    },
  },
  {
    group: "運用コンソール",
    actions: {
      "operator.login.success": "運用コンソールへのログイン成功",
      "operator.login.failure": "運用コンソールへのログイン失敗",
      "operator.created": "運用担当者の登録",
      "operator.password-changed": "運用担当者のパスワード変更",
    },
  },
  { group: "金融機関", actions: { "institution.created": "金融機関の登録", "institution.profiles-changed": "baseline プロファイルの設定変更", "institution.core-changed": "勘定系・IB との接続設定の変更", "institution.passkeys-changed": "パスキーの設定変更" } },
  { group: "デモデータ", actions: { "demo.contract-removed": "デモのお客さまの削除", "demo.client-removed": "デモのクライアントの削除" } },
  { group: "テーマ", actions: { "theme.updated": "テーマの変更" } },
  { group: "監査ログ", actions: { "audit.chain-keyed": "監査ログの封印（鍵付きハッシュの導入）" } },
];

/**
 * The filter's 「（すべて）」 option of a group: the common prefix of its actions' keys ("login." for every
 * sign-in step), offered only when the group has more than one action and no action of another group
 * starts with it (two options with one value would be one filter under two names).
 */
export function auditGroupPrefix(group: (typeof AUDIT_ACTIONS)[number]): string | null {
  const keys = Object.keys(group.actions);
  const prefix = `${keys[0]?.split(".")[0]}.`;
  if (keys.length < 2 || !keys.every((k) => k.startsWith(prefix))) return null;
  const elsewhere = AUDIT_ACTIONS.some((g) => g !== group && Object.keys(g.actions).some((k) => k.startsWith(prefix)));
  return elsewhere ? null : prefix;
}

const LABELS: Record<string, string> = Object.assign({}, ...AUDIT_ACTIONS.map((g) => g.actions));

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action;
}

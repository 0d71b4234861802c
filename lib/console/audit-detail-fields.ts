// An audit entry's details (the JSON the code recorded, never a secret) as labelled fields an operator
// reads: 業務 残高照会・入出金明細照会 rather than {"scopes":["balances","transactions"]}. A key unknown to
// this version is shown by its name with its value, so nothing recorded is hidden.
import { SCOPE_LABELS, type TScope } from "@/lib/oauth/authorization-request/authorization-params";
import { FACTOR_LABELS } from "./audit-action-label";
import { REVOKED_BY_LABELS } from "./revoked-by-label";
import { PASSKEY_REFUSAL_LABELS } from "@/lib/passkeys/passkey-refusal";

export type TDetailField = { label: string; value: string };

const KEYS: Record<string, string> = {
  client: "クライアント",
  aggregator: "連携先",
  scopes: "業務",
  accounts: "口座数",
  account: "口座",
  replaced: "置き換えた連携",
  keptGrantId: "連携IDを引き継ぎ",
  pinsRegistered: "照会用暗証番号の登録",
  channel: "チャネル",
  by: "停止の主体",
  reason: "理由",
  reasons: "リスク判定の理由",
  additionalAuth: "追加認証",
  for: "用途",
  grant_type: "種類",
  bound: "トークンの拘束",
  method: "認証方式",
  sandbox: "サンドボックス",
  personalSince: "連携開始日（個人）",
  corporateSince: "連携開始日（法人）",
  before: "変更前",
  after: "変更後",
  from: "変更前の状態",
  to: "変更後の状態",
  label: "ラベル",
  days: "有効日数",
  hours: "有効期間",
  singleUse: "1回限り",
  locked: "ロック中",
  names: "名称の変更",
  logo: "ロゴの変更",
  colorsBefore: "変更前の配色",
  colorsAfter: "変更後の配色",
  profile: "セキュリティプロファイル",
  sunsetAt: "利用期限（この時刻から拒否）",
  sunsetWas: "変更前の利用期限",
  baseline: "baseline の設定",
  enabled: "利用",
  defaultSunsetDays: "新規登録の利用期限（日数）",
  accessTokenSeconds: "Bearer アクセストークンの有効秒数",
  rotated: "リフレッシュトークンの更新（ローテーション）",
  via: "認可リクエスト",
  factors: "合格した認証要素",
  name: "名称",
  bankCode: "金融機関コード",
  loginId: "ログインID",
  institutions: "担当する金融機関",
  grantsEnded: "停止した連携",
  event: "イベントID",
  type: "イベントの種類",
  legacyThroughId: "封印した最後の記録",
  legacyHeadHash: "封印時のハッシュ",
  passkey: "パスキー",
  refusal: "拒否の理由",
  amr: "認証方法（amr）",
  synced: "同期パスキー（バックアップ可能）",
};

const VALUES: Record<string, Record<string, string>> = {
  factors: FACTOR_LABELS,
  institutions: { all: "すべての金融機関" },
  by: REVOKED_BY_LABELS,
  reasons: { new_device: "はじめての端末", recent_failures: "直近の認証失敗", new_network: "はじめてのネットワーク" },
  reason: { none: "電子証明書の提示なし", untrusted: "信頼できない電子証明書", unregistered: "登録のない電子証明書" },
  channel: { personal: "個人", corporate: "法人" },
  for: { links: "連携サービスの確認・停止", consent: "連携の手続き" },
  // lib/passkeys/passkey-refusal.ts
  refusal: PASSKEY_REFUSAL_LABELS,
  grant_type: { authorization_code: "認可コード", refresh_token: "リフレッシュトークン" },
  bound: { dpop: "DPoP", mtls: "クライアント証明書（mTLS）", bearer: "なし（Bearer、baseline）" },
  via: { par: "PAR", query: "クエリパラメータ（baseline）" },
  from: { active: "有効", suspended: "停止中", pending: "有効化待ち" },
  to: { active: "有効", suspended: "停止中", pending: "有効化待ち" },
};

const SUFFIX: Record<string, string> = { accounts: "口座", replaced: "件", pinsRegistered: "口座", days: "日", hours: "時間", grantsEnded: "件" };

function show(key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "はい" : "いいえ";
  if (key === "scopes") {
    const list = Array.isArray(value) ? value : String(value).split(" ");
    return list.map((s) => SCOPE_LABELS[s as TScope] ?? String(s)).join("・");
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => show(key, v)).join("・") : "なし";
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${KEYS[k] ?? k}: ${show(k, v)}`).join("、");
  }
  const text = String(value);
  return VALUES[key]?.[text] ?? (SUFFIX[key] ? `${text}${SUFFIX[key]}` : text);
}

export function auditDetailFields(details: string): TDetailField[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return details ? [{ label: "詳細", value: details }] : [];
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return [];
  return Object.entries(parsed as Record<string, unknown>).map(([key, value]) => ({ label: KEYS[key] ?? key, value: show(key, value) }));
}

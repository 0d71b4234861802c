// A grant's amr (RFC 8176, lib/auth/amr.ts) in an operator's words, for the grant list: how the customer
// authenticated when consenting. The codes are shown too (they are what introspection returns).
const AMR_LABELS: Record<string, string> = {
  pwd: "パスワード",
  otp: "ワンタイムパスワード",
  kba: "追加認証の回答",
  hwk: "端末固定の鍵（パスキー）",
  swk: "ソフトウェアの鍵（同期パスキー・電子証明書）",
  user: "本人の操作",
  mfa: "多要素",
};

export function amrLabel(amr: string): string {
  const values = amr.split(" ").filter(Boolean);
  return values.length ? values.map((v) => AMR_LABELS[v] ?? v).join("・") : "記録なし";
}

// Sample data for the gallery: never a real customer's, never written anywhere.
import type { TPinAccount } from "@/lib/consent/list-pin-accounts";
import type { TLink } from "@/lib/links/list-links";
import type { TPasskeyRow } from "@/lib/passkeys/list-passkeys";

export const SAMPLE_ACCOUNTS: TPinAccount[] = [
  { id: "s1", ref: "s1", label: "インターネット支店(001) 普通 2000002", branchName: "インターネット支店", branchCode: "001", accountTypeName: "普通預金", accountNumber: "2000002", memo: "口座メモ売上入金", state: "登録済み" },
  { id: "s2", ref: "s2", label: "本所営業部(002) 普通 1111111", branchName: "本所営業部", branchCode: "002", accountTypeName: "普通預金", accountNumber: "1111111", memo: "", state: "未登録" },
  { id: "s3", ref: "s3", label: "豊洲支店(454) 当座 1000014", branchName: "豊洲支店", branchCode: "454", accountTypeName: "当座預金", accountNumber: "1000014", memo: "仕入支払", state: "登録済み*" },
];

export const SAMPLE_CLIENT = { service: "クラウド会計ソフト freee", aggregator: "freee株式会社", registrationNumber: "関東財務局長（電代）第6号" };

/**
 * The gallery's 連携サービスの確認・停止 sample links, dated from `now` (the page's today), so that
 * 「まもなく有効期限」 is always a date a few days ahead, never one in the past: one link made 30 days ago
 * for 90 days and used yesterday, one 80 days into its 90, never used, whose expiry is 10 days away.
 */
export function sampleLinks(now: Date = new Date()): TLink[] {
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000);
  return [
    { grantId: "preview-1", service: SAMPLE_CLIENT.service, aggregator: SAMPLE_CLIENT.aggregator, registrationNumber: SAMPLE_CLIENT.registrationNumber, operations: ["残高照会", "入出金明細照会"], accounts: [SAMPLE_ACCOUNTS[0]!.label, SAMPLE_ACCOUNTS[2]!.label], grantedAt: day(-30), expiresAt: day(60), lastAccessAt: day(-1), expiringSoon: false },
    { grantId: "preview-2", service: "マネーフォワード ME", aggregator: "株式会社マネーフォワード", registrationNumber: "関東財務局長（電代）第12号", operations: ["残高照会"], accounts: [SAMPLE_ACCOUNTS[0]!.label], grantedAt: day(-80), expiresAt: day(10), lastAccessAt: null, expiringSoon: true },
  ];
}

/** The gallery's registered passkeys: one used yesterday, one never used since its registration. */
export function samplePasskeys(now: Date = new Date()): TPasskeyRow[] {
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000);
  return [
    { id: "preview-passkey-1", name: "iPhone（個人用）", channel: "personal", synced: true, createdAt: day(-40), lastUsedAt: day(-1) },
    { id: "preview-passkey-2", name: "経理部のPC", channel: "personal", synced: false, createdAt: day(-3), lastUsedAt: null },
  ];
}

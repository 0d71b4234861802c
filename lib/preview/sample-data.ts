// Sample data for the gallery: never a real customer's, never written anywhere.
import type { TPinAccount } from "@/lib/consent/list-pin-accounts";

export const SAMPLE_ACCOUNTS: TPinAccount[] = [
  { id: "s1", label: "インターネット支店(001) 普通 2000002", branchName: "インターネット支店", branchCode: "001", accountTypeName: "普通預金", accountNumber: "2000002", memo: "口座メモ売上入金", state: "登録済み" },
  { id: "s2", label: "本所営業部(002) 普通 1111111", branchName: "本所営業部", branchCode: "002", accountTypeName: "普通預金", accountNumber: "1111111", memo: "", state: "未登録" },
  { id: "s3", label: "豊洲支店(454) 当座 1000014", branchName: "豊洲支店", branchCode: "454", accountTypeName: "当座預金", accountNumber: "1000014", memo: "仕入支払", state: "登録済み*" },
];

export const SAMPLE_CLIENT = { service: "クラウド会計ソフト freee", aggregator: "freee株式会社", registrationNumber: "関東財務局長（電代）第6号" };

// The demo logins of docs/design.md §7 — fixed, so that tests and aggregator engineers can rely on them.
export const DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXP";
export const DEMO_INQUIRY_PIN = "1234";

export type TDemoAccount = {
  branchCode: string;
  branchName: string;
  type: "01" | "02";
  accountNumber: string;
  memo?: string;
  /** 照会用暗証番号 already registered for API use */
  pinRegistered: boolean;
  openingBalance: number;
  profile: "salary" | "household" | "business" | "payroll";
};

export type TDemoUser = {
  loginId: string;
  displayName: string;
  password: string;
  totp?: boolean;
  secretQuestion?: { question: string; answer: string };
  /** file stem under the demo CA's users/ folder */
  certificate?: string;
};

export type TDemoContract = {
  institution: string;
  channel: "personal" | "corporate";
  contractNumber: string;
  holderName: string;
  holderNameKana: string;
  users: TDemoUser[];
  accounts: TDemoAccount[];
};

export const ACCOUNT_TYPE_NAMES = { "01": "普通預金", "02": "当座預金" } as const;

export const demoContracts: TDemoContract[] = [
  {
    institution: "sakura", channel: "personal", contractNumber: "1000000001",
    holderName: "桜井 太郎", holderNameKana: "サクライ タロウ",
    users: [{ loginId: "1000000001", displayName: "桜井 太郎", password: "Demo-pass-1", totp: true }],
    accounts: [
      { branchCode: "001", branchName: "本店営業部", type: "01", accountNumber: "1234567", memo: "給与口座", pinRegistered: true, openingBalance: 820_000, profile: "salary" },
      { branchCode: "012", branchName: "駅前支店", type: "01", accountNumber: "2345678", memo: "生活費", pinRegistered: true, openingBalance: 150_000, profile: "household" },
    ],
  },
  {
    institution: "sakura", channel: "corporate", contractNumber: "2000000001",
    holderName: "株式会社さくら商事", holderNameKana: "カ）サクラシヨウジ",
    users: [
      { loginId: "admin01", displayName: "管理者 桜田", password: "Demo-pass-2", certificate: "sakura-admin01" },
      { loginId: "user02", displayName: "経理 花村", password: "Demo-pass-2" },
    ],
    accounts: [
      { branchCode: "001", branchName: "本店営業部", type: "02", accountNumber: "0100001", memo: "決済用", pinRegistered: true, openingBalance: 12_500_000, profile: "business" },
      { branchCode: "001", branchName: "本店営業部", type: "01", accountNumber: "0200002", pinRegistered: true, openingBalance: 3_200_000, profile: "payroll" },
      { branchCode: "023", branchName: "港北支店", type: "01", accountNumber: "0300003", memo: "仕入用", pinRegistered: true, openingBalance: 4_800_000, profile: "business" },
    ],
  },
  {
    institution: "minato", channel: "personal", contractNumber: "1000000002",
    holderName: "港 花子", holderNameKana: "ミナト ハナコ",
    users: [{ loginId: "1000000002", displayName: "港 花子", password: "Demo-pass-1", totp: true }],
    accounts: [
      { branchCode: "101", branchName: "本店", type: "01", accountNumber: "3456789", memo: "メイン", pinRegistered: true, openingBalance: 640_000, profile: "salary" },
      { branchCode: "105", branchName: "桟橋支店", type: "01", accountNumber: "4567890", pinRegistered: true, openingBalance: 90_000, profile: "household" },
      { branchCode: "110", branchName: "山手支店", type: "01", accountNumber: "5678901", memo: "貯蓄", pinRegistered: true, openingBalance: 2_000_000, profile: "household" },
    ],
  },
  {
    institution: "minato", channel: "corporate", contractNumber: "CORP0002",
    holderName: "みなと海運株式会社", holderNameKana: "ミナトカイウン（カ",
    users: [{ loginId: "CORP0002", displayName: "みなと海運 経理部", password: "Demo-pass-2", certificate: "minato-CORP0002" }],
    accounts: [
      { branchCode: "101", branchName: "本店", type: "02", accountNumber: "7000001", memo: "運賃入金", pinRegistered: true, openingBalance: 28_000_000, profile: "business" },
      { branchCode: "101", branchName: "本店", type: "01", accountNumber: "7000002", pinRegistered: true, openingBalance: 6_500_000, profile: "payroll" },
    ],
  },
  {
    institution: "kita", channel: "corporate", contractNumber: "3000000001",
    holderName: "きた物産株式会社", holderNameKana: "キタブツサン（カ",
    users: [{
      loginId: "kita-user1", displayName: "きた物産 経理", password: "Demo-pass-3", certificate: "kita-kita-user1",
      secretQuestion: { question: "はじめて飼ったペットの名前は？", answer: "ぽち" },
    }],
    accounts: [
      { branchCode: "001", branchName: "インターネット支店", type: "01", accountNumber: "2000002", memo: "口座メモ売上入金", pinRegistered: true, openingBalance: 9_800_000, profile: "business" },
      { branchCode: "002", branchName: "本所営業部", type: "01", accountNumber: "1111111", pinRegistered: false, openingBalance: 2_400_000, profile: "payroll" },
      { branchCode: "454", branchName: "豊洲支店", type: "02", accountNumber: "1000014", memo: "仕入支払", pinRegistered: false, openingBalance: 15_000_000, profile: "business" },
    ],
  },
];

export const demoOperators = [
  { loginId: "ops-admin", name: "Renkei 運用管理者", password: "Operator-pass-1", institutions: "all" as const },
  { loginId: "ops-sakura", name: "さくら信用金庫 API担当", password: "Operator-pass-1", institutions: ["sakura"] },
  { loginId: "ops-minato", name: "みなと信用金庫 API担当", password: "Operator-pass-1", institutions: ["minato"] },
  { loginId: "ops-kita", name: "きた信用組合 API担当", password: "Operator-pass-1", institutions: ["kita"] },
];

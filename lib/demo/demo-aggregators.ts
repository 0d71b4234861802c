// Aggregators as the seeds' 連携先一覧 name them (public company names; docs/seeds/001, 002), with sample
// registration numbers, and per-institution 連携開始日 per channel (docs/seeds/001's table; null = 未連携).
// Their clients are listing data only: they hold no keys here, so they cannot run a flow.
export type TDemoAggregator = {
  name: string;
  registrationNumber: string;
  clientId: string;
  clientName: string;
  serviceDescription: string;
  host: string;
  since: Record<string, { personal: string | null; corporate: string | null } | undefined>;
};

const same = (personal: string | null, corporate: string | null) => ({ sakura: { personal, corporate }, minato: { personal, corporate } });

export const demoAggregators: TDemoAggregator[] = [
  { name: "freee株式会社", registrationNumber: "関東財務局長（電代）第6号", clientId: "freee", clientName: "クラウド会計ソフト freee", serviceDescription: "「クラウド会計ソフト freee」 クラウド会計サービス", host: "freee.example", since: { ...same("2020-02-03", "2019-02-04"), kita: { personal: null, corporate: "2019-04-01" } } },
  { name: "ソリマチ株式会社", registrationNumber: "関東財務局長（電代）第40号", clientId: "sorimachi", clientName: "会計王", serviceDescription: "「会計王」「スマホ社長」等", host: "sorimachi.example", since: { ...same("2019-05-23", "2019-05-23"), kita: { personal: null, corporate: "2019-06-03" } } },
  { name: "株式会社Zaim", registrationNumber: "関東財務局長（電代）第11号", clientId: "zaim", clientName: "Zaim", serviceDescription: "家計簿サービス「Zaim」", host: "zaim.example", since: same("2019-05-20", null) },
  { name: "株式会社マネーフォワード", registrationNumber: "関東財務局長（電代）第12号", clientId: "moneyforward", clientName: "マネーフォワード ME", serviceDescription: "「マネーフォワードME」等", host: "moneyforward.example", since: { ...same("2019-07-22", "2019-07-22"), kita: { personal: null, corporate: "2019-08-01" } } },
  { name: "マネーツリー株式会社", registrationNumber: "関東財務局長（電代）第3号", clientId: "moneytree", clientName: "Moneytree", serviceDescription: "Moneytree 等", host: "moneytree.example", since: { ...same("2019-07-22", "2019-07-22"), kita: { personal: null, corporate: "2019-08-01" } } },
  { name: "弥生株式会社", registrationNumber: "関東財務局長（電代）第55号", clientId: "yayoi", clientName: "弥生会計", serviceDescription: "弥生会計 等", host: "yayoi.example", since: { ...same("2020-06-02", "2020-06-02"), kita: { personal: null, corporate: "2020-07-01" } } },
  { name: "SBIビジネス・ソリューションズ株式会社", registrationNumber: "関東財務局長（電代）第20号", clientId: "moneylook", clientName: "MoneyLook", serviceDescription: "MoneyLook", host: "moneylook.example", since: { ...same("2020-06-09", "2020-06-09"), kita: { personal: null, corporate: "2020-07-01" } } },
  { name: "株式会社ミロク情報サービス", registrationNumber: "関東財務局長（電代）第33号", clientId: "mjs", clientName: "ACELINK NX-CE", serviceDescription: "「ACELINK NX-CE」「iCompass NX」等", host: "mjs.example", since: same("2020-06-01", "2020-06-01") },
  { name: "Miroku Webcash International株式会社", registrationNumber: "関東財務局長（電代）第34号", clientId: "account-tracker", clientName: "Account Tracker", serviceDescription: "Account Tracker", host: "mwi.example", since: same("2020-06-01", "2020-06-01") },
  { name: "エメラダ株式会社", registrationNumber: "関東財務局長（電代）第77号", clientId: "emerada", clientName: "エメラダ・マーケットプレイス", serviceDescription: "オンライン資金繰り管理サービス「エメラダ・マーケットプレイス」", host: "emerada.example", since: same("2021-04-19", "2021-04-19") },
];

/** Renkei's own demo aggregator (/demo): a real private_key_jwt client whose key the seed creates. */
export const demoAggregatorClient = {
  aggregatorName: "Renkei デモアグリゲーター株式会社",
  registrationNumber: "関東財務局長（電代）第999号（デモ）",
  clientId: "renkei-demo",
  clientName: "Renkei デモ家計簿",
  serviceDescription: "動作確認用のデモサービス",
};

/** A sandbox client for aggregator engineers trying the API by hand (client_secret_basic). */
export const sandboxClient = {
  clientId: "renkei-sandbox",
  clientSecret: "sandbox-secret",
  clientName: "サンドボックス",
};

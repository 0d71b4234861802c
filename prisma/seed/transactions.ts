// A year of realistic 入出金明細 for one demo account, the same every run (seeded PRNG):
// salary, rent, utilities, card payments and ATM for people; sales, suppliers, payroll and
// social insurance for companies. Dates run from a year ago to today (JST).
import type { TDemoAccount } from "../../lib/demo/demo-customers";
import { jstIsoDate } from "../../lib/time/jst";

export type TGeneratedTransaction = {
  transactionDate: string;
  valueDate: string;
  transactionType: 1 | 2;
  amount: bigint;
  balance: bigint;
  remarks: string;
};

function prng(seed: string) {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

type TEvent = { day: number; type: 1 | 2; amount: number; remarks: string };

function monthEvents(profile: TDemoAccount["profile"], rand: () => number, month: number): TEvent[] {
  const yen = (min: number, max: number, step = 1) => Math.round((min + rand() * (max - min)) / step) * step;
  switch (profile) {
    case "salary":
      return [
        { day: 25, type: 1, amount: yen(268_000, 292_000, 100), remarks: "給与　カ）サクラシヨウジ" },
        { day: 27, type: 2, amount: 85_000, remarks: "家賃　ミナトフドウサン" },
        { day: 10, type: 2, amount: yen(38_000, 126_000), remarks: "カード　ＪＣＢ" },
        { day: 16, type: 2, amount: yen(5_200, 11_800), remarks: "電気　トウキヨウデンリヨク" },
        { day: 18, type: 2, amount: yen(2_800, 6_400), remarks: "ガス　トウキヨウガス" },
        ...(month % 2 === 0 ? [{ day: 20, type: 2 as const, amount: yen(4_200, 5_600), remarks: "水道料金" }] : []),
        { day: 5 + Math.floor(rand() * 4), type: 2, amount: yen(10_000, 40_000, 10_000), remarks: "ＡＴＭ　引出" },
        { day: 19 + Math.floor(rand() * 4), type: 2, amount: yen(10_000, 30_000, 10_000), remarks: "ＡＴＭ　引出" },
      ];
    case "household":
      return [
        { day: 26, type: 1, amount: 100_000, remarks: "振込　サクライ　タロウ" },
        { day: 4, type: 2, amount: yen(3_000, 9_000), remarks: "携帯電話料金" },
        { day: 12, type: 2, amount: yen(20_000, 60_000), remarks: "カード　ＶＩＳＡ" },
        { day: 14 + Math.floor(rand() * 10), type: 2, amount: yen(10_000, 20_000, 10_000), remarks: "ＡＴＭ　引出" },
        ...(month === 6 || month === 12 ? [{ day: 10, type: 1 as const, amount: yen(400_000, 520_000, 1000), remarks: "賞与　カ）サクラシヨウジ" }] : []),
      ];
    case "business": {
      const sales = Array.from({ length: 6 }, (_, i) => ({
        day: 3 + i * 4 + Math.floor(rand() * 3), type: 1 as const, amount: yen(300_000, 2_400_000, 10), remarks: `振込　${["カ）ミナトシヨウカイ", "ユ）キタノサンギヨウ", "カ）ヤマテコウギヨウ"][i % 3]}`,
      }));
      return [
        ...sales,
        { day: 10, type: 2, amount: yen(600_000, 1_800_000, 10), remarks: "振込　カ）ハマシイレ" },
        { day: 20, type: 2, amount: yen(400_000, 1_200_000, 10), remarks: "振込　ユ）ソウコウウンユ" },
        { day: 27, type: 2, amount: 330_000, remarks: "事務所賃料" },
        { day: 28, type: 2, amount: yen(30_000, 80_000), remarks: "電気　トウキヨウデンリヨク" },
        { day: 10, type: 2, amount: 440, remarks: "振込手数料" },
        { day: 20, type: 2, amount: 440, remarks: "振込手数料" },
      ];
    }
    case "payroll":
      return [
        { day: 24, type: 1, amount: yen(2_600_000, 2_900_000, 1000), remarks: "資金移動　当座より" },
        { day: 25, type: 2, amount: yen(2_100_000, 2_300_000, 10), remarks: "総合振込　給与" },
        { day: 28, type: 2, amount: yen(380_000, 420_000), remarks: "社会保険料　日本年金機構" },
        { day: 10, type: 2, amount: yen(150_000, 190_000), remarks: "源泉所得税" },
      ];
  }
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Today's date in Japan (the bank's calendar), as a UTC-midnight Date. */
export function todayInJapan(now = new Date()): Date {
  return new Date(jstIsoDate(now) + "T00:00:00Z");
}

export function generateTransactions(account: TDemoAccount, today = todayInJapan()): TGeneratedTransaction[] {
  const rand = prng(account.branchCode + account.accountNumber);
  const start = new Date(today);
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  const events: { date: Date; e: TEvent }[] = [];
  for (let m = 0; m <= 12; m++) {
    const first = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1));
    const daysInMonth = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
    for (const e of monthEvents(account.profile, rand, first.getUTCMonth() + 1)) {
      const date = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(e.day, daysInMonth)));
      if (date > start && date <= today) events.push({ date, e });
    }
  }
  // Something on today's date too, so that a query without dates (today) returns a line.
  events.push({ date: today, e: { day: 0, type: 2, amount: 1_000 + Math.floor(rand() * 9) * 100, remarks: "デビット　コンビニ" } });
  events.sort((a, b) => a.date.getTime() - b.date.getTime());

  let balance = BigInt(account.openingBalance);
  const out: TGeneratedTransaction[] = [];
  for (const { date, e } of events) {
    const amount = BigInt(e.amount);
    if (e.type === 2 && amount > balance) continue; // never overdraw the demo accounts
    balance += e.type === 1 ? amount : -amount;
    out.push({ transactionDate: iso(date), valueDate: iso(date), transactionType: e.type, amount, balance, remarks: e.remarks });
  }
  return out;
}

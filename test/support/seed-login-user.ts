// A customer of a test's own, so that its lockout and risk counts are that test's alone: a contract at the
// institution, one user with a login ID, a password and optionally a ワンタイムパスワード secret and a secret
// question, and accounts whose 照会用暗証番号 is filed but 未登録 for API use. Works on the unit tests' own
// database and on the integration server's (the test process shares its DATABASE_URL).
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { hashSecret } from "@/lib/crypto/password";
import { encryptSecret } from "@/lib/crypto/data-key";
import { ZInstitutionSettings, type TInstitutionSettings } from "@/lib/institutions/settings";

export type TSeededUser = {
  institution: { id: string; slug: string; settings: TInstitutionSettings };
  userId: string;
  loginId: string;
  contractNumber: string;
  password: string;
  accounts: { id: string; label: string }[];
};

export async function seedLoginUser(options: {
  slug?: string;
  channel?: "personal" | "corporate";
  password?: string;
  totpSecret?: string | null;
  answer?: { question: string; answer: string } | null;
  pin?: string;
  accounts?: number;
} = {}): Promise<TSeededUser> {
  const { slug = "kita", channel = "corporate", password = "Test-pass-1", totpSecret = null, answer = null, pin = "1234", accounts = 0 } = options;
  const row = await db.institution.findUniqueOrThrow({ where: { slug }, select: { id: true, slug: true, settings: true } });
  const tag = randomUUID().replace(/-/g, "").slice(0, 10);
  const contractNumber = String(BigInt(`0x${tag}`) % 10_000_000_000n).padStart(10, "0");
  const contract = await db.contract.create({ data: { institutionId: row.id, channel, contractNumber, holderName: "テスト", holderNameKana: "テスト" } });
  const loginId = channel === "personal" ? contractNumber : `t-${tag}`;
  const user = await db.user.create({
    data: {
      institutionId: row.id, contractId: contract.id, loginId, displayName: "テスト", passwordHash: await hashSecret(password),
      totpSecretEnc: totpSecret ? encryptSecret(totpSecret) : null,
      secretQuestion: answer?.question ?? null, secretAnswerHash: answer ? await hashSecret(answer.answer) : null,
    },
  });
  const pinHash = await hashSecret(pin);
  const created: TSeededUser["accounts"] = [];
  for (let i = 0; i < accounts; i++) {
    const accountNumber = String(1_000_000 + Number(BigInt(`0x${tag}`) % 8_000_000n) + i);
    const account = await db.account.create({
      data: {
        institutionId: row.id, contractId: contract.id, branchCode: "999", branchName: "テスト支店", accountTypeCode: "01", accountTypeName: "普通預金",
        accountNumber, accountName: "テスト", accountNameKana: "テスト", inquiryPinHash: pinHash,
      },
    });
    created.push({ id: account.id, label: `テスト支店(999) 普通 ${accountNumber}` });
  }
  return { institution: { id: row.id, slug: row.slug, settings: ZInstitutionSettings.parse(JSON.parse(row.settings)) }, userId: user.id, loginId, contractNumber, password, accounts: created };
}

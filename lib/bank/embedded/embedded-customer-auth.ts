// The customer-authentication seam over Renkei's own tables (the demo bank, the default): User,
// UserCertificate and Account, with the secrets hashed (lib/crypto/password.ts) or sealed
// (lib/crypto/data-key.ts). A customer's reference is its User id, an account's its Account id.
import "server-only";
import { db } from "@/lib/db";
import { verifySecret } from "@/lib/crypto/password";
import { dummyHash } from "@/lib/crypto/dummy-hash";
import type { TChannel } from "@/lib/institutions/settings";
import type { ICustomerAuth, TBankCustomer, TLoginIds, TSecretCheck } from "../customer-auth";
import { verifyTotp } from "./verify-totp";

const CUSTOMER = { id: true, loginId: true, displayName: true, contract: { select: { contractNumber: true, holderName: true } } } as const;
type TCustomerRow = { id: string; loginId: string; displayName: string; contract: { contractNumber: string; holderName: string } };

function customerOf(row: TCustomerRow): TBankCustomer {
  return { customerRef: row.id, loginId: row.loginId, displayName: row.displayName, contractRef: row.contract.contractNumber, contractName: row.contract.holderName };
}

const check = (ok: boolean): TSecretCheck => (ok ? "ok" : "wrong");

export function embeddedCustomerAuth(institutionId: string): ICustomerAuth {
  /** The user the IDs name (契約者ID for contract-password; 契約者ID(利用者番号) + 利用者ID; お客様ID or ログインID). */
  function whereIds(channel: TChannel, ids: TLoginIds) {
    if (ids.kind === "contract-user-pin") return { institutionId, loginId: ids.userCode, contract: { contractNumber: ids.contractNumber, channel } };
    return { institutionId, loginId: ids.kind === "contract-password" ? ids.contractNumber : ids.loginId, contract: { channel } };
  }
  const secretOf = async (customerRef: string, secret: "passwordHash" | "secretAnswerHash") =>
    (await db.user.findFirst({ where: { id: customerRef, institutionId }, select: { [secret]: true } as Record<typeof secret, true> }))?.[secret] ?? null;

  return {
    async findCustomer(channel, ids) {
      return (await db.user.findFirst({ where: whereIds(channel, ids), select: { id: true } }))?.id ?? null;
    },

    async checkLogin(channel, credentials) {
      // Selecting a globally omitted secret by name returns it (lib/db.ts omits them by default).
      const user = await db.user.findFirst({ where: whereIds(channel, credentials), select: { ...CUSTOMER, passwordHash: true } });
      // an unknown ID is verified against a dummy hash: the same time and the same answer as a wrong password
      const right = (await verifySecret(credentials.password, user?.passwordHash ?? (await dummyHash()))) && !!user;
      return right ? { ok: true, customer: customerOf(user) } : { ok: false, reason: "invalid_credentials" };
    },

    async checkPassword(customerRef, password) {
      return check(await verifySecret(password, await secretOf(customerRef, "passwordHash")));
    },

    async verifyOtp(customerRef, code) {
      const user = await db.user.findFirst({ where: { id: customerRef, institutionId }, select: { totpSecretEnc: true } });
      return check(!!user && (await verifyTotp(customerRef, user.totpSecretEnc, code)));
    },

    async customerByCertificate(channel, fingerprint256) {
      const mapped = await db.userCertificate.findUnique({
        where: { fingerprint256 },
        select: { user: { select: { ...CUSTOMER, institutionId: true, contract: { select: { contractNumber: true, holderName: true, channel: true } } } } },
      });
      if (!mapped || mapped.user.institutionId !== institutionId || mapped.user.contract.channel !== channel) return null;
      return customerOf(mapped.user);
    },

    async secretQuestion(customerRef) {
      return (await db.user.findFirst({ where: { id: customerRef, institutionId }, select: { secretQuestion: true } }))?.secretQuestion ?? null;
    },

    async checkAnswer(customerRef, answer) {
      return check(await verifySecret(answer, await secretOf(customerRef, "secretAnswerHash")));
    },

    async pinStates(customerRef) {
      const rows = await db.account.findMany({
        where: { institutionId, contract: { users: { some: { id: customerRef } } } },
        orderBy: [{ branchCode: "asc" }, { accountNumber: "asc" }],
        select: { id: true, pinRegisteredAt: true },
      });
      return rows.map((a) => ({ accountRef: a.id, registered: a.pinRegisteredAt !== null }));
    },

    async checkPin(customerRef, accountRef, pin) {
      const account = await db.account.findFirst({
        where: { id: accountRef, institutionId, contract: { users: { some: { id: customerRef } } } },
        select: { inquiryPinHash: true },
      });
      return check(await verifySecret(pin, account?.inquiryPinHash));
    },

    async registerPins(customerRef, accountRefs) {
      if (accountRefs.length === 0) return;
      await db.account.updateMany({
        where: { id: { in: accountRefs }, institutionId, contract: { users: { some: { id: customerRef } } }, pinRegisteredAt: null },
        data: { pinRegisteredAt: new Date() },
      });
    },
  };
}

// Renkei's own rows for what the bank named. Embedded they are the bank's rows themselves, so nothing is
// written. In http mode (docs/connecting-your-bank.md, "what Renkei keeps"):
//   - the customer seen at login: a Contract (the bank's contract reference and name) and a User (the bank's
//     customer reference, login ID and display name), with no password hash, TOTP secret or answer
//   - each account a consent screen lists: an Account naming it (the bank's reference, branch, type, number,
//     name), with no PIN and no balance — grants refer to these rows, so tokens and audit stay Renkei's own
import "server-only";
import { db } from "@/lib/db";
import type { TChannel } from "@/lib/institutions/settings";
import type { TCustomerAccount } from "./account-data";
import type { TBankCustomer } from "./customer-auth";
import { coreMode } from "./core-mode";
import type { TBankInstitution } from "./bank-for";

/** The Renkei user of a customer the bank named. */
export async function linkCustomer(institution: TBankInstitution, channel: TChannel, customer: TBankCustomer): Promise<string> {
  if (coreMode(institution.settings) === "embedded") return customer.customerRef;
  const institutionId = institution.id;
  return db.$transaction(async (tx) => {
    const contract = await tx.contract.upsert({
      where: { institutionId_contractNumber: { institutionId, contractNumber: customer.contractRef } },
      create: { institutionId, channel, contractNumber: customer.contractRef, holderName: customer.contractName, holderNameKana: "" },
      update: { holderName: customer.contractName },
      select: { id: true },
    });
    const user = await tx.user.upsert({
      where: { institutionId_bankRef: { institutionId, bankRef: customer.customerRef } },
      create: { institutionId, contractId: contract.id, bankRef: customer.customerRef, loginId: customer.loginId, displayName: customer.displayName, passwordHash: "" },
      update: { contractId: contract.id, loginId: customer.loginId, displayName: customer.displayName },
      select: { id: true },
    });
    return user.id;
  });
}

/** Renkei's account ids for the customer's accounts, in the same order. */
export async function linkAccounts(institution: TBankInstitution, userId: string, accounts: TCustomerAccount[]): Promise<string[]> {
  if (coreMode(institution.settings) === "embedded") return accounts.map((a) => a.accountRef);
  const institutionId = institution.id;
  const { contractId } = await db.user.findFirstOrThrow({ where: { id: userId, institutionId }, select: { contractId: true } });
  return db.$transaction(async (tx) => {
    const ids: string[] = [];
    for (const a of accounts) {
      const named = {
        contractId, branchCode: a.branchCode, branchName: a.branchName, accountTypeCode: a.accountTypeCode, accountTypeName: a.accountTypeName,
        accountNumber: a.accountNumber, accountName: a.accountName, accountNameKana: a.accountNameKana, currencyCode: a.currencyCode, currencyName: a.currencyName,
      };
      const row = await tx.account.upsert({
        where: { institutionId_bankRef: { institutionId, bankRef: a.accountRef } },
        create: { institutionId, bankRef: a.accountRef, ...named, inquiryPinHash: "" },
        update: named,
        select: { id: true },
      });
      ids.push(row.id);
    }
    return ids;
  });
}

// The rows the hot queries return, parsed (not cast): each driver's spelling of a value — SQLite's ISO
// text and 0/1, PostgreSQL's Date and boolean, integers as number or bigint — becomes one type here.
import { z } from "zod";

const ZDate = z.coerce.date();
const ZNullableDate = z.union([z.null(), z.coerce.date()]);
const ZBool = z.union([z.boolean(), z.number(), z.bigint()]).transform((v) => Boolean(Number(v)));
const ZMoney = z.union([z.bigint(), z.number(), z.string()]).transform((v) => BigInt(v));
const ZInt = z.union([z.bigint(), z.number(), z.string()]).transform((v) => Number(v));
const ZText = z.string();
const ZNullableText = z.string().nullable();

/** A client as one institution sees it (lib/oauth/clients/load-client.ts). */
export const ZHotClientRow = z.object({
  id: ZText, clientId: ZText, clientName: ZText, redirectUris: ZText, jwks: ZNullableText, jwksUri: ZNullableText,
  tokenEndpointAuthMethod: ZText, tlsClientAuthSubjectDn: ZNullableText, sandbox: ZBool, channels: ZText, scope: ZText,
  clientSecretHash: ZNullableText, securityProfile: ZText, securityProfileSunsetAt: ZNullableDate,
  aggregatorName: ZText, registrationNumber: ZText, status: ZText,
});
export type THotClientRow = z.infer<typeof ZHotClientRow>;

/** An access or refresh token with its grant, its client's profile and its client's status at the institution asked about. */
export const ZHotTokenRow = z.object({
  clientRowId: ZText, clientId: ZText, clientStatus: ZNullableText, scopes: ZText, jkt: ZNullableText, certThumbprint: ZNullableText,
  expiresAt: ZDate, revokedAt: ZNullableDate, createdAt: ZDate, rotatedAt: ZNullableDate,
  securityProfile: ZText, securityProfileSunsetAt: ZNullableDate,
  grantId: ZText, grantStatus: ZText, grantExpiresAt: ZDate, grantScopes: ZText, userId: ZText, grantInstitutionId: ZText,
  lastAccessAt: ZNullableDate,
  /** the grant's RFC 8176 amr, space-separated ("" for a grant made before it was recorded) */
  grantAmr: ZText,
});
export type THotTokenRow = z.infer<typeof ZHotTokenRow>;

export const ZHotAccountRow = z.object({
  id: ZText, institutionId: ZText, branchCode: ZText, branchName: ZText, accountTypeCode: ZText, accountTypeName: ZText, accountNumber: ZText,
  accountName: ZText, accountNameKana: ZText, currencyCode: ZText, currencyName: ZText,
});
export type THotAccountRow = z.infer<typeof ZHotAccountRow>;

/** An account's reference at its bank (null: embedded, or not yet seen on a consent screen). */
export const ZHotAccountRefRow = z.object({ id: ZText, institutionId: ZText, bankRef: ZNullableText });

/** An account's balance with the last balances before a day and before the 1st of the month (null: none). */
export const ZHotBalanceRow = z.object({
  id: ZText, institutionId: ZText, accountTypeCode: ZText, accountTypeName: ZText, balance: ZMoney, currencyCode: ZText, currencyName: ZText,
  previousDay: ZMoney.nullable(), previousMonth: ZMoney.nullable(),
});
export type THotBalanceRow = z.infer<typeof ZHotBalanceRow>;

export const ZHotFirstTransactionRow = z.object({ balance: ZMoney, amount: ZMoney, transactionType: ZInt });
export type THotFirstTransactionRow = z.infer<typeof ZHotFirstTransactionRow>;

export const ZHotCurrencyRow = z.object({ institutionId: ZText, currencyCode: ZText, currencyName: ZText });

export const ZHotTransactionRow = z.object({
  id: ZInt, transactionDate: ZText, valueDate: ZText, transactionType: ZInt, amount: ZMoney, balance: ZMoney, remarks: ZText,
});
export type THotTransactionRow = z.infer<typeof ZHotTransactionRow>;

export const ZHotIdRow = z.object({ id: ZText });
export const ZHotHashRow = z.object({ hash: ZText });

/** A usage event waiting to be folded (lib/db/hot/hot-queries.ts rollUpUsage). */
export const ZHotUsageEventRow = z.object({
  id: ZInt, institutionId: ZText, clientId: ZText, operation: ZText, day: ZText, status: ZInt, present: ZBool, ms: ZInt,
});

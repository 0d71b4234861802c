// The customer-authentication seam: what the bank's internet-banking system (IB) answers about its
// customers. Renkei keeps the counters, known devices, audit and grants; the bank keeps every secret.
// Implementations: lib/bank/embedded/embedded-customer-auth.ts (Renkei's own tables, the demo bank) and
// lib/bank/http/http-customer-auth.ts (the bank's gateway). Chosen per institution by lib/bank/bank-for.ts.
import type { TChannel } from "@/lib/institutions/settings";

/** What a login form names, without the secret (one shape per login variant of settings.login). */
export type TLoginIds =
  | { kind: "contract-password"; contractNumber: string }
  | { kind: "contract-user-pin"; contractNumber: string; userCode: string }
  | { kind: "customer-id"; loginId: string }
  | { kind: "login-id"; loginId: string };

export type TLoginCredentials = TLoginIds & { password: string };

/** A customer as the bank names it at login: its reference, the name shown, and the contract it belongs to. */
export type TBankCustomer = {
  /** the bank's stable reference for this customer (opaque to Renkei) */
  customerRef: string;
  /** what the customer types to log in (shown after a certificate login, docs/seeds/004 手順1-1 ②) */
  loginId: string;
  displayName: string;
  /** the bank's reference of the contract (契約者ID); corporate contracts have several users */
  contractRef: string;
  contractName: string;
};

/** The answer to one secret: right, wrong, or refused because the bank has locked it. */
export type TSecretCheck = "ok" | "wrong" | "locked";

export type TLoginAnswer = { ok: true; customer: TBankCustomer } | { ok: false; reason: "invalid_credentials" | "locked" };

/** One account's 照会用暗証番号 state at the bank. */
export type TPinState = { accountRef: string; registered: boolean };

export interface ICustomerAuth {
  /**
   * The customer the IDs name, before any secret is checked, so that Renkei counts failures per customer;
   * null when nobody — or when the bank does not say before the password (then the ID as typed is counted).
   */
  findCustomer(channel: TChannel, ids: TLoginIds): Promise<string | null>;
  /** The ID and password of any login variant. An unknown ID and a wrong password answer alike. */
  checkLogin(channel: TChannel, credentials: TLoginCredentials): Promise<TLoginAnswer>;
  /** The ログインパスワード after a certificate login. */
  checkPassword(customerRef: string, password: string): Promise<TSecretCheck>;
  /** The ワンタイムパスワード; a code is accepted once. */
  verifyOtp(customerRef: string, code: string): Promise<TSecretCheck>;
  /** The customer a verified client certificate (SHA-256 fingerprint, as Node prints it) is registered to. */
  customerByCertificate(channel: TChannel, fingerprint256: string): Promise<TBankCustomer | null>;
  /** The 追加認証 question, or null when the customer has none. */
  secretQuestion(customerRef: string): Promise<string | null>;
  checkAnswer(customerRef: string, answer: string): Promise<TSecretCheck>;
  /** Each account's 照会用暗証番号 state. */
  pinStates(customerRef: string): Promise<TPinState[]>;
  checkPin(customerRef: string, accountRef: string, pin: string): Promise<TSecretCheck>;
  /** Registers the (already checked) PINs of these accounts for API use. */
  registerPins(customerRef: string, accountRefs: string[]): Promise<void>;
}

// The customer-authentication seam over the bank's gateway (lib/bank/wire/, docs/connecting-your-bank.md).
// The bank checks every secret and keeps its own lockouts; a "locked" answer is shown as a lockout.
// findCustomer asks nothing: the bank names the customer only with the password, so Renkei's counter for a
// password is the login ID as typed (lib/auth/check-password-login.ts).
import "server-only";
import type { IBankTransport } from "../transport/bank-transport";
import type { ICustomerAuth, TSecretCheck } from "../customer-auth";
import type { TWireErrorCode } from "../wire/wire-operation";
import { checkAnswerOperation } from "../wire/check-answer";
import { checkLoginOperation } from "../wire/check-login";
import { checkPasswordOperation } from "../wire/check-password";
import { checkPinOperation } from "../wire/check-pin";
import { customerByCertificateOperation } from "../wire/customer-by-certificate";
import { pinStatesOperation } from "../wire/pin-states";
import { registerPinsOperation } from "../wire/pin-registration";
import { secretQuestionOperation } from "../wire/secret-question";
import { verifyOtpOperation } from "../wire/verify-otp";
import { callBank, type TBankResult } from "./call-bank";

function secretCheck(result: TBankResult<unknown>): TSecretCheck {
  if (result.ok) return "ok";
  return result.error === "locked" ? "locked" : "wrong";
}

/** A customer or account the bank no longer knows, where Renkei named one it had named before. */
class BankForgot extends Error {
  constructor(error: TWireErrorCode) {
    super(`the bank answered ${error} for a reference it gave`);
  }
}

export function httpCustomerAuth(transport: IBankTransport): ICustomerAuth {
  const customer = (customerRef: string) => ({ customerRef });
  return {
    async findCustomer() {
      return null;
    },

    async checkLogin(channel, credentials) {
      const result = await callBank(transport, checkLoginOperation, {}, { channel, credentials });
      if (result.ok) return { ok: true, customer: result.body.customer };
      return { ok: false, reason: result.error === "locked" ? "locked" : "invalid_credentials" };
    },

    async checkPassword(customerRef, password) {
      return secretCheck(await callBank(transport, checkPasswordOperation, customer(customerRef), { password }));
    },

    async verifyOtp(customerRef, code) {
      return secretCheck(await callBank(transport, verifyOtpOperation, customer(customerRef), { code }));
    },

    async customerByCertificate(channel, fingerprint256) {
      const result = await callBank(transport, customerByCertificateOperation, {}, { channel, fingerprint256 });
      return result.ok ? result.body.customer : null;
    },

    async secretQuestion(customerRef) {
      const result = await callBank(transport, secretQuestionOperation, customer(customerRef));
      if (!result.ok) throw new BankForgot(result.error);
      return result.body.question;
    },

    async checkAnswer(customerRef, answer) {
      return secretCheck(await callBank(transport, checkAnswerOperation, customer(customerRef), { answer }));
    },

    async pinStates(customerRef) {
      const result = await callBank(transport, pinStatesOperation, customer(customerRef));
      if (!result.ok) throw new BankForgot(result.error);
      return result.body.accounts;
    },

    async checkPin(customerRef, accountRef, pin) {
      return secretCheck(await callBank(transport, checkPinOperation, { customerRef, accountRef }, { pin }));
    },

    async registerPins(customerRef, accountRefs) {
      if (accountRefs.length === 0) return;
      const result = await callBank(transport, registerPinsOperation, customer(customerRef), { accountRefs });
      if (!result.ok) throw new BankForgot(result.error);
    },
  };
}

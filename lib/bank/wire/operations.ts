// Every operation of the protocol, for the OpenAPI document, the simulator's router and the conformance kit.
import { accountsOperation } from "./accounts";
import { balancesOperation } from "./balances";
import { checkAnswerOperation } from "./check-answer";
import { checkLoginOperation } from "./check-login";
import { checkPasswordOperation } from "./check-password";
import { checkPinOperation } from "./check-pin";
import { customerAccountsOperation } from "./customer-accounts";
import { customerByCertificateOperation } from "./customer-by-certificate";
import { pinStatesOperation } from "./pin-states";
import { registerPinsOperation } from "./pin-registration";
import { secretQuestionOperation } from "./secret-question";
import { transactionsOperation } from "./transactions";
import { verifyOtpOperation } from "./verify-otp";

export const WIRE_OPERATIONS = [
  checkLoginOperation, checkPasswordOperation, verifyOtpOperation, customerByCertificateOperation, secretQuestionOperation,
  checkAnswerOperation, pinStatesOperation, checkPinOperation, registerPinsOperation,
  customerAccountsOperation, accountsOperation, balancesOperation, transactionsOperation,
] as const;

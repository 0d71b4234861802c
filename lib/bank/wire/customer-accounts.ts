// GET /v1/customers/{customerRef}/accounts — a customer's accounts, with 口座メモ.
import { z } from "zod";
import { ZCustomerAccount, wireOperation } from "./wire-operation";

export const customerAccountsOperation = wireOperation({
  operation: "customerAccounts",
  method: "GET",
  path: "/v1/customers/{customerRef}/accounts",
  summary: "Answers the accounts the customer may link, by branch code and account number.",
  idempotent: true,
  request: null,
  answer: z.object({ accounts: z.array(ZCustomerAccount) }),
  errors: ["invalid_request", "not_found"],
});

// GET /v1/customers/{customerRef}/pins — each account's 照会用暗証番号 state.
import { z } from "zod";
import { ZAccountRef, wireOperation } from "./wire-operation";

export const pinStatesOperation = wireOperation({
  operation: "pinStates",
  method: "GET",
  path: "/v1/customers/{customerRef}/pins",
  summary: "Answers, for each of the customer's accounts, whether its 照会用暗証番号 is registered for API use.",
  idempotent: true,
  request: null,
  answer: z.object({
    accounts: z.array(z.object({
      accountRef: ZAccountRef,
      registered: z.boolean().describe("true: 登録済み; false: 未登録 (the customer registers it in 手順4)"),
    })),
  }).meta({ examples: [{ accounts: [{ accountRef: "acc_11b7c0", registered: true }, { accountRef: "acc_2c90de", registered: false }] }] }),
  errors: ["invalid_request", "not_found"],
});

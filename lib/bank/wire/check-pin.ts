// POST /v1/customers/{customerRef}/accounts/{accountRef}/pin/check — one account's 照会用暗証番号.
import { z } from "zod";
import { ZCheckAnswer, wireOperation } from "./wire-operation";

export const checkPinOperation = wireOperation({
  operation: "checkPin",
  method: "POST",
  path: "/v1/customers/{customerRef}/accounts/{accountRef}/pin/check",
  summary: "Checks the 照会用暗証番号 filed with the bank for one of the customer's accounts (docs/seeds/004 手順4).",
  idempotent: false,
  request: z.object({ pin: z.string().regex(/^\d{4}$/).describe("The 4-digit PIN, as the customer typed it (never stored or logged)") })
    .meta({ examples: [{ pin: "1234" }] }),
  answer: ZCheckAnswer,
  errors: ["invalid_request", "pin_mismatch", "not_found", "locked"],
});

// POST /v1/customers/{customerRef}/pins/register — registers checked 照会用暗証番号 for API use.
import { z } from "zod";
import { ZAccountRef, wireOperation } from "./wire-operation";

export const registerPinsOperation = wireOperation({
  operation: "registerPins",
  method: "POST",
  path: "/v1/customers/{customerRef}/pins/register",
  summary: "Registers for API use the PINs of these accounts, each checked in this consent (登録済み* → 登録済み). Registering one already registered is no error.",
  idempotent: true,
  request: z.object({ accountRefs: z.array(ZAccountRef).min(1).max(100) }).meta({ examples: [{ accountRefs: ["acc_2c90de"] }] }),
  answer: z.object({ registered: z.array(ZAccountRef).describe("the accounts now registered") }).meta({ examples: [{ registered: ["acc_2c90de"] }] }),
  errors: ["invalid_request", "not_found"],
});

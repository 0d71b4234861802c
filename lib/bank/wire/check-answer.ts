// POST /v1/customers/{customerRef}/secret-question/check — the 追加認証 answer.
import { z } from "zod";
import { ZCheckAnswer, ZSecret, wireOperation } from "./wire-operation";

export const checkAnswerOperation = wireOperation({
  operation: "checkAnswer",
  method: "POST",
  path: "/v1/customers/{customerRef}/secret-question/check",
  summary: "Checks the answer to the 追加認証 question (compared as the bank compares it, e.g. width-folded).",
  idempotent: false,
  request: z.object({ answer: ZSecret("The answer", 100) }).meta({ examples: [{ answer: "さとう" }] }),
  answer: ZCheckAnswer,
  errors: ["invalid_request", "answer_mismatch", "not_found", "locked"],
});

// GET /v1/customers/{customerRef}/secret-question — the 追加認証 question.
import { z } from "zod";
import { wireOperation } from "./wire-operation";

export const secretQuestionOperation = wireOperation({
  operation: "secretQuestion",
  method: "GET",
  path: "/v1/customers/{customerRef}/secret-question",
  summary: "Answers the customer's 追加認証 question, or null when the customer has none (then Renkei never asks).",
  idempotent: true,
  request: null,
  answer: z.object({ question: z.string().min(1).max(200).nullable().describe("the question as the customer registered it") })
    .meta({ examples: [{ question: "母親の旧姓は？" }] }),
  errors: ["invalid_request", "not_found"],
});

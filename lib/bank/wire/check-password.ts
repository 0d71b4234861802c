// POST /v1/customers/{customerRef}/password/check — the ログインパスワード after a certificate login.
import { z } from "zod";
import { ZCheckAnswer, ZSecret, wireOperation } from "./wire-operation";

export const checkPasswordOperation = wireOperation({
  operation: "checkPassword",
  method: "POST",
  path: "/v1/customers/{customerRef}/password/check",
  summary: "Checks the login password of a customer named by a client certificate (docs/seeds/004 手順1-1 ②).",
  idempotent: false,
  request: z.object({ password: ZSecret("The ログインパスワード", 64) }).meta({ examples: [{ password: "Passw0rd!" }] }),
  answer: ZCheckAnswer,
  errors: ["invalid_request", "invalid_credentials", "not_found", "locked"],
});

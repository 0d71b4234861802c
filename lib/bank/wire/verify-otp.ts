// POST /v1/customers/{customerRef}/otp/verify — the ワンタイムパスワード (the IB vendor's).
import { z } from "zod";
import { ZCheckAnswer, wireOperation } from "./wire-operation";

export const verifyOtpOperation = wireOperation({
  operation: "verifyOtp",
  method: "POST",
  path: "/v1/customers/{customerRef}/otp/verify",
  summary: "Verifies a one-time password. A code is accepted once: a second use answers 401 otp_mismatch.",
  idempotent: false,
  request: z.object({ code: z.string().regex(/^\d{6}$/).describe("The 6-digit one-time password, as the customer typed it") }).meta({ examples: [{ code: "123456" }] }),
  answer: ZCheckAnswer,
  errors: ["invalid_request", "otp_mismatch", "not_found", "locked"],
});

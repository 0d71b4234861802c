// POST /v1/customers/login — the ID and password of any login variant of the institution's settings.
import { z } from "zod";
import { ZChannel, ZCustomer, ZSecret, wireOperation } from "./wire-operation";

const ZId = (what: string) => z.string().min(1).max(64).describe(what);
const ZPassword = ZSecret("The login password (パスワード / ログインパスワード / 利用者暗証番号)", 64);

export const ZLoginCredentials = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("contract-password"), contractNumber: ZId("契約者ID"), password: ZPassword })
    .describe("個人: 契約者ID + パスワード (docs/seeds/000, 001)"),
  z.object({ kind: z.literal("contract-user-pin"), contractNumber: ZId("契約者ID(利用者番号)"), userCode: ZId("利用者ID"), password: ZPassword })
    .describe("法人: 契約者ID(利用者番号) + 利用者ID + 利用者暗証番号 (docs/seeds/000)"),
  z.object({ kind: z.literal("customer-id"), loginId: ZId("お客様ID (case-sensitive)"), password: ZPassword })
    .describe("WEB-FB: お客様ID + ログインパスワード (docs/seeds/001, 003)"),
  z.object({ kind: z.literal("login-id"), loginId: ZId("ログインID"), password: ZPassword })
    .describe("ログインID + ログインパスワード (docs/seeds/004)"),
]);

export const checkLoginOperation = wireOperation({
  operation: "checkLogin",
  method: "POST",
  path: "/v1/customers/login",
  summary: "Checks a customer's login ID and password; answers the customer. An unknown ID and a wrong password answer alike (401 invalid_credentials).",
  idempotent: false,
  request: z.object({ channel: ZChannel, credentials: ZLoginCredentials })
    .describe("The login form's fields").meta({ examples: [{ channel: "personal", credentials: { kind: "contract-password", contractNumber: "10000001", password: "Passw0rd!" } }] }),
  answer: z.object({ customer: ZCustomer }).describe("The customer the credentials name"),
  errors: ["invalid_request", "invalid_credentials", "locked"],
});

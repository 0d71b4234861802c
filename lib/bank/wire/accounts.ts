// POST /v1/accounts/query — accounts by reference (the API's GET /accounts).
import { z } from "zod";
import { ZAccount, ZAccountRef, wireOperation } from "./wire-operation";

export const accountsOperation = wireOperation({
  operation: "accounts",
  method: "POST",
  path: "/v1/accounts/query",
  summary: "Answers these accounts; an unknown reference is left out (no error). A read: POST only to carry the list.",
  idempotent: true,
  request: z.object({ accountRefs: z.array(ZAccountRef).max(100) }).meta({ examples: [{ accountRefs: ["acc_11b7c0"] }] }),
  answer: z.object({ accounts: z.array(ZAccount) }),
  errors: ["invalid_request"],
});

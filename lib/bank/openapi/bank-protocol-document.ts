// The OpenAPI 3.1 document of Renkei's bank protocol (docs/bank-protocol.openapi.json), built from the operations'
// zod schemas (lib/bank/wire/) — the same schemas Renkei's http seams parse answers with, the simulator serves and
// the conformance kit checks — so the document cannot drift from what Renkei sends and expects.
// `npm run bank-openapi` writes it; lib/bank/openapi/bank-protocol-document.test.ts fails when it is not current.
import { z } from "zod";
import { WIRE_OPERATIONS } from "@/lib/bank/wire/operations";
import { WIRE_ERRORS, ZWireError, type TWireErrorCode, type TWireOperation } from "@/lib/bank/wire/wire-operation";

const schema = (s: z.ZodType) => {
  const out = z.toJSONSchema(s, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  delete out.$schema;
  return out;
};
const pascal = (name: string) => name.replace(/^./, (c) => c.toUpperCase());
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const ERROR_MEANING: Record<TWireErrorCode, string> = {
  invalid_request: "the body or a path parameter is malformed",
  invalid_credentials: "an unknown ID or a wrong password (never say which)",
  otp_mismatch: "a wrong one-time password",
  answer_mismatch: "a wrong 追加認証 answer",
  pin_mismatch: "a wrong 照会用暗証番号",
  not_found: "the customer or the account is unknown",
  locked: "the bank has locked this secret: Renkei shows its lockout page and counts nothing more",
};

function errorResponses(op: TWireOperation) {
  const byStatus = new Map<number, TWireErrorCode[]>();
  for (const code of op.errors) byStatus.set(WIRE_ERRORS[code], [...(byStatus.get(WIRE_ERRORS[code]) ?? []), code]);
  return Object.fromEntries([...byStatus].map(([status, codes]) => [String(status), {
    description: codes.map((c) => `${c}: ${ERROR_MEANING[c]}`).join("; "),
    content: { "application/json": { schema: ref("WireError"), examples: Object.fromEntries(codes.map((c) => [c, { value: { error: c } }])) } },
  }]));
}

function operation(op: TWireOperation) {
  const parameters = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name, in: "path", required: true, description: `the bank's ${name} (URL-encoded)`, schema: { type: "string", minLength: 1, maxLength: 128 },
  }));
  const requestExample = (op.request?.meta()?.examples as unknown[] | undefined)?.[0];
  const answerExample = (op.answer.meta()?.examples as unknown[] | undefined)?.[0];
  return {
    operationId: op.operation,
    summary: op.summary,
    description: `${op.summary}\n\n${op.idempotent ? "Idempotent: Renkei retries it once after a network error or a 5xx." : "Not idempotent: Renkei never retries it."}`,
    ...(parameters.length ? { parameters } : {}),
    ...(op.request ? {
      requestBody: { required: true, content: { "application/json": { schema: ref(`${pascal(op.operation)}Request`), ...(requestExample ? { example: requestExample } : {}) } } },
    } : {}),
    responses: {
      "200": { description: "OK", content: { "application/json": { schema: ref(`${pascal(op.operation)}Answer`), ...(answerExample ? { example: answerExample } : {}) } } },
      ...errorResponses(op),
      "503": {
        description: "Unavailable (any 5xx, a timeout or a network error alike): Renkei counts it toward the circuit breaker and answers its own client 503 with Retry-After. A Retry-After here is passed on.",
      },
    },
  };
}

export function bankProtocolDocument() {
  const ops = WIRE_OPERATIONS as readonly TWireOperation[];
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ops) (paths[op.path] ??= {})[op.method.toLowerCase()] = operation(op);
  const schemas: Record<string, unknown> = { WireError: schema(ZWireError) };
  for (const op of ops) {
    if (op.request) schemas[`${pascal(op.operation)}Request`] = schema(op.request);
    schemas[`${pascal(op.operation)}Answer`] = schema(op.answer);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Renkei bank protocol",
      version: "1.0.0",
      description: "What Renkei asks a bank's gateway (in front of its internet-banking system and its 勘定系) when an institution runs in http mode: "
        + "JSON over HTTPS, Renkei the client. Every 4xx is a domain answer { error, message? }; 5xx, timeouts and network errors mean unavailable. "
        + "See docs/connecting-your-bank.md.",
    },
    servers: [{
      url: "{baseUrl}",
      description: "the institution's base URL (settings core.baseUrl); the simulator serves each demo institution under /{slug}",
      variables: { baseUrl: { default: "http://127.0.0.1:3900/sakura" } },
    }],
    security: [{ mutualTLS: [] }, { bearer: [] }],
    components: {
      securitySchemes: {
        mutualTLS: { type: "mutualTLS", description: "Renkei presents the client certificate of the institution's settings (core.auth mtls) and trusts only its CA" },
        bearer: { type: "http", scheme: "bearer", description: "a secret shared with the bank, read by Renkei from the environment variable core.auth.secretEnv names" },
      },
      schemas,
    },
    paths,
  };
}

// The protocol's contract checks (docs/connecting-your-bank.md, "The conformance kit"), made from the operations'
// own schemas (lib/bank/wire/) so the kit checks exactly what Renkei's http seams rely on. They need no customer of
// the bank: each asks something whose answer the protocol fixes whatever the bank's data —
//   - every answer is JSON; a 4xx is { error, message? } with an error the operation declares, at its status
//   - a malformed body is refused with 400 invalid_request
//   - an unknown customer or account reference answers one of the operation's errors or a valid answer, never a 5xx
//   - a login with credentials nobody has answers 401 invalid_credentials (unknown ID and wrong password alike)
//   - reads of unknown accounts leave them out (200 with an empty list)
//   - an unknown path answers 404; with credentials configured, a caller without them is refused
import { WIRE_OPERATIONS } from "@/lib/bank/wire/operations";
import { WIRE_ERRORS, ZWireError, wirePath, type TWireOperation } from "@/lib/bank/wire/wire-operation";
import type { TRawAnswer } from "./conformance-client";

export type TCheckResult = { ok: true } | { ok: false; reason: string };
export type TConformanceCheck = {
  name: string;
  run: (call: (method: string, path: string, body: unknown, options?: { credentials?: boolean }) => Promise<TRawAnswer>) => Promise<TCheckResult>;
};

const UNKNOWN_REF = "conformance-unknown-ref-7f3c";
const pass: TCheckResult = { ok: true };
const fail = (reason: string): TCheckResult => ({ ok: false, reason });

/** What was answered, in a few words: the status and, for a protocol error, its code — never the body itself. */
function said(answer: TRawAnswer): string {
  if (answer.kind === "none") return `no answer (${answer.failure})`;
  const error = ZWireError.safeParse(answer.body);
  return error.success ? `${answer.status} ${error.data.error}` : `${answer.status}${answer.body === undefined ? " (not JSON)" : ""}`;
}

function isJson(answer: TRawAnswer): boolean {
  return answer.kind === "answer" && /^application\/json\b/i.test(answer.contentType) && answer.body !== undefined;
}

/** A 4xx the protocol allows for this operation: { error } of its list, answered at that error's status. */
function declaredError(op: TWireOperation, answer: TRawAnswer, only?: string[]): TCheckResult {
  const allowed = only ?? op.errors;
  if (answer.kind === "none" || answer.status >= 500) return fail(`expected ${allowed.join(" or ")}, got ${said(answer)}`);
  if (!isJson(answer)) return fail(`expected a JSON error, got ${said(answer)}`);
  const parsed = ZWireError.safeParse(answer.body);
  if (!parsed.success) return fail(`expected { error, message? }, got ${said(answer)} with another body`);
  if (!allowed.includes(parsed.data.error)) return fail(`expected ${allowed.join(" or ")}, got ${said(answer)}`);
  if (answer.status !== WIRE_ERRORS[parsed.data.error]) return fail(`${parsed.data.error} must be answered with ${WIRE_ERRORS[parsed.data.error]}, got ${answer.status}`);
  return pass;
}

function validAnswer(op: TWireOperation, answer: TRawAnswer, also?: (body: unknown) => string | null): TCheckResult {
  if (answer.kind === "none" || answer.status !== 200 || !isJson(answer)) return fail(`expected 200 JSON, got ${said(answer)}`);
  const parsed = op.answer.safeParse(answer.body);
  if (!parsed.success) return fail(`the answer breaks the schema at ${parsed.error.issues.slice(0, 3).map((i) => i.path.join(".") || "body").join(", ")}`);
  const problem = also?.(parsed.data);
  return problem ? fail(problem) : pass;
}

const example = (op: TWireOperation): unknown => (op.request?.meta()?.examples as unknown[] | undefined)?.[0];
const params = (op: TWireOperation) => Object.fromEntries([...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, UNKNOWN_REF]));
const hasParams = (op: TWireOperation) => /\{\w+\}/.test(op.path);
const byName = (name: string) => WIRE_OPERATIONS.find((op) => op.operation === name) as TWireOperation | undefined;

export function conformanceChecks(options: { credentialsConfigured: boolean }): TConformanceCheck[] {
  const checks: TConformanceCheck[] = [];
  for (const raw of WIRE_OPERATIONS) {
    const op = raw as TWireOperation;
    if (op.request && !op.request.safeParse({}).success && op.errors.includes("invalid_request")) {
      checks.push({
        name: `${op.operation}: refuses a malformed body with 400 invalid_request`,
        run: async (call) => declaredError(op, await call(op.method, wirePath(op, hasParams(op) ? params(op) : {}), {}), ["invalid_request"]),
      });
    }
    if (hasParams(op)) {
      checks.push({
        name: `${op.operation}: answers an unknown reference as the protocol allows (${op.errors.join(", ")}, or a valid answer)`,
        run: async (call) => {
          const answer = await call(op.method, wirePath(op, params(op)), op.request ? example(op) : undefined);
          // a read may answer "nothing" for a reference it does not know (null, an empty list): then it must be a valid answer
          return answer.kind === "answer" && answer.status === 200 ? validAnswer(op, answer) : declaredError(op, answer);
        },
      });
    }
  }
  const login = byName("checkLogin");
  if (login) {
    checks.push({
      name: "checkLogin: answers credentials nobody has with 401 invalid_credentials",
      run: async (call) => {
        const body = structuredClone(example(login)) as { credentials: Record<string, string> };
        for (const field of ["contractNumber", "loginId", "userCode"]) if (field in body.credentials) body.credentials[field] = "conformance-nobody";
        body.credentials.password = "conformance-wrong-password";
        return declaredError(login, await call(login.method, login.path, body), ["invalid_credentials"]);
      },
    });
  }
  for (const [name, list] of [["balances", "balances"], ["accounts", "accounts"]] as const) {
    const op = byName(name);
    if (!op) continue;
    checks.push({
      name: `${name}: leaves an unknown account out (200, empty list)`,
      run: async (call) => {
        const body = { ...(example(op) as object), accountRefs: [UNKNOWN_REF] };
        return validAnswer(op, await call(op.method, op.path, body), (answer) => {
          const items = (answer as Record<string, unknown[]>)[list];
          return items.length === 0 ? null : `expected no ${list}, got ${items.length}`;
        });
      },
    });
  }
  checks.push({
    name: "an unknown path answers 404",
    run: async (call) => {
      const answer = await call("GET", "/v1/conformance-no-such-operation", undefined);
      return answer.status === 404 ? pass : fail(`expected 404, got ${said(answer)}`);
    },
  });
  if (options.credentialsConfigured) {
    const op = (byName("accounts") ?? WIRE_OPERATIONS[0]) as TWireOperation;
    checks.push({
      name: "refuses a caller without Renkei's credentials",
      run: async (call) => {
        const answer = await call(op.method, wirePath(op, params(op)), example(op), { credentials: false });
        return answer.status === 0 || answer.status === 401 || answer.status === 403 ? pass : fail(`expected a refusal (401, 403 or no TLS session), got ${said(answer)}`);
      },
    });
  }
  return checks;
}

// The reference implementation of the bank protocol (lib/bank/wire/): each operation answered from a demo
// bank through the embedded seams (lib/bank/embedded/), institution by institution under /{slug}/.
// Framework-free — (method, path, body) → (status, body) — so the simulator's HTTP server
// (scripts/core-sim.ts) stays a thin shell and the conformance kit can be tested against it.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { IAccountData } from "../account-data";
import type { ICustomerAuth, TLoginCredentials, TSecretCheck } from "../customer-auth";
import { embeddedAccountData } from "../embedded/embedded-account-data";
import { embeddedCustomerAuth } from "../embedded/embedded-customer-auth";
import { WIRE_OPERATIONS } from "../wire/operations";
import { WIRE_ERRORS, type TWireErrorCode, type TWireOperation } from "../wire/wire-operation";

export type TWireAnswer = { status: number; body: unknown };

type TSeams = { auth: ICustomerAuth; data: IAccountData };
type THandler = (seams: TSeams, params: Record<string, string>, body: never) => Promise<TWireAnswer>;

const ok = (body: unknown): TWireAnswer => ({ status: 200, body });
const refuse = (error: TWireErrorCode, message?: string): TWireAnswer => ({ status: WIRE_ERRORS[error], body: message ? { error, message } : { error } });
const checked = (answer: TSecretCheck, wrong: TWireErrorCode): TWireAnswer =>
  answer === "ok" ? ok({ result: "ok" }) : refuse(answer === "locked" ? "locked" : wrong);
const money = (value: bigint) => value.toString();

const HANDLERS: Record<string, THandler> = {
  checkLogin: async ({ auth }, _, body: { channel: "personal" | "corporate"; credentials: TLoginCredentials }) => {
    const answer = await auth.checkLogin(body.channel, body.credentials);
    return answer.ok ? ok({ customer: answer.customer }) : refuse(answer.reason);
  },
  checkPassword: async ({ auth }, p, body: { password: string }) => checked(await auth.checkPassword(p.customerRef, body.password), "invalid_credentials"),
  verifyOtp: async ({ auth }, p, body: { code: string }) => checked(await auth.verifyOtp(p.customerRef, body.code), "otp_mismatch"),
  customerByCertificate: async ({ auth }, _, body: { channel: "personal" | "corporate"; fingerprint256: string }) => {
    const customer = await auth.customerByCertificate(body.channel, body.fingerprint256);
    return customer ? ok({ customer }) : refuse("not_found");
  },
  secretQuestion: async ({ auth }, p) => ok({ question: await auth.secretQuestion(p.customerRef) }),
  checkAnswer: async ({ auth }, p, body: { answer: string }) => checked(await auth.checkAnswer(p.customerRef, body.answer), "answer_mismatch"),
  pinStates: async ({ auth }, p) => ok({ accounts: await auth.pinStates(p.customerRef) }),
  checkPin: async ({ auth }, p, body: { pin: string }) => checked(await auth.checkPin(p.customerRef, p.accountRef, body.pin), "pin_mismatch"),
  registerPins: async ({ auth }, p, body: { accountRefs: string[] }) => {
    const owned = new Set((await auth.pinStates(p.customerRef)).map((a) => a.accountRef));
    if (!body.accountRefs.every((ref) => owned.has(ref))) return refuse("not_found", "an account is not the customer's");
    await auth.registerPins(p.customerRef, body.accountRefs);
    return ok({ registered: body.accountRefs });
  },
  customerAccounts: async ({ data }, p) => ok({ accounts: await data.customerAccounts(p.customerRef) }),
  accounts: async ({ data }, _, body: { accountRefs: string[] }) => ok({ accounts: await data.accounts(body.accountRefs) }),
  balances: async ({ data }, _, body: { accountRefs: string[]; baseDate: string }) => ok({
    balances: (await data.balances(body.accountRefs, body.baseDate)).map((b) => ({
      ...b, balance: money(b.balance), withdrawableAmount: money(b.withdrawableAmount),
      previousDayBalance: money(b.previousDayBalance), previousMonthBalance: money(b.previousMonthBalance),
    })),
  }),
  transactions: async ({ data }, p, body: { dateFrom: string; dateTo: string; after: { transactionDate: string; itemKey: string } | null; limit: number }) => {
    const page = await data.transactions({ accountRef: p.accountRef, ...body });
    if (!page) return refuse("not_found");
    return ok({ ...page, transactions: page.transactions.map((t) => ({ ...t, amount: money(t.amount), balance: money(t.balance) })) });
  },
};

type TRoute = { op: TWireOperation; pattern: RegExp; names: string[] };
const ROUTES: TRoute[] = WIRE_OPERATIONS.map((op) => {
  const names: string[] = [];
  const pattern = new RegExp(`^${op.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{(\w+)\}/g, (_m, name: string) => {
    names.push(name);
    return "([^/]+)";
  })}$`);
  return { op, pattern, names };
});

function route(method: string, path: string): { op: TWireOperation; params: Record<string, string> } | "method" | null {
  let methodMismatch = false;
  for (const r of ROUTES) {
    const m = r.pattern.exec(path);
    if (!m) continue;
    if (r.op.method !== method) {
      methodMismatch = true;
      continue;
    }
    try {
      return { op: r.op, params: Object.fromEntries(r.names.map((name, i) => [name, decodeURIComponent(m[i + 1])])) };
    } catch {
      return null;
    }
  }
  return methodMismatch ? "method" : null;
}

const CHECK_OWN_ANSWERS = process.env.NODE_ENV !== "production";

const ZSlug = z.string().regex(/^[a-z0-9-]{1,40}$/);

// A bank's gateway knows which institution it serves from its configuration, not from a query per call: the
// simulator reads each institution's id once (its demo bank never removes one) and keeps it for the process's life.
// An unknown slug is not remembered, so an institution seeded later is found.
const institutionIds = new Map<string, Promise<string | null>>();
function institutionIdOf(slug: string): Promise<string | null> {
  const held = institutionIds.get(slug);
  if (held) return held;
  const id = db.institution.findUnique({ where: { slug }, select: { id: true } }).then((row) => row?.id ?? null);
  institutionIds.set(slug, id);
  void id.then((found) => { if (found === null) institutionIds.delete(slug); }, () => institutionIds.delete(slug));
  return id;
}

// the two embedded seams of each institution, made once (each is a set of closures over the institution's id)
const seamsByInstitution = new Map<string, TSeams>();
function seamsOf(institutionId: string): TSeams {
  let seams = seamsByInstitution.get(institutionId);
  if (!seams) {
    seams = { auth: embeddedCustomerAuth(institutionId), data: embeddedAccountData(institutionId) };
    seamsByInstitution.set(institutionId, seams);
  }
  return seams;
}

/** Answers one request of the protocol: `path` is /{institution slug}/v1/…, `body` the parsed JSON (or undefined). */
export async function serveWire(method: string, path: string, body: unknown): Promise<TWireAnswer> {
  const [, slug, ...rest] = path.split("/");
  if (!ZSlug.safeParse(slug).success) return { status: 404, body: { error: "not_found", message: "no such institution" } };
  const found = route(method, `/${rest.join("/")}`);
  if (found === "method") return { status: 405, body: { error: "invalid_request", message: "method not allowed" } };
  if (!found) return { status: 404, body: { error: "not_found", message: "no such operation" } };
  const institutionId = await institutionIdOf(slug);
  if (!institutionId) return refuse("not_found", "no such institution");
  let input: unknown = undefined;
  if (found.op.request) {
    const parsed = found.op.request.safeParse(body);
    if (!parsed.success) return refuse("invalid_request", parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ").slice(0, 500));
    input = parsed.data;
  }
  const seams = seamsOf(institutionId);
  const answer = await HANDLERS[found.op.operation](seams, found.params, input as never);
  // the reference implementation answers only what the protocol allows: a drift is a bug here, not the bank's.
  // Checked in development and tests; a production start (`RENKEI_DEMO_CORE=http npm start`, the bench) skips it:
  // Renkei reads every answer against the same schema (lib/bank/http/call-bank.ts), so a drift still fails there.
  if (answer.status === 200 && CHECK_OWN_ANSWERS) found.op.answer.parse(answer.body);
  return answer;
}

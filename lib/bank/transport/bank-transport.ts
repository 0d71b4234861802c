// The one way Renkei talks to a bank's own systems (its gateway in front of the IB and the 勘定系), for the http
// implementation of the seams in lib/bank/. The seams say what to ask (operation, method, path, body); this says how:
// keep-alive pooling, a timeout per call, one retry for reads, a concurrency cap and a circuit breaker per
// institution (lib/bank/transport/http-bank-transport.ts). Every failure of the bank's side is one error,
// BankUnavailableError, which the API and the consent screens turn into their "unavailable now" answers.
import "server-only";
import type { TInstitutionSettings } from "@/lib/institutions/settings";
import { BANK_UNAVAILABLE_DIGEST } from "./bank-unavailable-digest";
import { transportRegistry } from "./transport-registry";

export type TBankCall = {
  /** the protocol operation's name, for the console and the error category (never a customer value) */
  operation: string;
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** below the institution's core.baseUrl, starting with "/" (a query string may follow) */
  path: string;
  /** sent as JSON */
  body?: unknown;
  /** true: a read the transport may retry once (a write never is: the bank might have done it) */
  idempotent: boolean;
};

/** Every 2xx and 4xx answer of the bank: a 4xx is a domain answer (wrong password, locked, unknown account). */
export type TBankAnswer = { status: number; body: unknown };

export interface IBankTransport {
  request(call: TBankCall): Promise<TBankAnswer>;
}

/** Why a call failed, as the console shows it: a short word, never a body, URL or credential. */
export type TBankFailure = "timeout" | "network" | "status_5xx" | "bad_response" | "circuit_open" | "cap_full" | "misconfigured";

/** The bank's side cannot answer now: timeout, network error, 5xx, circuit open, concurrency cap full. */
export class BankUnavailableError extends Error {
  readonly retryAfterSeconds: number;
  readonly category: TBankFailure;
  /** kept by Next on the way to the consent screens' error boundary (./bank-unavailable-digest.ts) */
  readonly digest = BANK_UNAVAILABLE_DIGEST;
  constructor(category: TBankFailure, retryAfterSeconds: number) {
    // the message names the category only: it may reach a log, and a body or a header could carry a customer's data
    super(`the bank's systems are unavailable (${category})`);
    this.name = "BankUnavailableError";
    this.category = category;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * The transport of an institution in http mode: one per institution and process, kept while its core settings stay
 * the same (a change, e.g. by `renkei institution core`, replaces it: new pool, closed circuit).
 * @throws Error for an institution in embedded mode: its seams never reach a bank (a programming error)
 */
export function bankTransportFor(institution: { id: string; slug: string; settings: TInstitutionSettings }): IBankTransport {
  return transportRegistry().transportFor(institution);
}

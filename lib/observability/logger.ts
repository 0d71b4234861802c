// The process's one logger (pino): one JSON line per request (lib/http/observe-request.ts) and per
// notable event, on stdout, at RENKEI_LOG_LEVEL (info by default; fatal error warn info debug trace silent).
// What may be logged: the request's method, route template, status, duration, request id and institution, and
// each event's own words. Never a body, a header, a form or a query string — that is where the secrets travel.
// The redaction below is the second line: if an object carrying a secret's name ever reaches a log call, its
// value is replaced (test/observability/log-redaction.test.ts greps a whole flow's log for each secret).
// No server-only: server.mjs's bundle and Next's both use it, and a unit test reads its redaction.
import pino, { type Logger } from "pino";
import { processSingleton } from "@/lib/process/cross-bundle";

/** Field names whose values are secrets wherever they appear (top level and one level down). */
const SECRET_FIELDS = [
  "password", "newPassword", "otp", "totp", "pin", "pins", "inquiryPin", "secretAnswer", "code", "code_verifier",
  "token", "access_token", "refresh_token", "id_token", "registration_access_token", "initial_access_token",
  "client_secret", "client_assertion", "assertion", "dpop", "DPoP", "cookie", "cookies", "set-cookie", "authorization", "Authorization",
];

export const REDACTED_PATHS = [
  ...SECRET_FIELDS.map((f) => (/^[A-Za-z_]+$/.test(f) ? f : `["${f}"]`)),
  ...SECRET_FIELDS.map((f) => (/^[A-Za-z_]+$/.test(f) ? `*.${f}` : `*["${f}"]`)),
  "headers", "*.headers", "body", "*.body", "form", "*.form",
];

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

function levelFrom(env: Record<string, string | undefined>): string {
  const wanted = (env.RENKEI_LOG_LEVEL || "info").trim().toLowerCase();
  return (LOG_LEVELS as readonly string[]).includes(wanted) ? wanted : "info";
}

/** A logger as the process's is made: pino, JSON, redacted; `destination` for a test that reads its lines. */
export function createLogger(env: Record<string, string | undefined> = process.env, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: levelFrom(env),
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    formatters: { level: (label) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The process's logger, made by whichever copy of lib/ logs first (lib/process/cross-bundle.ts). */
export function logger(): Logger {
  return processSingleton("logger", () => createLogger());
}

/**
 * The per-request line's logger (lib/http/observe-request.ts): the process's logger without the redaction pass.
 * That line is made of fixed fields — method, route template, status, duration, request id, institution — none of
 * which can hold a secret, and redaction's wildcard paths cost ~35 µs a line (a twelfth of an introspection's time
 * on the lean path; `npm run bench`), against ~3 µs without. Anything else is logged through logger().
 */
export function accessLogger(): Logger {
  return processSingleton("accessLogger", () => logger().child({}, { redact: { paths: [], censor: "[redacted]" } }));
}

/** An error as a log line may carry it: its name and message, never its properties (a Prisma error's arguments). */
export function errorFields(error: unknown): { err: { name: string; message: string; stack?: string } } {
  if (error instanceof Error) return { err: { name: error.name, message: error.message, stack: error.stack } };
  return { err: { name: "NonError", message: String(error) } };
}

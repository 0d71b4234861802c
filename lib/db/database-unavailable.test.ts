// The outage check recognises every shape an unreachable database takes on its way up through Prisma — in
// particular PostgreSQL's 57P03 ("the database system is starting up", crash recovery) under Prisma's P2039
// (and P2010 for raw queries), where the driver's error sits in meta.driverAdapterError, not in cause — and
// nothing a request did wrong.
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-unavailable";

/** Prisma's wrapping of a driver error it cannot classify (its runtime: new PrismaClientKnownRequestError(…, "P2039", { driverAdapterError })). */
const wrapped = (code: "P2039" | "P2010", originalCode: string, originalMessage: string) =>
  Object.assign(new Error(`Database error. Code: \`${originalCode}\`. Message: \`${originalMessage}\``), {
    name: "PrismaClientKnownRequestError", code,
    meta: { driverAdapterError: Object.assign(new Error(originalMessage), { name: "DriverAdapterError", cause: { kind: "postgres", originalCode, originalMessage } }) },
  });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["crash recovery under P2039", wrapped("P2039", "57P03", "the database system is starting up")],
    ["a raw query during recovery (P2010)", wrapped("P2010", "57P03", "the database system is starting up")],
    ["an administrator's shutdown (57P01)", wrapped("P2039", "57P01", "terminating connection due to administrator command")],
    ["the adapter's kind", Object.assign(new Error("x"), { cause: { kind: "DatabaseNotReachable" } })],
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["a dropped connection", new Error("Connection terminated unexpectedly")],
    ["a busy SQLite file", Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" })],
  ])("%s: yes", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", wrapped("P2039", "23505", "duplicate key value violates unique constraint")],
    ["a record not found", Object.assign(new Error("No record was found"), { code: "P2025" })],
    ["an ordinary error", new Error("boom")],
    ["not an error", "text"],
  ])("%s: no", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

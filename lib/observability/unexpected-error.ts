// An error nothing expected (answered 500): one log line with its name, message and stack — never its other
// properties, where a Prisma error keeps the query's arguments — and, when the database raised it, one count
// in renkei_db_errors_total{kind="query"}.
import { errorFields, logger } from "./logger";
import { metrics } from "./metrics";

function fromDatabase(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    const x = e as { name?: unknown; code?: unknown; cause?: unknown };
    if (typeof x.name === "string" && x.name.startsWith("PrismaClient")) return true;
    if (typeof x.code === "string" && /^P\d{4}$/.test(x.code)) return true;
    e = x.cause;
  }
  return false;
}

export function logUnexpectedError(where: string, error: unknown): void {
  if (fromDatabase(error)) metrics().dbErrors.inc({ kind: "query" });
  logger().error({ where, ...errorFields(error) }, `${where}: unexpected error`);
}

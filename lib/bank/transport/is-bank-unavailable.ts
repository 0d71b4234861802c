// Whether an error (or one it wraps, e.g. a transaction's) is the bank's side being unavailable: by name as well as
// by class, since the production server's machine bundle and Next's bundles each hold their own copy of the class.
import { BankUnavailableError } from "./bank-transport";

export function bankUnavailableIn(error: unknown): BankUnavailableError | null {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 6; depth += 1) {
    if (e instanceof BankUnavailableError || (e as Error).name === "BankUnavailableError") return e as BankUnavailableError;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

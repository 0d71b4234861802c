// One call of the bank protocol over the institution's transport (lib/bank/transport/): the path filled in,
// the body sent, and the answer read against the operation's schemas (lib/bank/wire/). A 200 that does not
// match its schema, or a 4xx the operation does not list, is the bank breaking the protocol: it is treated
// like an unavailable bank (503 to the aggregator, the consent screen's page) and never half-used.
import "server-only";
import type { z } from "zod";
import { BankUnavailableError, type IBankTransport } from "../transport/bank-transport";
import { ZWireError, wirePath, type TWireErrorCode, type TWireOperation } from "../wire/wire-operation";

export type TBankResult<T> = { ok: true; body: T } | { ok: false; error: TWireErrorCode };

export async function callBank<TRequest extends z.ZodType, TAnswer extends z.ZodType>(
  transport: IBankTransport,
  op: TWireOperation<TRequest, TAnswer>,
  params: Record<string, string>,
  body?: z.input<TRequest>,
): Promise<TBankResult<z.output<TAnswer>>> {
  const answer = await transport.request({ operation: op.operation, method: op.method, path: wirePath(op, params), body, idempotent: op.idempotent });
  if (answer.status === 200) {
    const parsed = op.answer.safeParse(answer.body);
    if (parsed.success) return { ok: true, body: parsed.data };
  } else if (answer.status >= 400 && answer.status < 500) {
    const parsed = ZWireError.safeParse(answer.body);
    if (parsed.success && op.errors.includes(parsed.data.error)) return { ok: false, error: parsed.data.error };
  }
  throw new BankUnavailableError("bad_response", 30);
}

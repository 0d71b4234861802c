// The single-use ids one request presents — its DPoP proof's jti (RFC 9449 §11.1) and its client
// assertion's jti (RFC 7523 §3 item 7) — recorded so that no second request with the same id succeeds.
//   - reserve: checked when the proof or assertion is verified (a replay is refused there, in the order
//     the checks run), and kept with the request
//   - the request's commit inserts them in the same transaction as what the request writes
//     (lib/db/hot/hot-queries.ts): of two racing requests with one id, one commit wins, the other
//     rolls back and is refused
//   - settle: whatever was not committed with a write is inserted on its own before the response, on
//     success and on failure alike (lib/endpoints/define-endpoint.ts), so an id is spent once verified
//   - riders: writes that go with the request's commit whatever it writes — a limit's strict counter
//     (lib/limits/meter.ts) that rolls the commit back when the client is over its limit; on failure they
//     are settled like the ids, counting without refusing (the request failed anyway)
//   - the call's usage row (lib/usage/record-usage.ts) goes with the settle's commit when there is one, so that
//     a call whose ids are spent at the end (introspection, revocation) makes one transaction, not two
import "server-only";
import { CountRefused, hotQueries, ReplayDetected, WriteRaced, type THotWrite, type TReplayRecord } from "@/lib/db/hot/hot-queries";

export class SingleUse {
  private pending: TReplayRecord[] = [];
  private riders: THotWrite[] = [];

  /** A write to go with the request's next commit (first in it), or with its settle. */
  ride(write: THotWrite): void {
    this.riders.push(write);
  }

  /** false when the id was used before; otherwise it is kept to be recorded with this request. */
  async reserve(record: TReplayRecord): Promise<boolean> {
    if (this.pending.some((r) => r.key === record.key)) return false;
    if (await (await hotQueries()).replaySeen(record.key)) return false;
    this.pending.push(record);
    return true;
  }

  /** The records not yet committed, handed to a commit that writes them (and no longer pending here). */
  take(): TReplayRecord[] {
    return this.pending.splice(0);
  }

  /**
   * The request's writes and its pending ids in one hot commit. A conditional write that lost its race
   * (WriteRaced) rolled the ids back with it: they are pending again, so that they are still spent when
   * the request settles.
   */
  async commit(writes: THotWrite[]): Promise<void> {
    const records = this.take();
    const riders = this.riders.splice(0);
    try {
      await (await hotQueries()).commit(records, [...riders, ...writes]);
    } catch (error) {
      if (error instanceof WriteRaced || error instanceof CountRefused) this.pending.push(...records);
      throw error;
    }
  }

  /**
   * Records what is pending now; throws ReplayDetected when another request recorded one first.
   * usage: the call's usage row, written in the same commit when anything is pending — true when it was.
   */
  async settle(usage?: THotWrite): Promise<boolean> {
    const records = this.take();
    const riders = this.riders.splice(0).map((w) => (w.kind === "countUse" ? { ...w, strict: false } : w));
    if (records.length === 0 && riders.length === 0) return false;
    await (await hotQueries()).commit(records, usage ? [...riders, usage] : riders);
    return Boolean(usage);
  }

  /** After a failed request: record what is pending, and ignore a race lost (the request failed anyway). */
  async settleQuietly(usage?: THotWrite): Promise<boolean> {
    return this.settle(usage).catch((error) => {
      if (!(error instanceof ReplayDetected)) throw error;
      return false;
    });
  }
}

// nextItemKey: an opaque, tamper-proof cursor for keyset paging. It carries the last row's
// (transactionDate, id) and is bound to the grant, the account and the query's dates: HMAC-SHA256
// under a key derived from AUTH_SECRET, so every instance sharing the secret accepts it.
import { createHmac, timingSafeEqual } from "node:crypto";

/** lastId: the last line's itemKey — an integer for the embedded bank, the bank's own text for another */
export type TCursor = { grantId: string; accountId: string; dateFrom: string; dateTo: string; lastDate: string; lastId: number | string };

function mac(payload: string): Buffer {
  return createHmac("sha256", `renkei-paging:${process.env.AUTH_SECRET ?? ""}`).update(payload).digest();
}

export function encodeCursor(cursor: TCursor): string {
  const payload = Buffer.from(JSON.stringify([cursor.grantId, cursor.accountId, cursor.dateFrom, cursor.dateTo, cursor.lastDate, cursor.lastId])).toString("base64url");
  return `${payload}.${mac(payload).subarray(0, 16).toString("base64url")}`;
}

/** The cursor, or null when the key was altered, forged, or made for another query. */
export function decodeCursor(key: string, expected: Omit<TCursor, "lastDate" | "lastId">): TCursor | null {
  if (key.length > 512) return null;
  const [payload, signature] = key.split(".");
  if (!payload || !signature) return null;
  const sent = Buffer.from(signature, "base64url");
  const good = mac(payload).subarray(0, 16);
  if (sent.length !== good.length || !timingSafeEqual(sent, good)) return null;
  try {
    const [grantId, accountId, dateFrom, dateTo, lastDate, lastId] = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (grantId !== expected.grantId || accountId !== expected.accountId || dateFrom !== expected.dateFrom || dateTo !== expected.dateTo) return null;
    if (typeof lastDate !== "string" || !(Number.isInteger(lastId) || (typeof lastId === "string" && lastId.length <= 128))) return null;
    return { grantId, accountId, dateFrom, dateTo, lastDate, lastId };
  } catch {
    return null;
  }
}

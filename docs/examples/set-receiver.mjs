// A receiver of Renkei's lifecycle events (docs/for-aggregators.md, "Lifecycle events"): an HTTP
// endpoint for RFC 8935 push delivery that verifies each Security Event Token (RFC 8417) against the
// institution's jwks_uri with jose, and answers 202 once the event is safely handled.
//
//   node docs/examples/set-receiver.mjs http://localhost:3000/sakura <your client_id> [port]
//
// then register http://localhost:<port>/events (https in production) as your event_delivery_uri.
// Renkei's own tests use this file as their receiver (test/events/, e2e/lifecycle-events.spec.ts).
import http from "node:http";
import { fileURLToPath } from "node:url";
import { createRemoteJWKSet, jwtVerify } from "jose";

export const EVENT_TYPE_NAMESPACE = "https://schemas.renkei.dev/secevent/";

/**
 * Verifies one SET and returns its event: { jti, iat, txn, type, payload } where type is
 * "grant-revoked" | "grant-expiring" | "grant-expired". Throws when anything does not hold.
 */
export async function verifySet(token, { issuer, clientId, keys }) {
  const { payload } = await jwtVerify(token, keys, {
    issuer, // the institution: {origin}/{institution}
    audience: clientId, // you
    typ: "secevent+jwt", // RFC 8417 §2.3: not an ID token or an access token passed off as an event
    algorithms: ["ES256"],
  });
  const entries = Object.entries(payload.events ?? {});
  if (entries.length !== 1 || typeof payload.jti !== "string") throw new Error("a Renkei SET carries a jti and exactly one event");
  const [uri, body] = entries[0];
  if (!uri.startsWith(EVENT_TYPE_NAMESPACE)) throw new Error(`unknown event type ${uri}`);
  return { jti: payload.jti, iat: payload.iat, txn: payload.txn, type: uri.slice(EVENT_TYPE_NAMESPACE.length), payload: body };
}

/**
 * An http.Server for POST /events. onEvent(event) does your work (mark the customer's link as ended,
 * ask them to reconnect, …); when it throws, the receiver answers 500 and Renkei tries again later.
 * Renkei may deliver an event more than once (a lost 202): the jti is the key to handle it once.
 */
export function createSetReceiver({ issuer, clientId, jwksUri = `${issuer}/oauth/jwks`, onEvent }) {
  const keys = createRemoteJWKSet(new URL(jwksUri));
  const handled = new Set(); // in production: a unique column in your database
  const reply = (res, status, body) => {
    res.writeHead(status, body ? { "content-type": "application/json" } : {});
    res.end(body ? JSON.stringify(body) : undefined);
  };
  return http.createServer((req, res) => {
    if (req.method !== "POST" || new URL(req.url ?? "/", "http://x").pathname !== "/events") return reply(res, 404);
    if (!(req.headers["content-type"] ?? "").startsWith("application/secevent+jwt")) {
      return reply(res, 400, { err: "invalid_request", description: "content-type must be application/secevent+jwt" });
    }
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => {
      body += chunk;
      if (body.length > 64 * 1024) req.destroy();
    });
    req.on("end", async () => {
      let event;
      try {
        event = await verifySet(body.trim(), { issuer, clientId, keys });
      } catch (error) {
        // RFC 8935 §2.3: 400 with err and description; Renkei records them and retries
        return reply(res, 400, { err: error?.code === "ERR_JWKS_NO_MATCHING_KEY" ? "invalid_key" : "invalid_request", description: String(error?.message ?? error).slice(0, 200) });
      }
      try {
        if (!handled.has(event.jti)) {
          await onEvent(event);
          handled.add(event.jti);
        }
        reply(res, 202); // RFC 8935 §2.2: accepted
      } catch {
        reply(res, 500); // not handled: Renkei retries with backoff
      }
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [issuer, clientId, port = "8090"] = process.argv.slice(2);
  if (!issuer || !clientId) {
    console.error("usage: node docs/examples/set-receiver.mjs <issuer> <client_id> [port]");
    process.exit(2);
  }
  createSetReceiver({ issuer, clientId, onEvent: (event) => console.log(JSON.stringify(event)) })
    .listen(Number(port), () => console.log(`receiving Renkei events at http://localhost:${port}/events`));
}

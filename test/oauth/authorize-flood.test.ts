// A baseline client's authorization request is a public GET (a client_id is no secret), and each start
// writes an interaction and an audit entry before the customer does anything. One address may start
// START_LIMIT of them for a client in 10 minutes (lib/oauth/authorization-response/start-query-interaction.ts); beyond that the
// request goes back to the redirect_uri with temporarily_unavailable (RFC 6749 §4.1.2.1) and writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { START_LIMIT } from "@/lib/oauth/authorization-response/start-query-interaction";
import { BASELINE_REDIRECT, registerBaselineClient, type TBaselineClient } from "./baseline-client";
import { issuerOf } from "./helpers";
import { challenge, verifier } from "./raw-client";

let c: TBaselineClient;
beforeAll(async () => {
  c = await registerBaselineClient("sakura");
});

const rows = async () => {
  const client = await db.client.findUniqueOrThrow({ where: { clientId: c.clientId }, select: { id: true } });
  const [interactions, audit] = await Promise.all([
    db.interaction.count({ where: { clientId: client.id } }),
    db.auditEvent.count({ where: { action: "authorization.started", actorId: c.clientId } }),
  ]);
  return { interactions, audit };
};

describe("200 authorization GETs from one address", () => {
  it(`write ${START_LIMIT} interactions and audit entries, and answer the rest temporarily_unavailable`, { timeout: 120_000 }, async () => {
    expect(await rows()).toEqual({ interactions: 0, audit: 0 });
    const statuses: string[] = [];
    for (let i = 0; i < 200; i++) {
      const query = new URLSearchParams({
        client_id: c.clientId, response_type: "code", redirect_uri: BASELINE_REDIRECT, scope: "balances", state: `s${i}`,
        code_challenge: challenge(verifier()), code_challenge_method: "S256",
      });
      const res = await fetch(`${issuerOf("sakura")}/oauth/authorize?${query}`, { redirect: "manual" });
      expect(res.status).toBe(303);
      const location = new URL(res.headers.get("location")!);
      statuses.push(location.searchParams.get("error") ?? "started");
      if (i === START_LIMIT) {
        expect(`${location.origin}${location.pathname}`).toBe(BASELINE_REDIRECT);
        expect(Object.fromEntries(location.searchParams)).toEqual({
          error: "temporarily_unavailable", error_description: "too many authorization requests from this address; try again later",
          state: `s${i}`, iss: issuerOf("sakura"),
        });
      }
    }
    expect(statuses.filter((s) => s === "started")).toHaveLength(START_LIMIT);
    expect(statuses.slice(START_LIMIT).every((s) => s === "temporarily_unavailable")).toBe(true);
    expect(await rows()).toEqual({ interactions: START_LIMIT, audit: START_LIMIT });
  });
});

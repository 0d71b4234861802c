// The authorization endpoint for a baseline client's request sent as query parameters (RFC 6749 §4.1.1;
// lib/oauth/clients/profile-policy.ts). The client is known and its profile live (lib/oauth/authorization-response/start-interaction.ts).
//   1. redirect_uri given once and registered, exactly (RFC 9700 §2.1): until then errors are the error
//      page, never a redirect (RFC 6749 §4.1.2.1, RFC 9700 §4.11)
//   2. every parameter at most once (RFC 6749 §3.1)
//   3. the same checks as a pushed request, in the same order (lib/oauth/authorization-request/checks.ts):
//      PKCE S256, scope, state, channel …
//   4. an error from here on goes back to the redirect_uri with error, error_description, state and iss
//      (RFC 6749 §4.1.2.1, RFC 9207 §2)
//   5. at most START_LIMIT interactions a window per client and address, counted before anything is
//      written: anyone can send this GET (a client_id is public), and each start writes an interaction and an
//      audit entry before the customer does anything; beyond the limit, temporarily_unavailable and no row.
//      A count, not a deferred write: the interaction is what binds the steps to this browser and ends them
//      after 15 minutes, and a customer's browser starts one or two for a service, not dozens.
//   6. otherwise the interaction starts, with no pushed request
import "server-only";
import { db } from "@/lib/db";
import { issuerFor } from "@/lib/config/origin";
import type { TInstitution } from "@/lib/institutions/get-institution";
import { runAuthorizationChecks } from "@/lib/oauth/authorization-request/checks";
import { createInteraction } from "./create-interaction";
import { reserveAttempt, type TAttemptCounter } from "@/lib/auth/reserve-attempt";
import { InvalidRequest, OAuthError, TemporarilyUnavailable } from "@/lib/oauth/errors/oauth-errors";
import type { TClient } from "@/lib/oauth/clients/load-client";
import { authorizationResponseUrl } from "./load-interaction";
import { SingleUse } from "@/lib/oauth/endpoints/single-use";
import type { TStartResult } from "./start-interaction";

/** RFC 6749 §4.1.2.1: error_description is printable ASCII without " and \ (a parameter's echo may not be). */
/** Interactions one address may start for one client in 10 minutes (the reservation is kept: a start is a start). */
export const START_LIMIT = 30;
const startCounter = (clientId: string, ip: string): TAttemptCounter => ({ key: `authorize:${clientId}:${ip}`, max: START_LIMIT, minutes: 10, onSuccess: "release" });

const asciiDescription = (text: string) => text.replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, "?").slice(0, 300);

export async function startQueryInteraction(institution: TInstitution, client: TClient, request: Request, browserId: string, ip: string): Promise<TStartResult> {
  const query = new URL(request.url).searchParams;
  const redirectUris = query.getAll("redirect_uri");
  if (redirectUris.length !== 1 || !client.redirectUris.includes(redirectUris[0])) return { ok: false, reason: "invalid_redirect_uri" };
  const redirectUri = redirectUris[0];

  const form: Record<string, string> = {};
  let repeated: string | undefined;
  for (const [name, value] of query) {
    if (name in form) repeated ??= name;
    else form[name] = value;
  }
  const back = (error: OAuthError): TStartResult => ({
    ok: false,
    redirectUrl: authorizationResponseUrl(redirectUri, { error: error.error, error_description: asciiDescription(error.description), state: form.state, iss: issuerFor(institution.slug) }),
  });
  if (repeated) return back(new InvalidRequest(`${asciiDescription(repeated).slice(0, 40)} is given more than once`));

  let params;
  try {
    // nothing here spends a single-use id: a browser's request carries no DPoP proof (check-dpop-binding.ts)
    params = await runAuthorizationChecks({ form, request, singleUse: new SingleUse(), client, via: "query", institution, params: {} });
  } catch (error) {
    if (error instanceof OAuthError) return back(error);
    throw error;
  }
  if ((await reserveAttempt([startCounter(client.id, ip)])).locked) {
    return back(new TemporarilyUnavailable("too many authorization requests from this address; try again later"));
  }
  const now = new Date();
  const interactionId = await db.$transaction((tx) => createInteraction(tx, { institution, client, params, pushedRequestId: null, browserId, ip, now }));
  return { ok: true, interactionId };
}

// FAPI Grant Management §5.4–5.5: grant_management_action is create (or absent) or replace; replace
// names, in grant_id, an active grant of this client at this institution, whose id the new consent
// keeps. merge is refused: a grant here is always replaced whole (one grant per client and customer,
// docs/design.md §5).
import "server-only";
import { db } from "@/lib/db";
import { InvalidGrantId, InvalidRequest } from "@/lib/oauth/errors/oauth-errors";
import type { TAuthorizationCheck } from "./context";

export const checkGrantManagement: TAuthorizationCheck = async ({ form, client, institution, params }) => {
  const action = form.grant_management_action;
  if (action === undefined || action === "create") {
    if (form.grant_id !== undefined) throw new InvalidRequest("grant_id needs grant_management_action=replace");
    return;
  }
  if (action !== "replace") throw new InvalidRequest("grant_management_action must be create or replace (merge is not supported)");
  if (!form.grant_id) throw new InvalidRequest("grant_management_action=replace needs grant_id");
  const grant = await db.grant.findUnique({ where: { id: form.grant_id }, select: { clientId: true, institutionId: true, status: true, expiresAt: true } });
  // §5.5: unknown, another client's, or no longer active → invalid_grant_id
  if (!grant || grant.clientId !== client.id || grant.institutionId !== institution.id || grant.status !== "active" || grant.expiresAt < new Date()) {
    throw new InvalidGrantId("grant_id is unknown, not this client's, or no longer active");
  }
  params.replaceGrantId = form.grant_id;
};

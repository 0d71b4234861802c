// What a signed-in operator may see and touch: every institution, or the ones assigned. Every console
// query and action takes this scope, so isolation holds in lib, not only in the UI.
export type TOperatorScope = { operatorId: string; loginId: string; name: string; all: boolean; institutionIds: string[] };

/** Refused for scope reasons; the console shows the message and changes nothing. */
export class ConsoleForbidden extends Error {
  constructor(message = "その金融機関の操作権限がありません。") {
    super(message);
  }
}

/** May this operator act for the institution? (null = something for every institution: only an all-institutions operator) */
export function canActFor(scope: TOperatorScope, institutionId: string | null): boolean {
  return institutionId === null ? scope.all : scope.all || scope.institutionIds.includes(institutionId);
}

export function assertCanActFor(scope: TOperatorScope, institutionId: string | null): void {
  if (!canActFor(scope, institutionId)) throw new ConsoleForbidden();
}

/** A Prisma filter on institutionId for the operator's institutions; undefined = no limit (all). */
export function institutionFilter(scope: TOperatorScope): { in: string[] } | undefined {
  return scope.all ? undefined : { in: scope.institutionIds };
}

/**
 * A change to a client row itself (its profile, sunset, event_delivery_uri) touches every institution
 * that has it enabled: only an operator of all of them may make it (docs/security-habits.md, "one
 * tenant writing another's data"). `institutions` are the client's ClientInstitution rows.
 */
export function mayChangeClient(scope: TOperatorScope, institutions: { institutionId: string }[]): boolean {
  return institutions.every((i) => canActFor(scope, i.institutionId));
}

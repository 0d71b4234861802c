// zod issues → the messages a form shows beside its fields: the first message for each field wins, so a
// field shows the rule it broke first (its schema's order), not the last one checked. A field is named by
// its path ("terms.title" for a nested one); an issue about the whole object goes to "form". Pure, so the
// browser's check (components/consent/use-step-form.ts) and the server actions name fields alike.

/** What a zod issue carries that a form needs. */
export type TFieldIssue = { readonly path: readonly PropertyKey[]; readonly message: string };

export function issuesToFieldErrors(issues: readonly TFieldIssue[], fieldOf: (issue: TFieldIssue) => string = (issue) => issue.path.map(String).join(".") || "form"): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[fieldOf(issue)] ??= issue.message;
  return errors;
}

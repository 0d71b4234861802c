// What every console page starts with: the signed-in operator's scope and the label of it for the frame.
import "server-only";
import { requireOperator } from "./require-operator";
import { listScopeInstitutions } from "./list-scope-institutions";

export async function consolePage() {
  const scope = await requireOperator();
  const institutions = await listScopeInstitutions(scope);
  const scopeLabel = scope.all ? "全金融機関" : institutions.map((i) => i.name).join("・");
  return { scope, institutions, shell: { operator: scope.name, scopeLabel } };
}

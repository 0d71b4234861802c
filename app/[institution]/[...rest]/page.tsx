// Any path under an institution that names no page: the institution's own not-found page
// (app/[institution]/not-found.tsx), in its frame, rather than the portal's.
import { notFound } from "next/navigation";

export default function UnknownInstitutionPage(): never {
  notFound();
}

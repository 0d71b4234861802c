// A consent step's page or server action whose work reached the bank's systems and found them unavailable: a
// redirect to the page that says so (./unavailable), as the route handlers do (finish-interaction.ts
// orUnavailablePage). A redirect, not a thrown error: the step's error boundary (error.tsx) needs JavaScript, and
// a browser without it would otherwise get Next's bare 500 (an empty page after a GET, "Internal Server Error"
// after a form post). The boundary stays for whatever bank call is not wrapped here.
import "server-only";
import { redirect } from "next/navigation";
import { bankUnavailableIn } from "@/lib/bank/transport/is-bank-unavailable";

export async function orUnavailableRedirect<T>(slug: string, interactionId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (bankUnavailableIn(error)) redirect(`/${slug}/authorize/${interactionId}/unavailable`);
    throw error; // Next's own redirects among them
  }
}

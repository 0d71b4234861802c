// /demo and its routes exist only in the demo (lib/config/demo-data-wanted.ts): outside it there is no demo
// aggregator client, and a page that runs flows and shows messages on the bank's origin has no business
// there. app/demo/layout.tsx answers 404 for the pages, this for the route handlers.
import { demoDataWanted } from "@/lib/config/demo-data-wanted";

export function demoNotServed(): Response | null {
  if (demoDataWanted()) return null;
  return new Response("Not Found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

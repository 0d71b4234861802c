// POST /demo/start: a plain form post, so the browser itself follows the 303 to the bank (a full
// navigation, not the client router), which is how a real aggregator hands its customer over.
import { publicOrigin } from "@/lib/config/origin";
import { startDemoFlow } from "@/lib/demo/start-demo-flow";
import { seeOther } from "@/lib/http/see-other";
import { errorFields, logger } from "@/lib/observability/logger";
import { demoNotServed } from "@/lib/demo/demo-served";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const hidden = demoNotServed();
  if (hidden) return hidden;
  let location: string;
  try {
    location = await startDemoFlow(await request.formData());
  } catch (error) {
    logger().error(errorFields(error), "demo: could not start");
    location = "/demo?error=start";
  }
  return seeOther(location.startsWith("/") ? `${publicOrigin()}${location}` : location);
}

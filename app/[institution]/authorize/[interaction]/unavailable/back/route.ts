import { returnUnavailable } from "@/lib/consent/finish-interaction";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ institution: string; interaction: string }> };

export async function POST(request: Request, { params }: TContext) {
  const { institution, interaction } = await params;
  return returnUnavailable(request, institution, interaction);
}

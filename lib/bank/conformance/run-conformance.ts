// Runs the protocol's contract checks (./conformance-checks.ts) against one implementation, one after the other.
import { conformanceChecks } from "./conformance-checks";
import { conformanceClient, type TConformanceTarget } from "./conformance-client";

export type TConformanceLine = { name: string; ok: boolean; reason?: string };

export async function runConformance(target: TConformanceTarget): Promise<TConformanceLine[]> {
  const client = conformanceClient(target);
  try {
    const lines: TConformanceLine[] = [];
    for (const check of conformanceChecks({ credentialsConfigured: Boolean(target.bearer || target.tls) })) {
      const result = await check.run(client.call).catch((error: unknown) => ({ ok: false as const, reason: `the check failed: ${(error as Error).name}` }));
      lines.push(result.ok ? { name: check.name, ok: true } : { name: check.name, ok: false, reason: result.reason });
    }
    return lines;
  } finally {
    await client.close();
  }
}

// docs/for-aggregators.md ("Security profiles") and /docs (components/docs/baseline-snippet.ts) give the
// whole baseline flow as curl commands: they are run here as written, in order, against the suite's server
// (only ISSUER is set to it), each step's answer feeding the next as an aggregator's shell would. The customer's 許可 in between is given in process.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { baselineFlowSnippet } from "@/components/docs/baseline-snippet";
import { consent, issuerOf, startInteraction } from "./helpers";
import { sampleAggregatorToken } from "../support/sample-aggregator-token";

/** The commands of a shell block, as a shell reads them: continued lines and open quotes joined, comments dropped. */
function commandsOf(block: string): string[] {
  const commands: string[] = [];
  let pending = "";
  for (const line of block.split("\n")) {
    if (!pending && (!line.trim() || line.trim().startsWith("#"))) continue;
    pending += line.endsWith("\\") ? `${line.slice(0, -1)} ` : line;
    if (line.endsWith("\\") || (pending.match(/'/g) ?? []).length % 2 === 1) {
      if (!line.endsWith("\\")) pending += "\n";
      continue;
    }
    commands.push(pending.trim());
    pending = "";
  }
  return commands;
}

/** docs/for-aggregators.md's "Security profiles" shell block. */
function markdownBlock(): string {
  const doc = readFileSync(path.resolve(__dirname, "../../docs/for-aggregators.md"), "utf8");
  const section = doc.slice(doc.indexOf("## Security profiles"), doc.indexOf("## 1."));
  const start = section.indexOf("```sh") + "```sh".length;
  return section.slice(start, section.indexOf("```", start));
}

const run = (command: string, env: Record<string, string>) =>
  execFileSync("bash", ["-c", command], { env: { ...process.env, ...env }, encoding: "utf8" });

describe("the baseline curl example", () => {
  it.each([
    ["of docs/for-aggregators.md", markdownBlock],
    ["of /docs (components/docs/baseline-snippet.ts)", () => baselineFlowSnippet("http://localhost:3000/sakura")],
  ])("%s works as written", async (_name, block) => {
    const commands = commandsOf(block());
    const find = (start: string) => {
      const found = commands.find((c) => c.startsWith(start));
      if (!found) throw new Error(`no command starting with ${start}`);
      return found;
    };
    // the token the bank issued for the example's company (docs/for-aggregators.md §0)
    const env: Record<string, string> = { ISSUER: issuerOf("sakura"), INITIAL_ACCESS_TOKEN: await sampleAggregatorToken() };
    expect(find("ISSUER=")).toBe("ISSUER=http://localhost:3000/sakura");

    const registered = JSON.parse(run(find("curl -s $ISSUER/oauth/register"), env));
    expect(registered).toMatchObject({ security_profile: "baseline", token_endpoint_auth_method: "client_secret_basic" });
    Object.assign(env, { CLIENT_ID: registered.client_id, CLIENT_SECRET: registered.client_secret });

    env.VERIFIER = run(`${find("VERIFIER=")}; printf %s "$VERIFIER"`, env);
    env.CHALLENGE = run(`${find("CHALLENGE=")}; printf %s "$CHALLENGE"`, env);
    const authorize = new URL(run(find('echo "$ISSUER/oauth/authorize'), env).trim());
    const { redirectUrl } = await consent(await startInteraction(authorize));
    const callback = new URL(redirectUrl);
    expect(callback.origin + callback.pathname).toBe("https://app.example/callback");
    env.CODE = callback.searchParams.get("code")!;

    const tokens = JSON.parse(run(find("curl -s $ISSUER/oauth/token -u \"$CLIENT_ID:$CLIENT_SECRET\" -d grant_type=authorization_code"), env));
    expect(tokens).toMatchObject({ token_type: "Bearer", expires_in: 600, scope: "balances transactions" });
    env.ACCESS_TOKEN = tokens.access_token;
    const balances = JSON.parse(run(find("curl -s $ISSUER/api/v1/accounts/balances"), env));
    expect(balances.balances.length).toBeGreaterThan(0);

    env.REFRESH_TOKEN = tokens.refresh_token;
    const refreshed = JSON.parse(run(find("curl -s $ISSUER/oauth/token -u \"$CLIENT_ID:$CLIENT_SECRET\" -d grant_type=refresh_token"), env));
    expect(refreshed.refresh_token).toBeTruthy();
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    // the doc's warning holds: the spent one, sent again, ends the link
    expect(JSON.parse(run(find("curl -s $ISSUER/oauth/token -u \"$CLIENT_ID:$CLIENT_SECRET\" -d grant_type=refresh_token"), env))).toMatchObject({ error: "invalid_grant" });
    expect((await db.grant.findUniqueOrThrow({ where: { id: tokens.grant_id } })).status).toBe("revoked");
  });
});

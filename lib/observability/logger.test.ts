// The logger's second line of defence: an object carrying a secret under its usual name is logged redacted,
// at the top level and one level down, and RENKEI_LOG_LEVEL picks the level.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";

function capture(env: Record<string, string | undefined> = {}) {
  const lines: string[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(...String(chunk).split("\n").filter(Boolean)), done()) });
  return { log: createLogger(env, stream), lines };
}

describe("the logger", () => {
  it("writes one JSON line per call with the level's name and the message", () => {
    const { log, lines } = capture();
    log.info({ route: "/:institution/oauth/token", status: 200 }, "request");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ level: "info", msg: "request", route: "/:institution/oauth/token", status: 200 });
  });

  it("redacts secrets under their names, at the top level and one level down", () => {
    const { log, lines } = capture();
    const secrets = {
      password: "pw-secret-1", otp: "123456", pin: "9876", code: "code-secret", access_token: "at-secret", refresh_token: "rt-secret",
      client_secret: "cs-secret", client_assertion: "ca-secret", dpop: "dpop-secret", cookie: "ck-secret", authorization: "DPoP az-secret",
      "set-cookie": "sc-secret",
    };
    log.warn(secrets, "top");
    log.warn({ form: secrets }, "form");
    log.warn({ req: { headers: { authorization: "Bearer h-secret", cookie: "c=h-secret" } }, nested: { ...secrets } }, "nested");
    const text = lines.join("\n");
    for (const value of [...Object.values(secrets), "h-secret"]) expect(text).not.toContain(value);
    expect(lines.every((line) => JSON.parse(line))).toBe(true);
  });

  it("follows RENKEI_LOG_LEVEL, and ignores a level it does not know", () => {
    const quiet = capture({ RENKEI_LOG_LEVEL: "warn" });
    quiet.log.info("not shown");
    quiet.log.warn("shown");
    expect(quiet.lines.map((l) => JSON.parse(l).msg)).toEqual(["shown"]);
    const unknown = capture({ RENKEI_LOG_LEVEL: "loud" });
    unknown.log.info("shown at info");
    expect(unknown.lines).toHaveLength(1);
  });
});

// What Next and the packages print with console.* (Next's "✓ Running next.config.js", a server component's
// error) goes through the process's logger as well, so that stdout holds nothing but JSON lines: one parser
// for everything the process says. Called by server.mjs once, before Next is prepared.
import { format } from "node:util";
import { logger } from "./logger";

export function sendConsoleToLog(): void {
  const log = logger();
  const at = (level: "debug" | "info" | "warn" | "error") => (...args: unknown[]) => log[level]({ source: "console" }, format(...args));
  console.log = at("info");
  console.info = at("info");
  console.debug = at("debug");
  console.warn = at("warn");
  console.error = at("error");
}

// What a server said, from its output: the `msg` of each JSON log line (lib/observability/logger.ts), and any
// other line as it is — so that a test can look for a message's own words, line breaks and quotes included.
export function logMessages(output: string): string {
  return output.split("\n").filter((line) => line.trim() !== "").map((line) => {
    try {
      const entry = JSON.parse(line) as { msg?: unknown };
      return typeof entry === "object" && entry !== null && "msg" in entry ? String(entry.msg) : line;
    } catch {
      return line;
    }
  }).join("\n");
}

// Resident memory of a server under load: the process and its children (server.mjs runs Next in
// process, but a peer might fork), sampled from /proc every 100 ms while a measurement runs.
import { readdirSync, readFileSync } from "node:fs";

function rssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function children(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

export function treeRssMb(pid: number): number {
  let total = 0;
  const queue = [pid];
  while (queue.length) {
    const next = queue.pop()!;
    total += rssKb(next);
    queue.push(...children(next));
  }
  return total / 1024;
}

/** Samples the tree's RSS until stopped; returns the peak in MB. */
export function watchPeakRss(pid: number): () => number {
  let peak = treeRssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRssMb(pid))), 100);
  return () => {
    clearInterval(timer);
    return Math.round(Math.max(peak, treeRssMb(pid)));
  };
}

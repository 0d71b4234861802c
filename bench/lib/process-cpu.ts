// CPU time a process (and its children) spent, from /proc: on a machine shared with other work, requests per second
// move with everyone else's load, but the CPU milliseconds each request costs a process barely do. The bench reports
// both; the ratio of CPU per request is the fair comparison when the figures per second are noisy.
import { readdirSync, readFileSync } from "node:fs";

// USER_HZ: the unit of utime and stime in /proc/PID/stat, 100 on Linux on every architecture Node supports
const TICKS_PER_SECOND = 100;

function ticks(pid: number): number {
  try {
    // the command name (field 2) may hold spaces: count the fields after its closing parenthesis
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of proc(5))
  } catch {
    return 0;
  }
}

function tree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i += 1) {
    try {
      for (const task of readdirSync(`/proc/${all[i]}/task`)) {
        all.push(...readFileSync(`/proc/${all[i]}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number));
      }
    } catch {
      // gone
    }
  }
  return all;
}

/** Milliseconds of CPU the process tree has used so far. */
export function treeCpuMs(pid: number): number {
  return tree(pid).reduce((sum, p) => sum + ticks(p), 0) * (1000 / TICKS_PER_SECOND);
}

/** Milliseconds of CPU this process (the load generator) has used so far. */
export function ownCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

// What the bench started, stopped however the bench ends: normally, by an error, or by Ctrl-C. A
// failed run must not leave a server on its ports for the next run to talk to.
const stops: (() => Promise<void> | void)[] = [];

export function whenDone(stop: () => Promise<void> | void): void {
  stops.push(stop);
}

export async function stopEverything(): Promise<void> {
  while (stops.length) {
    try {
      await stops.pop()!();
    } catch {
      // already gone
    }
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void stopEverything().finally(() => process.exit(130)));
}

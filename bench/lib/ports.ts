// The bench's ports, all moved by RENKEI_BENCH_PORT_BASE (3300 by default): two checkouts on one machine can bench
// side by side (each server refuses a port already taken, and a bench would otherwise stop at set-up).
const base = Number(process.env.RENKEI_BENCH_PORT_BASE || 3300);

export const BENCH_PORTS = {
  renkei: base,
  renkeiTls: base + 443,
  peer: base + 1,
  limit: base + 2,
  machine: base + 3,
  /** Renkei's metrics listener (RENKEI_METRICS_PORT): 9464, the default, may be another process's here */
  renkeiMetrics: base + 4,
  /** the RENKEI_ROLE=machine process's metrics listener */
  machineMetrics: base + 5,
  bankSimulator: base + 601,
} as const;

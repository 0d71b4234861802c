// The bench's ports: 3300 (Renkei), 3301 (the peer), 3302 (the limit), 3743 (Renkei's TLS), 3901 (the bank
// simulator), all moved by RENKEI_BENCH_PORT_OFFSET so that two checkouts on one machine can bench at once.
export const BENCH_PORT_OFFSET = Number(process.env.RENKEI_BENCH_PORT_OFFSET || 0);
export const benchPort = (port: number) => port + BENCH_PORT_OFFSET;

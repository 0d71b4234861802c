// `npm run bench`: Renkei against node-oidc-provider (the peer) and a bare node:http server (the limit),
// on this machine, in one run. Each measurement: warm-up, then a fixed duration at fixed connections,
// every request with its own DPoP proof (and client assertion where the endpoint authenticates the
// client). Prints the table and the ratios; writes bench/results/latest.json.
//   --duration=10 --warmup=3 --connections=10   (seconds, seconds, connections)
//   --only=introspection,token                   (measure only those whose name contains one of these)
//   --profile                                    (CPU profiles of each server in bench/results/profiles)
//   RENKEI_BENCH_PORT_BASE=3300                  (moves every port the bench listens on: bench/lib/ports.ts)
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
import path from "node:path";
import { encodeCursor } from "@/lib/accounts/paging-key";
import { measure, type TMeasurement, type TMeasureOptions, type TRequest } from "./lib/measure";
import { ASSERTION_TYPE, benchKey, clientAssertion, dpopProof, type TBenchKey } from "./lib/sync-jws";
import { stopEverything, whenDone } from "./lib/cleanup";
import { BENCH_PORTS } from "./lib/ports";
import { writeReport } from "./report";
import { portInUse } from "../scripts/lib/server-process";
import { connectThroughSimulator, injectLatency, SIM_SECRET_ENV, startSimulator } from "./bank-connector";
import { measureOnOff, setBenchLimits } from "./limits-toggle";
import { BENCH_DB_FILE, pagingRowDate, startRenkei, startRenkeiBeside, startRenkeiRole, type TPagingAccount, type TRenkeiTarget } from "./renkei-target";

const root = path.resolve(__dirname, "..");
const PEER_PORT = BENCH_PORTS.peer;
const LIMIT_PORT = BENCH_PORTS.limit;
const MACHINE_PORT = BENCH_PORTS.machine;

function option(name: string, fallback: number): number {
  const value = process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  return value ? Number(value) : fallback;
}
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",");
const wanted = (name: string) => !only || only.some((part) => name.includes(part));
const profileDir = path.join(root, "bench/results/profiles");
const nodeArgs = process.argv.includes("--profile") ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const BENCH_REDIRECT = "http://localhost:8080/callback";
const BENCH_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"; // RFC 7636 Appendix B
const FORM = "application/x-www-form-urlencoded";

/** Starts a helper server (peer or limit) and waits for its one JSON line. */
async function startHelper(script: string, env: Record<string, string>): Promise<{ child: ChildProcess; info: Record<string, string> }> {
  if (await portInUse(Number(env.PORT))) throw new Error(`port ${env.PORT} is already in use: stop whatever listens there first`);
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, script)], { cwd: root, env: { ...process.env, NODE_ENV: "production", ...env }, stdio: ["ignore", "pipe", "inherit"] });
  whenDone(() => void child.kill());
  const lines = createInterface({ input: child.stdout! });
  const info = await new Promise<Record<string, string>>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${script} exited (${code})`)));
    lines.once("line", (line) => resolve(JSON.parse(line)));
  });
  return { child, info };
}

function renkeiRequests(target: TRenkeiTarget, key: TBenchKey) {
  const pathOf = (url: string) => url.slice(target.origin.length);
  const token = `${target.issuer}/oauth/token`;
  const par = `${target.issuer}/oauth/par`;
  const introspect = `${target.issuer}/oauth/introspect`;
  const balances = `${target.issuer}/api/v1/accounts/balances`;
  const transactions = `${target.issuer}/api/v1/accounts/transactions`;
  const { paging } = target;
  return {
    token: (): TRequest => ({
      method: "POST", path: pathOf(token),
      headers: { "content-type": FORM, dpop: dpopProof(key, "POST", token) },
      body: form({ grant_type: "refresh_token", refresh_token: target.refreshToken, client_assertion_type: ASSERTION_TYPE, client_assertion: clientAssertion(key, target.clientId, target.issuer) }),
    }),
    par: (): TRequest => ({
      method: "POST", path: pathOf(par),
      headers: { "content-type": FORM, dpop: dpopProof(key, "POST", par) },
      body: form({
        response_type: "code", client_id: target.clientId, redirect_uri: BENCH_REDIRECT, scope: "balances transactions", state: "bench",
        code_challenge: BENCH_CHALLENGE, code_challenge_method: "S256", client_assertion_type: ASSERTION_TYPE, client_assertion: clientAssertion(key, target.clientId, target.issuer),
      }),
    }),
    introspection: (): TRequest => ({
      method: "POST", path: pathOf(introspect),
      headers: { "content-type": FORM },
      body: form({ token: target.accessToken, client_assertion_type: ASSERTION_TYPE, client_assertion: clientAssertion(key, target.clientId, target.issuer) }),
    }),
    balances: (): TRequest => ({
      method: "GET", path: pathOf(balances),
      headers: { authorization: `DPoP ${target.accessToken}`, dpop: dpopProof(key, "GET", balances, target.accessToken) },
    }),
    /** A page at a random depth of the account's transactions, reached by a genuine nextItemKey. */
    page: (account: TPagingAccount) => (): TRequest => {
      const position = Math.floor(Math.random() * (account.rows - 600));
      const lastDate = pagingRowDate(Date.parse(`${paging.dateFrom}T00:00:00Z`), position, account.rows);
      const nextItemKey = encodeCursor({ grantId: paging.grantId, accountId: account.accountId, dateFrom: paging.dateFrom, dateTo: paging.dateTo, lastDate, lastId: account.firstId + position });
      const query = new URLSearchParams({ accountId: account.accountId, dateFrom: paging.dateFrom, dateTo: paging.dateTo, nextItemKey });
      return {
        method: "GET", path: `${pathOf(transactions)}?${query}`,
        headers: { authorization: `DPoP ${paging.accessToken}`, dpop: dpopProof(key, "GET", transactions, paging.accessToken) },
      };
    },
  };
}

const PEER_LINES = ["peer token (refresh)", "peer introspection", "peer PAR", "peer userinfo (protected resource)"];

async function main() {
  const options: TMeasureOptions = { connections: option("connections", 10), durationSeconds: option("duration", 10), warmupSeconds: option("warmup", 3) };
  const started = Date.now();
  const key = await benchKey("bench-1");
  const results: TMeasurement[] = [];
  const record = async (...args: Parameters<typeof measure>) => {
    if (wanted(args[0])) results.push(await measure(...args));
  };
  console.log(`Renkei bench — ${options.connections} connections, ${options.warmupSeconds} s warm-up + ${options.durationSeconds} s each\n`);

  process.env[SIM_SECRET_ENV] ||= randomBytes(24).toString("base64url"); // the bank simulator's bearer secret, in Renkei's environment
  console.log("Setting up Renkei (seed, 1,010,000 transactions, consent, tokens) …");
  const renkei = await startRenkei(key, nodeArgs, whenDone);
  const limit = await startHelper("bench/limit/bare-server.mjs", { PORT: String(LIMIT_PORT), DATABASE_FILE: BENCH_DB_FILE, INSTITUTION_ID: renkei.institutionId });
  const r = renkeiRequests(renkei, key);
  // the same requests from a second client whose limits are on, set high (issue 25: within 5 % of off)
  const limited = renkeiRequests({ ...renkei, ...renkei.limited }, key);
  await setBenchLimits(renkei.institutionId, renkei.clientId, false);
  await setBenchLimits(renkei.institutionId, renkei.limited.clientId, true);
  /** Limits off and on in alternating rounds (bench/limits-toggle.ts); only `offName` when the on line is not wanted. */
  const onOff = async (offName: string, onName: string, off: () => TRequest, on: () => TRequest) => {
    if (!wanted(onName)) return record(offName, "renkei", renkei.origin, renkei.pid, off, options);
    const both = await measureOnOff(3, (which, durationSeconds, warmupSeconds) =>
      measure(which === "off" ? offName : onName, "renkei", renkei.origin, renkei.pid, which === "off" ? off : on, { ...options, durationSeconds, warmupSeconds }), options.durationSeconds);
    if (wanted(offName)) results.push(both.off);
    results.push(both.on);
  };
  const limitUrl = `http://localhost:${LIMIT_PORT}/balances`;
  let peer: (Awaited<ReturnType<typeof startHelper>> & { requests: ReturnType<typeof peerRequests> }) | undefined;
  try {
    // balances and the limit first, while the access token is fresh; the token bench (which issues
    // thousands of new access tokens) last
    // the lean path's own floor: /readyz, one `SELECT 1` (what any machine endpoint costs at least)
    await record("renkei floor (/readyz, lean path, 1 query)", "renkei", renkei.origin, renkei.pid, () => ({ method: "GET", path: "/readyz", headers: {} }), options);
    await onOff("renkei balances", "renkei balances, limits on (set high)", r.balances, limited.balances);
    // the same requests to a RENKEI_ROLE=machine process on the same database (no Next loaded): its memory beside
    // the peer's, its rates beside the `all` process's; it is started only now, so the two never share the cores
    // while one is measured
    const machine = ["renkei machine balances", "renkei machine token (refresh)"].some(wanted) ? await startRenkeiRole("machine", MACHINE_PORT, nodeArgs) : null;
    if (machine) whenDone(() => void machine.stop());
    // the machine and the `all` process in alternating rounds (bench/limits-toggle.ts measureOnOff): whatever else the
    // shared machine runs falls on both alike
    const allVsMachine = async (allName: string, machineName: string, request: () => TRequest) => {
      if (!machine) return;
      const both = await measureOnOff(3, (which, durationSeconds, warmupSeconds) => which === "off"
        ? measure(allName, "renkei", renkei.origin, renkei.pid, request, { ...options, durationSeconds, warmupSeconds })
        : measure(machineName, "renkei", machine.origin, machine.pid, request, { ...options, durationSeconds, warmupSeconds }), options.durationSeconds);
      results.push(both.off, both.on);
    };
    await allVsMachine("renkei balances (all, beside machine)", "renkei machine balances", r.balances);
    await record("limit balances (node:http)", "limit", `http://localhost:${LIMIT_PORT}`, limit.child.pid!, () => ({
      method: "GET", path: "/balances", headers: { authorization: `DPoP ${renkei.accessToken}`, dpop: dpopProof(key, "GET", limitUrl, renkei.accessToken) },
    }), options);
    if (wanted("balances through the bank connector")) {
      // the same request with the institution in http mode, through the simulator on this machine (bench/bank-connector.ts),
      // in alternating rounds with the same request embedded (measureOnOff), so that whatever else the shared machine runs
      // falls on both alike: the institution is switched before each round that needs the other mode. A failure to set
      // it up is reported and leaves its ratios "not measured", not the rest of the bench undone
      let sim: ChildProcess | undefined;
      try {
        sim = await startSimulator(whenDone, nodeArgs);
        // the simulator's CPU is counted beside the server's: on this machine it shares the cores with the server and the load generator
        const bank = { bank: sim.pid! };
        let connected = false;
        const both = await measureOnOff(3, async (which, durationSeconds, warmupSeconds) => {
          const through = which === "on";
          if (through !== connected) await connectThroughSimulator(renkei.institutionId, (connected = through));
          return through
            ? measure("renkei balances through the bank connector", "renkei", renkei.origin, renkei.pid, r.balances, { ...options, durationSeconds, warmupSeconds }, bank)
            : measure("renkei balances (embedded, beside the connector)", "renkei", renkei.origin, renkei.pid, r.balances, { ...options, durationSeconds, warmupSeconds });
        }, options.durationSeconds);
        results.push(both.off, both.on);
        if (!connected) await connectThroughSimulator(renkei.institutionId, (connected = true));
        await injectLatency(20);
        await record("renkei balances through the bank connector, bank +20 ms", "renkei", renkei.origin, renkei.pid, r.balances, options, bank);
      } catch (error) {
        console.error("bench: balances through the bank connector not measured:", error instanceof Error ? error.message : error);
      } finally {
        await connectThroughSimulator(renkei.institutionId, false);
        sim?.kill();
      }
    }
    // the peer (node-oidc-provider) is started now, idle until its lines: introspection and PAR are measured in
    // alternating rounds of Renkei's and the peer's (measureOnOff), so that whatever else the shared machine runs falls
    // on both alike, as for the other pairs; its token and userinfo lines come after Renkei has stopped
    if (PEER_LINES.some(wanted)) {
      const helper = await startHelper("bench/peer/oidc-provider-server.mjs", {
        PORT: String(PEER_PORT), PEER_DB: path.join(root, ".data/bench/peer.db"), CLIENT_JWK: JSON.stringify(key.publicJwk), DPOP_JKT: key.jkt,
      });
      peer = { ...helper, requests: peerRequests(helper.info, key) };
    }
    /** Renkei's line and the peer's in alternating rounds, each warmed up first; Renkei's alone without the peer. */
    const beside = async (renkeiName: string, peerName: string, own: () => TRequest, theirs: (() => TRequest) | undefined) => {
      if (!peer || !theirs || !wanted(peerName)) return record(renkeiName, "renkei", renkei.origin, renkei.pid, own, options);
      const warm = { ...options, durationSeconds: 1 };
      await measure(renkeiName, "renkei", renkei.origin, renkei.pid, own, warm);
      await measure(peerName, "peer", peer.info.issuer, peer.child.pid!, theirs, warm);
      const both = await measureOnOff(3, (which, durationSeconds, warmupSeconds) => which === "off"
        ? measure(renkeiName, "renkei", renkei.origin, renkei.pid, own, { ...options, durationSeconds, warmupSeconds })
        : measure(peerName, "peer", peer!.info.issuer, peer!.child.pid!, theirs, { ...options, durationSeconds, warmupSeconds }), options.durationSeconds);
      results.push(both.off, both.on);
    };
    await beside("renkei introspection", "peer introspection", r.introspection, peer?.requests.introspection);
    const [small, large] = renkei.paging.accounts;
    await record("renkei transactions, 10k rows", "renkei", renkei.origin, renkei.pid, r.page(small), options);
    await record("renkei transactions, 1M rows", "renkei", renkei.origin, renkei.pid, r.page(large), options);
    await beside("renkei PAR", "peer PAR", r.par, peer?.requests.par);
    await onOff("renkei token (refresh)", "renkei token (refresh), limits on (set high)", r.token, limited.token);
    await allVsMachine("renkei token (refresh) (all, beside machine)", "renkei machine token (refresh)", r.token);
    await machine?.stop();
    if (wanted("renkei token (refresh, metrics off)")) {
      // the metrics' cost (issue 24: ≤ 5 %): the same line with the metrics off (RENKEI_METRICS_PORT=0: no listener, and
      // every counter and histogram a no-op; lib/observability/metrics.ts) and on, on two freshly started servers side by
      // side (neither has the first process's history: the setup's million rows, its write-ahead log), in alternating
      // rounds, so that the disk's and the machine's moods fall on both alike — the token line flushes a commit per batch
      const on = await renkei.restartWith({});
      const off = await startRenkeiBeside(MACHINE_PORT, { RENKEI_METRICS_PORT: "0" }, nodeArgs);
      try {
        const both = await measureOnOff(3, (which, durationSeconds, warmupSeconds) => which === "off"
          ? measure("renkei token (refresh, metrics off)", "renkei", off.origin, off.pid, r.token, { ...options, durationSeconds, warmupSeconds })
          : measure("renkei token (refresh, metrics on, restarted)", "renkei", renkei.origin, on, r.token, { ...options, durationSeconds, warmupSeconds }), options.durationSeconds);
        results.push(both.off, both.on);
      } finally {
        await off.stop();
      }
    }
  } finally {
    limit.child.kill();
    await renkei.stop();
  }

  if (!peer) return writeReport(results, options, Date.now() - started);
  try {
    await record("peer token (refresh)", "peer", peer.info.issuer, peer.child.pid!, peer.requests.token, options);
    await record("peer userinfo (protected resource)", "peer", peer.info.issuer, peer.child.pid!, peer.requests.userinfo, options);
  } finally {
    peer.child.kill();
  }

  writeReport(results, options, Date.now() - started);
}

/** The peer's requests, the same as Renkei's (renkeiRequests) at its own paths. */
function peerRequests(info: Record<string, string>, key: TBenchKey) {
  const { issuer, clientId, refreshToken, accessToken } = info;
  const token = `${issuer}/token`;
  const userinfo = `${issuer}/me`;
  return {
    token: (): TRequest => ({
      method: "POST", path: "/token", headers: { "content-type": FORM, dpop: dpopProof(key, "POST", token) },
      body: form({ grant_type: "refresh_token", refresh_token: refreshToken, client_assertion_type: ASSERTION_TYPE, client_assertion: clientAssertion(key, clientId, issuer) }),
    }),
    introspection: (): TRequest => ({
      method: "POST", path: "/token/introspection", headers: { "content-type": FORM },
      body: form({ token: accessToken, client_assertion_type: ASSERTION_TYPE, client_assertion: clientAssertion(key, clientId, issuer) }),
    }),
    par: (): TRequest => ({
      method: "POST", path: "/request", headers: { "content-type": FORM, dpop: dpopProof(key, "POST", `${issuer}/request`) },
      body: form({
        response_type: "code", client_id: clientId, redirect_uri: BENCH_REDIRECT, scope: "balances transactions", state: "bench",
        code_challenge: BENCH_CHALLENGE, code_challenge_method: "S256", client_assertion_type: ASSERTION_TYPE, client_assertion: clientAssertion(key, clientId, issuer),
      }),
    }),
    userinfo: (): TRequest => ({
      method: "GET", path: "/me", headers: { authorization: `DPoP ${accessToken}`, dpop: dpopProof(key, "GET", userinfo, accessToken) },
    }),
  };
}

main().then(
  async () => {
    await stopEverything();
    process.exit(process.exitCode ?? 0);
  },
  async (error) => {
    console.error(error);
    await stopEverything();
    process.exit(1);
  },
);

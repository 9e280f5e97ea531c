/**
 * Latency of the commendation list endpoint on a national dataset (product spec §8: "list pages answer
 * in tens of milliseconds"). Starts the built API against the given database, measures each request at
 * 1, 10 and 50 concurrent connections with autocannon, prints a markdown table and stops the API.
 *
 *   npx nx build api
 *   npm run bench:list -- --database-url postgres://postgres@127.0.0.1:5432/tdkt_bench
 *     [--duration 10] [--connections 1,10,50] [--port 3999] [--only name,…]
 *
 * The database should be prepared by `npm run dataset:generate`. Everything runs on the loopback interface.
 */
import { hashPassword } from '@tdkt/api/auth';
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';

interface Options {
  url: string;
  duration: number;
  connections: number[];
  port: number;
  api: string;
  only?: string[];
}

type BenchUser = 'reviewer' | 'chair' | 'staff';

interface Case {
  name: string;
  query: string;
  /** Who asks: a reviewer reads everything; a chair's and a staff user's lists carry their scope's condition. */
  user: BenchUser;
}

const CASES: Case[] = [
  { name: 'province-year', query: 'provinceCode=08&year=2024', user: 'reviewer' },
  { name: 'cluster-year', query: 'clusterCode=TDMNPB&year=2024', user: 'reviewer' },
  { name: 'search', query: 'q=nguyen%20van', user: 'reviewer' },
  { name: 'search+status', query: 'q=hoang&status=APPROVED', user: 'reviewer' },
  { name: 'deep-page', query: 'page=200&pageSize=50', user: 'reviewer' },
  { name: 'chair-year', query: 'year=2024', user: 'chair' },
  { name: 'staff-all', query: '', user: 'staff' },
];

/** Bench accounts, (re)created in the bench database with a fresh random password on every run. */
const BENCH_USERS: Record<BenchUser, { username: string; roles: string[]; provinceCode?: string; clusterCode?: string }> = {
  reviewer: { username: 'bench.reviewer', roles: ['COUNCIL_REVIEWER'] },
  chair: { username: 'bench.chair', roles: ['CLUSTER_CHAIR'], clusterCode: 'TDMNPB' },
  staff: { username: 'bench.staff', roles: ['PROVINCE_STAFF'], provinceCode: '08' },
};

async function benchTokens(o: Options, base: string): Promise<Record<BenchUser, string>> {
  const password = randomBytes(18).toString('base64url');
  const passwordHash = await hashPassword(password);
  const client = new Client({ connectionString: o.url });
  await client.connect();
  const tokens = {} as Record<BenchUser, string>;
  try {
    for (const [who, u] of Object.entries(BENCH_USERS) as Array<[BenchUser, (typeof BENCH_USERS)[BenchUser]]>) {
      await client.query(
        `INSERT INTO users (username, full_name, password_hash, roles, province_id, cluster_id, version)
         VALUES ($1, $2, $3, $4::text[],
                 (SELECT id FROM provinces WHERE code = $5 AND (valid_to IS NULL OR valid_to >= CURRENT_DATE) AND (valid_from IS NULL OR valid_from <= CURRENT_DATE)),
                 (SELECT id FROM clusters WHERE code = $6), 1)
         ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, failed_logins = 0, locked_until = NULL, active = true`,
        [u.username, `Benchmark ${who}`, passwordHash, u.roles, u.provinceCode ?? null, u.clusterCode ?? null],
      );
      const res = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: u.username, password }) });
      if (!res.ok) throw new Error(`bench sign-in of ${u.username} answered ${res.status}`);
      tokens[who] = ((await res.json()) as { accessToken: string }).accessToken;
    }
  } finally {
    await client.end();
  }
  return tokens;
}

const HOST = '127.0.0.1';
const HEALTH_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 10_000;
/** Latency samples kept per run; beyond this the run is still measured but samples are thinned evenly. */
const MAX_SAMPLES = 500_000;

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      'database-url': { type: 'string' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '1,10,50' },
      port: { type: 'string', default: '3999' },
      api: { type: 'string', default: 'dist/apps/api/main.js' },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(
      'Usage: npm run bench:list -- --database-url postgres://… [--duration 10] [--connections 1,10,50] [--port 3999] [--api dist/apps/api/main.js] [--only ' +
        CASES.map((c) => c.name).join(',') +
        ']',
    );
    process.exit(0);
  }
  const url = values['database-url'] ?? process.env['DATABASE_URL'];
  if (!url || !/^postgres(ql)?:\/\//.test(url)) fail('a PostgreSQL URL is required (--database-url or DATABASE_URL)');
  const duration = Number(values.duration);
  if (!Number.isFinite(duration) || duration < 1 || duration > 600) fail('--duration must be 1–600 seconds');
  const connections = (values.connections as string).split(',').map(Number);
  if (connections.some((c) => !Number.isInteger(c) || c < 1 || c > 1000)) fail('--connections must be a comma-separated list of 1–1000');
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail('--port must be a TCP port');
  const only = values.only ? (values.only as string).split(',') : undefined;
  const unknown = only?.filter((n) => !CASES.some((c) => c.name === n)) ?? [];
  if (unknown.length) fail(`unknown case(s) ${unknown.join(', ')}; known: ${CASES.map((c) => c.name).join(', ')}`);
  return { url: url as string, duration, connections, port, api: resolve(values.api as string), only };
}

function fail(message: string): never {
  console.error(`bench:list: ${message}`);
  process.exit(2);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function portInUse(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: HOST, port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/** The built API as a child process; its output is kept (last lines) for when something goes wrong. */
class ApiProcess {
  private child?: ChildProcess;
  private readonly output: string[] = [];
  private exited: number | null | undefined;

  constructor(private readonly o: Options) {}

  get base(): string {
    return `http://${HOST}:${this.o.port}/api/v1`;
  }

  async start(): Promise<void> {
    this.child = spawn(process.execPath, [this.o.api], {
      cwd: join(__dirname, '..', '..'),
      // No rate limit: the benchmark is one address sending thousands of requests a second.
      env: { ...process.env, DATABASE_URL: this.o.url, PORT: String(this.o.port), DEMO_DATA: 'false', RATE_LIMIT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        this.output.push(line);
        if (this.output.length > 200) this.output.shift();
        if (/is running at|error/i.test(line)) console.log(`  [api] ${line.replace(/\x1b\[[0-9;]*m/g, '').trim()}`);
      }
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.child.on('exit', (code) => (this.exited = code));

    const deadline = Date.now() + HEALTH_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (this.exited !== undefined) throw new Error(`the API exited (code ${this.exited}) before it was healthy:\n${this.output.slice(-30).join('\n')}`);
      try {
        const res = await fetch(`${this.base}/health`, { signal: AbortSignal.timeout(2000) });
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
    throw new Error(`the API did not answer ${this.base}/health within ${HEALTH_TIMEOUT_MS / 1000} s:\n${this.output.slice(-30).join('\n')}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || this.exited !== undefined) return;
    const gone = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await gone;
    clearTimeout(timer);
  }
}

interface Measured {
  name: string;
  query: string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
  total: string;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

async function measure(url: string, token: string, connections: number, duration: number): Promise<Omit<Measured, 'name' | 'query' | 'total'>> {
  const samples: number[] = [];
  let seen = 0;
  let instance!: autocannon.Instance;
  const finished = new Promise<autocannon.Result>((done, failed) => {
    instance = autocannon({ url, connections, duration, pipelining: 1, timeout: 30, headers: { authorization: `Bearer ${token}` } }, (err, result) => (err ? failed(err) : done(result)));
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    seen++;
    // Reservoir sampling keeps the percentiles honest even for a very fast endpoint.
    if (samples.length < MAX_SAMPLES) samples.push(responseTime);
    else {
      const j = Math.floor(Math.random() * seen);
      if (j < MAX_SAMPLES) samples[j] = responseTime;
    }
  });
  const result = await finished;
  const sorted = Float64Array.from(samples).sort();
  return {
    connections,
    requests: result.requests.total,
    rps: result.requests.total / (result.duration || duration),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

async function main(): Promise<void> {
  const o = readOptions(process.argv.slice(2));
  if (!existsSync(o.api)) fail(`${o.api} not found: build the API first (NX_DAEMON=false NX_NO_CLOUD=true npx nx build api)`);
  if (await portInUse(o.port)) fail(`port ${o.port} on ${HOST} is already in use; stop that process or pass --port`);
  const cases = CASES.filter((c) => !o.only || o.only.includes(c.name));

  const api = new ApiProcess(o);
  const stopOnSignal = () => {
    void api.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);

  const rows: Measured[] = [];
  try {
    console.log(`Starting ${o.api} on ${HOST}:${o.port}…`);
    const t0 = Date.now();
    await api.start();
    console.log(`API healthy after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const tokens = await benchTokens(o, api.base);

    for (const c of cases) {
      const url = `${api.base}/commendations?${c.query}`;
      // One checked request first: the answer must be a page, and it warms the caches of this query.
      const res = await fetch(url, { signal: AbortSignal.timeout(60_000), headers: { authorization: `Bearer ${tokens[c.user]}` } });
      const body = (await res.json()) as { items?: unknown[]; total?: number; totalExact?: boolean; message?: unknown };
      if (!res.ok || !Array.isArray(body.items)) throw new Error(`${c.name}: GET ${url} answered ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
      for (const connections of o.connections) {
        process.stdout.write(`  ${c.name.padEnd(14)} ${String(connections).padStart(3)} conn … `);
        const m = await measure(url, tokens[c.user], connections, o.duration);
        rows.push({ name: `${c.name} (${c.user})`, query: c.query, total: `${(body.total ?? 0).toLocaleString('en-US')}${body.totalExact === false ? '+' : ''}`, ...m });
        console.log(`${m.rps.toFixed(1)} req/s, p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms${m.failures ? `, ${m.failures} failed` : ''}`);
      }
    }
  } finally {
    await api.stop();
  }

  const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
  console.log('');
  console.log(`GET /api/v1/commendations, ${o.duration} s per row, latency in ms (autocannon, loopback)`);
  console.log('');
  console.log('| request | query | total rows | conns | req/s | p50 | p95 | p99 | failed |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.name} | \`${decodeURIComponent(r.query)}\` | ${r.total} | ${r.connections} | ${r.rps.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.failures} |`,
    );
  }
}

main().catch((err) => {
  console.error(`bench:list failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

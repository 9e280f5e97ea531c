/**
 * Load and fault test on PostgreSQL (§11): 200 clients for 60 s against the real API on a throwaway PostgreSQL
 * cluster of its own (never the shared server), with PostgreSQL restarted at 20 s; then checks that every
 * acknowledged create exists, no acknowledged edit was lost (version arithmetic), and the audit chain verifies.
 *
 *   npm run fault:pg [-- --clients 200 --duration 60 --restart-at 20 --mode immediate|fast --api dist/apps/api/main.js]
 *
 * Mixed load per client: 50 % reads (list pages, one record), 25 % creates (drafts with unique names), 25 %
 * edits of 20 shared "hot" drafts with the version last read (optimistic locking: conflicts answer 409).
 * `--mode immediate` (default) stops PostgreSQL like a crash (recovery from WAL); `fast` ends sessions cleanly.
 * Exit code 1 when a check fails or any request answered 500.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AuditService } from '@tdkt/api/access';
import { createDataSource } from '@tdkt/api/database';
import { startThrowawayCluster } from '@tdkt/api/database/testing';
import { Client } from 'pg';

const ROOT = join(__dirname, '..', '..');
const PASSWORD = 'mat-khau-tai-thu-loi-2026';
const STAFF = [
  { username: 'canbo.tuyenquang', provinceCode: '08' },
  { username: 'canbo.phutho', provinceCode: '25' },
  { username: 'canbo.dienbien', provinceCode: '11' },
  { username: 'canbo.langson', provinceCode: '20' },
];
const HOT_RECORDS = 20;

const draft = (provinceCode: string, recipientName: string) => ({
  recipientKind: 'COLLECTIVE',
  recipientName,
  provinceCode,
  awardTypeCode: 'BANG_KHEN_THU_TUONG',
  kind: 'REGULAR',
  achievementYear: 2025,
  citation: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2025 (tải thử)',
});

interface Sample {
  at: number;
  ms: number;
  status: number; // 0: no answer (connection refused or reset)
  op: 'read' | 'create' | 'edit';
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function startServer(api: string, env: Record<string, string>): { child: ChildProcess; port: Promise<number>; output: () => string } {
  const args = api.endsWith('.ts') ? ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', api] : [api];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tools', 'tsconfig.tools.json'), TS_NODE_TRANSPILE_ONLY: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const port = new Promise<number>((resolve, reject) => {
    const onData = (c: Buffer) => {
      out = (out + c.toString()).slice(-200_000);
      const m = /is running at http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`API exited (${code}) before it was ready:\n${out.slice(-5000)}`)));
  });
  return { child, port, output: () => out };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string', default: '200' },
      duration: { type: 'string', default: '60' },
      'restart-at': { type: 'string', default: '20' },
      mode: { type: 'string', default: 'immediate' },
      api: { type: 'string', default: join('apps', 'api', 'src', 'main.ts') },
    },
  });
  const clients = Number(values.clients);
  const durationMs = Number(values.duration) * 1000;
  const restartAtMs = Number(values['restart-at']) * 1000;
  const mode = values.mode === 'fast' ? 'fast' : 'immediate';

  console.log('Starting a throwaway PostgreSQL cluster…');
  const cluster = await startThrowawayCluster();
  const admin = new Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE tdkt_fault');
  await admin.end();
  const databaseUrl = cluster.url.replace(/\/postgres$/, '/tdkt_fault');
  let server: ReturnType<typeof startServer> | null = null;
  // Interrupted: the cluster and the API still go away.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server?.child.kill('SIGKILL');
      cluster.destroy().finally(() => process.exit(130));
    });
  }
  try {
    console.log(`Starting the API on ${databaseUrl} (migrations, reference data, demo data)…`);
    server = startServer(values.api as string, {
      DATABASE_URL: databaseUrl,
      DATA_DIR: join(cluster.dir, 'app-data'),
      DEMO_DATA: 'true',
      DEMO_PASSWORD: PASSWORD,
      ADMIN_PASSWORD: PASSWORD,
      JWT_SECRET: 'tai-thu-loi-khoa-ky-token-dai-hon-32-ky-tu',
      PORT: '0',
      RATE_LIMIT: '0',
      LOGIN_RATE_LIMIT: '1000',
      // 'log' prints the line with the port the server got.
      LOG_LEVEL: 'log',
    });
    const port = await server.port;
    const base = `http://127.0.0.1:${port}/api/v1`;

    const tokens: Record<string, string> = {};
    for (const s of STAFF) {
      const res = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: s.username, password: PASSWORD }) });
      if (res.status !== 200) throw new Error(`login ${s.username}: ${res.status} ${await res.text()}`);
      tokens[s.username] = ((await res.json()) as { accessToken: string }).accessToken;
    }
    const headers = (username: string) => ({ authorization: `Bearer ${tokens[username]}`, 'content-type': 'application/json' });

    // The hot drafts every client edits: conflicts are the point.
    const hot: { id: string; version: number }[] = [];
    for (let i = 0; i < HOT_RECORDS; i++) {
      const res = await fetch(`${base}/commendations`, { method: 'POST', headers: headers(STAFF[0].username), body: JSON.stringify(draft('08', `Tập thể sửa chung ${String(i).padStart(3, '0')}`)) });
      if (res.status !== 201) throw new Error(`hot draft: ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { id: string; version: number };
      hot.push({ id: body.id, version: body.version });
    }

    const samples: Sample[] = [];
    const acknowledgedCreates: string[] = [];
    const acknowledgedEdits = new Map<string, number[]>(hot.map((h) => [h.id, []]));
    const serverErrors: string[] = [];
    const t0 = Date.now();
    const deadline = t0 + durationMs;

    const timed = async (op: Sample['op'], call: () => Promise<Response>): Promise<Response | null> => {
      const start = Date.now();
      try {
        const res = await call();
        const at = Date.now();
        samples.push({ at: at - t0, ms: at - start, status: res.status, op });
        if (res.status >= 500 && res.status !== 503) serverErrors.push(`${op} ${res.status} ${await res.clone().text()}`);
        return res;
      } catch {
        const at = Date.now();
        samples.push({ at: at - t0, ms: at - start, status: 0, op });
        return null;
      }
    };

    const client = async (n: number) => {
      const staff = STAFF[n % STAFF.length];
      let seq = 0;
      while (Date.now() < deadline) {
        const r = Math.random();
        if (r < 0.5) {
          const url = Math.random() < 0.7 ? `${base}/commendations?page=${1 + Math.floor(Math.random() * 5)}&pageSize=20` : `${base}/commendations/${hot[Math.floor(Math.random() * hot.length)].id}`;
          const res = await timed('read', () => fetch(url, { headers: headers(STAFF[0].username) }));
          await res?.arrayBuffer().catch(() => undefined);
        } else if (r < 0.75) {
          const name = `Tập thể tải thử ${String(n).padStart(3, '0')}-${String(seq++).padStart(6, '0')}`;
          const res = await timed('create', () => fetch(`${base}/commendations`, { method: 'POST', headers: headers(staff.username), body: JSON.stringify(draft(staff.provinceCode, name)) }));
          if (res?.status === 201) acknowledgedCreates.push(((await res.json()) as { id: string }).id);
          else await res?.arrayBuffer().catch(() => undefined);
        } else {
          const target = hot[Math.floor(Math.random() * hot.length)];
          const read = await timed('read', () => fetch(`${base}/commendations/${target.id}`, { headers: headers(STAFF[0].username) }));
          if (read?.status !== 200) {
            await read?.arrayBuffer().catch(() => undefined);
            continue;
          }
          const { version } = (await read.json()) as { version: number };
          const res = await timed('edit', () =>
            fetch(`${base}/commendations/${target.id}`, { method: 'PATCH', headers: headers(STAFF[0].username), body: JSON.stringify({ version, organization: `Sửa bởi ${n}-${seq++}` }) }),
          );
          if (res?.status === 200) acknowledgedEdits.get(target.id)?.push(((await res.json()) as { version: number }).version);
          else await res?.arrayBuffer().catch(() => undefined);
        }
      }
    };

    let stoppedAt = 0;
    let startedAt = 0;
    const fault = (async () => {
      await new Promise((r) => setTimeout(r, restartAtMs));
      console.log(`t=${((Date.now() - t0) / 1000).toFixed(1)} s: stopping PostgreSQL (${mode})…`);
      stoppedAt = Date.now() - t0;
      await cluster.stop(mode);
      await cluster.start();
      startedAt = Date.now() - t0;
      console.log(`t=${(startedAt / 1000).toFixed(1)} s: PostgreSQL accepts connections again.`);
    })();
    console.log(`Load: ${clients} clients for ${durationMs / 1000} s; PostgreSQL restart at ${restartAtMs / 1000} s.`);
    await Promise.all([fault, ...Array.from({ length: clients }, (_, i) => client(i))]);
    const elapsed = (Date.now() - t0) / 1000;

    // Checks, straight on the database.
    const dataSource = createDataSource({ url: databaseUrl, poolSize: 2 });
    await dataSource.initialize();
    const failures: string[] = [];
    const found = await dataSource.query(`SELECT count(*)::int AS n FROM commendations WHERE id = ANY($1::uuid[])`, [acknowledgedCreates]);
    if (found[0].n !== acknowledgedCreates.length) failures.push(`acknowledged creates: ${acknowledgedCreates.length}, found ${found[0].n}`);
    let ackEdits = 0;
    let committedEdits = 0;
    for (const h of hot) {
      const acked = acknowledgedEdits.get(h.id) ?? [];
      ackEdits += acked.length;
      const [row] = await dataSource.query(`SELECT version FROM commendations WHERE id = $1`, [h.id]);
      const [audit] = await dataSource.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity = 'commendation' AND entity_id = $1 AND action = 'UPDATE'`, [h.id]);
      committedEdits += audit.n;
      // Each acknowledged edit made its own version: two with the same number would mean one overwrote the other.
      if (new Set(acked).size !== acked.length) failures.push(`${h.id}: two acknowledged edits share a version (${acked.join(',')})`);
      // Version arithmetic: the final version counts every committed edit, and at least every acknowledged one.
      if (row.version !== h.version + audit.n) failures.push(`${h.id}: version ${row.version} ≠ ${h.version} + ${audit.n} audited edits`);
      if (audit.n < acked.length) failures.push(`${h.id}: ${acked.length} acknowledged edits but ${audit.n} committed`);
      if (acked.length && row.version < Math.max(...acked)) failures.push(`${h.id}: version ${row.version} below an acknowledged ${Math.max(...acked)}`);
    }
    const chain = await new AuditService(dataSource).verify();
    if (!chain.ok) failures.push(`audit chain broken at ${chain.firstBroken?.seq}: ${chain.firstBroken?.reason}`);
    await dataSource.destroy();
    if (serverErrors.length) failures.push(`${serverErrors.length} answers were 5xx other than 503, e.g. ${serverErrors[0].slice(0, 300)}`);

    // Figures.
    const by = (pred: (s: Sample) => boolean) => samples.filter(pred).length;
    const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
    const okMs = samples
      .filter((s) => s.status >= 200 && s.status < 300)
      .map((s) => s.ms)
      .sort((a, b) => a - b);
    const failing = samples.filter((s) => s.status === 503 || s.status === 0 || s.status >= 500);
    const window = failing.length ? { from: Math.min(...failing.map((s) => s.at)), to: Math.max(...failing.map((s) => s.at)) } : null;
    console.log('\n=== load-and-fault figures ===');
    console.log(`clients ${clients}, ${elapsed.toFixed(1)} s, PostgreSQL ${mode} stop at ${(stoppedAt / 1000).toFixed(1)} s, back at ${(startedAt / 1000).toFixed(1)} s`);
    console.log(`requests ${samples.length} (${(samples.length / elapsed).toFixed(0)}/s): reads ${by((s) => s.op === 'read')}, creates ${by((s) => s.op === 'create')}, edits ${by((s) => s.op === 'edit')}`);
    console.log(
      `answers: 2xx ${by((s) => s.status >= 200 && s.status < 300)}, 409 ${by((s) => s.status === 409)}, 503 ${by((s) => s.status === 503)}, ` +
        `other 4xx ${by((s) => s.status >= 400 && s.status < 500 && s.status !== 409)}, 500 ${by((s) => s.status >= 500 && s.status !== 503)}, no answer ${by((s) => s.status === 0)}`,
    );
    console.log(`latency all: p50 ${percentile(ms, 50)} ms, p95 ${percentile(ms, 95)} ms, p99 ${percentile(ms, 99)} ms; 2xx only: p50 ${percentile(okMs, 50)} ms, p95 ${percentile(okMs, 95)} ms`);
    console.log(window ? `outage seen by clients: ${(window.from / 1000).toFixed(1)}–${(window.to / 1000).toFixed(1)} s (${((window.to - window.from) / 1000).toFixed(1)} s, ${failing.length} answers 503/none)` : 'outage seen by clients: none');
    console.log(`acknowledged creates ${acknowledgedCreates.length}, all found: ${found[0].n === acknowledgedCreates.length}`);
    console.log(`edits of ${HOT_RECORDS} hot drafts: ${ackEdits} acknowledged, ${committedEdits} committed (audited), versions consistent: ${!failures.some((f) => /version|acknowledged edits/.test(f))}`);
    console.log(`audit chain: ${chain.ok ? 'intact' : 'BROKEN'} (${chain.checked} entries verified)`);
    if (failures.length) {
      console.log(`\nFAILED:\n  ${failures.join('\n  ')}`);
      return 1;
    }
    console.log('\nAll checks passed.');
    return 0;
  } finally {
    server?.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await cluster.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exit(2);
  },
);

/**
 * Builds the national-scale dataset (product spec §8) in a PostgreSQL database:
 * reference data, cluster memberships for every year, and N synthetic commendations.
 *
 *   npm run dataset:generate -- --database-url postgres://postgres@127.0.0.1:5432/tdkt_bench
 *     [--commendations 1000000] [--years 10] [--end-year 2025] [--seed 1] [--append]
 *     [--batch-size 5000] [--connections 2]
 *
 * Rows go in as multi-row INSERTs (INSERT … SELECT FROM unnest of one array per column: one statement,
 * one transaction, ~5,000 rows each) over a few connections at once. The same seed always builds the same rows.
 */
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource, seedReferenceData } from '@tdkt/api/database';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { AwardTypeRef, COLUMNS, CommendationFactory, ProvinceRef } from './commendation-factory';
import { MembershipRef, clusterMemberships } from './memberships';
import { seedFrom } from './random';

interface Options {
  url: string;
  commendations: number;
  years: number;
  endYear: number;
  seed: string;
  append: boolean;
  batchSize: number;
  connections: number;
}

const USAGE = `Usage: npm run dataset:generate -- --database-url postgres://… [--commendations N] [--years N] [--end-year YYYY] [--seed S] [--append] [--batch-size N] [--connections N]`;

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      'database-url': { type: 'string' },
      commendations: { type: 'string', default: '1000000' },
      years: { type: 'string', default: '10' },
      'end-year': { type: 'string', default: '2025' },
      seed: { type: 'string', default: '1' },
      append: { type: 'boolean', default: false },
      'batch-size': { type: 'string', default: '5000' },
      connections: { type: 'string', default: '2' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const url = values['database-url'] ?? process.env['DATABASE_URL'];
  if (!url || !/^postgres(ql)?:\/\//.test(url)) fail(`a PostgreSQL URL is required (--database-url or DATABASE_URL).\n${USAGE}`);
  const int = (name: string, text: string, min: number, max: number): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max) fail(`--${name} must be an integer from ${min} to ${max} (got "${text}")`);
    return n;
  };
  return {
    url: url as string,
    commendations: int('commendations', values.commendations as string, 0, 100_000_000),
    years: int('years', values.years as string, 1, 50),
    endYear: int('end-year', values['end-year'] as string, 2000, 2100),
    seed: values.seed as string,
    append: values.append as boolean,
    batchSize: int('batch-size', values['batch-size'] as string, 1, 20_000),
    connections: int('connections', values.connections as string, 1, 16),
  };
}

function fail(message: string): never {
  console.error(`dataset:generate: ${message}`);
  process.exit(2);
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

async function main(): Promise<void> {
  const o = readOptions(process.argv.slice(2));
  const firstYear = o.endYear - o.years + 1;
  const years = Array.from({ length: o.years }, (_, i) => firstYear + i);
  const started = Date.now();
  console.log(`Dataset → ${redact(o.url)}: ${fmt(o.commendations)} commendations, ${firstYear}–${o.endYear}, seed "${o.seed}"`);

  const dataSource = createDataSource({ url: o.url, poolSize: 2 });
  await dataSource.initialize(); // runs the migrations
  try {
    const existing = Number((await dataSource.query(`SELECT count(*)::bigint AS n FROM commendations`))[0].n);
    if (existing > 0 && !o.append) {
      fail(
        `the commendations table already holds ${fmt(existing)} rows; no rows were added.\n` +
          `Use an empty database (e.g. createdb a new one), or pass --append to add ${fmt(o.commendations)} more.`,
      );
    }

    const reference = await seedReferenceData(dataSource);
    console.log(`Reference data: ${reference.provinces} provinces, ${reference.clusters} clusters, ${reference.memberships} memberships, ${reference.awardTypes} award types written`);

    const provinces = await loadProvinces(dataSource);
    const awardTypes = await loadAwardTypes(dataSource);
    const members2024: MembershipRef[] = await dataSource.query(
      `SELECT cluster_id AS "clusterId", province_id AS "provinceId", role FROM cluster_memberships WHERE year = 2024`,
    );
    if (members2024.length === 0) throw new Error('no 2024 cluster membership after the reference seed');
    const memberships = clusterMemberships(provinces, members2024, years);
    const added = await insertMemberships(dataSource, memberships);
    console.log(`Cluster memberships: ${added} added (${memberships.length} planned for ${years.length} years; existing ones kept)`);

    const factory = new CommendationFactory(provinces, awardTypes, {
      seed: seedFrom(o.seed),
      firstYear,
      lastYear: o.endYear,
      today: todayInVietnam(),
    });
    const loadStarted = Date.now();
    await insertCommendations(o, factory, existing);
    const loadMs = Date.now() - loadStarted;

    console.log('VACUUM ANALYZE commendations, ANALYZE cluster_memberships…');
    const analyzeStarted = Date.now();
    // VACUUM also merges the trigram index's pending list and sets the visibility map (index-only counts).
    await dataSource.query(`VACUUM (ANALYZE) commendations`);
    await dataSource.query(`ANALYZE cluster_memberships`);
    const analyzeMs = Date.now() - analyzeStarted;

    await summary(dataSource, factory, o, loadMs, analyzeMs, Date.now() - started);
  } finally {
    await dataSource.destroy();
  }
}

async function loadProvinces(ds: DataSource): Promise<ProvinceRef[]> {
  return ds.query(
    `SELECT id, code, name, kind, valid_from::text AS "validFrom", valid_to::text AS "validTo", successor_id AS "successorId"
       FROM provinces ORDER BY code, valid_from NULLS FIRST`,
  );
}

async function loadAwardTypes(ds: DataSource): Promise<AwardTypeRef[]> {
  return ds.query(`SELECT id, code, level, category, recipient_kinds AS "recipientKinds" FROM award_types ORDER BY sort_order`);
}

async function insertMemberships(ds: DataSource, rows: Array<{ clusterId: string; provinceId: string; year: number; role: string }>): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await ds.query(
    `INSERT INTO cluster_memberships (cluster_id, province_id, year, role)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[])
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [rows.map((r) => r.clusterId), rows.map((r) => r.provinceId), rows.map((r) => r.year), rows.map((r) => r.role)],
  );
  return Array.isArray(result) ? result.length : 0;
}

const INSERT_SQL = `INSERT INTO commendations (${COLUMNS.map(([c]) => `"${c}"`).join(', ')})
SELECT * FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`;

async function insertCommendations(o: Options, factory: CommendationFactory, offset: number): Promise<void> {
  const total = o.commendations;
  if (total === 0) return;
  const clients = await Promise.all(
    Array.from({ length: Math.min(o.connections, Math.ceil(total / o.batchSize)) }, async () => {
      const client = new Client({ connectionString: o.url, application_name: 'tdkt-dataset-generate' });
      await client.connect();
      // Session settings only: nothing lasting changes in the database.
      await client.query(`SET synchronous_commit = off`);
      await client.query(`SET gin_pending_list_limit = '64MB'`);
      return client;
    }),
  );
  let next = 0;
  let done = 0;
  let failed: Error | undefined;
  const started = Date.now();
  let lastReport = 0;
  const report = (final = false) => {
    const now = Date.now();
    if (!final && now - lastReport < 2000) return;
    lastReport = now;
    const rate = done / Math.max((now - started) / 1000, 0.001);
    const eta = rate > 0 ? (total - done) / rate : 0;
    console.log(`  ${fmt(done).padStart(11)} / ${fmt(total)} rows (${((100 * done) / total).toFixed(1).padStart(5)}%)  ${fmt(rate).padStart(7)} rows/s  ETA ${final ? '0 s' : secs(eta * 1000)}`);
  };

  // Each connection takes the next batch; while one waits for PostgreSQL the other's batch is being built.
  const worker = async (client: Client) => {
    while (!failed && next < total) {
      const first = next;
      const count = Math.min(o.batchSize, total - first);
      next += count;
      const columns = factory.batch(offset + first, count);
      try {
        await client.query({ name: 'insert-commendations', text: INSERT_SQL, values: columns });
      } catch (err) {
        failed ??= err instanceof Error ? err : new Error(String(err));
        return;
      }
      done += count;
      report();
    }
  };
  try {
    await Promise.all(clients.map(worker));
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  }
  if (failed) {
    throw new Error(`a batch failed after ${fmt(done)} rows were written (each batch is its own transaction): ${failed.message}`);
  }
  report(true);
}

async function summary(ds: DataSource, factory: CommendationFactory, o: Options, loadMs: number, analyzeMs: number, totalMs: number): Promise<void> {
  const t = factory.tally;
  const n = o.commendations;
  const pct = (x: number, of = n) => `${((100 * x) / Math.max(of, 1)).toFixed(1)}%`;
  const line = (tally: Record<string, number>) =>
    Object.entries(tally)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${fmt(v)} (${pct(v)})`)
      .join(', ');
  const [{ rows, size }] = await ds.query(
    `SELECT count(*)::bigint AS rows, pg_size_pretty(pg_total_relation_size('commendations')) AS size FROM commendations`,
  );
  const [{ members }] = await ds.query(`SELECT count(*)::int AS members FROM cluster_memberships`);
  console.log('');
  console.log('Summary');
  console.log(`  written        ${fmt(n)} commendations in ${secs(loadMs)} (${fmt(n / Math.max(loadMs / 1000, 0.001))} rows/s), VACUUM ANALYZE ${secs(analyzeMs)}, total ${secs(totalMs)}`);
  console.log(`  table          ${fmt(Number(rows))} rows, ${size} with indexes; ${members} cluster memberships`);
  if (n > 0) {
    console.log(`  by level       ${line(t.byLevel)}`);
    console.log(`  by recipient   ${line(t.byRecipientKind)}`);
    console.log(`  by status      ${line(t.byStatus)}`);
    console.log(`  individuals    women ${pct(t.women, t.individuals)}; ethnic minority (all recipients) ${pct(t.ethnicMinority)}`);
    console.log(
      `  by year        ${Object.entries(t.byYear)
        .sort()
        .map(([y, v]) => `${y} ${fmt(v)}`)
        .join(', ')}`,
    );
  }
}

main().catch((err) => {
  console.error(`dataset:generate failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});

/**
 * Latency of a cluster's report computation on the national dataset (issue #5): the report service's figures
 * against one hand-written SQL aggregate of the same commendation figures, their ratio, and the .docx build.
 * Reads only; the database keeps no trace of the run.
 *
 *   npm run bench:report -- --database-url postgres://postgres@127.0.0.1:5432/tdkt_bench [--cluster TDMNPB] [--year 2024] [--runs 20]
 */
import { Period, ReportStatus, ReportView } from '@tdkt/shared/contracts';
import { draftSections, periodRange } from '@tdkt/shared/domain';
import { ReportFiguresService, buildReportDocx } from '@tdkt/api/reports';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import 'reflect-metadata';
import { DataSource } from 'typeorm';

/** The commendation figures of the report (every breakdown, members of the year, previous-year total) in one statement. */
const HAND_SQL = `
  WITH members AS (SELECT province_id FROM cluster_memberships WHERE cluster_id = $1 AND year = $2),
  cur AS (
    SELECT c.province_id, a.code, a.level, c.recipient_kind, c.recipient_class, c.kind, c.gender, c.ethnic_minority
      FROM commendations c JOIN award_types a ON a.id = c.award_type_id
     WHERE c.province_id IN (SELECT province_id FROM members) AND c.status = 'APPROVED' AND c.decision_date BETWEEN $3 AND $4)
  SELECT province_id, code, level, recipient_kind, recipient_class, kind, count(*)::int AS n,
         count(*) FILTER (WHERE gender = 'FEMALE')::int AS women, count(*) FILTER (WHERE ethnic_minority)::int AS ethnic,
         (SELECT count(*)::int FROM commendations p WHERE p.province_id IN (SELECT province_id FROM members)
             AND p.status = 'APPROVED' AND p.decision_date BETWEEN $5 AND $6) AS previous
    FROM cur GROUP BY province_id, code, level, recipient_kind, recipient_class, kind`;

async function time<T>(runs: number, fn: () => Promise<T>): Promise<{ median: number; p95: number; last: T }> {
  let last = await fn(); // warm-up: plans and caches
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)], p95: ms[Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)], last };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string', default: process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/tdkt_bench' },
      cluster: { type: 'string', default: 'TDMNPB' },
      year: { type: 'string', default: '2024' },
      runs: { type: 'string', default: '20' },
    },
  });
  const year = Number(values.year);
  const runs = Number(values.runs);
  const ds = new DataSource({ type: 'postgres', url: values['database-url'], entities: [], synchronize: false });
  await ds.initialize();
  try {
    const [cluster] = await ds.query(`SELECT id, name FROM clusters WHERE code = $1`, [values.cluster]);
    if (!cluster) throw new Error(`no cluster ${values.cluster} in the database`);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM commendations`);
    const range = periodRange(year, Period.H1);
    const figures = new ReportFiguresService();

    const full = await time(runs, () => figures.compute(ds.manager, cluster.id, year, Period.H1, range));
    const commendationsOnly = await time(runs, async () => {
      const members = await figures.members(ds.manager, cluster.id, year);
      return figures.commendationGroups(
        ds.manager,
        members.map((m) => m.id),
        range,
      );
    });
    const hand = await time(runs, () =>
      ds.query(HAND_SQL, [cluster.id, year, range.from, range.to, `${year - 1}-01-01`, `${year - 1}-06-30`]),
    );

    const statistics = full.last;
    const view: ReportView = {
      id: '00000000-0000-4000-8000-000000000000',
      clusterCode: values.cluster as string,
      clusterName: cluster.name,
      year,
      period: Period.H1,
      from: range.from,
      to: range.to,
      cutoffDate: null,
      meetingId: null,
      status: ReportStatus.DRAFT,
      version: 1,
      sections: draftSections({ clusterName: cluster.name, year, period: Period.H1, from: range.from, to: range.to, statistics }),
      statistics,
      supersedesId: null,
      computedAt: new Date().toISOString(),
      finalizedAt: null,
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    };
    const chair = statistics.provinces.find((p) => p.role === 'CHAIR')?.provinceName ?? '…';
    const docx = await time(runs, () =>
      buildReportDocx(view, { clusterName: cluster.name, chairProvinceName: chair, signerName: null, issuedOn: null }),
    );

    const handTotal = (hand.last as Array<{ n: number }>).reduce((a, r) => a + r.n, 0);
    if (handTotal !== statistics.cluster.commendations.total)
      throw new Error(`totals differ: service ${statistics.cluster.commendations.total}, SQL ${handTotal}`);
    const f = (x: number) => x.toFixed(1);
    console.log(
      `\nReport ${values.cluster} H1 ${year} on ${n.toLocaleString('en')} commendations (${statistics.cluster.commendations.total} in the period), ${runs} runs after one warm-up\n`,
    );
    console.log('| step | median ms | p95 ms |');
    console.log('|---|---:|---:|');
    console.log(
      `| service: full report figures (commendations, previous year, pledge, movements, examples) | ${f(full.median)} | ${f(full.p95)} |`,
    );
    console.log(
      `| service: commendation figures (members + grouped query) | ${f(commendationsOnly.median)} | ${f(commendationsOnly.p95)} |`,
    );
    console.log(`| hand-written SQL aggregate of the commendation figures | ${f(hand.median)} | ${f(hand.p95)} |`);
    console.log(`| .docx generation (${(docx.last.length / 1024).toFixed(0)} KiB) | ${f(docx.median)} | ${f(docx.p95)} |`);
    console.log(`\nratio full service / hand SQL: ${(full.median / hand.median).toFixed(2)}`);
    console.log(
      `ratio commendation figures / hand SQL: ${(commendationsOnly.median / hand.median).toFixed(2)} (target ≤ 1.2; full report target < 200 ms)`,
    );
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

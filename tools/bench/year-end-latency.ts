/**
 * Latency of the year-end review's reads on the demo dataset (TDMNPB 2024: 14 members, a closed sheet with
 * pledge-computed criteria, a closed vote): the ranking, the FY report figures with and without the year-end
 * tables, and the minutes .docx. Runs on an in-memory PGlite database built for the run; nothing is kept.
 *
 *   TS_NODE_PROJECT=tools/tsconfig.tools.json TS_NODE_TRANSPILE_ONLY=true node -r ts-node/register -r tsconfig-paths/register \
 *     tools/bench/year-end-latency.ts [--runs 20]
 */
import { Period } from '@tdkt/shared/contracts';
import { periodRange } from '@tdkt/shared/domain';
import { ClusterEntity, ReferenceLookupService, VoteEntity, createDataSource, seedReferenceData } from '@tdkt/api/database';
import { ReportFiguresService } from '@tdkt/api/reports';
import { ScoringReader, VoteReader } from '@tdkt/api/year-end';
import { buildMinutesDocx } from '../../libs/api/votes/src/lib/minutes-docx.builder';
import { seedDemoData } from '../../libs/api/database/src/lib/seeds/demo/demo.seed';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import 'reflect-metadata';

async function time<T>(runs: number, fn: () => Promise<T>): Promise<{ median: number; p95: number }> {
  await fn(); // warm-up: plans and caches
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)], p95: ms[Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)] };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' } } });
  const runs = Number(values.runs);
  const ds = createDataSource({ pgliteDir: 'memory://' });
  await ds.initialize();
  try {
    if (await ds.showMigrations()) await ds.runMigrations();
    await seedReferenceData(ds);
    await ds.transaction((m) => seedDemoData(m));
    const cluster = await ds.getRepository(ClusterEntity).findOneByOrFail({ code: 'TDMNPB' });
    const reference = new ReferenceLookupService(ds);
    const scoring = new ScoringReader(ds, reference);
    const votes = new VoteReader(ds, reference, scoring);
    const sheet = await scoring.sheet(cluster.id, 2024);
    if (!sheet) throw new Error('demo data has no 2024 score sheet');
    const vote = await ds.getRepository(VoteEntity).findOneByOrFail({ clusterId: cluster.id, year: 2024 });
    const range = periodRange(2024, Period.FY);
    const rows: Array<[string, { median: number; p95: number }]> = [
      ['ranking (14 members, computed criteria)', await time(runs, () => scoring.ranking(sheet))],
      ['statistics.yearEnd', await time(runs, () => votes.yearEndFigures(cluster.id, 2024))],
      [
        'FY figures without year-end',
        await time(runs, () => new ReportFiguresService().compute(ds.manager, cluster.id, 2024, Period.FY, range)),
      ],
      [
        'FY figures with year-end',
        await time(runs, () => new ReportFiguresService(votes).compute(ds.manager, cluster.id, 2024, Period.FY, range)),
      ],
      [
        'minutes .docx (view + build)',
        await time(runs, async () =>
          buildMinutesDocx(await votes.view(vote), { chairProvinceName: 'Tuyên Quang', closedOn: '2025-01-17', meeting: null }),
        ),
      ],
    ];
    console.log(`year-end reads on the demo dataset, PGlite in memory, ${runs} runs after a warm-up (ms):`);
    for (const [what, t] of rows)
      console.log(`  ${what.padEnd(42)} median ${t.median.toFixed(1).padStart(7)}   p95 ${t.p95.toFixed(1).padStart(7)}`);
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

/**
 * Dossier throughput (spec §10): uploads 100 documents of 2 MB through the API (multipart, as a browser does),
 * reads each back and checks its SHA-256, then downloads the whole dossier as one .zip; on the embedded disk store
 * and on S3 (s3rver, a real S3-compatible server on a local port). The app runs in-process on PGlite.
 *
 *   npm run bench:documents [-- --count 100 --size-mb 2 --stores disk,s3]
 *
 * Prints a markdown table; times are wall-clock on this machine, one request at a time.
 */
import { minimalPdf } from '@tdkt/api/documents';
import { createHash, randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import request from 'supertest';
import { S3TestServer, startS3TestServer } from '../../apps/api/test/s3-test-server';
import { createTestApp } from '../../apps/api/test/test-app';

interface Row {
  store: string;
  upload: number[];
  read: number[];
  zipMs: number;
  zipBytes: number;
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const binary = (res: request.Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

async function run(store: 'disk' | 's3', count: number, size: number): Promise<Row> {
  let s3: S3TestServer | undefined;
  if (store === 's3') s3 = await startS3TestServer('bench');
  const t = await createTestApp('pglite', s3?.settings ?? {});
  try {
    const proposal = (
      await t.as('staff08').post('/api/v1/commendations').send({
        recipientKind: 'COLLECTIVE',
        recipientName: 'Sở Giáo dục và Đào tạo tỉnh Tuyên Quang',
        provinceCode: '08',
        awardTypeCode: 'BANG_KHEN_THU_TUONG',
        kind: 'REGULAR',
        achievementYear: 2024,
      })
    ).body;
    const header = minimalPdf('Tài liệu đo hiệu năng', []);
    const row: Row = { store, upload: [], read: [], zipMs: 0, zipBytes: 0 };
    const uploaded: { id: string; sha256: string }[] = [];
    for (let i = 0; i < count; i++) {
      // Distinct bytes each time: the content-addressed store must really write every one.
      const bytes = Buffer.concat([header, randomBytes(size - header.length)]);
      const started = performance.now();
      const res = await t.as('staff08').post(`/api/v1/commendations/${proposal.id}/documents`).field('kind', 'OTHER').attach('file', bytes, `tai-lieu-${i}.pdf`);
      row.upload.push(performance.now() - started);
      if (res.status !== 201) throw new Error(`upload ${i}: ${res.status} ${res.text}`);
      uploaded.push({ id: res.body.id, sha256: sha256(bytes) });
    }
    for (const d of uploaded) {
      const started = performance.now();
      const res = await t.as('staff08').get(`/api/v1/documents/${d.id}/content`).buffer(true).parse(binary);
      row.read.push(performance.now() - started);
      if (res.status !== 200 || sha256(res.body) !== d.sha256) throw new Error(`read back ${d.id}: ${res.status}, bytes differ`);
    }
    const started = performance.now();
    // Counted as it streams: the whole .zip (hundreds of MB) is never held in memory here.
    const zip = await t
      .as('staff08')
      .get(`/api/v1/commendations/${proposal.id}/dossier.zip`)
      .maxResponseSize(Number.MAX_SAFE_INTEGER)
      .buffer(true)
      .parse((res, done) => {
        let n = 0;
        res.on('data', (c: Buffer) => (n += c.length));
        res.on('end', () => done(null, n));
      });
    row.zipMs = performance.now() - started;
    row.zipBytes = zip.body as number;
    return row;
  } finally {
    await t.close();
    await s3?.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { count: { type: 'string' }, 'size-mb': { type: 'string' }, stores: { type: 'string' } } });
  const count = Number(values.count ?? 100);
  const size = Math.round(Number(values['size-mb'] ?? 2) * 1024 * 1024);
  const stores = (values.stores ?? 'disk,s3').split(',') as ('disk' | 's3')[];
  const rows: Row[] = [];
  for (const store of stores) rows.push(await run(store, count, size));
  const mb = (count * size) / 1024 / 1024;
  console.log(`\n${count} documents of ${(size / 1024 / 1024).toFixed(1)} MB, one request at a time (PGlite, in-process API):\n`);
  console.log('| store | upload total | upload p50 / p95 | upload MB/s | read-back total | read p50 / p95 | read MB/s | dossier.zip (all) |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const up = r.upload.reduce((a, b) => a + b, 0);
    const down = r.read.reduce((a, b) => a + b, 0);
    console.log(
      `| ${r.store === 'disk' ? 'disk (DATA_DIR/files)' : 's3 (s3rver)'} | ${(up / 1000).toFixed(1)} s | ${percentile(r.upload, 50).toFixed(0)} / ${percentile(r.upload, 95).toFixed(0)} ms | ${(mb / (up / 1000)).toFixed(0)} | ${(down / 1000).toFixed(1)} s | ${percentile(r.read, 50).toFixed(0)} / ${percentile(r.read, 95).toFixed(0)} ms | ${(mb / (down / 1000)).toFixed(0)} | ${(r.zipMs / 1000).toFixed(1)} s, ${(r.zipBytes / 1024 / 1024).toFixed(0)} MB |`,
    );
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`bench:documents failed: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  },
);

import { detectMediaType } from '@tdkt/shared/domain';
import { testEngines } from '@tdkt/api/database/testing';
import { minimalPdf } from '@tdkt/api/documents';
import fc from 'fast-check';
import request from 'supertest';
import { TestApp, createTestApp, tableCounts } from './test-app';

/**
 * Property-based fuzzing of the dossier endpoints, multipart included: generated kinds, file names, declared types,
 * bytes (with and without a real signature in front), missing and extra parts, ids and query strings. Every answer
 * is the API's error shape or a success; never a 5xx. A refused upload changes no table; an accepted one is stored
 * as the type its bytes are and reads back byte for byte.
 *
 * FUZZ_SEED replays or varies a run; FUZZ_SCALE multiplies the number of runs.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_241_208);
const SCALE = Number(process.env['FUZZ_SCALE'] ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
const API = '/api/v1';
const KINDS = ['SUBMISSION', 'ACHIEVEMENT_REPORT', 'MINUTES', 'INITIATIVE_RECOGNITION', 'DECISION', 'OTHER'];
const SIGNATURES: Record<string, number[]> = {
  pdf: [...Buffer.from('%PDF-1.7\n')],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff, 0xe0],
  zip: [0x50, 0x4b, 0x03, 0x04],
  gif: [...Buffer.from('GIF89a')],
  html: [...Buffer.from('<!doctype html><script>')],
  none: [],
};

const kind = fc.oneof(fc.constantFrom(...KINDS), fc.string({ maxLength: 30 }), fc.constantFrom('', 'submission', 'OTHER ', '__proto__', 'constructor'));
const fileName = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom('Tờ trình.pdf', '../../etc/passwd', 'a\\b\\c.docx', '"; filename=evil.html', '', '.pdf', `${'Đ'.repeat(300)}.pdf`, 'con.png'),
);
const declared = fc.constantFrom(
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/html',
  'application/octet-stream',
  'image/svg+xml',
);
const bytes = fc
  .tuple(fc.constantFrom(...Object.keys(SIGNATURES)), fc.uint8Array({ maxLength: 2048 }))
  .map(([sig, rest]) => Buffer.concat([Buffer.from(SIGNATURES[sig]), Buffer.from(rest)]));
/** Which parts the multipart body carries, in which order. */
const shape = fc.constantFrom('kind-file', 'file-kind', 'file-only', 'kind-only', 'two-files', 'extra-field', 'other-name');

const binary = (res: request.Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe.each(testEngines())('fuzzing the dossier endpoints on %s', (engine) => {
  let t: TestApp;
  let record: { id: string };
  beforeAll(async () => {
    t = await createTestApp(engine);
    const res = await t.as('staff08').post(`${API}/commendations`).send({
      recipientKind: 'COLLECTIVE',
      recipientName: 'Ủy ban nhân dân xã Minh Thanh',
      provinceCode: '08',
      awardTypeCode: 'BANG_KHEN_THU_TUONG',
      kind: 'REGULAR',
      achievementYear: 2024,
    });
    record = res.body;
  });
  afterAll(() => t?.close());

  const isErrorShape = (body: unknown) =>
    typeof body === 'object' && body !== null && typeof (body as { statusCode?: unknown }).statusCode === 'number' && 'message' in body;

  it('POST /commendations/{id}/documents with generated multipart bodies: 201, 400 or 415 — never 5xx; refusals write nothing; the type is the bytes’', async () => {
    await fc.assert(
      fc.asyncProperty(kind, fileName, declared, bytes, shape, async (k, name, type, data, parts) => {
        const before = await tableCounts(t.dataSource);
        let req = t.as('staff08').post(`${API}/commendations/${record.id}/documents`);
        const file = () => (req = req.attach(parts === 'other-name' ? 'document' : 'file', data, { filename: name || 'x', contentType: type }));
        if (parts === 'kind-file' || parts === 'extra-field' || parts === 'other-name') req = req.field('kind', k || ' ');
        if (parts !== 'kind-only') file();
        if (parts === 'file-kind') req = req.field('kind', k || ' ');
        if (parts === 'two-files') req = req.field('kind', k || ' ').attach('file', data, 'second.pdf');
        if (parts === 'extra-field') req = req.field('status', 'APPROVED');
        const res = await req;
        expect([201, 400, 415]).toContain(res.status);
        if (res.status !== 201) {
          expect(isErrorShape(res.body)).toBe(true);
          expect(await tableCounts(t.dataSource)).toEqual(before);
          return;
        }
        expect(KINDS).toContain(k);
        expect(res.body.mediaType).toBe(detectMediaType(data));
        expect(res.body.size).toBe(data.length);
        // eslint-disable-next-line no-control-regex
        expect(res.body.fileName).not.toMatch(/[/\\\u0000-\u001f"]/);
        const back = await t.as('staff08').get(`${API}/documents/${res.body.id}/content`).buffer(true).parse(binary);
        expect(back.status).toBe(200);
        expect(Buffer.compare(back.body, data)).toBe(0);
        expect(back.headers['content-disposition']).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%._~!$&+=:@-]*$/);
        await t.as('staff08').delete(`${API}/documents/${res.body.id}`).expect(204);
      }),
      { numRuns: runs(80), seed: SEED },
    );
  }, 300_000);

  it('bodies that are not multipart or not even complete: 400, 413 or 415, never 5xx', async () => {
    const url = `${API}/commendations/${record.id}/documents`;
    const before = await tableCounts(t.dataSource);
    const answers = [
      await t.as('staff08').post(url).send({ kind: 'SUBMISSION' }),
      await t.as('staff08').post(url).set('Content-Type', 'text/plain').send('%PDF-1.4'),
      await t.as('staff08').post(url).set('Content-Type', 'multipart/form-data').send('garbage'),
      await t.as('staff08').post(url).set('Content-Type', 'multipart/form-data; boundary=x').send('--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-'),
      await t.as('staff08').post(url).field('kind', 'X'.repeat(5000)).attach('file', minimalPdf('a', []), 'a.pdf'),
    ];
    for (const res of answers) {
      expect([400, 413, 415]).toContain(res.status);
      expect(isErrorShape(res.body)).toBe(true);
    }
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('generated ids and query strings on the read and delete endpoints: 400 or 404, never 5xx', async () => {
    const id = fc.oneof(fc.uuid(), fc.string({ maxLength: 40 }), fc.constantFrom('..', '%00', 'null', '0'.repeat(64)));
    const query = fc.oneof(fc.constant(''), fc.string({ maxLength: 20 }).map((s) => `?inline=${encodeURIComponent(s)}`));
    await fc.assert(
      fc.asyncProperty(id, query, fc.constantFrom('documents', 'dossier', 'dossier.zip', 'content', 'delete'), async (raw, q, endpoint) => {
        const safe = encodeURIComponent(raw) || 'x';
        const url =
          endpoint === 'content' || endpoint === 'delete'
            ? `${API}/documents/${safe}${endpoint === 'content' ? '/content' : ''}${q}`
            : `${API}/commendations/${safe}/${endpoint}${q}`;
        const res = endpoint === 'delete' ? await t.as('staff08').delete(url) : await t.as('staff08').get(url);
        expect([400, 404]).toContain(res.status);
        expect(isErrorShape(res.body)).toBe(true);
      }),
      { numRuns: runs(60), seed: SEED },
    );
  }, 120_000);
});

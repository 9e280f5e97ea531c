import { testEngines } from '@tdkt/api/database/testing';
import { asciiFold } from '@tdkt/api/documents';
import { TestApp, createTestApp } from './test-app';

/** The demo's central-level proposals carry generated PDF dossiers, stored through the file store at seed time. */
describe.each(testEngines())('demo dossiers on %s', (engine) => {
  let t: TestApp;
  // The whole demo dataset loads first: minutes on a busy machine.
  beforeAll(async () => (t = await createTestApp(engine, { demoData: true })), 400_000);
  afterAll(() => t?.close());

  const binary = (res: import('supertest').Response, done: (err: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  };

  it("every submitted demo proposal in the reviewer's queue has a complete dossier of PDFs naming its recipient", async () => {
    const queue = (await t.as('reviewer').get('/api/v1/commendations?status=SUBMITTED&pageSize=100').expect(200)).body;
    expect(queue.items.length).toBeGreaterThan(0);
    for (const c of queue.items) {
      const dossier = (await t.as('reviewer').get(`/api/v1/commendations/${c.id}/dossier`).expect(200)).body;
      expect(dossier.required.length).toBeGreaterThanOrEqual(2);
      expect(dossier.missing).toEqual([]);
    }
    const first = queue.items[0];
    const documents = (await t.as('reviewer').get(`/api/v1/commendations/${first.id}/documents`).expect(200)).body;
    const submission = documents.find((d: { kind: string }) => d.kind === 'SUBMISSION');
    expect(submission).toMatchObject({ mediaType: 'application/pdf', uploadedBy: 'system' });
    const pdf = await t.as('reviewer').get(`/api/v1/documents/${submission.id}/content`).buffer(true).parse(binary).expect(200);
    const text = (pdf.body as Buffer).toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    // The page's text is the name folded to ASCII (the standard PDF fonts have no Vietnamese glyphs), PDF-escaped.
    expect(text).toContain(
      asciiFold(first.recipientName)
        .replace(/[\u2013\u2014]/g, '-')
        .replace(/([\\()])/g, '\\$1'),
    );
  });

  it('demo drafts carry their submission only, so the officer sees what is still missing', async () => {
    const drafts = (await t.as('reviewer').get('/api/v1/commendations?status=DRAFT&pageSize=100').expect(200)).body.items.filter(
      (c: { level: string }) => c.level === 'GOVERNMENT' || c.level === 'STATE',
    );
    for (const c of drafts) {
      const dossier = (await t.as('reviewer').get(`/api/v1/commendations/${c.id}/dossier`).expect(200)).body;
      expect(dossier.present).toEqual(['SUBMISSION']);
      expect(dossier.missing).toContain('ACHIEVEMENT_REPORT');
    }
  });
});

import { DocumentMediaType, DocumentKind } from '@tdkt/shared/contracts';
import { SYSTEM_ACTOR } from '@tdkt/api/access';
import { DocumentEntity } from '@tdkt/api/database';
import { testEngines } from '@tdkt/api/database/testing';
import { DocumentsService, FILE_STORE, FileStore, OrphanSweepService, minimalPdf } from '@tdkt/api/documents';
import { Document, Packer, Paragraph } from 'docx';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { S3TestServer, startS3TestServer } from './s3-test-server';
import { TestApp, createTestApp, tableCounts } from './test-app';
import { readZip } from './zip-reader';

const API = '/api/v1';
/** A central-level proposal (Bằng khen của Thủ tướng) from Tuyên Quang: its dossier needs SUBMISSION and ACHIEVEMENT_REPORT. */
const proposal = {
  recipientKind: 'COLLECTIVE',
  recipientName: 'Trường Phổ thông Dân tộc nội trú tỉnh Tuyên Quang',
  provinceCode: '08',
  awardTypeCode: 'BANG_KHEN_THU_TUONG',
  kind: 'REGULAR',
  achievementYear: 2023,
};
const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const binary = (res: request.Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

type Store = 'disk' | 's3';
const cases = testEngines().flatMap((engine) => (['disk', 's3'] as Store[]).map((store) => [engine, store] as const));

describe.each(cases)('award dossiers on %s with the %s store', (engine, storeKind) => {
  let t: TestApp;
  let s3: S3TestServer | undefined;
  let docx: Buffer;
  const pdf = minimalPdf('Tờ trình đề nghị tặng Bằng khen của Thủ tướng Chính phủ', ['Trường PTDTNT tỉnh Tuyên Quang']);

  beforeAll(async () => {
    if (storeKind === 's3') s3 = await startS3TestServer();
    t = await createTestApp(engine, s3?.settings ?? {});
    docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Báo cáo thành tích năm 2023')] }] }));
  });
  afterAll(async () => {
    await t?.close();
    await s3?.close();
  });

  const propose = async (over: object = {}) =>
    (await t.as('staff08').post(`${API}/commendations`).send({ ...proposal, ...over }).expect(201)).body;
  const upload = (id: string, kind: string, bytes: Buffer, filename: string, contentType = 'application/octet-stream', user: 'staff08' | 'staff01' | 'reviewer' = 'staff08') =>
    t.as(user).post(`${API}/commendations/${id}/documents`).field('kind', kind).attach('file', bytes, { filename, contentType });
  const download = (user: 'staff08' | 'reviewer', path: string) => t.as(user).get(path).buffer(true).parse(binary);

  it('POST /commendations/{id}/documents → 201; GET …/documents lists it; GET /documents/{id}/content → the same bytes', async () => {
    const c = await propose();
    const name = 'Tờ trình số 15-TTr Sở Giáo dục.pdf';
    const added = (await upload(c.id, 'SUBMISSION', pdf, name, 'application/pdf').expect(201)).body;
    expect(added).toMatchObject({
      commendationId: c.id,
      kind: 'SUBMISSION',
      fileName: name,
      mediaType: 'application/pdf',
      size: pdf.length,
      sha256: sha256(pdf),
      uploadedBy: 'Người dùng kiểm thử staff08',
    });
    const list = (await t.as('staff08').get(`${API}/commendations/${c.id}/documents`).expect(200)).body;
    expect(list).toEqual([added]);
    // The reviewer reads what the province attached, byte for byte.
    const res = await download('reviewer', `${API}/documents/${added.id}/content`).expect(200);
    expect(Buffer.compare(res.body, pdf)).toBe(0);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="To trinh so 15-TTr So Giao duc.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    expect(res.headers['content-security-policy']).toContain('sandbox');
    const inline = await download('reviewer', `${API}/documents/${added.id}/content?inline=1`).expect(200);
    expect(inline.headers['content-disposition']).toMatch(/^inline; /);
    expect(inline.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'self'");
  });

  it('the bytes decide the type: a DOCX, a PNG and a JPEG are stored as what they are, whatever the browser said', async () => {
    const c = await propose();
    const word = (await upload(c.id, 'ACHIEVEMENT_REPORT', docx, 'bao-cao.docx', 'application/pdf').expect(201)).body;
    expect(word.mediaType).toBe(DocumentMediaType.DOCX);
    const png = (await upload(c.id, 'OTHER', PNG_1x1, 'anh.jpg', 'image/jpeg').expect(201)).body;
    expect(png.mediaType).toBe(DocumentMediaType.PNG);
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(64)]);
    expect((await upload(c.id, 'OTHER', jpeg, 'anh.png', 'image/png').expect(201)).body.mediaType).toBe(DocumentMediaType.JPEG);
    // A DOCX is never shown inline, even when asked.
    const res = await download('staff08', `${API}/documents/${word.id}/content?inline=1`).expect(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; /);
    expect(Buffer.compare(res.body, docx)).toBe(0);
  });

  it('415 for bytes that lie about their type, another format or a body that is not multipart; nothing is written', async () => {
    const c = await propose();
    const before = await tableCounts(t.dataSource);
    const html = Buffer.from('<html><script>alert("x")</script></html>');
    const lie = await upload(c.id, 'SUBMISSION', html, 'to-trinh.pdf', 'application/pdf').expect(415);
    expect(lie.body).toMatchObject({ statusCode: 415, code: 'DOCUMENT_UNSUPPORTED_TYPE' });
    expect(lie.body.message).toMatch(/PDF, Word/);
    await upload(c.id, 'SUBMISSION', Buffer.from('GIF89a....'), 'a.gif', 'image/gif').expect(415);
    await upload(c.id, 'SUBMISSION', Buffer.from('PK\x03\x04 not a word file'), 'x.docx').expect(415);
    await t.as('staff08').post(`${API}/commendations/${c.id}/documents`).send({ kind: 'SUBMISSION', file: 'JVBERi0=' }).expect(415);
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('413 above 20 MB, refused while streaming; nothing is written', async () => {
    const c = await propose();
    const before = await tableCounts(t.dataSource);
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20);
    big.write('%PDF-1.4\n');
    const res = await upload(c.id, 'SUBMISSION', big, 'qua-lon.pdf', 'application/pdf').expect(413);
    expect(res.body).toMatchObject({ statusCode: 413, code: 'DOCUMENT_TOO_LARGE' });
    expect(res.body.message).toMatch(/20 MB/);
    expect(await tableCounts(t.dataSource)).toEqual(before);
    // Exactly 20 MB is accepted.
    await upload(c.id, 'OTHER', big.subarray(0, 20 * 1024 * 1024), 'vua-du.pdf').expect(201);
  });

  it('400 for a missing file or an unknown kind, with the field named', async () => {
    const c = await propose();
    const noFile = await t.as('staff08').post(`${API}/commendations/${c.id}/documents`).field('kind', 'SUBMISSION').expect(400);
    expect(noFile.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);
    const badKind = await upload(c.id, 'BIEN_BAN', pdf, 'a.pdf').expect(400);
    expect(badKind.body.errors).toEqual([expect.objectContaining({ field: 'kind' })]);
    await download('staff08', `${API}/documents/00000000-0000-4000-8000-000000000000/content?inline=yes`).expect(400);
  });

  it('GET /commendations/{id}/dossier → {required, present, missing}; submit → 409 DOSSIER_INCOMPLETE naming the missing kinds, then 200 once complete', async () => {
    const c = await propose();
    expect((await t.as('staff08').get(`${API}/commendations/${c.id}/dossier`).expect(200)).body).toEqual({
      required: ['SUBMISSION', 'ACHIEVEMENT_REPORT'],
      present: [],
      missing: ['SUBMISSION', 'ACHIEVEMENT_REPORT'],
      editable: true,
    });
    await upload(c.id, 'OTHER', PNG_1x1, 'anh.png').expect(201);
    await upload(c.id, 'SUBMISSION', pdf, 'to-trinh.pdf').expect(201);
    const dossier = (await t.as('reviewer').get(`${API}/commendations/${c.id}/dossier`).expect(200)).body;
    expect(dossier).toMatchObject({ present: ['SUBMISSION', 'OTHER'], missing: ['ACHIEVEMENT_REPORT'] });
    const refused = await t.as('staff08').post(`${API}/commendations/${c.id}/submit`).send({ version: c.version }).expect(409);
    expect(refused.body).toMatchObject({ code: 'DOSSIER_INCOMPLETE' });
    expect(refused.body.message).toContain('Báo cáo thành tích');
    expect(refused.body.message).not.toContain('Tờ trình');
    expect((await t.as('staff08').get(`${API}/commendations/${c.id}`).expect(200)).body).toMatchObject({ status: 'DRAFT', version: c.version });
    await upload(c.id, 'ACHIEVEMENT_REPORT', docx, 'bao-cao.docx').expect(201);
    await t.as('staff08').post(`${API}/commendations/${c.id}/submit`).send({ version: c.version }).expect(200);
  });

  it('a provincial record needs no dossier; a CSTĐ toàn quốc proposal needs the minutes and the initiative too', async () => {
    const provincial = await propose({ awardTypeCode: 'BANG_KHEN_TINH', recipientName: 'Phòng Giáo dục huyện Na Hang' });
    expect((await t.as('staff08').get(`${API}/commendations/${provincial.id}/dossier`).expect(200)).body.required).toEqual([]);
    const cstd = await propose({ awardTypeCode: 'CSTD_TOAN_QUOC', recipientKind: 'INDIVIDUAL', recipientName: 'Nguyễn Thị Hằng', gender: 'FEMALE' });
    const refused = await t.as('staff08').post(`${API}/commendations/${cstd.id}/submit`).send({ version: cstd.version }).expect(409);
    expect(refused.body.message).toMatch(/Tờ trình, Báo cáo thành tích, Biên bản bình xét, Văn bản công nhận sáng kiến/);
  });

  it('the dossier is frozen once submitted (409 DOSSIER_FROZEN on add and remove) and opens again when returned', async () => {
    const c = await propose();
    const first = (await upload(c.id, 'SUBMISSION', pdf, 'to-trinh.pdf').expect(201)).body;
    await upload(c.id, 'ACHIEVEMENT_REPORT', docx, 'bao-cao.docx').expect(201);
    const submitted = (await t.as('staff08').post(`${API}/commendations/${c.id}/submit`).send({ version: c.version }).expect(200)).body;
    const before = await tableCounts(t.dataSource);
    expect((await upload(c.id, 'OTHER', PNG_1x1, 'them.png').expect(409)).body.code).toBe('DOSSIER_FROZEN');
    expect((await t.as('staff08').delete(`${API}/documents/${first.id}`).expect(409)).body.code).toBe('DOSSIER_FROZEN');
    expect(await tableCounts(t.dataSource)).toEqual(before);
    expect((await t.as('staff08').get(`${API}/commendations/${c.id}/dossier`).expect(200)).body.editable).toBe(false);
    await t.as('reviewer').post(`${API}/commendations/${c.id}/return`).send({ version: submitted.version, reason: 'Bổ sung ảnh tư liệu' }).expect(200);
    await upload(c.id, 'OTHER', PNG_1x1, 'them.png').expect(201);
    await t.as('staff08').delete(`${API}/documents/${first.id}`).expect(204);
    expect((await t.as('staff08').get(`${API}/commendations/${c.id}/dossier`).expect(200)).body.missing).toEqual(['SUBMISSION']);
    await t.as('staff08').get(`${API}/documents/${first.id}/content`).expect(404);
  });

  it('every add and remove is audited with the metadata, never the bytes', async () => {
    const c = await propose();
    const d = (await upload(c.id, 'SUBMISSION', pdf, 'to-trinh.pdf').expect(201)).body;
    await t.as('staff08').delete(`${API}/documents/${d.id}`).expect(204);
    const trail = (await t.as('staff08').get(`${API}/audit`).query({ entity: 'document', entityId: d.id }).expect(200)).body;
    expect(trail.items.map((e: { action: string }) => e.action).sort()).toEqual(['CREATE', 'DELETE']);
    for (const e of trail.items) {
      const json = JSON.stringify(e);
      expect(json).toContain(sha256(pdf));
      expect(json).not.toContain(pdf.toString('base64').slice(0, 40));
      expect(json.length).toBeLessThan(2000);
    }
  });

  it('reads and writes outside the scope: another province 404, the council reads but does not write (403), no token 401', async () => {
    const c = await propose();
    const d = (await upload(c.id, 'SUBMISSION', pdf, 'to-trinh.pdf').expect(201)).body;
    for (const path of [`/commendations/${c.id}/documents`, `/commendations/${c.id}/dossier`, `/commendations/${c.id}/dossier.zip`, `/documents/${d.id}/content`]) {
      expect((await t.as('staff01').get(`${API}${path}`)).status).toBe(404);
      expect((await t.as('chairDBSH').get(`${API}${path}`)).status).toBe(404);
      expect((await t.http().get(`${API}${path}`)).status).toBe(401);
      expect((await t.as('reviewer').get(`${API}${path}`)).status).toBe(200);
    }
    await upload(c.id, 'OTHER', pdf, 'x.pdf', 'application/pdf', 'staff01').expect(404);
    await t.as('staff01').delete(`${API}/documents/${d.id}`).expect(404);
    await upload(c.id, 'OTHER', pdf, 'x.pdf', 'application/pdf', 'reviewer').expect(403);
    await t.as('reviewer').delete(`${API}/documents/${d.id}`).expect(403);
    await t.http().post(`${API}/commendations/${c.id}/documents`).field('kind', 'OTHER').attach('file', pdf, 'x.pdf').expect(401);
  });

  it('GET /commendations/{id}/dossier.zip → one .zip with every document and a manifest.json of the record and hashes', async () => {
    const c = await propose();
    const a = (await upload(c.id, 'SUBMISSION', pdf, 'Tờ trình.pdf').expect(201)).body;
    const b = (await upload(c.id, 'ACHIEVEMENT_REPORT', docx, 'Báo cáo thành tích.docx').expect(201)).body;
    // Two files of the same name do not collide in the archive.
    await upload(c.id, 'OTHER', PNG_1x1, 'Tờ trình.pdf').expect(201);
    const started = Date.now();
    const res = await download('reviewer', `${API}/commendations/${c.id}/dossier.zip`).expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`Hồ sơ ${proposal.recipientName}.zip`)}`);
    const entries = readZip(res.body);
    expect([...entries.keys()]).toEqual(['manifest.json', '01-SUBMISSION-Tờ trình.pdf', '02-ACHIEVEMENT_REPORT-Báo cáo thành tích.docx', '03-OTHER-Tờ trình.pdf']);
    expect(Buffer.compare(entries.get('01-SUBMISSION-Tờ trình.pdf') as Buffer, pdf)).toBe(0);
    expect(Buffer.compare(entries.get('02-ACHIEVEMENT_REPORT-Báo cáo thành tích.docx') as Buffer, docx)).toBe(0);
    const manifest = JSON.parse((entries.get('manifest.json') as Buffer).toString('utf8'));
    expect(manifest).toMatchObject({
      format: 'tdkt-dossier/1',
      record: { id: c.id, recipientName: proposal.recipientName, provinceCode: '08', awardTypeCode: 'BANG_KHEN_THU_TUONG', status: 'DRAFT' },
      required: ['SUBMISSION', 'ACHIEVEMENT_REPORT'],
      missing: [],
    });
    expect(Date.parse(manifest.createdAt)).toBeGreaterThanOrEqual(started - 1000);
    expect(manifest.documents[0]).toEqual({
      path: '01-SUBMISSION-Tờ trình.pdf',
      kind: 'SUBMISSION',
      kindLabel: 'Tờ trình',
      fileName: 'Tờ trình.pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
      sha256: a.sha256,
      uploadedBy: 'Người dùng kiểm thử staff08',
      uploadedAt: a.createdAt,
    });
    expect(manifest.documents[1]).toMatchObject({ sha256: b.sha256, mediaType: DocumentMediaType.DOCX });
    for (const d of manifest.documents) expect(sha256(entries.get(d.path) as Buffer)).toBe(d.sha256);
  });

  it('the same bytes are stored once; the orphan sweep deletes bytes without a row once older than the grace period', async () => {
    const store = t.app.get<FileStore>(FILE_STORE);
    const c = await propose();
    const unique = minimalPdf('Tài liệu dùng một lần', [`${engine} ${storeKind} ${Date.now()}`]);
    const keysOf = async () => {
      const keys: string[] = [];
      for await (const o of store.list()) if (!o.partial) keys.push(o.key);
      return keys;
    };
    const x = (await upload(c.id, 'OTHER', unique, 'a.pdf').expect(201)).body;
    const y = (await upload(c.id, 'OTHER', unique, 'b.pdf').expect(201)).body;
    expect(x.sha256).toBe(y.sha256);
    expect((await keysOf()).filter((k) => k === x.sha256)).toHaveLength(1);
    // Bytes nobody references: put straight into the store.
    const orphan = await store.put(Buffer.from('%PDF-1.4 mồ côi'));
    const sweep = t.app.get(OrphanSweepService);
    // Fresh orphans are kept (an upload may be between its bytes and its row).
    expect((await sweep.sweep()).deleted).toBe(0);
    expect(await keysOf()).toContain(orphan.key);
    // A day later: the orphan goes, the referenced bytes stay (still referenced by y after x is removed).
    await t.as('staff08').delete(`${API}/documents/${x.id}`).expect(204);
    const later = await sweep.sweep(new Date(Date.now() + 25 * 3600 * 1000));
    expect(later.deleted).toBeGreaterThanOrEqual(1);
    const keys = await keysOf();
    expect(keys).not.toContain(orphan.key);
    expect(keys).toContain(x.sha256);
    const res = await download('staff08', `${API}/documents/${y.id}/content`).expect(200);
    expect(Buffer.compare(res.body, unique)).toBe(0);
  });

  it('DocumentsService.attachGenerated attaches generated bytes (audited), commits with the caller’s transaction, and refuses bytes that are not the type', async () => {
    const service = t.app.get(DocumentsService);
    const c = await propose();
    const minutes = minimalPdf('Biên bản họp bình xét', ['Cụm thi đua TDMNPB']);
    const view = await service.attachGenerated(c.id, DocumentKind.MINUTES, 'Biên bản.pdf', DocumentMediaType.PDF, minutes, SYSTEM_ACTOR);
    expect(view).toMatchObject({ kind: 'MINUTES', size: minutes.length, uploadedBy: 'system' });
    // Rolled back with the caller's transaction: no row.
    await expect(
      t.dataSource.transaction(async (m) => {
        await service.attachGenerated(c.id, DocumentKind.DECISION, 'qd.pdf', DocumentMediaType.PDF, minutes, SYSTEM_ACTOR, m);
        throw new Error('the caller fails after attaching');
      }),
    ).rejects.toThrow('the caller fails');
    expect(await t.dataSource.getRepository(DocumentEntity).countBy({ commendationId: c.id })).toBe(1);
    await expect(service.attachGenerated(c.id, DocumentKind.MINUTES, 'x.docx', DocumentMediaType.DOCX, minutes, SYSTEM_ACTOR)).rejects.toMatchObject({
      code: 'DOCUMENT_UNSUPPORTED_TYPE',
    });
  });
});

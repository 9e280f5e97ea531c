import { testEngines } from '@tdkt/api/database/testing';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { TestApp, createTestApp, tableCounts } from './test-app';
import { SHEET, TDMNPB_2024, binary, staffOf } from './year-end-fixtures';

const base = '/api/v1/clusters/TDMNPB/years/2024';

describe.each(testEngines())('year-end review: score sheet, scores, ranking, vote, nominations on %s', (engine) => {
  let t: TestApp;
  let staff04: Awaited<ReturnType<typeof staffOf>>;
  let staff11: Awaited<ReturnType<typeof staffOf>>;
  let staff20: Awaited<ReturnType<typeof staffOf>>;
  let voteId: string;
  let nominationId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    [staff04, staff11, staff20] = [await staffOf(t, '04'), await staffOf(t, '11'), await staffOf(t, '20')];
  });
  afterAll(() => t?.close());

  const chair = () => t.as('chairTDMNPB');

  it('GET /api/docs-json → every year-end path of §6, each operation with a summary', async () => {
    const paths = (await t.http().get('/api/docs-json').expect(200)).body.paths;
    const expected: Record<string, string[]> = {
      '/api/v1/clusters/{code}/years/{year}/score-sheet': ['get', 'put'],
      '/api/v1/clusters/{code}/years/{year}/score-sheet/open': ['post'],
      '/api/v1/clusters/{code}/years/{year}/score-sheet/close': ['post'],
      '/api/v1/clusters/{code}/years/{year}/score-sheet/copy-from-previous': ['post'],
      '/api/v1/clusters/{code}/years/{year}/scores/{provinceCode}': ['get', 'put'],
      '/api/v1/clusters/{code}/years/{year}/ranking': ['get'],
      '/api/v1/votes': ['get', 'post'],
      '/api/v1/votes/{id}': ['get'],
      '/api/v1/votes/{id}/open': ['post'],
      '/api/v1/votes/{id}/close': ['post'],
      '/api/v1/votes/{id}/ballots': ['post'],
      '/api/v1/votes/{id}/minutes.docx': ['get'],
      '/api/v1/votes/{id}/nominations': ['post'],
    };
    for (const [path, methods] of Object.entries(expected)) {
      for (const method of methods)
        expect({ path, method, summary: paths[path]?.[method]?.summary }).toEqual({ path, method, summary: expect.any(String) });
    }
  });

  describe('score sheet', () => {
    it("POST …/score-sheet/copy-from-previous without last year's sheet → 404", async () => {
      const res = await chair().post(`${base}/score-sheet/copy-from-previous`).expect(404);
      expect(res.body.code).toBe('SCORE_SHEET_NOT_FOUND');
    });

    it('PUT …/years/2023/score-sheet by the chair (version 0) → 200 DRAFT, audited', async () => {
      const res = await chair()
        .put('/api/v1/clusters/TDMNPB/years/2023/score-sheet')
        .send({ ...SHEET, version: 0 })
        .expect(200);
      expect(res.body).toMatchObject({ status: 'DRAFT', year: 2023, maxTotal: 55, version: 1 });
      const audit = await t.as('reviewer').get('/api/v1/audit').query({ entity: 'score_sheet', entityId: res.body.id }).expect(200);
      expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['CREATE']);
    });

    it('POST …/2024/score-sheet/copy-from-previous → 201, a DRAFT copy of 2023; a second copy → 409', async () => {
      const res = await chair().post(`${base}/score-sheet/copy-from-previous`).expect(201);
      expect(res.body).toMatchObject({
        status: 'DRAFT',
        year: 2024,
        copiedFromYear: 2023,
        criteria: SHEET.criteria.map((c) => ({ ...c, pledgeCriterionCode: null })),
      });
      expect((await chair().post(`${base}/score-sheet/copy-from-previous`).expect(409)).body.code).toBe('SCORE_SHEET_EXISTS');
    });

    it('PUT …/score-sheet with duplicate codes, or PLEDGE_RATE without a pledge → 400 with the fields, nothing changes', async () => {
      const before = await tableCounts(t.dataSource);
      const res = await chair()
        .put(`${base}/score-sheet`)
        .send({
          ...SHEET,
          criteria: [
            ...SHEET.criteria,
            { code: 'TC1', name: 'Trùng', group: 'III', maxPoints: 5, method: 'MANUAL' },
            { code: 'GU', name: 'Giao ước', group: 'III', maxPoints: 10, method: 'PLEDGE_RATE', pledgeCriterionCode: 'X1' },
          ],
          version: 1,
        })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['criteria.2.code', 'criteria.3.pledgeCriterionCode']);
      expect(await tableCounts(t.dataSource)).toEqual(before);
    });

    it("PUT …/score-sheet by staff → 403; by another cluster's chair → 403; with a stale version → 409", async () => {
      await staff04
        .put(`${base}/score-sheet`)
        .send({ ...SHEET, version: 1 })
        .expect(403);
      await t
        .as('chairDBSH')
        .put(`${base}/score-sheet`)
        .send({ ...SHEET, version: 1 })
        .expect(403);
      expect(
        (
          await chair()
            .put(`${base}/score-sheet`)
            .send({ ...SHEET, version: 7 })
            .expect(409)
        ).body.code,
      ).toBe('VERSION_CONFLICT');
    });

    it('PUT …/score-sheet with a PLEDGE_RATE criterion linked to the pledge → 200; POST …/open → OPEN; PUT afterwards → 409', async () => {
      const pledge = await chair()
        .post('/api/v1/pledges')
        .send({
          clusterCode: 'TDMNPB',
          year: 2024,
          signedOn: '2024-03-15',
          criteria: [{ code: 'GU1', name: 'Xây dựng nông thôn mới', unit: 'xã', targetKind: 'NUMBER', maxScore: 10 }],
        })
        .expect(201);
      await staff04
        .put(`/api/v1/pledges/${pledge.body.id}/results`)
        .send([{ provinceCode: '04', criterionCode: 'GU1', period: 'FY', targetValue: 10, actualValue: 8, note: null }])
        .expect(200);
      const sheet = (await chair().get(`${base}/score-sheet`).expect(200)).body;
      const withPledge = {
        ...SHEET,
        criteria: [
          ...SHEET.criteria,
          {
            code: 'TC3',
            name: 'Thực hiện giao ước',
            group: 'II. Kết quả',
            maxPoints: 20,
            method: 'PLEDGE_RATE',
            pledgeCriterionCode: 'GU1',
          },
        ],
      };
      const put = await chair()
        .put(`${base}/score-sheet`)
        .send({ ...withPledge, version: sheet.version })
        .expect(200);
      expect(put.body.maxTotal).toBe(75);
      const opened = await chair().post(`${base}/score-sheet/open`).send({ version: put.body.version }).expect(200);
      expect(opened.body.status).toBe('OPEN');
      expect(
        (
          await chair()
            .put(`${base}/score-sheet`)
            .send({ ...withPledge, version: opened.body.version })
            .expect(409)
        ).body.code,
      ).toBe('SCORE_SHEET_FROZEN');
      expect((await chair().post(`${base}/score-sheet/open`).send({ version: opened.body.version }).expect(409)).body.code).toBe(
        'INVALID_TRANSITION',
      );
    });

    it("GET …/score-sheet by a member's staff → 200; by a non-member's staff → 403", async () => {
      await staff04.get(`${base}/score-sheet`).expect(200);
      await t.as('staff01').get(`${base}/score-sheet`).expect(403);
    });
  });

  describe('scores', () => {
    it('PUT …/scores/04 by its staff: self scores and evidence → 200; PLEDGE_RATE computed from the pledge (20 × 0.8)', async () => {
      const res = await staff04
        .put(`${base}/scores/04`)
        .send({
          version: 0,
          items: [
            { code: 'TC1', selfScore: 18, note: 'Kế hoạch số 12/KH-UBND' },
            { code: 'TC2', selfScore: 27 },
            { code: 'T1', selfScore: 4 },
            { code: 'D1', selfScore: 1 },
          ],
        })
        .expect(200);
      expect(res.body).toMatchObject({ provinceCode: '04', status: 'SELF_SCORED', selfTotal: 64, total: 64, version: 1 });
      expect(res.body.items.find((i: { code: string }) => i.code === 'TC3')).toMatchObject({
        computedScore: 16,
        rate: 0.8,
        score: 16,
        selfScore: null,
      });
    });

    it('PUT …/scores/04: a score over the maximum, a typed PLEDGE_RATE item, an unknown code → 400; nothing changes', async () => {
      const before = await tableCounts(t.dataSource);
      const res = await staff04
        .put(`${base}/scores/04`)
        .send({
          version: 1,
          items: [
            { code: 'TC1', selfScore: 21 },
            { code: 'TC3', selfScore: 5 },
            { code: 'NOPE', selfScore: 1 },
          ],
        })
        .expect(400);
      expect(res.body.errors.map((e: { code: string }) => e.code).sort()).toEqual(['computedItem', 'max', 'notOnSheet']);
      expect(await tableCounts(t.dataSource)).toEqual(before);
    });

    it("PUT …/scores/04 with agreedScore by its staff → 403; by another member's staff → 403; stale version → 409", async () => {
      await staff04
        .put(`${base}/scores/04`)
        .send({ version: 1, items: [{ code: 'TC1', agreedScore: 18 }] })
        .expect(403);
      await staff20
        .put(`${base}/scores/04`)
        .send({ version: 1, items: [{ code: 'TC1', selfScore: 1 }] })
        .expect(403);
      expect(
        (
          await staff04
            .put(`${base}/scores/04`)
            .send({ version: 0, items: [{ code: 'TC1', selfScore: 1 }] })
            .expect(409)
        ).body.code,
      ).toBe('VERSION_CONFLICT');
    });

    it('PUT …/scores/04 by the chair: a lower agreed score without a comment → 400; with one → 200, the total uses it', async () => {
      const missing = await chair()
        .put(`${base}/scores/04`)
        .send({ version: 1, items: [{ code: 'TC2', agreedScore: 25 }] })
        .expect(400);
      expect(missing.body.errors[0]).toMatchObject({ field: 'items.0.comment', code: 'commentRequired' });
      const res = await chair()
        .put(`${base}/scores/04`)
        .send({
          version: 1,
          items: [
            { code: 'TC1', agreedScore: 18 },
            { code: 'TC2', agreedScore: 25, comment: 'Chưa có minh chứng về chỉ tiêu giảm nghèo' },
          ],
        })
        .expect(200);
      expect(res.body).toMatchObject({ status: 'AGREED', selfTotal: 64, total: 62 });
      expect(res.body.items.find((i: { code: string }) => i.code === 'TC2')).toMatchObject({
        selfScore: 27,
        agreedScore: 25,
        comment: 'Chưa có minh chứng về chỉ tiêu giảm nghèo',
        note: null,
      });
    });

    it('GET …/ranking → every member, equal totals share a rank, who has not scored is NOT_SCORED', async () => {
      await staff11
        .put(`${base}/scores/11`)
        .send({
          version: 0,
          items: [
            { code: 'TC1', selfScore: 20 },
            { code: 'TC2', selfScore: 30 },
          ],
        })
        .expect(200);
      await staff20
        .put(`${base}/scores/20`)
        .send({
          version: 0,
          items: [
            { code: 'TC1', selfScore: 20 },
            { code: 'TC2', selfScore: 30 },
          ],
        })
        .expect(200);
      const res = await chair().get(`${base}/ranking`).expect(200);
      expect(res.body).toHaveLength(14);
      expect(res.body.slice(0, 3)).toEqual([
        { provinceCode: '04', provinceName: 'Cao Bằng', selfTotal: 64, total: 62, rank: 1, status: 'AGREED' },
        { provinceCode: '11', provinceName: 'Điện Biên', selfTotal: 50, total: 50, rank: 2, status: 'SELF_SCORED' },
        { provinceCode: '20', provinceName: 'Lạng Sơn', selfTotal: 50, total: 50, rank: 2, status: 'SELF_SCORED' },
      ]);
      expect(res.body[3]).toMatchObject({ rank: 4, total: 0, status: 'NOT_SCORED' });
      expect(res.body.filter((r: { status: string }) => r.status === 'NOT_SCORED')).toHaveLength(11);
    });
  });

  describe('vote', () => {
    it('POST /votes with defaults → 201: candidates = the top of the ranking, quorum 2/3 and threshold 80 % stored', async () => {
      const res = await chair()
        .post('/api/v1/votes')
        .send({
          clusterCode: 'TDMNPB',
          year: 2024,
          title: 'Suy tôn đơn vị dẫn đầu đề nghị Cờ thi đua của Chính phủ năm 2024',
          awardTypeCode: 'CO_THI_DUA_CHINH_PHU',
        })
        .expect(201);
      // Seats 1: ranks up to 3, with ties, are 04, 11, 20.
      expect(res.body).toMatchObject({
        status: 'DRAFT',
        seats: 1,
        quorum: 0.6667,
        threshold: 0.8,
        eligible: 14,
        quorumBallots: 10,
        thresholdVotes: 12,
        tally: [],
        cast: null,
      });
      expect(res.body.candidates.map((c: { provinceCode: string }) => c.provinceCode)).toEqual(['04', '11', '20']);
      voteId = res.body.id;
    });

    it('POST /votes by staff → 403; with a non-member candidate or a provincial award → 400', async () => {
      await staff04
        .post('/api/v1/votes')
        .send({ clusterCode: 'TDMNPB', year: 2024, title: 'x', awardTypeCode: 'CO_THI_DUA_CHINH_PHU', candidates: ['04'] })
        .expect(403);
      const res = await chair()
        .post('/api/v1/votes')
        .send({ clusterCode: 'TDMNPB', year: 2024, title: 'x', awardTypeCode: 'BANG_KHEN_TINH', candidates: ['04', '01'] })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['awardTypeCode', 'candidates.1']);
    });

    it('POST /votes/{id}/ballots before it opens → 409 VOTE_NOT_OPEN', async () => {
      expect(
        (
          await staff04
            .post(`/api/v1/votes/${voteId}/ballots`)
            .send({ choices: ['04'] })
            .expect(409)
        ).body.code,
      ).toBe('VOTE_NOT_OPEN');
    });

    it('POST /votes/{id}/open → OPEN; ballots online by three members → 201, register shows who voted', async () => {
      await chair().post(`/api/v1/votes/${voteId}/open`).expect(200);
      await staff04
        .post(`/api/v1/votes/${voteId}/ballots`)
        .send({ choices: ['04'] })
        .expect(201);
      await staff11
        .post(`/api/v1/votes/${voteId}/ballots`)
        .send({ choices: ['04'] })
        .expect(201);
      const res = await staff20.post(`/api/v1/votes/${voteId}/ballots`).send({ choices: [] }).expect(201);
      const voted = res.body.register.filter((r: { voted: boolean }) => r.voted);
      expect(voted).toEqual([
        { provinceCode: '04', provinceName: 'Cao Bằng', voted: true, channel: 'ONLINE' },
        { provinceCode: '11', provinceName: 'Điện Biên', voted: true, channel: 'ONLINE' },
        { provinceCode: '20', provinceName: 'Lạng Sơn', voted: true, channel: 'ONLINE' },
      ]);
    });

    it('a second ballot of the same province → 409, online or on paper', async () => {
      expect(
        (
          await staff04
            .post(`/api/v1/votes/${voteId}/ballots`)
            .send({ choices: ['11'] })
            .expect(409)
        ).body.code,
      ).toBe('BALLOT_ALREADY_CAST');
      await chair()
        .post(`/api/v1/votes/${voteId}/ballots`)
        .send({ provinceCode: '04', choices: ['11'] })
        .expect(409);
    });

    it('a ballot by a non-member → 403; more choices than seats, a non-candidate, a non-member paper ballot → 400; nothing changes', async () => {
      const before = await tableCounts(t.dataSource);
      const ballots = Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM vote_ballots`))[0].n);
      await t
        .as('staff01')
        .post(`/api/v1/votes/${voteId}/ballots`)
        .send({ choices: ['04'] })
        .expect(403);
      await t
        .as('chairDBSH')
        .post(`/api/v1/votes/${voteId}/ballots`)
        .send({ provinceCode: '01', choices: ['04'] })
        .expect(403);
      expect(
        (
          await chair()
            .post(`/api/v1/votes/${voteId}/ballots`)
            .send({ provinceCode: '12', choices: ['04', '11'] })
            .expect(400)
        ).body.errors[0].code,
      ).toBe('tooManyChoices');
      expect(
        (
          await chair()
            .post(`/api/v1/votes/${voteId}/ballots`)
            .send({ provinceCode: '12', choices: ['14'] })
            .expect(400)
        ).body.errors[0].code,
      ).toBe('notACandidate');
      expect(
        (
          await chair()
            .post(`/api/v1/votes/${voteId}/ballots`)
            .send({ provinceCode: '01', choices: ['04'] })
            .expect(400)
        ).body.errors[0].field,
      ).toBe('provinceCode');
      expect(await tableCounts(t.dataSource)).toEqual(before);
      expect(Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM vote_ballots`))[0].n)).toBe(ballots);
    });

    it('nobody sees a count before closing: GET /votes/{id} and /votes by the chair, a member and the council answer no tally', async () => {
      for (const who of [chair(), staff04, t.as('reviewer'), t.as('admin')]) {
        const one = (await who.get(`/api/v1/votes/${voteId}`).expect(200)).body;
        const list = (await who.get('/api/v1/votes').query({ clusterCode: 'TDMNPB', year: 2024 }).expect(200)).body;
        for (const v of [one, list.find((x: { id: string }) => x.id === voteId)]) {
          expect(v).toMatchObject({ status: 'OPEN', tally: [], cast: null, quorumMet: null, elected: [] });
          expect(JSON.stringify(v)).not.toMatch(/"votes"|"share"|"choices"/);
        }
      }
    });

    it('the chair enters the paper ballots of the other members, then POST …/close → the tally, quorum met, 04 elected', async () => {
      const paper = TDMNPB_2024.filter((c) => !['04', '11', '20'].includes(c));
      for (const [i, code] of paper.entries()) {
        // 10 of the 11 paper ballots for Cao Bằng (04), one for Điện Biên (11).
        await chair()
          .post(`/api/v1/votes/${voteId}/ballots`)
          .send({ provinceCode: code, choices: [i === 0 ? '11' : '04'] })
          .expect(201);
      }
      const res = await chair().post(`/api/v1/votes/${voteId}/close`).expect(200);
      expect(res.body).toMatchObject({ status: 'CLOSED', cast: 14, eligible: 14, quorumMet: true, elected: ['04'], tieAtLastSeat: false });
      expect(res.body.tally).toEqual([
        { provinceCode: '04', provinceName: 'Cao Bằng', votes: 12, share: 0.8571, elected: true },
        { provinceCode: '11', provinceName: 'Điện Biên', votes: 1, share: 0.0714, elected: false },
        { provinceCode: '20', provinceName: 'Lạng Sơn', votes: 0, share: 0, elected: false },
      ]);
      expect(res.body.register.filter((r: { channel: string }) => r.channel === 'PAPER')).toHaveLength(11);
    });

    it('a closed vote never changes: ballot, close and open again → 409', async () => {
      expect((await chair().post(`/api/v1/votes/${voteId}/ballots`).send({ provinceCode: '12', choices: [] }).expect(409)).body.code).toBe(
        'VOTE_CLOSED',
      );
      expect((await chair().post(`/api/v1/votes/${voteId}/close`).expect(409)).body.code).toBe('VOTE_CLOSED');
      expect((await chair().post(`/api/v1/votes/${voteId}/open`).expect(409)).body.code).toBe('VOTE_CLOSED');
    });

    it('no table or audit entry links a ballot to its province', async () => {
      const columns: Array<{ column_name: string }> = await t.dataSource.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'vote_ballots' ORDER BY column_name`,
      );
      expect(columns.map((c) => c.column_name)).toEqual(['choices', 'id', 'vote_id']);
      const fks: Array<{ target: string }> = await t.dataSource.query(
        `SELECT ccu.table_name AS target FROM information_schema.table_constraints tc
           JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
          WHERE tc.table_name = 'vote_ballots' AND tc.constraint_type = 'FOREIGN KEY'`,
      );
      expect(fks.map((f) => f.target)).toEqual(['votes']);
      const register: Array<{ column_name: string }> = await t.dataSource.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'vote_register' ORDER BY column_name`,
      );
      expect(register.map((c) => c.column_name)).toEqual(['cast_at', 'channel', 'entered_by', 'province_id', 'vote_id']);
      // Every ballot of the vote was rewritten with the last one: one transaction id for the whole box.
      const xmins = await t.dataSource.query(`SELECT DISTINCT xmin::text FROM vote_ballots WHERE vote_id = $1`, [voteId]);
      expect(xmins).toHaveLength(1);
      const trail: Array<{ action: string; after: unknown; before: unknown }> = await t.dataSource.query(
        `SELECT action, after, before FROM audit_entries WHERE entity = 'vote' AND entity_id = $1`,
        [voteId],
      );
      const ballots = trail.filter((a) => a.action === 'BALLOT');
      expect(ballots).toHaveLength(14);
      for (const b of ballots) {
        expect(Object.keys(b.after as object).sort()).toEqual(['channel', 'provinceCode']);
        expect(b.before).toBeNull();
      }
      expect(JSON.stringify(trail.filter((a) => a.action !== 'CLOSE'))).not.toContain('choices');
    });

    it('GET /votes/{id}/minutes.docx → the minutes in the Decree 30 layout with the tally', async () => {
      const res = await staff04.get(`/api/v1/votes/${voteId}/minutes.docx`).buffer(true).parse(binary).expect(200);
      expect(res.headers['content-type']).toContain('wordprocessingml');
      const xml = await (await JSZip.loadAsync(res.body as Buffer)).file('word/document.xml')!.async('string');
      const text = xml.replace(/<[^>]+>/g, '');
      for (const s of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'UBND TỈNH TUYÊN QUANG',
        'Số: …/BB-CTĐ',
        'BIÊN BẢN HỌP BÌNH XÉT, SUY TÔN',
        'số phiếu thu về: 14',
        'Cao Bằng',
        '85,7',
        'CHỦ TRÌ',
      ]) {
        expect(text).toContain(s);
      }
    });
  });

  describe('nominations', () => {
    it('POST /votes/{id}/nominations before closing → 409; by staff → 403', async () => {
      const open = await chair()
        .post('/api/v1/votes')
        .send({ clusterCode: 'TDMNPB', year: 2024, title: 'Bằng khen', awardTypeCode: 'BANG_KHEN_THU_TUONG', candidates: ['11', '20'] })
        .expect(201);
      expect((await chair().post(`/api/v1/votes/${open.body.id}/nominations`).expect(409)).body.code).toBe('VOTE_NOT_CLOSED');
      await staff04.post(`/api/v1/votes/${voteId}/nominations`).expect(403);
    });

    it('POST /votes/{id}/nominations → 201: one central-level DRAFT per elected province, linked to the vote; again → 409', async () => {
      const res = await chair().post(`/api/v1/votes/${voteId}/nominations`).expect(201);
      expect(res.body).toHaveLength(1);
      expect(res.body[0]).toMatchObject({
        recipientKind: 'COLLECTIVE',
        recipientName: 'Ủy ban nhân dân tỉnh Cao Bằng',
        provinceCode: '04',
        awardTypeCode: 'CO_THI_DUA_CHINH_PHU',
        level: 'GOVERNMENT',
        status: 'DRAFT',
        achievementYear: 2024,
        kind: 'REGULAR',
      });
      nominationId = res.body[0].id;
      expect((await chair().post(`/api/v1/votes/${voteId}/nominations`).expect(409)).body.code).toBe('NOMINATIONS_EXIST');
      const vote = (await chair().get(`/api/v1/votes/${voteId}`).expect(200)).body;
      expect(vote.nominations).toEqual([{ commendationId: nominationId, provinceCode: '04', status: 'DRAFT' }]);
    });

    it('the rules read the vote: a flag proposed for a member the vote did not elect gets an R-CO-CP-ONE-PER-CLUSTER finding', async () => {
      const other = await staff11
        .post('/api/v1/commendations')
        .send({
          recipientKind: 'COLLECTIVE',
          recipientName: 'Ủy ban nhân dân tỉnh Điện Biên',
          provinceCode: '11',
          awardTypeCode: 'CO_THI_DUA_CHINH_PHU',
          kind: 'REGULAR',
          achievementYear: 2024,
        })
        .expect(201);
      const findings = await t
        .as('reviewer')
        .get('/api/v1/findings')
        .query({ provinceCode: '11', ruleId: 'R-CO-CP-ONE-PER-CLUSTER' })
        .expect(200);
      const mine = findings.body.items.filter((f: { commendationId: string }) => f.commendationId === other.body.id);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ status: 'OPEN', severity: 'ERROR' });
      expect(mine[0].explanation).toContain('Cao Bằng');
      const own = await t.as('reviewer').get('/api/v1/findings').query({ provinceCode: '04', status: 'OPEN' }).expect(200);
      expect(
        own.body.items.filter(
          (f: { commendationId: string; ruleId: string }) => f.commendationId === nominationId && /CO-CP|VOTE/.test(f.ruleId),
        ),
      ).toEqual([]);
    });

    it("the chair submits it; the reviewer sees the vote beside the proposal and returns it, the province's staff resubmit", async () => {
      const draft = (await chair().get(`/api/v1/commendations/${nominationId}`).expect(200)).body;
      const submitted = await chair().post(`/api/v1/commendations/${nominationId}/submit`).send({ version: draft.version }).expect(200);
      expect(submitted.body.status).toBe('SUBMITTED');
      const seen = (await t.as('reviewer').get(`/api/v1/commendations/${nominationId}`).expect(200)).body;
      expect(seen.vote).toMatchObject({ id: voteId, votes: 12, eligible: 14, cast: 14, quorumMet: true, elected: true, share: 0.8571 });
      const returned = await t
        .as('reviewer')
        .post(`/api/v1/commendations/${nominationId}/return`)
        .send({ version: seen.version, reason: 'Bổ sung báo cáo thành tích' })
        .expect(200);
      expect(returned.body.status).toBe('RETURNED');
      await staff04.post(`/api/v1/commendations/${nominationId}/submit`).send({ version: returned.body.version }).expect(200);
    });
  });
  describe('FY report', () => {
    it('POST /reports (FY 2024) → statistics.yearEnd holds the score table, the ranking and the vote; .docx and .xlsx carry them', async () => {
      await chair()
        .post(`${base}/score-sheet/close`)
        .send({ version: (await chair().get(`${base}/score-sheet`)).body.version })
        .expect(200);
      const report = (await chair().post('/api/v1/reports').send({ clusterCode: 'TDMNPB', year: 2024, period: 'FY' }).expect(201)).body;
      const y = report.statistics.yearEnd;
      expect(y.sheet).toMatchObject({ status: 'CLOSED', maxTotal: 75 });
      expect(y.scores[0]).toMatchObject({ provinceCode: '04', rank: 1, total: 62, items: { TC1: 18, TC2: 25, TC3: 16, T1: 4, D1: 1 } });
      expect(y.scores).toHaveLength(14);
      const closed = y.votes.find((v: { id: string }) => v.id === voteId);
      expect(closed).toMatchObject({ status: 'CLOSED', cast: 14, eligible: 14, quorumMet: true, elected: ['04'] });
      // The vote left open shows no count in the report either.
      expect(y.votes.find((v: { id: string }) => v.id !== voteId)).toMatchObject({ status: 'DRAFT', cast: null, tally: [] });
      const docx = await chair().get(`/api/v1/reports/${report.id}/export.docx`).buffer(true).parse(binary).expect(200);
      const text = (await (await JSZip.loadAsync(docx.body as Buffer)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
      expect(text).toContain('Bảng 3. Kết quả chấm điểm, xếp hạng thi đua năm 2024 (tối đa 75 điểm)');
      expect(text).toContain('Bảng 4. Kết quả bình xét, suy tôn: Suy tôn đơn vị dẫn đầu');
      expect(text).toContain('Cụm suy tôn, đề nghị Cờ thi đua của Chính phủ cho: Cao Bằng.');
      const xlsx = await chair().get(`/api/v1/reports/${report.id}/export.xlsx`).buffer(true).parse(binary).expect(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.body as Buffer);
      const sheet = wb.getWorksheet('Chấm điểm, xếp hạng')!;
      expect(sheet.getRow(4).values).toEqual([undefined, 'Cao Bằng', '04', 18, 25, 16, 4, 1, 64, 62, 1]);
    });

    it('POST /reports (H1 2024) → no yearEnd figures', async () => {
      const report = (await chair().post('/api/v1/reports').send({ clusterCode: 'TDMNPB', year: 2024, period: 'H1' }).expect(201)).body;
      expect(report.statistics.yearEnd).toBeUndefined();
    });
  });
  describe('concurrent ballots', () => {
    it('the same province twice at once → one 201, one 409; the thirteen others at once → fourteen ballots in the box, none lost', async () => {
      const vote = (
        await chair()
          .post('/api/v1/votes')
          .send({
            clusterCode: 'TDMNPB',
            year: 2024,
            title: 'Bỏ phiếu đồng thời',
            awardTypeCode: 'BANG_KHEN_THU_TUONG',
            candidates: ['11', '20'],
            seats: 2,
          })
          .expect(201)
      ).body;
      await chair().post(`/api/v1/votes/${vote.id}/open`).expect(200);
      const twice = await Promise.all(
        [0, 1].map(() =>
          chair()
            .post(`/api/v1/votes/${vote.id}/ballots`)
            .send({ provinceCode: '12', choices: ['11'] }),
        ),
      );
      expect(twice.map((r) => r.status).sort()).toEqual([201, 409]);
      const others = TDMNPB_2024.filter((c) => c !== '12');
      const all = await Promise.all(
        others.map((code) =>
          chair()
            .post(`/api/v1/votes/${vote.id}/ballots`)
            .send({ provinceCode: code, choices: ['11', '20'] }),
        ),
      );
      expect(all.map((r) => r.status)).toEqual(others.map(() => 201));
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM vote_ballots WHERE vote_id = $1`, [vote.id]);
      expect(n).toBe(14);
      const closed = (await chair().post(`/api/v1/votes/${vote.id}/close`).expect(200)).body;
      expect(closed).toMatchObject({ cast: 14, quorumMet: true, elected: ['11', '20'] });
      expect(closed.tally.map((r: { votes: number }) => r.votes)).toEqual([14, 13]);
    });
  });
});

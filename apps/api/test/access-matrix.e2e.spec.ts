import { testEngines } from '@tdkt/api/database/testing';
import { PLEDGE_RESULT_LAYOUT } from '@tdkt/api/pledges';
import { TYPICAL_EXAMPLE_LAYOUT } from '@tdkt/api/typical-examples';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { Response } from 'supertest';
import { GOOD_ROW, commendationWorkbook } from './fixtures/commendation-workbook';
import { layoutWorkbook } from './fixtures/import-workbook';
import { TEST_PASSWORD, TEST_USERS, TestApp, TestUser, attachRequiredDocuments, createTestApp, tableCounts } from './test-app';

/**
 * The access matrix (§8): every endpoint as anonymous, as each role in scope and as each role out of scope
 * (another province, another cluster). Each row asserts the status, that no out-of-scope marker appears in the
 * answer (error bodies and every page of a list included), and, for lists, that the markers the caller may see do appear.
 */

type Who = TestUser | 'anon';
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Expect = Record<Who, number>;

const API = '/api/v1';
const USERS = Object.keys(TEST_USERS) as TestUser[];
const EVERYONE: Who[] = ['anon', ...USERS];

const FULL: TestUser[] = ['admin', 'reviewer'];
const SCOPED = USERS.filter((u) => u !== 'noScope');
/** Tuyên Quang (with Hà Giang) in 2024: its staff and the TDMNPB chair. */
const SEE_08: TestUser[] = [...FULL, 'staff08', 'chairTDMNPB'];
/** 2023 records: the chair's TDMNPB membership is seeded for 2024 only. */
const SEE_08_2023: TestUser[] = [...FULL, 'staff08'];
const SEE_01: TestUser[] = [...FULL, 'staff01'];
/** Vĩnh Phúc (DBSH in 2024) now belongs to Phú Thọ. */
const SEE_26: TestUser[] = [...FULL, 'staff25', 'chairDBSH'];
/** Hòa Bình (TDMNPB in 2024) now belongs to Phú Thọ. */
const SEE_17: TestUser[] = [...FULL, 'staff25', 'chairTDMNPB'];
/** Yên Bái (TDMNPB in 2024) now belongs to Lào Cai. */
const SEE_15: TestUser[] = [...FULL, 'staff15', 'chairTDMNPB'];
/** A cluster's own records: its chair and the staff of its 2024 member provinces. */
const SEE_TDMNPB: TestUser[] = [...FULL, 'staff08', 'staff25', 'staff15', 'chairTDMNPB'];
const SEE_DBSH: TestUser[] = [...FULL, 'staff25', 'chairDBSH'];
/** A cluster's 2023 records: no province was a member that year, so only its chair besides the council. */
const SEE_TDMNPB_2023: TestUser[] = [...FULL, 'chairTDMNPB'];
/** A cluster report (drafts and final) is the chair's document; the council reads every one. */
const REPORT_TDMNPB: TestUser[] = [...FULL, 'chairTDMNPB'];
const REPORT_DBSH: TestUser[] = [...FULL, 'chairDBSH'];

type Kind =
  | 'commendations'
  | 'typical-examples'
  | 'movements'
  | 'movement-results'
  | 'pledges'
  | 'pledge-results-TDMNPB'
  | 'pledge-results-DBSH'
  | 'meetings'
  | 'submissions-TDMNPB'
  | 'submissions-DBSH'
  | 'findings'
  | 'report-TDMNPB'
  | 'report-DBSH'
  | 'report-TDMNPB-2023'
  | 'audit';

interface Marker {
  kind: Kind;
  seenBy: readonly TestUser[];
  /** Who must find it in the audit trail; the rest of seenBy may (cluster-level entries carry no province). */
  auditSeenBy?: readonly TestUser[];
  /** Other kinds of answer it must appear in too (a commendation's findings). */
  also?: readonly Kind[];
}

/** A unique string in one fixture each; `_Z` ends every marker so none is a substring of another. */
const MARKERS: Record<string, Marker> = {
  MK_C08_Z: { kind: 'commendations', seenBy: SEE_08 },
  MK_C02_Z: { kind: 'commendations', seenBy: SEE_08 },
  MK_C08_2023_Z: { kind: 'commendations', seenBy: SEE_08_2023 },
  MK_C01_Z: { kind: 'commendations', seenBy: SEE_01 },
  MK_CP01_Z: { kind: 'commendations', seenBy: SEE_01 },
  MK_C26_Z: { kind: 'commendations', seenBy: SEE_26 },
  MK_C17_Z: { kind: 'commendations', seenBy: SEE_17 },
  MK_C15_Z: { kind: 'commendations', seenBy: SEE_15 },
  // Decided by a district chair, beyond its authority: each carries a finding (R-AUTHORITY).
  MK_CF08_Z: { kind: 'commendations', seenBy: SEE_08, also: ['findings'] },
  MK_CF01_Z: { kind: 'commendations', seenBy: SEE_01, also: ['findings'] },
  // Namesakes in two provinces, told apart by their organisation.
  MK_ORG08_Z: { kind: 'commendations', seenBy: SEE_08 },
  MK_ORG01_Z: { kind: 'commendations', seenBy: SEE_01 },
  MK_TE08_Z: { kind: 'typical-examples', seenBy: SEE_08 },
  MK_TE08_2023_Z: { kind: 'typical-examples', seenBy: SEE_08_2023 },
  MK_TE01_Z: { kind: 'typical-examples', seenBy: SEE_01 },
  MK_TE26_Z: { kind: 'typical-examples', seenBy: SEE_26 },
  MK_MV_NAT_Z: { kind: 'movements', seenBy: SCOPED, auditSeenBy: FULL },
  MK_MV_TDMNPB_Z: { kind: 'movements', seenBy: SEE_TDMNPB, auditSeenBy: [...FULL, 'chairTDMNPB'] },
  MK_MV_DBSH_Z: { kind: 'movements', seenBy: SEE_DBSH, auditSeenBy: [...FULL, 'chairDBSH'] },
  MK_MV_P08_Z: { kind: 'movements', seenBy: SEE_08 },
  MK_MV_P01_Z: { kind: 'movements', seenBy: SEE_01 },
  MK_MV_P26_Z: { kind: 'movements', seenBy: SEE_26 },
  MK_KQ08_Z: { kind: 'movement-results', seenBy: SEE_08 },
  MK_KQ01_Z: { kind: 'movement-results', seenBy: SEE_01 },
  MK_KQ26_Z: { kind: 'movement-results', seenBy: SEE_26 },
  MK_KQ15_Z: { kind: 'movement-results', seenBy: SEE_15 },
  MK_PL_TDMNPB_Z: { kind: 'pledges', seenBy: SEE_TDMNPB, auditSeenBy: [...FULL, 'chairTDMNPB'] },
  MK_PL_DBSH_Z: { kind: 'pledges', seenBy: SEE_DBSH, auditSeenBy: [...FULL, 'chairDBSH'] },
  MK_GU08_Z: { kind: 'pledge-results-TDMNPB', seenBy: SEE_08 },
  MK_GU17_Z: { kind: 'pledge-results-TDMNPB', seenBy: SEE_17 },
  MK_GU15_Z: { kind: 'pledge-results-TDMNPB', seenBy: SEE_15 },
  MK_GUD26_Z: { kind: 'pledge-results-DBSH', seenBy: SEE_26 },
  MK_MT_TDMNPB_Z: { kind: 'meetings', seenBy: SEE_TDMNPB, auditSeenBy: [...FULL, 'chairTDMNPB'] },
  MK_MT_DBSH_Z: { kind: 'meetings', seenBy: SEE_DBSH, auditSeenBy: [...FULL, 'chairDBSH'] },
  // A submission note is the province's own text: other members' staff must not read it.
  MK_NOP08_Z: { kind: 'submissions-TDMNPB', seenBy: SEE_08 },
  MK_NOP25_Z: { kind: 'submissions-TDMNPB', seenBy: SEE_17 },
  MK_NOP15_Z: { kind: 'submissions-TDMNPB', seenBy: SEE_15 },
  MK_NOPD26_Z: { kind: 'submissions-DBSH', seenBy: SEE_26 },
  // A section text the chair wrote into the cluster's report.
  MK_RP_TDMNPB_Z: { kind: 'report-TDMNPB', seenBy: REPORT_TDMNPB, auditSeenBy: [...FULL, 'chairTDMNPB'] },
  MK_RP_DBSH_Z: { kind: 'report-DBSH', seenBy: REPORT_DBSH, auditSeenBy: [...FULL, 'chairDBSH'] },
  MK_RP_2023_Z: { kind: 'report-TDMNPB-2023', seenBy: SEE_TDMNPB_2023 },
};

function mustSee(who: Who, kind: Kind): string[] {
  if (who === 'anon') return [];
  return Object.entries(MARKERS)
    .filter(([, m]) =>
      (kind === 'audit' ? (m.auditSeenBy ?? m.seenBy) : m.kind === kind || m.also?.includes(kind) ? m.seenBy : []).includes(who),
    )
    .map(([name]) => name);
}

function mustNotSee(who: Who): string[] {
  return Object.entries(MARKERS)
    .filter(([, m]) => who === 'anon' || !m.seenBy.includes(who))
    .map(([name]) => name);
}

/** `ok` for the listed users and `denied` for the other signed-in ones; 401 without a token, 403 without a scope. */
function only(ok: number, users: readonly TestUser[], denied: number): Expect {
  const expected = { anon: 401 } as Expect;
  for (const u of USERS) expected[u] = users.includes(u) ? ok : denied;
  if (!users.includes('noScope')) expected.noScope = 403;
  return expected;
}

/** The same status for everyone, signed in or not (public routes). */
function open(status: number): Expect {
  return Object.fromEntries(EVERYONE.map((who) => [who, status])) as Expect;
}

/** A write on a record: `ok` for its writers, 403 for others who can see it, 404 for those who cannot. */
function write(ok: number, writers: readonly TestUser[], seenBy: readonly TestUser[]): Expect {
  const expected = only(403, seenBy, 404);
  for (const u of writers) expected[u] = ok;
  return expected;
}

/** Province codes a staff user's records carry: the province and those merged into it. */
const STAFF_CODES: Partial<Record<TestUser, string[]>> = {
  staff08: ['08', '02'],
  staff25: ['25', '17', '26'],
  staff15: ['15', '10'],
  staff01: ['01'],
};
/** Clusters whose own records (pledges, meetings, cluster movements) each user may read. */
const CLUSTERS: Partial<Record<TestUser, string[]>> = {
  staff08: ['TDMNPB'],
  staff25: ['TDMNPB', 'DBSH'],
  staff15: ['TDMNPB'],
  staff01: ['TP5'],
  chairTDMNPB: ['TDMNPB'],
  chairDBSH: ['DBSH'],
};
/** The only year of membership in the test database. */
const MEMBERSHIP_YEAR = 2024;

interface Item {
  achievementYear?: number | null;
  clusterCode?: string | null;
  decisionDate?: string | null;
  honouredOn?: string;
  provinceCode?: string | null;
  scope?: string;
  year?: number;
}

interface Call {
  url: string;
  body?: object;
  /** A session of its own (logout), instead of the shared token. */
  token?: string;
  /** An .xlsx sent as the multipart field `file`. */
  file?: Buffer;
}

interface Endpoint {
  method: Method;
  /** The path as titles show it; `{X}` is fixture X's id. */
  path: string;
  expect: Expect;
  call: (who: Who) => Promise<Call> | Call;
  /** Markers of this kind must appear for those who may see them. */
  sees?: Kind;
  /** List items outside the caller's scope (expected: none). */
  outside?: (who: TestUser, items: Item[]) => Item[];
  after?: (call: Call) => Promise<void>;
  /** A file answer, whose text is extracted before the marker checks. */
  binary?: 'docx' | 'xlsx';
  /** The callers this endpoint is tried as; everyone by default. */
  callers?: readonly Who[];
  /** Further checks of a successful answer. */
  check?: (who: TestUser, res: Response) => void;
}

/** Collects a binary answer (supertest parses only text types by default). */
function binary(res: Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/** The text of a .docx (every XML part, tags removed) or of an .xlsx (every cell value). */
async function fileText(kind: 'docx' | 'xlsx', buffer: Buffer): Promise<string> {
  if (kind === 'docx') {
    const zip = await JSZip.loadAsync(buffer);
    const parts = await Promise.all(
      Object.values(zip.files)
        .filter((f) => !f.dir && f.name.endsWith('.xml'))
        .map((f) => f.async('string')),
    );
    return parts.map((xml) => xml.replace(/<[^>]+>/g, '')).join('\n');
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => {
    cells.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(JSON.stringify(cell.value))));
  });
  return cells.join('\n');
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const decision = { decisionNumber: '312/QĐ-UBND', decidingAuthority: 'Chủ tịch UBND tỉnh' };

/** A decided provincial award; 2024 decisions resolve merged codes to the 2024 province. */
function decided(provinceCode: string, recipientName: string, decisionDate: string, status = 'APPROVED') {
  return {
    recipientKind: 'INDIVIDUAL',
    recipientName,
    provinceCode,
    awardTypeCode: 'BANG_KHEN_TINH',
    kind: 'REGULAR',
    achievementYear: Number(decisionDate.slice(0, 4)),
    ...decision,
    decisionDate,
    status,
  };
}

/** A Prime Minister's certificate of merit: central level, so it starts as a DRAFT proposal. */
function proposal(provinceCode: string, recipientName: string) {
  return {
    recipientKind: 'INDIVIDUAL',
    recipientName,
    provinceCode,
    awardTypeCode: 'BANG_KHEN_THU_TUONG',
    kind: 'REGULAR',
    achievementYear: 2024,
  };
}

const centralDecision = { decisionNumber: '88/QĐ-TTg', decisionDate: '2024-10-01', decidingAuthority: 'Thủ tướng Chính phủ' };

const movementBase = { launchedOn: '2024-01-15', startsOn: '2024-02-01', endsOn: '2024-12-31' };
const movements = {
  national: (name: string) => ({ ...movementBase, name, launchedBy: 'PRIME_MINISTER', scope: 'NATIONAL' }),
  cluster: (name: string, clusterCode: string) => ({ ...movementBase, name, launchedBy: 'CLUSTER', scope: 'CLUSTER', clusterCode }),
  province: (name: string, provinceCode: string) => ({ ...movementBase, name, launchedBy: 'PROVINCE', scope: 'PROVINCE', provinceCode }),
};

function pledge(clusterCode: string, year: number, place: string) {
  return {
    clusterCode,
    year,
    signedOn: `${year}-03-08`,
    place,
    criteria: [
      { code: 'TC1', name: 'Tỷ lệ hồ sơ khen thưởng giải quyết đúng hạn', unit: '%', targetKind: 'PERCENTAGE', maxScore: 60 },
      { code: 'TC2', name: 'Ban hành kế hoạch triển khai các phong trào thi đua', targetKind: 'YES_NO', maxScore: 40 },
    ],
  };
}

function meeting(clusterCode: string, hostProvinceCode: string, notes: string) {
  return { clusterCode, year: 2024, period: 'H1', date: '2024-07-29', hostProvinceCode, chairName: 'Nguyễn Mạnh Tuấn', notes };
}

function example(provinceCode: string, name: string, honouredOn: string) {
  return { recipientKind: 'INDIVIDUAL', name, provinceCode, honouredOn };
}

describe.each(testEngines())('access matrix on %s', (engine) => {
  let t: TestApp;
  const id: Record<string, string> = {};
  const members: Record<string, string[]> = {};
  /** Row counts before the import dry run, which must leave them unchanged. */
  let countsBeforeImport: Record<string, number> = {};

  function send(who: Who, method: Method, url: string, body?: object, token?: string, file?: Buffer) {
    const http = who === 'anon' || token ? t.http() : t.as(who);
    const req = http[method](url);
    if (token) req.set('Authorization', `Bearer ${token}`);
    if (file) return req.attach('file', file, { filename: 'nhap-khen-thuong.xlsx', contentType: XLSX_TYPE });
    return body === undefined ? req : req.send(body);
  }

  /** A fixture step that must succeed; its body is returned. */
  async function must(who: TestUser, method: Method, path: string, body: object | undefined, status: number) {
    const res = await send(who, method, `${API}${path}`, body);
    if (res.status !== status) throw new Error(`${who} ${method.toUpperCase()} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  const fill = (path: string) =>
    API +
    path.replace(/\{(\w+)\}/g, (_m, key: string) => {
      if (!id[key]) throw new Error(`no fixture ${key}`);
      return id[key];
    });

  /** A session of its own; anonymous rows borrow staff01's credentials. */
  async function login(who: Who): Promise<{ accessToken: string; refreshToken: string }> {
    const res = await t
      .http()
      .post(`${API}/auth/login`)
      .send({ username: (who === 'anon' ? 'staff01' : who).toLowerCase(), password: TEST_PASSWORD });
    if (res.status !== 200) throw new Error(`login of ${who}: ${res.status}`);
    return res.body;
  }

  // Fresh records for writes that may succeed, so a success never changes what another row reads.
  const fresh = {
    commendation08: (status = 'APPROVED') =>
      must('staff08', 'post', '/commendations', decided('08', 'Hồ sơ thử quyền', '2024-05-02', status), 201),
    async central01(upTo: 'DRAFT' | 'SUBMITTED' | 'APPROVED') {
      let c = await must('staff01', 'post', '/commendations', proposal('01', 'Đề nghị thử quyền'), 201);
      await attachRequiredDocuments(t, c.id);
      if (upTo !== 'DRAFT') c = await must('staff01', 'post', `/commendations/${c.id}/submit`, { version: c.version }, 200);
      if (upTo === 'APPROVED')
        c = await must('reviewer', 'post', `/commendations/${c.id}/approve`, { ...centralDecision, version: c.version }, 200);
      return c;
    },
    national: () => must('admin', 'post', '/movements', movements.national('Phong trào thử quyền'), 201),
    clusterMovement: () => must('chairTDMNPB', 'post', '/movements', movements.cluster('Phong trào cụm thử quyền', 'TDMNPB'), 201),
    provinceMovement: () => must('staff08', 'post', '/movements', movements.province('Phong trào tỉnh thử quyền', '08'), 201),
    meetingTDMNPB: () => must('chairTDMNPB', 'post', '/meetings', meeting('TDMNPB', '17', 'Hội nghị sửa thử quyền'), 201),
    example08: () => must('staff08', 'post', '/typical-examples', example('08', 'Điển hình sửa thử quyền', '2024-08-02'), 201),
  };

  const codesOf = (who: TestUser): string[] | null =>
    who === 'chairTDMNPB' ? members['TDMNPB'] : who === 'chairDBSH' ? members['DBSH'] : (STAFF_CODES[who] ?? null);
  const isChair = (who: TestUser) => who === 'chairTDMNPB' || who === 'chairDBSH';

  /** Items of another province, or, for a chair, of a year its cluster did not have that province. */
  const byProvince =
    (yearOf?: (item: Item) => number | null | undefined) =>
    (who: TestUser, items: Item[]): Item[] => {
      const codes = codesOf(who);
      if (!codes) return [];
      return items.filter((i) => !codes.includes(i.provinceCode ?? '') || (isChair(who) && yearOf && yearOf(i) !== MEMBERSHIP_YEAR));
    };
  const byCluster = (who: TestUser, items: Item[]): Item[] => {
    const clusters = CLUSTERS[who];
    return clusters ? items.filter((i) => !clusters.includes(i.clusterCode ?? '')) : [];
  };
  const byMovementScope = (who: TestUser, items: Item[]): Item[] => {
    const codes = codesOf(who);
    const clusters = CLUSTERS[who];
    if (!codes || !clusters) return [];
    return items.filter((i) => i.scope !== 'NATIONAL' && !clusters.includes(i.clusterCode ?? '') && !codes.includes(i.provinceCode ?? ''));
  };
  /** Reports of another cluster than the caller chairs; staff see none. */
  const byReportScope = (who: TestUser, items: Item[]): Item[] => (isChair(who) ? byCluster(who, items) : FULL.includes(who) ? [] : items);
  /** The fixture reports the caller may read are all listed. */
  const listsReports =
    (...keys: Array<[string, readonly TestUser[]]>) =>
    (who: TestUser, res: Response) => {
      const listed = (res.body as Array<{ id: string }>).map((r) => r.id);
      expect(keys.filter(([key, seenBy]) => seenBy.includes(who) && !listed.includes(id[key])).map(([key]) => key)).toEqual([]);
    };
  /** Finding counts only for the caller's provinces. */
  const countsInScope = (who: TestUser, res: Response) => {
    const codes = codesOf(who);
    if (!codes) return;
    expect((res.body.byProvince as Array<{ code: string }>).map((p) => p.code).filter((c) => !codes.includes(c))).toEqual([]);
    // Per-rule counts are scoped exactly like the per-province ones.
    const sum = (rows: Array<Record<string, number>>, k: string) => rows.reduce((total, r) => total + r[k], 0);
    for (const k of ['open', 'confirmed', 'cleared']) expect(sum(res.body.byRule, k)).toBe(sum(res.body.byProvince, k));
  };
  const commendationYear = (i: Item) => (i.decisionDate ? Number(i.decisionDate.slice(0, 4)) : i.achievementYear);

  const read = (path: string, expect: Expect, sees?: Kind, outside?: Endpoint['outside']): Endpoint => ({
    method: 'get',
    path,
    expect,
    sees,
    outside,
    call: () => ({ url: fill(path) }),
  });
  const fixed = (method: Method, path: string, body: object, expect: Expect): Endpoint => ({
    method,
    path,
    expect,
    call: () => ({ url: fill(path), body }),
  });

  const ENDPOINTS: Endpoint[] = [
    // Public routes answer without a token; everything else needs one.
    read('/health', open(200)),
    {
      method: 'post',
      path: '/auth/login',
      expect: open(200),
      call: (who) => ({
        url: `${API}/auth/login`,
        body: { username: (who === 'anon' ? 'staff01' : who).toLowerCase(), password: TEST_PASSWORD },
      }),
    },
    // An unknown account, so no real account is locked out by failed sign-ins.
    fixed('post', '/auth/login', { username: 'khong.ton.tai', password: 'sai-mat-khau-hoan-toan' }, open(401)),
    {
      method: 'post',
      path: '/auth/refresh',
      expect: open(200),
      call: async (who) => ({ url: `${API}/auth/refresh`, body: { refreshToken: (await login(who)).refreshToken } }),
    },
    fixed('post', '/auth/refresh', { refreshToken: 'khong-phai-token-that' }, open(401)),

    // Reference data: any signed-in user with a scope.
    read('/provinces?validOn=2024-06-30', only(200, SCOPED, 403)),
    read('/award-types', only(200, SCOPED, 403)),
    read('/clusters', only(200, SCOPED, 403)),
    read('/clusters/TDMNPB/members?year=2024', only(200, SCOPED, 403)),
    fixed('post', '/clusters', { code: 'MATRAN_MOI', name: 'Cụm thử quyền' }, only(201, ['admin'], 403)),
    // Even the cluster's own chair does not set its membership.
    fixed('put', '/clusters/TDMNPB/members/2031', [{ provinceCode: '08', role: 'CHAIR' }], only(200, ['admin'], 403)),

    // Accounts: admins only.
    read('/users', only(200, ['admin'], 403)),
    read('/users/{user_staff08}', only(200, ['admin'], 403)),
    fixed(
      'post',
      '/users',
      { username: 'matran.moi', password: 'mat-khau-moi-dai-2024', fullName: 'Tài khoản thử quyền', roles: ['COUNCIL_REVIEWER'] },
      only(201, ['admin'], 403),
    ),
    {
      method: 'patch',
      path: '/users/{user_target}',
      expect: only(200, ['admin'], 403),
      call: async () => {
        const user = await must('admin', 'get', `/users/${id['user_target']}`, undefined, 200);
        return { url: fill('/users/{user_target}'), body: { version: user.version, fullName: 'Tên đã sửa' } };
      },
    },

    // Commendations.
    read('/commendations?pageSize=200', only(200, SCOPED, 403), 'commendations', byProvince(commendationYear)),
    read('/commendations?provinceCode=01&pageSize=200', only(200, SCOPED, 403), undefined, byProvince(commendationYear)),
    read('/commendations?clusterCode=DBSH&year=2024&pageSize=200', only(200, SCOPED, 403), undefined, byProvince(commendationYear)),
    read('/commendations/{C08}', only(200, SEE_08, 404)),
    read('/commendations/{C08_2023}', only(200, SEE_08_2023, 404)),
    read('/commendations/{C01}', only(200, SEE_01, 404)),
    read('/commendations/{CP01}', only(200, SEE_01, 404)),
    read('/commendations/{C26}', only(200, SEE_26, 404)),
    read('/commendations/{C15}', only(200, SEE_15, 404)),
    fixed('post', '/commendations', decided('08', 'Hồ sơ mới thử quyền', '2024-05-03'), only(201, ['staff08'], 403)),
    fixed('post', '/commendations', decided('01', 'Hồ sơ mới thử quyền', '2024-05-03'), only(201, ['staff01'], 403)),
    {
      method: 'patch',
      path: '/commendations/{fresh 08}',
      expect: write(200, ['staff08'], SEE_08),
      call: async () => {
        const c = await fresh.commendation08();
        return { url: `${API}/commendations/${c.id}`, body: { version: c.version, position: 'Trưởng phòng' } };
      },
    },
    {
      // Moving a record into another province is writing there.
      method: 'patch',
      path: '/commendations/{fresh 08} to province 01',
      expect: only(403, SEE_08, 404),
      call: async () => {
        const c = await fresh.commendation08();
        return { url: `${API}/commendations/${c.id}`, body: { version: c.version, provinceCode: '01' } };
      },
    },
    {
      method: 'delete',
      path: '/commendations/{fresh 08 draft}',
      expect: write(204, ['staff08'], SEE_08),
      call: async () => ({ url: `${API}/commendations/${(await fresh.commendation08('DRAFT')).id}` }),
    },
    {
      method: 'post',
      path: '/commendations/{fresh 08 draft}/approve',
      expect: write(200, ['staff08'], SEE_08),
      call: async () => {
        const c = await fresh.commendation08('DRAFT');
        return { url: `${API}/commendations/${c.id}/approve`, body: { ...decision, decisionDate: '2024-05-02', version: c.version } };
      },
    },
    {
      method: 'post',
      path: '/commendations/{fresh 08}/revoke',
      expect: write(200, ['staff08'], SEE_08),
      call: async () => {
        const c = await fresh.commendation08();
        return { url: `${API}/commendations/${c.id}/revoke`, body: { reason: 'Thu hồi thử quyền', version: c.version } };
      },
    },
    {
      method: 'post',
      path: '/commendations/{fresh central 01 draft}/submit',
      expect: write(200, ['staff01'], SEE_01),
      call: async () => {
        const c = await fresh.central01('DRAFT');
        return { url: `${API}/commendations/${c.id}/submit`, body: { version: c.version } };
      },
    },
    {
      method: 'post',
      path: '/commendations/{fresh central 01 submitted}/approve',
      expect: write(200, ['reviewer'], SEE_01),
      call: async () => {
        const c = await fresh.central01('SUBMITTED');
        return { url: `${API}/commendations/${c.id}/approve`, body: { ...centralDecision, version: c.version } };
      },
    },
    {
      method: 'post',
      path: '/commendations/{fresh central 01 submitted}/return',
      expect: write(200, ['reviewer'], SEE_01),
      call: async () => {
        const c = await fresh.central01('SUBMITTED');
        return { url: `${API}/commendations/${c.id}/return`, body: { reason: 'Bổ sung hồ sơ', version: c.version } };
      },
    },
    {
      method: 'post',
      path: '/commendations/{fresh central 01 approved}/revoke',
      expect: write(200, ['reviewer'], SEE_01),
      call: async () => {
        const c = await fresh.central01('APPROVED');
        return { url: `${API}/commendations/${c.id}/revoke`, body: { reason: 'Thu hồi thử quyền', version: c.version } };
      },
    },

    // Typical examples.
    read(
      '/typical-examples?pageSize=200',
      only(200, SCOPED, 403),
      'typical-examples',
      byProvince((i) => Number(i.honouredOn?.slice(0, 4))),
    ),
    read(
      '/typical-examples?provinceCode=01&pageSize=200',
      only(200, SCOPED, 403),
      undefined,
      byProvince((i) => Number(i.honouredOn?.slice(0, 4))),
    ),
    read('/typical-examples/{TE08}', only(200, SEE_08, 404)),
    read('/typical-examples/{TE08_2023}', only(200, SEE_08_2023, 404)),
    read('/typical-examples/{TE01}', only(200, SEE_01, 404)),
    read('/typical-examples/{TE26}', only(200, SEE_26, 404)),
    fixed('post', '/typical-examples', example('08', 'Điển hình thử quyền', '2024-08-01'), only(201, ['staff08'], 403)),
    {
      method: 'patch',
      path: '/typical-examples/{fresh 08}',
      expect: write(200, ['staff08'], SEE_08),
      call: async () => {
        const e = await fresh.example08();
        return { url: `${API}/typical-examples/${e.id}`, body: { version: e.version, story: 'Đã sửa' } };
      },
    },
    {
      method: 'delete',
      path: '/typical-examples/{fresh 08}',
      expect: write(204, ['staff08'], SEE_08),
      call: async () => ({ url: `${API}/typical-examples/${(await fresh.example08()).id}` }),
    },

    // Movements: national ones are everyone's; a cluster's and a province's stay in scope.
    read('/movements?pageSize=200', only(200, SCOPED, 403), 'movements', byMovementScope),
    read('/movements?clusterCode=DBSH&pageSize=200', only(200, SCOPED, 403), undefined, byMovementScope),
    read('/movements/{MV_NAT}', only(200, SCOPED, 404)),
    read('/movements/{MV_TDMNPB}', only(200, SEE_TDMNPB, 404)),
    read('/movements/{MV_DBSH}', only(200, SEE_DBSH, 404)),
    read('/movements/{MV_P08}', only(200, SEE_08, 404)),
    read('/movements/{MV_P01}', only(200, SEE_01, 404)),
    fixed('post', '/movements', movements.national('Phong trào mới thử quyền'), only(201, ['admin'], 403)),
    fixed('post', '/movements', movements.cluster('Phong trào cụm mới thử quyền', 'TDMNPB'), only(201, ['chairTDMNPB'], 403)),
    fixed('post', '/movements', movements.province('Phong trào tỉnh mới thử quyền', '08'), only(201, ['staff08'], 403)),
    ...(
      [
        ['national', fresh.national, ['admin'], SCOPED],
        ['TDMNPB', fresh.clusterMovement, ['chairTDMNPB'], SEE_TDMNPB],
        ['08', fresh.provinceMovement, ['staff08'], SEE_08],
      ] as const
    ).flatMap(([label, make, writers, seenBy]): Endpoint[] => [
      {
        method: 'patch',
        path: `/movements/{fresh ${label}}`,
        expect: write(200, writers, seenBy),
        call: async () => {
          const m = await make();
          return { url: `${API}/movements/${m.id}`, body: { version: m.version, description: 'Đã sửa' } };
        },
      },
      {
        method: 'delete',
        path: `/movements/{fresh ${label}}`,
        expect: write(204, writers, seenBy),
        call: async () => ({ url: `${API}/movements/${(await make()).id}` }),
      },
    ]),
    read(
      '/movements/{MV_NAT}/results',
      only(200, SCOPED, 404),
      'movement-results',
      byProvince((i) => i.year),
    ),
    read('/movements/{MV_P08}/results', only(200, SEE_08, 404)),
    // FY rows, so the H1 markers stay as written.
    fixed(
      'put',
      '/movements/{MV_NAT}/results',
      [{ provinceCode: '08', year: 2024, period: 'FY', summary: 'Cả năm' }],
      write(200, ['staff08'], SCOPED),
    ),
    fixed(
      'put',
      '/movements/{MV_TDMNPB}/results',
      [{ provinceCode: '08', year: 2024, period: 'FY', summary: 'Cả năm' }],
      write(200, ['staff08'], SEE_TDMNPB),
    ),

    // Pledges: the chair records them, members' staff read them and write their own results.
    read('/pledges', only(200, SCOPED, 403), 'pledges', byCluster),
    read('/pledges?clusterCode=DBSH', only(200, SCOPED, 403), undefined, byCluster),
    read('/pledges/{PL_TDMNPB}', only(200, SEE_TDMNPB, 404)),
    read('/pledges/{PL_DBSH}', only(200, SEE_DBSH, 404)),
    fixed('post', '/pledges', pledge('TDMNPB', 2026, 'Tuyên Quang'), only(201, ['chairTDMNPB'], 403)),
    read('/pledges/{PL_TDMNPB}/results', only(200, SEE_TDMNPB, 404), 'pledge-results-TDMNPB', byProvince()),
    read('/pledges/{PL_DBSH}/results', only(200, SEE_DBSH, 404), 'pledge-results-DBSH', byProvince()),
    fixed(
      'put',
      '/pledges/{PL_TDMNPB}/results',
      [{ provinceCode: '08', criterionCode: 'TC1', period: 'FY', targetValue: 100, actualValue: 95 }],
      write(200, ['staff08'], SEE_TDMNPB),
    ),

    // Meetings.
    read('/meetings', only(200, SCOPED, 403), 'meetings', byCluster),
    read('/meetings?clusterCode=DBSH', only(200, SCOPED, 403), undefined, byCluster),
    read('/meetings/{MT_TDMNPB}', only(200, SEE_TDMNPB, 404)),
    read('/meetings/{MT_DBSH}', only(200, SEE_DBSH, 404)),
    fixed('post', '/meetings', meeting('TDMNPB', '17', 'Hội nghị thử quyền'), only(201, ['chairTDMNPB'], 403)),
    {
      method: 'patch',
      path: '/meetings/{fresh TDMNPB}',
      expect: write(200, ['chairTDMNPB'], SEE_TDMNPB),
      call: async () => {
        const m = await fresh.meetingTDMNPB();
        return { url: `${API}/meetings/${m.id}`, body: { version: m.version, notes: 'Đã sửa' } };
      },
    },
    {
      method: 'delete',
      path: '/meetings/{fresh TDMNPB}',
      expect: write(204, ['chairTDMNPB'], SEE_TDMNPB),
      call: async () => ({ url: `${API}/meetings/${(await fresh.meetingTDMNPB()).id}` }),
    },

    // Reports: the chair drafts, edits, recomputes and finalizes; the council and the staff of the year's members read.
    fixed('post', '/reports', { clusterCode: 'TDMNPB', year: 2025, period: 'H1' }, only(201, ['chairTDMNPB'], 403)),
    fixed('post', '/reports', { clusterCode: 'DBSH', year: 2025, period: 'H1' }, only(201, ['chairDBSH'], 403)),
    {
      ...read('/reports', only(200, SCOPED, 403), undefined, byReportScope),
      check: listsReports(['R_TDMNPB', REPORT_TDMNPB], ['R_DBSH', REPORT_DBSH], ['R_2023', SEE_TDMNPB_2023]),
    },
    {
      ...read('/reports?clusterCode=DBSH&year=2024', only(200, SCOPED, 403), undefined, byReportScope),
      check: listsReports(['R_DBSH', REPORT_DBSH]),
    },
    ...(
      [
        ['R_TDMNPB', 'chairTDMNPB', REPORT_TDMNPB, 'report-TDMNPB'],
        ['R_TDMNPB_FY', 'chairTDMNPB', REPORT_TDMNPB, 'report-TDMNPB'],
        ['R_DBSH', 'chairDBSH', REPORT_DBSH, 'report-DBSH'],
        ['R_2023', 'chairTDMNPB', SEE_TDMNPB_2023, 'report-TDMNPB-2023'],
      ] as const
    ).flatMap(([key, chair, seenBy, kind]): Endpoint[] => [
      read(`/reports/{${key}}`, only(200, seenBy, 404), kind),
      {
        ...read(`/reports/{${key}}/export.docx`, only(200, seenBy, 404), kind),
        binary: 'docx',
      },
      { ...read(`/reports/{${key}}/export.xlsx`, only(200, seenBy, 404)), binary: 'xlsx' },
      read(`/reports/{${key}}/bulletin`, only(200, seenBy, 404)),
      {
        method: 'patch',
        path: `/reports/{${key}}`,
        expect: write(200, [chair], seenBy),
        call: async () => {
          const r = await must('admin', 'get', `/reports/${id[key]}`, undefined, 200);
          return {
            url: fill(`/reports/{${key}}`),
            body: { version: r.version, sections: [{ key: 'results.movements', text: 'Các phong trào thi đua đã sửa' }] },
          };
        },
      },
      fixed('post', `/reports/{${key}}/recompute`, {}, write(200, [chair], seenBy)),
    ]),
    // Finalizing locks the period: TDMNPB's FY 2023, which no other row writes to (and had no member provinces).
    fixed('post', '/reports/{R_2023}/finalize', {}, write(200, ['chairTDMNPB'], SEE_TDMNPB_2023)),
    // A cluster period's figures, computed without creating a report: readers of its reports; outsiders refused (the cluster is public).
    read('/clusters/TDMNPB/years/2024/figures?period=H1', only(200, REPORT_TDMNPB, 403)),
    read('/clusters/DBSH/years/2024/figures?period=FY', only(200, REPORT_DBSH, 403)),
    read('/clusters/TDMNPB/years/2023/figures?period=FY', only(200, SEE_TDMNPB_2023, 403)),
    read('/clusters/KHONGCO/years/2024/figures?period=H1', only(404, [...FULL, 'chairTDMNPB', 'chairDBSH'], 403)),

    // Findings: the rules are reference data; findings are read in scope, run by the council or on one's own, reviewed by the council.
    read('/rules', only(200, SCOPED, 403)),
    read(
      '/findings?pageSize=200',
      only(200, SCOPED, 403),
      'findings',
      byProvince((i) => i.year),
    ),
    read(
      '/findings?provinceCode=01&pageSize=200',
      only(200, SCOPED, 403),
      undefined,
      byProvince((i) => i.year),
    ),
    read(
      '/findings?clusterCode=DBSH&year=2024&pageSize=200',
      only(200, SCOPED, 403),
      undefined,
      byProvince((i) => i.year),
    ),
    { ...read('/findings/summary', only(200, SCOPED, 403)), check: countsInScope },
    { ...read('/findings/summary?clusterCode=TDMNPB&year=2024', only(200, SCOPED, 403)), check: countsInScope },
    { ...read('/findings/summary?provinceCode=08&year=2024', only(200, SCOPED, 403)), check: countsInScope },
    fixed('post', '/findings/run', { clusterCode: 'TDMNPB', year: 2024 }, only(200, [...FULL, 'chairTDMNPB'], 403)),
    fixed('post', '/findings/run', { clusterCode: 'DBSH', year: 2024 }, only(200, [...FULL, 'chairDBSH'], 403)),
    fixed('post', '/findings/run', { provinceCode: '08', year: 2024 }, only(200, [...FULL, 'staff08'], 403)),
    // Hòa Bình's records are Phú Thọ's now.
    fixed('post', '/findings/run', { provinceCode: '17', year: 2024 }, only(200, [...FULL, 'staff25'], 403)),
    fixed('post', '/findings/run', { provinceCode: '01', year: 2024 }, only(200, [...FULL, 'staff01'], 403)),
    {
      method: 'patch',
      path: '/findings/{F08}',
      expect: only(200, ['reviewer'], 403),
      call: async () => {
        const { findings } = await must('admin', 'get', `/commendations/${id['CF08']}/findings`, undefined, 200);
        const finding = findings.find((f: { id: string }) => f.id === id['F08']);
        return {
          url: fill('/findings/{F08}'),
          body: { version: finding.version, status: 'CONFIRMED', comment: 'Sai thẩm quyền quyết định' },
        };
      },
    },
    {
      ...read('/commendations/{CF08}/findings', only(200, SEE_08, 404)),
      check: (_who, res) => expect(res.body.findings.map((f: { recipientName: string }) => f.recipientName)).toContain('MK_CF08_Z'),
    },
    {
      ...read('/commendations/{CF01}/findings', only(200, SEE_01, 404)),
      check: (_who, res) => expect(res.body.findings.map((f: { recipientName: string }) => f.recipientName)).toContain('MK_CF01_Z'),
    },
    // A namesake's record in another province is not the caller's to see: only reviewers get every namesake.
    read('/commendations/{CN08}/findings', only(200, SEE_08, 404)),
    read('/commendations/{CN01}/findings', only(200, SEE_01, 404)),
    fixed(
      'put',
      '/commendations/{CF08}/matches/{C08}',
      { decision: 'REJECTED', comment: 'Không phải cùng người' },
      only(200, ['reviewer'], 403),
    ),

    // Excel: the template and the export for anyone in scope (the export scoped like the list); imports by staff, checked per row.
    { ...read('/commendations/import-template.xlsx', only(200, SCOPED, 403)), binary: 'xlsx' },
    { ...read('/commendations/export.xlsx', only(200, SCOPED, 403), 'commendations'), binary: 'xlsx' },
    { ...read('/commendations/export.xlsx?provinceCode=01', only(200, SCOPED, 403)), binary: 'xlsx' },
    { ...read('/commendations/export.xlsx?clusterCode=DBSH&year=2024', only(200, SCOPED, 403)), binary: 'xlsx' },
    {
      // A dry run writes nothing: Tuyên Quang's staff get the row back as valid, other staff an out-of-scope row error.
      method: 'post',
      path: '/commendations/import?dryRun=true (a row of 08)',
      expect: only(200, ['staff08', 'staff25', 'staff15', 'staff01'], 403),
      call: async () => {
        countsBeforeImport = await tableCounts(t.dataSource);
        return { url: `${API}/commendations/import?dryRun=true`, file: await commendationWorkbook([GOOD_ROW]) };
      },
      check: (who, res) =>
        expect(res.body).toMatchObject(
          who === 'staff08'
            ? { dryRun: true, created: 0, valid: [expect.anything()], errors: [] }
            : { dryRun: true, created: 0, valid: [], errors: [expect.objectContaining({ code: 'OUT_OF_SCOPE' })] },
        ),
      after: async () => expect(await tableCounts(t.dataSource)).toEqual(countsBeforeImport),
    },

    // Pledge results and typical examples: templates for those who read the pledge (anyone in scope for examples);
    // dry-run imports by staff, each row checked against the caller's province.
    { ...read('/typical-examples/import-template.xlsx', only(200, SCOPED, 403)), binary: 'xlsx' },
    { ...read('/pledges/{PL_TDMNPB}/results/import-template.xlsx', only(200, SEE_TDMNPB, 404)), binary: 'xlsx' },
    { ...read('/pledges/{PL_DBSH}/results/import-template.xlsx', only(200, SEE_DBSH, 404)), binary: 'xlsx' },
    {
      method: 'post',
      path: '/typical-examples/import?dryRun=true (a row of 08)',
      expect: only(200, ['staff08', 'staff25', 'staff15', 'staff01'], 403),
      call: async () => {
        countsBeforeImport = await tableCounts(t.dataSource);
        const row = { recipientKind: 'Cá nhân', name: 'Điển hình nhập thử quyền', provinceCode: '08', honouredOn: '01/08/2024' };
        return { url: `${API}/typical-examples/import?dryRun=true`, file: await layoutWorkbook(TYPICAL_EXAMPLE_LAYOUT, [row]) };
      },
      check: (who, res) =>
        expect(res.body).toMatchObject(
          who === 'staff08'
            ? { dryRun: true, created: 0, valid: [expect.anything()], errors: [] }
            : { dryRun: true, created: 0, valid: [], errors: [expect.objectContaining({ code: 'OUT_OF_SCOPE' })] },
        ),
      after: async () => expect(await tableCounts(t.dataSource)).toEqual(countsBeforeImport),
    },
    {
      // Staff of a member province read the pledge: a row of another member is an out-of-scope row error; others get 404.
      method: 'post',
      path: '/pledges/{PL_TDMNPB}/results/import?dryRun=true (a row of 08)',
      expect: { ...only(200, ['staff08', 'staff25', 'staff15'], 403), staff01: 404 },
      call: async () => {
        countsBeforeImport = await tableCounts(t.dataSource);
        const row = { provinceCode: '08', criterionCode: 'TC1', period: 'Cả năm', targetValue: 100, actualValue: 90 };
        return {
          url: `${fill('/pledges/{PL_TDMNPB}/results/import')}?dryRun=true`,
          file: await layoutWorkbook(PLEDGE_RESULT_LAYOUT, [row]),
        };
      },
      check: (who, res) =>
        expect(res.body).toMatchObject(
          who === 'staff08'
            ? { dryRun: true, created: 0, valid: [expect.objectContaining({ provinceCode: '08' })], errors: [] }
            : { dryRun: true, created: 0, valid: [], errors: [expect.objectContaining({ code: 'OUT_OF_SCOPE' })] },
        ),
      after: async () => expect(await tableCounts(t.dataSource)).toEqual(countsBeforeImport),
    },

    // The audit trail, scoped like the records it describes.
    read('/audit?pageSize=200', only(200, SCOPED, 403), 'audit'),
    read('/audit?entity=commendation&entityId={C01}&pageSize=200', only(200, SCOPED, 403)),
    read('/audit/verify', only(200, ['admin'], 403)),

    // Periods: member staff submit, the chair follows and locks. Writes use FY 2024; the H1 notes are markers.
    read('/periods/TDMNPB/2024/H1', only(200, SEE_TDMNPB, 403), 'submissions-TDMNPB'),
    read('/periods/DBSH/2024/H1', only(200, SEE_DBSH, 403), 'submissions-DBSH'),
    fixed('post', '/periods/TDMNPB/2024/FY/submit', {}, only(200, ['staff08', 'staff25', 'staff15'], 403)),
    fixed('post', '/periods/DBSH/2024/FY/submit', {}, only(200, ['staff25'], 403)),
    // Lock then unlock: the lock holds only between the chair's two rows, where every other row is refused.
    fixed('post', '/periods/TDMNPB/2024/FY/lock', { reason: 'Chốt số liệu' }, only(200, ['chairTDMNPB'], 403)),
    fixed('post', '/periods/TDMNPB/2024/FY/unlock', { reason: 'Mở lại để sửa' }, only(200, ['chairTDMNPB'], 403)),
    fixed('post', '/periods/DBSH/2024/FY/lock', { reason: 'Chốt số liệu' }, only(200, ['chairDBSH'], 403)),
    fixed('post', '/periods/DBSH/2024/FY/unlock', { reason: 'Mở lại để sửa' }, only(200, ['chairDBSH'], 403)),

    // Sign-out ends a session of its own, so the shared tokens keep working.
    {
      method: 'post',
      path: '/auth/logout',
      expect: only(204, USERS, 0),
      call: async (who) => ({ url: `${API}/auth/logout`, token: who === 'anon' ? undefined : (await login(who)).accessToken }),
      after: async (call) => {
        const res = await t.http().get(`${API}/clusters`).set('Authorization', `Bearer ${call.token}`);
        expect(res.status).toBe(401);
      },
    },
  ];

  beforeAll(async () => {
    t = await createTestApp(engine);
    for (const cluster of ['TDMNPB', 'DBSH']) {
      members[cluster] = (await must('admin', 'get', `/clusters/${cluster}/members?year=2024`, undefined, 200)).map(
        (m: Item) => m.provinceCode,
      );
    }
    // Vĩnh Phúc's 2024 DBSH membership is what makes chairDBSH and staff25 meet.
    if (!members['DBSH'].includes('26')) throw new Error(`DBSH 2024 members lack Vĩnh Phúc: ${members['DBSH']}`);

    const post = async (key: string, who: TestUser, path: string, body: object) =>
      (id[key] = (await must(who, 'post', path, body, 201)).id);
    await post('C08', 'staff08', '/commendations', decided('08', 'MK_C08_Z', '2024-05-10'));
    await post('C02', 'staff08', '/commendations', decided('02', 'MK_C02_Z', '2024-04-10'));
    await post('C08_2023', 'staff08', '/commendations', decided('08', 'MK_C08_2023_Z', '2023-11-15'));
    await post('C01', 'staff01', '/commendations', decided('01', 'MK_C01_Z', '2024-05-10'));
    await post('CP01', 'staff01', '/commendations', proposal('01', 'MK_CP01_Z'));
    await post('C26', 'staff25', '/commendations', decided('26', 'MK_C26_Z', '2024-04-01'));
    await post('C17', 'staff25', '/commendations', decided('17', 'MK_C17_Z', '2024-03-01'));
    await post('C15', 'staff15', '/commendations', decided('15', 'MK_C15_Z', '2024-06-01'));
    const districtChair = { decidingAuthority: 'Chủ tịch UBND huyện Bát Xát' };
    await post('CF08', 'staff08', '/commendations', { ...decided('08', 'MK_CF08_Z', '2024-05-12'), ...districtChair });
    await post('CF01', 'staff01', '/commendations', { ...decided('01', 'MK_CF01_Z', '2024-05-12'), ...districtChair });
    const namesake = 'Trần Văn Trùng Tên';
    await post('CN08', 'staff08', '/commendations', { ...decided('08', namesake, '2024-05-14'), organization: 'MK_ORG08_Z' });
    await post('CN01', 'staff01', '/commendations', { ...decided('01', namesake, '2024-05-14'), organization: 'MK_ORG01_Z' });

    await post('TE08', 'staff08', '/typical-examples', example('08', 'MK_TE08_Z', '2024-07-29'));
    await post('TE08_2023', 'staff08', '/typical-examples', example('08', 'MK_TE08_2023_Z', '2023-12-20'));
    await post('TE01', 'staff01', '/typical-examples', example('01', 'MK_TE01_Z', '2024-06-01'));
    await post('TE26', 'staff25', '/typical-examples', example('26', 'MK_TE26_Z', '2024-05-01'));

    await post('MV_NAT', 'admin', '/movements', movements.national('MK_MV_NAT_Z'));
    await post('MV_TDMNPB', 'chairTDMNPB', '/movements', movements.cluster('MK_MV_TDMNPB_Z', 'TDMNPB'));
    await post('MV_DBSH', 'chairDBSH', '/movements', movements.cluster('MK_MV_DBSH_Z', 'DBSH'));
    await post('MV_P08', 'staff08', '/movements', movements.province('MK_MV_P08_Z', '08'));
    await post('MV_P01', 'staff01', '/movements', movements.province('MK_MV_P01_Z', '01'));
    await post('MV_P26', 'staff25', '/movements', movements.province('MK_MV_P26_Z', '26'));
    for (const [who, code, summary] of [
      ['staff08', '08', 'MK_KQ08_Z'],
      ['staff01', '01', 'MK_KQ01_Z'],
      ['staff25', '26', 'MK_KQ26_Z'],
      ['staff15', '15', 'MK_KQ15_Z'],
    ] as const) {
      await must(who, 'put', `/movements/${id['MV_NAT']}/results`, [{ provinceCode: code, year: 2024, period: 'H1', summary }], 200);
    }

    await post('PL_TDMNPB', 'chairTDMNPB', '/pledges', pledge('TDMNPB', 2024, 'MK_PL_TDMNPB_Z'));
    await post('PL_DBSH', 'chairDBSH', '/pledges', pledge('DBSH', 2024, 'MK_PL_DBSH_Z'));
    for (const [who, pledgeKey, code, note] of [
      ['staff08', 'PL_TDMNPB', '08', 'MK_GU08_Z'],
      ['staff25', 'PL_TDMNPB', '17', 'MK_GU17_Z'],
      ['staff15', 'PL_TDMNPB', '15', 'MK_GU15_Z'],
      ['staff25', 'PL_DBSH', '26', 'MK_GUD26_Z'],
    ] as const) {
      const result = { provinceCode: code, criterionCode: 'TC1', period: 'H1', targetValue: 100, actualValue: 90, note };
      await must(who, 'put', `/pledges/${id[pledgeKey]}/results`, [result], 200);
    }

    await post('MT_TDMNPB', 'chairTDMNPB', '/meetings', meeting('TDMNPB', '17', 'MK_MT_TDMNPB_Z'));
    await post('MT_DBSH', 'chairDBSH', '/meetings', meeting('DBSH', '26', 'MK_MT_DBSH_Z'));

    for (const [who, cluster, note] of [
      ['staff08', 'TDMNPB', 'MK_NOP08_Z'],
      ['staff25', 'TDMNPB', 'MK_NOP25_Z'],
      ['staff15', 'TDMNPB', 'MK_NOP15_Z'],
      ['staff25', 'DBSH', 'MK_NOPD26_Z'],
    ] as const) {
      await must(who, 'post', `/periods/${cluster}/2024/H1/submit`, { note }, 200);
    }

    await must('reviewer', 'post', '/findings/run', { clusterCode: 'TDMNPB', year: 2024 }, 200);
    await must('reviewer', 'post', '/findings/run', { provinceCode: '01', year: 2024 }, 200);
    for (const key of ['CF08', 'CF01']) {
      const { findings } = await must('admin', 'get', `/commendations/${id[key]}/findings`, undefined, 200);
      if (!findings.length) throw new Error(`no finding on ${key}`);
      id[key.replace('CF', 'F')] = findings[0].id;
    }

    for (const [key, who, clusterCode, year, period, marker] of [
      ['R_TDMNPB', 'chairTDMNPB', 'TDMNPB', 2024, 'H1', 'MK_RP_TDMNPB_Z'],
      ['R_TDMNPB_FY', 'chairTDMNPB', 'TDMNPB', 2024, 'FY', 'MK_RP_TDMNPB_Z'],
      ['R_DBSH', 'chairDBSH', 'DBSH', 2024, 'H1', 'MK_RP_DBSH_Z'],
      ['R_2023', 'chairTDMNPB', 'TDMNPB', 2023, 'FY', 'MK_RP_2023_Z'],
    ] as const) {
      // A report needs the year's members (409 NO_MEMBERSHIP): 2023 gets one for the moment of creating it, then none again.
      const bare = year === 2023;
      if (bare) await must('admin', 'put', `/clusters/${clusterCode}/members/${year}`, [{ provinceCode: '12', role: 'MEMBER' }], 200);
      const report = await must(who, 'post', '/reports', { clusterCode, year, period }, 201);
      if (bare) await must('admin', 'put', `/clusters/${clusterCode}/members/${year}`, [], 200);
      id[key] = report.id;
      const sections = [{ key: 'results.propaganda', text: `Công tác tuyên truyền ${marker}` }];
      await must(who, 'patch', `/reports/${report.id}`, { version: report.version, sections }, 200);
    }

    await must(
      'admin',
      'post',
      '/users',
      {
        username: 'matran.dich',
        password: 'mat-khau-dich-2024',
        fullName: 'Tài khoản đích',
        roles: ['PROVINCE_STAFF'],
        provinceCode: '01',
      },
      201,
    );
    for (const user of await must('admin', 'get', '/users', undefined, 200)) {
      if (user.username === 'staff08') id['user_staff08'] = user.id;
      if (user.username === 'matran.dich') id['user_target'] = user.id;
    }
  });
  afterAll(() => t?.close());

  const rows = ENDPOINTS.flatMap((e) =>
    (e.callers ?? EVERYONE).map((who) => [who, e.method.toUpperCase(), e.path, e.expect[who], e] as const),
  );

  it.each(rows)('%s %s %s → %i', async (who, _method, _path, status, endpoint) => {
    const call = await endpoint.call(who);
    const req = send(who, endpoint.method, call.url, call.body, call.token, call.file);
    const res = await (endpoint.binary ? req.buffer(true).parse(binary) : req);
    // A file answer is text when it is an error.
    const file = endpoint.binary && Buffer.isBuffer(res.body) ? (res.body as Buffer) : undefined;
    const shown = file ? (res.status === 200 ? `<${endpoint.binary} of ${file.length} bytes>` : file.toString('utf8')) : res.body;
    // The body is printed when the status is wrong.
    expect({ status: res.status, body: shown }).toEqual(expect.objectContaining({ status }));

    // Every page of a list, so a leak on page 2 is caught too.
    const pages: Response[] = [res];
    while (res.status === 200 && Array.isArray(res.body?.items) && pages.reduce((n, p) => n + p.body.items.length, 0) < res.body.total) {
      pages.push(await send(who, 'get', `${call.url}&page=${pages.length + 1}`));
      expect(pages[pages.length - 1].status).toBe(200);
    }
    const text =
      file && endpoint.binary
        ? res.status === 200
          ? await fileText(endpoint.binary, file)
          : file.toString('utf8')
        : pages.map((p) => p.text ?? '').join('\n');

    expect(mustNotSee(who).filter((m) => text.includes(m))).toEqual([]);
    if (res.status !== status || status >= 300 || who === 'anon') return;
    if (endpoint.sees) expect(mustSee(who, endpoint.sees).filter((m) => !text.includes(m))).toEqual([]);
    if (endpoint.outside) {
      const items: Item[] = pages.flatMap((p) => (Array.isArray(p.body) ? p.body : p.body.items));
      expect(endpoint.outside(who, items)).toEqual([]);
    }
    endpoint.check?.(who, res);
    await endpoint.after?.(call);
  });
});

import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import type { FindingView } from '@tdkt/shared/contracts';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { resetSession, signIn } from '../../../../testing/test-session';
import { FindingsStore } from '../data/findings.store';
import { FindingsPage } from './findings.page';

const REVIEWER = { id: 'r1', username: 'thamdinh.trunguong', fullName: 'Thẩm định viên', roles: ['COUNCIL_REVIEWER' as const] };
const COMMENDATION = '11111111-1111-4111-8111-111111111111';
const EVIDENCE = '22222222-2222-4222-8222-222222222222';

const FINDING: FindingView = {
  id: 'f0000000-0000-4000-8000-000000000001',
  commendationId: COMMENDATION,
  ruleId: 'R-CSTD-TINH-CHAIN',
  ruleTitle: 'Chiến sĩ thi đua cấp tỉnh: 3 năm liên tục Chiến sĩ thi đua cơ sở',
  ruleBasis: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 22.1a',
  ruleVersion: '2024.1',
  severity: 'ERROR' as never,
  status: 'OPEN' as never,
  explanation: 'Cần Chiến sĩ thi đua cơ sở 3 năm liên tục; có 2022 và 2024, thiếu 2023.',
  evidenceIds: [EVIDENCE],
  evidenceNeeded: [],
  branch: null,
  provinceCode: '08',
  year: 2024,
  recipientName: 'Nguyễn Văn An',
  awardTypeCode: 'CSTD_TINH',
  comment: null,
  reviewerId: null,
  reviewedAt: null,
  lastRunAt: '2024-07-01T00:00:00Z',
  version: 3,
};

const AUTHORITY = 'Thẩm quyền quyết định khen thưởng';
const SUMMARY = {
  byCluster: [{ code: 'TDMNPB', name: 'Cụm TDMNPB', open: 8, confirmed: 1, cleared: 3, errors: 8, warnings: 1 }],
  byProvince: [{ code: '08', name: 'Tuyên Quang', open: 8, confirmed: 1, cleared: 3, errors: 8, warnings: 1 }],
  byRule: [
    { ruleId: 'R-AUTHORITY', title: AUTHORITY, severity: 'ERROR', open: 1, confirmed: 1, cleared: 0 },
    { ruleId: 'R-CSTD-TINH-CHAIN', title: FINDING.ruleTitle, severity: 'ERROR', open: 7, confirmed: 0, cleared: 2 },
    { ruleId: 'R-NAME-CHECK', title: 'Kiểm tra tên người được khen', severity: 'WARNING', open: 0, confirmed: 0, cleared: 1 },
  ],
};

const page1 = (items: FindingView[]) => ({ items, total: items.length, page: 1, pageSize: 20, totalExact: true });

describe('FindingsPage', () => {
  let fixture: ComponentFixture<FindingsPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [FindingsPage],
      providers: [...provideAppTesting(), provideTranslocoScope('findings'), provideRouter([]), FindingsStore],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(REVIEWER);
    fixture = TestBed.createComponent(FindingsPage);
    page = fixture.nativeElement;
    await settle(fixture);
    http.expectOne('/api/v1/rules').flush([
      {
        id: 'R-CSTD-TINH-CHAIN',
        title: FINDING.ruleTitle,
        basis: FINDING.ruleBasis,
        severity: 'ERROR',
        dateBasis: 'DECISION_DATE',
        validFrom: null,
        validTo: null,
        awards: null,
      },
    ]);
    http
      .expectOne('/api/v1/clusters')
      .flush([{ id: 'c1', code: 'TDMNPB', name: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc', description: null, version: 1 }]);
    http
      .expectOne('/api/v1/provinces')
      .flush([
        { id: 'p8', code: '08', name: 'Tuyên Quang', kind: 'PROVINCE', note: null, successorCode: null, validFrom: null, validTo: null },
      ]);
    http.expectOne('/api/v1/award-types').flush([{ code: 'CSTD_TINH', name: 'Chiến sĩ thi đua cấp tỉnh' }]);
    await settle(fixture);
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
  });

  const isQueue = (r: { url: string }) => r.url === '/api/v1/findings';

  function answerList(items: FindingView[]): TestRequest {
    const req = http.expectOne(isQueue);
    req.flush(page1(items));
    return req;
  }

  function answerSummary(): TestRequest {
    const req = http.expectOne((r) => r.url === '/api/v1/findings/summary');
    req.flush(SUMMARY);
    return req;
  }

  const ruleRows = () =>
    Array.from(page.querySelectorAll('.by-rule tbody tr'), (tr) => Array.from(tr.children, (c) => textOf(c)).join(' | '));

  function button(root: ParentNode, text: string): HTMLButtonElement {
    const found = Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find((b) => textOf(b) === text);
    if (!found) throw new Error(`No button "${text}"`);
    return found;
  }

  it('opens on the open findings and asks again with the filters chosen, from page one', async () => {
    const first = answerList([FINDING]);
    expect(first.request.params.get('status')).toBe('OPEN');
    expect(first.request.params.get('page')).toBe('1');
    expect(first.request.params.has('severity')).toBe(false);
    // The per-rule counts come with the summary: one request, not one per rule.
    expect(answerSummary().request.params.keys()).toEqual([]);
    await settle(fixture);
    http.expectNone(isQueue);
    expect(ruleRows()).toEqual([`${FINDING.ruleTitle} | Vi phạm | 7`, `${AUTHORITY} | Vi phạm | 1`]);

    const card = page.querySelector('tdkt-finding-card');
    expect(textOf(card?.querySelector('h2') ?? null)).toBe(FINDING.ruleTitle);
    expect(textOf(card)).toContain('Luật Thi đua, khen thưởng 06/2022/QH15, Điều 22.1a');
    expect(textOf(card)).toContain('thiếu 2023');
    expect(textOf(card?.querySelector('.subject') ?? null)).toContain('Chiến sĩ thi đua cấp tỉnh · 08 – Tuyên Quang');
    const links = Array.from(card?.querySelectorAll('a') ?? [], (a) => a.getAttribute('href'));
    expect(links).toContain(`/commendations/${COMMENDATION}`);
    expect(links).toContain(`/commendations/${EVIDENCE}`);
    expect(textOf(page.querySelector('tdkt-finding-summary .tiles'))).toContain('8Vi phạm (chưa bỏ qua)');

    TestBed.inject(FindingsStore).turnPage(2, 20);
    await settle(fixture);
    http.expectOne((r) => r.url === '/api/v1/findings' && r.params.get('page') === '2').flush(page1([]));
    await settle(fixture);

    TestBed.inject(FindingsStore).setFilter('severity', 'ERROR');
    TestBed.inject(FindingsStore).setFilter('year', 2024);
    await settle(fixture);
    const filtered = http.expectOne(isQueue);
    expect(filtered.request.params.get('severity')).toBe('ERROR');
    expect(filtered.request.params.get('year')).toBe('2024');
    expect(filtered.request.params.get('page')).toBe('1');
    filtered.flush(page1([]));
    const summary = http.expectOne((r) => r.url === '/api/v1/findings/summary');
    expect(summary.request.params.get('year')).toBe('2024');
    expect(summary.request.params.has('severity')).toBe(false);
    summary.flush({ byCluster: [], byProvince: [], byRule: [] });
    await settle(fixture);
    expect(textOf(page.querySelector('section tdkt-state-message'))).toBe('Không còn kết quả nào chờ xử lý theo bộ lọc này.');
  });

  it('counts the rules for the status and severity chosen from the same summary, and asks it again for a province', async () => {
    answerList([FINDING]);
    answerSummary();
    await settle(fixture);
    const store = TestBed.inject(FindingsStore);

    store.setFilter('status', 'CLEARED');
    await settle(fixture);
    answerList([]);
    // Status and severity are applied to the rows at hand: no new summary request.
    http.expectNone((r) => r.url === '/api/v1/findings/summary');
    expect(ruleRows()).toEqual([`${FINDING.ruleTitle} | Vi phạm | 2`, 'Kiểm tra tên người được khen | Cảnh báo | 1']);

    store.setFilter('severity', 'WARNING');
    await settle(fixture);
    answerList([]);
    expect(ruleRows()).toEqual(['Kiểm tra tên người được khen | Cảnh báo | 1']);

    store.setFilter('severity', null);
    store.setFilter('status', null);
    await settle(fixture);
    answerList([]);
    expect(ruleRows()).toEqual([
      `${FINDING.ruleTitle} | Vi phạm | 9`,
      `${AUTHORITY} | Vi phạm | 2`,
      'Kiểm tra tên người được khen | Cảnh báo | 1',
    ]);

    store.setFilter('provinceCode', '08');
    await settle(fixture);
    answerList([]);
    const again = http.expectOne((r) => r.url === '/api/v1/findings/summary');
    expect(again.request.params.get('provinceCode')).toBe('08');
    again.flush({ ...SUMMARY, byRule: [{ ...SUMMARY.byRule[0], open: 0, confirmed: 0, cleared: 0 }] });
    await settle(fixture);
    expect(page.querySelector('.by-rule')).toBeNull();

    // A rule's row narrows the queue to that rule.
    store.setFilter('provinceCode', null);
    await settle(fixture);
    answerList([]);
    answerSummary();
    await settle(fixture);
    button(page.querySelector('.by-rule') as HTMLElement, AUTHORITY).click();
    await settle(fixture);
    expect(store.filters().ruleId).toBe('R-AUTHORITY');
    expect(http.expectOne(isQueue).request.params.get('ruleId')).toBe('R-AUTHORITY');
  });

  it('confirms a finding only with a comment, sending the version seen, then reloads the queue', async () => {
    answerList([FINDING]);
    answerSummary();
    await settle(fixture);

    button(page, 'Xác nhận vi phạm').click();
    await settle(fixture);
    const dialog = document.querySelector('tdkt-review-dialog') as HTMLElement;
    expect(textOf(dialog.querySelector('h2'))).toBe('Xác nhận vi phạm');

    button(dialog, 'Xác nhận vi phạm').click();
    await settle(fixture);
    http.expectNone((r) => r.method === 'PATCH');
    expect(textOf(dialog.querySelector('mat-error'))).toBe('Hãy ghi ý kiến: lý do xác nhận hoặc bỏ qua là bắt buộc.');

    const comment = dialog.querySelector('textarea') as HTMLTextAreaElement;
    comment.value = '  Không có quyết định CSTĐ cơ sở năm 2023  ';
    comment.dispatchEvent(new Event('input'));
    button(dialog, 'Xác nhận vi phạm').click();
    await settle(fixture);
    const patch = http.expectOne(`/api/v1/findings/${FINDING.id}`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ comment: 'Không có quyết định CSTĐ cơ sở năm 2023', status: 'CONFIRMED', version: 3 });
    patch.flush({ ...FINDING, status: 'CONFIRMED', comment: 'Không có quyết định CSTĐ cơ sở năm 2023', version: 4 });
    // The dialog's closing animation ends before afterClosed reports.
    await settle(fixture, 300);

    answerList([]);
    answerSummary();
    await settle(fixture);
    expect(textOf(page.querySelector('.notice'))).toBe(`Đã xác nhận vi phạm: Nguyễn Văn An — ${FINDING.ruleTitle}.`);
  });

  it('clears a finding and keeps the comment typed when the server refuses (someone else decided first)', async () => {
    answerList([FINDING]);
    answerSummary();
    await settle(fixture);

    button(page, 'Bỏ qua').click();
    await settle(fixture);
    const dialog = document.querySelector('tdkt-review-dialog') as HTMLElement;
    const comment = dialog.querySelector('textarea') as HTMLTextAreaElement;
    comment.value = 'Đã có minh chứng';
    comment.dispatchEvent(new Event('input'));
    button(dialog, 'Bỏ qua').click();
    await settle(fixture);
    const patch = http.expectOne(`/api/v1/findings/${FINDING.id}`);
    expect(patch.request.body).toEqual({ comment: 'Đã có minh chứng', status: 'CLEARED', version: 3 });
    patch.flush(
      { statusCode: 409, code: 'VERSION_CONFLICT', message: 'Kết quả kiểm tra vừa được người khác xử lý; hãy tải lại trước khi xác nhận' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    expect(textOf(dialog.querySelector('.banner'))).toContain('vừa được người khác xử lý');
    expect((dialog.querySelector('textarea') as HTMLTextAreaElement).value).toBe('Đã có minh chứng');
  });

  it('shows the namesakes and records the reviewer’s match decision', async () => {
    answerList([FINDING]);
    answerSummary();
    await settle(fixture);

    button(page, 'Hồ sơ cùng người được khen').click();
    await settle(fixture);
    const candidate = {
      commendationId: EVIDENCE,
      recipientName: 'Nguyễn Văn An',
      organization: 'Sở Y tế',
      provinceCode: '08',
      awardTypeCode: 'CSTD_TINH',
      achievementYear: 2022,
      decisionDate: '2022-12-01',
      status: 'APPROVED',
      decision: 'CANDIDATE',
    };
    http
      .expectOne(`/api/v1/commendations/${COMMENDATION}/findings`)
      .flush({ commendationId: COMMENDATION, findings: [FINDING], matches: [candidate] });
    await settle(fixture);
    const matches = page.querySelector('tdkt-recipient-matches') as HTMLElement;
    expect(textOf(matches.querySelector('tbody tr'))).toContain('Trùng tên, chưa ghép');

    button(matches, 'Cùng một người').click();
    const put = http.expectOne(`/api/v1/commendations/${COMMENDATION}/matches/${EVIDENCE}`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ decision: 'CONFIRMED' });
    put.flush({ commendationId: COMMENDATION, findings: [], matches: [{ ...candidate, decision: 'CONFIRMED' }] });
    await settle(fixture);
    expect(textOf(matches.querySelector('tbody tr'))).toContain('Đã xác nhận cùng người');
    // The rules re-ran on the server: the queue and the counts are read again.
    answerList([]);
    answerSummary();
  });

  it('runs the bulk check for the chosen cluster and year and shows the counts', async () => {
    answerList([]);
    answerSummary();
    await settle(fixture);

    button(page, 'Chạy kiểm tra toàn bộ').click();
    await settle(fixture);
    const dialog = document.querySelector('tdkt-run-dialog') as HTMLElement;
    expect(textOf(dialog)).toContain('Kết quả không còn đúng sẽ tự động được bỏ qua');
    button(dialog, 'Chạy kiểm tra').click();
    await settle(fixture);
    const run = http.expectOne('/api/v1/findings/run');
    expect(run.request.method).toBe('POST');
    expect(run.request.body).toEqual({ clusterCode: 'TDMNPB', year: new Date().getFullYear() });
    run.flush({ checked: 120, opened: 4, updated: 1, cleared: 2, open: 9, ruleVersion: '2024.1' });
    await settle(fixture);
    expect(Array.from(dialog.querySelectorAll('dd'), (d) => textOf(d))).toEqual(['120', '4', '1', '2', '9']);
  });
});

import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslocoScope } from '@jsverse/transloco';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { PROVINCE_OFFICER, resetSession, signIn } from '../../../../testing/test-session';
import type { SessionUser } from '../../../core/auth/auth.models';
import { CommendationListStore } from '../data/commendation-list.store';
import { AWARD_TYPES, CLUSTER_CHAIR, COUNCIL_REVIEWER, choose, commendation } from '../testing/commendation-fixtures';
import { CommendationListPage, SEARCH_DEBOUNCE_MS } from './commendation-list.page';
import { seriousViolations } from '../testing/axe';

const LIST = '/api/v1/commendations';

const ROWS = [
  commendation(),
  commendation({
    id: '9a044449-027b-4bbf-9887-eabb1d6fa8e9',
    recipientName: 'Trung tâm Y tế huyện Vị Xuyên',
    recipientKind: 'COLLECTIVE',
    position: null,
    organization: 'Sở Y tế',
    level: 'GOVERNMENT',
    awardTypeName: 'Bằng khen của Thủ tướng Chính phủ',
    status: 'SUBMITTED',
    decisionNumber: null,
    decisionDate: null,
  }),
];

describe('CommendationListPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  const wait = (ms = 0) => settle(harness.fixture, ms);
  const list = (): TestRequest => http.expectOne((req) => req.url === LIST);
  const params = (req: TestRequest) => Object.fromEntries(req.request.params.keys().map((k) => [k, req.request.params.get(k)]));
  const url = () => TestBed.inject(Router).url;
  const rows = () => Array.from(page.querySelectorAll('tr.mat-mdc-row'), (row) => Array.from(row.children, (cell) => textOf(cell)));

  async function open(path: string, user: SessionUser = PROVINCE_OFFICER): Promise<void> {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      providers: [
        ...provideAppTesting(),
        provideRouter([
          {
            path: 'commendations',
            component: CommendationListPage,
            providers: [provideTranslocoScope('commendations'), CommendationListStore],
          },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(user);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(path, CommendationListPage);
    page = harness.routeNativeElement!;
    await wait();
    http.expectOne('/api/v1/award-types').flush(AWARD_TYPES);
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
  });

  it('sends the filters of the address to the API and shows the page with Vietnamese statuses', async () => {
    await open(
      '/commendations?year=2024&period=H1&status=APPROVED&awardTypeCode=BANG_KHEN_TINH&q=dung&sort=recipientName&page=2&pageSize=50',
    );
    const req = list();
    expect(params(req)).toEqual({
      page: '2',
      pageSize: '50',
      sort: 'recipientName',
      q: 'dung',
      year: '2024',
      from: '2024-01-01',
      to: '2024-06-30',
      awardTypeCode: 'BANG_KHEN_TINH',
      status: 'APPROVED',
    });
    req.flush({ items: ROWS, page: 2, pageSize: 50, total: 52, totalExact: true });
    await wait();

    expect(textOf(page.querySelector('.count'))).toBe('52 khen thưởng');
    expect(textOf(page.querySelector('tr.mat-mdc-row a'))).toBe('Sùng Thị Dở');
    expect(page.querySelector('tr.mat-mdc-row a')?.getAttribute('href')).toBe('/commendations/1deb6e8b-025d-4bf5-89db-579438430b87');
    expect(textOf(page.querySelector('tr.mat-mdc-row .sub'))).toBe('Cá nhân, Giám đốc, Hợp tác xã chè Shan tuyết');
    // Staff see one province only: no province column.
    expect(rows()[0].slice(1)).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh Khen thưởng cấp tỉnh',
      '2760/QĐ-UBND 10/12/2024',
      '05/01/2025',
      'Đã có quyết định',
    ]);
    expect(rows()[1][2]).toBe('Chưa có quyết định · thành tích năm 2024');
    expect(rows()[1][4]).toBe('Đã trình Hội đồng');
    expect(page.querySelector<HTMLInputElement>('input[data-field="q"]')!.value).toBe('dung');
    expect(page.querySelector('a[data-action="create"]')?.getAttribute('href')).toBe('/commendations/new');
    // Staff see only their own province: no province filter.
    expect(page.querySelector('mat-select[data-field="provinceCode"]')).toBeNull();
  });

  it('searches once typing pauses, from page 1, and keeps the search in the address', async () => {
    await open('/commendations?page=3');
    expect(list().request.params.get('page')).toBe('3');

    const input = page.querySelector<HTMLInputElement>('input[data-field="q"]')!;
    for (const text of ['ng', 'nguyen', 'nguyen van']) {
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }
    await wait();
    http.expectNone((req) => req.url === LIST);
    await wait(SEARCH_DEBOUNCE_MS + 50);

    const req = list();
    expect(req.request.params.get('q')).toBe('nguyen van');
    expect(req.request.params.get('page')).toBe('1');
    expect(url()).toBe('/commendations?q=nguyen%20van');
    req.flush({ items: [], page: 1, pageSize: 20, total: 0, totalExact: true });
    await wait();
    expect(textOf(page.querySelector('tdkt-state-message'))).toBe(
      'Không có khen thưởng nào khớp với bộ lọc đã chọn. Hãy bỏ bớt điều kiện lọc.',
    );
  });

  it('sorts on the server and pages through the results', async () => {
    await open('/commendations');
    const first = list();
    expect(params(first)).toEqual({ page: '1', pageSize: '20', sort: '-decisionDate' });
    first.flush({ items: ROWS, page: 1, pageSize: 20, total: 45, totalExact: true });
    await wait();

    page.querySelector<HTMLElement>('th.mat-column-recipientName .mat-sort-header-container')!.click();
    await wait();
    const sorted = list();
    expect(sorted.request.params.get('sort')).toBe('recipientName');
    expect(url()).toBe('/commendations?sort=recipientName');
    sorted.flush({ items: ROWS, page: 1, pageSize: 20, total: 45, totalExact: true });
    await wait();

    page.querySelector<HTMLButtonElement>('button.mat-mdc-paginator-navigation-next')!.click();
    await wait();
    const second = list();
    expect(params(second)).toEqual({ page: '2', pageSize: '20', sort: 'recipientName' });
    expect(url()).toBe('/commendations?sort=recipientName&page=2');
    second.flush({ items: ROWS, page: 2, pageSize: 20, total: 45, totalExact: true });
    await wait();
    expect(textOf(page.querySelector('.mat-mdc-paginator-range-label'))).toBe('21 – 40 trong tổng số 45');
  });

  it('filters by status and year from the selects, starting again at page 1', async () => {
    await open('/commendations?page=2');
    list().flush({ items: ROWS, page: 2, pageSize: 20, total: 30, totalExact: true });
    await wait();

    await choose(page, 'status', 'Bị trả lại', wait);
    const byStatus = list();
    expect(params(byStatus)).toEqual({ page: '1', pageSize: '20', sort: '-decisionDate', status: 'RETURNED' });
    byStatus.flush({ items: ROWS, page: 1, pageSize: 20, total: 2, totalExact: true });
    await wait();

    await choose(page, 'year', '2024', wait);
    const byYear = list();
    expect(byYear.request.params.get('year')).toBe('2024');
    expect(byYear.request.params.get('status')).toBe('RETURNED');
    expect(url()).toBe('/commendations?year=2024&status=RETURNED');
    byYear.flush({ items: ROWS, page: 1, pageSize: 20, total: 2, totalExact: true });
    await wait();
  });

  it('says when the total is only a lower bound', async () => {
    await open('/commendations');
    list().flush({ items: ROWS, page: 1, pageSize: 20, total: 10000, totalExact: false });
    await wait();
    expect(textOf(page.querySelector('.count'))).toBe('Hơn 10.000 khen thưởng (quá nhiều để đếm hết, hãy thu hẹp bộ lọc)');
  });

  it('lets a reviewer filter by any province, current or merged away, and hides the add button', async () => {
    await open('/commendations?provinceCode=02', COUNCIL_REVIEWER);
    http.expectOne('/api/v1/provinces').flush([
      {
        id: 'p02',
        code: '02',
        name: 'Hà Giang',
        kind: 'PROVINCE',
        validFrom: null,
        validTo: '2025-06-30',
        successorCode: '08',
        note: null,
      },
      {
        id: 'p08o',
        code: '08',
        name: 'Tuyên Quang',
        kind: 'PROVINCE',
        validFrom: null,
        validTo: '2025-06-30',
        successorCode: null,
        note: null,
      },
      {
        id: 'p08n',
        code: '08',
        name: 'Tuyên Quang',
        kind: 'PROVINCE',
        validFrom: '2025-07-01',
        validTo: null,
        successorCode: null,
        note: null,
      },
    ]);
    expect(list().request.params.get('provinceCode')).toBe('02');
    await wait();
    expect(page.querySelector('a[data-action="create"]')).toBeNull();
    expect(textOf(page.querySelector('mat-select[data-field="provinceCode"]'))).toBe('Hà Giang (trước sáp nhập)');
  });

  it('offers a cluster chair the provinces of the cluster in the chosen year', async () => {
    await open('/commendations?year=2024', CLUSTER_CHAIR);
    http.expectOne('/api/v1/clusters/TDMNPB/members?year=2024').flush([
      { provinceId: 'p08', provinceCode: '08', provinceName: 'Tuyên Quang', role: 'CHAIR', year: 2024 },
      { provinceId: 'p17', provinceCode: '17', provinceName: 'Hòa Bình', role: 'VICE_CHAIR', year: 2024 },
    ]);
    list().flush({ items: ROWS, page: 1, pageSize: 20, total: 2, totalExact: true });
    await wait();

    await choose(page, 'provinceCode', 'Hòa Bình', wait);
    const req = list();
    expect(req.request.params.get('provinceCode')).toBe('17');
    expect(req.request.params.get('year')).toBe('2024');
    req.flush({ items: [], page: 1, pageSize: 20, total: 0, totalExact: true });
    await wait();
  });

  it('explains a failure and loads again on retry', async () => {
    await open('/commendations');
    list().flush(
      { statusCode: 500, error: 'Internal Server Error', message: 'Lỗi cơ sở dữ liệu' },
      { status: 500, statusText: 'Internal Server Error' },
    );
    await wait();
    expect(textOf(page.querySelector('[role="alert"]'))).toContain('Máy chủ đang gặp sự cố (mã lỗi 500).');
    page.querySelector<HTMLButtonElement>('tdkt-state-message button')!.click();
    await wait();
    list().flush({ items: ROWS, page: 1, pageSize: 20, total: 2, totalExact: true });
    await wait();
    expect(rows()).toHaveLength(2);
  });

  it('has no serious accessibility problem', async () => {
    await open('/commendations', COUNCIL_REVIEWER);
    http.expectOne('/api/v1/provinces').flush([]);
    list().flush({ items: ROWS, page: 1, pageSize: 20, total: 2, totalExact: true });
    await wait();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

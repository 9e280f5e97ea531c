import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslocoScope } from '@jsverse/transloco';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { PROVINCE_OFFICER, resetSession, signIn } from '../../../../testing/test-session';
import { MovementsListStore } from '../data/movements-list.store';
import { MovementsListPage } from './movements-list.page';

const CLUSTERS = [{ id: 'c', code: 'TDMNPB', name: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc', description: null, version: 1 }];
const PROVINCES = [
  { id: 'p08', code: '08', name: 'Tuyên Quang', kind: 'PROVINCE', note: null, successorCode: null, validFrom: null, validTo: null },
];
const base = { launchedOn: '2024-03-15', startsOn: '2024-03-15', description: null, demo: true, version: 1 };
const MOVEMENTS = {
  items: [
    {
      ...base,
      id: 'n',
      name: 'Chung tay xóa nhà tạm, nhà dột nát',
      launchedBy: 'PRIME_MINISTER',
      endsOn: '2025-12-31',
      scope: 'NATIONAL',
      clusterCode: null,
      provinceCode: null,
    },
    {
      ...base,
      id: 'c',
      name: 'Các tỉnh Trung du thi đua',
      launchedBy: 'CLUSTER',
      endsOn: '2024-12-31',
      scope: 'CLUSTER',
      clusterCode: 'TDMNPB',
      provinceCode: null,
    },
    {
      ...base,
      id: 'p',
      name: 'Tuyên Quang chung sức',
      launchedBy: 'PROVINCE',
      endsOn: null,
      scope: 'PROVINCE',
      clusterCode: null,
      provinceCode: '08',
    },
  ],
  page: 1,
  pageSize: 20,
  total: 3,
  totalExact: true,
};

describe('MovementsListPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let page: HTMLElement;

  const wait = (ms = 0) => settle(harness.fixture, ms);
  const url = () => TestBed.inject(Router).url;
  const list = () => http.expectOne((req) => req.url === '/api/v1/movements');
  const params = (req: ReturnType<typeof list>) => Object.fromEntries(req.request.params.keys().map((k) => [k, req.request.params.get(k)]));

  async function open(path: string): Promise<void> {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      providers: [
        ...provideAppTesting(),
        provideRouter([
          { path: 'movements', component: MovementsListPage, providers: [provideTranslocoScope('movements'), MovementsListStore] },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(PROVINCE_OFFICER);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(path, MovementsListPage);
    page = harness.routeNativeElement!;
    await wait();
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
  });

  function answerReference(): void {
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    http.expectOne('/api/v1/provinces').flush(PROVINCES);
  }

  async function choose(field: string, option: string): Promise<void> {
    (page.querySelector(`[data-field="${field}"] .mat-mdc-select-trigger`) as HTMLElement).click();
    await wait();
    const panelId = page.querySelector(`[data-field="${field}"]`)?.getAttribute('aria-controls') ?? '';
    const found = Array.from(document.getElementById(panelId)?.querySelectorAll('mat-option') ?? []).find((o) => textOf(o) === option);
    (found as HTMLElement).click();
    await wait();
  }

  const shown = (field: string): string => textOf(page.querySelector(`[data-field="${field}"] .mat-mdc-select-value`));

  it('lists the first page, with scope names and edit links only where the officer may edit', async () => {
    await open('/movements');
    const request = list();
    expect(params(request)).toEqual({ page: '1', pageSize: '20' });
    request.flush(MOVEMENTS);
    answerReference();
    await wait();

    const rows = Array.from(page.querySelectorAll('tbody tr'), (tr) =>
      Array.from(tr.children, (td) => textOf(td))
        .join(' | ')
        .trim(),
    );
    expect(rows).toEqual([
      'Chung tay xóa nhà tạm, nhà dột nát | Thủ tướng Chính phủ ngày 15/03/2024 | Toàn quốc | 15/03/2024 – 31/12/2025 |',
      'Các tỉnh Trung du thi đua | Cụm thi đua ngày 15/03/2024 | Cụm thi đua các tỉnh Trung du và miền núi phía Bắc Phong trào của cụm | 15/03/2024 – 31/12/2024 |',
      'Tuyên Quang chung sức | Ủy ban nhân dân tỉnh ngày 15/03/2024 | Tuyên Quang Phong trào của tỉnh | Từ 15/03/2024 | Sửa',
    ]);
    expect(page.querySelector('[data-action="create"]')?.getAttribute('href')).toBe('/movements/new');
    expect(textOf(page.querySelector('.count'))).toBe('3 phong trào');
  });

  it('takes the year, cluster and page from the address, so a reload shows the same list', async () => {
    await open('/movements?year=2024&clusterCode=TDMNPB&page=3');
    const request = list();
    expect(params(request)).toEqual({ page: '3', pageSize: '20', year: '2024', clusterCode: 'TDMNPB' });
    request.flush({ ...MOVEMENTS, page: 3, total: 60 });
    answerReference();
    await wait();
    expect(shown('year')).toBe('2024');
    expect(shown('cluster')).toBe('Cụm thi đua các tỉnh Trung du và miền núi phía Bắc');
    expect(page.querySelector('mat-paginator .mat-mdc-paginator-range-label')?.textContent).toContain('41');
  });

  it('writes a new filter or page into the address, starting a new filter from page 1, and follows Back', async () => {
    await open('/movements?year=2024&page=3');
    list().flush({ ...MOVEMENTS, page: 3, total: 60 });
    answerReference();
    await wait();

    await choose('cluster', 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc');
    expect(url()).toBe('/movements?year=2024&clusterCode=TDMNPB');
    const filtered = list();
    expect(params(filtered)).toEqual({ page: '1', pageSize: '20', year: '2024', clusterCode: 'TDMNPB' });
    filtered.flush({ ...MOVEMENTS, total: 60 });
    await wait();

    (page.querySelector('mat-paginator button.mat-mdc-paginator-navigation-next') as HTMLButtonElement).click();
    await wait();
    expect(url()).toBe('/movements?year=2024&clusterCode=TDMNPB&page=2');
    expect(params(list())).toEqual({ page: '2', pageSize: '20', year: '2024', clusterCode: 'TDMNPB' });

    // Back (the earlier address again) brings back its filters, not what the page last had.
    await harness.navigateByUrl('/movements?year=2024&page=3');
    await wait();
    expect(params(list())).toEqual({ page: '3', pageSize: '20', year: '2024' });
    expect(shown('year')).toBe('2024');
    expect(shown('cluster')).toBe('');

    await choose('year', 'Tất cả các năm');
    expect(url()).toBe('/movements');
    list().flush({ ...MOVEMENTS, items: [], total: 0 });
    await wait();
    expect(textOf(page.querySelector('tdkt-state-message'))).toBe(
      'Không có phong trào thi đua nào khớp bộ lọc. Hãy chọn năm hoặc cụm khác.',
    );
  });

  it('ignores what a hand-edited address gets wrong instead of sending it to the API', async () => {
    await open('/movements?year=20245&clusterCode=tdmnpb&page=0');
    expect(params(list())).toEqual({ page: '1', pageSize: '20' });
    answerReference();
  });

  it('offers an older year a shared link asks for', async () => {
    await open('/movements?year=2012');
    list().flush({ ...MOVEMENTS, items: [], total: 0 });
    answerReference();
    await wait();
    expect(shown('year')).toBe('2012');
  });
});

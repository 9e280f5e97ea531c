import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
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
  let fixture: ComponentFixture<MovementsListPage>;
  let http: HttpTestingController;
  let page: HTMLElement;
  let store: MovementsListStore;

  beforeEach(async () => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [MovementsListPage],
      providers: [...provideAppTesting(), provideTranslocoScope('movements'), provideRouter([]), MovementsListStore],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(PROVINCE_OFFICER);
    fixture = TestBed.createComponent(MovementsListPage);
    store = fixture.debugElement.injector.get(MovementsListStore);
    page = fixture.nativeElement;
    await settle(fixture);
  });

  afterEach(() => http.verify());

  function answerReference(): void {
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    http.expectOne('/api/v1/provinces').flush(PROVINCES);
  }

  it('lists the first page, with scope names and edit links only where the officer may edit', async () => {
    const request = http.expectOne((req) => req.url === '/api/v1/movements');
    expect(request.request.params.keys().sort()).toEqual(['page', 'pageSize']);
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.get('pageSize')).toBe('20');
    request.flush(MOVEMENTS);
    answerReference();
    await settle(fixture);

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

  it('sends the year and cluster filters and starts again from page 1', async () => {
    http.expectOne((req) => req.url === '/api/v1/movements').flush(MOVEMENTS);
    answerReference();
    store.page.set(3);
    await settle(fixture);
    http.expectOne((req) => req.url === '/api/v1/movements' && req.params.get('page') === '3').flush({ ...MOVEMENTS, page: 3, total: 60 });

    store.setYear(2024);
    store.setCluster('TDMNPB');
    await settle(fixture);
    const request = http.expectOne((req) => req.url === '/api/v1/movements');
    expect(request.request.params.get('year')).toBe('2024');
    expect(request.request.params.get('clusterCode')).toBe('TDMNPB');
    expect(request.request.params.get('page')).toBe('1');
    request.flush({ ...MOVEMENTS, items: [], total: 0 });
    await settle(fixture);
    expect(textOf(page.querySelector('tdkt-state-message'))).toBe(
      'Không có phong trào thi đua nào khớp bộ lọc. Hãy chọn năm hoặc cụm khác.',
    );
  });
});

import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { PROVINCE_OFFICER, resetSession, signIn } from '../../../../testing/test-session';
import { TypicalExamplesListStore } from '../data/typical-examples-list.store';
import { TypicalExamplesListPage } from './typical-examples-list.page';

const PAGE = {
  items: [
    {
      id: 'e1',
      recipientKind: 'COLLECTIVE',
      name: 'Thôn Khuôn Điển, xã Minh Thanh',
      provinceCode: '08',
      provinceName: 'Tuyên Quang',
      movementId: null,
      story: 'Xây dựng quỹ hỗ trợ hộ nghèo.',
      honouredAtMeetingId: null,
      honouredOn: '2024-11-15',
      demo: true,
      version: 1,
    },
  ],
  page: 1,
  pageSize: 20,
  total: 1,
  totalExact: true,
};

describe('TypicalExamplesListPage', () => {
  let fixture: ComponentFixture<TypicalExamplesListPage>;
  let http: HttpTestingController;
  let page: HTMLElement;
  let store: TypicalExamplesListStore;

  beforeEach(async () => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [TypicalExamplesListPage],
      providers: [...provideAppTesting(), provideTranslocoScope('typicalExamples'), provideRouter([]), TypicalExamplesListStore],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(PROVINCE_OFFICER);
    fixture = TestBed.createComponent(TypicalExamplesListPage);
    store = fixture.debugElement.injector.get(TypicalExamplesListStore);
    page = fixture.nativeElement;
    await settle(fixture);
    http.expectOne('/api/v1/provinces').flush([]);
    http.expectOne('/api/v1/clusters').flush([]);
  });

  afterEach(() => http.verify());

  it('lists the first page and lets the officer add an example', async () => {
    const request = http.expectOne((req) => req.url === '/api/v1/typical-examples');
    expect(request.request.params.toString()).toBe('page=1&pageSize=20');
    request.flush(PAGE);
    await settle(fixture);
    expect(Array.from(page.querySelectorAll('tbody tr td'), (td) => textOf(td))).toEqual([
      'Thôn Khuôn Điển, xã Minh ThanhXây dựng quỹ hỗ trợ hộ nghèo.',
      'Tập thể',
      'Tuyên Quang',
      '15/11/2024',
    ]);
    expect(page.querySelector('tbody a')?.getAttribute('href')).toBe('/typical-examples/e1');
    expect(textOf(page.querySelector('tbody .sub'))).toBe('Xây dựng quỹ hỗ trợ hộ nghèo.');
    expect(page.querySelector('[data-action="create"]')).not.toBeNull();
  });

  it('sends the year, province and cluster filters', async () => {
    http.expectOne((req) => req.url === '/api/v1/typical-examples').flush(PAGE);
    store.set('year', 2024);
    store.set('provinceCode', '08');
    store.set('clusterCode', 'TDMNPB');
    await settle(fixture);
    const request = http.expectOne((req) => req.url === '/api/v1/typical-examples');
    expect(request.request.params.get('year')).toBe('2024');
    expect(request.request.params.get('provinceCode')).toBe('08');
    expect(request.request.params.get('clusterCode')).toBe('TDMNPB');
    expect(request.request.params.get('page')).toBe('1');
    // Kept in the address, so reload and Back show the same list.
    expect(TestBed.inject(Router).url).toBe('/?year=2024&provinceCode=08&clusterCode=TDMNPB');
    request.flush({ ...PAGE, items: [], total: 0 });
    await settle(fixture);
    expect(textOf(page.querySelector('tdkt-state-message'))).toBe(
      'Không có gương điển hình nào khớp bộ lọc. Hãy chọn năm, tỉnh hoặc cụm khác.',
    );
  });

  it('takes its filters from the address (a reload, Back, a shared link), ignoring values the API would refuse', async () => {
    http.expectOne((req) => req.url === '/api/v1/typical-examples').flush(PAGE);
    await TestBed.inject(Router).navigateByUrl('/?year=2024&provinceCode=08&clusterCode=khong-hop-le&page=2');
    await settle(fixture);
    const request = http.expectOne((req) => req.url === '/api/v1/typical-examples');
    expect(request.request.params.toString()).toBe('page=2&pageSize=20&year=2024&provinceCode=08');
    request.flush(PAGE);
    expect([store.year(), store.provinceCode(), store.clusterCode(), store.page()]).toEqual([2024, '08', null, 2]);
  });
});

import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { ClustersStore } from '../data/clusters.store';
import { ClustersPage } from './clusters.page';

const CLUSTERS = [
  { id: 'c1', code: 'TDMNPB', name: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc', description: '14 tỉnh', version: 1 },
  { id: 'c2', code: 'DBSH', name: 'Cụm thi đua các tỉnh Đồng bằng sông Hồng', description: null, version: 1 },
];

const MEMBERS_2024 = [
  { provinceId: 'p04', provinceCode: '04', provinceName: 'Cao Bằng', role: 'MEMBER', year: 2024 },
  { provinceId: 'p17', provinceCode: '17', provinceName: 'Hòa Bình', role: 'VICE_CHAIR', year: 2024 },
  { provinceId: 'p02', provinceCode: '02', provinceName: 'Hà Giang', role: 'MEMBER', year: 2024 },
  { provinceId: 'p08', provinceCode: '08', provinceName: 'Tuyên Quang', role: 'CHAIR', year: 2024 },
];

describe('ClustersPage', () => {
  let fixture: ComponentFixture<ClustersPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(() => {
    resetLanguage();
    TestBed.configureTestingModule({ imports: [ClustersPage], providers: [...provideAppTesting(), provideRouter([]), ClustersStore] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ClustersPage);
    page = fixture.nativeElement;
  });

  afterEach(() => http.verify());

  it('lists the clusters and asks to choose one', async () => {
    await settle(fixture);
    http.expectOne('/api/v1/clusters/latest-year').flush({ latest: 2024, years: [2024] });
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    await settle(fixture);

    expect(Array.from(page.querySelectorAll('tdkt-cluster-list a'), (a) => a.getAttribute('href'))).toEqual(['/clusters/TDMNPB', '/clusters/DBSH']);
    expect(textOf(page.querySelector('.detail'))).toContain('Chọn một cụm thi đua trong danh sách để xem các tỉnh thành viên.');
  });

  it("shows the chosen cluster's members of the chosen year, chair and vice-chair first", async () => {
    fixture.componentRef.setInput('code', 'TDMNPB');
    fixture.componentRef.setInput('year', '2024');
    await settle(fixture);
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    const members = http.expectOne((req) => req.url === '/api/v1/clusters/TDMNPB/members');
    expect(members.request.params.get('year')).toBe('2024');
    members.flush(MEMBERS_2024);
    await settle(fixture);

    expect(textOf(page.querySelector('h2'))).toBe('Cụm thi đua các tỉnh Trung du và miền núi phía Bắc');
    const rows = Array.from(page.querySelectorAll('tr.mat-mdc-row'), (row) => Array.from(row.children, (cell) => textOf(cell)).join(' | '));
    expect(rows).toEqual(['08 | Tuyên Quang | Cụm trưởng', '17 | Hòa Bình | Cụm phó', '04 | Cao Bằng | Thành viên', '02 | Hà Giang | Thành viên']);
    expect(textOf(page.querySelector('.count'))).toBe('4 tỉnh, thành phố thành viên năm 2024');
    expect(page.querySelector('tdkt-cluster-list a[aria-current="page"]')?.getAttribute('href')).toBe('/clusters/TDMNPB');
  });

  it('opens a cluster on the latest year that has members when the address names no year', async () => {
    fixture.componentRef.setInput('code', 'TDMNPB');
    await settle(fixture);
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    // Nothing is loaded for the calendar year while the latest year with members is not known.
    expect(http.match((req) => req.url === '/api/v1/clusters/TDMNPB/members')).toEqual([]);
    http.expectOne('/api/v1/clusters/latest-year').flush({ latest: 2024, years: [2024, 2023] });
    await settle(fixture);
    http.expectOne('/api/v1/clusters/TDMNPB/members?year=2024').flush(MEMBERS_2024);
    await settle(fixture);
    expect(textOf(page.querySelector('.count'))).toBe('4 tỉnh, thành phố thành viên năm 2024');
    expect(textOf(page.querySelector('[data-field="year"]'))).toBe('2024');
  });

  it('says when a year has no members recorded', async () => {
    fixture.componentRef.setInput('code', 'TDMNPB');
    fixture.componentRef.setInput('year', '2019');
    await settle(fixture);
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    http.expectOne('/api/v1/clusters/TDMNPB/members?year=2019').flush([]);
    await settle(fixture);
    expect(textOf(page.querySelector('.detail tdkt-state-message'))).toBe('Chưa ghi nhận thành viên của cụm trong năm 2019. Hãy chọn năm khác.');
  });

  it('shows the error state when the clusters cannot be loaded', async () => {
    await settle(fixture);
    http.expectOne('/api/v1/clusters/latest-year').flush({ latest: 2024, years: [2024] });
    http.expectOne('/api/v1/clusters').flush({ statusCode: 500, error: 'Internal Server Error', message: 'Lỗi' }, { status: 500, statusText: 'Internal Server Error' });
    await settle(fixture);
    expect(textOf(page.querySelector('[role="alert"]'))).toContain('Máy chủ đang gặp sự cố (mã lỗi 500).');
  });
});

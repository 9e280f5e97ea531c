import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { resetSession, signIn } from '../../../../testing/test-session';
import { PledgesListStore } from '../data/pledges-list.store';
import { PledgesListPage } from './pledges-list.page';

const CLUSTERS = [{ id: 'c', code: 'TDMNPB', name: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc', description: null, version: 1 }];
const PLEDGE = {
  id: 'p-2024',
  clusterCode: 'TDMNPB',
  year: 2024,
  signedOn: '2024-03-15',
  place: 'Thành phố Tuyên Quang',
  demo: true,
  version: 1,
  criteria: [{ code: 'TC01', name: 'Kế hoạch', unit: null, targetKind: 'YES_NO', maxScore: 10 }],
};

describe('PledgesListPage', () => {
  let fixture: ComponentFixture<PledgesListPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [PledgesListPage],
      providers: [...provideAppTesting(), provideTranslocoScope('pledges'), provideRouter([]), PledgesListStore],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn({ id: 'u', username: 'cumtruong.tdmnpb', fullName: 'Hoàng Thị Thu Hà', roles: ['CLUSTER_CHAIR'], clusterCode: 'TDMNPB' });
    fixture = TestBed.createComponent(PledgesListPage);
    page = fixture.nativeElement;
  });

  afterEach(() => http.verify());

  it("asks for the chair's cluster, then for the chosen year", async () => {
    await settle(fixture);
    http.expectOne('/api/v1/pledges?clusterCode=TDMNPB').flush([PLEDGE]);
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    await settle(fixture);
    expect(textOf(page.querySelector('.card h2'))).toBe('Giao ước thi đua năm 2024');
    expect(textOf(page.querySelector('.card .cluster'))).toBe('Cụm thi đua các tỉnh Trung du và miền núi phía Bắc');
    expect(textOf(page.querySelector('.card dl'))).toContain('15/03/2024');
    expect(page.querySelector('.card h2 a')?.getAttribute('href')).toBe('/pledges/p-2024');

    fixture.debugElement.injector.get(PledgesListStore).year.set(2023);
    await settle(fixture);
    const request = http.expectOne((req) => req.url === '/api/v1/pledges');
    expect(request.request.params.get('year')).toBe('2023');
    expect(request.request.params.get('clusterCode')).toBe('TDMNPB');
    request.flush([]);
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    await settle(fixture);
    expect(textOf(page.querySelector('tdkt-state-message'))).toBe('Cụm chưa ghi nhận giao ước thi đua năm 2023.');
  });
});

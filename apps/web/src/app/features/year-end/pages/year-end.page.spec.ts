import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { currentYearInVietnam } from '@tdkt/shared/util-text';
import { textOf } from '../../../../testing/test-i18n';
import { settle } from '../../../../testing/test-providers';
import { YearEndStore } from '../data/year-end.store';
import { CHAIR, CLUSTERS, MEMBERS, PROVINCES, YEAR, answerContext, setUpYearEnd } from '../../../../testing/year-end-fixtures';
import { YearEndPage } from './year-end.page';

describe('YearEndPage', () => {
  let fixture: ComponentFixture<YearEndPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  afterEach(() => http.verify());

  it('names the cluster and its members of the year, with the steps as tabs', async () => {
    http = await setUpYearEnd(CHAIR);
    fixture = TestBed.createComponent(YearEndPage);
    fixture.componentRef.setInput('year', String(YEAR));
    page = fixture.nativeElement;
    await answerContext(http, fixture, CHAIR);
    expect(textOf(page.querySelector('h1'))).toBe('Tổng kết năm 2024');
    expect(textOf(page.querySelector('.tdkt-page-intro'))).toContain(
      'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc — 4 tỉnh, thành phố thành viên năm 2024',
    );
    expect(Array.from(page.querySelectorAll('[data-tab]'), (a) => textOf(a))).toEqual([
      'Bảng điểm',
      'Chấm điểm',
      'Xếp hạng',
      'Bình xét, suy tôn',
    ]);
  });

  it('opens on the latest year that has members when the address names none, and says so when none has', async () => {
    http = await setUpYearEnd(CHAIR);
    TestBed.inject(YearEndStore).requestedYear.set(null);
    fixture = TestBed.createComponent(YearEndPage);
    page = fixture.nativeElement;
    await settle(fixture);
    const current = currentYearInVietnam();
    // This year and the one before have no members yet: the page goes back to the latest year that has.
    for (const year of [current, current - 1]) {
      http.expectOne('/api/v1/clusters').flush(CLUSTERS);
      http.expectOne('/api/v1/provinces').flush(PROVINCES);
      await settle(fixture);
      http.expectOne(`/api/v1/clusters/TDMNPB/members?year=${year}`).flush([]);
      await settle(fixture);
    }
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    http.expectOne('/api/v1/provinces').flush(PROVINCES);
    await settle(fixture);
    http.expectOne(`/api/v1/clusters/TDMNPB/members?year=${current - 2}`).flush(MEMBERS);
    await settle(fixture);
    expect(textOf(page.querySelector('h1'))).toBe(`Tổng kết năm ${current - 2}`);

    fixture.componentRef.setInput('year', '2019');
    await settle(fixture);
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    http.expectOne('/api/v1/provinces').flush(PROVINCES);
    await settle(fixture);
    http.expectOne('/api/v1/clusters/TDMNPB/members?year=2019').flush([]);
    await settle(fixture);
    expect(textOf(page.querySelector('tdkt-state-message'))).toContain('Năm 2019 tỉnh, cụm của bạn chưa có danh sách thành viên');
    expect(page.querySelector('[data-tab]')).toBeNull();
  });
});

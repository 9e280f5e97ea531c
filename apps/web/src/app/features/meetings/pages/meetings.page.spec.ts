import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { SessionUser } from '../../../core/auth/auth.models';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { PROVINCE_OFFICER, resetSession, signIn } from '../../../../testing/test-session';
import { MeetingsStore } from '../data/meetings.store';
import { MeetingsPage } from './meetings.page';

const CHAIR: SessionUser = {
  id: 'u-chair',
  username: 'cumtruong.tdmnpb',
  fullName: 'Hoàng Thị Thu Hà',
  roles: ['CLUSTER_CHAIR'],
  clusterCode: 'TDMNPB',
};

const MEETING = {
  id: 'm1',
  clusterCode: 'TDMNPB',
  year: 2024,
  period: 'H1',
  date: '2024-07-29',
  hostProvinceCode: '17',
  hostProvinceName: 'Hòa Bình',
  place: 'Trung tâm hội nghị APPlaza, tỉnh Hòa Bình',
  chairName: 'Nguyễn Mạnh Tuấn',
  chairTitle: 'Phó Chủ tịch UBND tỉnh Tuyên Quang',
  participants: 'Lãnh đạo UBND các tỉnh',
  notes: null,
  demo: true,
  version: 1,
};

describe('MeetingsPage', () => {
  let fixture: ComponentFixture<MeetingsPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(user: SessionUser): Promise<void> {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [MeetingsPage],
      providers: [
        ...provideAppTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideRouter([]),
        provideTranslocoScope('meetings'),
        MeetingsStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(user);
    fixture = TestBed.createComponent(MeetingsPage);
    page = fixture.nativeElement;
    await settle(fixture);
  }

  afterEach(() => http.verify());

  it("lists the chair's cluster meetings with date, kind, host, place and chair", async () => {
    await open(CHAIR);
    http
      .expectOne('/api/v1/meetings?clusterCode=TDMNPB')
      .flush([MEETING, { ...MEETING, id: 'm2', period: 'FY', date: '2025-01-10', participants: null }]);
    await settle(fixture);
    const rows = Array.from(page.querySelectorAll('tr.mat-mdc-row'), (row) => Array.from(row.children, (c) => textOf(c)));
    expect(rows[0].slice(0, 4)).toEqual([
      '29/07/2024',
      'Sơ kết 6 tháng đầu năm 2024',
      'Hòa Bình đăng cai Trung tâm hội nghị APPlaza, tỉnh Hòa Bình',
      'Nguyễn Mạnh Tuấn Phó Chủ tịch UBND tỉnh Tuyên Quang',
    ]);
    expect(rows[1][1]).toBe('Tổng kết năm 2024');
    expect(rows[1][4]).toBe('Không có');
    expect(page.querySelector('[data-action="new"]')?.getAttribute('href')).toBe('/new');
    // The chair corrects each meeting of their cluster from its row.
    const edits = Array.from(page.querySelectorAll<HTMLAnchorElement>('[data-action="edit"]'));
    expect(edits.map((a) => [textOf(a), a.getAttribute('href'), a.getAttribute('aria-label')])).toEqual([
      ['Sửa', '/meetings/m1/edit', 'Sửa hội nghị ngày 29/07/2024'],
      ['Sửa', '/meetings/m2/edit', 'Sửa hội nghị ngày 10/01/2025'],
    ]);
  });

  it("offers no editing of another cluster's meeting", async () => {
    await open(CHAIR);
    http.expectOne('/api/v1/meetings?clusterCode=TDMNPB').flush([MEETING, { ...MEETING, id: 'm3', clusterCode: 'DBSH' }]);
    await settle(fixture);
    const edits = Array.from(page.querySelectorAll<HTMLAnchorElement>('[data-action="edit"]'), (a) => a.getAttribute('href'));
    expect(edits).toEqual(['/meetings/m1/edit']);
  });

  it('filters by year and says when a year has no meeting', async () => {
    await open(CHAIR);
    http.expectOne('/api/v1/meetings?clusterCode=TDMNPB').flush([MEETING]);
    await settle(fixture);
    TestBed.inject(MeetingsStore).chooseYear(2023);
    await settle(fixture);
    http.expectOne('/api/v1/meetings?clusterCode=TDMNPB&year=2023').flush([]);
    await settle(fixture);
    expect(textOf(page.querySelector('tdkt-state-message'))).toBe('Chưa ghi nhận hội nghị nào của năm 2023.');
  });

  it('offers no recording to province staff', async () => {
    await open(PROVINCE_OFFICER);
    http.expectOne('/api/v1/meetings').flush([MEETING]);
    await settle(fixture);
    expect(page.querySelectorAll('tr.mat-mdc-row')).toHaveLength(1);
    expect(page.querySelector('[data-action="new"]')).toBeNull();
    expect(page.querySelector('[data-action="edit"]')).toBeNull();
    expect(Array.from(page.querySelectorAll('th'), (th) => textOf(th))).not.toContain('Thao tác');
  });
});

import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import type { PeriodStatusView } from '@tdkt/shared/contracts';
import { currentYearInVietnam } from '@tdkt/shared/util-text';
import { SessionUser } from '../../../core/auth/auth.models';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { PROVINCE_OFFICER, resetSession, signIn } from '../../../../testing/test-session';
import { PeriodsStore } from '../data/periods.store';
import { PeriodsPage } from './periods.page';

const YEAR = currentYearInVietnam();
const BASE = `/api/v1/periods/TDMNPB/${YEAR}`;

const CHAIR: SessionUser = {
  id: 'u-chair',
  username: 'cumtruong.tdmnpb',
  fullName: 'Hoàng Thị Thu Hà',
  roles: ['CLUSTER_CHAIR'],
  clusterCode: 'TDMNPB',
};

const CLUSTERS = [
  { id: 'c1', code: 'DBSH', name: 'Cụm thi đua các tỉnh Đồng bằng sông Hồng', description: null, version: 1 },
  { id: 'c2', code: 'TDMNPB', name: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc', description: null, version: 1 },
];

function status(period: 'H1' | 'FY', changes: Partial<PeriodStatusView> = {}): PeriodStatusView {
  return {
    clusterCode: 'TDMNPB',
    year: YEAR,
    period,
    locked: false,
    lockReason: null,
    lockChangedAt: null,
    lockChangedBy: null,
    provinces: [
      {
        provinceCode: '08',
        provinceName: 'Tuyên Quang',
        role: 'CHAIR',
        submitted: false,
        submittedAt: null,
        submittedBy: null,
        note: null,
      },
      {
        provinceCode: '17',
        provinceName: 'Hòa Bình',
        role: 'VICE_CHAIR',
        submitted: true,
        submittedAt: '2024-07-05T02:30:00.000Z',
        submittedBy: 'Bùi Thị Lan',
        note: null,
      },
      { provinceCode: '11', provinceName: 'Điện Biên', role: 'MEMBER', submitted: false, submittedAt: null, submittedBy: null, note: null },
    ],
    ...changes,
  } as PeriodStatusView;
}

describe('PeriodsPage', () => {
  let fixture: ComponentFixture<PeriodsPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const card = (period: 'H1' | 'FY'): HTMLElement => page.querySelectorAll<HTMLElement>('tdkt-period-card')[period === 'H1' ? 0 : 1];
  const dialogButton = (label: string): HTMLButtonElement => {
    const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('mat-dialog-container button'));
    const button = buttons.find((b) => textOf(b) === label);
    if (!button) throw new Error(`No dialog button "${label}" among ${buttons.map((b) => textOf(b)).join(', ')}`);
    return button;
  };

  async function open(user: SessionUser): Promise<void> {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [PeriodsPage],
      providers: [
        ...provideAppTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideRouter([]),
        provideTranslocoScope('periods'),
        PeriodsStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(user);
    fixture = TestBed.createComponent(PeriodsPage);
    page = fixture.nativeElement;
    await settle(fixture);
    // Without a year in the address the page opens on the latest year that has members.
    http.expectOne('/api/v1/clusters/latest-year').flush({ latest: YEAR, years: [YEAR] });
    await settle(fixture);
  }

  async function answerPeriods(h1 = status('H1'), fy = status('FY')): Promise<void> {
    http.expectOne(`${BASE}/H1`).flush(h1);
    http.expectOne(`${BASE}/FY`).flush(fy);
    await settle(fixture);
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  async function openStaff(h1 = status('H1')): Promise<void> {
    await open(PROVINCE_OFFICER);
    // The officer's cluster is found from the memberships of the year.
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    await settle(fixture);
    http.expectOne(`/api/v1/clusters/DBSH/members?year=${YEAR}`).flush([]);
    http
      .expectOne(`/api/v1/clusters/TDMNPB/members?year=${YEAR}`)
      .flush([{ provinceId: 'p08', provinceCode: '08', provinceName: 'Tuyên Quang', role: 'CHAIR', year: YEAR }]);
    await settle(fixture);
    await answerPeriods(h1);
  }

  describe('as province staff', () => {
    beforeEach(() => openStaff());

    it("shows the province's own status per period, without the chair's lock controls", () => {
      expect(textOf(page.querySelector('.cluster'))).toBe('Cụm thi đua các tỉnh Trung du và miền núi phía Bắc');
      expect(textOf(card('H1').querySelector('h2'))).toBe(`Sơ kết 6 tháng đầu năm ${YEAR}`);
      expect(textOf(card('H1').querySelector('[data-state]'))).toBe('Chưa nộp số liệu kỳ này');
      expect(textOf(card('H1').querySelector('h3'))).toBe('Số liệu của Tuyên Quang');
      expect(page.querySelector('[data-action="lock"]')).toBeNull();
      expect(textOf(card('H1').querySelector('[data-action="submit"]'))).toBe('Nộp số liệu kỳ này');
    });

    it('submits only after the confirmation, with the note, and shows the new status', async () => {
      const note = card('H1').querySelector<HTMLTextAreaElement>('[data-field="note"]')!;
      note.value = 'Còn thiếu 2 huyện';
      note.dispatchEvent(new Event('input'));
      card('H1').querySelector<HTMLButtonElement>('[data-action="submit"]')!.click();
      await settle(fixture);

      expect(textOf(document.querySelector('mat-dialog-container h2'))).toBe(`Nộp số liệu kỳ sơ kết 6 tháng đầu năm ${YEAR}?`);
      expect(textOf(document.querySelector('mat-dialog-container .message'))).toContain('Tuyên Quang đã nhập đầy đủ hồ sơ khen thưởng');
      http.expectNone(`${BASE}/H1/submit`);

      dialogButton('Nộp số liệu').click();
      await settle(fixture);
      const req = http.expectOne(`${BASE}/H1/submit`);
      expect(req.request.method).toBe('POST');
      expect(req.request.body).toEqual({ note: 'Còn thiếu 2 huyện' });
      const after = status('H1');
      after.provinces[0] = {
        ...after.provinces[0],
        submitted: true,
        submittedAt: '2024-07-10T03:15:00.000Z',
        submittedBy: 'Ma Văn Dũng',
        note: 'Còn thiếu 2 huyện',
      };
      req.flush(after);
      await settle(fixture);

      expect(textOf(card('H1').querySelector('[data-state]'))).toBe('Đã nộp lúc 10:15, 10/07/2024 (người nộp: Ma Văn Dũng)');
      expect(textOf(card('H1').querySelector('[role="status"]'))).toBe(`Đã nộp số liệu kỳ sơ kết 6 tháng đầu năm ${YEAR}.`);
      expect(textOf(card('H1').querySelector('[data-action="submit"]'))).toBe('Nộp lại số liệu');
    });

    it('sends nothing when the officer cancels', async () => {
      card('FY').querySelector<HTMLButtonElement>('[data-action="submit"]')!.click();
      await settle(fixture);
      dialogButton('Hủy').click();
      await settle(fixture);
      http.expectNone(`${BASE}/FY/submit`);
      expect(card('FY').querySelector('[role="alert"], [role="status"]')).toBeNull();
    });

    it("shows the server's refusal in Vietnamese on the period", async () => {
      card('H1').querySelector<HTMLButtonElement>('[data-action="submit"]')!.click();
      await settle(fixture);
      dialogButton('Nộp số liệu').click();
      await settle(fixture);
      http
        .expectOne(`${BASE}/H1/submit`)
        .flush(
          { statusCode: 403, error: 'Forbidden', code: 'OUT_OF_SCOPE', message: 'Tỉnh của bạn không thuộc Cụm thi đua năm 2024' },
          { status: 403, statusText: 'Forbidden' },
        );
      await settle(fixture);
      expect(textOf(card('H1').querySelector('[role="alert"]'))).toBe(
        'Không thực hiện được: Tỉnh của bạn không thuộc Cụm thi đua năm 2024',
      );
      expect(textOf(card('H1').querySelector('[data-state]'))).toBe('Chưa nộp số liệu kỳ này');
    });
  });

  describe('as province staff, in a locked period', () => {
    beforeEach(() =>
      openStaff(
        status('H1', {
          locked: true,
          lockChangedAt: '2024-07-20T01:00:00.000Z',
          lockChangedBy: 'Hoàng Thị Thu Hà',
          lockReason: 'Chốt số liệu',
        }),
      ),
    );

    it('explains the lock and offers no submission', () => {
      expect(textOf(card('H1').querySelector('.badge'))).toBe('Đã khóa');
      expect(textOf(card('H1').querySelector('[data-state]'))).toContain('Kỳ đã khóa khi tỉnh chưa nộp số liệu');
      expect(card('H1').querySelector('[data-action="submit"]')).toBeNull();
    });
  });

  it('follows the year in the address', async () => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [PeriodsPage],
      providers: [
        ...provideAppTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideRouter([]),
        provideTranslocoScope('periods'),
        PeriodsStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(CHAIR);
    fixture = TestBed.createComponent(PeriodsPage);
    fixture.componentRef.setInput('year', '2024');
    page = fixture.nativeElement;
    await settle(fixture);
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    await settle(fixture);
    http.expectOne('/api/v1/periods/TDMNPB/2024/H1').flush({ ...status('H1'), year: 2024 });
    http.expectOne('/api/v1/periods/TDMNPB/2024/FY').flush({ ...status('FY'), year: 2024 });
    await settle(fixture);
    expect(Array.from(page.querySelectorAll('tdkt-period-card h2'), (h) => textOf(h))).toEqual([
      'Sơ kết 6 tháng đầu năm 2024',
      'Tổng kết năm 2024',
    ]);
  });

  describe('as cluster chair', () => {
    beforeEach(async () => {
      await open(CHAIR);
      http.expectOne('/api/v1/clusters').flush(CLUSTERS);
      await settle(fixture);
      await answerPeriods(
        status('H1'),
        status('FY', {
          locked: true,
          lockChangedAt: '2024-12-31T02:00:00.000Z',
          lockChangedBy: 'Hoàng Thị Thu Hà',
          lockReason: 'Đã tổng kết',
        }),
      );
    });

    it('shows who has submitted and who is missing', () => {
      expect(textOf(card('H1').querySelector('[data-field="submittedCount"]'))).toBe('Đã nộp: 1/3 tỉnh, thành phố');
      expect(textOf(card('H1').querySelector('[data-field="missing"]'))).toBe('Chưa nộp: Tuyên Quang, Điện Biên');
      expect(card('H1').querySelector('[data-action="submit"]')).toBeNull();
      expect(textOf(card('FY').querySelector('.lock-line'))).toBe(
        'Khóa lúc 09:00, 31/12/2024, người khóa: Hoàng Thị Thu Hà. Lý do: Đã tổng kết',
      );
    });

    it('asks for a reason before locking, then locks after the confirmation', async () => {
      const lock = card('H1').querySelector<HTMLButtonElement>('[data-action="lock"]')!;
      lock.click();
      await settle(fixture);
      expect(textOf(card('H1').querySelector('mat-error'))).toBe('Vui lòng nhập lý do khóa kỳ.');
      expect(document.querySelector('mat-dialog-container')).toBeNull();

      const reason = card('H1').querySelector<HTMLTextAreaElement>('[data-field="reason"]')!;
      reason.value = 'Chốt số liệu sơ kết';
      reason.dispatchEvent(new Event('input'));
      lock.click();
      await settle(fixture);
      expect(textOf(document.querySelector('mat-dialog-container .message'))).toContain('Lý do: Chốt số liệu sơ kết');
      http.expectNone(`${BASE}/H1/lock`);
      dialogButton('Khóa kỳ').click();
      await settle(fixture);

      const req = http.expectOne(`${BASE}/H1/lock`);
      expect(req.request.body).toEqual({ reason: 'Chốt số liệu sơ kết' });
      req.flush(
        status('H1', {
          locked: true,
          lockChangedAt: '2024-07-20T01:00:00.000Z',
          lockChangedBy: 'Hoàng Thị Thu Hà',
          lockReason: 'Chốt số liệu sơ kết',
        }),
      );
      await settle(fixture);
      expect(textOf(card('H1').querySelector('.badge'))).toBe('Đã khóa');
      expect(card('H1').querySelector<HTMLTextAreaElement>('[data-field="reason"]')!.value).toBe('');
      expect(textOf(card('H1').querySelector('[data-action="unlock"]'))).toBe('Mở khóa kỳ');
    });

    it('unlocks with a reason, and shows a refusal in Vietnamese', async () => {
      const reason = card('FY').querySelector<HTMLTextAreaElement>('[data-field="reason"]')!;
      reason.value = 'Lào Cai bổ sung quyết định';
      reason.dispatchEvent(new Event('input'));
      card('FY').querySelector<HTMLButtonElement>('[data-action="unlock"]')!.click();
      await settle(fixture);
      dialogButton('Mở khóa').click();
      await settle(fixture);
      const req = http.expectOne(`${BASE}/FY/unlock`);
      expect(req.request.body).toEqual({ reason: 'Lào Cai bổ sung quyết định' });
      req.flush(
        { statusCode: 409, error: 'Conflict', code: 'INVALID_TRANSITION', message: 'Kỳ này đang mở, không cần mở khóa' },
        { status: 409, statusText: 'Conflict' },
      );
      await settle(fixture);
      expect(textOf(card('FY').querySelector('[role="alert"]'))).toBe('Không thực hiện được: Kỳ này đang mở, không cần mở khóa');
      // What the chair typed is kept for another try.
      expect(reason.value).toBe('Lào Cai bổ sung quyết định');
    });
  });

  describe('a year without members', () => {
    const empty = (period: 'H1' | 'FY') => status(period, { provinces: [] });

    it('tells the chair the year has no members and whom to ask, with no lock or submit buttons', async () => {
      await open(CHAIR);
      http.expectOne('/api/v1/clusters').flush(CLUSTERS);
      await settle(fixture);
      await answerPeriods(empty('H1'), empty('FY'));
      const notice = page.querySelector('tdkt-no-membership-notice');
      expect(textOf(notice)).toContain(`Cụm thi đua các tỉnh Trung du và miền núi phía Bắc chưa có danh sách thành viên năm ${YEAR}.`);
      expect(textOf(notice)).toContain('Đề nghị quản trị viên hệ thống tạo danh sách thành viên');
      expect(page.querySelector('tdkt-period-card')).toBeNull();
      expect(page.querySelector('[data-action="lock"]')).toBeNull();
      expect(page.querySelector('[data-action="submit"]')).toBeNull();
      expect(page.querySelector('[data-action="carry-forward"]')).toBeNull();
    });

    it("offers no submit button to an officer whose province is not among the year's members", async () => {
      await open({ ...CHAIR, roles: ['CLUSTER_CHAIR', 'PROVINCE_STAFF'], provinceCode: '25' });
      http.expectOne('/api/v1/clusters').flush(CLUSTERS);
      await settle(fixture);
      await answerPeriods();
      expect(page.querySelectorAll('tdkt-period-card')).toHaveLength(2);
      expect(page.querySelector('[data-action="submit"]')).toBeNull();
      expect(page.querySelector('[data-action="lock"]')).not.toBeNull();
    });
  });
});

import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import type { ReportSummaryView } from '@tdkt/shared/contracts';
import { SessionUser } from '../../../core/auth/auth.models';
import { provideDatepickerI18n } from '../../../core/i18n/translated-datepicker-intl';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { resetSession, signIn } from '../../../../testing/test-session';
import { ReportsListStore } from '../data/reports-list.store';
import { reportFixture } from '../testing/report-fixture';
import { ReportsListPage } from './reports-list.page';

const CHAIR: SessionUser = {
  id: 'u-chair',
  username: 'cumtruong.tdmnpb',
  fullName: 'Hoàng Thị Thu Hà',
  roles: ['CLUSTER_CHAIR'],
  clusterCode: 'TDMNPB',
};
const REVIEWER: SessionUser = { id: 'u-rev', username: 'thamdinh.trunguong', fullName: 'Thẩm định viên', roles: ['COUNCIL_REVIEWER'] };

const summary = (over: Partial<ReportSummaryView>): ReportSummaryView =>
  ({
    id: 'r1',
    clusterCode: 'TDMNPB',
    year: 2024,
    period: 'H1',
    from: '2024-01-01',
    to: '2024-06-30',
    status: 'DRAFT',
    version: 1,
    supersedesId: null,
    finalizedAt: null,
    updatedAt: '2024-07-20T02:00:00.000Z',
    ...over,
  }) as ReportSummaryView;

const REPORTS = [
  summary({ id: 'old', status: 'FINAL' as never, finalizedAt: '2024-07-25T02:00:00.000Z', updatedAt: '2024-07-25T02:00:00.000Z' }),
  summary({ id: 'new', supersedesId: 'old', updatedAt: '2024-08-01T02:00:00.000Z' }),
  summary({ id: 'fy23', year: 2023, period: 'FY' as never, from: '2023-01-01', to: '2023-12-31', status: 'FINAL' as never }),
];

describe('ReportsListPage', () => {
  let fixture: ComponentFixture<ReportsListPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function start(user: SessionUser): Promise<void> {
    await signIn(user);
    fixture = TestBed.createComponent(ReportsListPage);
    page = fixture.nativeElement;
    await settle(fixture);
  }

  const rows = () => Array.from(page.querySelectorAll('tr.mat-mdc-row'), (row) => Array.from(row.children, (c) => textOf(c)).join(' | '));

  beforeEach(() => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [ReportsListPage],
      providers: [
        ...provideAppTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideRouter([]),
        provideTranslocoScope('reports'),
        provideDatepickerI18n(),
        ReportsListStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it("lists the chair's cluster reports with their status, the replaced final one marked", async () => {
    await start(CHAIR);
    const req = http.expectOne((r) => r.url === '/api/v1/reports');
    expect(req.request.params.get('clusterCode')).toBe('TDMNPB');
    expect(req.request.params.has('year')).toBe(false);
    req.flush(REPORTS);
    await settle(fixture);

    expect(rows()).toEqual([
      'Báo cáo sơ kết 6 tháng đầu năm 2024 | 01/01/2024 – 30/06/2024 | Dự thảo | 01/08/2024 09:00',
      'Báo cáo sơ kết 6 tháng đầu năm 2024 | 01/01/2024 – 30/06/2024 | Đã có bản thay thế | 25/07/2024 09:00',
      'Báo cáo tổng kết năm 2023 | 01/01/2023 – 31/12/2023 | Đã hoàn thành | 20/07/2024 09:00',
    ]);
    expect(page.querySelector('a.report-link')?.getAttribute('href')).toBe('/reports/new');
  });

  it('filters by the year in the address', async () => {
    await start(CHAIR);
    http.expectOne((r) => r.url === '/api/v1/reports').flush([]);
    fixture.componentRef.setInput('year', '2019');
    await settle(fixture);
    http.expectOne('/api/v1/reports?clusterCode=TDMNPB&year=2019').flush([]);
    await settle(fixture);
    expect(textOf(page.querySelector('tdkt-state-message'))).toBe(
      'Chưa có báo cáo nào của năm 2019. Bấm «Tạo báo cáo» để lập báo cáo đầu tiên.',
    );
  });

  it('creates a report from the chosen year and period and opens it', async () => {
    await start(CHAIR);
    http.expectOne((r) => r.url === '/api/v1/reports').flush([]);
    await settle(fixture);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    page.querySelector<HTMLButtonElement>('button.create-open')!.click();
    await settle(fixture);
    page.querySelector<HTMLElement>('[data-field="year"]')!.click();
    await settle(fixture);
    Array.from(document.querySelectorAll<HTMLElement>('mat-option'))
      .find((o) => textOf(o) === '2024')!
      .click();
    await settle(fixture);
    page.querySelector<HTMLElement>('[data-field="period"]')!.click();
    await settle(fixture);
    Array.from(document.querySelectorAll<HTMLElement>('mat-option'))
      .find((o) => textOf(o).startsWith('Sơ kết 6 tháng'))!
      .click();
    await settle(fixture);
    page.querySelector<HTMLButtonElement>('.create button[type="submit"]')!.click();
    await settle(fixture);

    const req = http.expectOne({ method: 'POST', url: '/api/v1/reports' });
    expect(req.request.body).toEqual({ clusterCode: 'TDMNPB', year: 2024, period: 'H1' });
    req.flush(reportFixture());
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/reports', reportFixture().id]);
  });

  it("shows the server's refusal and keeps the form as typed", async () => {
    await start(CHAIR);
    http.expectOne((r) => r.url === '/api/v1/reports').flush([]);
    await settle(fixture);
    page.querySelector<HTMLButtonElement>('button.create-open')!.click();
    await settle(fixture);
    page.querySelector<HTMLButtonElement>('.create button[type="submit"]')!.click();
    await settle(fixture);

    const req = http.expectOne({ method: 'POST', url: '/api/v1/reports' });
    req.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        code: 'DUPLICATE',
        message: 'Đã có dự thảo báo cáo 6 tháng đầu năm 2024 của cụm; hãy sửa hoặc tính lại dự thảo đó',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    expect(textOf(page.querySelector('.create [role="alert"]'))).toContain('Đã có dự thảo báo cáo 6 tháng đầu năm 2024 của cụm');
    expect(page.querySelector('.create form')).not.toBeNull();
  });

  it('lets the council read every cluster without creating', async () => {
    await start(REVIEWER);
    const req = http.expectOne('/api/v1/reports');
    expect(req.request.params.keys()).toEqual([]);
    req.flush([summary({ id: 'x', clusterCode: 'DBSH' })]);
    await settle(fixture);
    expect(page.querySelector('button.create-open')).toBeNull();
    expect(rows()[0]).toContain('DBSH | Báo cáo sơ kết 6 tháng đầu năm 2024');
    expect(textOf(page.querySelector('.tdkt-page-intro'))).toContain('không sửa được nội dung');
  });

  it('says a year without members has no report yet, and whom to ask, when the server refuses with NO_MEMBERSHIP', async () => {
    await start(CHAIR);
    http.expectOne((r) => r.url === '/api/v1/reports').flush([]);
    await settle(fixture);
    page.querySelector<HTMLButtonElement>('button.create-open')!.click();
    await settle(fixture);
    page.querySelector<HTMLButtonElement>('.create button[type="submit"]')!.click();
    await settle(fixture);
    const req = http.expectOne({ method: 'POST', url: '/api/v1/reports' });
    const year = req.request.body.year as number;
    req.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        code: 'NO_MEMBERSHIP',
        message: `Cụm chưa có danh sách thành viên năm ${year}, nên chưa lập được báo cáo`,
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    expect(textOf(page.querySelector('.create [role="alert"]'))).toContain(`chưa có danh sách thành viên năm ${year}`);
    const notice = page.querySelector('.create tdkt-no-membership-notice');
    expect(textOf(notice)).toContain(`Đề nghị quản trị viên hệ thống tạo danh sách thành viên năm ${year}`);
    expect(notice!.querySelector('[data-action="carry-forward"]')).toBeNull();
  });
});

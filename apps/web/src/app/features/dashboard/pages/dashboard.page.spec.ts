import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import type { ClusterFiguresView, PeriodStatusView } from '@tdkt/shared/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { SessionUser } from '../../../core/auth/auth.models';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { resetSession, signIn } from '../../../../testing/test-session';
import { CommendationChart } from '../components/commendation-chart.component';
import { DashboardStore } from '../data/dashboard.store';
import { DashboardPage } from './dashboard.page';

/** jsdom cannot lay out a chart: the page's option is checked instead. */
@Component({ changeDetection: ChangeDetectionStrategy.OnPush, selector: 'tdkt-commendation-chart', template: '' })
class FakeChart {
  readonly options = input.required<EChartsCoreOption>();
  readonly bars = input.required<number>();
  readonly label = input.required<string>();
}

const CHAIR: SessionUser = {
  id: 'u-chair',
  username: 'cumtruong.tdmnpb',
  fullName: 'Hoàng Thị Thu Hà',
  roles: ['CLUSTER_CHAIR'],
  clusterCode: 'TDMNPB',
};
const REVIEWER: SessionUser = { id: 'u-rev', username: 'thamdinh.trunguong', fullName: 'Phan Văn Hùng', roles: ['COUNCIL_REVIEWER'] };

const CLUSTERS = [
  { id: 'c1', code: 'DBSH', name: 'Cụm thi đua các tỉnh Đồng bằng sông Hồng', description: null, version: 1 },
  { id: 'c2', code: 'TDMNPB', name: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc', description: null, version: 1 },
];

function status(period: 'H1' | 'FY', submitted: Record<string, boolean>, locked = false): PeriodStatusView {
  const names: [string, string, string][] = [
    ['08', 'Tuyên Quang', 'CHAIR'],
    ['17', 'Hòa Bình', 'VICE_CHAIR'],
    ['11', 'Điện Biên', 'MEMBER'],
  ];
  return {
    clusterCode: 'TDMNPB',
    year: 2024,
    period,
    locked,
    lockReason: locked ? 'Chốt số liệu' : null,
    lockChangedAt: locked ? '2024-07-20T01:00:00.000Z' : null,
    lockChangedBy: locked ? 'Hoàng Thị Thu Hà' : null,
    provinces: names.map(([code, name, role]) => ({
      provinceCode: code,
      provinceName: name,
      role,
      submitted: submitted[code] ?? false,
      submittedAt: submitted[code] ? '2024-07-05T02:30:00.000Z' : null,
      submittedBy: submitted[code] ? 'Bùi Thị Lan' : null,
      note: null,
    })),
  } as PeriodStatusView;
}

const PLEDGE = {
  id: 'pl1',
  clusterCode: 'TDMNPB',
  year: 2024,
  signedOn: '2024-03-15',
  place: 'Tuyên Quang',
  demo: true,
  version: 1,
  criteria: [
    { code: 'TC01', name: 'Ban hành kế hoạch', unit: null, targetKind: 'YES_NO', maxScore: 10 },
    { code: 'TC02', name: 'Tỷ lệ hồ sơ đúng hạn', unit: '%', targetKind: 'PERCENTAGE', maxScore: 15 },
  ],
};

/** The report figures the API computes for a period; only what the dashboard reads is filled in. */
function figures(period: 'H1' | 'FY', counts: Record<string, [number, number]>, byLevel: Record<string, number> = {}): ClusterFiguresView {
  const names: [string, string, string][] = [
    ['08', 'Tuyên Quang', 'CHAIR'],
    ['11', 'Điện Biên', 'MEMBER'],
    ['17', 'Hòa Bình', 'VICE_CHAIR'],
  ];
  const total = Object.values(counts).reduce((s, [n]) => s + n, 0);
  const previous = Object.values(counts).reduce((s, [, n]) => s + n, 0);
  return {
    clusterCode: 'TDMNPB',
    clusterName: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc',
    year: 2024,
    period,
    from: '2024-01-01',
    to: period === 'H1' ? '2024-06-30' : '2024-12-31',
    statistics: {
      cluster: {
        commendations: { total, byLevel: { STATE: 0, GOVERNMENT: 0, PROVINCE: 0, GRASSROOTS: 0, ...byLevel } },
        previous: { commendations: { total: previous } },
        change: { delta: total - previous, ratio: previous ? (total - previous) / previous : null },
      },
      provinces: names.map(([code, name, role]) => ({
        provinceCode: code,
        provinceName: name,
        role,
        commendations: { total: counts[code]?.[0] ?? 0 },
        previous: { commendations: { total: counts[code]?.[1] ?? 0 } },
      })),
      awardTypes: [],
      previousRange: { from: '2023-01-01', to: period === 'H1' ? '2023-06-30' : '2023-12-31' },
    },
  } as unknown as ClusterFiguresView;
}

const FIGURES_URL = '/api/v1/clusters/TDMNPB/years/2024/figures';

describe('DashboardPage', () => {
  let fixture: ComponentFixture<DashboardPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(user: SessionUser, query: { cluster?: string; year?: string } = { year: '2024' }): Promise<void> {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [DashboardPage],
      providers: [
        ...provideAppTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideRouter([]),
        provideTranslocoScope('dashboard'),
        DashboardStore,
      ],
    });
    TestBed.overrideComponent(DashboardPage, { remove: { imports: [CommendationChart] }, add: { imports: [FakeChart] } });
    http = TestBed.inject(HttpTestingController);
    await signIn(user);
    fixture = TestBed.createComponent(DashboardPage);
    if (query.cluster) fixture.componentRef.setInput('cluster', query.cluster);
    if (query.year) fixture.componentRef.setInput('year', query.year);
    page = fixture.nativeElement;
    await settle(fixture);
  }

  const figuresRequest = (period: 'H1' | 'FY'): TestRequest => http.expectOne(`${FIGURES_URL}?period=${period}`);

  async function answerAll(): Promise<void> {
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    http.expectOne('/api/v1/periods/TDMNPB/2024/H1').flush(status('H1', { '08': true, '17': true }, true));
    http.expectOne('/api/v1/periods/TDMNPB/2024/FY').flush(status('FY', { '17': true }));
    http.expectOne('/api/v1/pledges?clusterCode=TDMNPB&year=2024').flush([PLEDGE]);
    await settle(fixture);
    http.expectOne('/api/v1/pledges/pl1/results').flush([
      { provinceCode: '08', provinceName: 'Tuyên Quang', criterionCode: 'TC01', period: 'H1', targetValue: 1, actualValue: 1, note: null },
      {
        provinceCode: '08',
        provinceName: 'Tuyên Quang',
        criterionCode: 'TC02',
        period: 'H1',
        targetValue: 100,
        actualValue: 94.6,
        note: null,
      },
    ]);
    figuresRequest('H1').flush(figures('H1', { '08': [12, 9], '17': [30, 45], '11': [0, 0] }));
    await settle(fixture);
  }

  afterEach(() => http.verify());

  it("renders the chair's cluster: who has submitted each period, and which periods are locked", async () => {
    await open(CHAIR);
    await answerAll();

    expect(textOf(page.querySelector('h2'))).toBe('Cụm thi đua các tỉnh Trung du và miền núi phía Bắc — năm 2024');
    const summary = Array.from(page.querySelectorAll('.period-summary li'), (li) => textOf(li));
    expect(summary).toEqual([
      'Sơ kết 6 tháng đầu năm 2024: 2/3 tỉnh, thành phố đã nộp Đã khóa ngày 20/07/2024',
      'Tổng kết năm 2024: 1/3 tỉnh, thành phố đã nộp Đang mở',
    ]);
    const rows = Array.from(page.querySelectorAll('tdkt-submission-table tr.mat-mdc-row'), (row) =>
      Array.from(row.children, (c) => textOf(c)),
    );
    expect(rows).toEqual([
      ['Tuyên Quang Cụm trưởng', 'Đã nộp lúc 09:30, 05/07/2024 — Bùi Thị Lan', 'Chưa nộp'],
      ['Hòa Bình Cụm phó', 'Đã nộp lúc 09:30, 05/07/2024 — Bùi Thị Lan', 'Đã nộp lúc 09:30, 05/07/2024 — Bùi Thị Lan'],
      ['Điện Biên', 'Chưa nộp', 'Chưa nộp'],
    ]);
    expect(page.querySelector('select, [data-field="cluster"]')).toBeNull();
  });

  it("asks the server once for the period's figures and charts each province against last year's same period", async () => {
    await open(CHAIR);
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    http.expectOne('/api/v1/periods/TDMNPB/2024/H1').flush(status('H1', {}));
    http.expectOne('/api/v1/periods/TDMNPB/2024/FY').flush(status('FY', {}));
    http.expectOne('/api/v1/pledges?clusterCode=TDMNPB&year=2024').flush([]);
    const req = figuresRequest('H1');
    expect(req.request.method).toBe('GET');
    expect(req.request.params.keys()).toEqual(['period']);
    // One request for every province: nothing is counted page by page any more.
    http.expectNone((r) => r.url === '/api/v1/commendations');
    req.flush(figures('H1', { '08': [12, 9], '17': [30, 45], '11': [0, 0] }, { STATE: 2, PROVINCE: 10, GRASSROOTS: 30 }));
    await settle(fixture);

    expect(textOf(page.querySelector('[data-field="commendationTotal"]'))).toBe('Tổng cộng: 42 khen thưởng');
    expect(textOf(page.querySelector('[data-field="commendationChange"]'))).toBe('Cùng kỳ năm 2023: 54 khen thưởng; giảm 12 (22,2%)');
    const chart = fixture.debugElement.query((d) => d.componentInstance instanceof FakeChart).componentInstance as FakeChart;
    const option = chart.options() as { yAxis: { data: string[] }; series: { name: string; data: number[] }[] };
    expect(option.yAxis.data).toEqual(['Điện Biên', 'Tuyên Quang', 'Hòa Bình']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['Cùng kỳ năm 2023', [0, 9, 45]],
      ['Năm 2024', [0, 12, 30]],
    ]);
    expect(chart.bars()).toBe(3);
    expect(chart.label()).toBe(
      'Biểu đồ cột số khen thưởng đã quyết định của từng tỉnh năm 2024 và cùng kỳ năm 2023; số liệu chi tiết ở bảng bên dưới',
    );
    const rowsOf = (table: string) =>
      Array.from(page.querySelectorAll(`table[data-table="${table}"] tr`), (tr) => Array.from(tr.children, (c) => textOf(c)));
    expect(rowsOf('provinces')).toEqual([
      ['Tỉnh, thành phố', 'Năm 2024', 'Cùng kỳ năm 2023'],
      ['Tuyên Quang', '12', '9'],
      ['Điện Biên', '0', '0'],
      ['Hòa Bình', '30', '45'],
    ]);
    expect(rowsOf('levels')).toEqual([
      ['Cấp khen thưởng', 'Số khen thưởng', 'Tỷ lệ'],
      ['Khen thưởng cấp Nhà nước', '2', '4,8%'],
      ['Khen thưởng của Chính phủ, Thủ tướng Chính phủ', '0', '0%'],
      ['Khen thưởng cấp tỉnh', '10', '23,8%'],
      ['Khen thưởng cấp cơ sở', '30', '71,4%'],
    ]);
    expect(textOf(page.querySelector('#pledge-heading + tdkt-state-message'))).toBe('Cụm chưa ghi nhận giao ước thi đua năm 2024.');

    // The whole year is asked for again on request, still in one call.
    page.querySelector<HTMLElement>('mat-button-toggle[data-period="FY"] button')!.click();
    await settle(fixture);
    figuresRequest('FY').flush(figures('FY', { '08': [1, 0], '17': [1, 0], '11': [1, 0] }));
    await settle(fixture);
    expect(textOf(page.querySelector('[data-field="commendationTotal"]'))).toBe('Tổng cộng: 3 khen thưởng');
    // Without awards last year there is no rate to give.
    expect(textOf(page.querySelector('[data-field="commendationChange"]'))).toBe('Cùng kỳ năm 2023: 0 khen thưởng; tăng 3');
  });

  it('says when the figures equal last year and shows a failure of the figures with the server message', async () => {
    await open(CHAIR);
    await answerAll();
    page.querySelector<HTMLElement>('mat-button-toggle[data-period="FY"] button')!.click();
    await settle(fixture);
    figuresRequest('FY').flush(figures('FY', { '08': [5, 5] }));
    await settle(fixture);
    expect(textOf(page.querySelector('[data-field="commendationChange"]'))).toBe('Cùng kỳ năm 2023: 5 khen thưởng; không thay đổi');

    fixture.componentRef.setInput('year', '2023');
    await settle(fixture);
    http.expectOne('/api/v1/periods/TDMNPB/2023/H1').flush(status('H1', {}));
    http.expectOne('/api/v1/periods/TDMNPB/2023/FY').flush(status('FY', {}));
    http.expectOne('/api/v1/pledges?clusterCode=TDMNPB&year=2023').flush([]);
    http
      .expectOne('/api/v1/clusters/TDMNPB/years/2023/figures?period=FY')
      .flush(
        { statusCode: 403, error: 'Forbidden', message: 'Chỉ cụm trưởng của cụm thi đua này và Hội đồng xem số liệu tổng hợp của cụm' },
        { status: 403, statusText: 'Forbidden' },
      );
    await settle(fixture);
    expect(textOf(page.querySelector('#commendations-heading'))).toBe('Khen thưởng đã quyết định');
    expect(textOf(page.querySelector('.panel:nth-of-type(2) tdkt-api-error-message'))).toContain('xem số liệu tổng hợp của cụm');
    expect(page.querySelector('[data-field="commendationTotal"]')).toBeNull();
  });

  it('shows the share of pledge criteria met per province', async () => {
    await open(CHAIR);
    await answerAll();
    const rows = Array.from(page.querySelectorAll('tdkt-pledge-table tr.mat-mdc-row'), (row) => Array.from(row.children, (c) => textOf(c)));
    expect(rows[0]).toEqual(['Tuyên Quang', 'Đạt 1/2 tiêu chí (50%)', 'Chưa nhập kết quả']);
    expect(rows[1]).toEqual(['Hòa Bình', 'Chưa nhập kết quả', 'Chưa nhập kết quả']);
  });

  it('lets a council reviewer choose the cluster, and asks for one first', async () => {
    await open(REVIEWER);
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    await settle(fixture);
    expect(textOf(page.querySelector('tdkt-state-message'))).toBe('Chọn một cụm thi đua để xem tình hình của cụm.');
    expect(page.querySelector('[data-field="cluster"]')).not.toBeNull();

    fixture.componentRef.setInput('cluster', 'TDMNPB');
    await settle(fixture);
    http.expectOne('/api/v1/periods/TDMNPB/2024/H1').flush(status('H1', {}));
    http.expectOne('/api/v1/periods/TDMNPB/2024/FY').flush(status('FY', {}));
    http.expectOne('/api/v1/pledges?clusterCode=TDMNPB&year=2024').flush([]);
    figuresRequest('H1').flush(figures('H1', {}));
    await settle(fixture);
    expect(page.querySelectorAll('tdkt-submission-table tr.mat-mdc-row')).toHaveLength(3);
  });

  it('shows a load failure with the server message', async () => {
    await open(CHAIR);
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    http.expectOne('/api/v1/periods/TDMNPB/2024/FY').flush(status('FY', {}));
    http
      .expectOne('/api/v1/periods/TDMNPB/2024/H1')
      .flush(
        { statusCode: 403, error: 'Forbidden', message: 'Bạn không theo dõi kỳ báo cáo của cụm thi đua này' },
        { status: 403, statusText: 'Forbidden' },
      );
    http.expectOne('/api/v1/pledges?clusterCode=TDMNPB&year=2024').flush([]);
    figuresRequest('H1').flush(figures('H1', {}));
    await settle(fixture);
    expect(textOf(page.querySelector('#submissions-heading + tdkt-api-error-message'))).toContain(
      'Bạn không theo dõi kỳ báo cáo của cụm thi đua này',
    );
  });

  describe('the years after 2024', () => {
    const ADMIN: SessionUser = { id: 'u-admin', username: 'admin', fullName: 'Quản trị hệ thống', roles: ['ADMIN'] };
    const noMembers = (period: 'H1' | 'FY') => ({ ...status(period, {}), year: 2026, provinces: [] });

    it('opens on the latest year that has members when the address names none', async () => {
      await open(CHAIR, {});
      http.expectOne('/api/v1/clusters/latest-year').flush({ latest: 2024, years: [2024, 2023] });
      await settle(fixture);
      await answerAll();
      expect(textOf(page.querySelector('h2'))).toBe('Cụm thi đua các tỉnh Trung du và miền núi phía Bắc — năm 2024');
    });

    it('says a year has no members and offers the carry-forward to an administrator, instead of zeros', async () => {
      await open(ADMIN, { cluster: 'TDMNPB', year: '2026' });
      http.expectOne('/api/v1/clusters').flush(CLUSTERS);
      http.expectOne('/api/v1/periods/TDMNPB/2026/H1').flush(noMembers('H1'));
      http.expectOne('/api/v1/periods/TDMNPB/2026/FY').flush(noMembers('FY'));
      http.expectOne('/api/v1/pledges?clusterCode=TDMNPB&year=2026').flush([]);
      http.expectOne('/api/v1/clusters/TDMNPB/years/2026/figures?period=H1').flush({
        ...figures('H1', {}),
        year: 2026,
        statistics: { ...figures('H1', {}).statistics, provinces: [] },
      });
      await settle(fixture);
      const notice = page.querySelector('#submissions-heading ~ tdkt-no-membership-notice');
      expect(textOf(notice)).toContain('Cụm thi đua các tỉnh Trung du và miền núi phía Bắc chưa có danh sách thành viên năm 2026.');
      const offer = notice!.querySelector<HTMLAnchorElement>('[data-action="carry-forward"]');
      expect(textOf(offer)).toBe('Tạo thành viên năm 2026');
      expect(offer!.getAttribute('href')).toBe('/clusters/TDMNPB/carry-forward/2026');
      expect(page.querySelector('tdkt-submission-table')).toBeNull();
    });

    it('leaves the comparison out when the previous year is not on record', async () => {
      await open(CHAIR);
      http.expectOne('/api/v1/clusters').flush(CLUSTERS);
      http.expectOne('/api/v1/periods/TDMNPB/2024/H1').flush(status('H1', {}));
      http.expectOne('/api/v1/periods/TDMNPB/2024/FY').flush(status('FY', {}));
      http.expectOne('/api/v1/pledges?clusterCode=TDMNPB&year=2024').flush([]);
      const unknown = figures('H1', { '08': [3, 0] });
      unknown.statistics.cluster.previous.known = false;
      figuresRequest('H1').flush(unknown);
      await settle(fixture);
      expect(textOf(page.querySelector('[data-field="commendationChange"]'))).toBe(
        'Năm 2023 chưa có số liệu để so sánh (cụm chưa có thành viên và chưa có quyết định khen thưởng nào của các tỉnh trong năm đó).',
      );
    });
  });
});

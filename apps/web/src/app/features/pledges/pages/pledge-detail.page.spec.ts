import { HttpTestingController } from '@angular/common/http/testing';
import axe from 'axe-core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import type { PledgeResultView, PledgeView } from '@tdkt/shared/contracts';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { PROVINCE_OFFICER, resetSession, signIn } from '../../../../testing/test-session';
import { SessionUser } from '../../../core/auth/auth.models';
import { PledgeDetailStore } from '../data/pledge-detail.store';
import { PledgeDetailPage } from './pledge-detail.page';

const PLEDGE: PledgeView = {
  id: 'p-2024',
  clusterCode: 'TDMNPB',
  year: 2024,
  signedOn: '2024-03-15',
  place: 'Thành phố Tuyên Quang',
  demo: true,
  version: 1,
  criteria: [
    {
      code: 'TC01',
      name: 'Ban hành kế hoạch triển khai phong trào',
      unit: null,
      targetKind: 'YES_NO' as PledgeView['criteria'][0]['targetKind'],
      maxScore: 10,
    },
    {
      code: 'TC02',
      name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
      unit: '%',
      targetKind: 'PERCENTAGE' as PledgeView['criteria'][0]['targetKind'],
      maxScore: 15,
    },
    {
      code: 'TC04',
      name: 'Số nhà tạm được xóa',
      unit: 'căn',
      targetKind: 'NUMBER' as PledgeView['criteria'][0]['targetKind'],
      maxScore: 15,
    },
  ],
};

type Row = Omit<PledgeResultView, 'period'> & { period: string };
const result = (
  provinceCode: string,
  provinceName: string,
  criterionCode: string,
  period: string,
  targetValue: number | null,
  actualValue: number | null,
  note: string | null = null,
): Row => ({
  provinceCode,
  provinceName,
  criterionCode,
  period,
  targetValue,
  actualValue,
  note,
});

const RESULTS = [
  result('08', 'Tuyên Quang', 'TC01', 'H1', 1, 1),
  result('08', 'Tuyên Quang', 'TC01', 'FY', 1, null),
  result('08', 'Tuyên Quang', 'TC02', 'H1', 100, 94.6, 'Một số hồ sơ phải bổ sung'),
  result('08', 'Tuyên Quang', 'TC02', 'FY', 100, null),
  result('08', 'Tuyên Quang', 'TC04', 'H1', 829, null),
  result('02', 'Hà Giang', 'TC04', 'H1', 500, 620),
];

const MEMBERS = [
  { provinceId: 'a', provinceCode: '02', provinceName: 'Hà Giang', role: 'MEMBER', year: 2024 },
  { provinceId: 'b', provinceCode: '08', provinceName: 'Tuyên Quang', role: 'CHAIR', year: 2024 },
];

const CLUSTERS = [{ id: 'c', code: 'TDMNPB', name: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc', description: null, version: 1 }];

const CHAIR: SessionUser = {
  id: 'u-chair',
  username: 'cumtruong.tdmnpb',
  fullName: 'Hoàng Thị Thu Hà',
  roles: ['CLUSTER_CHAIR'],
  provinceCode: '08',
  clusterCode: 'TDMNPB',
};

describe('PledgeDetailPage', () => {
  let fixture: ComponentFixture<PledgeDetailPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(user: SessionUser): Promise<void> {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [PledgeDetailPage],
      providers: [...provideAppTesting(), provideTranslocoScope('pledges'), provideRouter([]), PledgeDetailStore],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(user);
    fixture = TestBed.createComponent(PledgeDetailPage);
    fixture.componentRef.setInput('id', 'p-2024');
    page = fixture.nativeElement;
    await settle(fixture);
    http.expectOne('/api/v1/pledges/p-2024').flush(PLEDGE);
    await settle(fixture);
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    http.expectOne('/api/v1/clusters/TDMNPB/members?year=2024').flush(MEMBERS);
    http.expectOne('/api/v1/pledges/p-2024/results').flush(RESULTS);
    await settle(fixture);
  }

  const cell = (code: string, period: string): HTMLElement => page.querySelector(`.own [data-cell="${code}|${period}"]`) as HTMLElement;
  const actualInput = (code: string, period: string): HTMLInputElement =>
    cell(code, period).querySelector('[data-field="actual"]') as HTMLInputElement;

  function type(input: HTMLInputElement, value: string): void {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  afterEach(() => http.verify());

  it("renders each criterion's targets and the officer's recorded values, with met / not met", async () => {
    await open(PROVINCE_OFFICER);

    expect(textOf(page.querySelector('h1'))).toBe('Giao ước thi đua năm 2024');
    expect(textOf(page.querySelector('.own h2'))).toBe('Kết quả thực hiện của Tuyên Quang');
    expect(Array.from(page.querySelectorAll('.own tbody th'), (th) => textOf(th.querySelector('.code')))).toEqual(['TC01', 'TC02', 'TC04']);
    expect(textOf(cell('TC02', 'H1').querySelector('.target'))).toBe('Chỉ tiêu: 100 %');
    expect(textOf(cell('TC04', 'H1').querySelector('.target'))).toBe('Chỉ tiêu: 829 căn');
    expect(actualInput('TC02', 'H1').value).toBe('94,6');
    expect(textOf(cell('TC02', 'H1').querySelector('[data-field="status"]'))).toBe('Chưa đạt (94,6 %)');
    expect(textOf(cell('TC01', 'H1').querySelector('[data-field="status"]'))).toBe('Đạt');
    // No target recorded yet for TC04 in the whole year: the officer can enter it.
    expect(cell('TC04', 'FY').querySelector('[data-field="target"]')).not.toBeNull();
    // Another province's results are not in the officer's grid.
    expect(page.querySelector('tdkt-pledge-summary')).toBeNull();
  });

  it("sends the province's targets and actual values, keeping recorded notes", async () => {
    await open(PROVINCE_OFFICER);
    type(actualInput('TC02', 'FY'), '98,9');
    type(actualInput('TC04', 'H1'), '1.039');
    await settle(fixture);
    expect(textOf(cell('TC04', 'H1').querySelector('[data-field="status"]'))).toBe('Đạt (125,3 %)');

    (page.querySelector('[data-action="save"]') as HTMLButtonElement).click();
    await settle(fixture);
    const put = http.expectOne((req) => req.method === 'PUT' && req.url === '/api/v1/pledges/p-2024/results');
    expect(put.request.body).toEqual([
      { provinceCode: '08', criterionCode: 'TC01', period: 'H1', targetValue: 1, actualValue: 1, note: null },
      { provinceCode: '08', criterionCode: 'TC01', period: 'FY', targetValue: 1, actualValue: null, note: null },
      { provinceCode: '08', criterionCode: 'TC02', period: 'H1', targetValue: 100, actualValue: 94.6, note: 'Một số hồ sơ phải bổ sung' },
      { provinceCode: '08', criterionCode: 'TC02', period: 'FY', targetValue: 100, actualValue: 98.9, note: null },
      { provinceCode: '08', criterionCode: 'TC04', period: 'H1', targetValue: 829, actualValue: 1039, note: null },
    ]);
    put.flush([...RESULTS.filter((r) => r.provinceCode !== '08'), result('08', 'Tuyên Quang', 'TC04', 'H1', 829, 1039)]);
    await settle(fixture);
    expect(textOf(page.querySelector('.saved'))).toBe('Đã lưu kết quả giao ước.');
  });

  it('puts a server field error on the right cell and keeps what was typed', async () => {
    await open(PROVINCE_OFFICER);
    type(actualInput('TC02', 'FY'), '98,9');
    (page.querySelector('[data-action="save"]') as HTMLButtonElement).click();
    await settle(fixture);
    // Body index 3 is TC02 / whole year.
    http
      .expectOne((req) => req.method === 'PUT')
      .flush(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: ['3.actualValue: actualValue không được lớn hơn 100'],
          errors: [{ field: '3.actualValue', code: 'max', message: '3.actualValue: actualValue không được lớn hơn 100' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(fixture);

    expect(textOf(cell('TC02', 'FY').querySelector('mat-error'))).toBe('actualValue không được lớn hơn 100');
    expect(cell('TC02', 'H1').querySelector('mat-error')).toBeNull();
    expect(actualInput('TC02', 'FY').value).toBe('98,9');
    expect(textOf(page.querySelector('tdkt-refusal-banner'))).toContain('Hãy sửa các ô được đánh dấu đỏ rồi lưu lại.');
  });

  it('checks each cell before sending and shows a locked period in a banner', async () => {
    await open(PROVINCE_OFFICER);
    type(actualInput('TC02', 'FY'), '120');
    type(actualInput('TC04', 'H1'), 'mười');
    (page.querySelector('[data-action="save"]') as HTMLButtonElement).click();
    await settle(fixture);
    http.expectNone((req) => req.method === 'PUT');
    expect(textOf(cell('TC02', 'FY').querySelector('mat-error'))).toBe('Tỷ lệ phải từ 0 đến 100');
    expect(textOf(cell('TC04', 'H1').querySelector('mat-error'))).toBe('Nhập một số, ví dụ 94,6');
    expect(textOf(page.querySelector('.problem'))).toBe('Chưa lưu: có 2 ô nhập chưa đúng, hãy sửa các ô được đánh dấu đỏ.');

    type(actualInput('TC02', 'FY'), '99');
    type(actualInput('TC04', 'H1'), '900');
    (page.querySelector('[data-action="save"]') as HTMLButtonElement).click();
    await settle(fixture);
    const message = 'Kỳ 6 tháng đầu năm 2024 của Cụm thi đua đã khóa (Đã họp sơ kết); không thể thay đổi hồ sơ của kỳ này.';
    http
      .expectOne((req) => req.method === 'PUT')
      .flush({ statusCode: 409, error: 'Conflict', code: 'PERIOD_LOCKED', message }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    const banner = textOf(page.querySelector('tdkt-refusal-banner'));
    expect(banner).toContain('Kỳ báo cáo đã khóa – chưa lưu được');
    expect(banner).toContain(message);
    expect(actualInput('TC04', 'H1').value).toBe('900');
  });

  it('has no serious accessibility problems in the entry grid and the chair view', async () => {
    await open(CHAIR);
    const result = await axe.run(page, { runOnly: ['wcag2a', 'wcag2aa'], rules: { 'color-contrast': { enabled: false } } });
    expect(result.passes.length).toBeGreaterThan(10);
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('gives a chair who also enters their province one tab for entry and one for the members, keeping typed values', async () => {
    await open({ ...CHAIR, roles: ['CLUSTER_CHAIR', 'PROVINCE_STAFF'] });
    const tabs = Array.from(page.querySelectorAll('[role="tab"]'));
    expect(tabs.map((t) => textOf(t))).toEqual(['Nhập kết quả của tỉnh', 'Kết quả các tỉnh trong cụm']);
    type(actualInput('TC02', 'FY'), '97');

    (tabs[1] as HTMLElement).click();
    await settle(fixture);
    // The chair's own province is in the other tab: the members tab starts with another province.
    expect(textOf(page.querySelector('.members tdkt-pledge-results-grid caption'))).toBe('Kết quả giao ước năm 2024 – Hà Giang (chỉ xem)');

    (tabs[0] as HTMLElement).click();
    await settle(fixture);
    expect(actualInput('TC02', 'FY').value).toBe('97');
  });

  it("shows the chair every member's results read-only", async () => {
    await open(CHAIR);
    const summary = Array.from(page.querySelectorAll('tdkt-pledge-summary tbody tr'), (tr) =>
      Array.from(tr.children, (c) => textOf(c))
        .slice(0, 3)
        .join(' | '),
    );
    // The chair's province first, then the others.
    expect(summary).toEqual(['Tuyên Quang (Cụm trưởng) | 1/3 tiêu chí đạt | Chưa nhập', 'Hà Giang | 1/3 tiêu chí đạt | Chưa nhập']);
    expect(page.querySelector('.members input, .members [data-action="save"]')).toBeNull();

    (page.querySelectorAll('tdkt-pledge-summary tbody tr button')[1] as HTMLButtonElement).click();
    await settle(fixture);
    const grid = page.querySelector('.members tdkt-pledge-results-grid') as HTMLElement;
    expect(textOf(grid.querySelector('caption'))).toBe('Kết quả giao ước năm 2024 – Hà Giang (chỉ xem)');
    expect(textOf(grid.querySelector('[data-cell="TC04|H1"] .actual'))).toBe('Thực hiện: 620 căn');
  });
});

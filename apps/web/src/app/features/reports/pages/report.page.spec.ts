import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { By } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { Observable, of } from 'rxjs';
import { SessionUser } from '../../../core/auth/auth.models';
import type { ConfirmData } from '../../../ui/confirm-dialog.component';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { resetSession, signIn } from '../../../../testing/test-session';
import { ReportChart } from '../components/report-chart.component';
import { ReportStore } from '../data/report.store';
import { MEETING_FIXTURE, reportFixture } from '../testing/report-fixture';
import { ReportPage } from './report.page';

/** ECharts needs a real layout engine: the page tests check what the chart is given, not how it is drawn. */
@Component({
  selector: 'tdkt-report-chart',
  template: '<div class="fake-chart" [attr.aria-label]="label()"></div>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class FakeReportChart {
  readonly options = input.required<unknown>();
  readonly label = input.required<string>();
  readonly height = input(320);
}

const CHAIR: SessionUser = {
  id: 'u-chair',
  username: 'cumtruong.tdmnpb',
  fullName: 'Hoàng Thị Thu Hà',
  roles: ['CLUSTER_CHAIR'],
  clusterCode: 'TDMNPB',
};
const REVIEWER: SessionUser = { id: 'u-rev', username: 'thamdinh.trunguong', fullName: 'Thẩm định viên', roles: ['COUNCIL_REVIEWER'] };
const REPORT = reportFixture();
const URL_OF = `/api/v1/reports/${REPORT.id}`;

describe('ReportPage', () => {
  let fixture: ComponentFixture<ReportPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(user: SessionUser, report = REPORT): Promise<void> {
    await signIn(user);
    fixture = TestBed.createComponent(ReportPage);
    fixture.componentRef.setInput('id', report.id);
    page = fixture.nativeElement;
    await settle(fixture);
    http.expectOne(URL_OF).flush(report);
    await settle(fixture);
    http.expectOne(`/api/v1/meetings/${MEETING_FIXTURE.id}`).flush(MEETING_FIXTURE);
    if (report.status === 'FINAL') http.expectOne((r) => r.url === '/api/v1/reports').flush([]);
    await settle(fixture);
  }

  const button = (action: string) => page.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  const textarea = (key: string) => page.querySelector<HTMLTextAreaElement>(`textarea[data-section="${key}"]`)!;
  const editorOf = (key: string) => textarea(key).closest('tdkt-section-editor')!;
  const answerDialog = (answer: boolean) =>
    jest.spyOn(TestBed.inject(MatDialog), 'open').mockReturnValue({ afterClosed: () => of(answer) } as MatDialogRef<unknown, boolean>);

  beforeEach(() => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [ReportPage],
      providers: [
        ...provideAppTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideRouter([]),
        provideTranslocoScope('reports'),
        ReportStore,
      ],
    });
    TestBed.overrideComponent(ReportPage, { remove: { imports: [ReportChart] }, add: { imports: [FakeReportChart] } });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.restoreAllMocks();
  });

  it('shows the header, the headline figures and the commendations of each province', async () => {
    await open(CHAIR);

    expect(textOf(page.querySelector('h1'))).toBe('Báo cáo sơ kết 6 tháng đầu năm 2024');
    expect(textOf(page.querySelector('[data-fact="meeting"]'))).toBe(
      'Ngày 29/07/2024 tại Trung tâm hội nghị APPlaza, tỉnh Hòa Bình, đồng chí Nguyễn Mạnh Tuấn chủ trì',
    );
    expect(textOf(page.querySelector('[data-figure="commendations"]'))).toBe('263');
    expect(textOf(page.querySelector('[data-figure="pledge"]'))).toBe('95%');

    const table = page.querySelector('tdkt-commendation-table table')!;
    expect(textOf(table.querySelector('caption'))).toContain('Bảng 1. Số lượng khen thưởng trong kỳ của các tỉnh');
    const rows = Array.from(table.querySelectorAll('tbody tr'), (row) => Array.from(row.children, (c) => textOf(c)).join(' | '));
    expect(rows).toEqual([
      'Tuyên Quang | 120 | 1 | 0 | 40 | 79 | 2 | 118 | 117 | 50 | 1 | 110 | +10',
      'Hòa Bình | 98 | 0 | 0 | 30 | 68 | 2 | 96 | 95 | 40 | 1 | 90 | +8',
      'Hà Giang | 45 | 0 | 0 | 15 | 30 | 2 | 43 | 42 | 20 | 1 | 40 | +5',
      'Toàn cụm | 263 | 1 | 0 | 85 | 177 | 2 | 261 | 260 | 110 | 1 | 240 | +23',
    ]);
    expect(textOf(page.querySelector('tdkt-movement-table tbody th'))).toBe('Cả nước chung tay vì người nghèo');
    const example = Array.from(page.querySelector('tdkt-example-table tbody tr')!.children, (c) => textOf(c));
    expect(example).toEqual(['Bà Hoàng Thị Lan', 'Hòa Bình', 'Cá nhân', '29/07/2024', 'Phát triển kinh tế hộ']);
    // Both charts get the figures; a province without pledge results has no bar.
    const charts = fixture.debugElement.queryAll(By.directive(FakeReportChart)).map((d) => d.componentInstance as FakeReportChart);
    expect(charts).toHaveLength(2);
    expect((charts[0].options() as { series: { data: number[] }[] }).series[0].data).toEqual([120, 98, 45]);
    expect((charts[1].options() as { series: { data: (number | null)[] }[] }).series[0].data).toEqual([100, 90, null]);
  });

  it('saves an edited section with the version it was read at, and shows why the server refused', async () => {
    await open(CHAIR);
    const area = textarea('limitations');
    area.value = 'Một số tỉnh nộp số liệu chậm; chất lượng hồ sơ chưa đồng đều.';
    area.dispatchEvent(new Event('input'));
    await settle(fixture);
    expect(textOf(editorOf('limitations').querySelector('.tag'))).toBe('Chưa lưu');

    editorOf('limitations').querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(fixture);
    const refused = http.expectOne({ method: 'PATCH', url: URL_OF });
    expect(refused.request.body).toEqual({
      sections: [{ key: 'limitations', text: 'Một số tỉnh nộp số liệu chậm; chất lượng hồ sơ chưa đồng đều.' }],
      version: 3,
    });
    refused.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        code: 'VERSION_CONFLICT',
        message: 'Báo cáo đã được người khác thay đổi; hãy tải lại trước khi lưu',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    const alert = editorOf('limitations').querySelector('[role="alert"]')!;
    expect(textOf(alert.querySelector('p'))).toBe('Chưa lưu được mục này:');
    expect(textOf(alert.querySelector('li'))).toBe('Báo cáo đã được người khác thay đổi; hãy tải lại trước khi lưu');
    // Nothing typed is lost.
    expect(textarea('limitations').value).toBe('Một số tỉnh nộp số liệu chậm; chất lượng hồ sơ chưa đồng đều.');

    editorOf('limitations').querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(fixture);
    http.expectOne({ method: 'PATCH', url: URL_OF }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Dữ liệu không hợp lệ',
        errors: [{ field: 'sections.0.text', code: 'maxLength', message: 'sections.0.text: nội dung tối đa 50000 ký tự' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(textOf(editorOf('limitations').querySelector('mat-error'))).toBe('nội dung tối đa 50000 ký tự');
  });

  it('marks a saved section as edited and clears its unsaved state', async () => {
    await open(CHAIR);
    textarea('limitations').value = 'Văn bản mới.';
    textarea('limitations').dispatchEvent(new Event('input'));
    await settle(fixture);
    editorOf('limitations').querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(fixture);
    const saved = reportFixture({
      version: 4,
      sections: REPORT.sections.map((s) => (s.key === 'limitations' ? { ...s, text: 'Văn bản mới.', edited: true } : s)),
    });
    http.expectOne({ method: 'PATCH', url: URL_OF }).flush(saved);
    await settle(fixture);
    expect(textOf(editorOf('limitations').querySelector('.tag'))).toBe('Đã sửa');
    expect(textOf(page.querySelector('.notice'))).toBe('Đã lưu mục «II. HẠN CHẾ VÀ NGUYÊN NHÂN».');
    expect(fixture.componentInstance.canLeave()).toBe(true);
  });

  it('finalizes only after the chair confirms that the figures freeze and the period locks', async () => {
    await open(CHAIR);
    const dialog = answerDialog(false);
    button('finalize')!.click();
    await settle(fixture);
    const data = dialog.mock.calls[0][1]?.data as ConfirmData;
    expect(data.title).toBe('Hoàn thành báo cáo?');
    expect(data.message).toContain('số liệu và nội dung báo cáo được cố định');
    expect(data.message).toContain('Kỳ 6 tháng đầu năm 2024 sẽ bị khóa');
    expect(data.danger).toBe(true);
    http.expectNone(`${URL_OF}/finalize`);

    dialog.mockReturnValue({ afterClosed: () => of(true) } as MatDialogRef<unknown, boolean>);
    button('finalize')!.click();
    await settle(fixture);
    const req = http.expectOne({ method: 'POST', url: `${URL_OF}/finalize` });
    expect(req.request.body).toEqual({ version: 3 });
    req.flush(reportFixture({ status: 'FINAL' as never, version: 4, finalizedAt: '2024-07-30T03:00:00.000Z' }));
    await settle(fixture);
    http.expectOne((r) => r.url === '/api/v1/reports').flush([]);
    await settle(fixture);

    expect(textOf(page.querySelector('.notice'))).toBe('Báo cáo đã hoàn thành; kỳ báo cáo đã được khóa.');
    expect(page.querySelector('textarea')).toBeNull();
    expect(button('finalize')).toBeNull();
    expect(button('supersede')).not.toBeNull();
  });

  it('recomputes after telling the chair that edited sections are kept', async () => {
    await open(CHAIR);
    const dialog = answerDialog(true);
    button('recompute')!.click();
    await settle(fixture);
    expect((dialog.mock.calls[0][1]?.data as ConfirmData).message).toContain('Các mục bạn đã sửa và đã lưu được giữ nguyên');
    const req = http.expectOne({ method: 'POST', url: `${URL_OF}/recompute` });
    expect(req.request.body).toEqual({ version: 3 });
    req.flush(reportFixture({ version: 4 }));
    await settle(fixture);
    expect(textOf(page.querySelector('.notice'))).toContain('Các mục bạn đã sửa được giữ nguyên');
  });

  it('downloads the .docx as a blob with the bearer token and saves it under the server-given name', async () => {
    await open(CHAIR);
    const createObjectURL = jest.fn(() => 'blob:report');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('bao-cao.docx');
      expect(this.href).toBe('blob:report');
    });

    button('docx')!.click();
    await settle(fixture);
    const req = http.expectOne(`${URL_OF}/export.docx`);
    expect(req.request.responseType).toBe('blob');
    expect(req.request.headers.get('Authorization')).toMatch(/^Bearer /);
    const blob = new Blob(['docx'], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    req.flush(blob, { headers: { 'Content-Disposition': 'attachment; filename="bao-cao.docx"' } });
    await settle(fixture);

    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('asks before leaving with unsaved text, and lets go once it is undone', async () => {
    await open(CHAIR);
    textarea('limitations').value = 'Chưa lưu.';
    textarea('limitations').dispatchEvent(new Event('input'));
    await settle(fixture);
    const dialog = answerDialog(false);
    let answer: boolean | undefined;
    const leave = fixture.componentInstance.canLeave();
    expect(typeof leave).not.toBe('boolean');
    (leave as Observable<boolean>).subscribe((a) => (answer = a));
    expect(answer).toBe(false);
    expect((dialog.mock.calls[0][1]?.data as ConfirmData).title).toBe('Rời trang khi chưa lưu?');

    editorOf('limitations').querySelector<HTMLButtonElement>('button[type="button"]')!.click();
    await settle(fixture);
    expect(textarea('limitations').value).toBe('Một số tỉnh nộp số liệu chậm.');
    expect(fixture.componentInstance.canLeave()).toBe(true);
  });

  it('offers the chair a superseding draft of a final report and opens it', async () => {
    await open(CHAIR, reportFixture({ status: 'FINAL' as never, finalizedAt: '2024-07-30T03:00:00.000Z' }));
    expect(page.querySelector('textarea')).toBeNull();
    expect(textOf(page.querySelector('.tdkt-page-intro'))).toContain('Báo cáo đã hoàn thành');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    answerDialog(true);
    button('supersede')!.click();
    await settle(fixture);
    const req = http.expectOne({ method: 'POST', url: '/api/v1/reports' });
    expect(req.request.body).toEqual({ clusterCode: 'TDMNPB', year: 2024, period: 'H1', meetingId: MEETING_FIXTURE.id });
    req.flush(reportFixture({ id: 'b0000000-0000-4000-8000-000000000002', supersedesId: REPORT.id }));
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/reports', 'b0000000-0000-4000-8000-000000000002']);
  });

  it('marks a final report that a newer draft replaces', async () => {
    await signIn(CHAIR);
    fixture = TestBed.createComponent(ReportPage);
    fixture.componentRef.setInput('id', REPORT.id);
    page = fixture.nativeElement;
    await settle(fixture);
    http.expectOne(URL_OF).flush(reportFixture({ status: 'FINAL' as never }));
    await settle(fixture);
    http.expectOne(`/api/v1/meetings/${MEETING_FIXTURE.id}`).flush(MEETING_FIXTURE);
    const siblings = http.expectOne((r) => r.url === '/api/v1/reports');
    expect(siblings.request.params.get('clusterCode')).toBe('TDMNPB');
    expect(siblings.request.params.get('year')).toBe('2024');
    siblings.flush([{ id: 'newer', supersedesId: REPORT.id, status: 'DRAFT' }]);
    await settle(fixture);
    expect(textOf(page.querySelector('.title tdkt-report-status'))).toBe('Đã có bản thay thế');
    expect(page.querySelector('.superseded a')?.getAttribute('href')).toBe('/reports/newer');
    expect(button('supersede')).toBeNull();
  });

  it('is read-only for the council reviewer', async () => {
    await open(REVIEWER);
    expect(page.querySelector('textarea')).toBeNull();
    expect(button('finalize')).toBeNull();
    expect(button('recompute')).toBeNull();
    expect(button('docx')).not.toBeNull();
    expect(textOf(page.querySelector('.tdkt-page-intro'))).toBe('Bạn đang xem báo cáo ở chế độ chỉ đọc.');
    expect(textOf(page.querySelector('tdkt-section-editor p.para'))).toBe('Các tỉnh đẩy mạnh tuyên truyền.');
  });
});

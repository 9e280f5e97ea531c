import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { SessionUser } from '../../../core/auth/auth.models';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { resetSession, signIn } from '../../../../testing/test-session';
import { ReportStore } from '../data/report.store';
import { MEETING_FIXTURE, reportFixture } from '../testing/report-fixture';
import { ReportPrintPage } from './report-print.page';

const CHAIR: SessionUser = {
  id: 'u-chair',
  username: 'cumtruong.tdmnpb',
  fullName: 'Hoàng Thị Thu Hà',
  roles: ['CLUSTER_CHAIR'],
  clusterCode: 'TDMNPB',
};

describe('ReportPrintPage', () => {
  let fixture: ComponentFixture<ReportPrintPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(report = reportFixture()): Promise<void> {
    fixture = TestBed.createComponent(ReportPrintPage);
    fixture.componentRef.setInput('id', report.id);
    page = fixture.nativeElement;
    await settle(fixture);
    http.expectOne(`/api/v1/reports/${report.id}`).flush(report);
    await settle(fixture);
    http.expectOne(`/api/v1/meetings/${MEETING_FIXTURE.id}`).flush(MEETING_FIXTURE);
    if (report.status === 'FINAL') http.expectOne((r) => r.url === '/api/v1/reports').flush([]);
    await settle(fixture);
  }

  beforeEach(async () => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [ReportPrintPage],
      providers: [...provideAppTesting(), provideRouter([]), provideTranslocoScope('reports'), ReportStore],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(CHAIR);
  });

  afterEach(() => {
    http.verify();
    jest.restoreAllMocks();
  });

  it('lays the report out as an administrative document: motto, issuer, title, sections, tables and signature', async () => {
    await open();
    const sheet = page.querySelector('.rp-sheet')!;
    expect(textOf(sheet.querySelector('.rp-motto'))).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(textOf(sheet.querySelector('.rp-motto-line'))).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(Array.from(sheet.querySelectorAll('.rp-left p'), (p) => textOf(p))).toEqual([
      'UBND TỈNH TUYÊN QUANG',
      'CỤM THI ĐUA CÁC TỈNH TRUNG DU VÀ MIỀN NÚI PHÍA BẮC',
    ]);
    // A draft has no issue date yet.
    expect(textOf(sheet.querySelector('.rp-place'))).toBe('Tuyên Quang, ngày … tháng … năm 2024');
    expect(textOf(sheet.querySelector('.rp-title'))).toBe('BÁO CÁO');
    expect(textOf(sheet.querySelector('.rp-summary'))).toBe(
      'Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2024 và phương hướng, nhiệm vụ 6 tháng cuối năm 2024',
    );
    expect(Array.from(sheet.querySelectorAll('.rp-heading'), (h) => textOf(h))).toEqual([
      'I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG',
      '1. Công tác tuyên truyền, quán triệt, phổ biến',
      '4. Công tác khen thưởng',
      'II. HẠN CHẾ VÀ NGUYÊN NHÂN',
    ]);
    expect(Array.from(sheet.querySelectorAll('.rp-body'), (p) => textOf(p)).slice(0, 2)).toEqual([
      'Các tỉnh đẩy mạnh tuyên truyền.',
      'Gương người tốt, việc tốt được nhân rộng.',
    ]);
    const table = sheet.querySelector('.rp-grid')!;
    expect(textOf(table.querySelector('caption'))).toBe('Bảng 1. Số lượng khen thưởng trong kỳ của các tỉnh');
    expect(Array.from(table.querySelector('tbody tr:last-child')!.children, (c) => textOf(c))).toEqual([
      'Toàn Cụm',
      '263',
      '1',
      '0',
      '85',
      '177',
      '2',
      '261',
      '260',
      '110',
      '1',
      '240',
    ]);
    expect(Array.from(sheet.querySelectorAll('.rp-signer p'), (p) => textOf(p)).filter(Boolean)).toEqual([
      'TM. CỤM THI ĐUA',
      'CỤM TRƯỞNG',
      'Nguyễn Mạnh Tuấn',
    ]);
    expect(textOf(page.querySelector('.rp-note'))).toContain('Bản dự thảo');
  });

  it('dates a final report on its finalization day', async () => {
    await open(reportFixture({ status: 'FINAL' as never, finalizedAt: '2024-07-05T03:00:00.000Z' }));
    expect(textOf(page.querySelector('.rp-place'))).toBe('Tuyên Quang, ngày 05 tháng 7 năm 2024');
    expect(page.querySelector('.rp-note')).toBeNull();
  });

  it('dates a report finalized before 07:00 in Vietnam on the Vietnamese day, not the UTC one', async () => {
    await open(reportFixture({ status: 'FINAL' as never, finalizedAt: '2024-07-04T18:30:00.000Z' }));
    expect(textOf(page.querySelector('.rp-place'))).toBe('Tuyên Quang, ngày 05 tháng 7 năm 2024');
  });

  it('prints through the browser', async () => {
    await open();
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    const button = page.querySelector<HTMLButtonElement>('[data-action="print"]')!;
    expect(textOf(button)).toBe('In / Lưu PDF');
    button.click();
    expect(print).toHaveBeenCalledTimes(1);
  });
});

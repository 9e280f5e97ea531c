import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import type { CommendationView } from '@tdkt/shared/contracts';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { resetSession, signIn } from '../../../../testing/test-session';
import { provideDatepickerI18n } from '../../../core/i18n/translated-datepicker-intl';
import { COUNCIL_REVIEWER, commendation, type } from '../../commendations/testing/commendation-fixtures';
import { ReviewQueuePage } from './review-queue.page';
import { seriousViolations } from '../../commendations/testing/axe';

const LIST = '/api/v1/commendations';

const proposal = (id: string, name: string, province: string, submitted: string): CommendationView =>
  commendation({
    id,
    recipientName: name,
    provinceName: province,
    level: 'GOVERNMENT',
    awardTypeName: 'Bằng khen của Thủ tướng Chính phủ',
    status: 'SUBMITTED',
    decisionNumber: null,
    decisionDate: null,
    decidingAuthority: null,
    updatedAt: submitted,
    version: 2,
  });

const QUEUE = [
  proposal('b2', 'Hợp tác xã chè Shan tuyết', 'Hà Giang', '2025-03-02T03:00:00.000Z'),
  proposal('a1', 'Lò Văn Pâng', 'Điện Biên', '2025-02-10T03:00:00.000Z'),
  proposal('c3', 'Trường THCS Tân Trào', 'Tuyên Quang', '2025-04-01T03:00:00.000Z'),
];

describe('ReviewQueuePage', () => {
  let fixture: ComponentFixture<ReviewQueuePage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const wait = (ms = 0) => settle(fixture, ms);
  const dialog = () => document.querySelector<HTMLElement>('mat-dialog-container');
  const rows = () =>
    Array.from(page.querySelectorAll('tr.mat-mdc-row'), (row) => Array.from(row.children, (cell) => textOf(cell)).slice(0, 3));
  const row = (id: string) => page.querySelector<HTMLElement>(`tr[data-id="${id}"]`)!;

  beforeEach(async () => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [ReviewQueuePage],
      providers: [
        ...provideAppTesting(),
        provideRouter([]),
        provideTranslocoScope('commendations'),
        provideDatepickerI18n(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(COUNCIL_REVIEWER);
    fixture = TestBed.createComponent(ReviewQueuePage);
    page = fixture.nativeElement;
    await wait();
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
  });

  async function loadQueue(): Promise<void> {
    const req: TestRequest = http.expectOne((r) => r.url === LIST);
    expect(req.request.params.get('status')).toBe('SUBMITTED');
    expect(req.request.params.get('pageSize')).toBe('200');
    req.flush({ items: QUEUE, page: 1, pageSize: 200, total: 3, totalExact: true });
    await wait();
    for (const id of ['b2', 'a1', 'c3']) {
      const dossier = http.expectOne(`${LIST}/${id}/dossier`);
      const present = id === 'c3' ? ['SUBMISSION'] : ['SUBMISSION', 'ACHIEVEMENT_REPORT'];
      const missing = id === 'c3' ? ['ACHIEVEMENT_REPORT'] : [];
      dossier.flush({ required: ['SUBMISSION', 'ACHIEVEMENT_REPORT'], present, missing, editable: false });
    }
    await wait();
  }

  it('lists the submitted proposals, oldest submission first, with a link to each file', async () => {
    await loadQueue();
    expect(rows()).toEqual([
      ['10/02/2025', 'Điện Biên', 'Lò Văn Pâng, Cá nhân, Hợp tác xã chè Shan tuyết'],
      ['02/03/2025', 'Hà Giang', 'Hợp tác xã chè Shan tuyết, Cá nhân, Hợp tác xã chè Shan tuyết'],
      ['01/04/2025', 'Tuyên Quang', 'Trường THCS Tân Trào, Cá nhân, Hợp tác xã chè Shan tuyết'],
    ]);
    expect(row('a1').querySelector('a')?.getAttribute('href')).toBe('/commendations/a1');
    expect(textOf(page.querySelector('.count'))).toBe('3 hồ sơ chờ thẩm định');
  });

  it('shows each proposal\'s dossier: the kinds of document it holds and any that are missing', async () => {
    await loadQueue();
    expect(textOf(row('a1').querySelector('td.dossier'))).toBe('2 loại tài liệu Tờ trình, Báo cáo thành tích');
    expect(textOf(row('c3').querySelector('td.dossier'))).toBe('1 loại tài liệu Tờ trình Còn thiếu: Báo cáo thành tích');
    expect(row('a1').querySelector('td.dossier a')?.getAttribute('href')).toBe('/commendations/a1');
  });

  it('approves a proposal from the queue with the decision, and the row leaves the queue', async () => {
    await loadQueue();
    row('a1').querySelector<HTMLButtonElement>('button[data-action="approve"]')!.click();
    await wait();
    type(dialog()!, 'input[data-field="decisionNumber"]', '1490/QĐ-TTg');
    type(dialog()!, 'input[data-field="decisionDate"]', '27/11/2024');
    type(dialog()!, 'input[data-field="decidingAuthority"]', 'Thủ tướng Chính phủ');
    dialog()!.querySelector<HTMLButtonElement>('button[data-action="confirm"]')!.click();
    await wait();

    const req = http.expectOne('/api/v1/commendations/a1/approve');
    expect(req.request.body).toEqual({
      decisionNumber: '1490/QĐ-TTg',
      decisionDate: '2024-11-27',
      decidingAuthority: 'Thủ tướng Chính phủ',
      version: 2,
    });
    req.flush({ ...QUEUE[1], status: 'APPROVED', version: 3 });
    // The dialog reports once it has closed.
    await wait(50);

    expect(rows().map((r) => r[1])).toEqual(['Hà Giang', 'Tuyên Quang']);
    expect(textOf(page.querySelector('.done'))).toBe('Đã phê duyệt hồ sơ của Lò Văn Pâng.');
    expect(textOf(page.querySelector('.count'))).toBe('2 hồ sơ chờ thẩm định');
  });

  it('returns a proposal only with a reason, and keeps the row when the server refuses', async () => {
    await loadQueue();
    row('b2').querySelector<HTMLButtonElement>('button[data-action="return"]')!.click();
    await wait();
    dialog()!.querySelector<HTMLButtonElement>('button[data-action="confirm"]')!.click();
    await wait();
    expect(textOf(dialog()!.querySelector('mat-error'))).toBe('Vui lòng nêu lý do để tỉnh biết cần làm gì.');
    http.expectNone((r) => r.url.endsWith('/return'));

    type(dialog()!, 'textarea[data-field="reason"]', 'Thiếu biên bản họp Hội đồng cấp tỉnh');
    dialog()!.querySelector<HTMLButtonElement>('button[data-action="confirm"]')!.click();
    await wait();
    http.expectOne('/api/v1/commendations/b2/return').flush(
      {
        statusCode: 409,
        error: 'Conflict',
        code: 'VERSION_CONFLICT',
        message: 'Hồ sơ vừa được người khác thay đổi; hãy tải lại để xem bản mới nhất trước khi sửa',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await wait();
    expect(textOf(dialog()!.querySelector('[role="alert"]'))).toBe(
      'Hồ sơ vừa được người khác thay đổi; hãy tải lại để xem bản mới nhất trước khi sửa',
    );
    expect(dialog()!.querySelector<HTMLTextAreaElement>('textarea')!.value).toBe('Thiếu biên bản họp Hội đồng cấp tỉnh');

    dialog()!.querySelector<HTMLButtonElement>('button[data-action="confirm"]')!.click();
    await wait();
    http.expectOne('/api/v1/commendations/b2/return').flush({ ...QUEUE[0], status: 'RETURNED', version: 3 });
    await wait(50);
    expect(rows().map((r) => r[1])).toEqual(['Điện Biên', 'Tuyên Quang']);
    expect(textOf(page.querySelector('.done'))).toBe('Đã trả lại hồ sơ của Hợp tác xã chè Shan tuyết cho tỉnh.');
  });

  it('says when nothing is waiting', async () => {
    http.expectOne((r) => r.url === LIST).flush({ items: [], page: 1, pageSize: 200, total: 0, totalExact: true });
    await wait();
    expect(textOf(page.querySelector('tdkt-state-message'))).toBe('Không còn hồ sơ nào chờ thẩm định.');
  });

  it('has no serious accessibility problem', async () => {
    await loadQueue();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

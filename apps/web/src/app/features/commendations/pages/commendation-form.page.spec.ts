import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { resetSession, signIn } from '../../../../testing/test-session';
import { provideDatepickerI18n } from '../../../core/i18n/translated-datepicker-intl';
import { AWARD_TYPES, choose, commendation, type } from '../testing/commendation-fixtures';
import { CommendationFormPage } from './commendation-form.page';
import { seriousViolations } from '../testing/axe';

@Component({ selector: 'tdkt-stub', template: '' })
class Stub {}

const RECORD = commendation({
  status: 'DRAFT',
  level: 'PROVINCE',
  decisionNumber: null,
  decisionDate: null,
  decidingAuthority: null,
  version: 3,
});
const URL = `/api/v1/commendations/${RECORD.id}`;

describe('CommendationFormPage', () => {
  let fixture: ComponentFixture<CommendationFormPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const wait = (ms = 0) => settle(fixture, ms);
  const field = (name: string) => page.querySelector<HTMLInputElement>(`[data-field="${name}"]`)!;
  /** The mat-error text of the form field holding the control. */
  const errorOf = (name: string) => textOf(field(name).closest('mat-form-field')!.querySelector('mat-error'));
  const save = async () => {
    page.querySelector<HTMLButtonElement>('button[data-action="save"]')!.click();
    await wait();
  };

  async function render(id?: string): Promise<void> {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [CommendationFormPage],
      providers: [
        ...provideAppTesting(),
        provideRouter([{ path: '**', component: Stub }]),
        provideTranslocoScope('commendations'),
        provideDatepickerI18n(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn();
    fixture = TestBed.createComponent(CommendationFormPage);
    if (id) fixture.componentRef.setInput('id', id);
    page = fixture.nativeElement;
    await wait();
    http.expectOne('/api/v1/award-types').flush(AWARD_TYPES);
    http.expectOne((req) => req.url === '/api/v1/movements').flush({ items: [], page: 1, pageSize: 200, total: 0, totalExact: true });
    if (id) http.expectOne(URL).flush(RECORD);
    else
      http.expectOne('/api/v1/provinces').flush([
        {
          id: 'p08o',
          code: '08',
          name: 'Tuyên Quang (cũ)',
          kind: 'PROVINCE',
          validFrom: null,
          validTo: '2025-06-30',
          successorCode: null,
          note: null,
        },
        {
          id: 'p08n',
          code: '08',
          name: 'Tuyên Quang',
          kind: 'PROVINCE',
          validFrom: '2025-07-01',
          validTo: null,
          successorCode: null,
          note: null,
        },
      ]);
    await wait();
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
  });

  it('says in Vietnamese what is missing and sends nothing', async () => {
    await render();
    expect(textOf(page.querySelector('.province'))).toBe('Tỉnh, thành phố: Tuyên Quang');
    // Translated choices show their label in the closed select too.
    expect(textOf(page.querySelector('mat-select[data-field="recipientKind"]'))).toBe('Cá nhân');
    expect(textOf(page.querySelector('mat-select[data-field="kind"]'))).toBe('Khen thưởng thường xuyên');
    await save();
    expect(errorOf('awardTypeCode')).toBe('Vui lòng nhập thông tin này.');
    expect(errorOf('recipientName')).toBe('Vui lòng nhập thông tin này.');
    expect(errorOf('decisionNumber')).toBe('Vui lòng nhập thông tin này.');
    expect(errorOf('decisionDate')).toBe('Vui lòng nhập thông tin này.');

    type(page, '[data-field="decisionNumber"]', '1234 QD');
    type(page, '[data-field="achievementYear"]', '1900');
    await wait();
    expect(errorOf('decisionNumber')).toBe('Số quyết định phải có dạng số/ký hiệu, ví dụ 1234/QĐ-UBND.');
    expect(errorOf('achievementYear')).toBe('Năm phải là số nguyên từ 1945 đến 2100.');
    http.expectNone((req) => req.method === 'POST');
  });

  it("records a decided provincial award, puts the server's field errors beside the fields and keeps the input", async () => {
    await render();
    await choose(page, 'awardTypeCode', 'Bằng khen của Chủ tịch UBND tỉnh', wait);
    type(page, '[data-field="recipientName"]', 'Nguyễn Văn An');
    type(page, '[data-field="position"]', 'Trưởng phòng');
    type(page, '[data-field="achievementYear"]', '2024');
    type(page, '[data-field="decisionNumber"]', '15/QĐ-UBND');
    type(page, '[data-field="decisionDate"]', '05/03/2025');
    type(page, '[data-field="decidingAuthority"]', 'Chủ tịch UBND tỉnh Tuyên Quang');
    await save();

    const req: TestRequest = http.expectOne('/api/v1/commendations');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      awardTypeCode: 'BANG_KHEN_TINH',
      kind: 'REGULAR',
      recipientKind: 'INDIVIDUAL',
      recipientName: 'Nguyễn Văn An',
      position: 'Trưởng phòng',
      organization: null,
      gender: null,
      recipientClass: null,
      ethnicMinority: false,
      movementId: null,
      achievementYear: 2024,
      citation: null,
      disciplineUntil: null,
      pendingReview: null,
      memberWarnedOrAbove: null,
      decisionNumber: '15/QĐ-UBND',
      decisionDate: '2025-03-05',
      decidingAuthority: 'Chủ tịch UBND tỉnh Tuyên Quang',
      provinceCode: '08',
      status: 'APPROVED',
    });
    req.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Dữ liệu không hợp lệ',
        errors: [
          { field: 'decisionDate', code: 'future', message: 'decisionDate: Ngày quyết định không được sau ngày hôm nay' },
          {
            field: 'recipientKind',
            code: 'recipientKindNotAllowed',
            message: 'Bằng khen của Chủ tịch UBND tỉnh không áp dụng cho đối tượng này',
          },
          { field: 'signature', code: 'isNotEmpty', message: 'Thiếu chữ ký số' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await wait();

    expect(errorOf('decisionDate')).toBe('Ngày quyết định không được sau ngày hôm nay');
    expect(errorOf('recipientKind')).toBe('Bằng khen của Chủ tịch UBND tỉnh không áp dụng cho đối tượng này');
    expect(textOf(page.querySelector('[data-banner="refusal"]'))).toContain('Thiếu chữ ký số');
    expect(field('recipientName').value).toBe('Nguyễn Văn An');
    expect(field('decisionNumber').value).toBe('15/QĐ-UBND');
    expect(field('decisionDate').value).toBe('05/03/2025');
  });

  it('files a central-level award as a draft proposal without a decision', async () => {
    await render();
    // Typed while the decision was shown; hidden now, it must not block the draft.
    type(page, '[data-field="decisionNumber"]', '12 QD');
    await choose(page, 'awardTypeCode', 'Bằng khen của Thủ tướng Chính phủ', wait);
    expect(textOf(page.querySelector('[data-note="central"]'))).toContain('do cấp trung ương quyết định');
    expect(page.querySelector('[data-field="decisionNumber"]')).toBeNull();
    type(page, '[data-field="recipientName"]', 'Hợp tác xã chè Shan tuyết');
    await choose(page, 'recipientKind', 'Tập thể', wait);
    await save();
    const req = http.expectOne('/api/v1/commendations');
    expect(req.request.body).toMatchObject({
      awardTypeCode: 'BANG_KHEN_THU_TUONG',
      recipientKind: 'COLLECTIVE',
      status: 'DRAFT',
      provinceCode: '08',
    });
    expect(req.request.body).not.toHaveProperty('decisionNumber');
    req.flush(commendation({ id: 'new-id', status: 'DRAFT' }));
    await wait();
    expect(TestBed.inject(Router).url).toBe('/commendations/new-id');
  });

  it('shows a refusal such as a locked period in a banner and loses nothing', async () => {
    await render(RECORD.id);
    expect(field('recipientName').value).toBe('Sùng Thị Dở');
    type(page, '[data-field="recipientName"]', 'Sùng Thị Dở (sửa)');
    await save();
    http
      .expectOne(URL)
      .flush(
        { statusCode: 409, error: 'Conflict', code: 'PERIOD_LOCKED', message: 'Kỳ tổng kết năm 2024 của tỉnh Tuyên Quang đã khóa' },
        { status: 409, statusText: 'Conflict' },
      );
    await wait();
    const banner = page.querySelector('[data-banner="refusal"]')!;
    expect(banner.getAttribute('role')).toBe('alert');
    expect(Array.from(banner.querySelectorAll('p'), (p) => textOf(p))).toEqual([
      'Chưa lưu được hồ sơ',
      'Kỳ tổng kết năm 2024 của tỉnh Tuyên Quang đã khóa',
    ]);
    expect(field('recipientName').value).toBe('Sùng Thị Dở (sửa)');
  });

  it('explains a version conflict, keeps the input until the user reloads the latest version', async () => {
    await render(RECORD.id);
    type(page, '[data-field="recipientName"]', 'Tên tôi vừa sửa');
    await save();
    const stale = http.expectOne(URL);
    expect(stale.request.method).toBe('PATCH');
    expect(stale.request.body).toMatchObject({ recipientName: 'Tên tôi vừa sửa', version: 3 });
    expect(stale.request.body).not.toHaveProperty('decisionNumber');
    expect(stale.request.body).not.toHaveProperty('status');
    stale.flush(
      { statusCode: 409, error: 'Conflict', code: 'VERSION_CONFLICT', message: 'Hồ sơ vừa được người khác thay đổi' },
      { status: 409, statusText: 'Conflict' },
    );
    await wait();

    const banner = page.querySelector('[data-banner="conflict"]');
    expect(textOf(banner)).toContain('Hồ sơ vừa được người khác sửa');
    expect(textOf(banner)).toContain('Nội dung bạn đã nhập vẫn còn nguyên trên màn hình.');
    expect(field('recipientName').value).toBe('Tên tôi vừa sửa');

    page.querySelector<HTMLButtonElement>('button[data-action="reload-latest"]')!.click();
    await wait();
    http.expectOne(URL).flush({ ...RECORD, recipientName: 'Tên người khác đã lưu', version: 5 });
    await wait();
    expect(page.querySelector('[data-banner="conflict"]')).toBeNull();
    expect(field('recipientName').value).toBe('Tên người khác đã lưu');

    await save();
    const fresh = http.expectOne(URL);
    expect(fresh.request.body).toMatchObject({ recipientName: 'Tên người khác đã lưu', version: 5 });
    fresh.flush({ ...RECORD, version: 6 });
    await wait();
  });

  it('can keep what the user typed and save it over the newer version knowingly', async () => {
    await render(RECORD.id);
    type(page, '[data-field="recipientName"]', 'Tên tôi vừa sửa');
    await save();
    http
      .expectOne(URL)
      .flush(
        { statusCode: 409, error: 'Conflict', code: 'VERSION_CONFLICT', message: 'Hồ sơ vừa được người khác thay đổi' },
        { status: 409, statusText: 'Conflict' },
      );
    await wait();

    page.querySelector<HTMLButtonElement>('button[data-action="keep-mine"]')!.click();
    await wait();
    http.expectOne(URL).flush({ ...RECORD, recipientName: 'Tên người khác đã lưu', version: 5 });
    await wait();
    expect(field('recipientName').value).toBe('Tên tôi vừa sửa');
    expect(textOf(page.querySelector('[role="status"]'))).toContain('phiên bản 5');

    await save();
    const req = http.expectOne(URL);
    expect(req.request.body).toMatchObject({ recipientName: 'Tên tôi vừa sửa', version: 5 });
    req.flush({ ...RECORD, version: 6 });
    await wait();
  });

  it('records the discipline facts in their "Kỷ luật, thanh tra" group: a pending review, the sanction\'s end, and for a collective a warned member', async () => {
    await render();
    const group = page.querySelector('[data-section="discipline"]')!;
    expect(textOf(group.querySelector('h2'))).toBe('Kỷ luật, thanh tra');
    expect(textOf(group)).toContain('Nghị định 152/2025/NĐ-CP Điều 4.4');
    const labelOf = (name: string) => textOf(field(name).closest('mat-form-field')!.querySelector('mat-label'));
    const hintOf = (name: string) => textOf(field(name).closest('mat-form-field')!.querySelector('mat-hint'));
    expect(labelOf('disciplineUntil')).toBe('Ngày hết thời hạn kỷ luật');
    expect(hintOf('disciplineUntil')).toBe('Của hình thức kỷ luật gần nhất; thành tích chỉ tính từ ngày này');
    expect(labelOf('pendingReview')).toBe('Đang xem xét kỷ luật, thanh tra, điều tra, khiếu nại');
    expect(hintOf('pendingReview')).toBe('Tại thời điểm đề nghị hoặc quyết định khen thưởng');
    // Members are a collective's: the question is not asked of a person.
    expect(page.querySelector('[data-field="memberWarnedOrAbove"]')).toBeNull();

    await choose(page, 'awardTypeCode', 'Bằng khen của Thủ tướng Chính phủ', wait);
    await choose(page, 'recipientKind', 'Tập thể', wait);
    type(page, '[data-field="recipientName"]', 'Phòng Tổ chức cán bộ, Sở Y tế');
    type(page, '[data-field="achievementYear"]', '2025');
    expect(labelOf('memberWarnedOrAbove')).toBe('Có thành viên bị kỷ luật từ cảnh cáo trở lên');
    expect(hintOf('memberWarnedOrAbove')).toContain('Tập thể lao động tiên tiến không xét');
    await choose(page, 'pendingReview', 'Có', wait);
    await choose(page, 'memberWarnedOrAbove', 'Không', wait);
    type(page, '[data-field="disciplineUntil"]', '31/12/2024');
    await save();
    const req = http.expectOne('/api/v1/commendations');
    expect(req.request.body).toMatchObject({ disciplineUntil: '2024-12-31', pendingReview: true, memberWarnedOrAbove: false });
    req.flush(commendation({ id: 'new-id', status: 'DRAFT' }));
    await wait();
  });

  it("corrects a record with no discipline facts recorded, and shows the server's field error beside the field", async () => {
    await render(RECORD.id);
    expect(textOf(page.querySelector('mat-select[data-field="pendingReview"]'))).toBe('');
    await choose(page, 'pendingReview', 'Không', wait);
    type(page, '[data-field="disciplineUntil"]', '01/07/2025');
    await save();
    const req = http.expectOne(URL);
    expect(req.request.body).toMatchObject({ pendingReview: false, disciplineUntil: '2025-07-01', memberWarnedOrAbove: null, version: 3 });
    req.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Dữ liệu không hợp lệ',
        errors: [{ field: 'disciplineUntil', code: 'isoDate', message: 'disciplineUntil: Ngày không hợp lệ' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await wait();
    expect(errorOf('disciplineUntil')).toBe('Ngày không hợp lệ');
    expect(field('disciplineUntil').value).toBe('01/07/2025');
  });

  it('has no serious accessibility problem, even with errors shown', async () => {
    await render();
    await save();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

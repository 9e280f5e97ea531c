import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ScoreMethod, ScoreSheetStatus, type ScoreSheetView } from '@tdkt/shared/contracts';
import { textOf } from '../../../../testing/test-i18n';
import { settle } from '../../../../testing/test-providers';
import { CHAIR, STAFF, YEAR, answerContext, dialogButton, setUpYearEnd, type, PROVINCES } from '../../../../testing/year-end-fixtures';
import { ScoreSheetPage } from './score-sheet.page';

const SHEET = `/api/v1/clusters/TDMNPB/years/${YEAR}/score-sheet`;
const PLEDGES = `/api/v1/pledges?clusterCode=TDMNPB&year=${YEAR}`;
const PLEDGE = {
  id: 'pl1',
  clusterCode: 'TDMNPB',
  year: YEAR,
  signedOn: '2024-03-15',
  place: 'Tuyên Quang',
  demo: true,
  version: 1,
  criteria: [{ code: 'TC02', name: 'Tỷ lệ hồ sơ đúng hạn', unit: '%', targetKind: 'PERCENTAGE', maxScore: 15 }],
};

function sheet(overrides: Partial<ScoreSheetView> = {}): ScoreSheetView {
  return {
    bonuses: [{ code: 'T1', name: 'Mô hình mới', maxPoints: 5 }],
    closedAt: null,
    clusterCode: 'TDMNPB',
    copiedFromYear: null,
    criteria: [
      {
        code: 'A1',
        group: 'I. Công tác chỉ đạo',
        maxPoints: 10,
        method: ScoreMethod.MANUAL,
        name: 'Ban hành kế hoạch',
        pledgeCriterionCode: null,
      },
    ],
    deductions: [],
    id: 's1',
    maxTotal: 15,
    openedAt: null,
    status: ScoreSheetStatus.DRAFT,
    version: 1,
    year: YEAR,
    ...overrides,
  };
}

const notFound = { statusCode: 404, error: 'Not Found', code: 'SCORE_SHEET_NOT_FOUND', message: 'Cụm chưa có bảng chấm điểm năm 2024' };

describe('ScoreSheetPage', () => {
  let fixture: ComponentFixture<ScoreSheetPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const row = (list: string, i: number) => page.querySelector(`[data-row="${list}.${i}"]`)!;
  const field = (list: string, i: number, name: string) => row(list, i).querySelector<HTMLElement>(`[data-field="${name}"]`)!;
  const errorOf = (list: string, i: number, name: string): string =>
    textOf(field(list, i, name).closest('mat-form-field')!.querySelector('mat-error'));
  const click = async (action: string): Promise<void> => {
    page.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
    await settle(fixture);
  };

  async function show(answer: (req: ReturnType<HttpTestingController['expectOne']>) => void, user = CHAIR): Promise<void> {
    http = await setUpYearEnd(user);
    fixture = TestBed.createComponent(ScoreSheetPage);
    page = fixture.nativeElement;
    if (user === CHAIR) await answerContext(http, fixture, CHAIR);
    else {
      await settle(fixture);
      http.expectOne('/api/v1/clusters').flush([{ id: 'c1', code: 'TDMNPB', name: 'Cụm', description: null, version: 1 }]);
      http.expectOne('/api/v1/provinces').flush(PROVINCES);
      await settle(fixture);
      http
        .expectOne(`/api/v1/clusters/TDMNPB/members?year=${YEAR}`)
        .flush([{ provinceId: 'p25', provinceCode: '25', provinceName: 'Phú Thọ', role: 'MEMBER', year: YEAR }]);
      await settle(fixture);
    }
    answer(http.expectOne(SHEET));
    http.expectOne(PLEDGES).flush([PLEDGE]);
    await settle(fixture);
  }

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
    http.verify();
  });

  it('starts a year without a sheet from an empty criterion, checks every field in Vietnamese and creates it with version 0', async () => {
    await show((req) => req.flush(notFound, { status: 404, statusText: 'Not Found' }));
    expect(textOf(page.querySelector('[data-field="sheet-status"]'))).toContain('Chưa có bảng điểm');
    await click('save-sheet');
    expect(errorOf('criteria', 0, 'code')).toBe('Vui lòng nhập.');
    expect(errorOf('criteria', 0, 'maxPoints')).toBe('Vui lòng nhập.');
    http.expectNone(SHEET);

    type(field('criteria', 0, 'code'), 'A1');
    type(field('criteria', 0, 'group'), 'I. Công tác chỉ đạo');
    type(field('criteria', 0, 'name'), 'Ban hành kế hoạch thi đua');
    type(field('criteria', 0, 'maxPoints'), '10');
    await click('add-criterion');
    type(field('criteria', 1, 'code'), 'A1');
    type(field('criteria', 1, 'name'), 'Thực hiện giao ước');
    type(field('criteria', 1, 'maxPoints'), '30,5');
    await settle(fixture);
    // The second criterion takes the group of the one before.
    expect((field('criteria', 1, 'group') as HTMLInputElement).value).toBe('I. Công tác chỉ đạo');
    expect(errorOf('criteria', 1, 'code')).toBe('Mã này đã dùng cho một mục khác của bảng điểm.');
    type(field('criteria', 1, 'code'), 'B1');

    // A criterion computed from the pledge names its pledge criterion.
    field('criteria', 1, 'method').click();
    await settle(fixture);
    Array.from(document.querySelectorAll<HTMLElement>('mat-option'))
      .find((o) => textOf(o) === 'Tự tính theo giao ước')!
      .click();
    await settle(fixture);
    await click('save-sheet');
    expect(errorOf('criteria', 1, 'pledgeCriterionCode')).toBe('Chọn chỉ tiêu giao ước để tính điểm.');
    field('criteria', 1, 'pledgeCriterionCode').click();
    await settle(fixture);
    document.querySelector<HTMLElement>('mat-option')!.click();
    await settle(fixture);

    await click('add-bonuses');
    type(field('bonuses', 0, 'code'), 'T1');
    type(field('bonuses', 0, 'name'), 'Mô hình mới, cách làm hay');
    type(field('bonuses', 0, 'maxPoints'), '5');
    await click('add-deductions');
    type(field('deductions', 0, 'code'), 'D1');
    type(field('deductions', 0, 'name'), 'Nộp báo cáo chậm');
    type(field('deductions', 0, 'maxPoints'), '3');
    await settle(fixture);
    // The highest total follows the typing: criteria and bonuses, no deduction.
    expect(textOf(page.querySelector('[data-field="sheet-status"]'))).toContain('Tổng điểm tối đa: 45,5');

    await click('save-sheet');
    const req = http.expectOne(SHEET);
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({
      criteria: [
        {
          code: 'A1',
          group: 'I. Công tác chỉ đạo',
          name: 'Ban hành kế hoạch thi đua',
          maxPoints: 10,
          method: 'MANUAL',
          pledgeCriterionCode: null,
        },
        {
          code: 'B1',
          group: 'I. Công tác chỉ đạo',
          name: 'Thực hiện giao ước',
          maxPoints: 30.5,
          method: 'PLEDGE_RATE',
          pledgeCriterionCode: 'TC02',
        },
      ],
      bonuses: [{ code: 'T1', name: 'Mô hình mới, cách làm hay', maxPoints: 5 }],
      deductions: [{ code: 'D1', name: 'Nộp báo cáo chậm', maxPoints: 3 }],
      version: 0,
    });
    req.flush(sheet({ version: 1 }));
    await settle(fixture);
    expect(textOf(page.querySelector('.saved'))).toBe('Đã lưu bảng điểm.');
  });

  it("puts the server's field errors beside their fields", async () => {
    await show((req) => req.flush(sheet()));
    type(field('criteria', 0, 'name'), 'Ban hành kế hoạch, sửa');
    await settle(fixture);
    await click('save-sheet');
    http.expectOne(SHEET).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Dữ liệu không hợp lệ',
        errors: [{ field: 'criteria.0.maxPoints', code: 'max', message: 'criteria.0.maxPoints: Tổng điểm tiêu chí vượt quá 1.000' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(errorOf('criteria', 0, 'maxPoints')).toBe('Tổng điểm tiêu chí vượt quá 1.000');
  });

  it("starts from last year's sheet on request", async () => {
    await show((req) => req.flush(notFound, { status: 404, statusText: 'Not Found' }));
    await click('copy-previous');
    const req = http.expectOne(`${SHEET}/copy-from-previous`);
    expect(req.request.method).toBe('POST');
    req.flush(sheet({ copiedFromYear: YEAR - 1 }));
    await settle(fixture);
    expect((field('criteria', 0, 'code') as HTMLInputElement).value).toBe('A1');
    expect(textOf(page.querySelector('[data-field="sheet-status"]'))).toContain('lập từ bảng điểm năm 2023');
  });

  it('opens scoring after the confirmation, then shows the frozen sheet read-only with the close step', async () => {
    await show((req) => req.flush(sheet({ version: 4 })));
    await click('open-sheet');
    expect(textOf(document.querySelector('mat-dialog-container h2'))).toBe('Mở chấm điểm năm 2024?');
    dialogButton('Mở chấm điểm').click();
    await settle(fixture);
    const req = http.expectOne(`${SHEET}/open`);
    expect(req.request.body).toEqual({ version: 4 });
    req.flush(sheet({ version: 5, status: ScoreSheetStatus.OPEN, openedAt: '2024-12-01T02:00:00.000Z' }));
    await settle(fixture);
    expect(page.querySelector('form')).toBeNull();
    expect(textOf(page.querySelector('[data-table="criteria"] tbody'))).toContain('Ban hành kế hoạch');
    expect(textOf(page.querySelector('.saved'))).toBe('Đã mở chấm điểm năm 2024: các tỉnh có thể tự chấm.');

    await click('close-sheet');
    dialogButton('Khóa chấm điểm').click();
    await settle(fixture);
    const close = http.expectOne(`${SHEET}/close`);
    expect(close.request.body).toEqual({ version: 5 });
    close.flush(
      { statusCode: 409, error: 'Conflict', code: 'VERSION_CONFLICT', message: 'Bảng điểm đã được sửa' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    expect(page.querySelector('[data-banner="conflict"]')).not.toBeNull();
  });

  it('shows the sheet read-only to a member province', async () => {
    await show((req) => req.flush(sheet({ status: ScoreSheetStatus.OPEN })), STAFF);
    expect(page.querySelector('form')).toBeNull();
    expect(page.querySelector('[data-action="close-sheet"]')).toBeNull();
    const cells = Array.from(page.querySelectorAll('[data-table="bonuses"] tbody td'), (td) => textOf(td));
    expect(cells).toEqual(['T1', 'Mô hình mới', '5']);
  });
});

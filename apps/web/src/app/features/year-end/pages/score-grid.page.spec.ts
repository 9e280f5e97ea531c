import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ScoreSheetStatus, ScoringStatus } from '@tdkt/shared/contracts';
import { textOf } from '../../../../testing/test-i18n';
import { settle } from '../../../../testing/test-providers';
import { CHAIR, RANKING, STAFF, YEAR, answerContext, card, setUpYearEnd, type, PROVINCES } from '../../../../testing/year-end-fixtures';
import { ScoreGridPage } from './score-grid.page';

const SCORES = (province: string) => `/api/v1/clusters/TDMNPB/years/${YEAR}/scores/${province}`;

describe('ScoreGridPage', () => {
  let fixture: ComponentFixture<ScoreGridPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const cell = (code: string, field: string): HTMLInputElement =>
    page.querySelector<HTMLInputElement>(`tr[data-item="${code}"] [data-field="${field}"]`)!;
  const total = (name: string): string => textOf(page.querySelector(`[data-total="${name}"]`));
  const errorBeside = (code: string, field: string): string =>
    textOf(cell(code, field).closest('mat-form-field')!.querySelector('mat-error'));
  const save = async (): Promise<void> => {
    page.querySelector<HTMLButtonElement>('[data-action="save-scores"]')!.click();
    await settle(fixture);
  };

  afterEach(() => http.verify());

  describe('as the staff of a member province', () => {
    beforeEach(async () => {
      http = await setUpYearEnd(STAFF);
      fixture = TestBed.createComponent(ScoreGridPage);
      page = fixture.nativeElement;
      await settle(fixture);
      http.expectOne('/api/v1/clusters').flush([{ id: 'c1', code: 'TDMNPB', name: 'Cụm TDMNPB', description: null, version: 1 }]);
      http.expectOne('/api/v1/provinces').flush(PROVINCES);
      await settle(fixture);
      // A staff account carries no cluster: the province's cluster of the year is looked up.
      http.expectOne(`/api/v1/clusters/TDMNPB/members?year=${YEAR}`).flush([
        { provinceId: 'p08', provinceCode: '08', provinceName: 'Tuyên Quang', role: 'CHAIR', year: YEAR },
        { provinceId: 'p25', provinceCode: '25', provinceName: 'Phú Thọ', role: 'MEMBER', year: YEAR },
      ]);
      await settle(fixture);
      http.expectOne(SCORES('25')).flush(card());
      await settle(fixture);
    });

    it('adds up the self scores with bonuses and deductions as they are typed, capped items and computed ones included', async () => {
      // The computed PLEDGE_RATE criterion counts from the start.
      expect(total('self')).toBe('27');
      expect(cell('B1', 'self')).toBeNull();
      expect(textOf(page.querySelector('tr[data-item="B1"] .computed'))).toBe('Tự tính theo giao ước: hoàn thành 90 % chỉ tiêu.');

      type(cell('A1', 'self'), '9,5');
      type(cell('A2', 'self'), '18');
      await settle(fixture);
      expect(total('criteria-self')).toBe('54,5');
      expect(total('self')).toBe('54,5');

      type(cell('T1', 'self'), '4');
      type(cell('D1', 'self'), '1,25');
      await settle(fixture);
      expect(total('bonuses-self')).toBe('+4');
      expect(total('deductions-self')).toBe('−1,25');
      expect(total('self')).toBe('57,25');
      // Not agreed yet: the counted total is the self total.
      expect(total('total')).toBe('57,25');
      expect(textOf(page.querySelector('tr[data-item="D1"] [data-value="counted"]'))).toBe('−1,25');
    });

    it('refuses a score above the maximum beside the cell and sends nothing', async () => {
      type(cell('A1', 'self'), '12');
      await settle(fixture);
      await save();
      expect(errorBeside('A1', 'self')).toBe('Không vượt quá 10 điểm.');
      expect(textOf(page.querySelector('.problem'))).toBe('Còn 1 ô chưa hợp lệ; vui lòng sửa rồi lưu lại.');
      http.expectNone(SCORES('25'));
    });

    it('saves the self scores with their evidence, never an agreed score', async () => {
      expect(cell('A1', 'agreed')).toBeNull();
      type(cell('A1', 'self'), '9,5');
      type(cell('A1', 'note'), 'Kế hoạch số 12/KH-UBND ngày 15/01/2024');
      await settle(fixture);
      await save();
      const req = http.expectOne(SCORES('25'));
      expect(req.request.method).toBe('PUT');
      expect(req.request.body).toEqual({
        items: [
          { code: 'A1', selfScore: 9.5, note: 'Kế hoạch số 12/KH-UBND ngày 15/01/2024' },
          { code: 'A2', selfScore: null, note: null },
          { code: 'T1', selfScore: null, note: null },
          { code: 'D1', selfScore: null, note: null },
        ],
        version: 0,
      });
      req.flush(card('25', 'Phú Thọ', { version: 1, status: ScoringStatus.SELF_SCORED }));
      await settle(fixture);
      expect(textOf(page.querySelector('.saved'))).toBe('Đã lưu điểm.');
    });

    it("puts the server's Vietnamese field error on its cell and its refusal in a banner", async () => {
      type(cell('A2', 'self'), '15');
      await settle(fixture);
      await save();
      http.expectOne(SCORES('25')).flush(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Dữ liệu không hợp lệ',
          errors: [{ field: 'items.1.selfScore', code: 'max', message: 'items.1.selfScore: Điểm vượt quá điểm tối đa của tiêu chí' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await settle(fixture);
      expect(errorBeside('A2', 'self')).toBe('Điểm vượt quá điểm tối đa của tiêu chí');
      expect(cell('A2', 'self').value).toBe('15');

      // Correcting the value clears the server's message.
      type(cell('A2', 'self'), '14');
      await settle(fixture);
      expect(errorBeside('A2', 'self')).toBe('');
      await save();
      http
        .expectOne(SCORES('25'))
        .flush(
          { statusCode: 409, error: 'Conflict', code: 'SCORE_SHEET_NOT_OPEN', message: 'Bảng điểm năm 2024 đã khóa, không nhận điểm nữa' },
          { status: 409, statusText: 'Conflict' },
        );
      await settle(fixture);
      expect(textOf(page.querySelector('tdkt-refusal-banner'))).toContain('Bảng điểm năm 2024 đã khóa, không nhận điểm nữa');
    });

    it('offers the newer version or keeping what was typed on a version conflict', async () => {
      type(cell('A1', 'self'), '8');
      await settle(fixture);
      await save();
      http
        .expectOne(SCORES('25'))
        .flush(
          { statusCode: 409, error: 'Conflict', code: 'VERSION_CONFLICT', message: 'Bản ghi đã được người khác sửa' },
          { status: 409, statusText: 'Conflict' },
        );
      await settle(fixture);
      expect(page.querySelector('[data-banner="conflict"]')).not.toBeNull();

      page.querySelector<HTMLButtonElement>('[data-action="keep-mine"]')!.click();
      await settle(fixture);
      http.expectOne(SCORES('25')).flush(card('25', 'Phú Thọ', { version: 3 }));
      await settle(fixture);
      expect(cell('A1', 'self').value).toBe('8');
      await save();
      const req = http.expectOne(SCORES('25'));
      expect(req.request.body.version).toBe(3);
      req.flush(card('25', 'Phú Thọ', { version: 4 }));
      await settle(fixture);
    });
  });

  describe('as the chair', () => {
    beforeEach(async () => {
      http = await setUpYearEnd(CHAIR);
      fixture = TestBed.createComponent(ScoreGridPage);
      fixture.componentRef.setInput('province', '25');
      page = fixture.nativeElement;
      await answerContext(http, fixture, CHAIR);
      http.expectOne(`/api/v1/clusters/TDMNPB/years/${YEAR}/ranking`).flush(RANKING);
      const scored = card('25', 'Phú Thọ', { status: ScoringStatus.SELF_SCORED, version: 2 });
      scored.items[0].selfScore = 9;
      scored.items[1].selfScore = 18;
      scored.items[1].note = 'Báo cáo tổng kết phong trào';
      http.expectOne(SCORES('25')).flush(scored);
      await settle(fixture);
    });

    it('names who has not scored yet', () => {
      expect(textOf(page.querySelector('[data-field="not-scored"]'))).toBe('1 tỉnh chưa tự chấm: Điện Biên.');
    });

    it('shows the self score and evidence beside the agreed score, and asks for a comment as soon as they differ', async () => {
      expect(textOf(page.querySelector('tr[data-item="A2"] [data-value="self"]'))).toBe('18');
      expect(textOf(page.querySelector('tr[data-item="A2"] .prose'))).toBe('Báo cáo tổng kết phong trào');
      expect(total('total')).toBe('54');

      type(cell('A2', 'agreed'), '16');
      await settle(fixture);
      // Shown while typing, before any save and before the comment field is visited.
      expect(errorBeside('A2', 'comment')).toBe('Điểm thống nhất khác điểm tự chấm: vui lòng ghi ý kiến.');
      expect(total('total')).toBe('52');
      expect(total('self')).toBe('54');

      await save();
      http.expectNone(SCORES('25'));

      type(cell('A2', 'comment'), 'Chưa có minh chứng tổ chức phong trào ở cấp xã');
      await settle(fixture);
      expect(errorBeside('A2', 'comment')).toBe('');

      // An agreed score equal to the self score needs no comment.
      type(cell('A1', 'agreed'), '9');
      await settle(fixture);
      expect(errorBeside('A1', 'comment')).toBe('');

      await save();
      const req = http.expectOne(SCORES('25'));
      expect(req.request.body.version).toBe(2);
      expect(req.request.body.items.slice(0, 2)).toEqual([
        { code: 'A1', agreedScore: 9, comment: null },
        { code: 'A2', agreedScore: 16, comment: 'Chưa có minh chứng tổ chức phong trào ở cấp xã' },
      ]);
      req.flush(card('25', 'Phú Thọ', { version: 3 }));
      await settle(fixture);
      // The ranking (who has scored) is read again after the save.
      http.expectOne(`/api/v1/clusters/TDMNPB/years/${YEAR}/ranking`).flush(RANKING);
      await settle(fixture);
    });

    it('shows a closed sheet read-only', async () => {
      fixture.componentRef.setInput('province', '11');
      await settle(fixture);
      http.expectOne(SCORES('11')).flush(card('11', 'Điện Biên', { sheetStatus: ScoreSheetStatus.CLOSED }));
      await settle(fixture);
      expect(page.querySelector('[data-field="agreed"]')).toBeNull();
      expect(page.querySelector('[data-action="save-scores"]')).toBeNull();
      expect(textOf(page.querySelector('.hint'))).toBe('Bảng điểm chưa mở (hoặc đã khóa) nên không thể chấm.');
    });
  });
});

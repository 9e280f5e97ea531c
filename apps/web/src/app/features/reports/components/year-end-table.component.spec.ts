import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslocoScope } from '@jsverse/transloco';
import { ScoreMethod, ScoreSheetStatus, ScoringStatus, VoteStatus } from '@tdkt/shared/contracts';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { reportFixture } from '../testing/report-fixture';
import { YearEndTable } from './year-end-table.component';

describe('YearEndTable', () => {
  let fixture: ComponentFixture<YearEndTable>;

  beforeEach(() => {
    resetLanguage();
    TestBed.configureTestingModule({ imports: [YearEndTable], providers: [...provideAppTesting(), provideTranslocoScope('reports')] });
    fixture = TestBed.createComponent(YearEndTable);
  });

  const statistics = reportFixture().statistics;

  it('shows the score table with shared ranks and the closed vote, elected provinces marked', async () => {
    fixture.componentRef.setInput('statistics', {
      ...statistics,
      yearEnd: {
        sheet: {
          status: ScoreSheetStatus.CLOSED,
          maxTotal: 55,
          criteria: [
            { code: 'TC1', name: 'Tuyên truyền', group: 'I', maxPoints: 50, method: ScoreMethod.MANUAL, pledgeCriterionCode: null },
          ],
          bonuses: [{ code: 'T1', name: 'Mô hình mới', maxPoints: 5 }],
          deductions: [],
        },
        scores: [
          {
            provinceCode: '08',
            provinceName: 'Tuyên Quang',
            selfTotal: 50,
            total: 48.5,
            rank: 1,
            status: ScoringStatus.AGREED,
            items: { TC1: 45, T1: 3.5 },
          },
          {
            provinceCode: '17',
            provinceName: 'Hòa Bình',
            selfTotal: 40,
            total: 40,
            rank: 2,
            status: ScoringStatus.AGREED,
            items: { TC1: 40 },
          },
          {
            provinceCode: '02',
            provinceName: 'Hà Giang',
            selfTotal: 40,
            total: 40,
            rank: 2,
            status: ScoringStatus.SELF_SCORED,
            items: { TC1: 40 },
          },
        ],
        votes: [
          {
            id: 'v1',
            title: 'Suy tôn Cờ thi đua của Chính phủ',
            awardTypeCode: 'CO_THI_DUA_CHINH_PHU',
            awardTypeName: 'Cờ thi đua của Chính phủ',
            status: VoteStatus.CLOSED,
            closedAt: '2025-01-10T03:00:00.000Z',
            eligible: 3,
            cast: 3,
            quorumMet: true,
            elected: ['08'],
            tally: [
              { provinceCode: '08', provinceName: 'Tuyên Quang', votes: 3, share: 1, elected: true },
              { provinceCode: '17', provinceName: 'Hòa Bình', votes: 0, share: 0, elected: false },
            ],
          },
          {
            id: 'v2',
            title: 'Đang bỏ phiếu',
            awardTypeCode: 'BANG_KHEN_THU_TUONG',
            awardTypeName: 'Bằng khen',
            status: VoteStatus.OPEN,
            closedAt: null,
            eligible: 3,
            cast: null,
            quorumMet: null,
            elected: [],
            tally: [],
          },
        ],
      },
    });
    await settle(fixture);
    const tables = fixture.nativeElement.querySelectorAll('table');
    expect(tables).toHaveLength(2);
    const cells = (row: Element) => [...row.querySelectorAll('th, td')].map((c) => textOf(c)).join(' ');
    const rows = [...tables[0].querySelectorAll('tbody tr')].map((r) => cells(r as Element));
    expect(rows).toEqual(['1 Tuyên Quang 45 3,5 50 48,5', '2 Hòa Bình 40 0 40 40', '2 Hà Giang 40 0 40 40']);
    expect(textOf(tables[0].querySelector('caption'))).toBe('Kết quả chấm điểm, xếp hạng thi đua (tối đa 55 điểm)');
    expect(textOf(tables[1].querySelector('caption'))).toBe('Suy tôn Cờ thi đua của Chính phủ: 3/3 tỉnh bỏ phiếu');
    expect(cells(tables[1].querySelector('tbody tr'))).toBe('Tuyên Quang 3 100% Được suy tôn');
    // The vote still open shows nothing: no count before closing.
    expect(textOf(fixture.nativeElement)).not.toContain('Đang bỏ phiếu');
  });

  it('says so when the year has neither a sheet nor a closed vote', async () => {
    fixture.componentRef.setInput('statistics', { ...statistics, yearEnd: null });
    await settle(fixture);
    expect(textOf(fixture.nativeElement)).toBe('Cụm chưa có bảng chấm điểm hay cuộc bỏ phiếu nào đã kết thúc trong năm.');
  });
});

import { ScoreItemKind, ScoreMethod, ScoreSheetStatus } from '@tdkt/shared/contracts';
import { ScoreSheetEntity } from '@tdkt/api/database';
import { sheetItems, sheetView } from './scoring.reader';

const sheet = Object.assign(new ScoreSheetEntity(), {
  id: 'sheet-1',
  clusterId: 'cluster-1',
  year: 2024,
  status: ScoreSheetStatus.OPEN,
  criteria: [
    { code: 'TC1', name: 'Tuyên truyền', group: 'I', maxPoints: 20, method: ScoreMethod.MANUAL, pledgeCriterionCode: null },
    { code: 'TC2', name: 'Giao ước', group: 'II', maxPoints: 30.5, method: ScoreMethod.PLEDGE_RATE, pledgeCriterionCode: 'GU1' },
  ],
  bonuses: [{ code: 'T1', name: 'Mô hình mới', maxPoints: 5 }],
  deductions: [{ code: 'D1', name: 'Báo cáo chậm', maxPoints: 3 }],
  copiedFromYear: 2023,
  openedAt: new Date('2024-11-01T00:00:00Z'),
  closedAt: null,
  version: 4,
});

describe('sheetItems', () => {
  it('lists criteria, then bonuses, then deductions, bonuses and deductions typed by hand', () => {
    expect(sheetItems(sheet).map((i) => [i.code, i.kind, i.method])).toEqual([
      ['TC1', ScoreItemKind.CRITERION, ScoreMethod.MANUAL],
      ['TC2', ScoreItemKind.CRITERION, ScoreMethod.PLEDGE_RATE],
      ['T1', ScoreItemKind.BONUS, ScoreMethod.MANUAL],
      ['D1', ScoreItemKind.DEDUCTION, ScoreMethod.MANUAL],
    ]);
  });
});

describe('sheetView', () => {
  it('answers the sheet with its highest reachable total (criteria and bonuses, no deduction)', () => {
    expect(sheetView(sheet, 'TDMNPB')).toMatchObject({
      clusterCode: 'TDMNPB',
      year: 2024,
      status: 'OPEN',
      maxTotal: 55.5,
      copiedFromYear: 2023,
      openedAt: '2024-11-01T00:00:00.000Z',
      closedAt: null,
      version: 4,
    });
  });
});

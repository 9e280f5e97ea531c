import { breakdownRows, chairProvinceName, commendationRows, pledgeProvinceRows } from './report-figures';
import { defaultFileName, displayStatus, duePeriod, reportRows } from './report-status';
import { reportFixture } from '../testing/report-fixture';
import type { ReportSummaryView } from '@tdkt/shared/contracts';

describe('report status', () => {
  const r = (id: string, status: string, supersedesId: string | null = null, year = 2024, period = 'H1', updatedAt = '2024-07-01') =>
    ({ id, status, supersedesId, year, period, updatedAt }) as ReportSummaryView;

  it('calls a final report superseded once a newer draft names it', () => {
    const all = [r('a', 'FINAL'), r('b', 'DRAFT', 'a'), r('c', 'FINAL')];
    expect(all.map((x) => displayStatus(x, all))).toEqual(['SUPERSEDED', 'DRAFT', 'FINAL']);
  });

  it('orders newest year first, the half-year before the annual report', () => {
    const rows = reportRows([
      r('fy23', 'FINAL', null, 2023, 'FY'),
      r('fy24', 'DRAFT', null, 2024, 'FY'),
      r('h124', 'FINAL', null, 2024, 'H1'),
    ]);
    expect(rows.map((x) => x.id)).toEqual(['h124', 'fy24', 'fy23']);
  });

  it('suggests the report that is due', () => {
    expect(duePeriod('2024-07-20')).toEqual({ year: 2024, period: 'H1' });
    expect(duePeriod('2024-12-10')).toEqual({ year: 2024, period: 'FY' });
    expect(duePeriod('2025-01-15')).toEqual({ year: 2024, period: 'FY' });
  });

  it('names a file when the server does not', () => {
    expect(defaultFileName({ clusterCode: 'TDMNPB', period: 'H1', year: 2024 }, 'xlsx')).toBe('bao-cao-TDMNPB-H1-2024.xlsx');
  });
});

describe('report figures', () => {
  const s = reportFixture().statistics;

  it('ends the province table with the cluster total and the change against last year', () => {
    const rows = commendationRows(s);
    expect(rows.map((x) => [x.name, x.total, x.previous, x.delta, x.isTotal])).toEqual([
      ['Tuyên Quang', 120, 110, 10, false],
      ['Hòa Bình', 98, 90, 8, false],
      ['Hà Giang', 45, 40, 5, false],
      ['', 263, 240, 23, true],
    ]);
  });

  it('leaves zero rows out of a breakdown and gives each share of the total', () => {
    expect(breakdownRows({ REGULAR: 3, THEMATIC: 1, FOREIGN: 0 }, ['REGULAR', 'THEMATIC', 'FOREIGN'], 4)).toEqual([
      { code: 'REGULAR', count: 3, share: 0.75 },
      { code: 'THEMATIC', count: 1, share: 0.25 },
    ]);
  });

  it('counts the pledge criteria each province reached', () => {
    expect(pledgeProvinceRows(s).map((p) => [p.name, p.achieved, p.criteria, p.averageRate])).toEqual([
      ['Tuyên Quang', 1, 1, 1],
      ['Hòa Bình', 0, 1, 0.9],
      ['Hà Giang', 0, 1, null],
    ]);
    expect(chairProvinceName(s)).toBe('Tuyên Quang');
  });
});

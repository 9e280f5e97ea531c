import {
  DEFAULT_FILTERS,
  FindingFilters,
  findingListParams,
  findingSummaryParams,
  provinceOptions,
  ruleCounts,
  totalsOf,
} from './finding-filters';
import { sumRunResults } from './run-results';

describe('finding filters', () => {
  it('sends only the filters that are set, with the page', () => {
    const params = findingListParams({ ...DEFAULT_FILTERS, severity: 'ERROR', year: 2024, provinceCode: '08' }, 3, 20);
    expect(params.keys().sort()).toEqual(['page', 'pageSize', 'provinceCode', 'severity', 'status', 'year']);
    expect(params.get('status')).toBe('OPEN');
    expect(params.get('severity')).toBe('ERROR');
    expect(params.get('year')).toBe('2024');
    expect(params.get('page')).toBe('3');
  });

  it('asks the summary only for cluster, province and year', () => {
    const filters: FindingFilters = { ...DEFAULT_FILTERS, clusterCode: 'TDMNPB', provinceCode: '08', ruleId: 'R-X', year: 2024 };
    const params = findingSummaryParams(filters);
    expect(params.keys().sort()).toEqual(['clusterCode', 'provinceCode', 'year']);
    expect(findingSummaryParams(DEFAULT_FILTERS).keys()).toEqual([]);
  });

  it('counts each rule for the chosen status and severity, the most frequent first, without empty rules', () => {
    const rows = [
      { ruleId: 'R-A', title: 'Thẩm quyền', severity: 'ERROR' as never, open: 1, confirmed: 4, cleared: 0 },
      { ruleId: 'R-B', title: 'Chuỗi danh hiệu', severity: 'ERROR' as never, open: 3, confirmed: 0, cleared: 2 },
      { ruleId: 'R-C', title: 'Tên người được khen', severity: 'WARNING' as never, open: 3, confirmed: 0, cleared: 0 },
    ];
    const counts = (filters: Parameters<typeof ruleCounts>[1]) => ruleCounts(rows, filters).map((c) => `${c.ruleId}:${c.count}`);
    expect(counts({ status: 'OPEN', severity: null })).toEqual(['R-B:3', 'R-C:3', 'R-A:1']);
    expect(counts({ status: 'CONFIRMED', severity: null })).toEqual(['R-A:4']);
    // Equal counts in alphabetical order of the title.
    expect(counts({ status: null, severity: null })).toEqual(['R-B:5', 'R-A:5', 'R-C:3']);
    expect(counts({ status: 'OPEN', severity: 'WARNING' })).toEqual(['R-C:3']);
    expect(ruleCounts(rows, { status: 'CLEARED', severity: 'ERROR' })[0]).toEqual({
      ruleId: 'R-B',
      title: 'Chuỗi danh hiệu',
      severity: 'ERROR',
      count: 2,
    });
  });

  it('adds up the per-province counts', () => {
    const row = { code: '08', name: 'Tuyên Quang', open: 2, confirmed: 1, cleared: 3, errors: 2, warnings: 1 };
    expect(totalsOf([row, { ...row, code: '25', open: 1 }])).toEqual({ open: 3, confirmed: 2, cleared: 6, errors: 4, warnings: 2 });
  });

  it('offers one province option per code, naming the current province first', () => {
    const base = { id: 'x', kind: 'PROVINCE', note: null, successorCode: null, validFrom: null } as const;
    const options = provinceOptions([
      { ...base, code: '15', name: 'Yên Bái', validTo: '2025-06-30', successorCode: '15' },
      { ...base, code: '15', name: 'Lào Cai', validTo: null },
      { ...base, code: '08', name: 'Tuyên Quang', validTo: '2025-06-30' },
      { ...base, code: '08', name: 'Tuyên Quang', validTo: null },
    ] as never);
    expect(options).toEqual([
      { code: '08', label: '08 – Tuyên Quang' },
      { code: '15', label: '15 – Lào Cai / Yên Bái' },
    ]);
  });

  it('sums the runs of several clusters', () => {
    const run = { checked: 10, opened: 2, updated: 1, cleared: 0, open: 5, ruleVersion: '2024.1' };
    expect(sumRunResults([run, { ...run, checked: 5, ruleVersion: '2024.2' }])).toEqual({
      checked: 15,
      opened: 4,
      updated: 2,
      cleared: 0,
      open: 10,
      ruleVersion: '2024.2',
    });
  });
});

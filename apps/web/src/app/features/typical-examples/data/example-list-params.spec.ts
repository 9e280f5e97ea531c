import { filtersFromParams, filtersToParams, sameFilters } from './example-list-params';

describe('typical-example list filters in the address', () => {
  it('reads what the API accepts and drops the rest', () => {
    expect(filtersFromParams({ year: '2024', provinceCode: '08', clusterCode: 'TDMNPB', page: '3' })).toEqual({
      year: 2024,
      provinceCode: '08',
      clusterCode: 'TDMNPB',
      page: 3,
    });
    expect(filtersFromParams({ year: '1800', provinceCode: 'x', clusterCode: 'a b', page: '0' })).toEqual({
      year: null,
      provinceCode: null,
      clusterCode: null,
      page: 1,
    });
  });

  it('writes short links and reads them back unchanged', () => {
    const filters = { year: 2024, provinceCode: null, clusterCode: 'TDMNPB', page: 1 };
    expect(filtersToParams(filters)).toEqual({ year: 2024, provinceCode: null, clusterCode: 'TDMNPB', page: null });
    const back = filtersFromParams({ year: '2024', clusterCode: 'TDMNPB' });
    expect(sameFilters(back, filters)).toBe(true);
  });
});

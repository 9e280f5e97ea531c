import { DEFAULT_CRITERIA, criteriaFromParams, criteriaToParams, sameCriteria } from './movement-list-criteria';

describe('movement list criteria', () => {
  it('reads the year, cluster and page of the address', () => {
    expect(criteriaFromParams({ year: '2024', clusterCode: 'TDMNPB', page: '3' })).toEqual({ year: 2024, clusterCode: 'TDMNPB', page: 3 });
    expect(criteriaFromParams({})).toEqual(DEFAULT_CRITERIA);
  });

  it.each([
    [{ year: '1900' }],
    [{ year: '2024.5' }],
    [{ year: 'nam-nay' }],
    [{ clusterCode: 'tdmnpb' }],
    [{ clusterCode: 'X' }],
    [{ clusterCode: ['TDMNPB', 'TNB'] }],
    [{ page: '0' }],
    [{ page: '-2' }],
    [{ page: '9999999' }],
  ])('falls back to the default for what the API would refuse: %j', (params) => {
    expect(criteriaFromParams(params)).toEqual(DEFAULT_CRITERIA);
  });

  it('leaves defaults out of the address and reads back what it wrote', () => {
    expect(criteriaToParams(DEFAULT_CRITERIA)).toEqual({ year: null, clusterCode: null, page: null });
    const chosen = { year: 2023, clusterCode: 'TDMNPB', page: 2 };
    const written = criteriaToParams(chosen);
    expect(written).toEqual({ year: 2023, clusterCode: 'TDMNPB', page: 2 });
    const read = criteriaFromParams(Object.fromEntries(Object.entries(written).map(([k, v]) => [k, String(v)])));
    expect(sameCriteria(read, chosen)).toBe(true);
    expect(sameCriteria(read, { ...chosen, page: 1 })).toBe(false);
  });
});

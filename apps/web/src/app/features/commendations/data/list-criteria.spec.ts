import { DEFAULT_CRITERIA, criteriaFromParams, criteriaToHttpParams, criteriaToParams } from './list-criteria';

describe('list criteria', () => {
  it('reads a bookmarked address and writes it back the same', () => {
    const params = {
      q: 'tuyên quang',
      year: '2024',
      period: 'H1',
      awardTypeCode: 'BANG_KHEN_TINH',
      status: 'APPROVED',
      provinceCode: '08',
      sort: 'recipientName',
      page: '3',
      pageSize: '50',
    };
    const criteria = criteriaFromParams(params);
    expect(criteria).toEqual({ ...params, year: 2024, page: 3, pageSize: 50 });
    expect(criteriaToParams(criteria)).toEqual({ ...params, year: 2024, page: 3, pageSize: 50 });
  });

  it('falls back to the defaults for values the API would refuse', () => {
    expect(
      criteriaFromParams({
        year: '1800',
        period: 'Q3',
        awardTypeCode: 'bằng khen',
        status: 'LOST',
        provinceCode: '8',
        sort: 'id',
        page: '-1',
        pageSize: '7',
      }),
    ).toEqual(DEFAULT_CRITERIA);
  });

  it('leaves the defaults and a period without a year out of the address', () => {
    expect(criteriaToParams({ ...DEFAULT_CRITERIA, period: 'H1' })).toEqual({
      q: null,
      year: null,
      period: null,
      awardTypeCode: null,
      status: null,
      provinceCode: null,
      sort: null,
      page: null,
      pageSize: null,
    });
  });

  it('turns the first half-year into a decision-date range and the whole year into the year alone', () => {
    const h1 = criteriaToHttpParams({ ...DEFAULT_CRITERIA, year: 2025, period: 'H1' });
    expect([h1.get('year'), h1.get('from'), h1.get('to')]).toEqual(['2025', '2025-01-01', '2025-06-30']);
    const year = criteriaToHttpParams({ ...DEFAULT_CRITERIA, year: 2025 });
    expect([year.get('year'), year.has('from'), year.has('to')]).toEqual(['2025', false, false]);
  });
});

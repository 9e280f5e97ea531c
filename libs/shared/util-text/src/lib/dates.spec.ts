import { addDays, currentYearInVietnam, formatDateVi, isIsoDate, todayInVietnam } from './dates';

describe('isIsoDate', () => {
  it.each(['2024-06-30', '2024-02-29', '2025-07-01'])('accepts %s', (d) => expect(isIsoDate(d)).toBe(true));
  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '30/06/2024', '2024-6-30', ''])('rejects %s', (d) => expect(isIsoDate(d)).toBe(false));
});

describe('dates', () => {
  it('adds days across a month and a year end', () => {
    expect(addDays('2025-06-30', 1)).toBe('2025-07-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('writes dates the Vietnamese way', () => {
    expect(formatDateVi('2024-07-29')).toBe('29/07/2024');
  });

  it('takes today in UTC+7', () => {
    expect(todayInVietnam(new Date('2024-06-30T17:30:00Z'))).toBe('2024-07-01');
    expect(todayInVietnam(new Date('2024-06-30T16:59:00Z'))).toBe('2024-06-30');
  });

  it('takes the current year in UTC+7, which turns seven hours before UTC', () => {
    expect(currentYearInVietnam(new Date('2024-12-31T17:00:00Z'))).toBe(2025);
    expect(currentYearInVietnam(new Date('2024-12-31T16:59:59Z'))).toBe(2024);
    expect(currentYearInVietnam(new Date('2025-01-01T00:00:00+07:00'))).toBe(2025);
  });
});

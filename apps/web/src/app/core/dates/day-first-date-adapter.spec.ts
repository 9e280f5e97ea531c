import { TestBed } from '@angular/core/testing';
import { MAT_DATE_LOCALE } from '@angular/material/core';
import { DAY_FIRST, DayFirstDateAdapter } from './day-first-date-adapter';
import { toIsoDate } from './iso-date';

describe('DayFirstDateAdapter', () => {
  let adapter: DayFirstDateAdapter;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [DayFirstDateAdapter, { provide: MAT_DATE_LOCALE, useValue: 'vi' }] });
    adapter = TestBed.inject(DayFirstDateAdapter);
  });

  it('reads day/month/year, as Vietnamese write dates', () => {
    expect(toIsoDate(adapter.parse('01/07/2025', DAY_FIRST)!)).toBe('2025-07-01');
    expect(toIsoDate(adapter.parse('1.7.2025', DAY_FIRST)!)).toBe('2025-07-01');
    expect(toIsoDate(adapter.parse(' 30-6-2025 ', DAY_FIRST)!)).toBe('2025-06-30');
  });

  it('rejects impossible or malformed dates and treats blank as no date', () => {
    expect(adapter.isValid(adapter.parse('31/02/2025', DAY_FIRST)!)).toBe(false);
    expect(adapter.isValid(adapter.parse('2025-07-01', DAY_FIRST)!)).toBe(false);
    expect(adapter.parse('  ', DAY_FIRST)).toBeNull();
  });

  it('writes dd/MM/yyyy', () => {
    expect(adapter.format(new Date(2025, 6, 1), DAY_FIRST)).toBe('01/07/2025');
  });
});

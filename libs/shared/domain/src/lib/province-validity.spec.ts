import { isValidOn, resolveProvinceCode } from './province-validity';

const provinces = [
  { code: '15', name: 'Yên Bái', validFrom: null, validTo: '2025-06-30' },
  { code: '15', name: 'Lào Cai', validFrom: '2025-07-01', validTo: null },
  { code: '10', name: 'Lào Cai (cũ)', validFrom: null, validTo: '2025-06-30' },
  { code: '46', name: 'Thừa Thiên Huế', validFrom: null, validTo: '2024-12-31' },
  { code: '46', name: 'Huế', validFrom: '2025-01-01', validTo: null },
];

describe('province validity', () => {
  it('treats both ends as inclusive and open ends as unbounded', () => {
    expect(isValidOn(provinces[0], '2025-06-30')).toBe(true);
    expect(isValidOn(provinces[0], '2025-07-01')).toBe(false);
    expect(isValidOn(provinces[1], '2025-07-01')).toBe(true);
    expect(isValidOn(provinces[1], '2099-01-01')).toBe(true);
  });

  it('resolves a reused code by date', () => {
    expect(resolveProvinceCode(provinces, '15', '2024-06-30')?.name).toBe('Yên Bái');
    expect(resolveProvinceCode(provinces, '15', '2025-12-31')?.name).toBe('Lào Cai');
    expect(resolveProvinceCode(provinces, '46', '2025-03-01')?.name).toBe('Huế');
  });

  it('finds nothing for a code that no longer exists', () => {
    expect(resolveProvinceCode(provinces, '10', '2025-07-01')).toBeUndefined();
  });
});

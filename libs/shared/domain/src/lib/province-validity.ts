/** The validity of a province record: open ends are null (valid since ever / still valid). */
export interface ProvinceValidity {
  code: string;
  validFrom: string | null;
  validTo: string | null;
}

/** Whether a province record is in force on a date (YYYY-MM-DD). */
export function isValidOn(province: ProvinceValidity, date: string): boolean {
  return (province.validFrom === null || province.validFrom <= date) && (province.validTo === null || province.validTo >= date);
}

/**
 * Resolves a province code on a date. Codes are reused across the 2025 merger
 * (15 is Yên Bái until 2025-06-30 and the new Lào Cai afterwards), so a code alone is ambiguous.
 */
export function resolveProvinceCode<T extends ProvinceValidity>(provinces: readonly T[], code: string, date: string): T | undefined {
  return provinces.find((p) => p.code === code && isValidOn(p, date));
}

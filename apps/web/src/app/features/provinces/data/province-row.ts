import type { ProvinceView } from '@tdkt/shared/contracts';
import { formatDateVi } from '@tdkt/shared/util-text';

/** A translation key with its parameters, ready for the transloco pipe. */
export interface TranslatedText {
  readonly key: string;
  readonly params?: Record<string, string>;
}

export interface ProvinceRow extends ProvinceView {
  /** Name of the unit it merged into, when known. */
  readonly successorName: string | null;
  readonly validity: TranslatedText;
}

/** "01/07/2025 – 30/06/2030", "Từ 01/07/2025", "Đến 30/06/2025" or "Đang hiệu lực". */
export function validityOf(province: Pick<ProvinceView, 'validFrom' | 'validTo'>): TranslatedText {
  const from = province.validFrom ? formatDateVi(province.validFrom) : null;
  const to = province.validTo ? formatDateVi(province.validTo) : null;
  if (from && to) return { key: 'provinces.validity.range', params: { from, to } };
  if (from) return { key: 'provinces.validity.from', params: { from } };
  if (to) return { key: 'provinces.validity.to', params: { to } };
  return { key: 'provinces.validity.always' };
}

import { Period, ProvinceKind } from '@tdkt/shared/contracts';
import { DateRange } from '../period';

/** Vietnamese number: dot for thousands ("1.234"). */
export function numberVi(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A fraction as a Vietnamese percentage with one decimal, comma as separator: 0.855 → "85,5%". */
export function percentVi(rate: number): string {
  const rounded = Math.round(rate * 1000) / 10;
  return `${Number.isInteger(rounded) ? rounded.toString() : rounded.toFixed(1).replace('.', ',')}%`;
}

/** "29/7/2024", as news items and body text write a date. */
export function shortDateVi(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

/** "29/07/2024", the date line under a news title. */
export function paddedDateVi(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * The place and date line of an administrative document: "Tuyên Quang, ngày 29 tháng 7 năm 2024".
 * Days below 10 and months 1–2 take a leading zero (Decree 30/2020/NĐ-CP, Appendix I).
 */
export function placeDateLineVi(place: string, date: string | null, year: number): string {
  if (!date) return `${place}, ngày … tháng … năm ${year}`;
  const [y, m, d] = date.split('-').map(Number);
  const day = d < 10 ? `0${d}` : `${d}`;
  const month = m <= 2 ? `0${m}` : `${m}`;
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

/** The same days one year earlier, for the comparison with the same period of the previous year. */
export function previousYearRange(range: DateRange): DateRange {
  const back = (date: string) => {
    const y = Number(date.slice(0, 4)) - 1;
    const md = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
    return `${y}-${md}`;
  };
  return { from: back(range.from), to: back(range.to) };
}

/** "6 tháng cuối năm 2024" after a semi-annual review, "năm 2025" after a year-end one. */
export function nextPeriodLabelVi(year: number, period: Period): string {
  return period === Period.H1 ? `6 tháng cuối năm ${year}` : `năm ${year + 1}`;
}

/** The summary line (trích yếu) under "BÁO CÁO". */
export function reportSummaryVi(year: number, period: Period): string {
  return period === Period.H1
    ? `Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm ${year} và phương hướng, nhiệm vụ 6 tháng cuối năm ${year}`
    : `Tổng kết công tác thi đua, khen thưởng năm ${year} và phương hướng, nhiệm vụ năm ${year + 1}`;
}

/** A list read aloud: "A, B và C". */
export function joinVi(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/** "85,5" for a score: one decimal at most, comma as separator. */
export function scoreVi(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  return Number.isInteger(rounded) ? rounded.toString() : rounded.toFixed(1).replace('.', ',');
}

/** How a report names its members: "tỉnh", "thành phố" or "tỉnh, thành phố", by the members' kinds. */
export interface MemberWords {
  /** "tỉnh" / "thành phố" / "tỉnh, thành phố". */
  one: string;
  /** "các tỉnh" / "các thành phố" / "các tỉnh, thành phố". */
  all: string;
}

export function memberWordsVi(kinds: ReadonlyArray<ProvinceKind | undefined>): MemberWords {
  const cities = kinds.filter((k) => k === ProvinceKind.CITY).length;
  const one = kinds.length > 0 && cities === kinds.length ? 'thành phố' : cities > 0 ? 'tỉnh, thành phố' : 'tỉnh';
  return { one, all: `các ${one}` };
}

/** "UBND TỈNH TUYÊN QUANG", "UBND THÀNH PHỐ HÀ NỘI": the parent body line of a province's document. */
export function provinceCommitteeVi(name: string, kind: ProvinceKind | undefined): string {
  return `UBND ${kind === ProvinceKind.CITY ? 'THÀNH PHỐ' : 'TỈNH'} ${name.toUpperCase()}`;
}

import type { AwardCategory, AwardLevel, AwardTypeView } from '@tdkt/shared/contracts';

export type AwardLevelCode = `${AwardLevel}`;
export type AwardCategoryCode = `${AwardCategory}`;

/** Highest level first, as the law lists them. */
export const AWARD_LEVELS: readonly AwardLevelCode[] = ['STATE', 'GOVERNMENT', 'PROVINCE', 'GRASSROOTS'];

/** Titles (danh hiệu) before forms (hình thức), as in the Law on Emulation and Commendation. */
export const AWARD_CATEGORIES: readonly AwardCategoryCode[] = ['EMULATION_TITLE', 'COMMENDATION_FORM'];

export interface AwardGroup {
  readonly category: AwardCategoryCode;
  readonly items: readonly AwardTypeView[];
}

/** Groups the catalogue by category, keeping only the chosen levels (none chosen: all), highest level first. */
export function groupAwardTypes(types: readonly AwardTypeView[], levels: readonly AwardLevelCode[]): AwardGroup[] {
  const rank = (level: string): number => AWARD_LEVELS.indexOf(level as AwardLevelCode);
  const shown = levels.length ? types.filter((t) => levels.includes(t.level as AwardLevelCode)) : [...types];
  return AWARD_CATEGORIES.map((category) => ({
    category,
    items: shown.filter((t) => t.category === (category as string)).sort((a, b) => rank(a.level) - rank(b.level)),
  })).filter((group) => group.items.length > 0);
}

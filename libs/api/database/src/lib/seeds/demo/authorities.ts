import { AwardLevel } from '@tdkt/shared/contracts';
import { dayOfYear } from './calendar';
import { hashString } from './random';

/** Who signs a decision, the symbol of its number, and about how many decisions that office issues a day. */
export interface Authority {
  perDay: number;
  symbol: string;
  title: string;
}

export const PRIME_MINISTER: Authority = { title: 'Thủ tướng Chính phủ', symbol: 'QĐ-TTg', perDay: 4.5 };
export const PRESIDENT: Authority = { title: 'Chủ tịch nước', symbol: 'QĐ-CTN', perDay: 4 };

export function provinceChair(province: string): Authority {
  return { title: `Chủ tịch UBND tỉnh ${province}`, symbol: 'QĐ-UBND', perDay: 8 };
}

/** `district` carries its prefix: "huyện Chiêm Hóa", "thị xã Sa Pa". District chairs decide grassroots awards until 2025-06-30. */
export function districtChair(district: string): Authority {
  return { title: `Chủ tịch UBND ${district}`, symbol: 'QĐ-UBND', perDay: 9 };
}

export function communeChair(commune: string): Authority {
  return { title: `Chủ tịch UBND xã ${commune}`, symbol: 'QĐ-UBND', perDay: 0.6 };
}

export function director(office: string, symbol: string): Authority {
  return { title: `Giám đốc ${office}`, symbol: `QĐ-${symbol}`, perDay: 1.2 };
}

/** The authority for a level; grassroots awards are decided by the recipient's own superior. */
export function authorityFor(level: AwardLevel, province: string, grassroots: Authority): Authority {
  switch (level) {
    case AwardLevel.STATE:
      return PRESIDENT;
    case AwardLevel.GOVERNMENT:
      return PRIME_MINISTER;
    case AwardLevel.PROVINCE:
      return provinceChair(province);
    default:
      return grassroots;
  }
}

/**
 * "1234/QĐ-UBND": numbers run up through the year at the office's pace, and one office's
 * decisions of one day share a number, as a decision usually commends many recipients.
 */
export function decisionNumber(authority: Authority, isoDate: string): string {
  const spread = Math.max(1, Math.floor(authority.perDay));
  const n = Math.floor((dayOfYear(isoDate) - 1) * authority.perDay) + 1 + (hashString(`${authority.title}|${isoDate}`) % spread);
  return `${n}/${authority.symbol}`;
}

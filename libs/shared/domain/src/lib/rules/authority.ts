import { AwardLevel } from '@tdkt/shared/contracts';
import { foldVietnamese } from '@tdkt/shared/util-text';

/** Who signed a decision, read from its free-text deciding authority. */
export type AuthorityKind = 'COMMUNE' | 'DISTRICT' | 'GOVERNMENT' | 'MINISTER' | 'PROVINCE' | 'STATE' | 'UNIT';

/** District chairmen lose their commendation powers after this day (Decree 129/2025 Art. 59). */
export const LAST_DISTRICT_DAY = '2025-06-30';

const CENTRAL_CITIES = ['ha noi', 'ho chi minh', 'hai phong', 'da nang', 'can tho', 'hue'];
const COMMITTEE = '(?:ubnd|uy ban nhan dan)';

/** Null when the text names no office we recognise; the rule then stays silent rather than guess. */
export function classifyAuthority(text: string | null | undefined): AuthorityKind | null {
  const t = foldVietnamese(text);
  if (!t) return null;
  if (/chu tich nuoc/.test(t)) return 'STATE';
  if (/thu tuong|chinh phu/.test(t)) return 'GOVERNMENT';
  if (new RegExp(`chu tich ${COMMITTEE} tinh`).test(t)) return 'PROVINCE';
  const city = new RegExp(`chu tich ${COMMITTEE} thanh pho (.+)$`).exec(t);
  if (city && CENTRAL_CITIES.some((c) => city[1].startsWith(c))) return 'PROVINCE';
  if (/bo truong|thu truong co quan ngang bo|truong ban .*trung uong/.test(t)) return 'MINISTER';
  if (new RegExp(`chu tich ${COMMITTEE} (huyen|quan|thi xa|thanh pho)`).test(t)) return 'DISTRICT';
  if (new RegExp(`chu tich ${COMMITTEE} (xa|phuong|thi tran|dac khu)`).test(t)) return 'COMMUNE';
  if (/giam doc|thu truong|hieu truong|truong phong|vien truong|chu tich hoi dong|chu tich cong ty|chanh van phong/.test(t)) return 'UNIT';
  return null;
}

/** Awards a commune chairman could decide before the 2025 reform (Law Art. 80.3; LĐTT of workers and farmers, Art. 24.3). */
const COMMUNE_AWARDS_BEFORE_REFORM = ['GIAY_KHEN', 'GIA_DINH_VAN_HOA', 'LAO_DONG_TIEN_TIEN'];

/**
 * Grassroots titles a minister or head of a central body decides for the units under them (Law Art. 79.3); Giấy khen
 * is signed by the heads of those units, not by the minister (Art. 80).
 */
export const MINISTER_GRASSROOTS_AWARDS = ['CSTD_CO_SO', 'LAO_DONG_TIEN_TIEN', 'TAP_THE_LAO_DONG_TIEN_TIEN'];

/** Why the signer may not decide this award, or null when it may (Law Art. 77–80; Decree 129/2025). */
export function authorityProblem(level: AwardLevel, awardCode: string, authority: AuthorityKind, decisionDate: string): string | null {
  switch (level) {
    case AwardLevel.STATE:
      return authority === 'STATE' ? null : 'khen thưởng cấp Nhà nước do Chủ tịch nước quyết định';
    case AwardLevel.GOVERNMENT:
      return authority === 'GOVERNMENT' ? null : 'khen thưởng cấp Chính phủ do Chính phủ hoặc Thủ tướng Chính phủ quyết định';
    case AwardLevel.PROVINCE:
      return authority === 'PROVINCE' || authority === 'MINISTER'
        ? null
        : 'khen thưởng cấp tỉnh do Chủ tịch UBND tỉnh (hoặc Bộ trưởng, thủ trưởng cơ quan trung ương) quyết định';
    default:
      if (authority === 'MINISTER') {
        return MINISTER_GRASSROOTS_AWARDS.includes(awardCode)
          ? null
          : 'Bộ trưởng, thủ trưởng cơ quan trung ương chỉ quyết định Chiến sĩ thi đua cơ sở, Lao động tiên tiến, Tập thể lao động tiên tiến cho đơn vị thuộc quyền (Luật Thi đua, khen thưởng Điều 79.3); Giấy khen do thủ trưởng đơn vị ký';
      }
      if (authority === 'DISTRICT' && decisionDate > LAST_DISTRICT_DAY) {
        return 'từ 01/07/2025 Chủ tịch UBND cấp huyện không còn thẩm quyền khen thưởng; thẩm quyền chuyển cho Chủ tịch UBND cấp xã (Nghị định 129/2025/NĐ-CP Điều 59)';
      }
      if (authority === 'COMMUNE' && decisionDate <= LAST_DISTRICT_DAY && !COMMUNE_AWARDS_BEFORE_REFORM.includes(awardCode)) {
        return 'trước 01/07/2025 Chủ tịch UBND cấp xã chỉ tặng Giấy khen, Gia đình văn hóa và Lao động tiên tiến';
      }
      return authority === 'DISTRICT' || authority === 'COMMUNE' || authority === 'UNIT'
        ? null
        : 'khen thưởng cơ sở do thủ trưởng cơ quan, đơn vị hoặc Chủ tịch UBND cấp huyện, cấp xã quyết định';
  }
}

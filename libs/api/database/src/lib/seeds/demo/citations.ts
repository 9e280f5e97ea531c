import { RecipientKind } from '@tdkt/shared/contracts';
import { DemoProvince, MovementKey } from './context';
import { YAGI_HIT } from './facts';
import { Random } from './random';
import { UnitKind } from './units';

/** The formal sentence a decision gives for a regular (yearly) award. */
export function regularCitation(award: string, year: number, kind: RecipientKind, province: string): string {
  switch (award) {
    case 'LAO_DONG_TIEN_TIEN':
      return `Đã hoàn thành tốt nhiệm vụ, chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước, tích cực tham gia phong trào thi đua năm ${year}.`;
    case 'CSTD_CO_SO':
      return `Đạt danh hiệu Lao động tiên tiến, hoàn thành xuất sắc nhiệm vụ, có thành tích tiêu biểu trong phong trào thi đua năm ${year}.`;
    case 'CSTD_TINH':
      return `Có thành tích tiêu biểu xuất sắc, 03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (${year - 2}–${year}).`;
    case 'TAP_THE_LAO_DONG_TIEN_TIEN':
      return `Đã hoàn thành tốt nhiệm vụ được giao năm ${year}.`;
    case 'TAP_THE_LAO_DONG_XUAT_SAC':
      return `Đã hoàn thành xuất sắc nhiệm vụ năm ${year}, là tập thể tiêu biểu trong phong trào thi đua.`;
    case 'CO_THI_DUA_TINH':
      return `Đơn vị dẫn đầu phong trào thi đua năm ${year} của tỉnh ${province}.`;
    case 'CO_THI_DUA_CHINH_PHU':
      return `Đã hoàn thành xuất sắc toàn diện nhiệm vụ, dẫn đầu phong trào thi đua năm ${year}.`;
    case 'XA_PHUONG_TIEU_BIEU':
      return `Đạt danh hiệu Xã tiêu biểu năm ${year}: hoàn thành xuất sắc các chỉ tiêu phát triển kinh tế – xã hội, bảo đảm quốc phòng, an ninh.`;
    case 'THON_TO_DAN_PHO_VAN_HOA':
      return `Đạt danh hiệu Thôn văn hóa năm ${year}.`;
    case 'GIA_DINH_VAN_HOA':
      return `Đạt danh hiệu Gia đình văn hóa năm ${year}.`;
    case 'CSTD_TOAN_QUOC':
      return `Có thành tích đặc biệt xuất sắc, 02 lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp tỉnh.`;
    default:
      return kind === RecipientKind.INDIVIDUAL
        ? `Đã có thành tích xuất sắc trong thực hiện nhiệm vụ chính trị năm ${year}.`
        : `Đã có thành tích xuất sắc trong công tác năm ${year}, góp phần vào sự nghiệp xây dựng và phát triển tỉnh ${province}.`;
  }
}

/** What a household is commended for in a movement. */
const HOUSEHOLD_DEEDS: Partial<Record<MovementKey, string>> = {
  NONG_THON_MOI: 'Đã tự nguyện hiến đất, đóng góp ngày công làm đường giao thông nông thôn',
  NGUOI_NGHEO: 'Đã tích cực ủng hộ, giúp đỡ hộ nghèo phát triển sản xuất',
  NHA_TAM: 'Đã tích cực đóng góp ngày công, vật liệu giúp hộ nghèo xóa nhà tạm',
};

export function thematicCitation(movement: { key: MovementKey; name: string }, year: number, kind: RecipientKind): string {
  const deed = (kind === RecipientKind.HOUSEHOLD && HOUSEHOLD_DEEDS[movement.key]) || 'Đã có thành tích xuất sắc';
  return `${deed} trong phong trào thi đua “${movement.name}” năm ${year}.`;
}

export function contributionCitation(province: string): string {
  return `Đã có quá trình cống hiến, nhiều đóng góp cho sự nghiệp xây dựng và phát triển tỉnh ${province}.`;
}

export interface Event {
  citation: string;
  from: string;
  to: string;
}

/** An occasion for an extraordinary award that fits the province, the year and the recipient's unit. */
export function extraordinaryEvent(rng: Random, p: DemoProvince, year: number, unit: UnitKind): Event {
  if (unit === 'POLICE') {
    return p.profile.border
      ? {
          citation: 'Đã có thành tích xuất sắc trong đấu tranh, triệt phá đường dây mua bán trái phép chất ma túy qua biên giới.',
          from: `${year}-01-15`,
          to: `${year}-12-20`,
        }
      : {
          citation: 'Đã có thành tích xuất sắc trong điều tra, khám phá nhanh vụ án giết người, cướp tài sản.',
          from: `${year}-01-15`,
          to: `${year}-12-20`,
        };
  }
  if (unit === 'SCHOOL') {
    return {
      citation: `Đã có thành tích xuất sắc trong bồi dưỡng học sinh đạt giải Kỳ thi chọn học sinh giỏi quốc gia năm học ${year - 1}–${year}.`,
      from: `${year}-03-15`,
      to: `${year}-06-30`,
    };
  }
  if (year === 2024 && YAGI_HIT.includes(p.code)) {
    return {
      citation: 'Đã có thành tích xuất sắc trong công tác ứng phó, khắc phục hậu quả bão số 3 (Yagi) và mưa lũ sau bão.',
      from: '2024-09-16',
      to: '2024-11-29',
    };
  }
  return rng.pick<Event>([
    { citation: 'Đã có hành động dũng cảm cứu người bị nạn trong mưa lũ.', from: `${year}-06-01`, to: `${year}-10-31` },
    { citation: 'Đã có thành tích xuất sắc trong công tác phòng cháy, chữa cháy rừng.', from: `${year}-01-10`, to: `${year}-05-31` },
    {
      citation: 'Đã có thành tích xuất sắc trong tìm kiếm, cứu nạn và khắc phục hậu quả sạt lở đất.',
      from: `${year}-06-15`,
      to: `${year}-10-31`,
    },
    {
      citation: 'Đã có thành tích xuất sắc trong phòng, chống dịch bệnh trên đàn gia súc, gia cầm.',
      from: `${year}-02-01`,
      to: `${year}-09-30`,
    },
  ]);
}

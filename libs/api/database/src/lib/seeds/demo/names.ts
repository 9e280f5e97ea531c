import { Gender } from '@tdkt/shared/contracts';
import { Random } from './random';

/** The ethnic groups most present in the Northern Midland and Mountainous provinces. Nùng names follow the Tày list. */
export type Ethnicity = 'DAO' | 'HMONG' | 'KINH' | 'MUONG' | 'TAY' | 'THAI';

interface NamePool {
  families: ReadonlyArray<readonly [string, number]>;
  female: readonly string[];
  male: readonly string[];
}

const POOLS: Record<Ethnicity, NamePool> = {
  KINH: {
    families: [
      ['Nguyễn', 30],
      ['Trần', 10],
      ['Lê', 8],
      ['Phạm', 7],
      ['Hoàng', 5],
      ['Vũ', 5],
      ['Đặng', 4],
      ['Bùi', 4],
      ['Đỗ', 4],
      ['Ngô', 3],
      ['Đinh', 3],
      ['Dương', 3],
      ['Lương', 2],
      ['Phùng', 2],
    ],
    male: [
      'Văn Hùng',
      'Văn Thắng',
      'Đức Anh',
      'Minh Tuấn',
      'Quang Huy',
      'Văn Toàn',
      'Xuân Trường',
      'Mạnh Cường',
      'Văn Long',
      'Tiến Dũng',
      'Hữu Nghĩa',
      'Văn Hải',
      'Ngọc Sơn',
      'Đình Phúc',
      'Trung Kiên',
      'Văn Quyết',
    ],
    female: [
      'Thị Hoa',
      'Thị Lan',
      'Thu Hà',
      'Thị Hương',
      'Ngọc Anh',
      'Thị Thu Trang',
      'Thị Mai',
      'Thị Hạnh',
      'Thị Huyền',
      'Thanh Thủy',
      'Thị Nga',
      'Phương Thảo',
      'Thị Hồng Nhung',
      'Thị Yến',
      'Minh Nguyệt',
    ],
  },
  TAY: {
    families: [
      ['Hoàng', 20],
      ['Nông', 15],
      ['Ma', 10],
      ['Lục', 8],
      ['Hà', 8],
      ['Lương', 6],
      ['Triệu', 5],
      ['Đàm', 5],
      ['Bế', 5],
      ['Lăng', 4],
      ['Vi', 4],
      ['Chu', 4],
      ['La', 3],
      ['Lộc', 3],
    ],
    male: ['Văn Quý', 'Văn Lợi', 'Văn Chiến', 'Đức Thịnh', 'Văn Tâm', 'Văn Pha', 'Thanh Sơn', 'Văn Dương', 'Văn Kiên', 'Văn Hậu'],
    female: ['Thị Ngọc', 'Thị Thoa', 'Thị Nhàn', 'Thị Liên', 'Thị Hằng', 'Thị Dung', 'Thị Quyên', 'Thị Vân', 'Thị Lành'],
  },
  HMONG: {
    families: [
      ['Giàng', 20],
      ['Sùng', 18],
      ['Vàng', 18],
      ['Thào', 14],
      ['Lầu', 8],
      ['Mùa', 8],
      ['Lý', 6],
      ['Hờ', 5],
      ['Hạng', 4],
    ],
    male: ['Seo Chứ', 'A Páo', 'Mí Sính', 'Văn Sử', 'A Dình', 'Seo Lử', 'Mí Chá', 'Văn Pháy', 'A Chu', 'Chứ Lềnh', 'Sính Pao'],
    female: ['Thị Mỷ', 'Thị Dở', 'Thị Sua', 'Thị Chở', 'Thị Mai', 'Thị Say', 'Thị Pà', 'Thị Dua', 'Thị Chi'],
  },
  THAI: {
    families: [
      ['Lò', 20],
      ['Lường', 15],
      ['Cầm', 10],
      ['Quàng', 8],
      ['Tòng', 8],
      ['Hà', 8],
      ['Lù', 6],
      ['Vi', 5],
      ['Điêu', 5],
      ['Mè', 4],
      ['Bạc', 4],
      ['Sầm', 3],
    ],
    male: ['Văn Ịnh', 'Văn Chiến', 'Văn Khánh', 'Văn Thanh', 'Văn Pâng', 'Văn Hặc', 'Văn Ún', 'Văn Biên', 'Văn Xôm'],
    female: ['Thị Ín', 'Thị Hoa', 'Thị Xiêng', 'Thị Ánh', 'Thị Kim', 'Thị Thu', 'Thị Uyên', 'Thị Pọm'],
  },
  DAO: {
    families: [
      ['Triệu', 25],
      ['Bàn', 20],
      ['Đặng', 15],
      ['Lý', 12],
      ['Phùng', 8],
      ['Chảo', 8],
      ['Tẩn', 6],
    ],
    male: ['Văn Chàn', 'Văn Hin', 'Kim Quý', 'Tòn Vàng', 'Vần Sinh', 'Văn Dũng', 'Phúc Lâm', 'Văn Tài'],
    female: ['Thị Mây', 'Thị Chiêm', 'Thị Dín', 'Thị Mẩy', 'Thị Kiều', 'Thị Nái', 'Thị Sỉnh'],
  },
  MUONG: {
    families: [
      ['Bùi', 35],
      ['Đinh', 20],
      ['Quách', 10],
      ['Hà', 10],
      ['Xa', 8],
      ['Bạch', 5],
      ['Cao', 5],
    ],
    male: ['Văn Khánh', 'Văn Chương', 'Văn Thành', 'Văn Hướng', 'Văn Bình', 'Đức Lượng', 'Văn Tiến'],
    female: ['Thị Xuân', 'Thị Hằng', 'Thị Lụa', 'Thị Thơm', 'Thị Nụ', 'Thị Tuyết', 'Thị Dịu'],
  },
};

export interface PersonName {
  ethnicMinority: boolean;
  gender: Gender;
  name: string;
}

/** A full name in the Vietnamese order (family name first) for one ethnic group and gender. */
export function personName(rng: Random, ethnicity: Ethnicity, gender: Gender): PersonName {
  const pool = POOLS[ethnicity];
  const given = rng.pick(gender === Gender.FEMALE ? pool.female : pool.male);
  return { name: `${rng.weighted(pool.families)} ${given}`, gender, ethnicMinority: ethnicity !== 'KINH' };
}

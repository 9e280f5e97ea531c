/**
 * Figures and words the synthetic national dataset is drawn from.
 * Populations are rounded 2023 figures in millions (General Statistics Office); ethnic-minority shares
 * are rounded census 2019 figures. They only shape the distributions: the data itself is invented.
 */

/** Population (millions) of the 63 pre-merger provinces, by code. */
export const POPULATION: Record<string, number> = {
  '01': 8.59, '02': 0.9, '04': 0.54, '06': 0.32, '08': 0.8, '10': 0.77, '11': 0.64, '12': 0.48, '14': 1.3, '15': 0.84,
  '17': 0.88, '19': 1.34, '20': 0.8, '22': 1.38, '24': 1.92, '25': 1.5, '26': 1.2, '27': 1.49, '30': 1.95, '31': 2.1,
  '33': 1.3, '34': 1.88, '35': 0.88, '36': 1.88, '37': 1.01, '38': 3.72, '40': 3.42, '42': 1.32, '44': 0.91, '45': 0.65,
  '46': 1.16, '48': 1.24, '49': 1.52, '51': 1.25, '52': 1.5, '54': 0.88, '56': 1.26, '58': 0.6, '60': 1.26, '62': 0.58,
  '64': 1.59, '66': 1.92, '67': 0.68, '68': 1.33, '70': 1.03, '72': 1.19, '74': 2.76, '75': 3.31, '77': 1.19, '79': 9.46,
  '80': 1.73, '82': 1.79, '83': 1.3, '84': 1.02, '86': 1.03, '87': 1.6, '89': 1.91, '91': 1.74, '92': 1.26, '93': 0.73,
  '94': 1.2, '95': 0.92, '96': 1.21,
};

/** Share of the population belonging to an ethnic minority, by pre-merger code (default 1%). */
export const ETHNIC_MINORITY_SHARE: Record<string, number> = {
  '02': 0.87, '04': 0.95, '06': 0.88, '08': 0.53, '10': 0.65, '11': 0.82, '12': 0.85, '14': 0.83, '15': 0.5, '17': 0.73,
  '19': 0.28, '20': 0.83, '22': 0.12, '24': 0.13, '25': 0.15, '26': 0.03, '37': 0.02, '38': 0.17, '40': 0.15, '42': 0.01,
  '44': 0.02, '45': 0.1, '46': 0.04, '49': 0.1, '51': 0.12, '52': 0.03, '54': 0.05, '56': 0.05, '58': 0.23, '60': 0.07,
  '62': 0.54, '64': 0.45, '66': 0.33, '67': 0.31, '68': 0.24, '70': 0.18, '72': 0.02, '74': 0.03, '75': 0.06, '77': 0.03,
  '79': 0.05, '84': 0.32, '89': 0.05, '91': 0.13, '92': 0.03, '93': 0.03, '94': 0.35, '95': 0.1, '96': 0.03,
};

/** Where a province's ethnic-minority names come from. */
export type MinorityRegion = 'NORTH' | 'HIGHLANDS' | 'KHMER' | 'CHAM' | 'HOA';

export function minorityRegion(code: string): MinorityRegion {
  const n = Number(code);
  if (n <= 26 || n === 38 || n === 40) return 'NORTH';
  if (n === 58 || n === 60) return 'CHAM';
  if ((n >= 62 && n <= 68) || n === 49 || n === 51 || n === 45 || n === 42 || n === 44 || n === 46 || n === 52 || n === 54 || n === 56) return 'HIGHLANDS';
  if (n === 84 || n === 94 || n === 95 || n === 91 || n === 89 || n === 93 || n === 92 || n === 96 || n === 86) return 'KHMER';
  return 'HOA';
}

/** Kinh surnames with their approximate frequency (%). */
export const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 4], ['Huỳnh', 2], ['Phan', 4.5], ['Vũ', 2.5], ['Võ', 1.5],
  ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5], ['Đinh', 0.8], ['Trịnh', 0.6],
  ['Đào', 0.6], ['Mai', 0.5], ['Cao', 0.5], ['Lương', 0.4], ['Tạ', 0.3], ['Lâm', 0.3], ['Chu', 0.3], ['Tô', 0.3], ['Hà', 0.4],
  ['Kiều', 0.2], ['Trương', 0.7], ['Quách', 0.2], ['Lưu', 0.3], ['Thái', 0.2], ['Văn', 0.2], ['Phùng', 0.3], ['Triệu', 0.2],
];

export const MALE_MIDDLE: ReadonlyArray<readonly [string, number]> = [
  ['Văn', 40], ['Đức', 9], ['Minh', 9], ['Quốc', 6], ['Hữu', 6], ['Thanh', 5], ['Công', 5], ['Xuân', 4], ['Ngọc', 3], ['Trọng', 3],
  ['Đình', 4], ['Mạnh', 2], ['Tuấn', 2], ['Hoàng', 2],
];

export const FEMALE_MIDDLE: ReadonlyArray<readonly [string, number]> = [
  ['Thị', 55], ['Ngọc', 7], ['Thu', 6], ['Thanh', 6], ['Minh', 4], ['Kim', 4], ['Hồng', 4], ['Phương', 3], ['Bích', 2], ['Thùy', 3],
  ['Mỹ', 2], ['Hải', 2],
];

export const MALE_GIVEN = [
  'Hùng', 'Dũng', 'Tuấn', 'Nam', 'Long', 'Hải', 'Sơn', 'Thắng', 'Quân', 'Minh', 'Hiếu', 'Phong', 'Cường', 'Đức', 'Bình', 'Hòa',
  'Khánh', 'Trung', 'Thành', 'Tùng', 'Việt', 'Huy', 'Hoàng', 'Lâm', 'Phúc', 'Quang', 'Tài', 'Thịnh', 'Vinh', 'Anh', 'Toàn', 'Kiên',
  'Hưng', 'Lợi', 'Nghĩa', 'Tâm', 'Thái', 'Trường', 'Đạt', 'Hiệp', 'Khoa', 'Sang', 'Tiến', 'Vũ', 'Chiến', 'Định', 'Giang', 'Hậu',
];

export const FEMALE_GIVEN = [
  'Lan', 'Hương', 'Hoa', 'Mai', 'Linh', 'Trang', 'Hà', 'Thảo', 'Ngọc', 'Huyền', 'Yến', 'Nga', 'Phương', 'Thủy', 'Hằng', 'Dung',
  'Loan', 'Oanh', 'Nhung', 'Vân', 'Hạnh', 'Hiền', 'Liên', 'Thúy', 'Tuyết', 'Anh', 'Chi', 'Giang', 'Hồng', 'Lệ', 'Ly', 'My',
  'Nhàn', 'Quyên', 'Tâm', 'Thơ', 'Trinh', 'Uyên', 'Xuân', 'Diệp', 'Duyên', 'Hòa', 'Khánh', 'Lụa', 'Nhi', 'Tuyền', 'Vy',
];

/** Ethnic-minority names by region: [surnames, male middles, female middles, given names]. */
export const MINORITY_NAMES: Record<MinorityRegion, { surnames: string[]; male: string[]; female: string[]; given: string[] }> = {
  NORTH: {
    surnames: ['Giàng', 'Lò', 'Lường', 'Sùng', 'Vàng', 'Ma', 'Nông', 'Hà', 'Cầm', 'Quàng', 'Thào', 'Lầu', 'Mùa', 'Tòng', 'Bế', 'Triệu', 'Hoàng', 'Lục', 'Sầm', 'Hầu'],
    male: ['A', 'Văn', 'Seo', 'Mí', 'Văn', 'Đức'],
    female: ['Thị', 'Thị', 'Thị', 'Mỷ', 'Thị'],
    given: ['Páo', 'Chứ', 'Sính', 'Chung', 'Hặc', 'Lả', 'Pó', 'Sang', 'Dìn', 'Phống', 'Mai', 'Dung', 'Xuân', 'Thanh', 'Hoa', 'Vàng', 'Tủa', 'Lềnh', 'Khu', 'Nhè'],
  },
  HIGHLANDS: {
    surnames: ['Ksor', 'Rơ Mah', 'Siu', 'Nay', 'Kpă', 'Rơ Châm', 'Đinh', 'A Lê', 'Y', 'H\'', 'Hồ', 'Bh\'riu', 'Kpuih', 'Niê'],
    male: ['', 'Văn', 'Y'],
    female: ['', 'Thị', 'H\''],
    given: ['Phước', 'Blối', 'Thuân', 'Luyện', 'Nhung', 'Hen', 'Bhin', 'Hiam', 'Kông', 'Dơk', 'Djơi', 'Bih', 'Rin', 'Nghiêm', 'Hlinh', 'Yim'],
  },
  KHMER: {
    surnames: ['Thạch', 'Sơn', 'Kim', 'Danh', 'Lâm', 'Châu', 'Trịnh', 'Lý', 'Dương', 'Huỳnh'],
    male: ['', 'Văn', 'Ngọc', 'Sô'],
    female: ['Thị', 'Thị', 'Ngọc'],
    given: ['Sa Rươl', 'Thành', 'Phol', 'Sóc', 'Kha', 'Sóc Khênh', 'Chanh Đa', 'Sô Phal', 'Ly Na', 'Sà Rinh', 'Khơ Me', 'Đa Ra'],
  },
  CHAM: {
    surnames: ['Đàng', 'Thiên', 'Lộ', 'Quảng', 'Thuận', 'Châu', 'Phú', 'Bá', 'Thông', 'Hán'],
    male: ['Văn', 'Đức', 'Thanh'],
    female: ['Thị', 'Thị', 'Ngọc'],
    given: ['Năng', 'Sanh', 'Thọ', 'Trà', 'Nguyệt', 'Hào', 'Thành', 'Lệ', 'Kim', 'Yến'],
  },
  HOA: {
    surnames: ['Lý', 'Trương', 'Quách', 'Lâm', 'Tăng', 'Diệp', 'Hứa', 'Mạc', 'Thái', 'Lưu'],
    male: ['Văn', 'Kiến', 'Quốc', 'Gia'],
    female: ['Thị', 'Mỹ', 'Ngọc', 'Bội'],
    given: ['Phát', 'Cường', 'Vinh', 'Hào', 'Mẫn', 'Quyên', 'Linh', 'Hoa', 'Thành', 'Minh'],
  },
};

/** Common names of communes and wards (many exist in several provinces). */
export const PLACES = [
  'Tân Lập', 'Tân Tiến', 'Hòa Bình', 'Quang Trung', 'Đồng Tâm', 'Thanh Bình', 'Tân Phú', 'Hưng Đạo', 'Lê Lợi', 'Trần Phú',
  'Minh Khai', 'Xuân Phong', 'Phú Lộc', 'Yên Bình', 'An Phú', 'Tân Hòa', 'Bình Minh', 'Hồng Phong', 'Đại Đồng', 'Kim Liên',
  'Tân An', 'Phú Xuân', 'Quyết Thắng', 'Thống Nhất', 'Đoàn Kết', 'Tiến Thành', 'Hợp Thành', 'Thạch Khê', 'Cẩm Bình', 'Vĩnh Hưng',
  'Long Hòa', 'Mỹ Thạnh', 'Tân Thành', 'Phước Long', 'An Bình', 'Hiệp Hòa', 'Nghĩa Đô', 'Lạc Sơn', 'Mường Thanh', 'Nà Hang',
  'Bản Lầu', 'Yên Thế', 'Tam Đảo', 'Gia Lộc', 'Kinh Môn', 'Quỳnh Phụ', 'Hải Hậu', 'Kim Sơn', 'Thọ Xuân', 'Diễn Châu',
  'Cam Lộ', 'Điện Bàn', 'Sơn Tịnh', 'Tuy Phước', 'Ninh Hòa', 'Chư Sê', 'Krông Pắc', 'Bảo Lộc', 'Đồng Xoài', 'Trảng Bàng',
  'Dĩ An', 'Long Thành', 'Cần Giờ', 'Bến Lức', 'Cái Bè', 'Mỏ Cày', 'Cầu Ngang', 'Tam Bình', 'Cao Lãnh', 'Châu Đốc',
  'Phú Quốc', 'Ninh Kiều', 'Vị Thanh', 'Mỹ Xuyên', 'Giá Rai', 'Năm Căn', 'Hòa Thuận', 'Phú Hòa', 'Đông Hưng', 'Tây Sơn',
];

export const VILLAGE = ['Thôn 1', 'Thôn 2', 'Thôn 3', 'Thôn Đông', 'Thôn Tây', 'Thôn Trung', 'Bản Mới', 'Ấp Bình An', 'Ấp Tân Hưng', 'Tổ dân phố số 4', 'Tổ dân phố số 7', 'Khu phố 2'];

export const PRODUCTS = ['chè', 'lúa gạo', 'rau an toàn', 'cà phê', 'hồ tiêu', 'thủy sản', 'dừa', 'cây ăn quả', 'dược liệu', 'chăn nuôi', 'mây tre đan', 'nông nghiệp công nghệ cao'];

export const BRANDS = ['Hòa Phát', 'Thành Công', 'Việt Tiến', 'Phú Thịnh', 'An Khang', 'Đại Việt', 'Sông Hồng', 'Trường Sơn', 'Nam Việt', 'Hưng Thịnh', 'Minh Phát', 'Tân Á', 'Bình Minh', 'Đông Á', 'Kim Long'];

export const INDUSTRIES = ['Xây dựng', 'Cấp nước', 'Môi trường đô thị', 'Vận tải', 'May mặc', 'Chế biến nông sản', 'Điện lực', 'Cơ khí', 'Du lịch', 'Dược phẩm'];

export const CITATION_THEMES: ReadonlyArray<readonly [string, number, number]> = [
  // [theme, first year, last year]
  ['phong trào thi đua yêu nước', 2000, 2100],
  ['phong trào "Toàn dân chung sức xây dựng nông thôn mới"', 2010, 2100],
  ['phong trào "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"', 2016, 2100],
  ['công tác phòng, chống dịch COVID-19', 2020, 2022],
  ['phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát"', 2024, 2100],
  ['công tác giáo dục và đào tạo', 2000, 2100],
  ['công tác bảo vệ, chăm sóc sức khỏe nhân dân', 2000, 2100],
  ['phong trào "Toàn dân bảo vệ an ninh Tổ quốc"', 2000, 2100],
  ['phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"', 2000, 2100],
  ['phong trào thi đua "Doanh nghiệp Việt Nam hội nhập và phát triển"', 2000, 2100],
  ['công tác sắp xếp tổ chức bộ máy và đơn vị hành chính', 2025, 2100],
];

/** Month weights for decision dates: peaks at year-end (annual titles) and mid-year (school year, half-year reviews). */
export const MONTH_WEIGHTS = [8, 4, 5, 6, 7, 11, 9, 7, 8, 7, 9, 19];

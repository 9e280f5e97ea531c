import { Ethnicity } from './names';

export interface DistrictProfile {
  communes: readonly string[];
  /** With its prefix, as decisions write it: "huyện Chiêm Hóa", "thị xã Sa Pa". */
  name: string;
}

/** What the demo needs to write plausible records for one TDMNPB province (before the 2025 merger). */
export interface ProvinceProfile {
  /** Borders China or Laos: drug-trafficking cases are a source of extraordinary awards. */
  border: boolean;
  code: string;
  coops: ReadonlyArray<{ district: string; name: string }>;
  districts: readonly DistrictProfile[];
  enterprise: { name: string; symbol: string };
  ethnicities: ReadonlyArray<readonly [Ethnicity, number]>;
  name: string;
  /** New communes meeting the new-countryside standard in a typical year. */
  newCountrysideCommunes: number;
  /** Population in thousands and multidimensional poverty rate (%), rounded: they only scale demo figures. */
  population: number;
  povertyRate: number;
  specialSchool: string;
  /** Hamlets with their local prefix (thôn, bản, xóm, khu). */
  villages: readonly string[];
}

/** The 14 provinces of the cluster, by official code. Place names are real; the records built on them are not. */
export const PROFILES: readonly ProvinceProfile[] = [
  {
    code: '02',
    name: 'Hà Giang',
    border: true,
    population: 900,
    povertyRate: 27,
    newCountrysideCommunes: 4,
    ethnicities: [
      ['HMONG', 40],
      ['TAY', 25],
      ['DAO', 15],
      ['KINH', 15],
    ],
    districts: [
      { name: 'huyện Đồng Văn', communes: ['Lũng Cú', 'Sủng Là', 'Phố Cáo'] },
      { name: 'huyện Mèo Vạc', communes: ['Pả Vi', 'Khâu Vai', 'Lũng Pù'] },
      { name: 'huyện Hoàng Su Phì', communes: ['Thông Nguyên', 'Nậm Ty', 'Tụ Nhân'] },
      { name: 'huyện Vị Xuyên', communes: ['Phú Linh', 'Thanh Thủy', 'Phương Tiến'] },
    ],
    villages: ['thôn Lô Lô Chải', 'thôn Pả Vi Hạ', 'thôn Sà Phìn', 'thôn Nậm Hồng', 'thôn Tà Chải'],
    coops: [
      { name: 'Hợp tác xã chè Shan tuyết Tụ Nhân', district: 'huyện Hoàng Su Phì' },
      { name: 'Hợp tác xã dệt lanh Lùng Tám', district: 'huyện Quản Bạ' },
    ],
    enterprise: { name: 'Công ty cổ phần Chè Hà Giang', symbol: 'CHG' },
    specialSchool: 'Trường THPT Chuyên Hà Giang',
  },
  {
    code: '04',
    name: 'Cao Bằng',
    border: true,
    population: 545,
    povertyRate: 22,
    newCountrysideCommunes: 4,
    ethnicities: [
      ['TAY', 65],
      ['HMONG', 10],
      ['DAO', 10],
      ['KINH', 10],
    ],
    districts: [
      { name: 'huyện Trùng Khánh', communes: ['Đàm Thủy', 'Ngọc Côn', 'Chí Viễn'] },
      { name: 'huyện Hà Quảng', communes: ['Trường Hà', 'Lũng Nặm', 'Sóc Hà'] },
      { name: 'huyện Quảng Hòa', communes: ['Phúc Sen', 'Quốc Toản', 'Chí Thảo'] },
      { name: 'huyện Bảo Lạc', communes: ['Cô Ba', 'Hồng Trị', 'Bảo Toàn'] },
    ],
    villages: ['xóm Pác Bó', 'xóm Bản Giốc', 'xóm Khưa Ma', 'xóm Nà Mạ', 'xóm Lũng Rì'],
    coops: [
      { name: 'Hợp tác xã hạt dẻ Trùng Khánh', district: 'huyện Trùng Khánh' },
      { name: 'Hợp tác xã rèn Phúc Sen', district: 'huyện Quảng Hòa' },
    ],
    enterprise: { name: 'Công ty cổ phần Gang thép Cao Bằng', symbol: 'GTCB' },
    specialSchool: 'Trường THPT Chuyên Cao Bằng',
  },
  {
    code: '06',
    name: 'Bắc Kạn',
    border: false,
    population: 330,
    povertyRate: 17,
    newCountrysideCommunes: 3,
    ethnicities: [
      ['TAY', 60],
      ['DAO', 15],
      ['HMONG', 5],
      ['KINH', 15],
    ],
    districts: [
      { name: 'huyện Ba Bể', communes: ['Nam Mẫu', 'Khang Ninh', 'Cao Thượng'] },
      { name: 'huyện Pác Nặm', communes: ['Bằng Thành', 'Nghiên Loan', 'Cổ Linh'] },
      { name: 'huyện Chợ Đồn', communes: ['Bằng Phúc', 'Đồng Lạc', 'Bằng Lãng'] },
      { name: 'huyện Na Rì', communes: ['Côn Minh', 'Kim Hỷ', 'Văn Lang'] },
    ],
    villages: ['thôn Pác Ngòi', 'thôn Bó Lù', 'thôn Nà Hàn', 'thôn Khuổi Tục', 'thôn Nà Làng'],
    coops: [
      { name: 'Hợp tác xã miến dong Côn Minh', district: 'huyện Na Rì' },
      { name: 'Hợp tác xã chè Bằng Phúc', district: 'huyện Chợ Đồn' },
    ],
    enterprise: { name: 'Công ty cổ phần Khoáng sản Bắc Kạn', symbol: 'KSBK' },
    specialSchool: 'Trường THPT Chuyên Bắc Kạn',
  },
  {
    code: '08',
    name: 'Tuyên Quang',
    border: false,
    population: 800,
    povertyRate: 8,
    newCountrysideCommunes: 6,
    ethnicities: [
      ['KINH', 45],
      ['TAY', 30],
      ['DAO', 15],
      ['HMONG', 3],
    ],
    districts: [
      { name: 'huyện Chiêm Hóa', communes: ['Minh Quang', 'Kim Bình', 'Vinh Quang'] },
      { name: 'huyện Sơn Dương', communes: ['Tân Trào', 'Hợp Thành', 'Minh Thanh'] },
      { name: 'huyện Yên Sơn', communes: ['Mỹ Bằng', 'Phúc Ninh', 'Trung Sơn'] },
      { name: 'huyện Lâm Bình', communes: ['Thượng Lâm', 'Khuôn Hà', 'Hồng Quang'] },
    ],
    villages: ['thôn Nà Lá', 'thôn Khuôn Điển', 'thôn Tân Lập', 'thôn Đồng Đình', 'thôn Nà Tông'],
    coops: [
      { name: 'Hợp tác xã chè Mỹ Bằng', district: 'huyện Yên Sơn' },
      { name: 'Hợp tác xã cam sành Hàm Yên', district: 'huyện Hàm Yên' },
    ],
    enterprise: { name: 'Công ty cổ phần Xi măng Tân Quang', symbol: 'XMTQ' },
    specialSchool: 'Trường THPT Chuyên Tuyên Quang',
  },
  {
    code: '10',
    name: 'Lào Cai',
    border: true,
    population: 770,
    povertyRate: 9,
    newCountrysideCommunes: 5,
    ethnicities: [
      ['KINH', 35],
      ['HMONG', 25],
      ['TAY', 15],
      ['DAO', 15],
    ],
    districts: [
      { name: 'thị xã Sa Pa', communes: ['Tả Van', 'Bản Hồ', 'Thanh Bình'] },
      { name: 'huyện Bát Xát', communes: ['Y Tý', 'A Mú Sung', 'Trịnh Tường'] },
      { name: 'huyện Bắc Hà', communes: ['Lùng Phình', 'Bản Phố', 'Tả Van Chư'] },
      { name: 'huyện Bảo Yên', communes: ['Phúc Khánh', 'Nghĩa Đô', 'Xuân Hòa'] },
    ],
    villages: ['thôn Lao Chải', 'thôn Sín Chải', 'thôn Tả Chải', 'thôn Nậm Khánh', 'thôn Bản Lùng'],
    coops: [
      { name: 'Hợp tác xã mận Tam hoa Bắc Hà', district: 'huyện Bắc Hà' },
      { name: 'Hợp tác xã chè Shan tuyết Y Tý', district: 'huyện Bát Xát' },
    ],
    enterprise: { name: 'Công ty TNHH MTV Apatit Việt Nam', symbol: 'APATIT' },
    specialSchool: 'Trường THPT Chuyên Lào Cai',
  },
  {
    code: '11',
    name: 'Điện Biên',
    border: true,
    population: 640,
    povertyRate: 26,
    newCountrysideCommunes: 3,
    ethnicities: [
      ['THAI', 40],
      ['HMONG', 35],
      ['KINH', 20],
    ],
    districts: [
      { name: 'huyện Điện Biên', communes: ['Thanh Chăn', 'Thanh Xương', 'Noong Hẹt'] },
      { name: 'huyện Tủa Chùa', communes: ['Sín Chải', 'Xá Nhè', 'Mường Đun'] },
      { name: 'huyện Mường Nhé', communes: ['Mường Nhé', 'Sín Thầu', 'Chung Chải'] },
      { name: 'huyện Mường Ảng', communes: ['Ẳng Tở', 'Ẳng Nưa', 'Búng Lao'] },
    ],
    villages: ['bản Mển', 'bản Co Mỵ', 'bản Phiêng Lơi', 'bản Huổi Một', 'bản Nà Sự'],
    coops: [
      { name: 'Hợp tác xã cà phê Mường Ảng', district: 'huyện Mường Ảng' },
      { name: 'Hợp tác xã gạo Thanh Xương', district: 'huyện Điện Biên' },
    ],
    enterprise: { name: 'Công ty cổ phần Xi măng Điện Biên', symbol: 'XMĐB' },
    specialSchool: 'Trường THPT Chuyên Lê Quý Đôn tỉnh Điện Biên',
  },
  {
    code: '12',
    name: 'Lai Châu',
    border: true,
    population: 480,
    povertyRate: 25,
    newCountrysideCommunes: 3,
    ethnicities: [
      ['HMONG', 35],
      ['THAI', 30],
      ['DAO', 12],
      ['KINH', 15],
    ],
    districts: [
      { name: 'huyện Tam Đường', communes: ['Bản Bo', 'Hồ Thầu', 'Bình Lư'] },
      { name: 'huyện Tân Uyên', communes: ['Pắc Ta', 'Trung Đồng', 'Phúc Khoa'] },
      { name: 'huyện Phong Thổ', communes: ['Sì Lở Lầu', 'Dào San', 'Mồ Sì San'] },
      { name: 'huyện Mường Tè', communes: ['Thu Lũm', 'Pa Ủ', 'Ka Lăng'] },
    ],
    villages: ['bản Sin Suối Hồ', 'bản Nà Khum', 'bản Tả Páo Hồ', 'bản Pa Ủ', 'bản Hua Bum'],
    coops: [
      { name: 'Hợp tác xã chè Tân Uyên', district: 'huyện Tân Uyên' },
      { name: 'Hợp tác xã dược liệu Sì Lở Lầu', district: 'huyện Phong Thổ' },
    ],
    enterprise: { name: 'Công ty cổ phần Chè Than Uyên', symbol: 'CTU' },
    specialSchool: 'Trường THPT Chuyên Lê Quý Đôn tỉnh Lai Châu',
  },
  {
    code: '14',
    name: 'Sơn La',
    border: true,
    population: 1290,
    povertyRate: 17,
    newCountrysideCommunes: 5,
    ethnicities: [
      ['THAI', 50],
      ['HMONG', 15],
      ['KINH', 20],
      ['MUONG', 8],
    ],
    districts: [
      { name: 'huyện Mộc Châu', communes: ['Tân Lập', 'Đông Sang', 'Chiềng Sơn'] },
      { name: 'huyện Yên Châu', communes: ['Chiềng Khoi', 'Chiềng Hặc', 'Sặp Vạt'] },
      { name: 'huyện Mai Sơn', communes: ['Chiềng Mai', 'Hát Lót', 'Cò Nòi'] },
      { name: 'huyện Sông Mã', communes: ['Chiềng Khương', 'Nà Nghịu', 'Mường Lầm'] },
    ],
    villages: ['bản Áng', 'bản Pá Khôm', 'bản Nà Sàng', 'bản Hua Tát', 'bản Tà Số'],
    coops: [
      { name: 'Hợp tác xã nhãn Sông Mã', district: 'huyện Sông Mã' },
      { name: 'Hợp tác xã chè Tân Lập', district: 'huyện Mộc Châu' },
    ],
    enterprise: { name: 'Công ty cổ phần Giống bò sữa Mộc Châu', symbol: 'GBSMC' },
    specialSchool: 'Trường THPT Chuyên Sơn La',
  },
  {
    code: '15',
    name: 'Yên Bái',
    border: false,
    population: 840,
    povertyRate: 8,
    newCountrysideCommunes: 5,
    ethnicities: [
      ['KINH', 45],
      ['TAY', 18],
      ['DAO', 12],
      ['HMONG', 12],
      ['THAI', 8],
    ],
    districts: [
      { name: 'huyện Mù Cang Chải', communes: ['La Pán Tẩn', 'Chế Cu Nha', 'Dế Xu Phình'] },
      { name: 'huyện Văn Chấn', communes: ['Suối Giàng', 'Sơn Thịnh', 'Nậm Búng'] },
      { name: 'huyện Văn Yên', communes: ['Đại Sơn', 'Viễn Sơn', 'Châu Quế Hạ'] },
      { name: 'huyện Trạm Tấu', communes: ['Bản Công', 'Xà Hồ', 'Túc Đán'] },
    ],
    villages: ['bản Lìm Mông', 'bản Pang Cáng', 'thôn Khe Mạ', 'thôn Làng Câu', 'bản Tà Xùa'],
    coops: [
      { name: 'Hợp tác xã chè Suối Giàng', district: 'huyện Văn Chấn' },
      { name: 'Hợp tác xã quế Viễn Sơn', district: 'huyện Văn Yên' },
    ],
    enterprise: { name: 'Công ty cổ phần Đá quý và Vàng Yên Bái', symbol: 'ĐQVYB' },
    specialSchool: 'Trường THPT Chuyên Nguyễn Tất Thành',
  },
  {
    code: '17',
    name: 'Hòa Bình',
    border: false,
    population: 880,
    povertyRate: 9,
    newCountrysideCommunes: 6,
    ethnicities: [
      ['MUONG', 60],
      ['KINH', 25],
      ['THAI', 5],
      ['DAO', 4],
      ['TAY', 3],
    ],
    districts: [
      { name: 'huyện Mai Châu', communes: ['Chiềng Châu', 'Pà Cò', 'Vạn Mai'] },
      { name: 'huyện Đà Bắc', communes: ['Tiền Phong', 'Hiền Lương', 'Mường Chiềng'] },
      { name: 'huyện Tân Lạc', communes: ['Phú Vinh', 'Ngọc Mỹ', 'Suối Hoa'] },
      { name: 'huyện Cao Phong', communes: ['Bắc Phong', 'Thu Phong', 'Thung Nai'] },
    ],
    villages: ['bản Lác', 'xóm Mó Nẻ', 'xóm Ải', 'xóm Cang', 'xóm Trăng'],
    coops: [
      { name: 'Hợp tác xã cam Cao Phong', district: 'huyện Cao Phong' },
      { name: 'Hợp tác xã thổ cẩm Chiềng Châu', district: 'huyện Mai Châu' },
    ],
    enterprise: { name: 'Công ty Thủy điện Hòa Bình', symbol: 'TĐHB' },
    specialSchool: 'Trường THPT Chuyên Hoàng Văn Thụ',
  },
  {
    code: '19',
    name: 'Thái Nguyên',
    border: false,
    population: 1340,
    povertyRate: 3,
    newCountrysideCommunes: 8,
    ethnicities: [
      ['KINH', 68],
      ['TAY', 22],
      ['DAO', 5],
    ],
    districts: [
      { name: 'huyện Định Hóa', communes: ['Phú Đình', 'Bảo Linh', 'Điềm Mặc'] },
      { name: 'huyện Đại Từ', communes: ['La Bằng', 'Hoàng Nông', 'Phú Xuyên'] },
      { name: 'huyện Võ Nhai', communes: ['Thần Sa', 'Phú Thượng', 'Tràng Xá'] },
      { name: 'huyện Phú Lương', communes: ['Yên Ninh', 'Vô Tranh', 'Hợp Thành'] },
    ],
    villages: ['xóm Khuân Lân', 'xóm Đồng Kèo', 'xóm Làng Chủ', 'xóm Kẹm', 'xóm Đồng Tâm'],
    coops: [
      { name: 'Hợp tác xã chè Tân Cương', district: 'thành phố Thái Nguyên' },
      { name: 'Hợp tác xã chè La Bằng', district: 'huyện Đại Từ' },
    ],
    enterprise: { name: 'Công ty cổ phần Gang thép Thái Nguyên', symbol: 'GTTN' },
    specialSchool: 'Trường THPT Chuyên Thái Nguyên',
  },
  {
    code: '20',
    name: 'Lạng Sơn',
    border: true,
    population: 800,
    povertyRate: 10,
    newCountrysideCommunes: 6,
    ethnicities: [
      ['TAY', 75],
      ['KINH', 17],
      ['DAO', 4],
    ],
    districts: [
      { name: 'huyện Bắc Sơn', communes: ['Quỳnh Sơn', 'Vũ Lăng', 'Tân Tri'] },
      { name: 'huyện Cao Lộc', communes: ['Tân Thành', 'Thụy Hùng', 'Hòa Cư'] },
      { name: 'huyện Hữu Lũng', communes: ['Hữu Liên', 'Thiện Tân', 'Yên Thịnh'] },
      { name: 'huyện Đình Lập', communes: ['Bắc Xa', 'Kiên Mộc', 'Bính Xá'] },
    ],
    villages: ['thôn Đồng Tâm', 'thôn Nà Lay', 'thôn Pắc Pẻn', 'thôn Khòn Pịt', 'thôn Lân Hoạt'],
    coops: [
      { name: 'Hợp tác xã na Chi Lăng', district: 'huyện Chi Lăng' },
      { name: 'Hợp tác xã hồi Văn Quan', district: 'huyện Văn Quan' },
    ],
    enterprise: { name: 'Công ty cổ phần Xi măng Đồng Bành', symbol: 'XMĐB' },
    specialSchool: 'Trường THPT Chuyên Chu Văn An',
  },
  {
    code: '24',
    name: 'Bắc Giang',
    border: false,
    population: 1900,
    povertyRate: 2.5,
    newCountrysideCommunes: 9,
    ethnicities: [
      ['KINH', 85],
      ['TAY', 10],
      ['DAO', 3],
    ],
    districts: [
      { name: 'huyện Lục Ngạn', communes: ['Phì Điền', 'Quý Sơn', 'Hồng Giang'] },
      { name: 'huyện Yên Thế', communes: ['Tam Tiến', 'Đồng Hưu', 'Hồng Kỳ'] },
      { name: 'huyện Sơn Động', communes: ['An Lạc', 'Vân Sơn', 'Tuấn Đạo'] },
      { name: 'huyện Lục Nam', communes: ['Bảo Sơn', 'Huyền Sơn', 'Lục Sơn'] },
    ],
    villages: ['thôn Mòng', 'thôn Đồng Mậm', 'thôn Khe Nghè', 'thôn Nà Hem', 'thôn Thác Lười'],
    coops: [
      { name: 'Hợp tác xã vải thiều Phì Điền', district: 'huyện Lục Ngạn' },
      { name: 'Hợp tác xã gà đồi Yên Thế', district: 'huyện Yên Thế' },
    ],
    enterprise: { name: 'Công ty cổ phần Phân đạm và Hóa chất Hà Bắc', symbol: 'ĐHB' },
    specialSchool: 'Trường THPT Chuyên Bắc Giang',
  },
  {
    code: '25',
    name: 'Phú Thọ',
    border: false,
    population: 1500,
    povertyRate: 3,
    newCountrysideCommunes: 8,
    ethnicities: [
      ['KINH', 82],
      ['MUONG', 15],
      ['DAO', 2],
    ],
    districts: [
      { name: 'huyện Tân Sơn', communes: ['Xuân Sơn', 'Minh Đài', 'Kim Thượng'] },
      { name: 'huyện Đoan Hùng', communes: ['Chí Đám', 'Bằng Luân', 'Ngọc Quan'] },
      { name: 'huyện Yên Lập', communes: ['Trung Sơn', 'Mỹ Lung', 'Xuân Viên'] },
      { name: 'huyện Thanh Sơn', communes: ['Thạch Khoán', 'Khả Cửu', 'Văn Miếu'] },
    ],
    villages: ['khu Dù', 'khu Lạng', 'khu Đồng Mười', 'khu Bến Thân', 'khu Mận'],
    coops: [
      { name: 'Hợp tác xã bưởi Chí Đám', district: 'huyện Đoan Hùng' },
      { name: 'Hợp tác xã chè Phú Hộ', district: 'thị xã Phú Thọ' },
    ],
    enterprise: { name: 'Công ty cổ phần Supe Phốt phát và Hóa chất Lâm Thao', symbol: 'SPLT' },
    specialSchool: 'Trường THPT Chuyên Hùng Vương',
  },
];

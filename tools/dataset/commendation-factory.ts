import { searchText } from '@tdkt/shared/util-text';
import { Random, Weighted, mixSeed } from './random';
import {
  BRANDS,
  CITATION_THEMES,
  ETHNIC_MINORITY_SHARE,
  FEMALE_GIVEN,
  FEMALE_MIDDLE,
  INDUSTRIES,
  MALE_GIVEN,
  MALE_MIDDLE,
  MINORITY_NAMES,
  MONTH_WEIGHTS,
  MinorityRegion,
  PLACES,
  POPULATION,
  PRODUCTS,
  SURNAMES,
  VILLAGE,
  minorityRegion,
} from './vocabulary';

/** The reference rows the factory needs (read from the database after the reference seed). */
export interface ProvinceRef {
  id: string;
  code: string;
  name: string;
  kind: string;
  validFrom: string | null;
  validTo: string | null;
  successorId: string | null;
}

export interface AwardTypeRef {
  id: string;
  code: string;
  level: string;
  category: string;
  recipientKinds: string[];
}

export interface FactoryOptions {
  seed: number;
  firstYear: number;
  lastYear: number;
  /** No decision date after this day (YYYY-MM-DD). */
  today: string;
}

/** One batch as column arrays, in COLUMNS order (ready for an INSERT … SELECT FROM unnest(…)). */
export type Batch = Array<Array<string | number | boolean | null>>;

/** Columns written, with the PostgreSQL array type each is sent as. */
export const COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['id', 'uuid'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
  ['version', 'int4'],
  ['recipient_kind', 'text'],
  ['recipient_name', 'text'],
  ['position', 'text'],
  ['organization', 'text'],
  ['province_id', 'uuid'],
  ['gender', 'text'],
  ['ethnic_minority', 'bool'],
  ['recipient_class', 'text'],
  ['award_type_id', 'uuid'],
  ['kind', 'text'],
  ['movement_id', 'uuid'],
  ['achievement_year', 'int4'],
  ['decision_number', 'text'],
  ['decision_date', 'date'],
  ['deciding_authority', 'text'],
  ['citation', 'text'],
  ['status', 'text'],
  ['search_text', 'text'],
  ['is_demo', 'bool'],
];

/** Counters the summary prints. */
export interface FactoryTally {
  byStatus: Record<string, number>;
  byLevel: Record<string, number>;
  byRecipientKind: Record<string, number>;
  byYear: Record<string, number>;
  women: number;
  individuals: number;
  ethnicMinority: number;
}

const LEVEL_SHARES: ReadonlyArray<readonly [string, number]> = [
  ['GRASSROOTS', 55],
  ['PROVINCE', 35],
  ['GOVERNMENT', 8],
  ['STATE', 2],
];

const RECIPIENT_KIND_SHARES: Record<string, number> = { INDIVIDUAL: 75, COLLECTIVE: 20, HOUSEHOLD: 5 };

/** How often each award is given within its level and recipient kind (unlisted codes weigh 1). */
const AWARD_WEIGHTS: Record<string, number> = {
  LAO_DONG_TIEN_TIEN: 60,
  GIAY_KHEN: 45,
  CSTD_CO_SO: 20,
  TAP_THE_LAO_DONG_TIEN_TIEN: 40,
  THON_TO_DAN_PHO_VAN_HOA: 15,
  GIA_DINH_VAN_HOA: 60,
  BANG_KHEN_TINH: 60,
  CSTD_TINH: 12,
  TAP_THE_LAO_DONG_XUAT_SAC: 25,
  CO_THI_DUA_TINH: 8,
  KY_NIEM_CHUONG_TINH: 10,
  XA_PHUONG_TIEU_BIEU: 3,
  BANG_KHEN_THU_TUONG: 80,
  CSTD_TOAN_QUOC: 6,
  CO_THI_DUA_CHINH_PHU: 8,
  HUAN_CHUONG_LAO_DONG_3: 40,
  HUAN_CHUONG_LAO_DONG_2: 14,
  HUAN_CHUONG_LAO_DONG_1: 5,
  HUAN_CHUONG_BAO_VE_TO_QUOC_3: 10,
  HUAN_CHUONG_BAO_VE_TO_QUOC_2: 4,
  HUAN_CHUONG_BAO_VE_TO_QUOC_1: 1.5,
  HUAN_CHUONG_DAI_DOAN_KET_DAN_TOC: 4,
  HUAN_CHUONG_DOC_LAP_3: 3,
  HUAN_CHUONG_DOC_LAP_2: 1.2,
  HUAN_CHUONG_DOC_LAP_1: 0.5,
  HUAN_CHUONG_HO_CHI_MINH: 0.2,
  HUAN_CHUONG_SAO_VANG: 0.05,
  HUAN_CHUONG_DUNG_CAM: 1.5,
  HUAN_CHUONG_HUU_NGHI: 1,
  HUY_CHUONG_HUU_NGHI: 2,
  NHA_GIAO_UU_TU: 6,
  NHA_GIAO_NHAN_DAN: 0.8,
  THAY_THUOC_UU_TU: 5,
  THAY_THUOC_NHAN_DAN: 0.8,
  NGHE_SI_UU_TU: 2,
  NGHE_SI_NHAN_DAN: 0.5,
  NGHE_NHAN_UU_TU: 1.5,
  NGHE_NHAN_NHAN_DAN: 0.3,
  BA_ME_VIET_NAM_ANH_HUNG: 1.5,
  ANH_HUNG_LAO_DONG: 0.3,
  ANH_HUNG_LLVTND: 0.3,
  GIAI_THUONG_HO_CHI_MINH: 0.1,
  GIAI_THUONG_NHA_NUOC: 0.3,
  // The armed forces' titles, orders and medals (catalogue entries of issue #17); a province or city as hero is never generated.
  CHIEN_SI_TIEN_TIEN: 4,
  DON_VI_QUYET_THANG: 2,
  DON_VI_TIEN_TIEN: 3,
  HUAN_CHUONG_QUAN_CONG_3: 0.3,
  HUAN_CHUONG_QUAN_CONG_2: 0.1,
  HUAN_CHUONG_QUAN_CONG_1: 0.05,
  HUAN_CHUONG_CHIEN_CONG_3: 2,
  HUAN_CHUONG_CHIEN_CONG_2: 0.8,
  HUAN_CHUONG_CHIEN_CONG_1: 0.3,
  HUY_CHUONG_QUAN_KY_QUYET_THANG: 0.5,
  HUY_CHUONG_VI_AN_NINH_TO_QUOC: 0.5,
  HUY_CHUONG_CHIEN_SI_VE_VANG_3: 2,
  HUY_CHUONG_CHIEN_SI_VE_VANG_2: 1,
  HUY_CHUONG_CHIEN_SI_VE_VANG_1: 0.5,
  TINH_ANH_HUNG: 0,
  THANH_PHO_ANH_HUNG: 0,
};

type Issuer = 'UBND_DISTRICT' | 'UBND_COMMUNE' | 'SGDDT' | 'SYT' | 'SNV' | 'CAT' | 'BCHQS' | 'UNIT';

interface Workplace {
  org: string;
  parent: string | null;
  issuer: Issuer;
  /** The commune or district whose chairman decides grassroots awards, when that is the issuer. */
  place?: string;
}

interface Sector {
  name: string;
  weight: number;
  /** Teams inside a workplace that receive collective awards. */
  subunits: string[];
  workplace: (r: Random, ctx: PlaceContext) => Workplace;
  /** [position, recipient class, weight] */
  positions: ReadonlyArray<readonly [string, string, number]>;
}

interface PlaceContext {
  provinceName: string;
  /** "tỉnh Tuyên Quang" / "thành phố Hà Nội" */
  provinceTitle: string;
  /** Districts were abolished on 2025-07-01 (two-tier local government). */
  afterMerger: boolean;
}

const local = (r: Random, ctx: PlaceContext): { level: string; place: string } => {
  const place = r.pick(PLACES);
  if (!ctx.afterMerger && r.chance(0.3)) return { level: 'huyện', place };
  return { level: r.chance(0.75) ? 'xã' : 'phường', place };
};

const SECTORS: Sector[] = [
  {
    name: 'education',
    subunits: ['Tổ Toán - Tin', 'Tổ Ngữ văn', 'Tổ Khoa học tự nhiên', 'Tổ chuyên môn khối 5', 'Tổ Văn phòng'],
    weight: 26,
    workplace: (r, ctx) => {
      const place = r.pick(PLACES);
      const district = r.pick(PLACES);
      const school = r.pick([
        'Trường Mầm non',
        'Trường Tiểu học',
        'Trường THCS',
        'Trường THPT',
        'Trường Phổ thông Dân tộc nội trú',
        'Trường Tiểu học và THCS',
      ]);
      const upper = school === 'Trường THPT' || school === 'Trường Phổ thông Dân tộc nội trú';
      return {
        org: `${school} ${place}`,
        parent: upper || ctx.afterMerger ? `Sở Giáo dục và Đào tạo ${ctx.provinceTitle}` : `Phòng Giáo dục và Đào tạo huyện ${district}`,
        issuer: upper ? 'SGDDT' : ctx.afterMerger ? 'UBND_COMMUNE' : 'UBND_DISTRICT',
        place: ctx.afterMerger ? place : district,
      };
    },
    positions: [
      ['Giáo viên', 'DIRECT_WORKER', 62],
      ['Tổ trưởng chuyên môn', 'MANAGER', 10],
      ['Hiệu trưởng', 'MANAGER', 7],
      ['Phó Hiệu trưởng', 'MANAGER', 7],
      ['Nhân viên thư viện', 'OTHER', 4],
      ['Kế toán', 'OTHER', 4],
      ['Tổng phụ trách Đội', 'OTHER', 3],
    ],
  },
  {
    name: 'health',
    subunits: ['Khoa Nội', 'Khoa Ngoại', 'Khoa Hồi sức cấp cứu', 'Khoa Nhi', 'Phòng Điều dưỡng'],
    weight: 10,
    workplace: (r, ctx) => {
      const unit = r.pick(['Bệnh viện Đa khoa', 'Trung tâm Y tế', 'Trạm Y tế', 'Bệnh viện Sản - Nhi', 'Trung tâm Kiểm soát bệnh tật']);
      const where =
        unit === 'Trạm Y tế'
          ? `xã ${r.pick(PLACES)}`
          : unit === 'Trung tâm Y tế' && !ctx.afterMerger
            ? `huyện ${r.pick(PLACES)}`
            : ctx.provinceTitle;
      return { org: `${unit} ${where}`, parent: `Sở Y tế ${ctx.provinceTitle}`, issuer: 'SYT' };
    },
    positions: [
      ['Bác sĩ', 'DIRECT_WORKER', 30],
      ['Điều dưỡng', 'DIRECT_WORKER', 28],
      ['Y sĩ', 'DIRECT_WORKER', 8],
      ['Dược sĩ', 'DIRECT_WORKER', 6],
      ['Trưởng khoa', 'MANAGER', 10],
      ['Giám đốc', 'LEADER', 3],
      ['Phó Giám đốc', 'LEADER', 4],
      ['Điều dưỡng trưởng', 'MANAGER', 5],
      ['Kế toán', 'OTHER', 3],
    ],
  },
  {
    name: 'local-government',
    subunits: ['Văn phòng HĐND và UBND', 'Phòng Kinh tế', 'Phòng Văn hóa - Xã hội', 'Bộ phận Một cửa'],
    weight: 18,
    workplace: (r, ctx) => {
      const { level, place } = local(r, ctx);
      return {
        org: `UBND ${level} ${place}`,
        parent: `UBND ${ctx.provinceTitle}`,
        issuer: level === 'huyện' ? 'UBND_DISTRICT' : 'UBND_COMMUNE',
        place,
      };
    },
    positions: [
      ['Chủ tịch UBND', 'LEADER', 8],
      ['Phó Chủ tịch UBND', 'LEADER', 10],
      ['Bí thư Đảng ủy', 'LEADER', 5],
      ['Trưởng phòng', 'MANAGER', 12],
      ['Trưởng thôn', 'MANAGER', 10],
      ['Công chức Văn phòng - Thống kê', 'OTHER', 14],
      ['Công chức Địa chính - Xây dựng', 'OTHER', 12],
      ['Công chức Văn hóa - Xã hội', 'OTHER', 12],
      ['Chuyên viên', 'OTHER', 17],
    ],
  },
  {
    name: 'provincial-department',
    subunits: ['Văn phòng Sở', 'Phòng Tổ chức cán bộ', 'Phòng Kế hoạch - Tài chính', 'Thanh tra Sở'],
    weight: 8,
    workplace: (r, ctx) => {
      const dept = r.pick([
        'Sở Nội vụ',
        'Sở Tài chính',
        'Sở Kế hoạch và Đầu tư',
        'Văn phòng UBND',
        'Sở Tư pháp',
        'Sở Công Thương',
        'Sở Xây dựng',
        'Sở Văn hóa, Thể thao và Du lịch',
      ]);
      return { org: `${dept} ${ctx.provinceTitle}`, parent: `UBND ${ctx.provinceTitle}`, issuer: 'SNV' };
    },
    positions: [
      ['Giám đốc Sở', 'LEADER', 4],
      ['Phó Giám đốc Sở', 'LEADER', 8],
      ['Trưởng phòng', 'MANAGER', 20],
      ['Phó Trưởng phòng', 'MANAGER', 18],
      ['Chánh Văn phòng', 'MANAGER', 5],
      ['Chuyên viên', 'OTHER', 30],
      ['Chuyên viên chính', 'OTHER', 15],
    ],
  },
  {
    name: 'agriculture',
    subunits: ['Tổ hợp tác sản xuất', 'Chi hội Nông dân thôn Đông', 'Tổ dịch vụ nông nghiệp'],
    weight: 13,
    workplace: (r, ctx) => {
      const place = r.pick(PLACES);
      return r.chance(0.55)
        ? { org: `Hợp tác xã ${r.pick(PRODUCTS)} ${place}`, parent: `UBND xã ${place}`, issuer: 'UBND_COMMUNE', place }
        : { org: `Hội Nông dân xã ${place}`, parent: `Hội Nông dân ${ctx.provinceTitle}`, issuer: 'UBND_COMMUNE', place };
    },
    positions: [
      ['Nông dân', 'DIRECT_WORKER', 55],
      ['Xã viên hợp tác xã', 'DIRECT_WORKER', 15],
      ['Chủ trang trại', 'ENTREPRENEUR', 10],
      ['Giám đốc hợp tác xã', 'MANAGER', 8],
      ['Chi hội trưởng', 'OTHER', 12],
    ],
  },
  {
    name: 'enterprise',
    subunits: ['Phân xưởng số 2', 'Phòng Kỹ thuật', 'Đội thi công số 1', 'Công đoàn cơ sở'],
    weight: 12,
    workplace: (r, ctx) => {
      const org = r.chance(0.5) ? `Công ty TNHH ${r.pick(BRANDS)}` : `Công ty Cổ phần ${r.pick(INDUSTRIES)} ${ctx.provinceName}`;
      return { org, parent: r.chance(0.5) ? `Liên đoàn Lao động ${ctx.provinceTitle}` : null, issuer: 'UNIT' };
    },
    positions: [
      ['Công nhân', 'DIRECT_WORKER', 45],
      ['Kỹ sư', 'DIRECT_WORKER', 12],
      ['Thợ vận hành', 'DIRECT_WORKER', 8],
      ['Giám đốc', 'ENTREPRENEUR', 10],
      ['Chủ tịch Hội đồng quản trị', 'ENTREPRENEUR', 4],
      ['Quản đốc phân xưởng', 'MANAGER', 8],
      ['Trưởng phòng Kỹ thuật', 'MANAGER', 6],
      ['Nhân viên kinh doanh', 'OTHER', 7],
    ],
  },
  {
    name: 'security',
    subunits: ['Đội Cảnh sát giao thông', 'Đội nghiệp vụ', 'Trung đội dân quân cơ động', 'Tổ công tác'],
    weight: 6,
    workplace: (r, ctx) =>
      r.chance(0.7)
        ? {
            org: `Công an ${ctx.afterMerger ? 'xã' : r.pick(['xã', 'huyện'])} ${r.pick(PLACES)}`,
            parent: `Công an ${ctx.provinceTitle}`,
            issuer: 'CAT',
          }
        : {
            org: `Ban Chỉ huy Quân sự ${ctx.afterMerger ? 'xã' : 'huyện'} ${r.pick(PLACES)}`,
            parent: `Bộ Chỉ huy Quân sự ${ctx.provinceTitle}`,
            issuer: 'BCHQS',
          },
    positions: [
      ['Chiến sĩ', 'DIRECT_WORKER', 45],
      ['Cán bộ', 'DIRECT_WORKER', 20],
      ['Đội trưởng', 'MANAGER', 15],
      ['Trưởng Công an', 'MANAGER', 8],
      ['Chỉ huy trưởng', 'MANAGER', 6],
      ['Phó Chỉ huy trưởng', 'MANAGER', 6],
    ],
  },
  {
    name: 'mass-organisation',
    subunits: ['Chi hội Phụ nữ thôn Tây', 'Chi đoàn thôn Trung', 'Chi hội Cựu chiến binh thôn Đông'],
    weight: 7,
    workplace: (r, ctx) => {
      const place = r.pick(PLACES);
      const org = r.pick([
        'Hội Liên hiệp Phụ nữ',
        'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
        'Hội Cựu chiến binh',
        'Ủy ban Mặt trận Tổ quốc Việt Nam',
        'Hội Chữ thập đỏ',
      ]);
      return { org: `${org} xã ${place}`, parent: `UBND xã ${place}`, issuer: 'UBND_COMMUNE', place };
    },
    positions: [
      ['Chủ tịch Hội', 'LEADER', 15],
      ['Bí thư Đoàn', 'LEADER', 10],
      ['Phó Chủ tịch', 'MANAGER', 15],
      ['Hội viên', 'OTHER', 35],
      ['Đoàn viên', 'OTHER', 15],
      ['Tình nguyện viên', 'DIRECT_WORKER', 10],
    ],
  },
];

const SECTOR_BY_NAME = new Map(SECTORS.map((s) => [s.name, s]));
const SECTOR_PICK = new Weighted(
  SECTORS,
  SECTORS.map((s) => s.weight),
);
const POSITION_PICKS = new Map(SECTORS.map((s) => [s.name, Weighted.of(s.positions.map(([p, c, w]) => [[p, c] as const, w] as const))]));

/** Awards that belong to one sector (teachers, doctors, armed forces…). */
const AWARD_SECTOR: Record<string, string> = {
  NHA_GIAO_UU_TU: 'education',
  NHA_GIAO_NHAN_DAN: 'education',
  THAY_THUOC_UU_TU: 'health',
  THAY_THUOC_NHAN_DAN: 'health',
  HUAN_CHUONG_BAO_VE_TO_QUOC_1: 'security',
  HUAN_CHUONG_BAO_VE_TO_QUOC_2: 'security',
  HUAN_CHUONG_BAO_VE_TO_QUOC_3: 'security',
  ANH_HUNG_LLVTND: 'security',
  HUAN_CHUONG_DUNG_CAM: 'security',
  HUAN_CHUONG_DAI_DOAN_KET_DAN_TOC: 'mass-organisation',
  CHIEN_SI_TIEN_TIEN: 'security',
  DON_VI_QUYET_THANG: 'security',
  DON_VI_TIEN_TIEN: 'security',
  HUAN_CHUONG_QUAN_CONG_1: 'security',
  HUAN_CHUONG_QUAN_CONG_2: 'security',
  HUAN_CHUONG_QUAN_CONG_3: 'security',
  HUAN_CHUONG_CHIEN_CONG_1: 'security',
  HUAN_CHUONG_CHIEN_CONG_2: 'security',
  HUAN_CHUONG_CHIEN_CONG_3: 'security',
  HUY_CHUONG_QUAN_KY_QUYET_THANG: 'security',
  HUY_CHUONG_VI_AN_NINH_TO_QUOC: 'security',
  HUY_CHUONG_CHIEN_SI_VE_VANG_1: 'security',
  HUY_CHUONG_CHIEN_SI_VE_VANG_2: 'security',
  HUY_CHUONG_CHIEN_SI_VE_VANG_3: 'security',
};

const ARTISTS = {
  org: ['Nhà hát Ca múa nhạc', 'Đoàn Nghệ thuật', 'Trung tâm Văn hóa - Nghệ thuật', 'Câu lạc bộ Hát Then', 'Làng nghề truyền thống'],
  position: ['Diễn viên', 'Nghệ nhân', 'Nhạc công', 'Đạo diễn'],
};
const FOREIGN_NAMES = [
  'Tanaka Hiroshi',
  'Kim Min-jun',
  'Anna Müller',
  'Sergei Ivanov',
  'Somchai Phommavong',
  'Pierre Dubois',
  'María García',
  'Chen Wei',
  'Sok Chea',
  'John Smith',
  'Thongsavath Keo',
  'Park Ji-hoon',
];
const FOREIGN_ORGS = [
  'Cơ quan Hợp tác quốc tế Nhật Bản (JICA)',
  'Tổ chức KOICA Hàn Quốc',
  'Tỉnh Luang Prabang (Lào)',
  'Quỹ Nhi đồng Liên hợp quốc (UNICEF)',
  'Tỉnh Ratanakiri (Campuchia)',
];

const DAY = 86_400_000;

interface DatedProvince {
  ref: ProvinceRef;
  from: number;
  to: number;
}

/** Builds commendation rows; batch n always comes out the same for a seed, whichever connection writes it. */
export class CommendationFactory {
  readonly tally: FactoryTally = {
    byStatus: {},
    byLevel: {},
    byRecipientKind: {},
    byYear: {},
    women: 0,
    individuals: 0,
    ethnicMinority: 0,
  };

  private readonly territories: Weighted<string>;
  private readonly yearPick: Weighted<number>;
  private readonly monthPick: Weighted<number>;
  private readonly levelPick = Weighted.of(LEVEL_SHARES);
  private readonly kindPicks = new Map<string, Weighted<string>>();
  private readonly awardPicks = new Map<string, Weighted<AwardTypeRef>>();
  private readonly territoryChains = new Map<string, DatedProvince[]>();
  private readonly surnames = Weighted.of(SURNAMES);
  private readonly maleMiddle = Weighted.of(MALE_MIDDLE);
  private readonly femaleMiddle = Weighted.of(FEMALE_MIDDLE);
  private readonly cap: number;
  private readonly start: number;
  private readonly now = Date.now();

  constructor(
    provinces: ProvinceRef[],
    awardTypes: AwardTypeRef[],
    private readonly options: FactoryOptions,
  ) {
    // A "territory" is a pre-merger province; its records move to the successor province on the merger date.
    const original = provinces.filter((p) => p.validFrom === null);
    const codes = original.map((p) => p.code);
    this.territories = new Weighted(
      codes,
      codes.map((c) => 0.6 + (POPULATION[c] ?? 1)),
    );
    const byId = new Map(provinces.map((p) => [p.id, p]));
    for (const p of original) {
      const chain: DatedProvince[] = [];
      let current: ProvinceRef | undefined = p;
      for (let guard = 0; current && guard < 5; guard++) {
        chain.push({
          ref: current,
          from: current.validFrom ? Date.parse(current.validFrom) : -Infinity,
          to: current.validTo ? Date.parse(current.validTo) : Infinity,
        });
        current = current.validTo && current.successorId ? byId.get(current.successorId) : undefined;
      }
      this.territoryChains.set(p.code, chain);
    }

    const years: number[] = [];
    for (let y = options.firstYear; y <= options.lastYear; y++) years.push(y);
    // Slow growth of the work over the decade, a dip in 2020–2021 (COVID-19), a peak in 2025 (merger reviews).
    this.yearPick = new Weighted(
      years,
      years.map((y) => (1 + 0.02 * (y - options.firstYear)) * (y === 2020 ? 0.85 : y === 2021 ? 0.9 : y === 2025 ? 1.1 : 1)),
    );
    this.monthPick = new Weighted(
      MONTH_WEIGHTS.map((_, i) => i),
      MONTH_WEIGHTS,
    );

    for (const [level] of LEVEL_SHARES) {
      const atLevel = awardTypes.filter((a) => a.level === level);
      const kinds = Object.keys(RECIPIENT_KIND_SHARES).filter((k) => atLevel.some((a) => a.recipientKinds.includes(k)));
      if (kinds.length === 0) throw new Error(`no award type of level ${level} in the catalogue`);
      this.kindPicks.set(
        level,
        new Weighted(
          kinds,
          kinds.map((k) => RECIPIENT_KIND_SHARES[k]),
        ),
      );
      for (const kind of kinds) {
        const fits = atLevel.filter((a) => a.recipientKinds.includes(kind));
        // An award that accepts several kinds is mostly given to the kind it is best known for.
        const weights = fits.map((a) => (AWARD_WEIGHTS[a.code] ?? 1) * (a.recipientKinds.length > 1 && kind !== 'INDIVIDUAL' ? 0.6 : 1));
        this.awardPicks.set(`${level}|${kind}`, new Weighted(fits, weights));
      }
    }
    this.start = Date.UTC(options.firstYear, 0, 1);
    this.cap = Math.min(Date.UTC(options.lastYear, 11, 31), Date.parse(options.today));
    if (this.cap < this.start) throw new Error(`the years ${options.firstYear}–${options.lastYear} lie after today (${options.today})`);
  }

  /** Rows [first, first + count) of the dataset as column arrays. */
  batch(first: number, count: number): Batch {
    const r = new Random(mixSeed(this.options.seed, first));
    const columns: Batch = COLUMNS.map(() => new Array(count));
    for (let i = 0; i < count; i++) this.row(r, columns, i);
    return columns;
  }

  private row(r: Random, c: Batch, i: number): void {
    const t = this.tally;
    const territory = this.territories.pick(r);
    const level = this.levelPick.pick(r);
    const recipientKind = (this.kindPicks.get(level) as Weighted<string>).pick(r);
    const award = (this.awardPicks.get(`${level}|${recipientKind}`) as Weighted<AwardTypeRef>).pick(r);
    const central = level === 'STATE' || level === 'GOVERNMENT';
    const special = SPECIAL_AWARDS.has(award.code);
    const sector = special ? undefined : (SECTOR_BY_NAME.get(AWARD_SECTOR[award.code] ?? '') ?? SECTOR_PICK.pick(r));
    const when = this.date(
      r,
      award.category === 'EMULATION_TITLE' ? (sector?.name === 'education' ? SCHOOL_YEAR_END : YEAR_END) : undefined,
    );
    const year = new Date(when).getUTCFullYear();
    const month = new Date(when).getUTCMonth();

    // Status: provincial awards are recorded once decided; central ones go through the council, and recent
    // proposals are still pending.
    let status = 'APPROVED';
    const recent = this.cap - when < 150 * DAY;
    if (central) {
      if (recent && r.chance(0.55)) status = r.chance(0.5) ? 'SUBMITTED' : r.chance(0.45) ? 'DRAFT' : 'RETURNED';
      else if (r.chance(0.012)) status = 'RETURNED';
    } else if (r.chance(recent ? 0.03 : 0.004)) {
      status = 'DRAFT';
    }
    if (status === 'APPROVED' && r.chance(0.003)) status = 'REVOKED';
    const decided = status === 'APPROVED' || status === 'REVOKED';

    const province = this.provinceOn(territory, when);
    const afterMerger = when >= MERGER;
    const ctx: PlaceContext = {
      provinceName: province.name,
      provinceTitle: `${province.kind === 'CITY' ? 'thành phố' : 'tỉnh'} ${province.name}`,
      afterMerger,
    };
    const minorityShare = ETHNIC_MINORITY_SHARE[territory] ?? 0.01;
    const region = minorityRegion(territory);

    let recipientName: string;
    let position: string | null = null;
    let organization: string | null;
    let gender: string | null = null;
    let ethnic = false;
    let recipientClass: string | null = null;
    let issuer: Issuer = 'UBND_COMMUNE';
    let place: string | undefined;
    if (recipientKind === 'INDIVIDUAL') {
      const female = award.code === 'BA_ME_VIET_NAM_ANH_HUNG' || r.chance(0.45);
      ethnic = r.chance(minorityShare * 0.9);
      if (award.code === 'HUAN_CHUONG_HUU_NGHI' || award.code === 'HUY_CHUONG_HUU_NGHI') {
        recipientName = r.pick(FOREIGN_NAMES);
        organization = r.pick(FOREIGN_ORGS);
        ethnic = false;
        recipientClass = 'OTHER';
      } else if (award.code === 'BA_ME_VIET_NAM_ANH_HUNG') {
        recipientName = this.personName(r, true, ethnic, region);
        organization = villageOf(r).name;
        recipientClass = 'OTHER';
      } else if (award.code.startsWith('NGHE_SI') || award.code.startsWith('NGHE_NHAN')) {
        recipientName = this.personName(r, female, ethnic, region);
        organization = `${r.pick(ARTISTS.org)} ${ctx.provinceName}`;
        position = r.pick(ARTISTS.position);
        recipientClass = 'DIRECT_WORKER';
      } else {
        const s = sector as Sector;
        const work = s.workplace(r, ctx);
        let [pos, cls] = (POSITION_PICKS.get(s.name) as Weighted<readonly [string, string]>).pick(r);
        // Higher awards go more often to leaders and managers.
        if (central && cls === 'DIRECT_WORKER' && r.chance(0.4)) {
          [pos, cls] = s.positions.find((p) => p[1] === 'LEADER' || p[1] === 'MANAGER') ?? [pos, cls];
        }
        recipientName = this.personName(r, female, ethnic, region);
        position = pos;
        organization = work.org;
        recipientClass = cls;
        issuer = work.issuer;
        place = work.place;
      }
      gender = female ? 'FEMALE' : 'MALE';
      t.individuals++;
      if (female) t.women++;
    } else if (recipientKind === 'HOUSEHOLD') {
      const female = r.chance(0.3);
      ethnic = r.chance(minorityShare * 0.9);
      const village = villageOf(r);
      recipientName = `Hộ gia đình ${female ? 'bà' : 'ông'} ${this.personName(r, female, ethnic, region)}`;
      organization = village.name;
      place = village.place;
    } else if (award.code === 'THON_TO_DAN_PHO_VAN_HOA') {
      const village = villageOf(r);
      recipientName = village.name;
      organization = `UBND ${village.level} ${village.place}`;
      place = village.place;
    } else if (award.code === 'XA_PHUONG_TIEU_BIEU') {
      recipientName = `${r.chance(0.7) ? 'Xã' : 'Phường'} ${r.pick(PLACES)}`;
      organization = `UBND ${ctx.provinceTitle}`;
    } else if (award.code === 'HUAN_CHUONG_HUU_NGHI') {
      recipientName = r.pick(FOREIGN_ORGS);
      organization = null;
    } else {
      const s = sector as Sector;
      const work = s.workplace(r, ctx);
      recipientName = r.chance(0.25) ? `${r.pick(s.subunits)}, ${work.org}` : work.org;
      organization = r.chance(0.8) ? work.parent : null;
      issuer = work.issuer;
      place = work.place;
    }
    if (ethnic) t.ethnicMinority++;

    let decisionNumber: string | null = null;
    let decisionDate: string | null = null;
    let authority: string | null = null;
    if (decided) {
      const n = r.int(1, level === 'GRASSROOTS' ? 900 : 3500);
      if (level === 'STATE') {
        decisionNumber = `${n}/QĐ-CTN`;
        authority = 'Chủ tịch nước';
      } else if (level === 'GOVERNMENT') {
        decisionNumber = `${n}/QĐ-TTg`;
        authority = 'Thủ tướng Chính phủ';
      } else if (level === 'PROVINCE') {
        decisionNumber = `${n}/QĐ-UBND`;
        authority = `Chủ tịch UBND ${ctx.provinceTitle}`;
      } else {
        [decisionNumber, authority] = grassrootsDecision(r, n, issuer, ctx, organization ?? recipientName, place);
      }
      decisionDate = isoDate(when);
    }

    // Annual titles and regular awards decided early in a year are for the year before.
    const regular = award.category === 'EMULATION_TITLE' || r.chance(0.6);
    const achievementYear = regular && month <= 3 ? year - 1 : central && r.chance(0.4) ? year - 1 : year;
    const kind =
      award.code === 'HUAN_CHUONG_HUU_NGHI' || award.code === 'HUY_CHUONG_HUU_NGHI'
        ? 'FOREIGN'
        : award.code === 'BA_ME_VIET_NAM_ANH_HUNG'
          ? 'RESISTANCE'
          : award.category === 'EMULATION_TITLE'
            ? 'REGULAR'
            : commendationKind(r, level, recipientKind);
    const citation = r.chance(0.65) ? this.citation(r, award.category, achievementYear) : null;

    // Recorded a few days after the decision; a pending proposal was filed on the sampled day.
    const hours = (1 + r.int(0, 9)) * 3_600_000 + r.int(0, 59) * 60_000;
    const created = Math.min(decided ? when + r.int(0, 20) * DAY + hours : when + hours, this.now);
    const changes = status === 'REVOKED' ? 1 : central && decided ? 2 : status === 'SUBMITTED' ? 1 : status === 'RETURNED' ? 2 : 0;
    const updated = changes ? Math.min(created + r.int(1, 60) * DAY, this.now) : created;

    c[0][i] = r.uuid();
    c[1][i] = new Date(created).toISOString();
    c[2][i] = new Date(Math.max(updated, created)).toISOString();
    c[3][i] = 1 + changes;
    c[4][i] = recipientKind;
    c[5][i] = recipientName;
    c[6][i] = position;
    c[7][i] = organization;
    c[8][i] = province.id;
    c[9][i] = gender;
    c[10][i] = ethnic;
    c[11][i] = recipientClass;
    c[12][i] = award.id;
    c[13][i] = kind;
    c[14][i] = null;
    c[15][i] = achievementYear;
    c[16][i] = decisionNumber;
    c[17][i] = decisionDate;
    c[18][i] = authority;
    c[19][i] = citation;
    c[20][i] = status;
    c[21][i] = searchText(recipientName, organization, decisionNumber);
    c[22][i] = false;

    t.byStatus[status] = (t.byStatus[status] ?? 0) + 1;
    t.byLevel[level] = (t.byLevel[level] ?? 0) + 1;
    t.byRecipientKind[recipientKind] = (t.byRecipientKind[recipientKind] ?? 0) + 1;
    t.byYear[year] = (t.byYear[year] ?? 0) + 1;
  }

  /** A day in the chosen years: more at year-end and mid-year, mostly on working days, never after the cap. */
  private date(r: Random, season?: Weighted<number>): number {
    for (let attempt = 0; attempt < 8; attempt++) {
      const year = this.yearPick.pick(r);
      // Annual titles are mostly decided in their season; the rest of the year takes the general spread.
      const month = season && r.chance(0.7) ? season.pick(r) : this.monthPick.pick(r);
      const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
      let when = Date.UTC(year, month, r.int(1, days));
      const weekday = new Date(when).getUTCDay();
      if ((weekday === 0 || weekday === 6) && r.chance(0.85)) when -= (weekday === 0 ? 2 : 1) * DAY;
      if (when >= this.start && when <= this.cap) return when;
    }
    return this.cap;
  }

  /** The province that held the territory on a day (codes and ids changed on 2025-01-01 for Huế, 2025-07-01 for the merger). */
  private provinceOn(territory: string, when: number): ProvinceRef {
    const chain = this.territoryChains.get(territory) as DatedProvince[];
    for (const p of chain) if (when >= p.from && when <= p.to) return p.ref;
    return chain[chain.length - 1].ref;
  }

  private personName(r: Random, female: boolean, ethnic: boolean, region: MinorityRegion): string {
    if (ethnic) {
      const pool = MINORITY_NAMES[region];
      const middle = r.pick(female ? pool.female : pool.male);
      const surname = r.pick(pool.surnames);
      const given = r.pick(pool.given);
      // Central Highlands names are often written "H'Hen Niê" / "Y Bhin Niê".
      if (region === 'HIGHLANDS' && middle === "H'") return `H'${given} ${surname === "H'" || surname === 'Y' ? 'Niê' : surname}`;
      return [surname, middle, given].filter(Boolean).join(' ');
    }
    const middle = (female ? this.femaleMiddle : this.maleMiddle).pick(r);
    let given = r.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
    if (given === middle) given = r.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
    return `${this.surnames.pick(r)} ${middle} ${given}`;
  }

  private citation(r: Random, category: string, year: number): string {
    if (category === 'EMULATION_TITLE') return `Đã hoàn thành xuất sắc nhiệm vụ năm ${year}`;
    let theme = CITATION_THEMES[0][0];
    for (let attempt = 0; attempt < 4; attempt++) {
      const [candidate, first, last] = r.pick(CITATION_THEMES);
      if (year >= first && year <= last) {
        theme = candidate;
        break;
      }
    }
    return `Đã có thành tích xuất sắc trong ${theme} năm ${year}`;
  }
}

const MERGER = Date.UTC(2025, 6, 1);
/** Months (0-based) in which annual titles are decided: the turn of the year, or the end of the school year. */
const YEAR_END = Weighted.of([
  [11, 5],
  [0, 3],
  [1, 1],
] as const);
const SCHOOL_YEAR_END = Weighted.of([
  [4, 2],
  [5, 4],
  [6, 3],
  [7, 1],
] as const);
/** Awards whose recipients are not drawn from the ordinary workplaces. */
const SPECIAL_AWARDS = new Set([
  'HUAN_CHUONG_HUU_NGHI',
  'HUY_CHUONG_HUU_NGHI',
  'BA_ME_VIET_NAM_ANH_HUNG',
  'THON_TO_DAN_PHO_VAN_HOA',
  'XA_PHUONG_TIEU_BIEU',
  'GIA_DINH_VAN_HOA',
]);

function grassrootsDecision(r: Random, n: number, issuer: Issuer, ctx: PlaceContext, unit: string, place?: string): [string, string] {
  switch (issuer) {
    case 'SGDDT':
      return [`${n}/QĐ-SGDĐT`, `Giám đốc Sở Giáo dục và Đào tạo ${ctx.provinceTitle}`];
    case 'SYT':
      return [`${n}/QĐ-SYT`, `Giám đốc Sở Y tế ${ctx.provinceTitle}`];
    case 'SNV':
      return [`${n}/QĐ-SNV`, `Giám đốc Sở Nội vụ ${ctx.provinceTitle}`];
    case 'CAT':
      return [`${n}/QĐ-CAT`, `Giám đốc Công an ${ctx.provinceTitle}`];
    case 'BCHQS':
      return [`${n}/QĐ-BCH`, `Chỉ huy trưởng Bộ Chỉ huy Quân sự ${ctx.provinceTitle}`];
    case 'UNIT':
      return [`${n}/QĐ-CTY`, `Giám đốc ${unit}`];
    case 'UBND_DISTRICT':
      // District people's committees were abolished on 2025-07-01; communes decide since.
      return [`${n}/QĐ-UBND`, `Chủ tịch UBND ${ctx.afterMerger ? 'xã' : 'huyện'} ${place ?? r.pick(PLACES)}`];
    case 'UBND_COMMUNE':
      return [`${n}/QĐ-UBND`, `Chủ tịch UBND xã ${place ?? r.pick(PLACES)}`];
  }
}

/** A village (xã) or residential group (phường) and the commune it belongs to. */
function villageOf(r: Random): { name: string; level: string; place: string } {
  const village = r.pick(VILLAGE);
  const place = r.pick(PLACES);
  const level = village.startsWith('Tổ dân phố') || village.startsWith('Khu phố') ? 'phường' : 'xã';
  return { name: `${village}, ${level} ${place}`, level, place };
}

function commendationKind(r: Random, level: string, recipientKind: string): string {
  const x = r.next();
  if (x < 0.55) return 'REGULAR';
  if (x < 0.8) return 'THEMATIC';
  if (x < 0.9) return 'EXTRAORDINARY';
  if (x < 0.97) return level === 'STATE' && recipientKind === 'INDIVIDUAL' ? 'CONTRIBUTION' : 'REGULAR';
  return level === 'STATE' ? 'SENIORITY' : 'THEMATIC';
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

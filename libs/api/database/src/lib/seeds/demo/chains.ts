import { CommendationKind, Gender, RecipientClass, RecipientKind } from '@tdkt/shared/contracts';
import { Authority, PRIME_MINISTER, director, districtChair } from './authorities';
import { regularCitation } from './citations';
import { DemoContext, DemoProvince, provinceByCode } from './context';
import { CommendationSink } from './commendations';
import { Recipient, RecipientPool, individual, unitNamed } from './recipients';

const { FEMALE, MALE } = Gender;
const { DIRECT_WORKER, LEADER, MANAGER, OTHER } = RecipientClass;

interface Person {
  code: string;
  ethnicMinority: boolean;
  gender: Gender;
  name: string;
  position: string;
  recipientClass: RecipientClass;
  unit: string;
}

/** Award histories for the eligibility rules (awards.md): each person is matched by name + organisation + province. */
const PEOPLE = {
  // R-CSTD-TINH-CHAIN satisfied: CSTĐCS 2021, 2022, 2023 (each with LĐTT), then CSTĐ cấp tỉnh 2023.
  validChain: {
    code: '08',
    name: 'Ma Thị Hường',
    gender: FEMALE,
    ethnicMinority: true,
    position: 'Trưởng phòng Thi đua – Khen thưởng',
    recipientClass: MANAGER,
    unit: 'Sở Nội vụ tỉnh Tuyên Quang',
  },
  // R-CSTD-TINH-CHAIN true positive: CSTĐCS 2021 and 2023 but only LĐTT in 2022, then CSTĐ cấp tỉnh 2023.
  gapChain: {
    code: '10',
    name: 'Giàng Seo Phử',
    gender: MALE,
    ethnicMinority: true,
    position: 'Phó Chủ tịch UBND xã Y Tý',
    recipientClass: LEADER,
    unit: 'UBND xã Y Tý, huyện Bát Xát',
  },
  // R-CSTD-TQ-CHAIN satisfied: CSTĐ cấp tỉnh 2020 and 2023, then CSTĐ toàn quốc; school titles are decided in August.
  nationalChain: {
    code: '19',
    name: 'Nguyễn Thị Thu Hằng',
    gender: FEMALE,
    ethnicMinority: false,
    position: 'Hiệu trưởng',
    recipientClass: MANAGER,
    unit: 'Trường THPT Chuyên Thái Nguyên',
  },
  validChain2: {
    code: '25',
    name: 'Đinh Văn Thành',
    gender: MALE,
    ethnicMinority: true,
    position: 'Chủ tịch UBND xã Xuân Sơn',
    recipientClass: LEADER,
    unit: 'UBND xã Xuân Sơn, huyện Tân Sơn',
  },
  // A chain closing in December of the achievement year itself.
  validChain3: {
    code: '20',
    name: 'Lăng Văn Kiên',
    gender: MALE,
    ethnicMinority: true,
    position: 'Trưởng phòng Nội vụ',
    recipientClass: MANAGER,
    unit: 'UBND huyện Cao Lộc',
  },
  // R-ONE-ACHIEVEMENT true positive: CSTĐCS 2023 decided twice, by the district and by the education department.
  duplicate: {
    code: '17',
    name: 'Bùi Thị Thơm',
    gender: FEMALE,
    ethnicMinority: true,
    position: 'Giáo viên',
    recipientClass: OTHER,
    unit: 'Trường THCS Chiềng Châu, huyện Mai Châu',
  },
  // R-CSTD-CS-LDTT satisfied: LĐTT and CSTĐCS in one decision.
  pair: {
    code: '11',
    name: 'Lò Văn Khánh',
    gender: MALE,
    ethnicMinority: true,
    position: 'Công chức Văn hóa – Xã hội',
    recipientClass: OTHER,
    unit: 'UBND xã Thanh Chăn, huyện Điện Biên',
  },
  // R-CSTD-CS-LDTT true positive: CSTĐCS recorded without the LĐTT of the same year.
  missingLdtt: {
    code: '14',
    name: 'Cầm Thị Uyên',
    gender: FEMALE,
    ethnicMinority: true,
    position: 'Bác sĩ',
    recipientClass: OTHER,
    unit: 'Trung tâm Y tế huyện Mai Sơn',
  },
  // R-CSTD-TQ-CHAIN true positive: CSTĐ toàn quốc proposed after a single CSTĐ cấp tỉnh.
  singleProvincial: {
    code: '25',
    name: 'Hà Thị Ngân',
    gender: FEMALE,
    ethnicMinority: true,
    position: 'Chủ tịch UBND xã Xuân Sơn',
    recipientClass: LEADER,
    unit: 'UBND xã Xuân Sơn, huyện Tân Sơn',
  },
  // R-DECISION-AFTER-ACHIEVEMENT true positive: an LĐTT "for 2024" decided in December 2023 (the year typed wrong).
  earlyDecision: {
    code: '04',
    name: 'Nông Văn Thạch',
    gender: MALE,
    ethnicMinority: true,
    position: 'Công chức Địa chính – Nông nghiệp',
    recipientClass: DIRECT_WORKER,
    unit: 'UBND xã Đàm Thủy, huyện Trùng Khánh',
  },
  // R-AUTHORITY true positive: a provincial certificate of merit signed by the district chairman.
  wrongAuthority: {
    code: '10',
    name: 'Vàng A Dình',
    gender: MALE,
    ethnicMinority: true,
    position: 'Công chức Văn hóa – Xã hội',
    recipientClass: OTHER,
    unit: 'UBND xã Y Tý, huyện Bát Xát',
  },
} satisfies Record<string, Person>;

class History {
  readonly p: DemoProvince;
  readonly r: Recipient;

  constructor(
    private readonly ctx: DemoContext,
    private readonly out: CommendationSink,
    pool: RecipientPool,
    who: Person,
  ) {
    this.p = provinceByCode(ctx, who.code);
    this.r = individual(unitNamed(this.p, who.unit), who.name, who.gender, who.ethnicMinority, who.position, who.recipientClass);
    pool.reserve(this.p, who.name, who.unit);
  }

  /** `authority` overrides the one the award's level implies; repeats are kept on purpose. */
  award(award: string, achievementYear: number, decidedOn: string, authority?: Authority): this {
    const citation = regularCitation(award, achievementYear, this.r.kind, this.p.name);
    this.out.add(
      { award, recipient: this.r, province: this.p, kind: CommendationKind.REGULAR, achievementYear, decidedOn, citation, authority },
      true,
    );
    return this;
  }

  /** LĐTT and CSTĐCS of one year, decided together. */
  both(achievementYear: number, decidedOn: string): this {
    return this.award('LAO_DONG_TIEN_TIEN', achievementYear, decidedOn).award('CSTD_CO_SO', achievementYear, decidedOn);
  }
}

/** Writes the hand-made histories; their people are reserved so random recipients never coincide with them. */
export function eligibilityChains(ctx: DemoContext, pool: RecipientPool, out: CommendationSink): void {
  const person = (who: Person) => new History(ctx, out, pool, who);
  person(PEOPLE.validChain)
    .both(2021, '2022-01-14')
    .both(2022, '2023-01-13')
    .both(2023, '2023-12-28')
    .award('CSTD_TINH', 2023, '2024-02-02');
  person(PEOPLE.gapChain)
    .both(2021, '2022-01-20')
    .award('LAO_DONG_TIEN_TIEN', 2022, '2023-01-17')
    .both(2023, '2024-01-12')
    .award('CSTD_TINH', 2023, '2024-03-08');
  person(PEOPLE.nationalChain)
    .award('CSTD_TINH', 2020, '2021-03-12')
    .both(2021, '2021-08-13')
    .both(2022, '2022-08-12')
    .both(2023, '2023-08-11')
    .award('CSTD_TINH', 2023, '2023-09-15')
    .award('CSTD_TOAN_QUOC', 2023, '2024-10-18');
  person(PEOPLE.validChain2)
    .both(2021, '2022-01-18')
    .both(2022, '2023-01-16')
    .both(2023, '2024-01-15')
    .award('CSTD_TINH', 2023, '2024-04-05');
  person(PEOPLE.validChain3)
    .both(2022, '2023-01-10')
    .both(2023, '2024-01-09')
    .both(2024, '2024-12-20')
    .award('CSTD_TINH', 2024, '2024-12-26');
  const education = director('Sở Giáo dục và Đào tạo tỉnh Hòa Bình', 'SGDĐT');
  person(PEOPLE.duplicate).both(2023, '2023-08-18').award('CSTD_CO_SO', 2023, '2023-09-08', education);
  person(PEOPLE.pair).both(2024, '2024-12-24');
  person(PEOPLE.missingLdtt).award('CSTD_CO_SO', 2023, '2024-01-19');
  person(PEOPLE.singleProvincial)
    .both(2021, '2022-01-18')
    .both(2022, '2023-01-16')
    .both(2023, '2024-01-15')
    .award('CSTD_TINH', 2023, '2024-04-05')
    .award('CSTD_TOAN_QUOC', 2023, '2024-11-22');
  person(PEOPLE.earlyDecision).award('LAO_DONG_TIEN_TIEN', 2024, '2023-12-22');
  person(PEOPLE.wrongAuthority)
    .both(2023, '2024-01-12')
    .both(2024, '2024-12-19')
    .award('BANG_KHEN_TINH', 2024, '2024-12-27', districtChair('huyện Bát Xát'));
  secondLeaderFlag(ctx, pool, out);
}

/**
 * R-CO-CP-ONE-PER-CLUSTER true positive: Yên Bái's People's Committee recorded with the Government's flag for 2023,
 * the year Lào Cai led the cluster (proposals.ts), so the cluster has two leaders that year.
 */
function secondLeaderFlag(ctx: DemoContext, pool: RecipientPool, out: CommendationSink): void {
  const p = provinceByCode(ctx, '15');
  out.add({
    award: 'CO_THI_DUA_CHINH_PHU',
    recipient: pool.collectiveOf(unitNamed(p, `Sở Nội vụ tỉnh ${p.name}`), `Ủy ban nhân dân tỉnh ${p.name}`, null),
    province: p,
    kind: CommendationKind.REGULAR,
    achievementYear: 2023,
    decidedOn: '2024-04-26',
    authority: PRIME_MINISTER,
    citation: regularCitation('CO_THI_DUA_CHINH_PHU', 2023, RecipientKind.COLLECTIVE, p.name),
  });
}

import { RecipientClass } from '@tdkt/shared/contracts';
import { Authority, communeChair, director, districtChair } from './authorities';
import { ProvinceProfile } from './provinces';

const { DIRECT_WORKER, ENTREPRENEUR, LEADER, MANAGER, OTHER } = RecipientClass;

export type UnitKind = 'COMMUNE' | 'COOP' | 'DEPARTMENT' | 'DISTRICT' | 'ENTERPRISE' | 'HEALTH' | 'POLICE' | 'SCHOOL' | 'VILLAGE';

export type Role = readonly [position: string, recipientClass: RecipientClass, weight: number];

/** A body whose people and divisions receive awards, with the office that decides its grassroots awards. */
export interface Unit {
  authority: Authority;
  commune?: string;
  district?: string;
  /** Sub-units commended as collectives, written in full ("Phòng Nội vụ huyện Chiêm Hóa"). */
  divisions: readonly string[];
  kind: UnitKind;
  name: string;
  /** The superior body, written as the organisation of the unit as a collective. */
  parent: string | null;
  roles: readonly Role[];
}

const DEPARTMENTS: ReadonlyArray<{ name: string; symbol: string; divisions: string[]; roles: Role[] }> = [
  {
    name: 'Sở Nội vụ',
    symbol: 'SNV',
    divisions: ['Phòng Thi đua – Khen thưởng', 'Phòng Công chức, viên chức', 'Phòng Xây dựng chính quyền và Công tác thanh niên'],
    roles: [
      ['Phó Giám đốc Sở Nội vụ', LEADER, 1],
      ['Trưởng phòng Thi đua – Khen thưởng', MANAGER, 2],
      ['Trưởng phòng Công chức, viên chức', MANAGER, 1],
      ['Chuyên viên Phòng Thi đua – Khen thưởng', OTHER, 3],
      ['Chuyên viên Phòng Xây dựng chính quyền và Công tác thanh niên', OTHER, 2],
    ],
  },
  {
    name: 'Sở Giáo dục và Đào tạo',
    symbol: 'SGDĐT',
    divisions: ['Phòng Giáo dục trung học', 'Phòng Giáo dục mầm non và tiểu học'],
    roles: [
      ['Phó Giám đốc Sở Giáo dục và Đào tạo', LEADER, 1],
      ['Trưởng phòng Giáo dục trung học', MANAGER, 1],
      ['Chuyên viên Phòng Giáo dục trung học', OTHER, 2],
    ],
  },
  {
    name: 'Sở Y tế',
    symbol: 'SYT',
    divisions: ['Phòng Nghiệp vụ Y', 'Văn phòng Sở Y tế'],
    roles: [
      ['Phó Giám đốc Sở Y tế', LEADER, 1],
      ['Trưởng phòng Nghiệp vụ Y', MANAGER, 1],
      ['Chuyên viên Phòng Nghiệp vụ Y', OTHER, 2],
    ],
  },
  {
    name: 'Sở Nông nghiệp và Phát triển nông thôn',
    symbol: 'SNN',
    divisions: ['Chi cục Phát triển nông thôn', 'Chi cục Kiểm lâm', 'Văn phòng Điều phối nông thôn mới tỉnh'],
    roles: [
      ['Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn', LEADER, 1],
      ['Chi cục trưởng Chi cục Phát triển nông thôn', MANAGER, 1],
      ['Kiểm lâm viên Chi cục Kiểm lâm', OTHER, 2],
      ['Chuyên viên Văn phòng Điều phối nông thôn mới tỉnh', OTHER, 2],
    ],
  },
  {
    name: 'Sở Lao động – Thương binh và Xã hội',
    symbol: 'SLĐTBXH',
    divisions: ['Phòng Bảo trợ xã hội', 'Phòng Người có công'],
    roles: [
      ['Phó Giám đốc Sở Lao động – Thương binh và Xã hội', LEADER, 1],
      ['Trưởng phòng Bảo trợ xã hội', MANAGER, 1],
      ['Chuyên viên Phòng Người có công', OTHER, 2],
    ],
  },
];

/** Boarding schools for ethnic-minority pupils are the common lower-secondary school in the high communes. */
function highland(p: ProvinceProfile): boolean {
  return p.ethnicities.some(([e, w]) => (e === 'HMONG' && w >= 25) || (e === 'THAI' && w >= 30));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every unit of one province that the demo draws recipients from. */
export function buildUnits(p: ProvinceProfile): Unit[] {
  const province = `tỉnh ${p.name}`;
  const units: Unit[] = [];
  const health = `Sở Y tế ${province}`;
  const education = `Sở Giáo dục và Đào tạo ${province}`;
  for (const dept of DEPARTMENTS) {
    const name = `${dept.name} ${province}`;
    units.push({
      kind: 'DEPARTMENT',
      name,
      parent: `UBND ${province}`,
      authority: director(name, dept.symbol),
      roles: dept.roles,
      divisions: dept.divisions.map((d) => `${d}, ${name}`),
    });
  }
  units.push({
    kind: 'HEALTH',
    name: `Bệnh viện Đa khoa ${province}`,
    parent: health,
    authority: director(health, 'SYT'),
    divisions: [],
    roles: [
      ['Trưởng khoa Hồi sức tích cực – Chống độc', MANAGER, 1],
      ['Bác sĩ Khoa Nội tổng hợp', OTHER, 3],
      ['Điều dưỡng trưởng Khoa Nhi', MANAGER, 1],
    ],
  });
  units.push({
    kind: 'SCHOOL',
    name: p.specialSchool,
    parent: education,
    authority: director(education, 'SGDĐT'),
    divisions: [],
    roles: [
      ['Hiệu trưởng', MANAGER, 1],
      ['Tổ trưởng chuyên môn Tổ Toán – Tin', MANAGER, 1],
      ['Giáo viên', OTHER, 4],
    ],
  });
  const communes: Array<{ commune: string; district: string }> = [];
  for (const [di, d] of p.districts.entries()) {
    const chair = districtChair(d.name);
    units.push({
      kind: 'DISTRICT',
      name: `UBND ${d.name}`,
      parent: `UBND ${province}`,
      authority: chair,
      district: d.name,
      divisions: [
        'Phòng Nội vụ',
        'Phòng Nông nghiệp và Phát triển nông thôn',
        'Phòng Văn hóa và Thông tin',
        'Phòng Giáo dục và Đào tạo',
      ].map((x) => `${x} ${d.name}`),
      roles: [
        [`Phó Chủ tịch UBND ${d.name}`, LEADER, 1],
        ['Trưởng phòng Nội vụ', MANAGER, 1],
        ['Trưởng phòng Nông nghiệp và Phát triển nông thôn', MANAGER, 1],
        ['Chuyên viên Phòng Nội vụ', OTHER, 2],
        ['Chuyên viên Phòng Văn hóa và Thông tin', OTHER, 1],
      ],
    });
    units.push({
      kind: 'HEALTH',
      name: `Trung tâm Y tế ${d.name}`,
      parent: health,
      authority: director(health, 'SYT'),
      district: d.name,
      divisions: [],
      roles: [
        ['Giám đốc Trung tâm Y tế', MANAGER, 1],
        ['Bác sĩ', OTHER, 3],
        ['Điều dưỡng', OTHER, 2],
      ],
    });
    units.push({
      kind: 'POLICE',
      name: `Công an ${d.name}`,
      parent: `Công an ${province}`,
      district: d.name,
      divisions: [],
      authority: { title: `Giám đốc Công an ${province}`, symbol: 'QĐ-CAT', perDay: 1.5 },
      roles: [
        ['Đội trưởng Đội Cảnh sát điều tra tội phạm về ma túy', MANAGER, 1],
        ['Cán bộ Đội Cảnh sát điều tra tội phạm về ma túy', OTHER, 2],
        ['Trưởng Công an xã', MANAGER, 1],
      ],
    });
    for (const [ci, c] of d.communes.entries()) {
      communes.push({ commune: c, district: d.name });
      units.push({
        kind: 'COMMUNE',
        name: `UBND xã ${c}, ${d.name}`,
        parent: `UBND ${d.name}`,
        authority: chair,
        commune: c,
        district: d.name,
        divisions: [],
        roles: [
          [`Chủ tịch UBND xã ${c}`, LEADER, 1],
          [`Phó Chủ tịch UBND xã ${c}`, LEADER, 2],
          ['Công chức Văn hóa – Xã hội', OTHER, 2],
          ['Công chức Địa chính – Nông nghiệp – Xây dựng và Môi trường', OTHER, 1],
        ],
      });
      const school = (di + ci) % 2 === 0 ? (highland(p) ? 'Trường PTDT bán trú THCS' : 'Trường THCS') : 'Trường Tiểu học';
      units.push({
        kind: 'SCHOOL',
        name: `${school} ${c}, ${d.name}`,
        parent: `Phòng Giáo dục và Đào tạo ${d.name}`,
        authority: chair,
        commune: c,
        district: d.name,
        divisions: [],
        roles: [
          ['Hiệu trưởng', MANAGER, 1],
          ['Phó Hiệu trưởng', MANAGER, 1],
          ['Giáo viên', OTHER, 5],
        ],
      });
    }
  }
  for (const [i, v] of p.villages.entries()) {
    const { commune, district } = communes[(i * 5) % communes.length];
    units.push({
      kind: 'VILLAGE',
      name: `${capitalize(v)}, xã ${commune}, ${district}`,
      parent: `UBND xã ${commune}`,
      authority: communeChair(commune),
      commune,
      district,
      divisions: [],
      roles: [
        ['Nông dân', DIRECT_WORKER, 6],
        [`Trưởng ${v}`, OTHER, 2],
        [`Người có uy tín ${v}`, OTHER, 1],
      ],
    });
  }
  for (const coop of p.coops) {
    units.push({
      kind: 'COOP',
      name: coop.name,
      parent: `Liên minh Hợp tác xã ${province}`,
      authority: districtChair(coop.district),
      district: coop.district,
      divisions: [],
      roles: [
        ['Giám đốc', ENTREPRENEUR, 2],
        ['Thành viên', DIRECT_WORKER, 5],
      ],
    });
  }
  units.push({
    kind: 'ENTERPRISE',
    name: p.enterprise.name,
    parent: null,
    authority: director(p.enterprise.name, p.enterprise.symbol),
    divisions: [],
    roles: [
      ['Giám đốc', ENTREPRENEUR, 1],
      ['Quản đốc phân xưởng', MANAGER, 2],
      ['Công nhân vận hành', DIRECT_WORKER, 4],
      ['Công nhân cơ khí', DIRECT_WORKER, 3],
    ],
  });
  return units;
}

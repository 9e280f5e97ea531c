import { addMember, bodyOf, removeMember, sameMembership, setRole, splitMemberErrors, type DraftMember } from './membership-draft';

const DRAFT: DraftMember[] = [
  { provinceCode: '08', provinceName: 'Tuyên Quang', role: 'CHAIR' },
  { provinceCode: '17', provinceName: 'Hòa Bình', role: 'VICE_CHAIR' },
  { provinceCode: '04', provinceName: 'Cao Bằng', role: 'MEMBER' },
];

describe('membership draft', () => {
  it('makes the previous chair a member when another province is named chair', () => {
    expect(bodyOf(setRole(DRAFT, '04', 'CHAIR'))).toEqual([
      { provinceCode: '08', role: 'MEMBER' },
      { provinceCode: '17', role: 'VICE_CHAIR' },
      { provinceCode: '04', role: 'CHAIR' },
    ]);
    expect(setRole(DRAFT, '08', 'MEMBER').filter((m) => m.role === 'MEMBER')).toHaveLength(2);
  });

  it('adds a province once, as a member, and removes it', () => {
    const added = addMember(DRAFT, '02', 'Hà Giang');
    expect(added[3]).toEqual({ provinceCode: '02', provinceName: 'Hà Giang', role: 'MEMBER' });
    expect(addMember(added, '02', 'Hà Giang')).toHaveLength(4);
    expect(removeMember(added, '17').map((m) => m.provinceCode)).toEqual(['08', '04', '02']);
  });

  it('tells an unchanged membership whatever the order', () => {
    expect(sameMembership(DRAFT, [...DRAFT].reverse())).toBe(true);
    expect(sameMembership(DRAFT, setRole(DRAFT, '04', 'VICE_CHAIR'))).toBe(false);
  });

  it('puts row errors beside their province and the rest above', () => {
    const { rows, general } = splitMemberErrors(
      [
        { field: '2.provinceCode', code: 'referenceNotFound', message: '2.provinceCode: Không có tỉnh mã 04 năm 2019' },
        { field: 'role', code: 'tooMany', message: 'Mỗi năm cụm chỉ có một cụm trưởng' },
      ],
      DRAFT,
    );
    expect([...rows]).toEqual([['04', 'Không có tỉnh mã 04 năm 2019']]);
    expect(general).toEqual(['Mỗi năm cụm chỉ có một cụm trưởng']);
  });
});

import { MatchDecision } from '@tdkt/shared/contracts';
import { matchHistory, organizationRenameIndex, provinceFamilies, recipientKey } from './recipient-match';

describe('recipient matching', () => {
  // Hà Giang (02) merged into Tuyên Quang (new 08); old Tuyên Quang (08) too.
  const provinces = [
    { id: 'hg', successorId: 'tq-new' },
    { id: 'tq-old', successorId: 'tq-new' },
    { id: 'tq-new', successorId: null },
    { id: 'lc', successorId: null },
  ];
  const families = provinceFamilies(provinces);
  const rec = (id: string, recipientName: string, organization: string | null, provinceId: string) => ({
    id,
    recipientName,
    organization,
    provinceId,
  });

  it('puts merged provinces and their successor in one family', () => {
    expect(families.get('hg')).toBe('tq-new');
    expect(families.get('tq-old')).toBe('tq-new');
    expect(families.get('lc')).toBe('lc');
  });
  it('matches accent- and case-insensitively, across a merged province', () => {
    const a = rec('1', 'Ma Thị Hường', 'Sở Nội vụ', 'hg');
    expect(recipientKey(a, families)).toBe(recipientKey(rec('2', 'MA THI HUONG', 'so noi vu', 'tq-new'), families));
    const history = matchHistory(
      a,
      [
        a,
        rec('2', 'MA THI  HƯỜNG', 'Sở Nội vụ', 'tq-new'),
        rec('3', 'Ma Thị Hường', 'Sở Y tế', 'hg'),
        rec('4', 'Ma Thị Hường', 'Sở Nội vụ', 'lc'),
      ],
      families,
    );
    expect(history.map((h) => h.id)).toEqual(['2']);
  });
  it('follows the reviewer’s decisions over the automatic key', () => {
    const a = rec('1', 'Ma Thị Hường', 'Sở Nội vụ', 'hg');
    const candidates = [rec('2', 'Ma Thị Hường', 'Sở Nội vụ', 'hg'), rec('3', 'Ma Thị Hường', 'Văn phòng UBND tỉnh', 'tq-new')];
    const decisions = new Map([
      ['2', MatchDecision.REJECTED],
      ['3', MatchDecision.CONFIRMED],
    ]);
    expect(matchHistory(a, candidates, families, decisions).map((h) => h.id)).toEqual(['3']);
  });
});

describe('recipient matching with a date of birth and organisation renames (issue #17)', () => {
  const families = provinceFamilies([
    { id: 'hb', successorId: 'pt' },
    { id: 'pt', successorId: null },
    { id: 'lc', successorId: null },
  ]);
  const renames = organizationRenameIndex(
    [
      { provinceId: null, oldName: 'Sở Lao động - Thương binh và Xã hội', newName: 'Sở Nội vụ', renamedOn: '2025-03-01' },
      { provinceId: 'hb', oldName: 'UBND huyện Đà Bắc', newName: 'UBND xã Đà Bắc', renamedOn: '2025-07-01' },
      { provinceId: null, oldName: 'Sở Nội vụ', newName: 'Sở Nội vụ', renamedOn: '2025-07-01' },
    ],
    families,
  );
  const rec = (id: string, organization: string | null, provinceId: string, dateOfBirth: string | null = null) => ({
    id,
    recipientName: 'Bùi Thị Thơm',
    organization,
    provinceId,
    dateOfBirth,
  });

  it('treats an organisation and its successor name as one, in every province or only in its own family', () => {
    const subject = rec('1', 'Sở Nội vụ', 'pt');
    const history = matchHistory(
      subject,
      [rec('2', 'Sở Lao động – Thương binh và Xã hội', 'hb'), rec('3', 'UBND huyện Đà Bắc', 'hb'), rec('4', 'Sở Y tế', 'pt')],
      families,
      new Map(),
      renames,
    );
    expect(history.map((h) => h.id)).toEqual(['2']);
    const commune = rec('5', 'UBND xã Đà Bắc', 'pt');
    expect(matchHistory(commune, [rec('3', 'UBND huyện Đà Bắc', 'hb')], families, new Map(), renames).map((h) => h.id)).toEqual(['3']);
    // The same rename does not reach a province outside the family.
    expect(matchHistory(rec('6', 'UBND xã Đà Bắc', 'lc'), [rec('7', 'UBND huyện Đà Bắc', 'lc')], families, new Map(), renames)).toEqual([]);
  });
  it('tells namesakes apart by date of birth when both records carry one, and matches when either lacks it', () => {
    const subject = rec('1', 'Sở Nội vụ', 'pt', '1980-05-02');
    const history = matchHistory(
      subject,
      [rec('2', 'Sở Nội vụ', 'pt', '1980-05-02'), rec('3', 'Sở Nội vụ', 'pt', '1975-01-09'), rec('4', 'Sở Nội vụ', 'pt')],
      families,
      new Map(),
      renames,
    );
    expect(history.map((h) => h.id)).toEqual(['2', '4']);
  });
  it('a reviewer’s confirmation still overrides a different date of birth', () => {
    const subject = rec('1', 'Sở Nội vụ', 'pt', '1980-05-02');
    const other = rec('3', 'Sở Nội vụ', 'pt', '1975-01-09');
    expect(matchHistory(subject, [other], families, new Map([['3', MatchDecision.CONFIRMED]]), renames)).toEqual([other]);
  });
});

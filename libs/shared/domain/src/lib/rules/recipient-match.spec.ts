import { MatchDecision } from '@tdkt/shared/contracts';
import { matchHistory, provinceFamilies, recipientKey } from './recipient-match';

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

import { MembershipRole } from '@tdkt/shared/contracts';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  carryForward,
  membershipDate,
  MembershipRow,
  predecessorIds,
  provinceOnDate,
  SuccessionProvince,
  suggestRotation,
  sumOverPredecessors,
} from './membership-succession';

const REFERENCE = join(__dirname, '../../../../api/database/src/lib/seeds/reference');
const csv = <T>(file: string): T[] => parse(readFileSync(join(REFERENCE, file), 'utf8'), { columns: true, trim: true }) as T[];

/** The real reference data: 63 provinces before the merger, Huế from 2025, 34 after 1 July 2025. */
const PROVINCES: SuccessionProvince[] = csv<Record<string, string>>('provinces.csv').map((r) => ({
  id: `${r['code']}@${r['valid_from'] || 'old'}`,
  code: r['code'],
  name: r['name'],
  validFrom: r['valid_from'] || null,
  validTo: r['valid_to'] || null,
  successorCode: r['successor_code'] || null,
}));
const MEMBERS_2024: MembershipRow[] = csv<Record<string, string>>('clusters-2024.csv').map((r) => ({
  clusterCode: r['cluster_code'],
  provinceId: `${r['province_code']}@old`,
  role: r['role_2024'] as MembershipRole,
}));
const CLUSTERS = [...new Set(MEMBERS_2024.map((r) => r.clusterCode))];
const byId = (id: string) => PROVINCES.find((p) => p.id === id)!;
const inForce = (date: string) => PROVINCES.filter((p) => (!p.validFrom || p.validFrom <= date) && (!p.validTo || p.validTo >= date));

/** Every cluster carried from `from` into `year`, as membership rows (roles as suggested). */
function carryAll(from: MembershipRow[], year: number): MembershipRow[] {
  return CLUSTERS.flatMap((code) => {
    const plan = carryForward(PROVINCES, from, code, year);
    return plan.members.map((m) => ({
      clusterCode: code,
      provinceId: m.provinceId,
      role:
        m.provinceId === plan.suggestedChairId
          ? MembershipRole.CHAIR
          : m.provinceId === plan.suggestedViceChairId
            ? MembershipRole.VICE_CHAIR
            : MembershipRole.MEMBER,
    }));
  });
}
const MEMBERS_2025 = carryAll(MEMBERS_2024, 2025);
const MEMBERS_2026 = carryAll(MEMBERS_2025, 2026);
const codesOf = (rows: MembershipRow[], cluster: string) =>
  rows
    .filter((r) => r.clusterCode === cluster)
    .map((r) => byId(r.provinceId).code)
    .sort();

describe('membershipDate', () => {
  it('is 1 January of the year', () => expect(membershipDate(2026)).toBe('2026-01-01'));
});

describe('provinceOnDate', () => {
  it('is the province itself while it is in force', () => {
    expect(provinceOnDate(PROVINCES, byId('01@old'), '2026-01-01')?.id).toBe('01@old');
    expect(provinceOnDate(PROVINCES, byId('08@old'), '2025-06-30')?.id).toBe('08@old');
  });
  it('follows the merger: Hà Giang became the new Tuyên Quang, Lào Cai (10) the new Lào Cai (15)', () => {
    expect(provinceOnDate(PROVINCES, byId('02@old'), '2026-01-01')?.id).toBe('08@2025-07-01');
    expect(provinceOnDate(PROVINCES, byId('10@old'), '2025-07-01')?.id).toBe('15@2025-07-01');
  });
  it('follows the 2025 rename of Thừa Thiên Huế to Huế', () => {
    expect(provinceOnDate(PROVINCES, byId('46@old'), '2025-01-01')?.name).toBe('Huế');
    expect(provinceOnDate(PROVINCES, byId('46@old'), '2026-01-01')?.name).toBe('Huế');
  });
  it('is undefined before a province existed, or when the chain breaks', () => {
    expect(provinceOnDate(PROVINCES, byId('08@2025-07-01'), '2025-01-01')).toBeUndefined();
    const broken: SuccessionProvince[] = [{ id: 'x', code: '99', name: 'X', validFrom: null, validTo: '2020-12-31', successorCode: '98' }];
    expect(provinceOnDate(broken, broken[0], '2021-01-01')).toBeUndefined();
    const ended: SuccessionProvince[] = [{ id: 'y', code: '97', name: 'Y', validFrom: null, validTo: '2020-12-31', successorCode: null }];
    expect(provinceOnDate(ended, ended[0], '2021-01-01')).toBeUndefined();
  });
  it('follows several successions in a row', () => {
    const chain: SuccessionProvince[] = [
      { id: 'a', code: '90', name: 'A', validFrom: null, validTo: '2020-12-31', successorCode: '91' },
      { id: 'b', code: '91', name: 'B', validFrom: '2021-01-01', validTo: '2022-12-31', successorCode: '92' },
      { id: 'c', code: '92', name: 'C', validFrom: '2023-01-01', validTo: null, successorCode: null },
    ];
    expect(provinceOnDate(chain, chain[0], '2024-01-01')?.id).toBe('c');
    expect(predecessorIds(chain, 'c').sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('predecessorIds', () => {
  it('gives a successor every province that merged into it, itself included', () => {
    expect(predecessorIds(PROVINCES, '25@2025-07-01').sort()).toEqual(['17@old', '25@2025-07-01', '25@old', '26@old']);
    expect(predecessorIds(PROVINCES, '15@2025-07-01').sort()).toEqual(['10@old', '15@2025-07-01', '15@old']);
    expect(predecessorIds(PROVINCES, '46@2025-01-01').sort()).toEqual(['46@2025-01-01', '46@old']);
  });
  it('gives a province that never changed only itself, and an unknown id nothing', () => {
    expect(predecessorIds(PROVINCES, '01@old')).toEqual(['01@old']);
    expect(predecessorIds(PROVINCES, '02@old')).toEqual(['02@old']);
    expect(predecessorIds(PROVINCES, 'nope')).toEqual([]);
  });
  it('covers each of the 63 pre-merger provinces exactly once among the 34 provinces of 2026', () => {
    const all = inForce('2026-01-01').flatMap((p) => predecessorIds(PROVINCES, p.id).filter((id) => id.endsWith('@old')));
    expect(inForce('2026-01-01')).toHaveLength(34);
    expect(all).toHaveLength(63);
    expect(new Set(all).size).toBe(63);
  });
});

describe('sumOverPredecessors', () => {
  it('adds up the records of each successor’s predecessors; missing values count 0', () => {
    const values = new Map([
      ['25@old', 10],
      ['26@old', 5],
      ['17@old', 7],
      ['25@2025-07-01', 3],
      ['04@old', 2],
    ]);
    const sums = sumOverPredecessors(PROVINCES, ['25@2025-07-01', '04@old', '20@old'], values);
    expect([...sums]).toEqual([
      ['25@2025-07-01', 25],
      ['04@old', 2],
      ['20@old', 0],
    ]);
  });
  it('does not count a predecessor twice when the sum is taken over a whole cluster', () => {
    const values = new Map(PROVINCES.map((p) => [p.id, 1]));
    const ids = inForce('2026-01-01').map((p) => p.id);
    const total = [...sumOverPredecessors(PROVINCES, ids, values).values()].reduce((a, b) => a + b, 0);
    // Every record ever held (63 before the merger, Huế, the 23 new ones) counts once, through its one successor.
    expect(total).toBe(PROVINCES.length);
    expect(PROVINCES).toHaveLength(87);
  });
});

describe('carryForward (the real reference data)', () => {
  it('2024 → 2025: the 63 provinces in force on 1 January 2025, Thừa Thiên Huế renamed Huế, roles rotated', () => {
    expect(MEMBERS_2025).toHaveLength(63);
    expect(new Set(MEMBERS_2025.map((r) => r.provinceId)).size).toBe(63);
    expect(codesOf(MEMBERS_2025, 'BTB')).toEqual(['38', '40', '42', '44', '45', '46']);
    expect(MEMBERS_2025.find((r) => r.provinceId === '46@2025-01-01')?.clusterCode).toBe('BTB');
    const plan = carryForward(PROVINCES, MEMBERS_2024, 'TDMNPB', 2025);
    expect(plan.members).toHaveLength(14);
    expect(plan.members.every((m) => m.predecessorIds.length === 1)).toBe(true);
    // Tuyên Quang chaired 2024 with Hòa Bình as vice-chair: Hòa Bình takes the chair, Thái Nguyên (next code) the vice-chair.
    expect(byId(plan.suggestedChairId!).name).toBe('Hòa Bình');
    expect(byId(plan.suggestedViceChairId!).name).toBe('Thái Nguyên');
  });

  it('2025 → 2026: the 34 provinces, each in exactly one cluster', () => {
    expect(MEMBERS_2026).toHaveLength(34);
    expect(new Set(MEMBERS_2026.map((r) => r.provinceId))).toEqual(new Set(inForce('2026-01-01').map((p) => p.id)));
  });

  it('2026 TDMNPB: merged provinces collapse into one member each; Bắc Ninh joins through Bắc Giang’s seat', () => {
    const plan = carryForward(PROVINCES, MEMBERS_2025, 'TDMNPB', 2026);
    expect(plan.members.map((m) => `${m.provinceCode} ${m.provinceName}`)).toEqual([
      '04 Cao Bằng',
      '08 Tuyên Quang',
      '11 Điện Biên',
      '12 Lai Châu',
      '14 Sơn La',
      '15 Lào Cai',
      '19 Thái Nguyên',
      '20 Lạng Sơn',
      '24 Bắc Ninh',
      '25 Phú Thọ',
    ]);
    const phuTho = plan.members.find((m) => m.provinceCode === '25')!;
    // Vĩnh Phúc was in DBSH: it is not a predecessor from this cluster, but its records still count (predecessorIds).
    expect(phuTho.predecessorIds).toEqual(['17@old', '25@old']);
    expect(phuTho.seatKeeperId).toBe('25@old');
    const laoCai = plan.members.find((m) => m.provinceCode === '15')!;
    expect(laoCai.seatKeeperId).toBe('15@old');
    expect(laoCai.predecessorIds).toEqual(['10@old', '15@old']);
    expect(plan.members.find((m) => m.provinceCode === '24')!.seatKeeperId).toBe('24@old');
    expect(plan.departing).toEqual([]);
    expect(plan.unresolvedIds).toEqual([]);
    // 2025: Hòa Bình chair, Thái Nguyên vice-chair → 2026: Thái Nguyên chairs, Lạng Sơn (next code) is vice-chair.
    expect(byId(plan.suggestedChairId!).name).toBe('Thái Nguyên');
    expect(byId(plan.suggestedViceChairId!).name).toBe('Lạng Sơn');
  });

  it('a successor formed from provinces of two clusters lands only in the cluster of the one that kept its seat', () => {
    const dbsh = carryForward(PROVINCES, MEMBERS_2025, 'DBSH', 2026);
    expect(dbsh.members.map((m) => m.provinceCode)).toEqual(['22', '33', '37']);
    expect(dbsh.departing.map((d) => [byId(d.provinceId).name, byId(d.successorId).name, d.clusterCode])).toEqual([
      ['Vĩnh Phúc', 'Phú Thọ', 'TDMNPB'],
      ['Bắc Ninh', 'Bắc Ninh', 'TDMNPB'],
      ['Hải Dương', 'Hải Phòng', 'TP5'],
    ]);
    expect(codesOf(MEMBERS_2026, 'TP5')).toEqual(['01', '31', '48', '79', '92']);
    expect(codesOf(MEMBERS_2026, 'DNB')).toEqual(['75', '80']);
    expect(codesOf(MEMBERS_2026, 'DHMT')).toEqual(['51', '52', '56']);
    expect(codesOf(MEMBERS_2026, 'TN')).toEqual(['66', '68']);
    // Gia Lai (64, TN) merged into Bình Định, which gave the new Gia Lai its code 52: the seat is Bình Định's (DHMT).
    expect(carryForward(PROVINCES, MEMBERS_2025, 'TN', 2026).departing.map((d) => byId(d.provinceId).name)).toEqual(['Kon Tum', 'Gia Lai']);
  });

  it('each cluster’s 2026 members account for every 2024 member exactly once (kept, collapsed or departed)', () => {
    for (const cluster of CLUSTERS) {
      const plan = carryForward(PROVINCES, MEMBERS_2025, cluster, 2026);
      const accounted = [...plan.members.flatMap((m) => m.predecessorIds), ...plan.departing.map((d) => d.provinceId)].sort();
      expect(accounted).toEqual(
        MEMBERS_2025.filter((r) => r.clusterCode === cluster)
          .map((r) => r.provinceId)
          .sort(),
      );
    }
  });

  it('suggests no chair when the previous year had none (roles unknown)', () => {
    const plan = carryForward(PROVINCES, MEMBERS_2025, 'TP5', 2026);
    expect(plan).toMatchObject({ suggestedChairId: null, suggestedViceChairId: null });
  });

  it('is empty for a cluster without previous members, and reports members that have no province in force', () => {
    expect(carryForward(PROVINCES, MEMBERS_2025, 'NOPE', 2026)).toMatchObject({ members: [], departing: [], unresolvedIds: [] });
    const gone: MembershipRow[] = [{ clusterCode: 'X', provinceId: 'missing', role: MembershipRole.MEMBER }];
    expect(carryForward(PROVINCES, gone, 'X', 2026).unresolvedIds).toEqual(['missing']);
    // A province not yet in force on 1 January (the 34 in 2025) has nothing it became that day.
    const early: MembershipRow[] = [{ clusterCode: 'X', provinceId: '08@2025-07-01', role: MembershipRole.MEMBER }];
    expect(carryForward(PROVINCES, early, 'X', 2025).unresolvedIds).toEqual(['08@2025-07-01']);
  });

  it('falls back to the smallest code when the province that kept its seat was in no cluster', () => {
    const rows: MembershipRow[] = [
      { clusterCode: 'B', provinceId: '17@old', role: MembershipRole.MEMBER },
      { clusterCode: 'A', provinceId: '26@old', role: MembershipRole.MEMBER },
    ];
    expect(carryForward(PROVINCES, rows, 'B', 2026).members.map((m) => m.provinceCode)).toEqual(['25']);
    expect(carryForward(PROVINCES, rows, 'A', 2026).departing).toEqual([
      { provinceId: '26@old', successorId: '25@2025-07-01', clusterCode: 'B' },
    ]);
  });
});

describe('suggestRotation', () => {
  const m = (code: string) => ({ id: code, code });
  const members = ['04', '08', '11', '19', '25'].map(m);
  it('gives the chair to the outgoing vice-chair and the vice-chair to the next code', () => {
    expect(suggestRotation(members, m('08'), m('19'))).toEqual({ suggestedChairId: '19', suggestedViceChairId: '25' });
  });
  it('without a vice-chair, the chair passes to the next code after the outgoing chair, cyclically', () => {
    expect(suggestRotation(members, m('08'), undefined)).toEqual({ suggestedChairId: '11', suggestedViceChairId: '19' });
    expect(suggestRotation(members, m('25'), undefined)).toEqual({ suggestedChairId: '04', suggestedViceChairId: '08' });
  });
  it('never makes the outgoing chair vice-chair while someone else is left', () => {
    expect(suggestRotation(members, m('04'), m('25'))).toEqual({ suggestedChairId: '25', suggestedViceChairId: '08' });
    expect(suggestRotation(['04', '08'].map(m), m('04'), m('08'))).toEqual({ suggestedChairId: '08', suggestedViceChairId: '04' });
  });
  it('ignores a vice-chair who is no longer a member, or who was also the chair', () => {
    expect(suggestRotation(members, m('08'), m('99'))).toEqual({ suggestedChairId: '11', suggestedViceChairId: '19' });
    expect(suggestRotation(members, m('08'), m('08'))).toEqual({ suggestedChairId: '11', suggestedViceChairId: '19' });
  });
  it('works when the outgoing chair left the cluster (its code still orders the rotation)', () => {
    expect(suggestRotation(members, m('10'), undefined)).toEqual({ suggestedChairId: '11', suggestedViceChairId: '19' });
  });
  it('suggests nothing without a previous chair or without members; a single member keeps the chair', () => {
    expect(suggestRotation(members, undefined, m('08'))).toEqual({ suggestedChairId: null, suggestedViceChairId: null });
    expect(suggestRotation([], m('08'), undefined)).toEqual({ suggestedChairId: null, suggestedViceChairId: null });
    expect(suggestRotation([m('08')], m('08'), undefined)).toEqual({ suggestedChairId: '08', suggestedViceChairId: null });
  });
});

import { ScoreItemKind, ScoreMethod, ScoringStatus } from '@tdkt/shared/contracts';
import fc from 'fast-check';
import {
  ScoreEntry,
  SheetItem,
  capScore,
  maxTotal,
  pledgeRateScore,
  rankByTotal,
  scoreTotals,
  scoringStatus,
  toHundredths,
} from './scoring';

const points = fc.integer({ min: 0, max: 100_000 }).map((h) => h / 100);
const maxPoints = fc.integer({ min: 1, max: 50_000 }).map((h) => h / 100);
const kind = fc.constantFrom(ScoreItemKind.CRITERION, ScoreItemKind.BONUS, ScoreItemKind.DEDUCTION);

const sheet = fc
  .array(fc.record({ kind, maxPoints, method: fc.constantFrom(ScoreMethod.MANUAL, ScoreMethod.PLEDGE_RATE) }), { maxLength: 25 })
  .map((items) => items.map((i, n): SheetItem => ({ ...i, code: `I${n}` })));

const entryFor = fc.record({ selfScore: fc.option(points, { nil: null }), agreedScore: fc.option(points, { nil: null }) });

const card = sheet.chain((items) =>
  fc.tuple(
    fc.constant(items),
    fc.array(entryFor, { minLength: items.length, maxLength: items.length }),
    fc.array(fc.option(fc.double({ min: -1, max: 3, noNaN: true }), { nil: null }), { minLength: items.length, maxLength: items.length }),
  ),
);

function maps(items: SheetItem[], entries: ScoreEntry[], rates: Array<number | null>) {
  return {
    entries: new Map(items.map((i, n) => [i.code, entries[n]])),
    computed: new Map(items.map((i, n) => [i.code, pledgeRateScore(i.maxPoints, rates[n])])),
  };
}

describe('capScore', () => {
  it('keeps every score between 0 and the maximum', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), maxPoints, (v, max) => {
        const c = capScore(v, max);
        return c >= 0 && c <= max;
      }),
    );
  });

  it('leaves a score within the maximum as it is', () => {
    fc.assert(
      fc.property(maxPoints, fc.double({ min: 0, max: 1, noNaN: true }), (max, f) => {
        const v = Math.floor(max * f * 100) / 100;
        return capScore(v, max) === v;
      }),
    );
  });
});

describe('pledgeRateScore (maxPoints × min(1, rate))', () => {
  it('gives the maximum from 100 % up, nothing below 0 and null without a rate', () => {
    expect(pledgeRateScore(10, 1)).toBe(10);
    expect(pledgeRateScore(10, 1.7)).toBe(10);
    expect(pledgeRateScore(10, 0.855)).toBe(8.55);
    expect(pledgeRateScore(10, -0.2)).toBe(0);
    expect(pledgeRateScore(10, null)).toBeNull();
  });

  it('never exceeds the maximum and grows with the rate', () => {
    fc.assert(
      fc.property(maxPoints, fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }), (max, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const sLo = pledgeRateScore(max, lo) as number;
        const sHi = pledgeRateScore(max, hi) as number;
        return sHi <= max && sLo <= sHi;
      }),
    );
  });
});

describe('scoreTotals', () => {
  it('is Σ criteria + Σ bonuses − Σ deductions of the counted scores, each capped at its maximum', () => {
    fc.assert(
      fc.property(card, ([items, entries, rates]) => {
        const { entries: e, computed } = maps(items, entries, rates);
        const totals = scoreTotals(items, e, computed);
        let expected = 0;
        let expectedSelf = 0;
        items.forEach((item, n) => {
          const computedItem = item.method === ScoreMethod.PLEDGE_RATE && item.kind === ScoreItemKind.CRITERION;
          const raw = computedItem ? (computed.get(item.code) ?? 0) : (entries[n].agreedScore ?? entries[n].selfScore ?? 0);
          const rawSelf = computedItem ? (computed.get(item.code) ?? 0) : (entries[n].selfScore ?? 0);
          const sign = item.kind === ScoreItemKind.DEDUCTION ? -1 : 1;
          expected += sign * toHundredths(Math.min(raw, item.maxPoints));
          expectedSelf += sign * toHundredths(Math.min(rawSelf, item.maxPoints));
          expect(totals.items[n].counted).toBeLessThanOrEqual(item.maxPoints);
        });
        expect(toHundredths(totals.total)).toBe(expected);
        expect(toHundredths(totals.selfTotal)).toBe(expectedSelf);
      }),
    );
  });

  it('stays between minus the deductions and the sheet maximum', () => {
    fc.assert(
      fc.property(card, ([items, entries, rates]) => {
        const { entries: e, computed } = maps(items, entries, rates);
        const { total } = scoreTotals(items, e, computed);
        const deductions = items.filter((i) => i.kind === ScoreItemKind.DEDUCTION).reduce((s, i) => s + toHundredths(i.maxPoints), 0);
        return toHundredths(total) <= toHundredths(maxTotal(items)) && toHundredths(total) >= -deductions;
      }),
    );
  });

  it('does not move when a score over the maximum grows further (caps), nor when a computed item is typed', () => {
    const items: SheetItem[] = [
      { code: 'A', kind: ScoreItemKind.CRITERION, maxPoints: 10, method: ScoreMethod.MANUAL },
      { code: 'P', kind: ScoreItemKind.CRITERION, maxPoints: 20, method: ScoreMethod.PLEDGE_RATE },
      { code: 'B', kind: ScoreItemKind.BONUS, maxPoints: 2, method: ScoreMethod.MANUAL },
      { code: 'D', kind: ScoreItemKind.DEDUCTION, maxPoints: 3, method: ScoreMethod.MANUAL },
    ];
    const computed = new Map([['P', pledgeRateScore(20, 0.9)]]);
    const at = (a: number, typedP: number) =>
      scoreTotals(
        items,
        new Map<string, ScoreEntry>([
          ['A', { selfScore: a, agreedScore: null }],
          ['P', { selfScore: typedP, agreedScore: typedP }],
          ['B', { selfScore: 5, agreedScore: null }],
          ['D', { selfScore: 1, agreedScore: 4 }],
        ]),
        computed,
      );
    // 10 + 18 + 2 − 3 (agreed deduction 4 capped at 3); self: 10 + 18 + 2 − 1.
    expect(at(12, 0)).toMatchObject({ total: 27, selfTotal: 29 });
    expect(at(99, 20)).toMatchObject({ total: 27, selfTotal: 29 });
  });

  it('counts the agreed score where there is one, the self score elsewhere', () => {
    fc.assert(
      fc.property(maxPoints, points, points, (max, self, agreed) => {
        const items: SheetItem[] = [{ code: 'A', kind: ScoreItemKind.CRITERION, maxPoints: max, method: ScoreMethod.MANUAL }];
        const withAgreed = scoreTotals(items, new Map([['A', { selfScore: self, agreedScore: agreed }]]), new Map());
        const withoutAgreed = scoreTotals(items, new Map([['A', { selfScore: self, agreedScore: null }]]), new Map());
        return (
          withAgreed.total === capScore(agreed, max) &&
          withoutAgreed.total === capScore(self, max) &&
          withAgreed.selfTotal === withoutAgreed.total
        );
      }),
    );
  });
});

describe('scoringStatus', () => {
  const items: SheetItem[] = [
    { code: 'A', kind: ScoreItemKind.CRITERION, maxPoints: 10, method: ScoreMethod.MANUAL },
    { code: 'B', kind: ScoreItemKind.CRITERION, maxPoints: 10, method: ScoreMethod.MANUAL },
    { code: 'P', kind: ScoreItemKind.CRITERION, maxPoints: 10, method: ScoreMethod.PLEDGE_RATE },
    { code: 'X', kind: ScoreItemKind.BONUS, maxPoints: 2, method: ScoreMethod.MANUAL },
  ];
  it('is NOT_SCORED, then SELF_SCORED, then AGREED once every typed criterion is agreed', () => {
    expect(scoringStatus(items, new Map())).toBe(ScoringStatus.NOT_SCORED);
    expect(scoringStatus(items, new Map([['A', { selfScore: 3, agreedScore: null }]]))).toBe(ScoringStatus.SELF_SCORED);
    expect(
      scoringStatus(
        items,
        new Map([
          ['A', { selfScore: 3, agreedScore: 3 }],
          ['B', { selfScore: null, agreedScore: 1 }],
        ]),
      ),
    ).toBe(ScoringStatus.AGREED);
  });
});

describe('rankByTotal (equal totals share a rank)', () => {
  const rows = fc.array(
    fc.record({ key: fc.string({ minLength: 1, maxLength: 4 }), total: fc.integer({ min: -500, max: 500 }).map((h) => h / 10) }),
    {
      maxLength: 40,
    },
  );

  it('gives each row 1 + the number of rows with a strictly higher total', () => {
    fc.assert(
      fc.property(rows, (input) => {
        const ranked = rankByTotal(input);
        return ranked.every((r) => r.rank === 1 + input.filter((o) => toHundredths(o.total) > toHundredths(r.total)).length);
      }),
    );
  });

  it('orders by total, highest first, keeping every row once', () => {
    fc.assert(
      fc.property(rows, (input) => {
        const ranked = rankByTotal(input);
        expect(ranked).toHaveLength(input.length);
        for (let i = 1; i < ranked.length; i++) {
          expect(ranked[i].total).toBeLessThanOrEqual(ranked[i - 1].total);
          expect(ranked[i].rank).toBeGreaterThanOrEqual(ranked[i - 1].rank);
        }
      }),
    );
  });

  it('answers 1, 2, 2, 4 for a tie in second place', () => {
    const ranked = rankByTotal([
      { key: '08', total: 90 },
      { key: '02', total: 95.5 },
      { key: '10', total: 90 },
      { key: '04', total: 80.25 },
    ]);
    expect(ranked.map((r) => [r.key, r.rank])).toEqual([
      ['02', 1],
      ['08', 2],
      ['10', 2],
      ['04', 4],
    ]);
  });
});

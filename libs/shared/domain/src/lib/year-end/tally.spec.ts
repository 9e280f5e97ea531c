import fc from 'fast-check';
import { ballotProblem, countNeeded, shareOf, tallyVote } from './tally';

describe('countNeeded (share of the members, 4 decimals)', () => {
  it('reads the default 0.6667 as two thirds and 0.8 as four fifths for clusters of 1 to 1,000 members', () => {
    for (let e = 1; e <= 1000; e++) {
      expect(countNeeded(0.6667, e)).toBe(Math.ceil((2 * e) / 3));
      expect(countNeeded(0.8, e)).toBe(Math.ceil((4 * e) / 5));
      expect(countNeeded(1, e)).toBe(e);
    }
  });

  it('is the smallest count whose share, rounded to 4 decimals, reaches the share asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 500 }), (s, e) => {
        const share = s / 10_000;
        const n = countNeeded(share, e);
        return n <= e && shareOf(n, e) >= share && (n === 0 || shareOf(n - 1, e) < share);
      }),
    );
  });

  it('gives 10 of 14 for the quorum and 12 of 14 for the threshold (TDMNPB 2024)', () => {
    expect(countNeeded(0.6667, 14)).toBe(10);
    expect(countNeeded(0.8, 14)).toBe(12);
  });
});

/** Ballots with every member voting for the chosen counts (the rest blank). */
const ballotsFor = (counts: Record<string, number>, cast: number): string[][] => {
  const ballots: string[][] = Array.from({ length: cast }, () => []);
  for (const [candidate, n] of Object.entries(counts)) for (let i = 0; i < n; i++) ballots[i].push(candidate);
  return ballots;
};

describe('tallyVote', () => {
  const base = { candidates: ['08', '10', '12'], eligible: 14, seats: 1, quorum: 0.6667, threshold: 0.8 };

  it('meets the quorum at exactly the ballots needed, not one fewer', () => {
    expect(tallyVote({ ...base, ballots: ballotsFor({ '08': 9 }, 9) }).quorumMet).toBe(false);
    const met = tallyVote({ ...base, ballots: ballotsFor({ '08': 10 }, 10) });
    expect(met.quorumMet).toBe(true);
    expect(met.cast).toBe(10);
  });

  it('elects at exactly the threshold of the members, not one vote fewer', () => {
    expect(tallyVote({ ...base, ballots: ballotsFor({ '08': 11 }, 14) }).elected).toEqual([]);
    const at = tallyVote({ ...base, ballots: ballotsFor({ '08': 12 }, 14) });
    expect(at.elected).toEqual(['08']);
    expect(at.rows.find((r) => r.candidate === '08')).toEqual({ candidate: '08', votes: 12, share: 0.8571, elected: true });
  });

  it('elects nobody without the quorum, however many votes a candidate has', () => {
    const r = tallyVote({ ...base, eligible: 20, ballots: ballotsFor({ '08': 13 }, 13) });
    expect(r.quorumMet).toBe(false);
    expect(r.elected).toEqual([]);
  });

  it('leaves the last seat open when candidates above the threshold tie for it', () => {
    const r = tallyVote({
      ...base,
      seats: 2,
      eligible: 5,
      threshold: 0.6,
      ballots: [['08', '10'], ['08', '12'], ['08', '10'], ['10', '12'], ['12']],
    });
    // 08: 3, 10: 3, 12: 3 — all reach 3 of 5; two seats, three tied.
    expect(r.elected).toEqual([]);
    expect(r.tieAtLastSeat).toBe(true);
    const clear = tallyVote({
      ...base,
      seats: 2,
      eligible: 5,
      threshold: 0.6,
      ballots: [['08', '10'], ['08', '12'], ['08', '10'], ['08', '12'], ['12']],
    });
    // 08: 4, 12: 3, 10: 2 → 08 and 12.
    expect(clear.elected).toEqual(['08', '12']);
    expect(clear.tieAtLastSeat).toBe(false);
  });

  const vote = fc
    .record({
      eligible: fc.integer({ min: 1, max: 30 }),
      seats: fc.integer({ min: 1, max: 3 }),
      quorum: fc.integer({ min: 1, max: 10_000 }),
      threshold: fc.integer({ min: 1, max: 10_000 }),
    })
    .chain((v) =>
      fc.record({
        eligible: fc.constant(v.eligible),
        seats: fc.constant(v.seats),
        quorum: fc.constant(v.quorum / 10_000),
        threshold: fc.constant(v.threshold / 10_000),
        candidates: fc.constant(['01', '02', '03', '04', '05']),
        ballots: fc.array(fc.subarray(['01', '02', '03', '04', '05'], { maxLength: v.seats }), { maxLength: v.eligible }),
      }),
    );

  it('never elects more than the seats, nor anyone under the threshold or without the quorum', () => {
    fc.assert(
      fc.property(vote, (input) => {
        const r = tallyVote(input);
        const votes = new Map(r.rows.map((row) => [row.candidate, row.votes]));
        expect(r.elected.length).toBeLessThanOrEqual(input.seats);
        expect(r.quorumMet).toBe(input.ballots.length >= countNeeded(input.quorum, input.eligible));
        if (!r.quorumMet) expect(r.elected).toEqual([]);
        for (const c of r.elected) expect(votes.get(c)).toBeGreaterThanOrEqual(Math.max(1, countNeeded(input.threshold, input.eligible)));
        // Nobody left out has more votes than someone elected.
        const least = Math.min(...r.elected.map((c) => votes.get(c) ?? 0));
        for (const row of r.rows) if (!row.elected && r.elected.length) expect(row.votes).toBeLessThanOrEqual(least);
        // The votes add up to the choices on the ballots.
        expect(r.rows.reduce((s, row) => s + row.votes, 0)).toBe(input.ballots.reduce((s, b) => s + b.length, 0));
      }),
    );
  });

  it('fills every seat it can when there is no tie at the last one', () => {
    fc.assert(
      fc.property(vote, (input) => {
        const r = tallyVote(input);
        if (!r.quorumMet || r.tieAtLastSeat) return true;
        const reaching = r.rows.filter((row) => row.votes >= r.thresholdVotes).length;
        return r.elected.length === Math.min(input.seats, reaching);
      }),
    );
  });
});

describe('ballotProblem', () => {
  it('refuses more choices than seats, a non-candidate and a repeated choice', () => {
    expect(ballotProblem(['08', '10'], ['08', '10'], 1)).toBe('tooManyChoices');
    expect(ballotProblem(['99'], ['08', '10'], 1)).toBe('notACandidate');
    expect(ballotProblem(['08', '08'], ['08', '10'], 2)).toBe('repeatedChoice');
    expect(ballotProblem([], ['08'], 1)).toBeNull();
    expect(ballotProblem(['10'], ['08', '10'], 1)).toBeNull();
  });
});

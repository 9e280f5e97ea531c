/** Shares (quorum, threshold) are written with 4 decimals; 0.6667 stands for two thirds. */
export const SHARE_SCALE = 10_000;

/**
 * The smallest count n out of `eligible` that reaches `share`: n / eligible, rounded to 4 decimals (half up), is at
 * least `share`. So 0.6667 of 9 members is 6 (6/9 = 0.6667) and 0.8 of 14 is 12 (11/14 = 0.7857). Integer
 * arithmetic only: round4(n/e) ≥ S/10⁴ ⇔ 2·n·10⁴ ≥ (2S − 1)·e.
 */
export function countNeeded(share: number, eligible: number): number {
  if (eligible <= 0) return 0;
  const s = Math.round(share * SHARE_SCALE);
  if (s <= 0) return 0;
  // Smallest n with 2·n·10⁴ ≥ (2s − 1)·e.
  return Math.ceil(((2 * s - 1) * eligible) / (2 * SHARE_SCALE));
}

/** votes / eligible, 4 decimals. */
export function shareOf(count: number, eligible: number): number {
  return eligible > 0 ? Math.round((count * SHARE_SCALE) / eligible) / SHARE_SCALE : 0;
}

export interface TallyInput {
  /** Candidates' keys (province codes), in the vote's order. */
  candidates: readonly string[];
  /** Each ballot's choices; the province that cast it is not known here (nor anywhere). */
  ballots: ReadonlyArray<readonly string[]>;
  /** Members of the cluster that year. */
  eligible: number;
  seats: number;
  quorum: number;
  threshold: number;
}

export interface TallyRow {
  candidate: string;
  votes: number;
  share: number;
  elected: boolean;
}

export interface TallyResult {
  rows: TallyRow[];
  cast: number;
  eligible: number;
  quorumBallots: number;
  thresholdVotes: number;
  quorumMet: boolean;
  elected: string[];
  /** Candidates above the threshold tied for the last seat: none of them takes it (a new vote decides). */
  tieAtLastSeat: boolean;
}

/**
 * Counts the ballots. Without the quorum nobody is elected. Otherwise the candidates reaching the threshold (of the
 * year's members, not of the ballots cast) take the seats by votes, most first; when candidates tied on votes
 * would straddle the last seat, none of the tied candidates is elected and that seat stays open for a new vote,
 * because nothing in the regulations breaks the tie (the chair's casting vote would break the secrecy).
 */
export function tallyVote(input: TallyInput): TallyResult {
  const counts = new Map(input.candidates.map((c) => [c, 0]));
  for (const ballot of input.ballots) {
    for (const choice of new Set(ballot)) if (counts.has(choice)) counts.set(choice, (counts.get(choice) ?? 0) + 1);
  }
  const cast = input.ballots.length;
  const quorumBallots = countNeeded(input.quorum, input.eligible);
  const thresholdVotes = Math.max(1, countNeeded(input.threshold, input.eligible));
  const quorumMet = input.eligible > 0 && cast >= quorumBallots;
  const reaching = input.candidates
    .filter((c) => (counts.get(c) ?? 0) >= thresholdVotes)
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  const elected = new Set<string>();
  let tieAtLastSeat = false;
  if (quorumMet) {
    if (reaching.length <= input.seats) {
      reaching.forEach((c) => elected.add(c));
    } else {
      // The votes of the candidate who would take the last seat; everyone with more is in, anyone with as many ties.
      const cut = counts.get(reaching[input.seats - 1]) ?? 0;
      const next = counts.get(reaching[input.seats]) ?? 0;
      for (const c of reaching) if ((counts.get(c) ?? 0) > cut || ((counts.get(c) ?? 0) === cut && cut > next)) elected.add(c);
      tieAtLastSeat = cut === next;
    }
  }
  return {
    rows: input.candidates.map((c) => ({
      candidate: c,
      votes: counts.get(c) ?? 0,
      share: shareOf(counts.get(c) ?? 0, input.eligible),
      elected: elected.has(c),
    })),
    cast,
    eligible: input.eligible,
    quorumBallots,
    thresholdVotes,
    quorumMet,
    elected: input.candidates.filter((c) => elected.has(c)),
    tieAtLastSeat,
  };
}

/** Why a ballot is refused, or null when it is valid: more choices than seats, a non-candidate, a repeated choice. */
export function ballotProblem(choices: readonly string[], candidates: readonly string[], seats: number): string | null {
  if (choices.length > seats) return 'tooManyChoices';
  if (new Set(choices).size !== choices.length) return 'repeatedChoice';
  if (choices.some((c) => !candidates.includes(c))) return 'notACandidate';
  return null;
}

import { AwardCategory, AwardLevel, CommendationKind, CommendationStatus, RecipientKind } from '@tdkt/shared/contracts';

/** ERROR and WARNING rules produce findings; INPUT rules shape other rules; BLOCKING rules refuse the save. */
export type RuleSeverity = 'BLOCKING' | 'ERROR' | 'INPUT' | 'WARNING';

/** Which date decides whether a rule is in force for a record. */
export type RuleDateBasis = 'ACHIEVEMENT_YEAR' | 'DECISION_DATE';

/** One commendation as the rules see it. */
export interface AwardFact {
  id: string;
  achievementYear: number | null;
  awardCode: string;
  awardName: string;
  /** Title or form (R-ONE-ACHIEVEMENT: one achievement, one form); unknown in older callers. */
  category?: AwardCategory;
  decidingAuthority: string | null;
  decisionDate: string | null;
  kind: CommendationKind;
  level: AwardLevel;
  provinceName?: string;
  /** The award's catalogue recipient kinds (R-RECIPIENT-KIND). */
  recipientKinds: RecipientKind[];
  recipientKind: RecipientKind;
  recipientName: string;
  status: CommendationStatus;
  /** When the proposal went to the council, if known (R-DEADLINE). */
  submittedOn?: string | null;
  /** The province-run cluster or bloc the unit competes in, if recorded (R-CO-TINH-ONE-PER-CLUSTER, Law Art. 26.1). */
  provinceCluster?: string | null;
  /** The record's province (the vote-based rules compare it with the elected ones). */
  provinceId?: string;
  /** The cluster vote a proposal was created from (year-end nominations, spec §9). */
  voteId?: string | null;
  /** The day the recipient's latest disciplinary sanction ends, if recorded (R-DISCIPLINE-FREEZE). */
  disciplineUntil?: string | null;
  /** A discipline case, inspection, investigation or complaint pending at the proposal (or decision); null: not recorded. */
  pendingReview?: boolean | null;
  /** A collective's member disciplined at cảnh cáo or above in the achievement year; null: not recorded (Law Art. 28). */
  memberWarnedOrAbove?: boolean | null;
}

/** A closed cluster vote as the rules see it. */
export interface VoteFact {
  id: string;
  title: string;
  awardCode: string;
  year: number;
  quorumMet: boolean;
  /** Province ids the vote elected. */
  electedProvinceIds: string[];
  electedNames: string[];
  eligible: number;
}

export interface RuleInput {
  subject: AwardFact;
  /** The same recipient's other records, matched across years and provinces. */
  history: AwardFact[];
  /** Other records competing with the subject for a per-cluster cap: same Central cluster, or same provincial bloc, and year. */
  clusterPeers: AwardFact[];
  /** Today in Vietnam (YYYY-MM-DD): the reference date of undecided proposals. */
  today: string;
  /** Closed votes of the subject's cluster in its achievement year, and the vote it came from (vote-based rules). */
  votes?: VoteFact[];
}

export interface RuleOutcome {
  holds: boolean;
  /** Vietnamese, naming the records used. */
  explanation: string;
  evidenceIds: string[];
  /** For anyOf rules: the branch that passed, or null. */
  branch: string | null;
  /** What a reviewer must look for in the dossier when no mechanical branch passed. */
  evidenceNeeded: string[];
  /** A failure of lower weight than the rule's own severity, e.g. evidence that is missing rather than contrary. */
  severity?: 'ERROR' | 'WARNING';
}

export interface EligibilityRule {
  id: string;
  title: string;
  /** Law or decree and article. */
  basis: string;
  severity: RuleSeverity;
  /** The rule-set version of the rule's last change: findings opened under another version are refreshed. */
  version: string;
  dateBasis: RuleDateBasis;
  /** In force from / to (inclusive, YYYY-MM-DD); null is open. */
  validFrom: string | null;
  validTo: string | null;
  /** Award codes the rule looks at; null for every award. */
  awards: string[] | null;
  /** Null when the rule does not apply to the subject (other award, kind, missing data). */
  evaluate?: (input: RuleInput) => RuleOutcome | null;
}

/** The date a rule's validity is checked against: the decision date, or today for a proposal. */
export function ruleDate(rule: EligibilityRule, subject: AwardFact, today: string): string | null {
  if (rule.dateBasis === 'ACHIEVEMENT_YEAR') return subject.achievementYear ? `${subject.achievementYear}-12-31` : null;
  return subject.decisionDate ?? today;
}

export function ruleInForce(rule: EligibilityRule, date: string): boolean {
  return (rule.validFrom === null || rule.validFrom <= date) && (rule.validTo === null || rule.validTo >= date);
}

/** "2022", "2022 và 2024", "2021, 2022 và 2024". */
export function listVi(items: ReadonlyArray<string | number>): string {
  const s = items.map(String);
  if (s.length <= 1) return s.join('');
  return `${s.slice(0, -1).join(', ')} và ${s[s.length - 1]}`;
}

/** 2025-07-01 → 01/07/2025. */
export function ruleDateVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function rulePass(explanation: string, evidenceIds: string[] = [], branch: string | null = null): RuleOutcome {
  return { holds: true, explanation, evidenceIds, branch, evidenceNeeded: [] };
}

export function ruleFail(
  explanation: string,
  evidenceIds: string[] = [],
  evidenceNeeded: string[] = [],
  severity?: 'ERROR' | 'WARNING',
): RuleOutcome {
  return { holds: false, explanation, evidenceIds, branch: null, evidenceNeeded, ...(severity ? { severity } : {}) };
}

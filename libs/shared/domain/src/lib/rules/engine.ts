import { CommendationStatus } from '@tdkt/shared/contracts';
import { ELIGIBILITY_RULES } from './eligibility-rules';
import { EligibilityRule, RuleInput, RuleOutcome, ruleInForce, ruleDate } from './rule';

export interface RuleEvaluation extends RuleOutcome {
  ruleId: string;
  ruleVersion: string;
  severity: 'ERROR' | 'WARNING';
}

/** Rules that produce findings (ERROR, WARNING) and the blocking one, for records imported around the save check. */
const EVALUATED = ELIGIBILITY_RULES.filter((r) => r.evaluate && r.severity !== 'INPUT');

/**
 * Runs every rule in force for the subject and answers each outcome, passing or not; the caller keeps the
 * failures as findings and clears the rest. Revoked awards are not checked: they no longer stand.
 */
export function evaluateRules(input: RuleInput, rules: readonly EligibilityRule[] = EVALUATED): RuleEvaluation[] {
  if (input.subject.status === CommendationStatus.REVOKED) return [];
  const out: RuleEvaluation[] = [];
  for (const rule of rules) {
    if (!rule.evaluate) continue;
    const date = ruleDate(rule, input.subject, input.today);
    if (!date || !ruleInForce(rule, date)) continue;
    const outcome = rule.evaluate(input);
    if (!outcome) continue;
    const severity = outcome.severity ?? (rule.severity === 'WARNING' ? 'WARNING' : 'ERROR');
    out.push({ ...outcome, ruleId: rule.id, ruleVersion: rule.version, severity });
  }
  return out;
}

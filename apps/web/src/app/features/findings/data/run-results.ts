import type { RunFindingsResult } from '@tdkt/shared/contracts';

/** Several clusters' runs read as one: counts add up, the rule version is the latest one reported. */
export function sumRunResults(results: readonly RunFindingsResult[]): RunFindingsResult {
  return results.reduce(
    (sum, r) => ({
      checked: sum.checked + r.checked,
      opened: sum.opened + r.opened,
      updated: sum.updated + r.updated,
      cleared: sum.cleared + r.cleared,
      open: sum.open + r.open,
      ruleVersion: r.ruleVersion || sum.ruleVersion,
    }),
    { checked: 0, opened: 0, updated: 0, cleared: 0, open: 0, ruleVersion: '' },
  );
}

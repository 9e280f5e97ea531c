import { EntityManager } from 'typeorm';

/**
 * Nest injection token of the eligibility rules' runner (libs/api/findings provides it, globally), so that the
 * commendations feature runs the rules on every save without importing another feature library (Nx boundaries).
 * A server-side token: it lives here, not in the shared contracts the browser loads.
 */
export const FINDINGS_RUNNER = 'FindingsRunner';

/** What the commendations feature asks of the runner: the rules over the given records, in the caller's transaction. */
export interface FindingsRunner {
  /** `submittedNow`: records being submitted in this transaction (R-DEADLINE counts them from today). */
  runForCommendations(m: EntityManager, ids: string[], today: string, options?: { submittedNow?: string[] }): Promise<unknown>;
}

import type { ImportProgressEvent, ImportRowError } from '@tdkt/shared/contracts';
import type { ApiError } from '../../../core/http/api-error';
import type { AnyImportResult, ImportedRow } from './imported-rows';
import type { BadLine } from './ndjson';

export type ImportPhase = 'upload' | 'parse' | 'check' | 'write';

/** A real import as the page shows it, from the first byte sent to the server's last line. */
export type ImportRun =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly phase: ImportPhase; readonly done: number; readonly total: number; readonly percent: number }
  | { readonly status: 'done'; readonly result: AnyImportResult }
  /** The server checked the file and wrote nothing: invalid rows, a locked period, another province. */
  | {
      readonly status: 'refused';
      readonly statusCode: number;
      readonly code: string | null;
      readonly message: string;
      readonly errors: readonly ImportRowError[];
    }
  /** The request itself failed (network, 413, 415, session); the server's message is in the ApiError. */
  | { readonly status: 'failed'; readonly error: ApiError };

export type ImportAction =
  | ImportProgressEvent<ImportedRow>
  | BadLine
  | { readonly type: 'start' }
  | { readonly type: 'failed'; readonly error: ApiError }
  /** The body ended without a result or error line (connection cut, proxy time-out). */
  | { readonly type: 'ended'; readonly error: ApiError };

export const IDLE: ImportRun = { status: 'idle' };

/** Share of the bar each phase starts at and spans: reading is quick, checking and writing take the time. */
const PHASE_SPAN: Record<ImportPhase, readonly [number, number]> = {
  upload: [0, 0],
  parse: [5, 0],
  check: [5, 45],
  write: [50, 50],
};

function percentOf(phase: ImportPhase, done: number, total: number): number {
  const [start, span] = PHASE_SPAN[phase];
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
  return Math.round(start + span * share);
}

/** Folds the NDJSON events of an import into what the page shows; pure, so every transition is testable. */
export function importProgressReducer(state: ImportRun, action: ImportAction): ImportRun {
  switch (action.type) {
    case 'start':
      return { status: 'running', phase: 'upload', done: 0, total: 0, percent: 0 };
    case 'progress': {
      if (state.status !== 'running') return state;
      const percent = percentOf(action.phase, action.done, action.total);
      // The bar never moves back, even if a phase repeats its count.
      return { status: 'running', phase: action.phase, done: action.done, total: action.total, percent: Math.max(state.percent, percent) };
    }
    case 'result':
      return { status: 'done', result: action.result };
    case 'error':
      return {
        status: 'refused',
        statusCode: action.statusCode,
        code: action.code ?? null,
        message: Array.isArray(action.message) ? action.message.join('; ') : action.message,
        errors: action.errors ?? [],
      };
    case 'failed':
      return { status: 'failed', error: action.error };
    case 'ended':
      return state.status === 'running' ? { status: 'failed', error: action.error } : state;
    case 'bad':
      return state;
  }
}

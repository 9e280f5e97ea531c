import type { ApiError } from '../../../core/http/api-error';

/** Error codes of the Excel API that get their own explanation (the server's message follows as the detail). */
const EXPLAINED = [
  'IMPORT_BAD_HEADER',
  'IMPORT_TOO_LARGE',
  'IMPORT_TOO_MANY_ROWS',
  'IMPORT_IN_PROGRESS',
  'IMPORT_UNSUPPORTED_TYPE',
  'IMPORT_INVALID_ROWS',
  'IMPORT_CONFLICT',
  'PLEDGE_NOT_FOUND',
  'PERIOD_LOCKED',
  'OUT_OF_SCOPE',
];

/** Translation key of the headline of a failed upload: by the API's code, else by what went wrong. */
export function failureKey(error: Pick<ApiError, 'code' | 'reason' | 'messageKey'>): string {
  if (error.code && EXPLAINED.includes(error.code)) return `imports.failure.${error.code}`;
  if (error.reason === 'network') return 'imports.failure.network';
  if (error.reason === 'forbidden') return 'imports.failure.forbidden';
  return error.messageKey;
}

/** Another import wrote the same rows first: importing the file again would only repeat the refusal, so check it again. */
export function isConflict(code: string | null | undefined): boolean {
  return code === 'IMPORT_CONFLICT';
}

/** Translation key of the reason a streamed import was refused (its `error` line). */
export function refusalKey(code: string | null, statusCode: number): string | null {
  if (code && EXPLAINED.includes(code)) return `imports.failure.${code}`;
  if (statusCode === 403) return 'imports.failure.OUT_OF_SCOPE';
  return null;
}

import { HttpErrorResponse } from '@angular/common/http';
import type { TranslocoService } from '@jsverse/transloco';
import type { FieldError } from '@tdkt/shared/contracts';

/** Why a request failed, in the terms the UI shows (one translation key per reason). */
export type ApiErrorReason =
  | 'badRequest'
  | 'conflict'
  | 'forbidden'
  | 'invalidResponse'
  | 'locked'
  | 'network'
  | 'notFound'
  | 'server'
  | 'tooManyRequests'
  | 'unauthorized'
  | 'unknown';

/** A failed API call: the server's `{statusCode, error, message}` body, or what the browser saw. */
export class ApiError extends Error {
  constructor(
    readonly reason: ApiErrorReason,
    readonly status: number,
    /** The server's own message (the API writes them in Vietnamese), if it sent one. */
    readonly serverMessage: string | null,
    /** The API's stable error code (PERIOD_LOCKED, INVALID_TRANSITION, …), if it sent one. */
    readonly code: string | null = null,
    /** Each invalid field of a 400, with the server's Vietnamese message. */
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(serverMessage ?? `API error ${status} (${reason})`);
    this.name = 'ApiError';
  }

  /** Translation key of the message shown to the user. */
  get messageKey(): string {
    return `errors.${this.reason}`;
  }
}

interface ErrorBody {
  code?: unknown;
  errors?: unknown;
  message?: unknown;
  statusCode?: unknown;
}

function reasonFor(status: number): ApiErrorReason {
  if (status === 0) return 'network';
  if (status >= 200 && status < 300) return 'invalidResponse';
  if (status === 400 || status === 413 || status === 415 || status === 422) return 'badRequest';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409) return 'conflict';
  if (status === 423) return 'locked';
  if (status === 429) return 'tooManyRequests';
  if (status >= 500) return 'server';
  return 'unknown';
}

function messageOf(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const { message } = body as ErrorBody;
  if (typeof message === 'string' && message.trim()) return message;
  if (Array.isArray(message)) return message.filter((m): m is string => typeof m === 'string').join('; ') || null;
  return null;
}

function isFieldError(value: unknown): value is FieldError {
  if (!value || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  return typeof e['field'] === 'string' && typeof e['message'] === 'string' && typeof e['code'] === 'string';
}

function fieldErrorsOf(errors: unknown): FieldError[] {
  return Array.isArray(errors) ? errors.filter(isFieldError) : [];
}

/** Normalises anything a data call can throw into an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HttpErrorResponse) {
    const status = error.status;
    // A proxy or static server may answer an API path with an HTML page: not the API's JSON error body.
    const isApiBody = error.error && typeof error.error === 'object' && 'statusCode' in (error.error as ErrorBody);
    if (!isApiBody) return new ApiError(reasonFor(status), status, null);
    const body = error.error as ErrorBody;
    return new ApiError(reasonFor(status), status, messageOf(body), typeof body.code === 'string' ? body.code : null, fieldErrorsOf(body.errors));
  }
  return new ApiError('unknown', -1, null);
}

/** What to tell the user: the server's own (Vietnamese) words when it sent some, else our words for the reason. */
export function errorMessage(error: ApiError, transloco: TranslocoService): string {
  return error.serverMessage ?? transloco.translate(error.messageKey, { status: error.status });
}

import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, InjectionToken, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { API_BASE_URL } from '../../../core/http/api-base-url';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { ImportAction } from './import-progress';
import { ImportTarget } from './import-kinds';
import { importForm } from './imports.service';
import { readNdjson } from './ndjson';

/** The browser's fetch: HttpClient cannot hand over a response body while it is still arriving. Replaced in tests. */
export const FETCH = new InjectionToken<typeof fetch>('FETCH', {
  // Looked up on each call, so the service can be created where fetch is missing (tests, older engines).
  factory: () => (input, init) => globalThis.fetch(input, init),
});

/** The API's error body of a refused request, as the rest of the app sees it. */
async function errorOf(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not the API's JSON (a proxy page): the status alone explains it.
  }
  return toApiError(new HttpErrorResponse({ status: response.status, error: body, url: response.url }));
}

/**
 * Runs a real import with `?progress=true` and reports each NDJSON line as it arrives. The token handling mirrors
 * the auth interceptor through AuthService's public API: a fresh token before sending, one refresh and resend on a 401,
 * and the sign-in page once the session is over.
 */
@Injectable({ providedIn: 'root' })
export class ImportStreamService {
  private readonly auth = inject(AuthService);
  private readonly base = inject(API_BASE_URL);
  private readonly fetch = inject(FETCH);
  private readonly language = inject(LanguageService);

  async run(
    target: Pick<ImportTarget, 'importPath'>,
    file: File,
    dispatch: (action: ImportAction) => void,
    abort?: AbortSignal,
  ): Promise<void> {
    dispatch({ type: 'start' });
    try {
      let token = await this.token(null);
      let response = await this.post(target, file, token, abort);
      if (response.status === 401) {
        token = await this.token(token);
        response = await this.post(target, file, token, abort);
        if (response.status === 401) this.auth.signInAgain();
      }
      if (!response.ok) {
        dispatch({ type: 'failed', error: await errorOf(response) });
        return;
      }
      if (!response.body) {
        dispatch({ type: 'failed', error: new ApiError('invalidResponse', response.status, null) });
        return;
      }
      const decoder = new TextDecoder();
      await readNdjson(response.body.getReader(), (chunk, final) => decoder.decode(chunk, { stream: !final }), dispatch);
      dispatch({ type: 'ended', error: new ApiError('invalidResponse', response.status, null) });
    } catch (error) {
      if (abort?.aborted) return;
      dispatch({ type: 'failed', error: error instanceof ApiError ? error : new ApiError('network', 0, null) });
    }
  }

  /** The current access token, or a refreshed one (after a reload, near expiry, or after `rejected` was refused). */
  private async token(rejected: string | null): Promise<string | null> {
    if (!this.auth.signedIn()) return null;
    const current = this.auth.accessToken();
    if (current && current !== rejected) return current;
    try {
      return await firstValueFrom(rejected ? this.auth.refreshAfter(rejected) : this.auth.refresh());
    } catch (error) {
      // A refused refresh token has ended the session: off to sign in; a network failure keeps it.
      if (!this.auth.signedIn()) this.auth.signInAgain();
      throw toApiError(error);
    }
  }

  private post(target: Pick<ImportTarget, 'importPath'>, file: File, token: string | null, abort?: AbortSignal): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/x-ndjson', 'Accept-Language': this.language.language() };
    if (token) headers['Authorization'] = `Bearer ${token}`;
    return this.fetch(`${this.base}${target.importPath}?progress=true`, { method: 'POST', body: importForm(file), headers, signal: abort });
  }
}

import { Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Observable, catchError, map, of, startWith, switchMap } from 'rxjs';
import { ApiError, toApiError } from '../http/api-error';

/** What a page shows for one piece of server data. */
export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'error'; readonly error: ApiError };

export const LOADING: LoadState<never> = { status: 'loading' };

/** Turns a request into loading → ready | error; never errors itself. */
export function toLoadState<T>(request: Observable<T>): Observable<LoadState<T>> {
  return request.pipe(
    map((data): LoadState<T> => ({ status: 'ready', data })),
    catchError((error: unknown) => of<LoadState<T>>({ status: 'error', error: toApiError(error) })),
    startWith(LOADING),
  );
}

/**
 * Loads again whenever `params` changes (the previous request is cancelled); null params means
 * nothing to load. Call in an injection context (a store's field initialiser).
 */
export function loadOnChange<P, T>(params: Signal<P | null>, fetch: (params: P) => Observable<T>): Signal<LoadState<T> | null> {
  return toSignal(
    toObservable(params).pipe(switchMap((p) => (p === null ? of(null) : toLoadState(fetch(p))))),
    { initialValue: params() === null ? null : LOADING },
  );
}

export function dataOf<T>(state: LoadState<T> | null): T | null {
  return state?.status === 'ready' ? state.data : null;
}

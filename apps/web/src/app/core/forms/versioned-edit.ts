import { DestroyRef, WritableSignal, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Observable } from 'rxjs';
import { ApiError, toApiError } from '../http/api-error';

export interface Versioned {
  readonly id: string;
  readonly version: number;
}

export interface VersionedEditOptions<T extends Versioned> {
  /** Reads the record as it is now on the server. */
  fetch: (id: string) => Observable<T>;
  /** Puts a record's values into the form. */
  fill: (record: T) => void;
  /** The form's "a request is running" signal. */
  busy: WritableSignal<boolean>;
  /** The newer version arrived: the conflict message can go. */
  resolved: () => void;
  failed: (error: ApiError) => void;
  destroyRef: DestroyRef;
}

/**
 * The optimistic-locking half of an edit form: the version the user edits, and the two ways out of a
 * VERSION_CONFLICT — take the newer record (what was typed is replaced), or keep what was typed over it
 * (the next save then replaces the newer version knowingly).
 */
export class VersionedEdit<T extends Versioned> {
  /** The record being edited, as last read from the server. */
  readonly record = signal<T | null>(null);
  /** The user chose to keep their input over a newer version. */
  readonly overwriting = signal(false);

  constructor(private readonly options: VersionedEditOptions<T>) {}

  /** Shows a record as read from the server. */
  load(record: T): void {
    this.record.set(record);
    this.overwriting.set(false);
    this.options.fill(record);
  }

  reloadLatest(): void {
    this.fetchLatest((latest) => this.load(latest));
  }

  keepMine(): void {
    this.fetchLatest((latest) => {
      this.record.set(latest);
      this.overwriting.set(true);
    });
  }

  private fetchLatest(apply: (latest: T) => void): void {
    const id = this.record()?.id;
    if (!id) return;
    const { busy, destroyRef, failed, fetch, resolved } = this.options;
    busy.set(true);
    fetch(id)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe({
        next: (latest) => {
          busy.set(false);
          resolved();
          apply(latest);
        },
        error: (error: unknown) => {
          busy.set(false);
          failed(toApiError(error));
        },
      });
  }
}

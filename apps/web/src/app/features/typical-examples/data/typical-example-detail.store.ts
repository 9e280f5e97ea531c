import { Injectable, computed, inject, signal } from '@angular/core';
import type { MeetingView, MovementView, TypicalExampleView } from '@tdkt/shared/contracts';
import { catchError, forkJoin, of, switchMap } from 'rxjs';
import { LOADING, LoadState, loadOnChange } from '../../../core/data/load-state';
import { TypicalExamplesService } from './typical-examples.service';

export interface ExampleDetail {
  readonly example: TypicalExampleView;
  /** Null when none is linked, or when the user may not read it. */
  readonly movement: MovementView | null;
  readonly meeting: MeetingView | null;
}

/** One typical example with the movement and meeting it refers to. */
@Injectable()
export class TypicalExampleDetailStore {
  private readonly api = inject(TypicalExamplesService);
  private readonly attempt = signal(0);

  readonly id = signal<string | null>(null);
  private readonly params = computed(() => {
    const id = this.id();
    return id ? { id, attempt: this.attempt() } : null;
  });

  private readonly loaded = loadOnChange(this.params, ({ id }) =>
    this.api.get(id).pipe(
      switchMap((example) =>
        forkJoin({
          example: of(example),
          movement: example.movementId ? this.api.movement(example.movementId).pipe(catchError(() => of(null))) : of(null),
          meeting: example.honouredAtMeetingId ? this.api.meeting(example.honouredAtMeetingId).pipe(catchError(() => of(null))) : of(null),
        }),
      ),
    ),
  );

  readonly state = computed<LoadState<ExampleDetail>>(() => this.loaded() ?? LOADING);

  retry(): void {
    this.attempt.update((n) => n + 1);
  }
}

import { DatePipe, DecimalPipe } from '@angular/common';
import { HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, Injector, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CommendationView, DossierView, Page } from '@tdkt/shared/contracts';
import { catchError, forkJoin, of } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { LOADING, LoadState, loadOnChange } from '../../../core/data/load-state';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { JoinPartsPipe } from '../../commendations/components/join-parts.pipe';
import { openWorkflowStep } from '../../commendations/components/workflow-dialog.component';
import { CommendationsService } from '../../commendations/data/commendations.service';
import { DocumentsService } from '../../commendations/data/documents.service';
import { MAX_PAGE_SIZE_QUEUE, oldestSubmittedFirst } from '../data/review-queue';

/** `/review`: central-level proposals waiting for the council, oldest submission first, approved or returned from here. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    DatePipe,
    DecimalPipe,
    JoinPartsPipe,
    MatButtonModule,
    MatIconModule,
    MatTableModule,
    RouterLink,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-review-queue-page',
  styleUrl: './review-queue.page.scss',
  templateUrl: './review-queue.page.html',
})
export class ReviewQueuePage {
  private readonly api = inject(CommendationsService);
  private readonly documents = inject(DocumentsService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly auth = inject(AuthService);
  /** Only council reviewers approve or return; others may still look at the queue. */
  protected readonly reviewer = computed(() => this.auth.roles().includes('COUNCIL_REVIEWER'));

  private readonly attempt = signal(0);
  private readonly loaded = loadOnChange(this.attempt, () =>
    this.api.list(new HttpParams().set('status', 'SUBMITTED').set('sort', 'createdAt').set('page', 1).set('pageSize', MAX_PAGE_SIZE_QUEUE)),
  );
  /** Rows acted on here: they leave the queue at once. */
  private readonly handled = signal<ReadonlySet<string>>(new Set());
  protected readonly state = computed<LoadState<Page<CommendationView>>>(() => this.loaded() ?? LOADING);
  protected readonly rows = computed(() => {
    const state = this.state();
    if (state.status !== 'ready') return [];
    const handled = this.handled();
    return oldestSubmittedFirst(state.data.items.filter((row) => !handled.has(row.id)));
  });
  protected readonly remaining = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? Math.max(0, state.data.total - this.handled().size) : 0;
  });
  /** The last step taken here, said once. */
  protected readonly done = signal<{ name: string; action: 'approve' | 'return' } | null>(null);
  protected readonly columns = ['submitted', 'province', 'recipient', 'award', 'dossier', 'actions'];
  /** Each proposal's dossier checklist (§10), read once the queue is in; null where it could not be read. */
  protected readonly dossiers = signal<ReadonlyMap<string, DossierView | null>>(new Map());

  constructor() {
    effect(() => {
      const state = this.state();
      if (state.status !== 'ready') return;
      const ids = state.data.items.map((row) => row.id);
      untracked(() => this.loadDossiers(ids));
    });
  }

  private loadDossiers(ids: string[]): void {
    if (!ids.length) return;
    forkJoin(ids.map((id) => this.documents.dossier(id).pipe(catchError(() => of(null)))))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((list) => this.dossiers.set(new Map(ids.map((id, i) => [id, list[i]]))));
  }

  protected act(row: CommendationView, action: 'approve' | 'return'): void {
    openWorkflowStep(this.dialog, this.injector, {
      action,
      record: row,
      run: (payload) => this.api.transition(row.id, action, row.version, payload),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((updated) => {
        if (!updated) return;
        this.handled.update((set) => new Set([...set, row.id]));
        this.done.set({ name: row.recipientName, action });
      });
  }

  protected retry(): void {
    this.handled.set(new Set());
    this.done.set(null);
    this.attempt.update((n) => n + 1);
  }
}

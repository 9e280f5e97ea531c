import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ScoreSheetStatus, ScoringStatus, type RankingRow, type ScoreCardView } from '@tdkt/shared/contracts';
import { Observable, map } from 'rxjs';
import { dataOf, loadOnChange } from '../../../core/data/load-state';
import { VersionedEdit } from '../../../core/forms/versioned-edit';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { RefusalBanner } from '../../../ui/refusal-banner.component';
import { StateMessage } from '../../../ui/state-message.component';
import { ScoreGrid } from '../components/score-grid.component';
import { ScoresSave } from '../data/score-grid';
import { YearEndService } from '../data/year-end.service';
import { YearEndStore } from '../data/year-end.store';

type EditedCard = ScoreCardView & { id: string };

/** `/year-end/scores`: a province's staff enter its self-assessment; the chair agrees each member's scores. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    RefusalBanner,
    ScoreGrid,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-score-grid-page',
  styleUrl: './year-end-page.scss',
  templateUrl: './score-grid.page.html',
})
export class ScoreGridPage {
  /** Query parameter: the member province shown (the chair's choice). */
  readonly province = input<string>();

  protected readonly store = inject(YearEndStore);
  private readonly api = inject(YearEndService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly grid = viewChild(ScoreGrid);

  protected readonly statuses = ScoringStatus;
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly conflict = signal(false);
  protected readonly refusal = signal<{ error: ApiError; messages: string[] } | null>(null);
  private readonly attempt = signal(0);
  /** Bumped after a save: the chair's list of who has scored is read again. */
  private readonly progressAttempt = signal(0);

  /** The chair follows who has scored: the ranking carries each member's status. */
  private readonly rankingState = loadOnChange(
    computed(() => {
      const cluster = this.store.clusterCode();
      return cluster && this.store.isChair()
        ? { cluster, year: this.store.year(), attempt: this.attempt() + this.progressAttempt() }
        : null;
    }),
    ({ cluster, year }) => this.api.ranking(cluster, year),
  );
  protected readonly progress = computed<RankingRow[]>(() => dataOf(this.rankingState()) ?? []);
  protected readonly notScored = computed(() => this.progress().filter((r) => r.status === ScoringStatus.NOT_SCORED));
  protected readonly notScoredNames = computed(() =>
    this.notScored()
      .map((r) => r.provinceName)
      .join(', '),
  );

  protected statusOf(provinceCode: string): ScoringStatus | null {
    return this.progress().find((r) => r.provinceCode === provinceCode)?.status ?? null;
  }

  /** The province shown: the chair's choice, else the officer's own, else the first member. */
  protected readonly shown = computed(() => {
    const members = this.store.members();
    const wanted = members.find((m) => m.provinceCode === this.province());
    if (wanted && (this.store.isChair() || this.store.isOwn(wanted.provinceCode))) return wanted;
    return this.store.ownMember() ?? (this.store.isChair() ? (members.at(0) ?? null) : null);
  });

  private readonly cardState = loadOnChange(
    computed(() => {
      const cluster = this.store.clusterCode();
      const province = this.shown()?.provinceCode;
      return cluster && province ? { cluster, province, year: this.store.year(), attempt: this.attempt() } : null;
    }),
    ({ cluster, province, year }) => this.api.scores(cluster, year, province),
  );
  protected readonly loadError = computed(() => {
    const state = this.cardState();
    return state?.status === 'error' ? state.error : null;
  });
  protected readonly noSheet = computed(() => this.loadError()?.code === 'SCORE_SHEET_NOT_FOUND');
  protected readonly loading = computed(() => this.cardState()?.status === 'loading');

  /** What the grid shows and edits. */
  protected readonly gridCard = signal<ScoreCardView | null>(null);

  private readonly edit = new VersionedEdit<EditedCard>({
    fetch: () => this.fetchCard(),
    // The grid is built from what was filled: "keep mine" takes the newer version without rebuilding it.
    fill: (record) => this.gridCard.set(record),
    busy: this.saving,
    resolved: () => this.conflict.set(false),
    failed: (error) => this.refusal.set({ error, messages: [] }),
    destroyRef: this.destroyRef,
  });
  protected readonly card = this.edit.record;
  protected readonly overwriting = this.edit.overwriting;

  protected readonly open = computed(() => this.card()?.sheetStatus === ScoreSheetStatus.OPEN);
  protected readonly canSelf = computed(() => this.open() && this.store.isOwn(this.card()?.provinceCode));
  /** The provinces the user may pick: every member for the chair, its own ones for an officer of a merged province. */
  protected readonly choices = computed(() => (this.store.isChair() ? this.store.members() : this.store.ownMembers()));
  protected readonly canAgree = computed(() => this.open() && this.store.isChair());

  constructor() {
    effect(() => {
      const state = this.cardState();
      if (state?.status === 'ready') untracked(() => this.edit.load({ ...state.data, id: state.data.provinceCode }));
    });
  }

  protected choose(provinceCode: string): void {
    this.saved.set(false);
    this.refusal.set(null);
    this.conflict.set(false);
    void this.router.navigate([], { queryParams: { province: provinceCode }, queryParamsHandling: 'merge' });
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }

  protected reloadLatest(): void {
    this.edit.reloadLatest();
  }

  protected keepMine(): void {
    this.edit.keepMine();
  }

  protected onSave(save: ScoresSave): void {
    const card = this.card();
    const cluster = this.store.clusterCode();
    if (!card || !cluster) return;
    this.saving.set(true);
    this.saved.set(false);
    this.refusal.set(null);
    this.conflict.set(false);
    // After "keep mine" the body carries the newer version, so this save replaces it knowingly.
    const body = { ...save.body, version: card.version };
    this.api
      .saveScores(cluster, card.year, card.provinceCode, body)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.saving.set(false);
          this.saved.set(true);
          this.edit.load({ ...updated, id: updated.provinceCode });
          if (this.store.isChair()) this.progressAttempt.update((n) => n + 1);
        },
        error: (raw: unknown) => {
          const error = toApiError(raw);
          this.saving.set(false);
          if (error.code === 'VERSION_CONFLICT') {
            this.conflict.set(true);
            return;
          }
          const messages = this.grid()?.showServerErrors(error) ?? [];
          this.refusal.set({ error, messages: error.fieldErrors.length ? messages : [] });
        },
      });
  }

  private fetchCard(): Observable<EditedCard> {
    const card = this.card();
    const cluster = this.store.clusterCode();
    return this.api
      .scores(cluster ?? '', card?.year ?? this.store.year(), card?.provinceCode ?? '')
      .pipe(map((c): EditedCard => ({ ...c, id: c.provinceCode })));
  }
}

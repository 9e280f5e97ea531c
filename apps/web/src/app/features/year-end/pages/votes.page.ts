import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { RecipientKind, VOTE_DEFAULTS, type RankingRow } from '@tdkt/shared/contracts';
import { catchError, forkJoin, map, of, startWith } from 'rxjs';
import { LOADING, dataOf, loadOnChange } from '../../../core/data/load-state';
import { applyServerErrors, serverErrorOf } from '../../../core/forms/server-errors';
import { errorMessage, toApiError } from '../../../core/http/api-error';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { buildVoteForm, defaultCandidates, neededCounts, percentText, toCreateVoteDto, voteErrorKey } from '../data/vote-form';
import { YearEndService } from '../data/year-end.service';
import { YearEndStore } from '../data/year-end.store';

/** `/year-end/votes`: the cluster-year's votes; the chair sets up a new one with the candidates from the ranking. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    DatePipe,
    DecimalPipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-votes-page',
  styleUrls: ['./year-end-page.scss', './votes.page.scss'],
  templateUrl: './votes.page.html',
})
export class VotesPage {
  protected readonly store = inject(YearEndStore);
  private readonly api = inject(YearEndService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly attempt = signal(0);

  protected readonly defaults = {
    quorum: percentText(VOTE_DEFAULTS.quorum),
    threshold: percentText(VOTE_DEFAULTS.threshold),
    seats: VOTE_DEFAULTS.seats,
  };
  protected readonly creating = signal(false);
  protected readonly busy = signal(false);
  protected readonly banner = signal<string[]>([]);
  protected readonly errorKey = voteErrorKey;
  protected readonly serverErrorOf = serverErrorOf;
  protected readonly form = buildVoteForm('');

  private readonly params = computed(() => {
    const cluster = this.store.clusterCode();
    return cluster ? { cluster, year: this.store.year(), attempt: this.attempt() } : null;
  });
  private readonly loaded = loadOnChange(this.params, ({ cluster, year }) => this.api.votes(cluster, year));
  protected readonly state = computed(() => this.loaded() ?? LOADING);

  /** What the form offers: the ranking (for the default candidates), central awards and the year's meetings. */
  private readonly choices = loadOnChange(
    computed(() => (this.creating() ? this.params() : null)),
    ({ cluster, year }) =>
      forkJoin({
        ranking: this.api.ranking(cluster, year).pipe(catchError(() => of([] as RankingRow[]))),
        awards: this.api
          .awardTypes()
          .pipe(map((types) => types.filter((t) => t.central && t.recipientKinds.includes(RecipientKind.COLLECTIVE)))),
        meetings: this.api.meetings(cluster, year).pipe(catchError(() => of([]))),
      }),
  );
  protected readonly options = computed(() => dataOf(this.choices()));
  protected readonly choicesError = computed(() => {
    const state = this.choices();
    return state?.status === 'error' ? state.error : null;
  });
  /** Candidates offered: every member, in ranking order where there is one. */
  protected readonly candidates = computed(() => {
    const ranking = this.options()?.ranking ?? [];
    const members = this.store.members();
    const ranked = ranking.map((r) => ({
      provinceCode: r.provinceCode,
      provinceName: r.provinceName,
      rank: r.rank as number | null,
      total: r.total as number | null,
    }));
    const rest = members
      .filter((m) => !ranking.some((r) => r.provinceCode === m.provinceCode))
      .map((m) => ({ provinceCode: m.provinceCode, provinceName: m.provinceName, rank: null, total: null }));
    return [...ranked, ...rest];
  });

  private readonly typed = toSignal(this.form.valueChanges.pipe(startWith(null)));
  protected readonly needed = computed(() => {
    this.typed();
    return neededCounts(this.form, this.store.members().length);
  });

  constructor() {
    // The top of the ranking is preselected, and follows the seats until the chair picks candidates by hand.
    effect(() => {
      const ranking = this.options()?.ranking;
      this.typed();
      if (!ranking) return;
      untracked(() => {
        const control = this.form.controls.candidates;
        if (control.dirty) return;
        const wanted = defaultCandidates(ranking, this.form.controls.seats.value || 1);
        if (wanted.join() !== control.value.join()) control.setValue(wanted);
      });
    });
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }

  protected startCreate(): void {
    this.form.reset();
    this.form.controls.title.setValue(this.transloco.translate('yearEnd.voteForm.defaultTitle', { year: this.store.year() }));
    this.banner.set([]);
    this.creating.set(true);
  }

  protected toggle(code: string, checked: boolean): void {
    const control = this.form.controls.candidates;
    const next = checked ? [...control.value, code] : control.value.filter((c) => c !== code);
    // Keep the ranking's order.
    control.setValue(
      this.candidates()
        .map((c) => c.provinceCode)
        .filter((c) => next.includes(c)),
    );
    control.markAsDirty();
    control.markAsTouched();
  }

  protected create(): void {
    const cluster = this.store.clusterCode();
    if (this.busy() || !cluster) return;
    this.banner.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      queueMicrotask(() => document.querySelector<HTMLElement>('form .ng-invalid[data-field]')?.focus());
      return;
    }
    this.busy.set(true);
    this.api
      .createVote(toCreateVoteDto(this.form, cluster, this.store.year()))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (vote) => {
          this.busy.set(false);
          void this.router.navigate(['/year-end/votes', vote.id], { queryParams: { year: vote.year } });
        },
        error: (e: unknown) => {
          this.busy.set(false);
          const error = toApiError(e);
          const unplaced = applyServerErrors(this.form, error);
          this.banner.set(unplaced.length ? unplaced : error.fieldErrors.length ? [] : [errorMessage(error, this.transloco)]);
        },
      });
  }
}

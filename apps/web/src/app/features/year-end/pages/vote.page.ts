import { DatePipe, DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { VoteStatus, type VoteView } from '@tdkt/shared/contracts';
import { Observable, filter, switchMap, tap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { LOADING, dataOf, loadOnChange } from '../../../core/data/load-state';
import { ApiError, errorMessage, toApiError } from '../../../core/http/api-error';
import { saveBlob } from '../../../core/http/file-download';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { confirmStep } from '../../../ui/confirm-dialog.component';
import { StateMessage } from '../../../ui/state-message.component';
import { BallotChoice, BallotForm } from '../components/ballot-form.component';
import { percentText } from '../data/vote-form';
import { YearEndService } from '../data/year-end.service';
import { YearEndStore } from '../data/year-end.store';

type Feedback = { kind: 'done'; text: string } | { kind: 'error'; text: string; error: ApiError };

/**
 * `/year-end/votes/:id`: the chair opens the vote, members cast their secret ballots (or the chair enters the paper
 * ones), everyone sees who has voted but never what, and once closed: the tally, the minutes and the nominations.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ApiErrorMessage, BallotForm, DatePipe, DecimalPipe, MatButtonModule, MatIconModule, RouterLink, StateMessage, TranslocoPipe],
  selector: 'tdkt-vote-page',
  styleUrls: ['./year-end-page.scss', './vote.page.scss'],
  templateUrl: './vote.page.html',
})
export class VotePage {
  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly store = inject(YearEndStore);
  private readonly api = inject(YearEndService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly paperForm = viewChild<BallotForm>('paperForm');
  private readonly attempt = signal(0);

  protected readonly statuses = VoteStatus;
  protected readonly busy = signal(false);
  protected readonly feedback = signal<Feedback | null>(null);
  protected readonly percent = percentText;

  /** The route's id, once the input is set. */
  private readonly voteId = signal<string | null>(null);
  private readonly loaded = loadOnChange(
    computed(() => {
      const id = this.voteId();
      return id ? { id, attempt: this.attempt() } : null;
    }),
    ({ id }) => this.api.vote(id),
  );
  protected readonly state = computed(() => this.loaded() ?? LOADING);
  /** Replaced by what the server answers after each step. */
  protected readonly vote = linkedSignal<VoteView | null>(() => dataOf(this.loaded()));

  protected readonly isChair = computed(() => {
    const vote = this.vote();
    return !!vote && this.auth.hasRole('CLUSTER_CHAIR') && this.auth.user()?.clusterCode === vote.clusterCode;
  });
  /**
   * The members an officer votes for: its province, and those merged into it that are members that year (each has
   * its own ballot). The chair enters their own provinces' ballots with the paper ones.
   */
  protected readonly ownRows = computed(() =>
    this.isChair() ? [] : (this.vote()?.register ?? []).filter((r) => this.store.isOwn(r.provinceCode)),
  );
  protected readonly votedCount = computed(() => this.vote()?.register.filter((r) => r.voted).length ?? 0);
  protected readonly names = computed(() => new Map((this.vote()?.register ?? []).map((r) => [r.provinceCode, r.provinceName])));

  protected electedNames(vote: VoteView): string {
    return vote.elected.map((c) => this.names().get(c) ?? c).join(', ');
  }

  constructor() {
    effect(() => {
      this.voteId.set(this.id());
      this.feedback.set(null);
    });
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }

  protected openVote(vote: VoteView): void {
    this.confirmThen('open', vote, false, () => this.api.openVote(vote.id));
  }

  protected closeVote(vote: VoteView): void {
    this.confirmThen('close', vote, true, () => this.api.closeVote(vote.id), {
      voted: this.votedCount(),
      eligible: vote.eligible,
      quorum: vote.quorumBallots,
    });
  }

  protected castOwn(vote: VoteView, provinceCode: string, ballot: BallotChoice): void {
    const names = ballot.choices.map((c) => this.names().get(c) ?? c).join(', ');
    this.confirmThen('cast', vote, false, () => this.api.castBallot(vote.id, { provinceCode, choices: ballot.choices }), {
      province: this.names().get(provinceCode) ?? provinceCode,
      choices: names || this.transloco.translate('yearEnd.ballot.blankWord'),
    });
  }

  protected castPaper(vote: VoteView, ballot: BallotChoice): void {
    const province = this.names().get(ballot.provinceCode ?? '') ?? ballot.provinceCode ?? '';
    this.act(this.api.castBallot(vote.id, { provinceCode: ballot.provinceCode, choices: ballot.choices }), 'paper', { province }, () =>
      this.paperForm()?.reset(),
    );
  }

  protected nominate(vote: VoteView): void {
    const provinces = vote.elected.map((c) => this.names().get(c) ?? c).join(', ');
    confirmStep(this.dialog, {
      title: this.transloco.translate('yearEnd.vote.confirm.nominate.title'),
      message: this.transloco.translate('yearEnd.vote.confirm.nominate.message', { provinces, award: vote.awardTypeName }),
      confirm: this.transloco.translate('yearEnd.vote.confirm.nominate.confirm'),
      cancel: this.transloco.translate('yearEnd.cancel'),
    })
      .pipe(
        filter(Boolean),
        tap(() => this.start()),
        switchMap(() => this.api.nominate(vote.id)),
        switchMap(() => this.api.vote(vote.id)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (updated) =>
          this.finish(updated, this.transloco.translate('yearEnd.vote.done.nominate', { count: updated.nominations.length })),
        error: (e: unknown) => this.fail(e),
      });
  }

  protected downloadMinutes(vote: VoteView): void {
    if (this.busy()) return;
    this.start();
    this.api
      .minutes(vote.id, `bien-ban-binh-xet-${vote.year}.docx`)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (file) => {
          this.busy.set(false);
          saveBlob(file.blob, file.fileName);
        },
        error: (e: unknown) => this.fail(e),
      });
  }

  private confirmThen(
    kind: 'open' | 'close' | 'cast',
    vote: VoteView,
    danger: boolean,
    call: () => Observable<VoteView>,
    params: Record<string, unknown> = {},
  ): void {
    const t = { title: vote.title, ...params };
    confirmStep(this.dialog, {
      title: this.transloco.translate(`yearEnd.vote.confirm.${kind}.title`, t),
      message: this.transloco.translate(`yearEnd.vote.confirm.${kind}.message`, t),
      confirm: this.transloco.translate(`yearEnd.vote.confirm.${kind}.confirm`),
      cancel: this.transloco.translate('yearEnd.cancel'),
      danger,
    })
      .pipe(filter(Boolean), takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.act(call(), kind, t));
  }

  private act(request: Observable<VoteView>, kind: string, params: Record<string, unknown>, after?: () => void): void {
    this.start();
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (updated) => {
        this.finish(updated, this.transloco.translate(`yearEnd.vote.done.${kind}`, params));
        after?.();
      },
      error: (e: unknown) => this.fail(e),
    });
  }

  private start(): void {
    this.busy.set(true);
    this.feedback.set(null);
  }

  private finish(updated: VoteView, text: string): void {
    this.busy.set(false);
    this.vote.set(updated);
    this.feedback.set({ kind: 'done', text });
  }

  /** The server's refusal, in its own Vietnamese words (a second ballot, a closed vote…). */
  private fail(e: unknown): void {
    const error = toApiError(e);
    this.busy.set(false);
    this.feedback.set({ kind: 'error', error, text: errorMessage(error, this.transloco) });
  }
}

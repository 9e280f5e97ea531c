import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { PeriodStatusView } from '@tdkt/shared/contracts';
import { Observable, filter, switchMap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { MembershipYears, yearOptions } from '../../../core/data/membership-years.service';
import { errorMessage, toApiError } from '../../../core/http/api-error';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { confirmStep } from '../../../ui/confirm-dialog.component';
import { NoMembershipNotice } from '../../../ui/no-membership-notice.component';
import { StateMessage } from '../../../ui/state-message.component';
import { PeriodCard, PeriodFeedback } from '../components/period-card.component';
import { PeriodCode, ownStatus, parseYear } from '../data/period-status';
import { PeriodsStore } from '../data/periods.store';

/** `/periods`: staff submit their province's records per period; the chair follows submissions and locks periods. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ApiErrorMessage, MatFormFieldModule, MatSelectModule, NoMembershipNotice, PeriodCard, StateMessage, TranslocoPipe],
  selector: 'tdkt-periods-page',
  styleUrl: './periods.page.scss',
  templateUrl: './periods.page.html',
})
export class PeriodsPage {
  /** Query parameter: the year is kept in the address so a link can point at it. */
  readonly year = input<string>();

  protected readonly store = inject(PeriodsStore);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);

  protected readonly membershipYears = inject(MembershipYears);
  private readonly auth = inject(AuthService);
  protected readonly isAdmin = computed(() => this.auth.hasRole('ADMIN'));
  protected readonly years = () => yearOptions(this.store.currentYear, this.membershipYears.years(), this.store.year());
  protected readonly busy = signal<PeriodCode | null>(null);
  protected readonly feedback = signal<Partial<Record<PeriodCode, PeriodFeedback>>>({});

  /** The officer's own province when it is a member that year: only then is there anything to submit. */
  protected ownCode(view: PeriodStatusView): string | null {
    const code = this.store.isStaff() ? (this.store.user()?.provinceCode ?? null) : null;
    return code && ownStatus(view, code) ? code : null;
  }

  protected feedbackOf(view: PeriodStatusView): PeriodFeedback | null {
    return this.feedback()[view.period as PeriodCode] ?? null;
  }

  constructor() {
    effect(() => {
      this.feedback.set({});
      const fromAddress = parseYear(this.year());
      // Without a year in the address, open on the latest year that has members (not the calendar year).
      if (fromAddress === null && !this.membershipYears.ready()) return;
      this.store.chooseYear(fromAddress ?? this.membershipYears.defaultYear());
    });
  }

  protected chooseYear(year: number): void {
    void this.router.navigate([], { queryParams: { year }, queryParamsHandling: 'merge' });
  }

  protected submit(view: PeriodStatusView, note: string | null): void {
    const t = this.texts(view);
    const province = ownStatus(view, this.store.user()?.provinceCode)?.provinceName ?? '';
    this.run(
      view,
      confirmStep(this.dialog, {
        title: this.transloco.translate('periods.confirmSubmit.title', t),
        message: this.transloco.translate('periods.confirmSubmit.message', { ...t, province }),
        confirm: this.transloco.translate('periods.confirmSubmit.confirm'),
        cancel: this.transloco.translate('periods.confirmCancel'),
      }),
      () => this.store.submit(view, note),
      this.transloco.translate('periods.done.submitted', t),
    );
  }

  protected changeLock(view: PeriodStatusView, { locked, reason }: { locked: boolean; reason: string }): void {
    const t = { ...this.texts(view), reason };
    const key = locked ? 'periods.confirmLock' : 'periods.confirmUnlock';
    this.run(
      view,
      confirmStep(this.dialog, {
        title: this.transloco.translate(`${key}.title`, t),
        message: this.transloco.translate(`${key}.message`, t),
        confirm: this.transloco.translate(`${key}.confirm`),
        cancel: this.transloco.translate('periods.confirmCancel'),
        danger: locked,
      }),
      () => this.store.setLock(view, locked, reason),
      this.transloco.translate(locked ? 'periods.done.locked' : 'periods.done.unlocked', t),
    );
  }

  private texts(view: PeriodStatusView): { period: string; year: number } {
    return { period: this.transloco.translate(`periods.period.${view.period}`, { year: view.year }), year: view.year };
  }

  /** Asks, then calls; the server's refusal (in Vietnamese) is shown on the period's card. */
  private run(view: PeriodStatusView, confirmed: Observable<boolean>, action: () => Observable<PeriodStatusView>, done: string): void {
    const period = view.period as PeriodCode;
    confirmed
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busy.set(period);
          this.feedback.update((f) => ({ ...f, [period]: undefined }));
          return action();
        }),
      )
      .subscribe({
        next: () => {
          this.busy.set(null);
          this.feedback.update((f) => ({ ...f, [period]: { kind: 'done', text: done } }));
        },
        error: (e: unknown) => {
          const error = toApiError(e);
          this.busy.set(null);
          const text = errorMessage(error, this.transloco);
          this.feedback.update((f) => ({
            ...f,
            [period]: { kind: 'error', text: this.transloco.translate('periods.refused', { message: text }) },
          }));
        },
      });
  }
}

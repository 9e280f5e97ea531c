import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelect, MatSelectChange, MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Period } from '@tdkt/shared/contracts';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { toIsoDate } from '../../../core/dates/iso-date';
import { applyServerErrors, serverErrorOf } from '../../../core/forms/server-errors';
import { toApiError } from '../../../core/http/api-error';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { NoMembershipNotice } from '../../../ui/no-membership-notice.component';
import { StateMessage } from '../../../ui/state-message.component';
import { ReportStatusLabel } from '../components/report-status.component';
import { VIETNAM_TIME, duePeriod, parseYear, recentYears } from '../data/report-status';
import { ReportsListStore } from '../data/reports-list.store';

/** `/reports?year=`: the cluster's semi-annual and annual reports; the chair creates them here. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    DatePipe,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    NoMembershipNotice,
    ReactiveFormsModule,
    ReportStatusLabel,
    RouterLink,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-reports-list-page',
  styleUrl: './reports-list.page.scss',
  templateUrl: './reports-list.page.html',
})
export class ReportsListPage {
  /** Query parameter. */
  readonly year = input<string>();

  protected readonly store = inject(ReportsListStore);
  private readonly router = inject(Router);

  protected readonly selectedYear = computed(() => parseYear(this.year()));
  protected readonly years = recentYears(this.store.currentYear);
  protected readonly columns = computed(() =>
    this.store.clusterCode() ? ['report', 'range', 'status', 'updated'] : ['cluster', 'report', 'range', 'status', 'updated'],
  );

  protected readonly creating = signal(false);
  protected readonly pending = signal(false);
  protected readonly createErrors = signal<string[]>([]);
  /** The year the server refused for want of members (409 NO_MEMBERSHIP): said plainly, with whom to ask. */
  protected readonly noMembershipYear = signal<number | null>(null);
  protected readonly form = new FormGroup({
    year: new FormControl<number | null>(null, Validators.required),
    period: new FormControl<`${Period}` | null>(null, Validators.required),
    cutoffDate: new FormControl<Date | null>(null),
  });
  protected readonly serverErrorOf = serverErrorOf;
  protected readonly vietnamTime = VIETNAM_TIME;
  private readonly firstField = viewChild('firstField', { read: MatSelect });

  constructor() {
    effect(() => this.store.selectYear(this.selectedYear()));
    // The form opens with its first field focused, so keyboard users land where they type.
    effect(() => {
      if (this.creating()) this.firstField()?.focus();
    });
  }

  protected chooseYear(change: MatSelectChange): void {
    // 0 stands for every year: a null option would show as an empty field.
    const year = change.value as number;
    void this.router.navigate([], { queryParams: { year: year || null }, queryParamsHandling: 'merge' });
  }

  protected openCreate(): void {
    const due = duePeriod(todayInVietnam());
    const year = this.selectedYear() ?? due.year;
    this.form.reset({ year, period: year === due.year ? due.period : null, cutoffDate: null });
    this.createErrors.set([]);
    this.noMembershipYear.set(null);
    this.creating.set(true);
  }

  protected cancelCreate(): void {
    this.creating.set(false);
  }

  protected submit(): void {
    if (this.form.invalid || this.pending()) {
      this.form.markAllAsTouched();
      return;
    }
    const { year, period, cutoffDate } = this.form.getRawValue();
    this.pending.set(true);
    this.createErrors.set([]);
    this.noMembershipYear.set(null);
    this.store
      .create({ year: year as number, period: period as Period, ...(cutoffDate ? { cutoffDate: toIsoDate(cutoffDate) } : {}) })
      .subscribe({
        next: (report) => {
          this.pending.set(false);
          void this.router.navigate(['/reports', report.id]);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          const apiError = toApiError(error);
          this.createErrors.set(applyServerErrors(this.form, apiError));
          if (apiError.code === 'NO_MEMBERSHIP') this.noMembershipYear.set(year as number);
        },
      });
  }
}

import { DatePipe, DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ClusterFiguresView } from '@tdkt/shared/contracts';
import { map, switchMap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { dataOf } from '../../../core/data/load-state';
import { MembershipYears, yearOptions } from '../../../core/data/membership-years.service';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { NoMembershipNotice } from '../../../ui/no-membership-notice.component';
import { StateMessage } from '../../../ui/state-message.component';
import { CommendationChart } from '../components/commendation-chart.component';
import { PledgeTable } from '../components/pledge-table.component';
import { SubmissionTable } from '../components/submission-table.component';
import { commendationChartOption } from '../data/commendation-chart';
import { PERIODS, PeriodCode, submittedCount } from '../data/dashboard-figures';
import { DashboardStore } from '../data/dashboard.store';

function parseYear(value: string | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : null;
}

/** `/dashboard?cluster=&year=`: one cluster's year at a glance; the address keeps the choice shareable. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    CommendationChart,
    DatePipe,
    DecimalPipe,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    NoMembershipNotice,
    PercentPipe,
    PledgeTable,
    RouterLink,
    StateMessage,
    SubmissionTable,
    TranslocoPipe,
  ],
  selector: 'tdkt-dashboard-page',
  styleUrl: './dashboard.page.scss',
  templateUrl: './dashboard.page.html',
})
export class DashboardPage {
  /** Query parameters. */
  readonly cluster = input<string>();
  readonly year = input<string>();

  protected readonly store = inject(DashboardStore);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);

  protected readonly periods = PERIODS;
  protected readonly submittedCount = submittedCount;
  protected readonly membershipYears = inject(MembershipYears);
  private readonly auth = inject(AuthService);
  protected readonly isAdmin = computed(() => this.auth.hasRole('ADMIN'));
  protected readonly years = computed(() => yearOptions(this.store.currentYear, this.membershipYears.years(), this.store.year()));

  private readonly chartTexts = toSignal(
    toObservable(this.store.year).pipe(
      switchMap((year) =>
        this.transloco
          .selectTranslate<string[]>(
            ['commendations.chart.current', 'commendations.chart.previous', 'commendations.chart.axis'],
            { year, previousYear: year - 1 },
            { scope: 'dashboard' },
          )
          .pipe(map(([current, previous, axis]) => ({ current, previous, axis }))),
      ),
    ),
  );
  protected readonly chartOption = computed(() => {
    const texts = this.chartTexts();
    return dataOf(this.store.figures()) && texts ? commendationChartOption(this.store.counts(), texts) : null;
  });

  /** Last year's comparison of the cluster total, as the report words it: up, down or the same, and by how much. */
  protected changeOf(figures: ClusterFiguresView): { key: 'up' | 'down' | 'same'; delta: number; ratio: number | null } {
    const { delta, ratio } = figures.statistics.cluster.change;
    return {
      key: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same',
      delta: Math.abs(delta),
      ratio: ratio === null ? null : Math.abs(ratio),
    };
  }

  constructor() {
    effect(() => {
      const fromAddress = parseYear(this.year());
      // Without a year in the address, open on the latest year that has members (not the calendar year).
      if (fromAddress === null && !this.membershipYears.ready()) return;
      this.store.select(this.cluster() ?? null, fromAddress ?? this.membershipYears.defaultYear());
    });
  }

  protected navigate(params: { cluster?: string; year?: number }): void {
    void this.router.navigate([], { queryParams: params, queryParamsHandling: 'merge' });
  }

  protected chooseFiguresPeriod(period: PeriodCode): void {
    this.store.figuresPeriod.set(period);
  }
}

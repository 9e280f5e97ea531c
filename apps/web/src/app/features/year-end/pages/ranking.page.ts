import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ScoringStatus } from '@tdkt/shared/contracts';
import { LOADING, loadOnChange } from '../../../core/data/load-state';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { RankingChart } from '../components/ranking-chart.component';
import { rankingChartOption, sharedRanks } from '../data/ranking-chart';
import { YearEndService } from '../data/year-end.service';
import { YearEndStore } from '../data/year-end.store';

/** `/year-end/ranking`: the members by total, equal totals sharing a rank, as a table and a chart. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ApiErrorMessage, DecimalPipe, RankingChart, RouterLink, StateMessage, TranslocoPipe],
  selector: 'tdkt-ranking-page',
  styleUrl: './year-end-page.scss',
  templateUrl: './ranking.page.html',
})
export class RankingPage {
  protected readonly store = inject(YearEndStore);
  private readonly api = inject(YearEndService);
  private readonly transloco = inject(TranslocoService);
  private readonly attempt = signal(0);

  protected readonly notScored = ScoringStatus.NOT_SCORED;
  private readonly loaded = loadOnChange(
    computed(() => {
      const cluster = this.store.clusterCode();
      return cluster ? { cluster, year: this.store.year(), attempt: this.attempt() } : null;
    }),
    ({ cluster, year }) => this.api.ranking(cluster, year),
  );
  protected readonly state = computed(() => this.loaded() ?? LOADING);
  protected readonly shared = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? sharedRanks(state.data) : new Set<number>();
  });
  protected readonly chart = computed(() => {
    const state = this.state();
    if (state.status !== 'ready') return null;
    return rankingChartOption(state.data, {
      total: this.transloco.translate('yearEnd.ranking.total'),
      self: this.transloco.translate('yearEnd.ranking.selfTotal'),
      axis: this.transloco.translate('yearEnd.ranking.axis'),
    });
  });

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }
}

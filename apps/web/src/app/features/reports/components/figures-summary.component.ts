import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ReportStatistics } from '@tdkt/shared/contracts';

/** The cluster's headline figures, the ones a chair reads out first. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, PercentPipe, TranslocoPipe],
  selector: 'tdkt-figures-summary',
  styles: `
    dl {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
      gap: 12px;
      margin: 0 0 24px;
    }
    div {
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    dt {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 4px 0 0;
      font: var(--mat-sys-headline-small);
      font-variant-numeric: tabular-nums;
    }
    .change {
      font: var(--mat-sys-body-medium);
    }
  `,
  template: `
    @let c = statistics().cluster;
    <dl [attr.aria-label]="'reports.figures.summary.label' | transloco">
      <div>
        <dt>{{ 'reports.figures.summary.commendations' | transloco }}</dt>
        <dd data-figure="commendations">{{ c.commendations.total | number }}</dd>
      </div>
      <div>
        <dt>{{ 'reports.figures.summary.change' | transloco }}</dt>
        <dd data-figure="change">
          {{ c.change.delta > 0 ? '+' : c.change.delta < 0 ? '−' : ''
          }}{{ (c.change.delta < 0 ? -c.change.delta : c.change.delta) | number }}
          @if (c.change.ratio !== null) {
            <span class="change">({{ (c.change.ratio < 0 ? -c.change.ratio : c.change.ratio) | percent: '1.0-1' }})</span>
          } @else {
            <span class="change">({{ 'reports.figures.summary.changeNew' | transloco }})</span>
          }
        </dd>
      </div>
      <div>
        <dt>{{ 'reports.figures.summary.pledge' | transloco }}</dt>
        <dd data-figure="pledge">
          {{ c.pledge.averageRate === null ? ('reports.figures.pledge.noRate' | transloco) : (c.pledge.averageRate | percent: '1.0-1') }}
        </dd>
      </div>
      <div>
        <dt>{{ 'reports.figures.summary.movements' | transloco }}</dt>
        <dd data-figure="movements">{{ c.movements.items.length | number }}</dd>
      </div>
      <div>
        <dt>{{ 'reports.figures.summary.examples' | transloco }}</dt>
        <dd data-figure="examples">{{ c.typicalExamples.total | number }}</dd>
      </div>
    </dl>
  `,
})
export class FiguresSummary {
  readonly statistics = input.required<ReportStatistics>();
}

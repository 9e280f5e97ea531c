import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ClusterMemberView, PledgeCriterionView, PledgeResultView } from '@tdkt/shared/contracts';
import { GRID_PERIODS, GridPeriod, achievementOf } from '../data/pledge-grid';

interface SummaryRow {
  readonly member: ClusterMemberView;
  readonly counts: Record<GridPeriod, { met: number; entered: number }>;
}

/** For the chair: how many criteria each member province has met, per period; a click opens its grid. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslocoPipe],
  selector: 'tdkt-pledge-summary',
  styles: `
    :host {
      display: block;
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    caption {
      text-align: left;
      font: var(--mat-sys-title-small);
      padding-bottom: 8px;
    }
    th,
    td {
      border: 1px solid var(--mat-sys-outline-variant);
      padding: 6px 12px;
      text-align: left;
    }
    thead th {
      background: var(--mat-sys-surface-container);
    }
    td.num {
      text-align: right;
      white-space: nowrap;
    }
    tr.selected {
      background: var(--mat-sys-secondary-container);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  template: `
    <table>
      <caption>
        {{
          'pledges.summary.caption' | transloco: { count: criteria().length }
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'pledges.summary.province' | transloco }}</th>
          @for (period of periods; track period) {
            <th scope="col">{{ 'pledges.period.' + period | transloco: { year: year() } }}</th>
          }
          <th scope="col">
            <span class="cdk-visually-hidden">{{ 'pledges.summary.actions' | transloco }}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.member.provinceCode) {
          <tr [class.selected]="row.member.provinceCode === selected()">
            <th scope="row">
              {{ row.member.provinceName }}
              @if (row.member.role !== 'MEMBER') {
                <span class="muted">({{ 'pledges.role.' + row.member.role | transloco }})</span>
              }
            </th>
            @for (period of periods; track period) {
              <td class="num">
                @if (row.counts[period].entered) {
                  {{ 'pledges.summary.met' | transloco: { met: row.counts[period].met, total: criteria().length } }}
                } @else {
                  <span class="muted">{{ 'pledges.summary.none' | transloco }}</span>
                }
              </td>
            }
            <td>
              <button
                mat-button
                type="button"
                (click)="choose.emit(row.member.provinceCode)"
                [attr.aria-pressed]="row.member.provinceCode === selected()"
              >
                {{ 'pledges.summary.view' | transloco: { province: row.member.provinceName } }}
              </button>
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
})
export class PledgeSummary {
  readonly criteria = input.required<readonly PledgeCriterionView[]>();
  readonly members = input.required<readonly ClusterMemberView[]>();
  readonly results = input.required<readonly PledgeResultView[]>();
  readonly year = input.required<number>();
  readonly selected = input<string | null>(null);
  readonly choose = output<string>();

  protected readonly periods = GRID_PERIODS;

  protected readonly rows = computed<SummaryRow[]>(() =>
    this.members().map((member) => {
      const count = (period: GridPeriod) => {
        let met = 0;
        let entered = 0;
        for (const criterion of this.criteria()) {
          const r = this.results().find(
            (x) => x.provinceCode === member.provinceCode && x.criterionCode === criterion.code && x.period === period,
          );
          if (r?.actualValue == null) continue;
          entered += 1;
          if (achievementOf(criterion.targetKind, r.targetValue, r.actualValue)?.met) met += 1;
        }
        return { met, entered };
      };
      return { member, counts: { H1: count('H1'), FY: count('FY') } };
    }),
  );
}

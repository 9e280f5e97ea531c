import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ReportStatistics } from '@tdkt/shared/contracts';
import { LEVELS, commendationRows } from '../data/report-figures';

/** Table 1 of the report: each province's commendations by level and recipient, against the same period last year. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, TranslocoPipe],
  selector: 'tdkt-commendation-table',
  styleUrl: './figure-table.scss',
  template: `
    <div class="scroll">
      <table>
        <caption>
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col" rowspan="2">{{ 'reports.figures.commendations.province' | transloco }}</th>
            <th scope="col" rowspan="2">{{ 'reports.figures.commendations.total' | transloco }}</th>
            <th scope="colgroup" [attr.colspan]="levels.length">{{ 'reports.figures.commendations.level' | transloco }}</th>
            <th scope="colgroup" colspan="5">{{ 'reports.figures.commendations.recipient' | transloco }}</th>
            <th scope="col" rowspan="2">{{ 'reports.figures.commendations.previous' | transloco }}</th>
            <th scope="col" rowspan="2">{{ 'reports.figures.commendations.delta' | transloco }}</th>
          </tr>
          <tr>
            @for (level of levels; track level) {
              <th scope="col">{{ 'reports.figures.levels.' + level | transloco }}</th>
            }
            <th scope="col">{{ 'reports.figures.commendations.collective' | transloco }}</th>
            <th scope="col">{{ 'reports.figures.commendations.individual' | transloco }}</th>
            <th scope="col">{{ 'reports.figures.commendations.directWorkers' | transloco }}</th>
            <th scope="col">{{ 'reports.figures.commendations.women' | transloco }}</th>
            <th scope="col">{{ 'reports.figures.commendations.ethnicMinority' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track $index) {
            <tr [class.total]="row.isTotal">
              <th scope="row">{{ row.isTotal ? ('reports.figures.commendations.clusterTotal' | transloco) : row.name }}</th>
              <td class="num">{{ row.total | number }}</td>
              @for (n of row.levels; track $index) {
                <td class="num">{{ n | number }}</td>
              }
              <td class="num">{{ row.collective | number }}</td>
              <td class="num">{{ row.individual | number }}</td>
              <td class="num">{{ row.directWorkers | number }}</td>
              <td class="num">{{ row.women | number }}</td>
              <td class="num">{{ row.ethnicMinority | number }}</td>
              <td class="num">{{ row.previous | number }}</td>
              <td class="num">
                {{ row.delta > 0 ? '+' : row.delta < 0 ? '−' : '' }}{{ (row.delta < 0 ? -row.delta : row.delta) | number }}
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class CommendationTable {
  readonly statistics = input.required<ReportStatistics>();
  /** Already translated caption (it names the period). */
  readonly caption = input.required<string>();
  protected readonly levels = LEVELS;
  protected readonly rows = computed(() => commendationRows(this.statistics()));
}

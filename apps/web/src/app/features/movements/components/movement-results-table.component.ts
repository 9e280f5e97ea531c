import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MovementResultView } from '@tdkt/shared/contracts';

/** The provinces' results in a movement: the figures on one line, the summary text under them. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, TranslocoPipe],
  selector: 'tdkt-movement-results-table',
  styles: `
    :host {
      display: block;
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 8px 12px;
      text-align: left;
      vertical-align: top;
    }
    thead th {
      background: var(--mat-sys-surface-container);
      font: var(--mat-sys-title-small);
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    tbody tr.figures th,
    tbody tr.figures td {
      padding-bottom: 4px;
    }
    tbody tr.summary td {
      padding-top: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    tbody tr.last th,
    tbody tr.last td {
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .num {
      text-align: right;
      white-space: nowrap;
    }
    .nowrap {
      white-space: nowrap;
    }
  `,
  template: `
    <table>
      <caption class="cdk-visually-hidden">
        {{
          label()
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'movements.results.province' | transloco }}</th>
          <th scope="col">{{ 'movements.results.period' | transloco }}</th>
          <th scope="col" class="num">{{ 'movements.results.columns.subMovementsLaunched' | transloco }}</th>
          <th scope="col" class="num">{{ 'movements.results.columns.modelsBuilt' | transloco }}</th>
          <th scope="col" class="num">{{ 'movements.results.columns.participants' | transloco }}</th>
        </tr>
      </thead>
      <tbody>
        @for (r of sorted(); track r.provinceCode + r.year + r.period) {
          <tr class="figures" [class.last]="!r.summary">
            <th scope="row" class="nowrap">{{ r.provinceName }}</th>
            <td class="nowrap">{{ 'movements.period.' + r.period | transloco: { year: r.year } }}</td>
            <td class="num">{{ r.subMovementsLaunched === null ? '—' : (r.subMovementsLaunched | number) }}</td>
            <td class="num">{{ r.modelsBuilt === null ? '—' : (r.modelsBuilt | number) }}</td>
            <td class="num">{{ r.participants === null ? '—' : (r.participants | number) }}</td>
          </tr>
          @if (r.summary) {
            <tr class="summary last">
              <td colspan="5">
                <span class="cdk-visually-hidden">{{ 'movements.fields.summary' | transloco }}: </span>{{ r.summary }}
              </td>
            </tr>
          }
        }
      </tbody>
    </table>
  `,
})
export class MovementResultsTable {
  readonly results = input.required<readonly MovementResultView[]>();
  readonly label = input.required<string>();

  /** Newest year first, the half-year before the whole year, then provinces by name. */
  protected readonly sorted = computed(() =>
    [...this.results()].sort(
      (a, b) =>
        b.year - a.year || (a.period === b.period ? 0 : a.period === 'H1' ? -1 : 1) || a.provinceName.localeCompare(b.provinceName, 'vi'),
    ),
  );
}

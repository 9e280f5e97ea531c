import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FindingCountRow, FindingSummaryView } from '@tdkt/shared/contracts';
import { RuleCount, totalsOf } from '../data/finding-filters';

/** Counts by severity and status for the whole scope, then per cluster (or per province inside one cluster). */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, TranslocoPipe],
  selector: 'tdkt-finding-summary',
  styles: `
    :host {
      display: block;
    }
    .tiles {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      margin: 0 0 16px;
      padding: 0;
      list-style: none;
    }
    .tiles li {
      flex: 1 1 150px;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    .tiles .value {
      display: block;
      font: var(--mat-sys-headline-small);
      font-variant-numeric: tabular-nums;
    }
    .tiles .errors .value {
      color: var(--mat-sys-error);
    }
    .tables {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 480px), 1fr));
      gap: 16px 32px;
      align-items: start;
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      width: 100%;
      min-width: 440px;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    th:first-child,
    td:first-child {
      text-align: left;
    }
    button.link {
      padding: 0;
      border: 0;
      background: none;
      color: var(--mat-sys-primary);
      font: inherit;
      text-align: left;
      text-decoration: underline;
      cursor: pointer;
    }
  `,
  template: `
    @let t = totals();
    <ul class="tiles" [attr.aria-label]="'findings.summary.totalsLabel' | transloco">
      <li class="errors">
        <span class="value">{{ t.errors | number }}</span>{{ 'findings.summary.errors' | transloco }}
      </li>
      <li>
        <span class="value">{{ t.warnings | number }}</span>{{ 'findings.summary.warnings' | transloco }}
      </li>
      <li>
        <span class="value">{{ t.open | number }}</span>{{ 'findings.summary.open' | transloco }}
      </li>
      <li>
        <span class="value">{{ t.confirmed | number }}</span>{{ 'findings.summary.confirmed' | transloco }}
      </li>
      <li>
        <span class="value">{{ t.cleared | number }}</span>{{ 'findings.summary.cleared' | transloco }}
      </li>
    </ul>
    <div class="tables">
      @if (rows().length) {
        <div class="scroll">
          <table>
            <caption class="tdkt-visually-hidden">
              {{
                (byProvince() ? 'findings.summary.byProvince' : 'findings.summary.byCluster') | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ (byProvince() ? 'findings.summary.province' : 'findings.summary.cluster') | transloco }}</th>
                <th scope="col">{{ 'findings.summary.columns.errors' | transloco }}</th>
                <th scope="col">{{ 'findings.summary.columns.warnings' | transloco }}</th>
                <th scope="col">{{ 'findings.summary.columns.open' | transloco }}</th>
                <th scope="col">{{ 'findings.summary.columns.confirmed' | transloco }}</th>
                <th scope="col">{{ 'findings.summary.columns.cleared' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of rows(); track row.code + row.name) {
                <tr>
                  <th scope="row">
                    <button type="button" class="link" (click)="choose.emit(row.code)">{{ row.name }}</button>
                  </th>
                  <td>{{ row.errors | number }}</td>
                  <td>{{ row.warnings | number }}</td>
                  <td>{{ row.open | number }}</td>
                  <td>{{ row.confirmed | number }}</td>
                  <td>{{ row.cleared | number }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
      @if (ruleCounts(); as counts) {
        @if (counts.length) {
          <div class="scroll">
            <table class="by-rule">
              <caption class="tdkt-visually-hidden">
                {{
                  'findings.summary.byRule' | transloco
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'findings.summary.rule' | transloco }}</th>
                  <th scope="col">{{ 'findings.summary.severity' | transloco }}</th>
                  <th scope="col">{{ 'findings.summary.count' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (c of counts; track c.ruleId + c.severity) {
                  <tr>
                    <th scope="row">
                      <button type="button" class="link" (click)="chooseRule.emit(c.ruleId)">{{ c.title }}</button>
                    </th>
                    <td>{{ 'findings.severity.' + c.severity | transloco }}</td>
                    <td>{{ c.count | number }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </div>
  `,
})
export class FindingSummary {
  readonly summary = input.required<FindingSummaryView>();
  /** Inside one cluster the rows are its provinces; otherwise the clusters. */
  readonly byProvince = input(false);
  /** Findings per rule under the chosen status and severity; null while they load. */
  readonly ruleCounts = input<readonly RuleCount[] | null>(null);
  readonly chooseRule = output<string>();
  /** A row's code: a cluster or a province to filter on. */
  readonly choose = output<string>();

  protected readonly totals = computed(() => totalsOf(this.summary().byProvince));
  protected readonly rows = computed<FindingCountRow[]>(() => (this.byProvince() ? this.summary().byProvince : this.summary().byCluster));
}

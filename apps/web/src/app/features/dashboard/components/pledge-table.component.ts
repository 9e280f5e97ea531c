import { PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { PledgeRow, achievementRate } from '../data/dashboard-figures';

/** Share of the pledge's criteria each province met, per period. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, PercentPipe, TranslocoPipe],
  selector: 'tdkt-pledge-table',
  styles: `
    .province {
      font-weight: 500;
    }
    :host {
      display: block;
      overflow-x: auto;
    }
    table {
      width: 100%;
      min-width: 560px;
    }
    .bar {
      display: block;
      height: 6px;
      margin-top: 4px;
      max-width: 160px;
      border-radius: 3px;
      background: var(--mat-sys-surface-container-high);
      overflow: hidden;
    }
    .bar span {
      display: block;
      height: 100%;
      background: var(--mat-sys-primary);
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  template: `
    <table mat-table [dataSource]="rows()" [attr.aria-label]="label()">
      <ng-container matColumnDef="province">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'dashboard.submissions.columns.province' | transloco }}</th>
        <td mat-cell *matCellDef="let row" class="province">{{ row.provinceName }}</td>
      </ng-container>
      @for (period of periods; track period) {
        <ng-container [matColumnDef]="period">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'dashboard.periodShort.' + period | transloco }}</th>
          <td mat-cell *matCellDef="let row" [attr.data-period]="period">
            @let a = row[period];
            @if (a) {
              {{ 'dashboard.pledge.met' | transloco: { met: a.met, measured: a.measured, rate: (rate(a) | percent: '1.0-0') } }}
              <span class="bar" aria-hidden="true"><span [style.width.%]="rate(a) * 100"></span></span>
            } @else {
              <span class="none">{{ 'dashboard.pledge.noResults' | transloco }}</span>
            }
          </td>
        </ng-container>
      }
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns"></tr>
    </table>
  `,
})
export class PledgeTable {
  readonly rows = input.required<readonly PledgeRow[]>();
  readonly label = input.required<string>();
  protected readonly periods = ['H1', 'FY'] as const;
  protected readonly columns = ['province', 'H1', 'FY'];
  protected readonly rate = achievementRate;
}

import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { SubmissionRow } from '../data/dashboard-figures';

/** Member provinces × periods: who has submitted, when and by whom. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatIconModule, MatTableModule, TranslocoPipe],
  selector: 'tdkt-submission-table',
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
      min-width: 640px;
    }
    td {
      padding-top: 8px;
      padding-bottom: 8px;
      vertical-align: top;
    }
    .role {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .state {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .state mat-icon {
      width: 18px;
      height: 18px;
      flex: none;
    }
    .missing {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
    .who {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
  template: `
    <table mat-table [dataSource]="rows()" [attr.aria-label]="label()">
      <ng-container matColumnDef="province">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'dashboard.submissions.columns.province' | transloco }}</th>
        <td mat-cell *matCellDef="let row" class="province">
          {{ row.provinceName }}
          @if (row.role !== 'MEMBER') {
            <span class="role">{{ 'dashboard.role.' + row.role | transloco }}</span>
          }
        </td>
      </ng-container>
      @for (period of periods; track period) {
        <ng-container [matColumnDef]="period">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'dashboard.periodShort.' + period | transloco }}</th>
          <td mat-cell *matCellDef="let row" [attr.data-period]="period">
            @let s = row[period];
            @if (s?.submitted) {
              <span class="state"><mat-icon svgIcon="ok" aria-hidden="true" />{{ 'dashboard.submissions.submitted' | transloco }}</span>
              @if (s.submittedAt) {
                <span class="who">{{
                  ' ' +
                    ('dashboard.submissions.at'
                      | transloco: { at: (s.submittedAt | date: 'HH:mm, dd/MM/yyyy' : '+0700'), by: s.submittedBy ?? '—' })
                }}</span>
              }
            } @else if (s) {
              <span class="state missing"
                ><mat-icon svgIcon="warning" aria-hidden="true" />{{ 'dashboard.submissions.missing' | transloco }}</span
              >
            } @else {
              <span class="who">{{ 'dashboard.submissions.notMember' | transloco }}</span>
            }
          </td>
        </ng-container>
      }
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns"></tr>
    </table>
  `,
})
export class SubmissionTable {
  readonly rows = input.required<readonly SubmissionRow[]>();
  readonly label = input.required<string>();
  protected readonly periods = ['H1', 'FY'] as const;
  protected readonly columns = ['province', 'H1', 'FY'];
}

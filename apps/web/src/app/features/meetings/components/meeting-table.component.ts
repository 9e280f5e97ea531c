import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MeetingView } from '@tdkt/shared/contracts';

/** The cluster's meetings, newest first, with participants and notes on demand. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatTableModule, TranslocoPipe],
  selector: 'tdkt-meeting-table',
  styles: `
    :host {
      display: block;
      overflow-x: auto;
    }
    table {
      width: 100%;
      min-width: 760px;
    }
    td {
      padding-top: 10px;
      padding-bottom: 10px;
      vertical-align: top;
    }
    .date {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .sub {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    details {
      max-width: 48ch;
    }
    summary {
      cursor: pointer;
      color: var(--mat-sys-primary);
    }
    .long {
      white-space: pre-line;
      margin: 4px 0 0;
    }
  `,
  template: `
    <table mat-table [dataSource]="meetings()" [attr.aria-label]="label()">
      <ng-container matColumnDef="date">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'meetings.columns.date' | transloco }}</th>
        <td mat-cell *matCellDef="let m" class="date">{{ m.date | date: 'dd/MM/yyyy' }}</td>
      </ng-container>
      <ng-container matColumnDef="kind">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'meetings.columns.kind' | transloco }}</th>
        <td mat-cell *matCellDef="let m" data-field="kind">{{ 'meetings.kind.' + m.period | transloco: { year: m.year } }}</td>
      </ng-container>
      <ng-container matColumnDef="place">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'meetings.columns.place' | transloco }}</th>
        <td mat-cell *matCellDef="let m">
          {{ 'meetings.hostedBy' | transloco: { province: m.hostProvinceName } }}
          @if (m.place) {
            <span class="sub">{{ m.place }}</span>
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="chair">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'meetings.columns.chair' | transloco }}</th>
        <td mat-cell *matCellDef="let m">
          {{ m.chairName }}
          @if (m.chairTitle) {
            <span class="sub">{{ m.chairTitle }}</span>
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="more">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'meetings.columns.more' | transloco }}</th>
        <td mat-cell *matCellDef="let m">
          @if (m.participants || m.notes) {
            <details>
              <summary>{{ 'meetings.showMore' | transloco }}</summary>
              @if (m.participants) {
                <p class="long">
                  <strong>{{ 'meetings.fields.participants' | transloco }}:</strong> {{ m.participants }}
                </p>
              }
              @if (m.notes) {
                <p class="long">
                  <strong>{{ 'meetings.fields.notes' | transloco }}:</strong> {{ m.notes }}
                </p>
              }
            </details>
          } @else {
            <span class="sub">{{ 'meetings.nothingMore' | transloco }}</span>
          }
        </td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let m; columns: columns"></tr>
    </table>
  `,
})
export class MeetingTable {
  readonly meetings = input.required<readonly MeetingView[]>();
  readonly label = input.required<string>();
  protected readonly columns = ['date', 'kind', 'place', 'chair', 'more'];
}

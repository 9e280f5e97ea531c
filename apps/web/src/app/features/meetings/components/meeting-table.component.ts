import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MeetingView } from '@tdkt/shared/contracts';

/** The cluster's meetings, newest first, with participants and notes on demand, and "Sửa" on those the user may correct. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, MatIconModule, MatTableModule, RouterLink, TranslocoPipe],
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
      <ng-container matColumnDef="actions">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'meetings.columns.actions' | transloco }}</th>
        <td mat-cell *matCellDef="let m">
          @if (m.clusterCode === editableCluster()) {
            <a
              mat-button
              [routerLink]="['/meetings', m.id, 'edit']"
              data-action="edit"
              [attr.aria-label]="'meetings.editLabel' | transloco: { date: (m.date | date: 'dd/MM/yyyy') }"
            >
              <mat-icon svgIcon="edit" aria-hidden="true" />{{ 'meetings.edit' | transloco }}
            </a>
          }
        </td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns()"></tr>
      <tr mat-row *matRowDef="let m; columns: columns()"></tr>
    </table>
  `,
})
export class MeetingTable {
  readonly meetings = input.required<readonly MeetingView[]>();
  readonly label = input.required<string>();
  /** The cluster whose meetings the user may correct (the chair's own); null: none. */
  readonly editableCluster = input<string | null>(null);
  protected readonly columns = computed(() =>
    this.editableCluster() ? ['date', 'kind', 'place', 'chair', 'more', 'actions'] : ['date', 'kind', 'place', 'chair', 'more'],
  );
}

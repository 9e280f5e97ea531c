import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatSortModule, Sort, SortDirection } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CommendationView } from '@tdkt/shared/contracts';
import { DEFAULT_SORT, LIST_SORTS, ListSort } from '../data/list-criteria';
import { JoinPartsPipe } from './join-parts.pipe';
import { StatusChip } from './status-chip.component';

/** One page of commendations; sorting is done by the server, so the table only reports the wish. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, JoinPartsPipe, MatSortModule, MatTableModule, RouterLink, StatusChip, TranslocoPipe],
  selector: 'tdkt-commendation-table',
  styles: `
    :host {
      display: block;
      overflow-x: auto;
    }
    table {
      width: 100%;
      min-width: 880px;
    }
    td {
      padding-top: 8px;
      padding-bottom: 8px;
      vertical-align: top;
    }
    .name a {
      font-weight: 500;
      color: var(--mat-sys-primary);
    }
    .sub {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .decision,
    th.mat-column-province,
    th.mat-column-decisionDate,
    th.mat-column-createdAt,
    th.mat-column-status {
      white-space: nowrap;
    }
  `,
  template: `
    <table
      mat-table
      matSort
      [dataSource]="rows()"
      [attr.aria-label]="label()"
      [matSortActive]="active()"
      [matSortDirection]="direction()"
      (matSortChange)="sorted($event)"
    >
      <ng-container matColumnDef="recipientName">
        <th
          mat-header-cell
          *matHeaderCellDef
          mat-sort-header
          [sortActionDescription]="'commendations.sortBy' | transloco: { column: ('commendations.columns.recipient' | transloco) }"
          scope="col"
        >
          {{ 'commendations.columns.recipient' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row" class="name">
          <a [routerLink]="['/commendations', row.id]">{{ row.recipientName }}</a>
          <span class="tdkt-visually-hidden">, </span>
          <span class="sub">{{
            ['commendations.recipientKind.' + row.recipientKind | transloco, row.position, row.organization] | joinParts
          }}</span>
        </td>
      </ng-container>
      <ng-container matColumnDef="award">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'commendations.columns.award' | transloco }}</th>
        <td mat-cell *matCellDef="let row">
          {{ row.awardTypeName }}
          <span class="sub">{{ 'commendations.level.' + row.level | transloco }}</span>
        </td>
      </ng-container>
      <ng-container matColumnDef="province">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'commendations.columns.province' | transloco }}</th>
        <td mat-cell *matCellDef="let row">{{ row.provinceName }}</td>
      </ng-container>
      <ng-container matColumnDef="decisionDate">
        <th
          mat-header-cell
          *matHeaderCellDef
          mat-sort-header
          [sortActionDescription]="'commendations.sortBy' | transloco: { column: ('commendations.columns.decision' | transloco) }"
          scope="col"
        >
          {{ 'commendations.columns.decision' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row" class="decision">
          @if (row.decisionNumber || row.decisionDate) {
            {{ row.decisionNumber }}
            <span class="sub">{{ row.decisionDate | date: 'dd/MM/yyyy' }}</span>
          } @else {
            <span class="sub">{{
              [
                'commendations.noDecision' | transloco,
                row.achievementYear ? ('commendations.achievementYearShort' | transloco: { year: row.achievementYear }) : null,
              ] | joinParts: ' · '
            }}</span>
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="createdAt">
        <th
          mat-header-cell
          *matHeaderCellDef
          mat-sort-header
          [sortActionDescription]="'commendations.sortBy' | transloco: { column: ('commendations.columns.createdAt' | transloco) }"
          scope="col"
        >
          {{ 'commendations.columns.createdAt' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row">{{ row.createdAt | date: 'dd/MM/yyyy' : '+0700' }}</td>
      </ng-container>
      <ng-container matColumnDef="status">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'commendations.columns.status' | transloco }}</th>
        <td mat-cell *matCellDef="let row"><tdkt-status-chip [status]="row.status" /></td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns()"></tr>
      <tr mat-row *matRowDef="let row; columns: columns()" [attr.data-id]="row.id"></tr>
    </table>
  `,
})
export class CommendationTable {
  readonly rows = input.required<readonly CommendationView[]>();
  readonly sort = input.required<ListSort>();
  /** Accessible name of the table. */
  readonly label = input.required<string>();
  /** Off when the user sees a single province: the column would repeat it on every row. */
  readonly showProvince = input(true);
  readonly sortChange = output<ListSort>();

  protected readonly columns = computed(() =>
    ['recipientName', 'award', 'province', 'decisionDate', 'createdAt', 'status'].filter((c) => c !== 'province' || this.showProvince()),
  );
  protected readonly active = computed(() => this.sort().replace(/^-/, ''));
  protected readonly direction = computed<SortDirection>(() => (this.sort().startsWith('-') ? 'desc' : 'asc'));

  protected sorted(sort: Sort): void {
    const wanted = sort.direction ? `${sort.direction === 'desc' ? '-' : ''}${sort.active}` : DEFAULT_SORT;
    this.sortChange.emit((LIST_SORTS as readonly string[]).includes(wanted) ? (wanted as ListSort) : DEFAULT_SORT);
  }
}

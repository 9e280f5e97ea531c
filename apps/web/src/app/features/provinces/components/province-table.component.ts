import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { ProvinceRow } from '../data/province-row';

/** Provinces with their code, kind, validity period and the unit they merged into. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, TranslocoPipe],
  selector: 'tdkt-province-table',
  styles: `
    :host {
      display: block;
      overflow-x: auto;
    }
    td {
      padding-top: 8px;
      padding-bottom: 8px;
    }
    table {
      width: 100%;
      min-width: 640px;
    }
    .code {
      width: 72px;
      font-variant-numeric: tabular-nums;
    }
    .name {
      font-weight: 500;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  template: `
    <table mat-table [dataSource]="rows()" [attr.aria-label]="label()">
      <ng-container matColumnDef="code">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'provinces.columns.code' | transloco }}</th>
        <td mat-cell *matCellDef="let row" class="code">{{ row.code }}</td>
      </ng-container>
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'provinces.columns.name' | transloco }}</th>
        <td mat-cell *matCellDef="let row" class="name">{{ row.name }}</td>
      </ng-container>
      <ng-container matColumnDef="kind">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'provinces.columns.kind' | transloco }}</th>
        <td mat-cell *matCellDef="let row">{{ 'provinces.kind.' + row.kind | transloco }}</td>
      </ng-container>
      <ng-container matColumnDef="validity">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'provinces.columns.validity' | transloco }}</th>
        <td mat-cell *matCellDef="let row">{{ row.validity.key | transloco: row.validity.params }}</td>
      </ng-container>
      <ng-container matColumnDef="successor">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'provinces.columns.successor' | transloco }}</th>
        <td mat-cell *matCellDef="let row">
          @if (row.successorCode) {
            @if (row.successorName) {
              {{ 'provinces.successor.named' | transloco: { code: row.successorCode, name: row.successorName } }}
            } @else {
              {{ 'provinces.successor.code' | transloco: { code: row.successorCode } }}
            }
          } @else {
            <span class="tdkt-visually-hidden">{{ 'provinces.successor.none' | transloco }}</span>
          }
        </td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns"></tr>
    </table>
  `,
})
export class ProvinceTable {
  readonly rows = input.required<ProvinceRow[]>();
  /** Accessible name of the table. */
  readonly label = input.required<string>();
  protected readonly columns = ['code', 'name', 'kind', 'validity', 'successor'];
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ImportRowError } from '@tdkt/shared/contracts';

/** Every problem of every row, in sheet order: the Excel row number, the column's header and the server's message. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, TranslocoPipe],
  selector: 'tdkt-row-errors-table',
  styles: `
    :host {
      display: block;
      max-height: 480px;
      overflow: auto;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
    }
    table {
      width: 100%;
      min-width: 560px;
    }
    caption {
      padding: 12px 16px 4px;
      text-align: left;
      font: var(--mat-sys-title-small);
    }
    th {
      position: sticky;
      top: 0;
      z-index: 1;
      background: var(--mat-sys-surface-container);
    }
    td {
      padding-top: 8px;
      padding-bottom: 8px;
      vertical-align: top;
    }
    .row {
      width: 72px;
      font-variant-numeric: tabular-nums;
    }
    .column {
      width: 28%;
      font-weight: 500;
    }
    .duplicate {
      display: inline-block;
      margin-right: 8px;
      padding: 0 8px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
  template: `
    <table mat-table [dataSource]="errors()">
      <caption>
        {{
          'imports.errorTable.caption' | transloco
        }}
      </caption>
      <ng-container matColumnDef="row">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'imports.errorTable.row' | transloco }}</th>
        <td mat-cell *matCellDef="let error" class="row">{{ error.row }}</td>
      </ng-container>
      <ng-container matColumnDef="column">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'imports.errorTable.column' | transloco }}</th>
        <td mat-cell *matCellDef="let error" class="column">{{ error.column }}</td>
      </ng-container>
      <ng-container matColumnDef="message">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'imports.errorTable.message' | transloco }}</th>
        <td mat-cell *matCellDef="let error">
          @if (error.code === 'DUPLICATE') {
            <span class="duplicate">{{ 'imports.errorTable.duplicate' | transloco }}</span>
          }
          {{ error.message }}
        </td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let error; columns: columns"></tr>
    </table>
  `,
})
export class RowErrorsTable {
  readonly errors = input.required<readonly ImportRowError[]>();
  protected readonly columns = ['row', 'column', 'message'];
}

import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ImportedCommendation } from '@tdkt/shared/contracts';

/** The records an import wrote, with the sheet row each came from, so the user can tick them off against the file. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatTableModule, TranslocoPipe],
  selector: 'tdkt-created-table',
  styles: `
    :host {
      display: block;
      max-height: 360px;
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
    .row {
      width: 72px;
    }
  `,
  template: `
    <table mat-table [dataSource]="rows()">
      <caption>
        {{
          'imports.import.createdCaption' | transloco
        }}
      </caption>
      <ng-container matColumnDef="row">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'imports.created.row' | transloco }}</th>
        <td mat-cell *matCellDef="let item" class="row">{{ item.row }}</td>
      </ng-container>
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'imports.created.name' | transloco }}</th>
        <td mat-cell *matCellDef="let item">{{ item.recipientName }}</td>
      </ng-container>
      <ng-container matColumnDef="decision">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'imports.created.decision' | transloco }}</th>
        <td mat-cell *matCellDef="let item">
          @if (item.decisionNumber) {
            {{ 'imports.created.decisionOf' | transloco: { number: item.decisionNumber } }}
            @if (item.decisionDate) {
              {{ 'imports.created.decisionDated' | transloco: { date: item.decisionDate | date: 'dd/MM/yyyy' } }}
            }
          } @else {
            {{ 'imports.created.noDecision' | transloco }}
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="status">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'imports.created.status' | transloco }}</th>
        <td mat-cell *matCellDef="let item">{{ 'imports.status.' + item.status | transloco }}</td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let item; columns: columns"></tr>
    </table>
  `,
})
export class CreatedTable {
  readonly rows = input.required<readonly ImportedCommendation[]>();
  protected readonly columns = ['row', 'name', 'decision', 'status'];
}

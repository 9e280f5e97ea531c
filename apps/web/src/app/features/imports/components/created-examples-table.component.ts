import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ImportedTypicalExample } from '@tdkt/shared/contracts';

/** The typical examples an import wrote, with the sheet row each came from, to tick them off against the file. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatTableModule, TranslocoPipe],
  selector: 'tdkt-created-examples-table',
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
          'imports.kinds.typicalExamples.createdCaption' | transloco
        }}
      </caption>
      <ng-container matColumnDef="row">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'imports.created.row' | transloco }}</th>
        <td mat-cell *matCellDef="let item" class="row">{{ item.row }}</td>
      </ng-container>
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'imports.created.exampleName' | transloco }}</th>
        <td mat-cell *matCellDef="let item">{{ item.name }}</td>
      </ng-container>
      <ng-container matColumnDef="kind">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'imports.created.recipientKind' | transloco }}</th>
        <td mat-cell *matCellDef="let item">{{ 'imports.recipientKind.' + item.recipientKind | transloco }}</td>
      </ng-container>
      <ng-container matColumnDef="province">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'imports.created.province' | transloco }}</th>
        <td mat-cell *matCellDef="let item">{{ item.provinceCode }}</td>
      </ng-container>
      <ng-container matColumnDef="honouredOn">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'imports.created.honouredOn' | transloco }}</th>
        <td mat-cell *matCellDef="let item">{{ item.honouredOn | date: 'dd/MM/yyyy' }}</td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let item; columns: columns"></tr>
    </table>
  `,
})
export class CreatedExamplesTable {
  readonly rows = input.required<readonly ImportedTypicalExample[]>();
  protected readonly columns = ['row', 'name', 'kind', 'province', 'honouredOn'];
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatChipsModule } from '@angular/material/chips';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AwardTypeView } from '@tdkt/shared/contracts';

/** One category of the catalogue: each award with its level, who decides it and whom it applies to. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatChipsModule, MatTableModule, TranslocoPipe],
  selector: 'tdkt-award-type-table',
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
      min-width: 720px;
    }
    .name {
      font-weight: 500;
    }
    .central {
      display: block;
      margin-top: 2px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .level {
      width: 160px;
    }
    .recipients {
      width: 160px;
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
  template: `
    <table mat-table [dataSource]="items()" [attr.aria-label]="label()">
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'awardTypes.columns.name' | transloco }}</th>
        <td mat-cell *matCellDef="let award">
          <span class="name">{{ award.name }}</span>
          @if (award.central) {
            <span class="central">{{ 'awardTypes.central' | transloco }}</span>
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="level">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'awardTypes.columns.level' | transloco }}</th>
        <td mat-cell *matCellDef="let award" class="level">
          <mat-chip-set>
            <mat-chip [class]="'tdkt-level-' + award.level">{{ 'awardTypes.level.' + award.level | transloco }}</mat-chip>
          </mat-chip-set>
        </td>
      </ng-container>
      <ng-container matColumnDef="decidedBy">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'awardTypes.columns.decidedBy' | transloco }}</th>
        <td mat-cell *matCellDef="let award">{{ award.decidedBy }}</td>
      </ng-container>
      <ng-container matColumnDef="recipients">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'awardTypes.columns.recipients' | transloco }}</th>
        <td mat-cell *matCellDef="let award" class="recipients">
          <ul>
            @for (kind of award.recipientKinds; track kind) {
              <li>{{ 'awardTypes.recipientKind.' + kind | transloco }}</li>
            }
          </ul>
        </td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let award; columns: columns"></tr>
    </table>
  `,
})
export class AwardTypeTable {
  readonly items = input.required<readonly AwardTypeView[]>();
  /** Accessible name of the table. */
  readonly label = input.required<string>();
  protected readonly columns = ['name', 'level', 'decidedBy', 'recipients'];
}

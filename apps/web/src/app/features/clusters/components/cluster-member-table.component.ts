import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatChipsModule } from '@angular/material/chips';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ClusterMemberView } from '@tdkt/shared/contracts';

/** The provinces of a cluster in one year, with the chair and vice-chair marked. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatChipsModule, MatTableModule, TranslocoPipe],
  selector: 'tdkt-cluster-member-table',
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
      min-width: 480px;
    }
    .code {
      width: 72px;
      font-variant-numeric: tabular-nums;
    }
    .role {
      width: 180px;
    }
  `,
  template: `
    <table mat-table [dataSource]="members()" [attr.aria-label]="label()">
      <ng-container matColumnDef="code">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'clusters.members.columns.code' | transloco }}</th>
        <td mat-cell *matCellDef="let member" class="code">{{ member.provinceCode }}</td>
      </ng-container>
      <ng-container matColumnDef="province">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'clusters.members.columns.province' | transloco }}</th>
        <td mat-cell *matCellDef="let member">{{ member.provinceName }}</td>
      </ng-container>
      <ng-container matColumnDef="role">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'clusters.members.columns.role' | transloco }}</th>
        <td mat-cell *matCellDef="let member" class="role">
          <mat-chip-set>
            <mat-chip [class]="'tdkt-role-' + member.role">{{ 'clusters.role.' + member.role | transloco }}</mat-chip>
          </mat-chip-set>
        </td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let member; columns: columns"></tr>
    </table>
  `,
})
export class ClusterMemberTable {
  readonly members = input.required<readonly ClusterMemberView[]>();
  /** Accessible name of the table. */
  readonly label = input.required<string>();
  protected readonly columns = ['code', 'province', 'role'];
}

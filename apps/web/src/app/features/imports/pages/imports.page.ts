import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../../../core/auth/auth.service';
import { StateMessage } from '../../../ui/state-message.component';
import { CreatedTable } from '../components/created-table.component';
import { ExportPanel } from '../components/export-panel.component';
import { FileDrop } from '../components/file-drop.component';
import { ImportProgress } from '../components/import-progress.component';
import { RowErrorsTable } from '../components/row-errors-table.component';
import { failureKey, refusalKey } from '../data/failure';
import { formatFileSize } from '../data/file-check';
import { importKind } from '../data/import-kinds';
import { ImportsStore } from '../data/imports.store';

/** Excel round trip: template, dry run, streamed import, export. Imports are for province staff; the API scopes them. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CreatedTable,
    ExportPanel,
    FileDrop,
    ImportProgress,
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    RouterLink,
    RowErrorsTable,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-imports-page',
  styleUrl: './imports.page.scss',
  templateUrl: './imports.page.html',
})
export class ImportsPage {
  protected readonly store = inject(ImportsStore);
  protected readonly canImport = inject(AuthService).hasRole('PROVINCE_STAFF');
  protected readonly failureKey = failureKey;
  protected readonly refusalKey = refusalKey;

  protected readonly refusedSize = computed(() => {
    const refused = this.store.refused();
    return refused ? formatFileSize(refused.size) : null;
  });

  /** Rows with at least one error, and duplicate rows, of the last dry run. */
  protected readonly errorRows = computed(() => {
    const errors = this.store.checked()?.errors ?? [];
    return {
      rows: new Set(errors.map((e) => e.row)).size,
      duplicates: new Set(errors.filter((e) => e.code === 'DUPLICATE').map((e) => e.row)).size,
    };
  });

  protected chooseKind(id: string): void {
    this.store.chooseKind(importKind(id));
  }
}

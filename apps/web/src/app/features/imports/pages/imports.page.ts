import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../../../core/auth/auth.service';
import { StateMessage } from '../../../ui/state-message.component';
import { CreatedExamplesTable } from '../components/created-examples-table.component';
import { CreatedTable } from '../components/created-table.component';
import { ExportPanel } from '../components/export-panel.component';
import { FileDrop } from '../components/file-drop.component';
import { ImportProgress } from '../components/import-progress.component';
import { PledgePicker } from '../components/pledge-picker.component';
import { RowErrorsTable } from '../components/row-errors-table.component';
import { failureKey, isConflict, refusalKey } from '../data/failure';
import { formatFileSize } from '../data/file-check';
import { commendationRows, pledgeCounts, replacingRows, typicalExampleRows } from '../data/imported-rows';
import { ImportsStore } from '../data/imports.store';

/**
 * Excel round trip: template, dry run, streamed import, export. Imports are for province staff; the API scopes them.
 * What is imported (`?kind=`, and for pledge results `?year=` and `?pledge=`) lives in the address, so a link can point at it.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CreatedExamplesTable,
    CreatedTable,
    ExportPanel,
    FileDrop,
    ImportProgress,
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    PledgePicker,
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
  private readonly router = inject(Router);
  protected readonly canImport = inject(AuthService).hasRole('PROVINCE_STAFF');
  protected readonly failureKey = failureKey;
  protected readonly refusalKey = refusalKey;
  protected readonly isConflict = isConflict;
  protected readonly pledgeCounts = pledgeCounts;
  protected readonly commendationRows = commendationRows;
  protected readonly typicalExampleRows = typicalExampleRows;

  private readonly query = toSignal(inject(ActivatedRoute).queryParamMap, { requireSync: true });

  /** Rows of the last dry run that would replace a pledge result entered before. */
  protected readonly replacing = computed(() => replacingRows(this.store.checked()?.valid ?? []));

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

  constructor() {
    effect(() => {
      const query = this.query();
      // Read again once an import ends: the address may have changed (back button) while it ran.
      this.store.busy();
      untracked(() => this.store.select({ kind: query.get('kind'), year: query.get('year'), pledge: query.get('pledge') }));
    });
  }

  /** Another kind: the pledge belongs to pledge results only, so it leaves the address. */
  protected chooseKind(kind: string): void {
    this.navigate({ kind, year: null, pledge: null });
  }

  protected choosePledgeYear(year: number): void {
    this.navigate({ year, pledge: null });
  }

  protected choosePledge(pledge: string): void {
    this.navigate({ pledge });
  }

  private navigate(queryParams: Record<string, string | number | null>): void {
    void this.router.navigate([], { queryParams, queryParamsHandling: 'merge' });
  }
}

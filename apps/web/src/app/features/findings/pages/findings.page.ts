import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { DecimalPipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { FindingView, RunFindingsResult } from '@tdkt/shared/contracts';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { AuthService } from '../../../core/auth/auth.service';
import { dataOf } from '../../../core/data/load-state';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { FindingCard } from '../components/finding-card.component';
import { FindingSummary } from '../components/finding-summary.component';
import { ReviewDialog, ReviewDialogData } from '../components/review-dialog.component';
import { RunDialog, RunDialogData } from '../components/run-dialog.component';
import { FindingFilters, SEVERITIES, STATUSES } from '../data/finding-filters';
import { FindingsStore } from '../data/findings.store';

const YEARS_OFFERED = 10;

/** `/findings`: the council's queue of rule-engine findings, worked through one decision at a time. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    DecimalPipe,
    FindingCard,
    FindingSummary,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatPaginatorModule,
    MatSelectModule,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-findings-page',
  styleUrl: './findings.page.scss',
  templateUrl: './findings.page.html',
})
export class FindingsPage {
  protected readonly store = inject(FindingsStore);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);

  protected readonly allowed = computed(() => this.auth.roles().some((r) => r === 'COUNCIL_REVIEWER' || r === 'ADMIN'));
  /** Only council reviewers decide; the server refuses anyone else. */
  protected readonly canReview = computed(() => this.auth.roles().includes('COUNCIL_REVIEWER'));
  protected readonly severities = SEVERITIES;
  protected readonly statuses = STATUSES;
  protected readonly currentYear = Number(todayInVietnam().slice(0, 4));
  protected readonly years = Array.from({ length: YEARS_OFFERED }, (_, i) => this.currentYear - i);
  protected readonly notice = signal<string | null>(null);

  protected readonly clusterList = computed(() => dataOf(this.store.clusters() ?? null) ?? []);
  protected readonly provinceList = computed(() => dataOf(this.store.provinces() ?? null) ?? []);
  protected readonly ruleList = computed(() => dataOf(this.store.rules() ?? null) ?? []);
  protected readonly hasFilters = computed(() => {
    const f = this.store.filters();
    return !!(f.ruleId || f.severity || f.clusterCode || f.provinceCode || f.year || f.status !== 'OPEN');
  });

  protected set<K extends keyof FindingFilters>(name: K, value: FindingFilters[K]): void {
    this.notice.set(null);
    this.store.setFilter(name, value);
  }

  /** A summary row: a cluster narrows to that cluster, a province (inside one) to that province. */
  protected chooseFromSummary(code: string): void {
    this.set(this.store.filters().clusterCode ? 'provinceCode' : 'clusterCode', code);
  }

  protected provinceLabel(code: string): string {
    return this.provinceList().find((p) => p.code === code)?.label ?? code;
  }

  protected turnPage(event: PageEvent): void {
    this.store.turnPage(event.pageIndex + 1, event.pageSize);
  }

  protected review(finding: FindingView, decision: 'CONFIRMED' | 'CLEARED'): void {
    this.dialog
      .open<ReviewDialog, ReviewDialogData, FindingView>(ReviewDialog, { data: { finding, decision }, width: '560px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) return;
        this.notice.set(
          this.transloco.translate(`findings.notice.${updated.status}`, { name: updated.recipientName, rule: updated.ruleTitle }),
        );
        this.store.reload();
      });
  }

  protected openRun(): void {
    const filters = this.store.filters();
    this.dialog
      .open<RunDialog, RunDialogData, RunFindingsResult>(RunDialog, {
        data: { clusters: this.clusterList(), clusterCode: filters.clusterCode, year: filters.year ?? this.currentYear, years: this.years },
        width: '600px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        this.notice.set(this.transloco.translate('findings.notice.run', { checked: result.checked, open: result.open }));
        this.store.reload();
      });
  }
}

import { Injectable, computed, inject, signal } from '@angular/core';
import type { CreateReportDto, ReportView } from '@tdkt/shared/contracts';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { Observable, map } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { LOADING, LoadState, loadOnChange } from '../../../core/data/load-state';
import { ReportRow, reportRows } from './report-status';
import { ReportsService } from './reports.service';

/** The reports of the chair's cluster (the council sees every cluster's), optionally of one year. */
@Injectable()
export class ReportsListStore {
  private readonly api = inject(ReportsService);
  private readonly auth = inject(AuthService);
  private readonly attempt = signal(0);
  private readonly year = signal<number | null>(null);

  readonly currentYear = Number(todayInVietnam().slice(0, 4));
  /** The cluster the user chairs; null for readers who see all clusters. */
  readonly clusterCode = computed(() => (this.auth.hasRole('CLUSTER_CHAIR') ? (this.auth.user()?.clusterCode ?? null) : null));
  readonly canCreate = computed(() => this.clusterCode() !== null);

  private readonly query = computed(() => ({ clusterCode: this.clusterCode(), year: this.year(), attempt: this.attempt() }));
  private readonly loaded = loadOnChange(this.query, (q) => this.api.list(q).pipe(map(reportRows)));
  readonly reports = computed<LoadState<ReportRow[]>>(() => this.loaded() ?? LOADING);

  selectYear(year: number | null): void {
    this.year.set(year);
  }

  retry(): void {
    this.attempt.update((n) => n + 1);
  }

  create(body: Omit<CreateReportDto, 'clusterCode'>): Observable<ReportView> {
    return this.api.create({ ...body, clusterCode: this.clusterCode() ?? '' });
  }
}

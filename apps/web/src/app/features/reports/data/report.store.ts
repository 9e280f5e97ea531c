import { Injectable, computed, inject, linkedSignal, signal } from '@angular/core';
import type { MeetingView, ReportSectionKey, ReportView } from '@tdkt/shared/contracts';
import { Observable, tap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { LOADING, LoadState, dataOf, loadOnChange } from '../../../core/data/load-state';
import { ReportsService } from './reports.service';

/** One report, the meeting it names, and whether a newer draft supersedes it; mutations replace the report in place. */
@Injectable()
export class ReportStore {
  private readonly api = inject(ReportsService);
  private readonly auth = inject(AuthService);
  private readonly id = signal<string | null>(null);
  private readonly attempt = signal(0);

  private readonly query = computed(() => {
    const id = this.id();
    return id ? { id, attempt: this.attempt() } : null;
  });
  private readonly loaded = loadOnChange(this.query, ({ id }) => this.api.get(id));
  /** The report as last answered by the server, the load or a later change. */
  readonly report = linkedSignal<ReportView | null>(() => dataOf(this.loaded()));
  readonly state = computed<LoadState<ReportView>>(() => {
    const report = this.report();
    return report ? { status: 'ready', data: report } : (this.loaded() ?? LOADING);
  });

  private readonly meetingId = computed(() => this.report()?.meetingId ?? null);
  readonly meeting = loadOnChange<string, MeetingView>(this.meetingId, (id) => this.api.meeting(id));

  private readonly supersedeQuery = computed(() => {
    const r = this.report();
    return r?.status === 'FINAL' ? `${r.clusterCode}|${r.year}` : null;
  });
  private readonly siblings = loadOnChange(this.supersedeQuery, (key) => {
    const [clusterCode, year] = key.split('|');
    return this.api.list({ clusterCode, year: Number(year) });
  });
  /** The draft that replaces this final report, if any. */
  readonly supersededBy = computed(() => dataOf(this.siblings())?.find((r) => r.supersedesId === this.id()) ?? null);

  /** Only the chair of the report's cluster changes it, and only while it is a draft. */
  readonly isChair = computed(() => {
    const user = this.auth.user();
    return !!user && user.roles.includes('CLUSTER_CHAIR') && user.clusterCode === this.report()?.clusterCode;
  });
  readonly editable = computed(() => this.isChair() && this.report()?.status === 'DRAFT');

  select(id: string): void {
    this.id.set(id);
  }

  retry(): void {
    this.attempt.update((n) => n + 1);
  }

  saveSection(key: ReportSectionKey, text: string): Observable<ReportView> {
    return this.change((r) => this.api.updateSections(r.id, r.version, [{ key, text }]));
  }

  recompute(): Observable<ReportView> {
    return this.change((r) => this.api.recompute(r.id, r.version));
  }

  finalize(): Observable<ReportView> {
    return this.change((r) => this.api.finalize(r.id, r.version));
  }

  /** A new draft of the same period; the final report stays as it is. */
  supersede(): Observable<ReportView> {
    const r = this.current();
    return this.api.create({
      clusterCode: r.clusterCode,
      year: r.year,
      period: r.period,
      ...(r.meetingId ? { meetingId: r.meetingId } : {}),
    });
  }

  private current(): ReportView {
    const report = this.report();
    if (!report) throw new Error('No report loaded');
    return report;
  }

  private change(call: (report: ReportView) => Observable<ReportView>): Observable<ReportView> {
    return call(this.current()).pipe(tap((updated) => this.report.set(updated)));
  }
}

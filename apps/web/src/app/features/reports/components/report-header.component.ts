import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MeetingView, ReportView } from '@tdkt/shared/contracts';
import type { LoadState } from '../../../core/data/load-state';
import { type ReportDisplayStatus, VIETNAM_TIME } from '../data/report-status';
import { ReportStatusLabel } from './report-status.component';

/** Who, which period, which figures, which meeting: the facts above the report. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, ReportStatusLabel, RouterLink, TranslocoPipe],
  selector: 'tdkt-report-header',
  styles: `
    dl {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 6px 16px;
      margin: 0 0 16px;
      @media (max-width: 599.98px) {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
      padding-top: 2px;
    }
    dd {
      margin: 0;
    }
  `,
  template: `
    @let r = report();
    <dl [attr.aria-label]="'reports.report.header.label' | transloco">
      <dt>{{ 'reports.report.header.cluster' | transloco }}</dt>
      <dd>{{ r.clusterName }}</dd>
      <dt>{{ 'reports.report.header.period' | transloco }}</dt>
      <dd>{{ 'reports.periodTitle.' + r.period | transloco: { year: r.year } }}</dd>
      <dt>{{ 'reports.report.header.range' | transloco }}</dt>
      <dd>
        {{ 'reports.report.header.rangeValue' | transloco: { from: (r.from | date: 'dd/MM/yyyy'), to: (r.to | date: 'dd/MM/yyyy') } }}
      </dd>
      @if (r.cutoffDate) {
        <dt>{{ 'reports.report.header.cutoff' | transloco }}</dt>
        <dd>{{ r.cutoffDate | date: 'dd/MM/yyyy' }}</dd>
      }
      <dt>{{ 'reports.report.header.status' | transloco }}</dt>
      <dd><tdkt-report-status [status]="status()" /></dd>
      <dt>{{ 'reports.report.header.meeting' | transloco }}</dt>
      <dd data-fact="meeting">
        @let m = meeting();
        @if (!r.meetingId) {
          {{ 'reports.report.header.noMeeting' | transloco }}
        } @else if (m && m.status === 'ready') {
          {{
            'reports.report.header.meetingValue'
              | transloco
                : { date: (m.data.date | date: 'dd/MM/yyyy'), place: m.data.place || m.data.hostProvinceName, chair: m.data.chairName }
          }}
        } @else if (m?.status === 'error') {
          {{ 'reports.report.header.meetingUnavailable' | transloco }}
        } @else {
          {{ 'reports.report.header.meetingLoading' | transloco }}
        }
      </dd>
      <dt>{{ 'reports.report.header.computedAt' | transloco }}</dt>
      <dd>{{ r.computedAt | date: 'HH:mm dd/MM/yyyy' : vietnamTime }}</dd>
      @if (r.finalizedAt) {
        <dt>{{ 'reports.report.header.finalizedAt' | transloco }}</dt>
        <dd>{{ r.finalizedAt | date: 'HH:mm dd/MM/yyyy' : vietnamTime }}</dd>
      }
      @if (r.supersedesId) {
        <dt>{{ 'reports.report.header.supersedes' | transloco }}</dt>
        <dd>
          <a [routerLink]="['/reports', r.supersedesId]">{{ 'reports.report.header.supersedesLink' | transloco }}</a>
        </dd>
      }
    </dl>
  `,
})
export class ReportHeader {
  readonly report = input.required<ReportView>();
  readonly status = input.required<ReportDisplayStatus>();
  readonly meeting = input<LoadState<MeetingView> | null>(null);
  protected readonly vietnamTime = VIETNAM_TIME;
}

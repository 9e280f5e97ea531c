import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ReportDisplayStatus } from '../data/report-status';

/** Draft, final or superseded, as a label whose colour is never the only cue (the text says it). */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
  selector: 'tdkt-report-status',
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      border: 1px solid currentColor;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    :host(.DRAFT) {
      color: #7a4100;
      background: #fff3e0;
    }
    :host(.FINAL) {
      color: #1b5e20;
      background: #e8f5e9;
    }
    :host(.SUPERSEDED) {
      color: #424242;
      background: #f2f2f2;
    }
  `,
  template: `{{ 'reports.status.' + status() | transloco }}`,
  host: { '[class]': 'status()' },
})
export class ReportStatusLabel {
  readonly status = input.required<ReportDisplayStatus>();
}

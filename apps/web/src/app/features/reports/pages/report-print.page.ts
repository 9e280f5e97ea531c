import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { dataOf } from '../../../core/data/load-state';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { DOCUMENT_TEXT, printDocument } from '../data/print-document';
import { ReportStore } from '../data/report.store';

/**
 * `/reports/:id/print`: the report on an A4 sheet that the browser prints or saves as PDF.
 * Not encapsulated, because printing must also hide the app shell around the page (toolbar, navigation);
 * every rule is scoped to this page's host class (rp-page), so nothing applies once the page is left.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  imports: [ApiErrorMessage, MatButtonModule, MatIconModule, RouterLink, StateMessage, TranslocoPipe],
  selector: 'tdkt-report-print-page',
  styleUrl: './report-print.page.scss',
  templateUrl: './report-print.page.html',
  host: { class: 'rp-page' },
})
export class ReportPrintPage {
  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly store = inject(ReportStore);
  private readonly document = inject(DOCUMENT);
  protected readonly text = DOCUMENT_TEXT;

  protected readonly doc = computed(() => {
    const report = this.store.report();
    // The signer is the meeting's chair: wait for the meeting rather than print a blank name.
    const meeting = this.store.meeting();
    if (!report || (report.meetingId && meeting?.status === 'loading')) return null;
    return printDocument(report, dataOf(meeting));
  });

  constructor() {
    effect(() => this.store.select(this.id()));
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}

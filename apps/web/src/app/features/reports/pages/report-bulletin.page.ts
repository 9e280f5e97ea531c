import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { BulletinView } from '@tdkt/shared/contracts';
import { LOADING, LoadState, loadOnChange } from '../../../core/data/load-state';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { ReportsService } from '../data/reports.service';

/** A news item's paragraphs; the date line under the title (dd/MM/yyyy) is set apart as in the source article. */
export function bulletinParagraphs(body: string): { dateLine: string | null; paragraphs: string[] } {
  const parts = body
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  const dateLine = parts.length && /^\d{2}\/\d{2}\/\d{4}$/.test(parts[0]) ? parts[0] : null;
  return { dateLine, paragraphs: dateLine ? parts.slice(1) : parts };
}

/** `/reports/:id/bulletin`: the draft news item about the meeting, readable and ready to copy. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ApiErrorMessage, MatButtonModule, MatIconModule, RouterLink, StateMessage, TranslocoPipe],
  selector: 'tdkt-report-bulletin-page',
  styleUrl: './report-bulletin.page.scss',
  templateUrl: './report-bulletin.page.html',
})
export class ReportBulletinPage {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly api = inject(ReportsService);
  private readonly document = inject(DOCUMENT);
  private readonly transloco = inject(TranslocoService);
  private readonly attempt = signal(0);
  /** Set from the route parameter once it is bound. */
  private readonly reportId = signal<string | null>(null);

  private readonly query = computed(() => {
    const id = this.reportId();
    return id ? { id, attempt: this.attempt() } : null;
  });
  private readonly loaded = loadOnChange(this.query, ({ id }) => this.api.bulletin(id));
  protected readonly bulletin = computed<LoadState<BulletinView>>(() => this.loaded() ?? LOADING);
  protected readonly parts = computed(() => {
    const b = this.bulletin();
    return b.status === 'ready' ? bulletinParagraphs(b.data.body) : null;
  });
  protected readonly copyState = signal<'idle' | 'copied' | 'failed'>('idle');

  constructor() {
    effect(() => {
      this.reportId.set(this.id());
      this.copyState.set('idle');
    });
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }

  protected async copy(b: BulletinView): Promise<void> {
    const clipboard = this.document.defaultView?.navigator.clipboard;
    try {
      if (!clipboard) throw new Error('No clipboard');
      await clipboard.writeText(`${b.title}\n\n${b.body}`);
      this.copyState.set('copied');
    } catch {
      this.copyState.set('failed');
    }
  }

  protected message(): string {
    const state = this.copyState();
    return state === 'idle' ? '' : this.transloco.translate(state === 'copied' ? 'reports.bulletin.copied' : 'reports.bulletin.copyFailed');
  }
}

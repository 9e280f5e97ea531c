import { DatePipe, DecimalPipe, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { dataOf } from '../../../core/data/load-state';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { PledgeResultsGrid } from '../components/pledge-results-grid.component';
import { PledgeSummary } from '../components/pledge-summary.component';
import { RefusalBanner } from '../../../ui/refusal-banner.component';
import { PledgeDetailStore } from '../data/pledge-detail.store';
import { GridSave } from '../data/pledge-grid';

/** `/pledges/:id`: the criteria, the officer's results grid and, for the chair, every member's results. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    DatePipe,
    DecimalPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    MatTabsModule,
    NgTemplateOutlet,
    PledgeResultsGrid,
    PledgeSummary,
    RefusalBanner,
    RouterLink,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-pledge-detail-page',
  styleUrl: './pledge-detail.page.scss',
  templateUrl: './pledge-detail.page.html',
})
export class PledgeDetailPage {
  protected readonly store = inject(PledgeDetailStore);
  private readonly grid = viewChild<PledgeResultsGrid>('ownGrid');

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly refusal = signal<{ error: ApiError; messages: string[] } | null>(null);
  /** The member province the chair is looking at. */
  protected readonly chosen = signal<string | null>(null);

  protected readonly context = computed(() => dataOf(this.store.state()));
  protected readonly viewed = computed(() => {
    const members = this.context()?.members ?? [];
    // A chair who also enters their own province's results sees it in the other tab: start with another member.
    const first = this.store.canEnter() ? members.find((m) => m.provinceCode !== this.store.ownMember()?.provinceCode) : undefined;
    return members.find((m) => m.provinceCode === this.chosen()) ?? first ?? members.at(0) ?? null;
  });

  protected readonly viewedResults = computed(() => this.store.resultsOf(this.viewed()?.provinceCode ?? null));

  constructor() {
    effect(() => this.store.id.set(this.id()));
  }

  protected onSave(pledgeId: string, body: GridSave): void {
    this.saving.set(true);
    this.saved.set(false);
    this.refusal.set(null);
    this.store.save(pledgeId, body.items).subscribe({
      next: () => {
        this.saving.set(false);
        this.saved.set(true);
      },
      error: (raw: unknown) => {
        const error = toApiError(raw);
        this.saving.set(false);
        const messages = this.grid()?.showServerErrors(error) ?? [];
        this.refusal.set({ error, messages: error.fieldErrors.length ? messages : [] });
      },
    });
  }
}

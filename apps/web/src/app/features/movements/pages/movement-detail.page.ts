import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { MovementResultDto, MovementView } from '@tdkt/shared/contracts';
import { filter, switchMap } from 'rxjs';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { confirmStep } from '../../../ui/confirm-dialog.component';
import { StateMessage } from '../../../ui/state-message.component';
import { MovementResultEntry } from '../components/movement-result-entry.component';
import { MovementResultsTable } from '../components/movement-results-table.component';
import { RefusalBanner } from '../../../ui/refusal-banner.component';
import { MovementDetailStore } from '../data/movement-detail.store';

/** `/movements/:id`: the movement, the provinces' results, and the officer's own result entry. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    DatePipe,
    MatButtonModule,
    MatIconModule,
    MovementResultEntry,
    MovementResultsTable,
    RefusalBanner,
    RouterLink,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-movement-detail-page',
  styleUrl: './movement-detail.page.scss',
  templateUrl: './movement-detail.page.html',
})
export class MovementDetailPage {
  protected readonly store = inject(MovementDetailStore);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly entry = viewChild(MovementResultEntry);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly refusal = signal<{ error: ApiError; messages: string[] } | null>(null);
  protected readonly deleteRefusal = signal<ApiError | null>(null);
  /** The DELETE is on its way: a second click must not send another. */
  protected readonly deleting = signal(false);

  constructor() {
    effect(() => this.store.id.set(this.id()));
  }

  protected saveResult(movementId: string, items: MovementResultDto[]): void {
    this.saving.set(true);
    this.saved.set(false);
    this.refusal.set(null);
    this.store.saveResults(movementId, items).subscribe({
      next: () => {
        this.saving.set(false);
        this.saved.set(true);
      },
      error: (raw: unknown) => {
        const error = toApiError(raw);
        this.saving.set(false);
        const messages = this.entry()?.showServerErrors(error) ?? [];
        this.refusal.set({ error, messages: error.fieldErrors.length ? messages : [] });
      },
    });
  }

  protected remove(movement: MovementView): void {
    if (this.deleting()) return;
    const t = (key: string, params?: Record<string, string>): string => this.transloco.translate(`movements.delete.${key}`, params);
    this.deleteRefusal.set(null);
    confirmStep(this.dialog, {
      title: t('title'),
      message: t('message', { name: movement.name }),
      confirm: t('confirm'),
      cancel: t('cancel'),
      danger: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.deleting.set(true);
          return this.store.remove(movement.id);
        }),
      )
      .subscribe({
        // Stays disabled on success: the page is on its way out.
        next: () => void this.router.navigate(['/movements']),
        error: (raw: unknown) => {
          this.deleting.set(false);
          this.deleteRefusal.set(toApiError(raw));
        },
      });
  }
}

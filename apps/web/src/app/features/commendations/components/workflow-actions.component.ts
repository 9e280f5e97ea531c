import { ChangeDetectionStrategy, Component, DestroyRef, Injector, computed, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CommendationView } from '@tdkt/shared/contracts';
import type { WorkflowAction } from '@tdkt/shared/domain';
import type { UserRole } from '../../../core/auth/auth.models';
import { CommendationsService } from '../data/commendations.service';
import { actionsFor, isCentralLevel } from '../data/workflow';
import { openWorkflowStep } from './workflow-dialog.component';

const ICONS: Record<WorkflowAction, string> = { submit: 'send', approve: 'check', return: 'undo', revoke: 'cancel' };

/** The workflow steps the user may take on a record now; each asks what it needs, then reports the updated record. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  selector: 'tdkt-workflow-actions',
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    :host(:empty) {
      display: none;
    }
    .revoke {
      --mat-button-outlined-label-text-color: var(--mat-sys-error);
    }
  `,
  template: `
    @for (action of actions(); track action) {
      <button
        type="button"
        [attr.data-action]="action"
        [class.revoke]="action === 'revoke'"
        [matButton]="action === 'revoke' || action === 'return' ? 'outlined' : 'filled'"
        (click)="run(action)"
      >
        <mat-icon [svgIcon]="icons[action]" aria-hidden="true" />
        {{ 'commendations.workflow.' + wordingOf(action) + '.button' | transloco }}
      </button>
    }
  `,
})
export class WorkflowActions {
  readonly record = input.required<CommendationView>();
  readonly roles = input.required<readonly UserRole[]>();
  /** The record after a step the server accepted. */
  readonly changed = output<CommendationView>();

  private readonly api = inject(CommendationsService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly icons = ICONS;
  protected readonly actions = computed(() => actionsFor(this.record(), this.roles()));

  /** A province approving its own award records a decision already taken: it is worded so. */
  protected wordingOf(action: WorkflowAction): string {
    return action === 'approve' && !isCentralLevel(this.record().level) ? 'record' : action;
  }

  protected run(action: WorkflowAction): void {
    const record = this.record();
    openWorkflowStep(this.dialog, this.injector, {
      action,
      wording: this.wordingOf(action),
      record,
      run: (payload) => this.api.transition(record.id, action, record.version, payload),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((updated) => {
        if (updated) this.changed.emit(updated);
      });
  }
}

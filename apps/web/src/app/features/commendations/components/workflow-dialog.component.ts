import { ChangeDetectionStrategy, Component, DestroyRef, Injector, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CommendationView } from '@tdkt/shared/contracts';
import type { WorkflowAction } from '@tdkt/shared/domain';
import { Observable } from 'rxjs';
import { toIsoDate } from '../../../core/dates/iso-date';
import { applyServerErrors, serverErrorOf } from '../../../core/forms/server-errors';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { WorkflowPayload } from '../data/commendations.service';
import { MAX, decisionNumberFormat, notInFuture, requiredText } from '../data/field-rules';

export interface WorkflowDialogData {
  readonly action: WorkflowAction;
  /** Which wording: the action's own, or "record" for a province entering its own decision. */
  readonly wording?: string;
  readonly record: Pick<CommendationView, 'awardTypeName' | 'provinceName' | 'recipientName'>;
  /** Sends the step; the dialog stays open with the server's refusal so nothing typed is lost. */
  readonly run: (payload: WorkflowPayload) => Observable<CommendationView>;
}

/** What each step asks for: approve needs the decision, return and revoke a reason, submit only a confirmation. */
const NEEDS: Record<WorkflowAction, 'decision' | 'reason' | null> = {
  submit: null,
  approve: 'decision',
  return: 'reason',
  revoke: 'reason',
};

/** One workflow step: asks what it needs, sends it, and closes with the updated record. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatDatepickerModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  selector: 'tdkt-workflow-dialog',
  styles: `
    form {
      min-width: min(480px, 80vw);
    }
    mat-dialog-content {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .record {
      margin: 0 0 16px;
    }
    .record strong {
      display: block;
    }
    .refusal {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      padding: 12px;
      margin: 0 0 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .refusal p {
      margin: 0;
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  template: `
    <h2 mat-dialog-title>{{ 'commendations.workflow.' + wording + '.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="send()" novalidate>
      <mat-dialog-content>
        <p class="record">
          <strong>{{ data.record.recipientName }}</strong>
          {{ data.record.awardTypeName }} · {{ data.record.provinceName }}
        </p>
        <p>{{ 'commendations.workflow.' + wording + '.message' | transloco }}</p>
        @if (refusal(); as refusal) {
          <div class="refusal" role="alert">
            <mat-icon svgIcon="error" aria-hidden="true" />
            <p>{{ refusal.text ?? (refusal.key | transloco: { status: refusal.status }) }}</p>
          </div>
        }
        @if (needs === 'decision') {
          <mat-form-field>
            <mat-label>{{ 'commendations.fields.decisionNumber' | transloco }}</mat-label>
            <input
              matInput
              formControlName="decisionNumber"
              required
              [maxlength]="max.decisionNumber"
              autocomplete="off"
              data-field="decisionNumber"
            />
            <mat-hint>{{ 'commendations.hints.decisionNumber' | transloco }}</mat-hint>
            <mat-error>{{ errorOf('decisionNumber') | transloco: { max: max.decisionNumber } }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'commendations.fields.decisionDate' | transloco }}</mat-label>
            <input matInput [matDatepicker]="picker" formControlName="decisionDate" required data-field="decisionDate" />
            <mat-datepicker-toggle matIconSuffix [for]="picker" />
            <mat-datepicker #picker />
            <mat-hint>{{ 'commendations.hints.date' | transloco }}</mat-hint>
            <mat-error>{{ errorOf('decisionDate') | transloco }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'commendations.fields.decidingAuthority' | transloco }}</mat-label>
            <input
              matInput
              formControlName="decidingAuthority"
              required
              [maxlength]="max.decidingAuthority"
              data-field="decidingAuthority"
            />
            <mat-hint>{{ 'commendations.hints.decidingAuthority' | transloco }}</mat-hint>
            <mat-error>{{ errorOf('decidingAuthority') | transloco: { max: max.decidingAuthority } }}</mat-error>
          </mat-form-field>
        }
        @if (needs === 'reason') {
          <mat-form-field>
            <mat-label>{{ 'commendations.workflow.' + wording + '.reason' | transloco }}</mat-label>
            <textarea matInput formControlName="reason" required rows="4" [maxlength]="max.reason" data-field="reason"></textarea>
            <mat-hint>{{ 'commendations.workflow.reasonHint' | transloco }}</mat-hint>
            <mat-error>{{ errorOf('reason') | transloco: { max: max.reason } }}</mat-error>
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="pending()">{{ 'commendations.workflow.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [class.danger]="data.action === 'revoke'" [disabled]="pending()" data-action="confirm">
          {{ 'commendations.workflow.' + wording + '.confirm' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class WorkflowDialog {
  protected readonly data = inject<WorkflowDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<WorkflowDialog, CommendationView>>(MatDialogRef);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly needs = NEEDS[this.data.action];
  protected readonly wording = this.data.wording ?? this.data.action;
  protected readonly max = MAX;
  protected readonly pending = signal(false);
  /** A refusal no field can show: the server's words, or our explanation of the failure. */
  protected readonly refusal = signal<{ text: string | null; key: string; status: number } | null>(null);

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    decisionNumber: ['', this.needs === 'decision' ? [requiredText, Validators.maxLength(MAX.decisionNumber), decisionNumberFormat] : []],
    decisionDate: this.fb.control<Date | null>(null, this.needs === 'decision' ? [Validators.required, notInFuture] : []),
    decidingAuthority: ['', this.needs === 'decision' ? [requiredText, Validators.maxLength(MAX.decidingAuthority)] : []],
    reason: ['', this.needs === 'reason' ? [requiredText, Validators.maxLength(MAX.reason)] : []],
  });

  /** Translation key (or the server's own words) of the first problem of a field. */
  protected errorOf(name: keyof typeof this.form.controls): string {
    const control = this.form.controls[name];
    const server = serverErrorOf(control);
    if (server) return server;
    if (control.hasError('matDatepickerParse')) return 'commendations.errors.date';
    if (control.hasError('required')) return name === 'reason' ? 'commendations.errors.reasonRequired' : 'commendations.errors.required';
    if (control.hasError('maxlength')) return 'commendations.errors.maxLength';
    if (control.hasError('decisionNumberFormat')) return 'commendations.errors.decisionNumberFormat';
    if (control.hasError('future')) return 'commendations.errors.future';
    return '';
  }

  protected send(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    const payload: WorkflowPayload =
      this.needs === 'decision'
        ? {
            decisionNumber: value.decisionNumber.trim(),
            decisionDate: value.decisionDate ? toIsoDate(value.decisionDate) : '',
            decidingAuthority: value.decidingAuthority.trim(),
          }
        : this.needs === 'reason'
          ? { reason: value.reason.trim() }
          : {};
    this.pending.set(true);
    this.refusal.set(null);
    this.data
      .run(payload)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (record) => this.ref.close(record),
        error: (error: unknown) => {
          this.pending.set(false);
          this.refuse(toApiError(error));
        },
      });
  }

  private refuse(error: ApiError): void {
    const unplaced = applyServerErrors(this.form, error);
    if (unplaced.length) this.refusal.set({ text: unplaced.join(' '), key: error.messageKey, status: error.status });
    else this.refusal.set(error.fieldErrors.length ? null : { text: null, key: error.messageKey, status: error.status });
  }
}

/** Opens the step's dialog under the caller's injector (so its translation scope applies); emits the updated record, or undefined if cancelled. */
export function openWorkflowStep(
  dialog: MatDialog,
  injector: Injector,
  data: WorkflowDialogData,
): Observable<CommendationView | undefined> {
  return dialog
    .open<WorkflowDialog, WorkflowDialogData, CommendationView>(WorkflowDialog, {
      data,
      injector,
      autoFocus: data.action === 'submit' ? 'dialog' : 'first-tabbable',
      role: data.action === 'revoke' ? 'alertdialog' : 'dialog',
      maxWidth: '640px',
    })
    .afterClosed();
}

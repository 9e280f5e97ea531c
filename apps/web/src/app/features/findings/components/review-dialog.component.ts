import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { FindingView } from '@tdkt/shared/contracts';
import { applyServerErrors, serverErrorOf } from '../../../core/forms/server-errors';
import { toApiError } from '../../../core/http/api-error';
import { FindingsService } from '../data/findings.service';

export interface ReviewDialogData {
  readonly finding: FindingView;
  /** CONFIRMED: the problem stands; CLEARED: it does not. */
  readonly decision: 'CONFIRMED' | 'CLEARED';
}

/** A reviewer's decision on a finding, always with a reason; the server's refusal stays in the dialog with the text typed. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  selector: 'tdkt-review-dialog',
  styles: `
    .finding {
      margin: 0 0 16px;
      max-width: 60ch;
    }
    mat-form-field {
      width: 100%;
    }
    .banner {
      margin: 0 0 12px;
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  template: `
    <h2 mat-dialog-title>{{ 'findings.review.' + data.decision + '.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p class="finding">
          <strong>{{ data.finding.recipientName }}</strong> — {{ data.finding.ruleTitle }}
        </p>
        @for (message of banner(); track $index) {
          <p class="banner" role="alert">{{ message }}</p>
        }
        <mat-form-field>
          <mat-label>{{ 'findings.review.comment' | transloco }}</mat-label>
          <textarea matInput formControlName="comment" rows="4" maxlength="2000" data-field="comment"></textarea>
          <mat-hint>{{ 'findings.review.' + data.decision + '.hint' | transloco }}</mat-hint>
          @if (form.controls.comment.hasError('required')) {
            <mat-error>{{ 'findings.review.commentRequired' | transloco }}</mat-error>
          } @else if (serverError(); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()">{{ 'findings.review.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [class.danger]="data.decision === 'CONFIRMED'" [disabled]="saving()">
          {{ 'findings.review.' + data.decision + '.submit' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class ReviewDialog {
  protected readonly data = inject<ReviewDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(FindingsService);
  private readonly transloco = inject(TranslocoService);
  private readonly ref = inject<MatDialogRef<ReviewDialog, FindingView>>(MatDialogRef);

  protected readonly form = new FormGroup({
    comment: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000), blankIsMissing] }),
  });
  protected readonly saving = signal(false);
  protected readonly banner = signal<string[]>([]);

  protected serverError(): string | null {
    return serverErrorOf(this.form.controls.comment);
  }

  protected save(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.banner.set([]);
    const { finding, decision } = this.data;
    this.api
      .review(finding.id, { comment: this.form.controls.comment.value.trim(), status: decision, version: finding.version })
      .subscribe({
        next: (updated) => this.ref.close(updated),
        error: (error: unknown) => {
          this.saving.set(false);
          const apiError = toApiError(error);
          const unplaced = applyServerErrors(this.form, apiError);
          // A network failure carries no server text: say what happened in the app's words.
          const fallback = apiError.fieldErrors.length ? [] : [this.transloco.translate(apiError.messageKey, { status: apiError.status })];
          this.banner.set(unplaced.length ? unplaced : fallback);
        },
      });
  }
}

/** Only spaces is no reason: reported as "required". */
function blankIsMissing(control: AbstractControl<string>): { required: true } | null {
  return typeof control.value === 'string' && control.value && !control.value.trim() ? { required: true } : null;
}

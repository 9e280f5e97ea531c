import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { Observable, map } from 'rxjs';

/** Already-translated texts of a confirmation. */
export interface ConfirmData {
  readonly title: string;
  readonly message: string;
  readonly confirm: string;
  readonly cancel: string;
  /** A destructive or irreversible step: the confirm button is drawn as a warning. */
  readonly danger?: boolean;
}

/** Asks before an irreversible step (finalize, lock, revoke); focus starts on Cancel, and Esc and Cancel answer no. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule],
  selector: 'tdkt-confirm-dialog',
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content
      ><p class="message">{{ data.message }}</p></mat-dialog-content
    >
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>{{ data.cancel }}</button>
      <button mat-flat-button type="button" [class.danger]="data.danger" [mat-dialog-close]="true">{{ data.confirm }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .message {
      white-space: pre-line;
      max-width: 60ch;
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmData>(MAT_DIALOG_DATA);
}

/** Opens the confirmation and emits true only when the user confirms. */
export function confirmStep(dialog: MatDialog, data: ConfirmData): Observable<boolean> {
  return dialog
    .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, { data, role: 'alertdialog' })
    .afterClosed()
    .pipe(map((answer) => answer === true));
}

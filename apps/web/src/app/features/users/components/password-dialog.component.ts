import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { UserView } from '@tdkt/shared/contracts';
import { applyServerErrors, serverErrorOf } from '../../../core/forms/server-errors';
import { errorMessage, toApiError } from '../../../core/http/api-error';
import { PASSWORD_MIN_LENGTH, generatePassword, localizeUserErrors, passwordValidators } from '../data/user-form';
import { UsersService } from '../data/users.service';
import { serverWord } from './user-form-dialog.component';

/**
 * Sets a new password the administrator types or has generated (the API takes the password; it never makes one).
 * Saving also lifts a lock after failed sign-ins and ends the account's open sessions. The password shows once.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatIconModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  selector: 'tdkt-password-dialog',
  styles: `
    mat-form-field {
      width: 100%;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 8px;
    }
    .row mat-form-field {
      flex: 1 1 260px;
    }
    .row button {
      margin-top: 8px;
    }
    .banner {
      margin: 0 0 12px;
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .secret {
      display: block;
      margin: 12px 0;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container-high);
      font: 500 1.25rem/1.4 monospace;
      letter-spacing: 0.05em;
      word-break: break-all;
    }
    p {
      max-width: 60ch;
    }
  `,
  template: `
    <h2 mat-dialog-title>{{ 'users.password.title' | transloco: { username: data.username } }}</h2>
    @if (done(); as password) {
      <mat-dialog-content>
        <p role="status">{{ 'users.password.done' | transloco: { name: data.fullName } }}</p>
        <code class="secret" data-field="newPassword">{{ password }}</code>
        <p>{{ 'users.password.onceOnly' | transloco }}</p>
        @if (copied()) {
          <p role="status">{{ 'users.password.copied' | transloco }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="copy(password)">
          {{ 'users.password.copy' | transloco }}
        </button>
        <button mat-flat-button type="button" [mat-dialog-close]="true">{{ 'users.password.close' | transloco }}</button>
      </mat-dialog-actions>
    } @else {
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-dialog-content>
          <p>{{ 'users.password.explain' | transloco }}</p>
          @if (data.lockedUntil) {
            <p>{{ 'users.password.unlocks' | transloco }}</p>
          }
          @for (message of banner(); track $index) {
            <p class="banner" role="alert">{{ message }}</p>
          }
          <div class="row">
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'users.password.label' | transloco }}</mat-label>
              <input
                matInput
                formControlName="password"
                type="text"
                autocomplete="new-password"
                maxlength="200"
                data-field="password"
                spellcheck="false"
              />
              <mat-hint>{{ 'users.form.passwordHint' | transloco: { min: minLength } }}</mat-hint>
              <mat-error>{{ error() }}</mat-error>
            </mat-form-field>
            <button mat-stroked-button type="button" (click)="suggest()">
              <mat-icon svgIcon="key" aria-hidden="true" />
              {{ 'users.form.generate' | transloco }}
            </button>
          </div>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close [disabled]="saving()">{{ 'users.form.cancel' | transloco }}</button>
          <button mat-flat-button type="submit" [disabled]="saving()">{{ 'users.password.submit' | transloco }}</button>
        </mat-dialog-actions>
      </form>
    }
  `,
})
export class PasswordDialog {
  protected readonly data = inject<UserView>(MAT_DIALOG_DATA);
  private readonly api = inject(UsersService);
  private readonly transloco = inject(TranslocoService);

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = new FormGroup({ password: new FormControl('', { nonNullable: true, validators: passwordValidators }) });
  protected readonly saving = signal(false);
  protected readonly banner = signal<string[]>([]);
  protected readonly done = signal<string | null>(null);
  protected readonly copied = signal(false);

  protected error(): string {
    const control = this.form.controls.password;
    const server = serverErrorOf(control);
    if (server) return server;
    const e = control.errors ?? {};
    const key = e['required'] ? 'required' : e['minlength'] ? 'minlength' : e['maxlength'] ? 'maxlength' : null;
    return key ? this.transloco.translate(`users.errors.password.${key}`, { min: PASSWORD_MIN_LENGTH }) : '';
  }

  protected suggest(): void {
    this.form.controls.password.setValue(generatePassword());
    this.form.controls.password.markAsTouched();
  }

  protected save(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    const password = this.form.controls.password.value;
    this.saving.set(true);
    this.banner.set([]);
    this.api.update(this.data.id, { password, version: this.data.version }).subscribe({
      next: () => {
        this.saving.set(false);
        this.done.set(password);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = localizeUserErrors(toApiError(error), (field, code) => serverWord(this.transloco, field, code));
        const unplaced = applyServerErrors(this.form, apiError);
        const fallback = apiError.fieldErrors.length ? [] : [errorMessage(apiError, this.transloco)];
        this.banner.set(unplaced.length ? unplaced : fallback);
      },
    });
  }

  protected copy(password: string): void {
    void navigator.clipboard?.writeText(password).then(() => this.copied.set(true));
  }
}

import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { applyServerErrors, serverErrorOf } from '../../../core/forms/server-errors';
import { ApiError, errorMessage, toApiError } from '../../../core/http/api-error';
import { AccountService } from '../data/account.service';

export const NEW_PASSWORD_MIN_LENGTH = 12;

/** The repeated password must equal the new one. */
function sameAsNew(group: AbstractControl): ValidationErrors | null {
  const form = group as FormGroup<{ newPassword: FormControl<string>; confirmPassword: FormControl<string> }>;
  const confirm = form.controls.confirmPassword;
  if (!confirm.value || confirm.value === form.controls.newPassword.value) return null;
  return { mismatch: true };
}

/** Server error codes the page words itself, so the English interface is not answered in Vietnamese. */
const SERVER_CODES: Record<string, string> = {
  wrongPassword: 'account.password.errors.wrong',
  sameAsCurrent: 'account.password.errors.same',
};

/**
 * The signed-in user changes their own password: the current one proves it is them. On success every other
 * session of the account ends (another browser, a forgotten computer); this one goes on.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCardModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  selector: 'tdkt-change-password-page',
  styles: `
    :host {
      display: block;
      padding: 16px;
    }
    mat-card {
      max-width: 560px;
    }
    mat-form-field {
      display: block;
      width: 100%;
    }
    .banner,
    .done {
      margin: 0 0 12px;
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small);
    }
    .banner {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .done {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    p {
      max-width: 60ch;
    }
  `,
  template: `
    <h1>{{ 'account.password.title' | transloco }}</h1>
    <mat-card appearance="outlined">
      <mat-card-content>
        <p>{{ 'account.password.explain' | transloco }}</p>
        @if (done()) {
          <p class="done" role="status" data-region="password-changed">{{ 'account.password.done' | transloco }}</p>
        }
        @for (message of banner(); track $index) {
          <p class="banner" role="alert">{{ message }}</p>
        }
        <form [formGroup]="form" (ngSubmit)="save()" novalidate>
          <mat-form-field>
            <mat-label>{{ 'account.password.current' | transloco }}</mat-label>
            <input
              matInput
              type="password"
              formControlName="currentPassword"
              autocomplete="current-password"
              maxlength="200"
              data-field="currentPassword"
            />
            <mat-error>{{ errorOf('currentPassword') }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'account.password.new' | transloco }}</mat-label>
            <input
              matInput
              type="password"
              formControlName="newPassword"
              autocomplete="new-password"
              maxlength="200"
              data-field="newPassword"
            />
            <mat-hint>{{ 'account.password.hint' | transloco: { min: minLength } }}</mat-hint>
            <mat-error>{{ errorOf('newPassword') }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'account.password.confirm' | transloco }}</mat-label>
            <input
              matInput
              type="password"
              formControlName="confirmPassword"
              autocomplete="new-password"
              maxlength="200"
              data-field="confirmPassword"
            />
            <mat-error>{{ errorOf('confirmPassword') }}</mat-error>
          </mat-form-field>
          <button mat-flat-button type="submit" data-action="change-password" [disabled]="saving()">
            {{ (saving() ? 'account.password.saving' : 'account.password.submit') | transloco }}
          </button>
        </form>
      </mat-card-content>
    </mat-card>
  `,
})
export class ChangePasswordPage {
  private readonly api = inject(AccountService);
  private readonly transloco = inject(TranslocoService);

  protected readonly minLength = NEW_PASSWORD_MIN_LENGTH;
  protected readonly form = new FormGroup(
    {
      currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
      newPassword: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.minLength(NEW_PASSWORD_MIN_LENGTH), Validators.maxLength(200)],
      }),
      confirmPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    },
    { validators: sameAsNew },
  );
  protected readonly saving = signal(false);
  protected readonly done = signal(false);
  protected readonly banner = signal<string[]>([]);

  protected errorOf(name: 'currentPassword' | 'newPassword' | 'confirmPassword'): string {
    const control = this.form.controls[name];
    const server = serverErrorOf(control);
    if (server) return server;
    const e = control.errors ?? {};
    if (e['required']) return this.transloco.translate('account.password.errors.required');
    if (e['minlength']) return this.transloco.translate('account.password.errors.minlength', { min: NEW_PASSWORD_MIN_LENGTH });
    if (e['maxlength']) return this.transloco.translate('account.password.errors.maxlength');
    if (e['mismatch']) return this.transloco.translate('account.password.errors.mismatch');
    return '';
  }

  protected save(): void {
    this.syncMismatch();
    this.form.markAllAsTouched();
    this.done.set(false);
    if (this.form.invalid || this.saving()) return;
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.saving.set(true);
    this.banner.set([]);
    this.api.changePassword({ currentPassword, newPassword }).subscribe({
      next: () => {
        this.saving.set(false);
        this.form.reset();
        this.done.set(true);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = this.localize(toApiError(error));
        const unplaced = applyServerErrors(this.form, apiError);
        this.banner.set(unplaced.length || apiError.fieldErrors.length ? unplaced : [errorMessage(apiError, this.transloco)]);
      },
    });
  }

  /** The group's mismatch shows on the repeated field, where the user fixes it. */
  private syncMismatch(): void {
    const confirm = this.form.controls.confirmPassword;
    const mismatch = this.form.hasError('mismatch');
    const { mismatch: _had, ...rest } = confirm.errors ?? {};
    confirm.setErrors(mismatch ? { ...rest, mismatch: true } : Object.keys(rest).length ? rest : null);
  }

  private localize(error: ApiError): ApiError {
    const fieldErrors = error.fieldErrors.map((f) =>
      SERVER_CODES[f.code] ? { ...f, message: this.transloco.translate(SERVER_CODES[f.code]) } : f,
    );
    return new ApiError(error.reason, error.status, error.serverMessage, error.code, fieldErrors);
  }
}

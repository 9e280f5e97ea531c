import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { finalize } from 'rxjs';
import { AuthService, safeReturnUrl } from '../../../core/auth/auth.service';
import { ApiError, toApiError } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';

/** Longest values the API accepts; longer input would only earn an English validation message. */
export const USERNAME_MAX_LENGTH = 100;
export const PASSWORD_MAX_LENGTH = 200;

/** Sign-in refusals whose server message (in Vietnamese) says exactly what happened, and our own wording for them. */
const SIGN_IN_REFUSALS: Record<number, string> = {
  401: 'login.errors.invalid',
  423: 'login.errors.locked',
  429: 'login.errors.tooMany',
};

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCardModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressSpinnerModule, ReactiveFormsModule, TranslocoPipe],
  selector: 'tdkt-login-page',
  styleUrl: './login.page.scss',
  templateUrl: './login.page.html',
})
export class LoginPage {
  /** Where to go after signing in (query parameter), limited to paths inside the application. */
  readonly returnUrl = input<string | undefined>();

  private readonly auth = inject(AuthService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', [Validators.required, Validators.maxLength(USERNAME_MAX_LENGTH)]],
    password: ['', [Validators.required, Validators.maxLength(PASSWORD_MAX_LENGTH)]],
  });
  protected readonly usernameMax = USERNAME_MAX_LENGTH;
  protected readonly passwordMax = PASSWORD_MAX_LENGTH;

  protected readonly pending = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly passwordVisible = signal(false);
  protected readonly capsLock = signal(false);
  protected readonly sessionEnd = this.auth.sessionEnd;

  /** Translation key of the error's main line. */
  protected readonly errorKey = computed(() => {
    const error = this.error();
    return error ? (SIGN_IN_REFUSALS[error.status] ?? error.messageKey) : '';
  });
  /** The API words refusals in Vietnamese: shown as they are in Vietnamese, under our translation otherwise. */
  protected readonly serverWording = computed(() => {
    const error = this.error();
    return !!error?.serverMessage && error.status in SIGN_IN_REFUSALS && this.language.language() === 'vi';
  });

  private readonly usernameInput = viewChild.required<ElementRef<HTMLInputElement>>('usernameInput');
  private readonly passwordInput = viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected togglePassword(): void {
    this.passwordVisible.update((visible) => !visible);
  }

  protected trackCapsLock(event: KeyboardEvent): void {
    // Synthetic events (autofill, tests) may lack getModifierState.
    if (typeof event.getModifierState === 'function') this.capsLock.set(event.getModifierState('CapsLock'));
  }

  protected submit(): void {
    if (this.pending()) return;
    const { username, password } = this.form.controls;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      (username.invalid ? this.usernameInput() : this.passwordInput()).nativeElement.focus();
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    this.auth
      .login(username.value, password.value)
      .pipe(
        finalize(() => this.pending.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
        error: (error: unknown) => {
          const apiError = toApiError(error);
          this.error.set(apiError);
          if (apiError.status === 401) {
            // Wrong password: type it again, without a "required" error before the user has had a chance.
            this.formDirective().resetForm({ username: username.value, password: '' });
            this.passwordInput().nativeElement.focus();
          }
        },
      });
  }
}

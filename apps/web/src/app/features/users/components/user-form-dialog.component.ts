import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ClusterView, ProvinceView, UserView } from '@tdkt/shared/contracts';
import type { UserRole } from '../../../core/auth/auth.models';
import { applyServerErrors, serverErrorOf } from '../../../core/forms/server-errors';
import { errorMessage, toApiError } from '../../../core/http/api-error';
import {
  PASSWORD_MIN_LENGTH,
  ROLE_CHOICES,
  buildUserForm,
  createBody,
  generatePassword,
  localizeUserErrors,
  syncScopeFields,
  updateBody,
} from '../data/user-form';
import { UsersService } from '../data/users.service';

/** Our wording of a server rule we know (`users.serverErrors.<field>.<code>`), else null. */
export function serverWord(transloco: TranslocoService, field: string, code: string): string | null {
  const words: unknown = transloco.translateObject('users.serverErrors');
  const text = (words as Record<string, Record<string, unknown> | undefined> | null)?.[field]?.[code];
  return typeof text === 'string' ? text.replace('{{min}}', String(PASSWORD_MIN_LENGTH)) : null;
}

export interface UserFormDialogData {
  /** Null for a new account. */
  readonly user: UserView | null;
  readonly provinces: readonly ProvinceView[];
  readonly clusters: readonly ClusterView[];
}

/** Creates an account or changes its name, roles, scope and status; each server refusal shows beside its field. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  selector: 'tdkt-user-form-dialog',
  styles: `
    form {
      display: contents;
    }
    mat-form-field {
      width: 100%;
      margin-bottom: 12px;
    }
    fieldset {
      margin: 0 0 16px;
      padding: 8px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
    }
    fieldset.invalid {
      border-color: var(--mat-sys-error);
    }
    legend {
      padding: 0 4px;
      font: var(--mat-sys-body-medium);
    }
    .role {
      display: block;
    }
    .role-hint {
      margin: -8px 0 4px 40px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .field-error {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-error);
    }
    .banner {
      margin: 0 0 12px;
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .password-row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 8px;
    }
    .password-row mat-form-field {
      flex: 1 1 260px;
    }
    .password-row button {
      margin-top: 8px;
    }
  `,
  template: `
    <h2 mat-dialog-title>
      {{ (data.user ? 'users.form.editTitle' : 'users.form.createTitle') | transloco: { username: data.user?.username } }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @for (message of banner(); track $index) {
          <p class="banner" role="alert">{{ message }}</p>
        }
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'users.form.username' | transloco }}</mat-label>
          <input matInput formControlName="username" autocomplete="off" maxlength="40" data-field="username" />
          <mat-hint>{{ 'users.form.usernameHint' | transloco }}</mat-hint>
          <mat-error>{{ errorOf(form.controls.username, 'username') }}</mat-error>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'users.form.fullName' | transloco }}</mat-label>
          <input matInput formControlName="fullName" autocomplete="off" maxlength="200" data-field="fullName" />
          <mat-error>{{ errorOf(form.controls.fullName, 'fullName') }}</mat-error>
        </mat-form-field>

        <fieldset [class.invalid]="rolesInvalid()" data-field="roles">
          <legend>{{ 'users.form.roles' | transloco }}</legend>
          @for (role of roleChoices; track role) {
            <mat-checkbox class="role" [checked]="form.controls.roles.value.includes(role)" (change)="toggleRole(role, $event.checked)">
              {{ 'users.roles.' + role | transloco }}
            </mat-checkbox>
            <p class="role-hint">{{ 'users.roleHints.' + role | transloco }}</p>
          }
          @if (rolesInvalid()) {
            <p class="field-error" role="alert">{{ errorOf(form.controls.roles, 'roles') }}</p>
          }
        </fieldset>

        @if (form.controls.provinceCode.enabled) {
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'users.form.province' | transloco }}</mat-label>
            <mat-select formControlName="provinceCode" data-field="provinceCode">
              @for (p of data.provinces; track p.code) {
                <mat-option [value]="p.code">{{ p.name }} ({{ p.code }})</mat-option>
              }
            </mat-select>
            <mat-hint>{{ 'users.form.provinceHint' | transloco }}</mat-hint>
            <mat-error>{{ errorOf(form.controls.provinceCode, 'provinceCode') }}</mat-error>
          </mat-form-field>
        }
        @if (form.controls.clusterCode.enabled) {
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'users.form.cluster' | transloco }}</mat-label>
            <mat-select formControlName="clusterCode" data-field="clusterCode">
              @for (c of data.clusters; track c.code) {
                <mat-option [value]="c.code">{{ c.name }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{ 'users.form.clusterHint' | transloco }}</mat-hint>
            <mat-error>{{ errorOf(form.controls.clusterCode, 'clusterCode') }}</mat-error>
          </mat-form-field>
        }

        @if (!data.user) {
          <div class="password-row">
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'users.form.password' | transloco }}</mat-label>
              <!-- Shown as typed: the administrator hands this first password over, so must be able to read it. -->
              <input
                matInput
                formControlName="password"
                type="text"
                autocomplete="off"
                spellcheck="false"
                maxlength="200"
                data-field="password"
              />
              <mat-hint>{{ 'users.form.passwordHint' | transloco: { min: minLength } }}</mat-hint>
              <mat-error>{{ errorOf(form.controls.password, 'password') }}</mat-error>
            </mat-form-field>
            <button mat-stroked-button type="button" (click)="suggestPassword()">
              <mat-icon svgIcon="key" aria-hidden="true" />
              {{ 'users.form.generate' | transloco }}
            </button>
          </div>
        } @else {
          <mat-slide-toggle formControlName="active" data-field="active">{{ 'users.form.active' | transloco }}</mat-slide-toggle>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()">{{ 'users.form.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ (data.user ? 'users.form.save' : 'users.form.create') | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class UserFormDialog {
  protected readonly data = inject<UserFormDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(UsersService);
  private readonly transloco = inject(TranslocoService);
  private readonly ref = inject<MatDialogRef<UserFormDialog, UserView>>(MatDialogRef);

  protected readonly form = buildUserForm(this.data.user);
  protected readonly roleChoices = ROLE_CHOICES;
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly saving = signal(false);
  protected readonly banner = signal<string[]>([]);
  /** Bumped on each role change and submit, so the OnPush view re-reads the role group's state. */
  private readonly touched = signal(0);

  protected rolesInvalid(): boolean {
    this.touched();
    const roles = this.form.controls.roles;
    return roles.invalid && roles.touched;
  }

  protected toggleRole(role: UserRole, on: boolean): void {
    const roles = this.form.controls.roles;
    roles.setValue(on ? [...roles.value, role] : roles.value.filter((r) => r !== role));
    roles.markAsTouched();
    syncScopeFields(this.form);
    this.touched.update((n) => n + 1);
  }

  protected suggestPassword(): void {
    this.form.controls.password.setValue(generatePassword());
    this.form.controls.password.markAsTouched();
  }

  /** The first problem of a field in words: ours for what we check, the server's for what it refused. */
  protected errorOf(control: AbstractControl, field: string): string {
    const server = serverErrorOf(control);
    if (server) return server;
    const e = control.errors ?? {};
    const key = e['required'] ? 'required' : e['pattern'] ? 'pattern' : e['minlength'] ? 'minlength' : e['maxlength'] ? 'maxlength' : null;
    return key ? this.transloco.translate(`users.errors.${field}.${key}`, { min: PASSWORD_MIN_LENGTH }) : '';
  }

  protected save(): void {
    this.form.markAllAsTouched();
    this.touched.update((n) => n + 1);
    if (this.form.invalid || this.saving()) return;
    const user = this.data.user;
    this.saving.set(true);
    this.banner.set([]);
    const request = user ? this.api.update(user.id, updateBody(user, this.form)) : this.api.create(createBody(this.form));
    request.subscribe({
      next: (saved) => this.ref.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = localizeUserErrors(toApiError(error), (field, code) => serverWord(this.transloco, field, code));
        const unplaced = applyServerErrors(this.form, apiError);
        const fallback = apiError.fieldErrors.length ? [] : [errorMessage(apiError, this.transloco)];
        this.banner.set(unplaced.length ? unplaced : fallback);
        this.touched.update((n) => n + 1);
      },
    });
  }
}

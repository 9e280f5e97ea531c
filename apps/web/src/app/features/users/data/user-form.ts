import { AbstractControl, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import type { FieldError, UserView } from '@tdkt/shared/contracts';
import type { UserRole } from '../../../core/auth/auth.models';
import { ApiError } from '../../../core/http/api-error';

/**
 * The server's rules (`PASSWORD_MIN_LENGTH`, `USERNAME_PATTERN` in the shared contracts), repeated here because
 * importing values from the contracts would pull the server's validation library into the browser bundle.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;

/** The order roles are offered and listed in: the daily work first. */
export const ROLE_CHOICES: readonly UserRole[] = ['PROVINCE_STAFF', 'CLUSTER_CHAIR', 'COUNCIL_REVIEWER', 'ADMIN'];

export interface UserCreateBody {
  username: string;
  fullName: string;
  password: string;
  roles: UserRole[];
  provinceCode: string | null;
  clusterCode: string | null;
}

/** Only what changed, with the version the administrator saw. */
export interface UserUpdateBody {
  version: number;
  fullName?: string;
  roles?: UserRole[];
  provinceCode?: string | null;
  clusterCode?: string | null;
  active?: boolean;
  password?: string;
}

export const needsProvince = (roles: readonly string[]): boolean => roles.includes('PROVINCE_STAFF');
export const needsCluster = (roles: readonly string[]): boolean => roles.includes('CLUSTER_CHAIR');

export type UserForm = FormGroup<{
  username: FormControl<string>;
  fullName: FormControl<string>;
  roles: FormControl<UserRole[]>;
  provinceCode: FormControl<string | null>;
  clusterCode: FormControl<string | null>;
  password: FormControl<string>;
  active: FormControl<boolean>;
}>;

function notBlank(control: AbstractControl): ValidationErrors | null {
  return typeof control.value === 'string' && control.value.length > 0 && !control.value.trim() ? { required: true } : null;
}

function atLeastOne(control: AbstractControl): ValidationErrors | null {
  return Array.isArray(control.value) && control.value.length > 0 ? null : { required: true };
}

/** The password rule the server applies (at least PASSWORD_MIN_LENGTH characters), checked before sending. */
export const passwordValidators = [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(200)];

/** A new account (with username and first password) or an existing one (neither: the password has its own dialog). */
export function buildUserForm(user: UserView | null): UserForm {
  const form: UserForm = new FormGroup({
    username: new FormControl(user?.username ?? '', {
      nonNullable: true,
      validators: user ? [] : [Validators.required, Validators.pattern(USERNAME_PATTERN)],
    }),
    fullName: new FormControl(user?.fullName ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200), notBlank],
    }),
    roles: new FormControl<UserRole[]>([...(user?.roles ?? [])] as UserRole[], { nonNullable: true, validators: atLeastOne }),
    provinceCode: new FormControl<string | null>(user?.provinceCode ?? null),
    clusterCode: new FormControl<string | null>(user?.clusterCode ?? null),
    password: new FormControl('', { nonNullable: true, validators: user ? [] : passwordValidators }),
    active: new FormControl(user?.active ?? true, { nonNullable: true }),
  });
  if (user) {
    form.controls.username.disable();
    form.controls.password.disable();
  }
  syncScopeFields(form);
  return form;
}

/**
 * A staff account needs its province and a chair's account its cluster: the field is shown, enabled and
 * required only with that role (a disabled field is left out of the value, as the server drops it).
 */
export function syncScopeFields(form: UserForm): void {
  const roles = form.controls.roles.value;
  toggle(form.controls.provinceCode, needsProvince(roles));
  toggle(form.controls.clusterCode, needsCluster(roles));
}

function toggle(control: FormControl<string | null>, on: boolean): void {
  if (on && control.disabled) {
    control.enable({ emitEvent: false });
    control.setValidators(Validators.required);
    control.updateValueAndValidity({ emitEvent: false });
  } else if (!on && control.enabled) {
    control.clearValidators();
    control.disable({ emitEvent: false });
  }
}

export function createBody(form: UserForm): UserCreateBody {
  const v = form.getRawValue();
  return {
    username: v.username.trim(),
    fullName: v.fullName.trim(),
    password: v.password,
    roles: ROLE_CHOICES.filter((r) => v.roles.includes(r)),
    provinceCode: needsProvince(v.roles) ? v.provinceCode : null,
    clusterCode: needsCluster(v.roles) ? v.clusterCode : null,
  };
}

export function updateBody(user: UserView, form: UserForm): UserUpdateBody {
  const v = form.getRawValue();
  const roles = ROLE_CHOICES.filter((r) => v.roles.includes(r));
  const provinceCode = needsProvince(roles) ? v.provinceCode : null;
  const clusterCode = needsCluster(roles) ? v.clusterCode : null;
  const body: UserUpdateBody = { version: user.version };
  if (v.fullName.trim() !== user.fullName) body.fullName = v.fullName.trim();
  if (roles.join() !== ROLE_CHOICES.filter((r) => (user.roles as readonly string[]).includes(r)).join()) body.roles = roles;
  if (provinceCode !== user.provinceCode) body.provinceCode = provinceCode;
  if (clusterCode !== user.clusterCode) body.clusterCode = clusterCode;
  if (v.active !== user.active) body.active = v.active;
  return body;
}

/** A random password to hand over once: no 0/O, 1/l/I, since it gets typed by hand. */
export function generatePassword(length = 16, random: (n: number) => number = secureRandom): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length }, () => alphabet[random(alphabet.length)]).join('');
}

function secureRandom(n: number): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return buffer[0] % n;
}

/**
 * The server's field errors in the administrator's words where we know the rule (some validators answer in
 * English), and a taken username put on the username field.
 */
export function localizeUserErrors(error: ApiError, wordFor: (field: string, code: string) => string | null): ApiError {
  const fieldErrors: FieldError[] = error.fieldErrors.map((e) => {
    const known = wordFor(e.field, e.code);
    return known ? { ...e, message: known } : e;
  });
  if (error.code === 'USER_EXISTS') {
    fieldErrors.push({ field: 'username', code: 'exists', message: error.serverMessage ?? wordFor('username', 'exists') ?? '' });
  }
  return new ApiError(error.reason, error.status, error.serverMessage, error.code, fieldErrors);
}

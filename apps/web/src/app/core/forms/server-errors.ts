import { AbstractControl } from '@angular/forms';
import { ApiError } from '../http/api-error';

/** The error key a control carries when the server refused its value; its value is the server's message. */
export const SERVER_ERROR = 'server';

/**
 * Puts each field error of a refused save onto the control it names (dotted paths like
 * "criteria.0.code" follow nested groups and arrays), so the message shows beside the field.
 * `aliases` maps a server field to a control path when the form names it differently.
 * Returns the messages no control could take, for a banner above the form.
 */
export function applyServerErrors(form: AbstractControl, error: ApiError, aliases: Readonly<Record<string, string>> = {}): string[] {
  const unplaced: string[] = [];
  for (const fieldError of error.fieldErrors) {
    const path = aliases[fieldError.field] ?? fieldError.field;
    const control = path ? form.get(path) : null;
    if (!control || control === form) {
      unplaced.push(fieldError.message);
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), [SERVER_ERROR]: stripFieldPrefix(fieldError.message, fieldError.field) });
    control.markAsTouched();
  }
  if (!error.fieldErrors.length && error.serverMessage) unplaced.push(error.serverMessage);
  return unplaced;
}

/** The server writes "field: message"; beside the field the name is redundant. */
function stripFieldPrefix(message: string, field: string): string {
  const prefix = `${field}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/** The server's message on a control, if it has one. */
export function serverErrorOf(control: AbstractControl | null): string | null {
  const message: unknown = control?.errors?.[SERVER_ERROR];
  return typeof message === 'string' ? message : null;
}

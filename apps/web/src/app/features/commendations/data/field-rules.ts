import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { parseDecisionNumber, todayInVietnam } from '@tdkt/shared/util-text';
import { toIsoDate } from '../../../core/dates/iso-date';

/** Longest texts CreateCommendationDto / ApproveCommendationDto / WorkflowReasonDto accept. */
export const MAX = {
  recipientName: 300,
  position: 300,
  organization: 300,
  decisionNumber: 50,
  decidingAuthority: 300,
  citation: 5000,
  reason: 2000,
} as const;

export const MIN_YEAR = 1945;
export const MAX_YEAR = 2100;

/** Blank or only spaces counts as empty: the API trims before checking. */
export const requiredText: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && control.value.trim() ? null : { required: true };

/** "1234/QĐ-UBND": the API refuses other shapes (decisionNumberFormat). */
export const decisionNumberFormat: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value = typeof control.value === 'string' ? control.value.trim() : '';
  return !value || parseDecisionNumber(value) ? null : { decisionNumberFormat: true };
};

/** A decision is never dated after today (Vietnam time). */
export const notInFuture: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value = control.value as Date | null;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return null;
  return toIsoDate(value) > todayInVietnam() ? { future: true } : null;
};

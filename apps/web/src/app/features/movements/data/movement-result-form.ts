import { AbstractControl, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import type { MovementResultDto, MovementResultView, MovementView } from '@tdkt/shared/contracts';
import { currentYearInVietnam } from '@tdkt/shared/util-text';

export type ResultForm = FormGroup<{
  year: FormControl<number>;
  period: FormControl<'H1' | 'FY'>;
  summary: FormControl<string>;
  subMovementsLaunched: FormControl<string>;
  modelsBuilt: FormControl<string>;
  participants: FormControl<string>;
}>;

/** A whole number typed with or without dots between thousands ("13.042"); empty is allowed. */
export function parseCount(text: string): number | null {
  const raw = text.replace(/\s/g, '');
  if (!raw) return null;
  if (/^\d{1,3}(\.\d{3})+$/.test(raw)) return Number(raw.replace(/\./g, ''));
  return /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
}

function countValidator(max: number): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const value = parseCount(control.value ?? '');
    if (value === null) return null;
    if (Number.isNaN(value)) return { integer: true };
    return value > max ? { max: { max } } : null;
  };
}

export function buildResultForm(year: number): ResultForm {
  return new FormGroup({
    year: new FormControl(year, { nonNullable: true, validators: Validators.required }),
    period: new FormControl<'H1' | 'FY'>('H1', { nonNullable: true, validators: Validators.required }),
    summary: new FormControl('', { nonNullable: true, validators: Validators.maxLength(10000) }),
    subMovementsLaunched: new FormControl('', { nonNullable: true, validators: countValidator(1_000_000) }),
    modelsBuilt: new FormControl('', { nonNullable: true, validators: countValidator(1_000_000) }),
    participants: new FormControl('', { nonNullable: true, validators: countValidator(1_000_000_000) }),
  });
}

/** Shows what the province recorded for the chosen year and period (or blanks). */
export function fillResult(form: ResultForm, existing: MovementResultView | null): void {
  const text = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));
  form.patchValue(
    {
      summary: existing?.summary ?? '',
      subMovementsLaunched: text(existing?.subMovementsLaunched),
      modelsBuilt: text(existing?.modelsBuilt),
      participants: text(existing?.participants),
    },
    { emitEvent: false },
  );
  form.markAsPristine();
  form.markAsUntouched();
}

export function toResultBody(form: ResultForm, provinceCode: string): MovementResultDto[] {
  const v = form.getRawValue();
  return [
    {
      provinceCode,
      year: v.year,
      period: v.period as MovementResultDto['period'],
      summary: v.summary.trim() || null,
      subMovementsLaunched: parseCount(v.subMovementsLaunched),
      modelsBuilt: parseCount(v.modelsBuilt),
      participants: parseCount(v.participants),
    },
  ];
}

/** Years in which the movement ran, up to the current year, newest first. */
export function yearsOf(movement: Pick<MovementView, 'startsOn' | 'endsOn'>): number[] {
  const first = Number(movement.startsOn.slice(0, 4));
  const current = currentYearInVietnam();
  const last = Math.min(movement.endsOn ? Number(movement.endsOn.slice(0, 4)) : current, current);
  const years: number[] = [];
  for (let y = Math.max(last, first); y >= first; y--) years.push(y);
  return years;
}

/** Server field (`0.modelsBuilt`) → control of the result form. */
export const RESULT_ALIASES: Record<string, string> = {
  '0.year': 'year',
  '0.period': 'period',
  '0.summary': 'summary',
  '0.subMovementsLaunched': 'subMovementsLaunched',
  '0.modelsBuilt': 'modelsBuilt',
  '0.participants': 'participants',
};

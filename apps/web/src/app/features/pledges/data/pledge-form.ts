import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import type { CreatePledgeDto } from '@tdkt/shared/contracts';
import { toIsoDate } from '../../../core/dates/iso-date';
import { parseDecimal } from './pledge-grid';

export type CriterionGroup = FormGroup<{
  code: FormControl<string>;
  name: FormControl<string>;
  unit: FormControl<string>;
  targetKind: FormControl<string>;
  maxScore: FormControl<string>;
}>;

export type PledgeForm = FormGroup<{
  year: FormControl<number>;
  signedOn: FormControl<Date | null>;
  place: FormControl<string>;
  criteria: FormArray<CriterionGroup>;
}>;

/** 0–1000 points, at most two decimals (the API's rule). */
const scoreValidator: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const value = parseDecimal(control.value);
  if (value === null) return null;
  if (Number.isNaN(value)) return { number: true };
  if (value < 0 || value > 1000) return { score: true };
  return Math.round(value * 100) !== value * 100 ? { score: true } : null;
};

/** Signed in the pledge's year, or at the end of the year before (the API's rule). */
const signedInYear: ValidatorFn = (control: AbstractControl<Date | null>): ValidationErrors | null => {
  const year = control.parent?.get('year')?.value as number | undefined;
  const date = control.value;
  if (!date || !year) return null;
  const signed = date.getFullYear();
  return signed === year || signed === year - 1 ? null : { outsideYear: true };
};

/** Codes are unique within the pledge. */
const uniqueCodes: ValidatorFn = (array: AbstractControl): ValidationErrors | null => {
  const groups = (array as FormArray<CriterionGroup>).controls;
  const codes = groups.map((g) => g.controls.code.value.trim().toUpperCase());
  groups.forEach((g, i) => {
    const control = g.controls.code;
    const duplicate = !!codes[i] && codes.indexOf(codes[i]) !== i;
    const { duplicate: _had, ...others } = control.errors ?? {};
    control.setErrors(duplicate ? { ...others, duplicate: true } : Object.keys(others).length ? others : null);
  });
  return null;
};

export function criterionGroup(code = ''): CriterionGroup {
  return new FormGroup({
    code: new FormControl(code, { nonNullable: true, validators: [Validators.required, Validators.pattern(/^[A-Za-z0-9_.-]{1,20}$/)] }),
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(500)] }),
    unit: new FormControl('', { nonNullable: true, validators: Validators.maxLength(50) }),
    targetKind: new FormControl('NUMBER', { nonNullable: true, validators: Validators.required }),
    maxScore: new FormControl('10', { nonNullable: true, validators: [Validators.required, scoreValidator] }),
  });
}

export function buildPledgeForm(year: number): PledgeForm {
  const form: PledgeForm = new FormGroup({
    year: new FormControl(year, { nonNullable: true, validators: [Validators.required, Validators.min(2000), Validators.max(2100)] }),
    signedOn: new FormControl<Date | null>(null, [Validators.required, signedInYear]),
    place: new FormControl('', { nonNullable: true, validators: Validators.maxLength(300) }),
    criteria: new FormArray([criterionGroup('TC01')], { validators: uniqueCodes }),
  });
  form.controls.year.valueChanges.subscribe(() => form.controls.signedOn.updateValueAndValidity({ emitEvent: false }));
  return form;
}

export function toPledgeBody(form: PledgeForm, clusterCode: string): CreatePledgeDto {
  const v = form.getRawValue();
  return {
    clusterCode,
    year: v.year,
    signedOn: toIsoDate(v.signedOn as Date),
    place: v.place.trim() || null,
    criteria: v.criteria.map((c) => ({
      code: c.code.trim(),
      name: c.name.trim(),
      unit: c.unit.trim() || null,
      targetKind: c.targetKind as CreatePledgeDto['criteria'][number]['targetKind'],
      maxScore: parseDecimal(c.maxScore) as number,
    })),
  };
}

/** The first error of a control, as a key under `pledges.form.errors`. */
export function pledgeErrorKey(control: AbstractControl): string | null {
  const errors = control.errors;
  if (!errors) return null;
  return (
    ['server', 'matDatepickerParse', 'required', 'pattern', 'duplicate', 'maxlength', 'number', 'score', 'outsideYear', 'min', 'max'].find(
      (k) => k in errors,
    ) ?? null
  );
}

import { AbstractControl, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import type { CreateMovementDto, MovementView } from '@tdkt/shared/contracts';
import { fromIsoDate, toIsoDate } from '../../../core/dates/iso-date';
import { ScopeCode } from './movement-access';

export type MovementForm = FormGroup<{
  name: FormControl<string>;
  launchedBy: FormControl<string>;
  launchedOn: FormControl<Date | null>;
  startsOn: FormControl<Date | null>;
  endsOn: FormControl<Date | null>;
  description: FormControl<string>;
  scope: FormControl<string>;
  clusterCode: FormControl<string | null>;
  provinceCode: FormControl<string | null>;
}>;

/** The end date may not come before the start date (the API refuses it too). */
const endsAfterStart: ValidatorFn = (control: AbstractControl<Date | null>): ValidationErrors | null => {
  const start = control.parent?.get('startsOn')?.value as Date | null | undefined;
  const end = control.value;
  return start && end && end.getTime() < start.getTime() ? { beforeStart: true } : null;
};

/** A cluster's movement names its cluster, a province's its province. */
function requiredFor(scope: ScopeCode): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null =>
    control.parent?.get('scope')?.value === scope && !control.value ? { required: true } : null;
}

export function buildMovementForm(defaults: { scope: string; clusterCode: string | null; provinceCode: string | null }): MovementForm {
  const form: MovementForm = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(500)] }),
    launchedBy: new FormControl('', { nonNullable: true, validators: Validators.required }),
    launchedOn: new FormControl<Date | null>(null, Validators.required),
    startsOn: new FormControl<Date | null>(null, Validators.required),
    endsOn: new FormControl<Date | null>(null, endsAfterStart),
    description: new FormControl('', { nonNullable: true, validators: Validators.maxLength(5000) }),
    scope: new FormControl(defaults.scope, { nonNullable: true, validators: Validators.required }),
    clusterCode: new FormControl<string | null>(defaults.clusterCode, requiredFor('CLUSTER')),
    provinceCode: new FormControl<string | null>(defaults.provinceCode, requiredFor('PROVINCE')),
  });
  // Checks that read another field are repeated when that field changes.
  form.controls.startsOn.valueChanges.subscribe(() => form.controls.endsOn.updateValueAndValidity({ emitEvent: false }));
  form.controls.scope.valueChanges.subscribe(() => {
    form.controls.clusterCode.updateValueAndValidity({ emitEvent: false });
    form.controls.provinceCode.updateValueAndValidity({ emitEvent: false });
  });
  return form;
}

export function fillMovementForm(form: MovementForm, m: MovementView): void {
  form.setValue({
    name: m.name,
    launchedBy: m.launchedBy,
    launchedOn: fromIsoDate(m.launchedOn),
    startsOn: fromIsoDate(m.startsOn),
    endsOn: fromIsoDate(m.endsOn),
    description: m.description ?? '',
    scope: m.scope,
    clusterCode: m.clusterCode,
    provinceCode: m.provinceCode,
  });
}

/** The API body: dates as `YYYY-MM-DD`, empty text as null, only the code the scope needs. */
export function toMovementBody(form: MovementForm): CreateMovementDto {
  const v = form.getRawValue();
  const date = (d: Date | null): string | null => (d ? toIsoDate(d) : null);
  return {
    name: v.name.trim(),
    launchedBy: v.launchedBy as CreateMovementDto['launchedBy'],
    launchedOn: date(v.launchedOn) as string,
    startsOn: date(v.startsOn) as string,
    endsOn: date(v.endsOn),
    description: v.description.trim() || null,
    scope: v.scope as CreateMovementDto['scope'],
    clusterCode: v.scope === 'CLUSTER' ? v.clusterCode : null,
    provinceCode: v.scope === 'PROVINCE' ? v.provinceCode : null,
  };
}

/** The first error of a control, as a key under `movements.form.errors`; an unreadable date says so rather than "required". */
export function errorKeyOf(control: AbstractControl): string | null {
  const errors = control.errors;
  if (!errors) return null;
  return ['server', 'matDatepickerParse', 'required', 'maxlength', 'beforeStart', 'min', 'max', 'integer'].find((k) => k in errors) ?? null;
}

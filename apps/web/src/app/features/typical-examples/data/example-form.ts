import { AbstractControl, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import type { CreateTypicalExampleDto, ProvinceView, TypicalExampleView, UpdateTypicalExampleBody } from '@tdkt/shared/contracts';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { fromIsoDate, toIsoDate } from '../../../core/dates/iso-date';

export type ExampleForm = FormGroup<{
  recipientKind: FormControl<string>;
  name: FormControl<string>;
  provinceCode: FormControl<string | null>;
  honouredOn: FormControl<Date | null>;
  movementId: FormControl<string | null>;
  honouredAtMeetingId: FormControl<string | null>;
  story: FormControl<string>;
}>;

/** The API refuses a day after today (Vietnam time). */
const notInFuture: ValidatorFn = (control: AbstractControl<Date | null>): ValidationErrors | null =>
  control.value && toIsoDate(control.value) > todayInVietnam() ? { future: true } : null;

export function buildExampleForm(provinceCode: string | null): ExampleForm {
  return new FormGroup({
    recipientKind: new FormControl('INDIVIDUAL', { nonNullable: true, validators: Validators.required }),
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] }),
    provinceCode: new FormControl<string | null>(provinceCode, Validators.required),
    honouredOn: new FormControl<Date | null>(null, [Validators.required, notInFuture]),
    movementId: new FormControl<string | null>(null),
    honouredAtMeetingId: new FormControl<string | null>(null),
    story: new FormControl('', { nonNullable: true, validators: Validators.maxLength(10000) }),
  });
}

export function toExampleBody(form: ExampleForm): CreateTypicalExampleDto {
  const v = form.getRawValue();
  return {
    recipientKind: v.recipientKind as CreateTypicalExampleDto['recipientKind'],
    name: v.name.trim(),
    provinceCode: v.provinceCode as string,
    honouredOn: toIsoDate(v.honouredOn as Date),
    movementId: v.movementId || null,
    honouredAtMeetingId: v.honouredAtMeetingId || null,
    story: v.story.trim() || null,
  };
}

/** The body of a correction: every field as the form holds it, with the version it was read at. */
export function toExampleUpdateBody(form: ExampleForm, version: number): UpdateTypicalExampleBody {
  return { ...toExampleBody(form), version };
}

/** A recorded example as the form shows it, for a correction. */
export function exampleFormValue(e: TypicalExampleView): ReturnType<ExampleForm['getRawValue']> {
  return {
    recipientKind: e.recipientKind,
    name: e.name,
    provinceCode: e.provinceCode,
    honouredOn: fromIsoDate(e.honouredOn),
    movementId: e.movementId,
    honouredAtMeetingId: e.honouredAtMeetingId,
    story: e.story ?? '',
  };
}

/** A province's code and the codes of the provinces merged into it in 2025: the records its staff keep. */
export function provinceFamily(provinces: readonly ProvinceView[], code: string): Set<string> {
  return new Set([code, ...provinces.filter((p) => p.successorCode === code).map((p) => p.code)]);
}

/** The first error of a control, as a key under `typicalExamples.form.errors`. */
export function errorKeyOf(control: AbstractControl): string | null {
  const errors = control.errors;
  if (!errors) return null;
  return ['server', 'matDatepickerParse', 'required', 'maxlength', 'future'].find((k) => k in errors) ?? null;
}

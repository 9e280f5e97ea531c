import { AbstractControl, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import type { CreateMeetingDto, MeetingView, Period, UpdateMeetingBody } from '@tdkt/shared/contracts';
import { fromIsoDate, toIsoDate } from '../../../core/dates/iso-date';

export type PeriodCode = `${Period}`;

export const MEETING_PERIODS: readonly PeriodCode[] = ['H1', 'FY'];

/** Field lengths as CreateMeetingDto allows them. */
export const MEETING_LIMITS = { chairName: 200, chairTitle: 300, place: 300, participants: 5000, notes: 10000 } as const;

export type MeetingForm = FormGroup<{
  year: FormControl<number>;
  period: FormControl<PeriodCode>;
  date: FormControl<Date | null>;
  hostProvinceCode: FormControl<string>;
  place: FormControl<string>;
  chairName: FormControl<string>;
  chairTitle: FormControl<string>;
  participants: FormControl<string>;
  notes: FormControl<string>;
}>;

/** A value of white space only is as good as empty. */
const requiredText: ValidatorFn = (control) => (typeof control.value === 'string' && !control.value.trim() ? { required: true } : null);

/**
 * The server's own rule: a semi-annual review meets in its year; a year-end summary in its year
 * or early the next.
 */
export function dateFitsPeriod(date: Date, year: number, period: PeriodCode): boolean {
  const y = date.getFullYear();
  return period === 'H1' ? y === year : y === year || y === year + 1;
}

const fitsPeriod: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const date = control.value as Date | null;
  const group = control.parent as MeetingForm | null;
  if (!date || !group || Number.isNaN(date.getTime())) return null;
  const { year, period } = group.getRawValue();
  return dateFitsPeriod(date, year, period) ? null : { outsidePeriod: true };
};

export function meetingForm(year: number): MeetingForm {
  const text = (max: number, required = false): FormControl<string> =>
    new FormControl('', {
      nonNullable: true,
      validators: required ? [Validators.required, requiredText, Validators.maxLength(max)] : [Validators.maxLength(max)],
    });
  const form: MeetingForm = new FormGroup({
    year: new FormControl(year, { nonNullable: true, validators: [Validators.required] }),
    period: new FormControl<PeriodCode>('H1', { nonNullable: true, validators: [Validators.required] }),
    date: new FormControl<Date | null>(null, { validators: [Validators.required, fitsPeriod] }),
    hostProvinceCode: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    place: text(MEETING_LIMITS.place),
    chairName: text(MEETING_LIMITS.chairName, true),
    chairTitle: text(MEETING_LIMITS.chairTitle),
    participants: text(MEETING_LIMITS.participants),
    notes: text(MEETING_LIMITS.notes),
  });
  // The date rule depends on the year and the period: check it again when they change.
  form.controls.year.valueChanges.subscribe(() => form.controls.date.updateValueAndValidity());
  form.controls.period.valueChanges.subscribe(() => form.controls.date.updateValueAndValidity());
  return form;
}

/** The request body: optional texts left empty are sent as null. */
export function toCreateMeetingDto(form: MeetingForm, clusterCode: string): CreateMeetingDto {
  const v = form.getRawValue();
  const optional = (s: string): string | null => s.trim() || null;
  return {
    clusterCode,
    year: v.year,
    period: v.period as Period,
    date: toIsoDate(v.date as Date),
    hostProvinceCode: v.hostProvinceCode,
    place: optional(v.place),
    chairName: v.chairName.trim(),
    chairTitle: optional(v.chairTitle),
    participants: optional(v.participants),
    notes: optional(v.notes),
  };
}

/** The body of a correction: every field as the form holds it, with the version it was read at. */
export function toUpdateMeetingBody(form: MeetingForm, record: MeetingView): UpdateMeetingBody {
  return { ...toCreateMeetingDto(form, record.clusterCode), version: record.version };
}

/** A recorded meeting as the form shows it, for a correction. */
export function meetingFormValue(m: MeetingView): ReturnType<MeetingForm['getRawValue']> {
  return {
    year: m.year,
    period: m.period,
    date: fromIsoDate(m.date),
    hostProvinceCode: m.hostProvinceCode,
    place: m.place ?? '',
    chairName: m.chairName,
    chairTitle: m.chairTitle ?? '',
    participants: m.participants ?? '',
    notes: m.notes ?? '',
  };
}

export function yearChoices(currentYear: number, count = 6): number[] {
  return Array.from({ length: count }, (_, i) => currentYear + 1 - i);
}

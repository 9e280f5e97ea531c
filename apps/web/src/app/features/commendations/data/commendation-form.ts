import { AbstractControl, FormControl, NonNullableFormBuilder, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import type { AwardTypeView, CommendationView, CreateCommendationDto } from '@tdkt/shared/contracts';
import { fromIsoDate, toIsoDate } from '../../../core/dates/iso-date';
import { serverErrorOf } from '../../../core/forms/server-errors';
import type { CommendationUpdate } from './commendations.service';
import { MAX, MAX_YEAR, MIN_YEAR, decisionNumberFormat, notInFuture, requiredText } from './field-rules';

export const RECIPIENT_KINDS = ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'] as const;
export const RECIPIENT_CLASSES = ['LEADER', 'MANAGER', 'ENTREPRENEUR', 'DIRECT_WORKER', 'OTHER'] as const;
export const COMMENDATION_KINDS = ['REGULAR', 'THEMATIC', 'EXTRAORDINARY', 'CONTRIBUTION', 'SENIORITY', 'FOREIGN', 'RESISTANCE'] as const;
export const GENDERS = ['FEMALE', 'MALE'] as const;

/** APPROVED records an award the province has already decided; DRAFT starts a proposal. */
export type EntryMode = 'APPROVED' | 'DRAFT';

export type CommendationForm = ReturnType<typeof buildCommendationForm>;

/** What the rules depend on, read when a control validates. */
export interface FormContext {
  award(): AwardTypeView | null;
  /** The decision is recorded with the record (a decided award), so its three fields are required. */
  decided(): boolean;
}

function whenDecided(context: FormContext, validators: ValidatorFn[]): ValidatorFn {
  const all = Validators.compose(validators);
  return (control) => (context.decided() && all ? all(control) : null);
}

/** R-RECIPIENT-KIND: the one rule the API refuses a save for, checked here first. */
function kindAllowed(context: FormContext): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const award = context.award();
    return award && control.value && !award.recipientKinds.includes(control.value) ? { recipientKindNotAllowed: true } : null;
  };
}

const wholeYear: ValidatorFn = (control) => (control.value === null || Number.isInteger(control.value) ? null : { integer: true });

export function buildCommendationForm(fb: NonNullableFormBuilder, context: FormContext) {
  return fb.group({
    status: fb.control<EntryMode>('APPROVED'),
    awardTypeCode: fb.control('', Validators.required),
    kind: fb.control('REGULAR', Validators.required),
    recipientKind: fb.control<string>('INDIVIDUAL', [Validators.required, kindAllowed(context)]),
    recipientName: fb.control('', [requiredText, Validators.maxLength(MAX.recipientName)]),
    position: fb.control('', Validators.maxLength(MAX.position)),
    organization: fb.control('', Validators.maxLength(MAX.organization)),
    gender: fb.control<string | null>(null),
    recipientClass: fb.control<string | null>(null),
    ethnicMinority: fb.control(false),
    movementId: fb.control<string | null>(null),
    achievementYear: fb.control<number | null>(null, [Validators.min(MIN_YEAR), Validators.max(MAX_YEAR), wholeYear]),
    // The decision is only sent (and shown) when the record carries it: hidden, its fields must not block a save.
    decisionNumber: fb.control('', whenDecided(context, [requiredText, Validators.maxLength(MAX.decisionNumber), decisionNumberFormat])),
    decisionDate: new FormControl<Date | null>(null, whenDecided(context, [Validators.required, notInFuture])),
    decidingAuthority: fb.control('', whenDecided(context, [requiredText, Validators.maxLength(MAX.decidingAuthority)])),
    citation: fb.control('', Validators.maxLength(MAX.citation)),
    // The recipient's discipline facts (R-DISCIPLINE-FREEZE); null is "not recorded", unlike false.
    disciplineUntil: new FormControl<Date | null>(null),
    pendingReview: fb.control<boolean | null>(null),
    memberWarnedOrAbove: fb.control<boolean | null>(null),
  });
}

/** The record's values in the form's shape. */
export function formValueOf(record: CommendationView): Parameters<CommendationForm['patchValue']>[0] {
  return {
    status: record.status === 'APPROVED' ? 'APPROVED' : 'DRAFT',
    awardTypeCode: record.awardTypeCode,
    kind: record.kind,
    recipientKind: record.recipientKind,
    recipientName: record.recipientName,
    position: record.position ?? '',
    organization: record.organization ?? '',
    gender: record.gender,
    recipientClass: record.recipientClass,
    ethnicMinority: record.ethnicMinority,
    movementId: record.movementId,
    achievementYear: record.achievementYear,
    decisionNumber: record.decisionNumber ?? '',
    decisionDate: fromIsoDate(record.decisionDate),
    decidingAuthority: record.decidingAuthority ?? '',
    citation: record.citation ?? '',
    disciplineUntil: fromIsoDate(record.disciplineUntil ?? null),
    pendingReview: record.pendingReview ?? null,
    memberWarnedOrAbove: record.memberWarnedOrAbove ?? null,
  };
}

const optional = (text: string): string | null => text.trim() || null;

/** The fields both a new record and a correction send; decision fields only when the record carries its decision. */
function fieldsOf(form: CommendationForm, decided: boolean) {
  const v = form.getRawValue();
  const individual = v.recipientKind === 'INDIVIDUAL';
  return {
    awardTypeCode: v.awardTypeCode,
    kind: v.kind as CreateCommendationDto['kind'],
    recipientKind: v.recipientKind as CreateCommendationDto['recipientKind'],
    recipientName: v.recipientName.trim(),
    position: individual ? optional(v.position) : null,
    organization: optional(v.organization),
    gender: individual ? (v.gender as CreateCommendationDto['gender']) : null,
    recipientClass: individual ? (v.recipientClass as CreateCommendationDto['recipientClass']) : null,
    ethnicMinority: v.ethnicMinority,
    movementId: v.movementId,
    achievementYear: v.achievementYear,
    citation: optional(v.citation),
    disciplineUntil: v.disciplineUntil ? toIsoDate(v.disciplineUntil) : null,
    pendingReview: v.pendingReview,
    // Only a collective has members (Law Art. 28).
    memberWarnedOrAbove: v.recipientKind === 'COLLECTIVE' ? v.memberWarnedOrAbove : null,
    ...(decided
      ? {
          decisionNumber: optional(v.decisionNumber),
          decisionDate: v.decisionDate ? toIsoDate(v.decisionDate) : null,
          decidingAuthority: optional(v.decidingAuthority),
        }
      : {}),
  };
}

export function toCreateDto(form: CommendationForm, provinceCode: string, decided: boolean): CreateCommendationDto {
  return { ...fieldsOf(form, decided), provinceCode, status: (decided ? 'APPROVED' : 'DRAFT') as CreateCommendationDto['status'] };
}

export function toUpdateDto(form: CommendationForm, version: number, decided: boolean): CommendationUpdate {
  return { ...fieldsOf(form, decided), version };
}

/** Translation key of a control's first problem (the server's own words come first), with its parameters. */
export function problemOf(control: AbstractControl | null): { key: string; params?: Record<string, unknown>; text?: string } | null {
  if (!control?.errors) return null;
  const server = serverErrorOf(control);
  if (server) return { key: '', text: server };
  const e = control.errors;
  if (e['matDatepickerParse']) return { key: 'commendations.errors.date' };
  if (e['required']) return { key: 'commendations.errors.required' };
  if (e['maxlength'])
    return { key: 'commendations.errors.maxLength', params: { max: (e['maxlength'] as { requiredLength: number }).requiredLength } };
  if (e['decisionNumberFormat']) return { key: 'commendations.errors.decisionNumberFormat' };
  if (e['future']) return { key: 'commendations.errors.future' };
  if (e['min'] || e['max'] || e['integer']) return { key: 'commendations.errors.year', params: { min: MIN_YEAR, max: MAX_YEAR } };
  if (e['recipientKindNotAllowed']) return { key: 'commendations.errors.recipientKindNotAllowed' };
  return { key: 'commendations.errors.invalid' };
}

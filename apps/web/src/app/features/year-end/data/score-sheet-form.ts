import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { ScoreItemKind, ScoreMethod, type PutScoreSheetDto, type ScoreSheetView } from '@tdkt/shared/contracts';
import { maxTotal } from '@tdkt/shared/domain';
import { formatScore, parseScore } from './score-grid';

export const ITEM_CODE_PATTERN = /^[A-Za-z0-9_.-]{1,20}$/;

export type CriterionGroup = FormGroup<{
  code: FormControl<string>;
  group: FormControl<string>;
  name: FormControl<string>;
  maxPoints: FormControl<string>;
  method: FormControl<ScoreMethod>;
  pledgeCriterionCode: FormControl<string>;
}>;
export type AdjustmentGroup = FormGroup<{ code: FormControl<string>; name: FormControl<string>; maxPoints: FormControl<string> }>;
export type SheetForm = FormGroup<{
  criteria: FormArray<CriterionGroup>;
  bonuses: FormArray<AdjustmentGroup>;
  deductions: FormArray<AdjustmentGroup>;
}>;

/** Points between 0.01 and 1000, two decimals at most. */
export const maxPointsValidator: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const value = parseScore(control.value);
  if (value === null) return { required: true };
  if (Number.isNaN(value)) return { number: true };
  if (/[.,]\d{3,}$/.test(control.value.trim())) return { decimals: true };
  if (value <= 0) return { min: true };
  if (value > 1000) return { max: true };
  return null;
};

/** A PLEDGE_RATE criterion names the pledge criterion it is computed from. */
const pledgeLinkValidator: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const g = group as CriterionGroup;
  const missing = g.controls.method.value === ScoreMethod.PLEDGE_RATE && !g.controls.pledgeCriterionCode.value;
  const link = g.controls.pledgeCriterionCode;
  if (missing && !link.hasError('pledgeRequired')) link.setErrors({ ...(link.errors ?? {}), pledgeRequired: true });
  if (!missing && link.hasError('pledgeRequired')) {
    const { pledgeRequired: _gone, ...rest } = link.errors ?? {};
    link.setErrors(Object.keys(rest).length ? rest : null);
  }
  return null;
};

/** Codes are unique across the whole sheet (criteria, bonuses and deductions share one list of scores). */
const uniqueCodesValidator: ValidatorFn = (form: AbstractControl): ValidationErrors | null => {
  const f = form as SheetForm;
  const all = [...f.controls.criteria.controls, ...f.controls.bonuses.controls, ...f.controls.deductions.controls].map(
    (g) => g.controls.code,
  );
  const seen = new Map<string, number>();
  for (const c of all) seen.set(c.value.trim(), (seen.get(c.value.trim()) ?? 0) + 1);
  for (const c of all) {
    const duplicate = !!c.value.trim() && (seen.get(c.value.trim()) ?? 0) > 1;
    if (duplicate && !c.hasError('duplicate')) c.setErrors({ ...(c.errors ?? {}), duplicate: true });
    if (!duplicate && c.hasError('duplicate')) {
      const { duplicate: _gone, ...rest } = c.errors ?? {};
      c.setErrors(Object.keys(rest).length ? rest : null);
    }
  }
  return null;
};

const codeControl = (value: string) =>
  new FormControl(value, { nonNullable: true, validators: [Validators.required, Validators.pattern(ITEM_CODE_PATTERN)] });
const textControl = (value: string, max: number) =>
  new FormControl(value, { nonNullable: true, validators: [Validators.required, Validators.maxLength(max)] });

export function criterionGroup(value?: Partial<ScoreSheetView['criteria'][number]>): CriterionGroup {
  return new FormGroup(
    {
      code: codeControl(value?.code ?? ''),
      group: textControl(value?.group ?? '', 300),
      name: textControl(value?.name ?? '', 500),
      maxPoints: new FormControl(formatScore(value?.maxPoints ?? null), { nonNullable: true, validators: maxPointsValidator }),
      method: new FormControl(value?.method ?? ScoreMethod.MANUAL, { nonNullable: true }),
      pledgeCriterionCode: new FormControl(value?.pledgeCriterionCode ?? '', { nonNullable: true }),
    },
    { validators: pledgeLinkValidator },
  );
}

export function adjustmentGroup(value?: Partial<ScoreSheetView['bonuses'][number]>): AdjustmentGroup {
  return new FormGroup({
    code: codeControl(value?.code ?? ''),
    name: textControl(value?.name ?? '', 500),
    maxPoints: new FormControl(formatScore(value?.maxPoints ?? null), { nonNullable: true, validators: maxPointsValidator }),
  });
}

export function buildSheetForm(): SheetForm {
  return new FormGroup(
    {
      criteria: new FormArray<CriterionGroup>([]),
      bonuses: new FormArray<AdjustmentGroup>([]),
      deductions: new FormArray<AdjustmentGroup>([]),
    },
    { validators: uniqueCodesValidator },
  );
}

/** Puts a sheet (or nothing: one empty criterion to start from) into the form. */
export function fillSheetForm(form: SheetForm, sheet: Pick<ScoreSheetView, 'criteria' | 'bonuses' | 'deductions'> | null): void {
  form.setControl('criteria', new FormArray((sheet?.criteria.length ? sheet.criteria : [undefined]).map((c) => criterionGroup(c))));
  form.setControl('bonuses', new FormArray((sheet?.bonuses ?? []).map((b) => adjustmentGroup(b))));
  form.setControl('deductions', new FormArray((sheet?.deductions ?? []).map((d) => adjustmentGroup(d))));
  form.markAsPristine();
  form.updateValueAndValidity();
}

/** The `PUT …/score-sheet` body. */
export function toSheetBody(form: SheetForm, version: number): PutScoreSheetDto {
  const v = form.getRawValue();
  const points = (text: string): number => parseScore(text) ?? 0;
  return {
    criteria: v.criteria.map((c) => ({
      code: c.code.trim(),
      group: c.group.trim(),
      name: c.name.trim(),
      maxPoints: points(c.maxPoints),
      method: c.method,
      pledgeCriterionCode: c.method === ScoreMethod.PLEDGE_RATE ? c.pledgeCriterionCode || null : null,
    })),
    bonuses: v.bonuses.map((b) => ({ code: b.code.trim(), name: b.name.trim(), maxPoints: points(b.maxPoints) })),
    deductions: v.deductions.map((d) => ({ code: d.code.trim(), name: d.name.trim(), maxPoints: points(d.maxPoints) })),
    version,
  };
}

/** The highest total of what is typed now: Σ criteria + Σ bonuses (the shared domain's arithmetic). */
export function typedMaxTotal(form: SheetForm): number {
  const v = form.getRawValue();
  const valid = (text: string): number => {
    const n = parseScore(text);
    return n === null || Number.isNaN(n) ? 0 : n;
  };
  return maxTotal([
    ...v.criteria.map((c) => ({ code: c.code, kind: ScoreItemKind.CRITERION, maxPoints: valid(c.maxPoints), method: c.method })),
    ...v.bonuses.map((b) => ({ code: b.code, kind: ScoreItemKind.BONUS, maxPoints: valid(b.maxPoints), method: ScoreMethod.MANUAL })),
    ...v.deductions.map((d) => ({
      code: d.code,
      kind: ScoreItemKind.DEDUCTION,
      maxPoints: valid(d.maxPoints),
      method: ScoreMethod.MANUAL,
    })),
  ]);
}

/** The first error of a control, as a key under `yearEnd.sheet.errors`. */
export function sheetErrorKey(control: AbstractControl): string | null {
  const errors = control.errors;
  if (!errors) return null;
  return (
    ['server', 'required', 'pattern', 'duplicate', 'maxlength', 'number', 'decimals', 'min', 'max', 'pledgeRequired'].find(
      (k) => k in errors,
    ) ?? null
  );
}

import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { PledgeCriterionView, PledgeResultDto, PledgeResultView } from '@tdkt/shared/contracts';

/** The grid's columns: first half-year, then the whole year. */
export const GRID_PERIODS = ['H1', 'FY'] as const;
export type GridPeriod = (typeof GRID_PERIODS)[number];

export type CellGroup = FormGroup<{ target: FormControl<string>; actual: FormControl<string> }>;
export type RowGroup = FormGroup<Record<GridPeriod, CellGroup>>;
export type GridForm = FormGroup<{ rows: FormArray<RowGroup> }>;
/** A criterion's target kind as the API spells it. */
export type TargetKindCode = `${PledgeCriterionView['targetKind']}`;

/** The largest value the API accepts (±1e12, four decimals). */
const MAX_VALUE = 1e12;
const MAX_DECIMALS = 4;

/**
 * A number typed the Vietnamese way: comma for decimals ("94,6"), dots between thousands ("2.517");
 * a single dot followed by other than three digits is read as a decimal point too ("94.6").
 * Empty text is null; anything else unreadable is NaN.
 */
export function parseDecimal(text: string | null | undefined): number | null {
  const raw = (text ?? '').replace(/\s/g, '');
  if (!raw) return null;
  let normalized: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(raw)) normalized = raw.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+(,\d+)?$/.test(raw)) normalized = raw.replace(',', '.');
  else if (/^-?\d+\.\d+$/.test(raw)) normalized = raw;
  else return Number.NaN;
  return Number(normalized);
}

/** What the input shows for a stored value: no thousands dots, decimal comma (as Vietnamese users type). */
export function formatDecimal(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value).replace('.', ',');
}

function decimalsOf(value: number): number {
  const text = String(value);
  return text.includes('.') ? text.split('.')[1].length : 0;
}

/** Per-cell check of a typed value; a percentage lies between 0 and 100. */
export function valueValidator(kind: TargetKindCode): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    if (kind === 'YES_NO') return null;
    const value = parseDecimal(control.value);
    if (value === null) return null;
    if (Number.isNaN(value)) return { number: true };
    if (decimalsOf(value) > MAX_DECIMALS) return { decimals: true };
    if (value < 0) return { negative: true };
    if (kind === 'PERCENTAGE' && value > 100) return { percentage: true };
    if (value > MAX_VALUE) return { tooLarge: true };
    return null;
  };
}

/** The first error of a cell input, as a key under `pledges.grid.errors`. */
export function cellErrorKey(control: AbstractControl): string | null {
  const errors = control.errors;
  if (!errors) return null;
  return ['server', 'number', 'decimals', 'negative', 'percentage', 'tooLarge'].find((key) => key in errors) ?? null;
}

/** How a yes/no value is stored: 1 = done, 0 = not done. */
function yesNoText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : value >= 1 ? '1' : '0';
}

export function findResult(results: readonly PledgeResultView[], criterionCode: string, period: GridPeriod): PledgeResultView | null {
  return results.find((r) => r.criterionCode === criterionCode && r.period === period) ?? null;
}

/** One row per criterion, one cell per period, filled with what the province has recorded. */
export function buildGridForm(criteria: readonly PledgeCriterionView[], results: readonly PledgeResultView[]): GridForm {
  const rows = criteria.map((criterion) => {
    const cell = (period: GridPeriod): CellGroup => {
      const existing = findResult(results, criterion.code, period);
      const text = criterion.targetKind === 'YES_NO' ? yesNoText : formatDecimal;
      return new FormGroup({
        target: new FormControl(text(existing?.targetValue), { nonNullable: true, validators: valueValidator(criterion.targetKind) }),
        actual: new FormControl(text(existing?.actualValue), { nonNullable: true, validators: valueValidator(criterion.targetKind) }),
      });
    };
    return new FormGroup({ H1: cell('H1'), FY: cell('FY') });
  });
  return new FormGroup({ rows: new FormArray(rows) });
}

export interface GridSave {
  readonly items: PledgeResultDto[];
  /** Server field path (`3.actualValue`) → the grid control it belongs to (`rows.1.FY.actual`). */
  readonly aliases: Record<string, string>;
}

/**
 * The `PUT /pledges/{id}/results` body for one province: every cell with a value or a record already,
 * keeping the note recorded before (the grid does not edit notes).
 */
export function toSaveBody(
  form: GridForm,
  criteria: readonly PledgeCriterionView[],
  results: readonly PledgeResultView[],
  provinceCode: string,
): GridSave {
  const items: PledgeResultDto[] = [];
  const aliases: Record<string, string> = {};
  criteria.forEach((criterion, row) => {
    for (const period of GRID_PERIODS) {
      const cell = form.controls.rows.at(row).controls[period].getRawValue();
      const existing = findResult(results, criterion.code, period);
      const targetValue = parseDecimal(cell.target);
      const actualValue = parseDecimal(cell.actual);
      if (targetValue === null && actualValue === null && !existing) continue;
      const index = items.length;
      for (const [field, control] of [
        ['actualValue', 'actual'],
        ['targetValue', 'target'],
      ] as const) {
        const path = `rows.${row}.${period}.${control}`;
        aliases[`${index}.${field}`] = path;
        aliases[`results.${index}.${field}`] = path;
        aliases[`results.${index}.${control}`] = path;
      }
      items.push({
        provinceCode,
        criterionCode: criterion.code,
        period: period as PledgeResultDto['period'],
        targetValue,
        actualValue,
        note: existing?.note ?? null,
      });
    }
  });
  return { items, aliases };
}

export type Achievement = { readonly met: boolean; readonly rate: number | null } | null;

/** Met when the actual value reaches the target; the rate (actual / target, in percent) where it means something. */
export function achievementOf(kind: TargetKindCode, target: number | null, actual: number | null): Achievement {
  if (target === null || actual === null || Number.isNaN(target) || Number.isNaN(actual)) return null;
  if (kind === 'YES_NO') return { met: actual >= target, rate: null };
  return { met: actual >= target, rate: target > 0 ? (actual / target) * 100 : null };
}

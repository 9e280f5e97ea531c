import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import {
  ScoreItemKind,
  ScoreMethod,
  type PutScoresDto,
  type ScoreCardView,
  type ScoreEntryDto,
  type ScoreItemView,
} from '@tdkt/shared/contracts';
import { ScoreEntry, SheetItem, ScoreTotals, scoreTotals } from '@tdkt/shared/domain';

/** One item's inputs: the province's self score and evidence, the chair's agreed score and comment. */
export type ScoreRowGroup = FormGroup<{
  self: FormControl<string>;
  note: FormControl<string>;
  agreed: FormControl<string>;
  comment: FormControl<string>;
}>;
export type ScoreGridForm = FormGroup<{ rows: FormArray<ScoreRowGroup> }>;

export const NOTE_MAX = 2000;

/** A score typed the Vietnamese way ("7,5") or with a dot ("7.5"); empty text is null, anything else NaN. */
export function parseScore(text: string | null | undefined): number | null {
  const raw = (text ?? '').replace(/\s/g, '');
  if (!raw) return null;
  if (!/^\d+([.,]\d+)?$/.test(raw)) return Number.NaN;
  return Number(raw.replace(',', '.'));
}

export function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value).replace('.', ',');
}

/** Computed items (PLEDGE_RATE criteria) take no typed score. */
export function isComputed(item: Pick<ScoreItemView, 'kind' | 'method'>): boolean {
  return item.kind === ScoreItemKind.CRITERION && item.method === ScoreMethod.PLEDGE_RATE;
}

/** A score between 0 and the item's maximum, with at most two decimals. */
export function scoreValidator(maxPoints: number): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const value = parseScore(control.value);
    if (value === null) return null;
    if (Number.isNaN(value)) return { number: true };
    if (/[.,]\d{3,}$/.test(control.value.trim())) return { decimals: true };
    if (value > maxPoints) return { max: { max: maxPoints } };
    return null;
  };
}

/** Agreed and self scores differ (both entered): the chair must say why. */
export function differs(row: ScoreRowGroup): boolean {
  const self = parseScore(row.controls.self.value);
  const agreed = parseScore(row.controls.agreed.value);
  return (
    agreed !== null && self !== null && !Number.isNaN(agreed) && !Number.isNaN(self) && Math.round(agreed * 100) !== Math.round(self * 100)
  );
}

/** The comment is required where the agreed score differs from the self score. */
function commentValidator(control: AbstractControl<string>): ValidationErrors | null {
  const row = control.parent as ScoreRowGroup | null;
  if (!row || !('agreed' in row.controls)) return null;
  return differs(row) && !control.value.trim() ? { commentRequired: true } : null;
}

/** One row per item of the card, filled with what was recorded. */
export function buildScoreForm(card: ScoreCardView): ScoreGridForm {
  const rows = card.items.map((item) => {
    const row: ScoreRowGroup = new FormGroup({
      self: new FormControl(formatScore(item.selfScore), { nonNullable: true, validators: scoreValidator(item.maxPoints) }),
      note: new FormControl(item.note ?? '', { nonNullable: true }),
      agreed: new FormControl(formatScore(item.agreedScore), { nonNullable: true, validators: scoreValidator(item.maxPoints) }),
      comment: new FormControl(item.comment ?? '', { nonNullable: true, validators: commentValidator }),
    });
    // Typing either score re-checks the comment at once: the message shows as the scores diverge.
    row.controls.self.valueChanges.subscribe(() => row.controls.comment.updateValueAndValidity({ emitEvent: false }));
    row.controls.agreed.valueChanges.subscribe(() => row.controls.comment.updateValueAndValidity({ emitEvent: false }));
    row.controls.comment.updateValueAndValidity({ emitEvent: false });
    return row;
  });
  return new FormGroup({ rows: new FormArray(rows) });
}

/** Totals of what is typed now, with the shared arithmetic of the server (each item capped, bonuses add, deductions subtract). */
export function liveTotals(card: ScoreCardView, form: ScoreGridForm): ScoreTotals {
  const items: SheetItem[] = card.items.map((i) => ({ code: i.code, kind: i.kind, maxPoints: i.maxPoints, method: i.method }));
  const entries = new Map<string, ScoreEntry>();
  const computed = new Map<string, number | null>();
  card.items.forEach((item, index) => {
    if (isComputed(item)) {
      computed.set(item.code, item.computedScore);
      return;
    }
    const row = form.controls.rows.at(index).getRawValue();
    const valid = (text: string): number | null => {
      const n = parseScore(text);
      return n === null || Number.isNaN(n) ? null : n;
    };
    entries.set(item.code, { selfScore: valid(row.self), agreedScore: valid(row.agreed) });
  });
  return scoreTotals(items, entries, computed);
}

/** Sums of one kind of item in a totals result: the criteria, the bonuses or the deductions. */
export function sumOf(totals: ScoreTotals, kind: ScoreItemKind, side: 'self' | 'counted'): number {
  return Math.round(totals.items.filter((i) => i.kind === kind).reduce((s, i) => s + Math.round(i[side] * 100), 0)) / 100;
}

export interface ScoresSave {
  readonly body: PutScoresDto;
  /** Server field path (`items.2.comment`) → grid control (`rows.5.comment`). */
  readonly aliases: Record<string, string>;
}

const text = (value: string): string | null => value.trim() || null;

/**
 * The `PUT …/scores/{provinceCode}` body: the typed items, with the province's fields (self score, evidence) when the
 * user scores for it, and the chair's (agreed score, comment) when the user is the chair.
 */
export function toScoresBody(card: ScoreCardView, form: ScoreGridForm, as: { self: boolean; agreed: boolean }): ScoresSave {
  const items: ScoreEntryDto[] = [];
  const aliases: Record<string, string> = {};
  card.items.forEach((item, row) => {
    if (isComputed(item)) return;
    const value = form.controls.rows.at(row).getRawValue();
    const entry: ScoreEntryDto = { code: item.code };
    if (as.self) {
      entry.selfScore = parseScore(value.self);
      entry.note = text(value.note);
    }
    if (as.agreed) {
      entry.agreedScore = parseScore(value.agreed);
      entry.comment = text(value.comment);
    }
    const index = items.length;
    for (const [field, control] of [
      ['selfScore', 'self'],
      ['note', 'note'],
      ['agreedScore', 'agreed'],
      ['comment', 'comment'],
      ['code', 'self'],
    ] as const) {
      aliases[`items.${index}.${field}`] = `rows.${row}.${control}`;
    }
    items.push(entry);
  });
  return { body: { items, version: card.version }, aliases };
}

/** The card's items in print order: criteria by group, then bonuses, then deductions, each with its row index. */
export function sections(
  card: ScoreCardView,
): Array<{ key: string; kind: ScoreItemKind; title: string | null; rows: Array<{ item: ScoreItemView; row: number }> }> {
  const out: Array<{ key: string; kind: ScoreItemKind; title: string | null; rows: Array<{ item: ScoreItemView; row: number }> }> = [];
  card.items.forEach((item, row) => {
    const title = item.kind === ScoreItemKind.CRITERION ? item.group : null;
    const key = `${item.kind}|${title ?? ''}`;
    let section = out.find((s) => s.key === key);
    if (!section) {
      section = { key, kind: item.kind, title, rows: [] };
      out.push(section);
    }
    section.rows.push({ item, row });
  });
  return out;
}

import { Injectable } from '@angular/core';
import { MAT_NATIVE_DATE_FORMATS, MatDateFormats, NativeDateAdapter } from '@angular/material/core';

export const DAY_FIRST = 'dd/MM/yyyy';

export const DAY_FIRST_DATE_FORMATS: MatDateFormats = {
  ...MAT_NATIVE_DATE_FORMATS,
  parse: { ...MAT_NATIVE_DATE_FORMATS.parse, dateInput: DAY_FIRST },
  display: { ...MAT_NATIVE_DATE_FORMATS.display, dateInput: DAY_FIRST },
};

const DAY_FIRST_INPUT = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;

/**
 * Dates typed and shown as dd/MM/yyyy whatever the interface language: the browser's Date.parse
 * would read "01/07/2025" as 7 January.
 */
@Injectable()
export class DayFirstDateAdapter extends NativeDateAdapter {
  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value !== 'string') return super.parse(value, parseFormat);
    if (!value.trim()) return null;
    const m = DAY_FIRST_INPUT.exec(value);
    if (!m) return this.invalid();
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(year, month - 1, day);
    return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : this.invalid();
  }

  override format(date: Date, displayFormat: object | string): string {
    if (displayFormat !== DAY_FIRST) return super.format(date, displayFormat as object);
    if (!this.isValid(date)) throw Error('DayFirstDateAdapter: cannot format invalid date.');
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
  }
}

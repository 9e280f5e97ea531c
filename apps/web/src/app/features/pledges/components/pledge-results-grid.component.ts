import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PledgeCriterionView, PledgeResultView } from '@tdkt/shared/contracts';
import { startWith, switchMap } from 'rxjs';
import { serverErrorOf, applyServerErrors } from '../../../core/forms/server-errors';
import { ApiError } from '../../../core/http/api-error';
import {
  Achievement,
  CellGroup,
  GRID_PERIODS,
  GridPeriod,
  GridSave,
  achievementOf,
  buildGridForm,
  cellErrorKey,
  findResult,
  parseDecimal,
  toSaveBody,
} from '../data/pledge-grid';

/**
 * One province's pledge results: a row per criterion, a column per period. Each cell shows the target
 * and takes the actual value; Tab walks the cells row by row, Enter saves. Read-only for other provinces.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  selector: 'tdkt-pledge-results-grid',
  styleUrl: './pledge-results-grid.component.scss',
  templateUrl: './pledge-results-grid.component.html',
})
export class PledgeResultsGrid {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly criteria = input.required<readonly PledgeCriterionView[]>();
  /** The shown province's recorded targets and results. */
  readonly results = input.required<readonly PledgeResultView[]>();
  readonly provinceCode = input.required<string>();
  readonly provinceName = input<string>('');
  readonly year = input.required<number>();
  readonly readonly = input(false);
  readonly saving = input(false);
  readonly save = output<GridSave>();

  protected readonly periods = GRID_PERIODS;
  protected readonly form = computed(() => buildGridForm(this.criteria(), this.results()));
  /** Re-reads the typed values so the met / not met marks follow the typing. */
  private readonly values = toSignal(toObservable(this.form).pipe(switchMap((form) => form.valueChanges.pipe(startWith(null)))));
  /** Why the last save did not leave (invalid cells, nothing entered), as a translation key. */
  protected readonly problem = signal<{ key: string; count?: number } | null>(null);
  private aliases: Record<string, string> = {};

  protected cell(row: number, period: GridPeriod): CellGroup {
    return this.form().controls.rows.at(row).controls[period];
  }

  protected recorded(code: string, period: GridPeriod): PledgeResultView | null {
    return findResult(this.results(), code, period);
  }

  /** A target already recorded is shown as text; a missing one can be entered here. */
  protected targetEditable(code: string, period: GridPeriod): boolean {
    return !this.readonly() && this.recorded(code, period)?.targetValue == null;
  }

  protected achievement(row: number, period: GridPeriod): Achievement {
    this.values();
    const criterion = this.criteria()[row];
    const value = this.cell(row, period).getRawValue();
    return achievementOf(criterion.targetKind, parseDecimal(value.target), parseDecimal(value.actual));
  }

  protected errorKey(row: number, period: GridPeriod, control: 'target' | 'actual'): string | null {
    const c = this.cell(row, period).controls[control];
    return c.touched || c.dirty ? cellErrorKey(c) : null;
  }

  protected serverError(row: number, period: GridPeriod, control: 'target' | 'actual'): string | null {
    return serverErrorOf(this.cell(row, period).controls[control]);
  }

  protected inputId(row: number, period: GridPeriod, control: 'target' | 'actual'): string {
    return `pledge-${control}-${row}-${period}`;
  }

  protected submit(): void {
    const form = this.form();
    if (this.readonly() || this.saving()) return;
    if (form.invalid) {
      form.markAllAsTouched();
      const count = this.invalidCount();
      this.problem.set({ key: 'pledges.grid.invalid', count });
      this.focusFirstError();
      return;
    }
    const body = toSaveBody(form, this.criteria(), this.results(), this.provinceCode());
    if (!body.items.length) {
      this.problem.set({ key: 'pledges.grid.nothing' });
      return;
    }
    this.problem.set(null);
    this.aliases = body.aliases;
    this.save.emit(body);
  }

  /** Puts a refused save's field errors on their cells; returns what belongs to no cell. Typed values stay. */
  showServerErrors(error: ApiError): string[] {
    const unplaced = applyServerErrors(this.form(), error, this.aliases);
    if (error.fieldErrors.length > unplaced.length) setTimeout(() => this.focusFirstError());
    return unplaced;
  }

  private invalidCount(): number {
    return this.form().controls.rows.controls.reduce(
      (n, row) =>
        n +
        GRID_PERIODS.reduce(
          (m, p) => m + (row.controls[p].controls.target.invalid ? 1 : 0) + (row.controls[p].controls.actual.invalid ? 1 : 0),
          0,
        ),
      0,
    );
  }

  private focusFirstError(): void {
    this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid, select.ng-invalid')?.focus();
  }
}

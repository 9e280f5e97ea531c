import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MovementResultDto, MovementResultView, MovementView } from '@tdkt/shared/contracts';
import { currentYearInVietnam } from '@tdkt/shared/util-text';
import { startWith } from 'rxjs';
import { applyServerErrors, serverErrorOf } from '../../../core/forms/server-errors';
import { ApiError } from '../../../core/http/api-error';
import { errorKeyOf } from '../data/movement-form';
import { RESULT_ALIASES, ResultForm, buildResultForm, fillResult, toResultBody, yearsOf } from '../data/movement-result-form';

type Field = keyof ResultForm['controls'];

/** The officer's own province's result in the movement for one year and period. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, ReactiveFormsModule, TranslocoPipe],
  selector: 'tdkt-movement-result-entry',
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 8px;
      max-width: 880px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
    }
    .row mat-form-field {
      flex: 1 1 200px;
    }
    .wide {
      width: 100%;
    }
    .actions {
      display: flex;
      gap: 12px;
      align-items: center;
    }
  `,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'movements.results.year' | transloco }}</mat-label>
          <mat-select formControlName="year" data-field="year">
            @for (y of years(); track y) {
              <mat-option [value]="y">{{ y }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'movements.results.period' | transloco }}</mat-label>
          <mat-select formControlName="period" data-field="period">
            <mat-option value="H1">{{ 'movements.period.H1' | transloco: { year: form.controls.year.value } }}</mat-option>
            <mat-option value="FY">{{ 'movements.period.FY' | transloco: { year: form.controls.year.value } }}</mat-option>
          </mat-select>
          @if (errorKey('period'); as key) {
            <mat-error>{{
              key === 'server' ? serverError('period') : ('movements.form.errors.' + key | transloco: { max: maxOf('period') })
            }}</mat-error>
          }
        </mat-form-field>
      </div>
      <div class="row">
        @for (field of counts; track field) {
          <mat-form-field>
            <mat-label>{{ 'movements.fields.' + field | transloco }}</mat-label>
            <input matInput inputmode="numeric" autocomplete="off" [formControlName]="field" [attr.data-field]="field" />
            @if (errorKey(field); as key) {
              <mat-error>{{
                key === 'server' ? serverError(field) : ('movements.form.errors.' + key | transloco: { max: maxOf(field) })
              }}</mat-error>
            }
          </mat-form-field>
        }
      </div>
      <mat-form-field class="wide">
        <mat-label>{{ 'movements.fields.summary' | transloco }}</mat-label>
        <textarea matInput formControlName="summary" rows="4" maxlength="10000" data-field="summary"></textarea>
        <mat-hint>{{ 'movements.results.summaryHint' | transloco }}</mat-hint>
        @if (errorKey('summary'); as key) {
          <mat-error>{{
            key === 'server' ? serverError('summary') : ('movements.form.errors.' + key | transloco: { max: maxOf('summary') })
          }}</mat-error>
        }
      </mat-form-field>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="saving()" data-action="save-result">
          <mat-icon svgIcon="save" aria-hidden="true" />
          {{ (saving() ? 'movements.form.saving' : 'movements.results.save') | transloco }}
        </button>
      </div>
    </form>
  `,
})
export class MovementResultEntry {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly movement = input.required<MovementView>();
  /** The officer's province's recorded results in this movement. */
  readonly results = input.required<readonly MovementResultView[]>();
  readonly provinceCode = input.required<string>();
  readonly saving = input(false);
  readonly save = output<MovementResultDto[]>();

  protected readonly counts = ['subMovementsLaunched', 'modelsBuilt', 'participants'] as const;
  protected readonly years = computed(() => yearsOf(this.movement()));
  protected readonly form = buildResultForm(currentYearInVietnam());
  private readonly submitted = signal(false);
  /** Re-reads the form so OnPush shows new errors after a refused save. */
  private readonly revision = signal(0);
  private readonly choice = toSignal(this.form.valueChanges.pipe(startWith(null)));

  constructor() {
    effect(() => {
      const years = this.years();
      if (!years.includes(this.form.controls.year.value)) this.form.controls.year.setValue(years[0], { emitEvent: false });
    });
    // A new year or period, or freshly saved results: show what is recorded for that choice.
    let shown = '';
    effect(() => {
      this.choice();
      const results = this.results();
      const { year, period } = this.form.getRawValue();
      const key = `${year}|${period}|${results.length}|${results.map((r) => r.version).join(',')}`;
      if (key === shown) return;
      shown = key;
      fillResult(this.form, results.find((r) => r.year === year && r.period === period) ?? null);
    });
  }

  protected errorKey(field: Field): string | null {
    this.revision();
    const control = this.form.controls[field];
    return control.touched || this.submitted() ? errorKeyOf(control) : null;
  }

  protected serverError(field: Field): string | null {
    return serverErrorOf(this.form.controls[field]);
  }

  protected maxOf(field: Field): string {
    const max = field === 'participants' ? 1_000_000_000 : field === 'summary' ? 10_000 : 1_000_000;
    return max.toLocaleString('vi-VN');
  }

  protected submit(): void {
    this.submitted.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.revision.update((n) => n + 1);
      this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid')?.focus();
      return;
    }
    this.save.emit(toResultBody(this.form, this.provinceCode()));
  }

  showServerErrors(error: ApiError): string[] {
    const unplaced = applyServerErrors(this.form, error, RESULT_ALIASES);
    this.revision.update((n) => n + 1);
    return unplaced;
  }
}

import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { fromIsoDate, toIsoDate } from '../../../core/dates/iso-date';
import { VALID_ON_PRESETS, ValidOnPreset } from '../data/valid-on';

/** Which day the province list is valid on: before or after the 2025 merger, another day, or all history. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonToggleModule, MatDatepickerModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  selector: 'tdkt-valid-on-filter',
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 16px;
    }
    .presets {
      display: flex;
      flex-direction: column;
      gap: 4px;
      max-width: 100%;
    }
    .legend {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .date {
      width: 200px;
    }
  `,
  template: `
    <div class="presets">
      <span class="legend" id="valid-on-legend">{{ 'provinces.validOn.label' | transloco }}</span>
      <mat-button-toggle-group
        name="validOn"
        aria-labelledby="valid-on-legend"
        hideSingleSelectionIndicator
        [vertical]="narrow()"
        [value]="preset()"
        (change)="choose($event)"
      >
        @for (option of presets; track option) {
          <mat-button-toggle [value]="option" [attr.data-preset]="option">{{ 'provinces.validOn.' + option | transloco }}</mat-button-toggle>
        }
      </mat-button-toggle-group>
    </div>
    @if (preset() === 'custom') {
      <mat-form-field class="date" subscriptSizing="dynamic">
        <mat-label>{{ 'provinces.validOn.date' | transloco }}</mat-label>
        <input matInput [matDatepicker]="picker" [formControl]="date" data-field="customDate" />
        <mat-datepicker-toggle matIconSuffix [for]="picker" />
        <mat-datepicker #picker />
        <mat-hint>{{ 'provinces.validOn.dateHint' | transloco }}</mat-hint>
        @if (date.hasError('matDatepickerParse')) {
          <mat-error>{{ 'provinces.validOn.invalidDate' | transloco }}</mat-error>
        }
      </mat-form-field>
    }
  `,
})
export class ValidOnFilter {
  readonly preset = input.required<ValidOnPreset>();
  /** The custom day, `YYYY-MM-DD`. */
  readonly customDate = input.required<string>();
  readonly presetChange = output<ValidOnPreset>();
  readonly customDateChange = output<string>();

  protected readonly presets = VALID_ON_PRESETS;
  /** The four choices do not fit side by side on a phone: stack them. */
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 719.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly date = new FormControl<Date | null>(null);

  constructor() {
    effect(() => {
      const value = fromIsoDate(this.customDate());
      if (value && (!this.date.value || toIsoDate(this.date.value) !== this.customDate())) this.date.setValue(value, { emitEvent: false });
    });
    this.date.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      if (value && !Number.isNaN(value.getTime())) this.customDateChange.emit(toIsoDate(value));
    });
  }

  protected choose(change: MatButtonToggleChange): void {
    this.presetChange.emit(change.value as ValidOnPreset);
  }
}

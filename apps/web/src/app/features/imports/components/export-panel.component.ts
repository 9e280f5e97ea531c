import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { currentYearInVietnam } from '@tdkt/shared/util-text';
import { EXPORT_STATUSES, ExportFilters, ExportPeriod, ExportStatus, exportYears } from '../data/export-filters';

/** The filters of the commendation export (year, period, status) and its button. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatSelectModule, TranslocoPipe],
  selector: 'tdkt-export-panel',
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 16px;
    }
    mat-form-field {
      flex: 0 1 220px;
    }
    .period {
      flex-basis: 280px;
    }
    button {
      margin-top: 8px;
    }
  `,
  template: `
    <div class="filters">
      <mat-form-field>
        <mat-label>{{ 'imports.export.year' | transloco }}</mat-label>
        <mat-select data-field="year" [value]="year()" (valueChange)="year.set($event)">
          <mat-select-trigger>{{ year() === ALL ? ('imports.export.allYears' | transloco) : year() }}</mat-select-trigger>
          <mat-option [value]="ALL">{{ 'imports.export.allYears' | transloco }}</mat-option>
          @for (y of years; track y) {
            <mat-option [value]="y">{{ y }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field class="period">
        <mat-label>{{ 'imports.export.period' | transloco }}</mat-label>
        <mat-select data-field="period" [value]="period()" [disabled]="year() === ALL" (valueChange)="period.set($event)">
          <mat-select-trigger>{{ 'imports.export.periods.' + period() | transloco }}</mat-select-trigger>
          <mat-option value="FY">{{ 'imports.export.periods.FY' | transloco }}</mat-option>
          <mat-option value="H1">{{ 'imports.export.periods.H1' | transloco }}</mat-option>
        </mat-select>
        <mat-hint>{{ (year() === ALL ? 'imports.export.periodNeedsYear' : 'imports.export.periodHint') | transloco }}</mat-hint>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'imports.export.status' | transloco }}</mat-label>
        <mat-select data-field="status" [value]="status()" (valueChange)="status.set($event)">
          <mat-select-trigger>{{
            (status() === ALL ? 'imports.export.allStatuses' : 'imports.status.' + status()) | transloco
          }}</mat-select-trigger>
          <mat-option [value]="ALL">{{ 'imports.export.allStatuses' | transloco }}</mat-option>
          @for (s of statuses; track s) {
            <mat-option [value]="s">{{ 'imports.status.' + s | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>
    <button mat-flat-button type="button" [disabled]="busy()" (click)="download.emit(filters())">
      <mat-icon svgIcon="download" aria-hidden="true" />
      {{ (busy() ? 'imports.export.running' : 'imports.export.button') | transloco }}
    </button>
  `,
})
export class ExportPanel {
  readonly busy = input(false);
  readonly download = output<ExportFilters>();

  /** "Every year" and "every status": a value of their own, since a select shows null as no choice at all. */
  protected readonly ALL = 'all';
  protected readonly years = exportYears(currentYearInVietnam(), 2010);
  protected readonly statuses = EXPORT_STATUSES;
  protected readonly year = signal<number | 'all'>(this.years[0]);
  protected readonly period = signal<ExportPeriod>('FY');
  protected readonly status = signal<ExportStatus | 'all'>('all');
  protected readonly filters = computed<ExportFilters>(() => {
    const year = this.year();
    const status = this.status();
    return { year: year === 'all' ? null : year, period: this.period(), status: status === 'all' ? null : status };
  });
}

import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ImportPhase } from '../data/import-progress';

/** The running import: what the server is doing and how many rows it has been through. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, MatProgressBarModule, TranslocoPipe],
  selector: 'tdkt-import-progress',
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding: 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    p {
      margin: 0;
    }
    .count {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
      font-variant-numeric: tabular-nums;
    }
  `,
  template: `
    <p class="phase" role="status">{{ 'imports.import.phase.' + phase() | transloco }}</p>
    <!-- Sending the file has no measure (fetch reports no upload progress); the server's rows do. -->
    <mat-progress-bar
      [mode]="phase() === 'upload' ? 'indeterminate' : 'determinate'"
      [value]="percent()"
      [attr.aria-label]="'imports.import.progressLabel' | transloco"
    />
    @if (total() > 0) {
      <p class="count">{{ 'imports.import.processed' | transloco: { done: done() | number, total: total() | number } }}</p>
    }
  `,
})
export class ImportProgress {
  readonly phase = input.required<ImportPhase>();
  readonly done = input.required<number>();
  readonly total = input.required<number>();
  readonly percent = input.required<number>();
}

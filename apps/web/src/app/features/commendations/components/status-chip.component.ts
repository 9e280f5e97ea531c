import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** A record's workflow status as a coloured label; the colour only repeats what the text says. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
  selector: 'tdkt-status-chip',
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      border: 1px solid transparent;
    }
    :host(.DRAFT) {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
      border-color: var(--mat-sys-outline-variant);
    }
    :host(.SUBMITTED) {
      background: #e3ecff;
      color: #0b3a8c;
    }
    :host(.RETURNED) {
      background: #fff0d6;
      color: #6b3d00;
    }
    :host(.APPROVED) {
      background: #dff3e4;
      color: #0d5223;
    }
    :host(.REVOKED) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      text-decoration: line-through;
    }
  `,
  template: `{{ 'commendations.status.' + status() | transloco }}`,
  host: { '[class]': 'status()' },
})
export class StatusChip {
  readonly status = input.required<string>();
}

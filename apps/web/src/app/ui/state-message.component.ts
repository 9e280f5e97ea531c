import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';

export type StateMessageKind = 'empty' | 'error' | 'loading';

/** The loading, empty and error states of a data view: one look and one accessible pattern everywhere. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatProgressSpinnerModule, TranslocoPipe],
  selector: 'tdkt-state-message',
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 12px;
      padding: 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
      color: var(--mat-sys-on-surface-variant);
    }
    :host(.error) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .text {
      flex: 1 1 220px;
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    p {
      margin: 0;
    }
    .detail {
      font: var(--mat-sys-body-small);
    }
    mat-icon,
    mat-spinner {
      flex: none;
    }
    button {
      margin-left: auto;
    }
  `,
  template: `
    @switch (kind()) {
      @case ('loading') {
        <mat-spinner diameter="24" aria-hidden="true" />
        <div class="text" role="status">
          <p>{{ message() || ('state.loading' | transloco) }}</p>
        </div>
      }
      @case ('error') {
        <mat-icon svgIcon="error" aria-hidden="true" />
        <div class="text" role="alert">
          <p>{{ message() }}</p>
          @if (detail()) {
            <p class="detail">{{ 'errors.detail' | transloco: { message: detail() } }}</p>
          }
        </div>
        <button mat-stroked-button type="button" (click)="retry.emit()">
          <mat-icon svgIcon="refresh" aria-hidden="true" />
          {{ 'state.retry' | transloco }}
        </button>
      }
      @case ('empty') {
        <mat-icon svgIcon="inbox" aria-hidden="true" />
        <div class="text" role="status">
          <p>{{ message() }}</p>
        </div>
      }
    }
  `,
  host: { '[class]': 'kind()' },
})
export class StateMessage {
  readonly kind = input.required<StateMessageKind>();
  /** Already translated text; the loading state has a default. */
  readonly message = input<string>('');
  /** Secondary line under an error, e.g. the server's own message. */
  readonly detail = input<string | null>(null);
  readonly retry = output<void>();
}

import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, effect, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError } from '../core/http/api-error';

/**
 * Why the server refused a save (period locked, outside the user's scope, invalid fields…), above the form.
 * Its wording comes from the feature's translation scope: `<scope>.refusal.{locked,scope,conflict,invalid,failed,checkFields}`.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, TranslocoPipe],
  selector: 'tdkt-refusal-banner',
  styles: `
    :host {
      display: flex;
      gap: 12px;
      align-items: flex-start;
      padding: 12px 16px;
      margin: 0 0 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    p,
    ul {
      margin: 0;
    }
    .title {
      font: var(--mat-sys-title-small);
      margin-bottom: 4px;
    }
    mat-icon {
      flex: none;
    }
  `,
  template: `
    <mat-icon [svgIcon]="error().code === 'PERIOD_LOCKED' ? 'lock' : 'warning'" aria-hidden="true" />
    <div role="alert">
      <p class="title">{{ titleKey() ?? scope() + '.refusal.' + kind() | transloco }}</p>
      @if (lines().length) {
        <ul>
          @for (line of lines(); track $index) {
            <li>{{ line }}</li>
          }
        </ul>
      } @else {
        <p>{{ (kind() === 'invalid' ? scope() + '.refusal.checkFields' : error().messageKey) | transloco: { status: error().status } }}</p>
      }
    </div>
  `,
})
export class RefusalBanner {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** The feature's translation scope, e.g. `movements`. */
  readonly scope = input.required<string>();
  readonly error = input.required<ApiError>();
  /** Field messages no cell could take; otherwise the server's own message is shown. */
  readonly messages = input<readonly string[]>([]);
  /** A heading for other refused steps than saving (deleting). */
  readonly titleKey = input<string | null>(null);

  protected readonly kind = computed(() => {
    const { code, reason } = this.error();
    if (code === 'PERIOD_LOCKED') return 'locked';
    if (code === 'OUT_OF_SCOPE' || reason === 'forbidden') return 'scope';
    // Other 409s (a duplicate, a record in use) carry their own explanation.
    if (code === 'VERSION_CONFLICT' || code === 'STALE_VERSION') return 'conflict';
    if (reason === 'badRequest') return 'invalid';
    return 'failed';
  });

  protected readonly lines = computed(() => {
    if (this.messages().length) return this.messages();
    const message = this.error().serverMessage;
    return message && !this.error().fieldErrors.length ? [message] : [];
  });

  constructor() {
    // The save button may be far below: bring each new refusal into view (field errors focus their field instead).
    effect(() => {
      if (this.error().fieldErrors.length) return;
      afterNextRender(() => this.host.nativeElement.scrollIntoView?.({ block: 'center', behavior: 'smooth' }), { injector: this.injector });
    });
  }
}

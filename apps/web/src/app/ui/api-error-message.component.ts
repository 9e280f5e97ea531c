import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError } from '../core/http/api-error';
import { StateMessage } from './state-message.component';

/** A failed API call explained in the interface language, with a retry button. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StateMessage, TranslocoPipe],
  selector: 'tdkt-api-error-message',
  template: `
    <tdkt-state-message
      kind="error"
      [message]="error().messageKey | transloco: { status: error().status }"
      [detail]="detail()"
      (retry)="retry.emit()"
    />
  `,
})
export class ApiErrorMessage {
  readonly error = input.required<ApiError>();
  readonly retry = output<void>();
  protected readonly detail = computed(() => this.error().serverMessage);
}

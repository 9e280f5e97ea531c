import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { TypicalExampleDetailStore } from '../data/typical-example-detail.store';

/** `/typical-examples/:id`: one typical advanced example. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ApiErrorMessage, DatePipe, MatButtonModule, MatIconModule, RouterLink, StateMessage, TranslocoPipe],
  selector: 'tdkt-typical-example-detail-page',
  styleUrl: './typical-example-detail.page.scss',
  templateUrl: './typical-example-detail.page.html',
})
export class TypicalExampleDetailPage {
  protected readonly store = inject(TypicalExampleDetailStore);

  /** Route parameter. */
  readonly id = input.required<string>();

  constructor() {
    effect(() => this.store.id.set(this.id()));
  }
}

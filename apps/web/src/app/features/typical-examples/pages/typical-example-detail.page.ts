import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { TypicalExampleView } from '@tdkt/shared/contracts';
import { map } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { dataOf, loadOnChange } from '../../../core/data/load-state';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { provinceFamily } from '../data/example-form';
import { TypicalExampleDetailStore } from '../data/typical-example-detail.store';
import { TypicalExamplesService } from '../data/typical-examples.service';

/** `/typical-examples/:id`: one typical advanced example, with "Sửa" for the staff of its province. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ApiErrorMessage, DatePipe, MatButtonModule, MatIconModule, RouterLink, StateMessage, TranslocoPipe],
  selector: 'tdkt-typical-example-detail-page',
  styleUrl: './typical-example-detail.page.scss',
  templateUrl: './typical-example-detail.page.html',
})
export class TypicalExampleDetailPage {
  protected readonly store = inject(TypicalExampleDetailStore);
  private readonly auth = inject(AuthService);
  private readonly api = inject(TypicalExamplesService);

  private readonly ownProvince = computed(() => (this.auth.hasRole('PROVINCE_STAFF') ? (this.auth.user()?.provinceCode ?? null) : null));
  /**
   * Staff only read their own province's examples, so they may edit any they see; an officer who also chairs
   * a cluster (or reviews) reads others' too, so their province's family is looked up (merged provinces' codes).
   */
  private readonly readsWider = computed(() => this.auth.hasAnyRole('CLUSTER_CHAIR', 'COUNCIL_REVIEWER', 'ADMIN'));
  private readonly family = loadOnChange(
    computed(() => (this.ownProvince() && this.readsWider() ? this.ownProvince() : null)),
    (code) => this.api.provinces(null).pipe(map((list) => provinceFamily(list, code))),
  );
  protected readonly canEdit = (e: TypicalExampleView): boolean => {
    const own = this.ownProvince();
    if (!own) return false;
    if (!this.readsWider()) return true;
    return e.provinceCode === own || (dataOf(this.family())?.has(e.provinceCode) ?? false);
  };

  /** Route parameter. */
  readonly id = input.required<string>();

  constructor() {
    effect(() => this.store.id.set(this.id()));
  }
}

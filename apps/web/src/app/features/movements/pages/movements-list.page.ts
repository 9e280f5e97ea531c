import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { currentYearInVietnam } from '@tdkt/shared/util-text';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { MovementListCriteria, criteriaFromParams, criteriaToParams, sameCriteria } from '../data/movement-list-criteria';
import { MovementsListStore, PAGE_SIZE } from '../data/movements-list.store';

/**
 * `/movements?year=&clusterCode=&page=`: emulation movements active in a year, national ones and those of the
 * user's cluster or province. The filters and the page live in the address, so reload and Back keep them.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    DatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatPaginatorModule,
    MatSelectModule,
    RouterLink,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-movements-list-page',
  styleUrl: '../../../ui/record-list-page.scss',
  templateUrl: './movements-list.page.html',
})
export class MovementsListPage {
  protected readonly store = inject(MovementsListStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly params = toSignal(this.route.queryParams, { requireSync: true });

  protected readonly pageSize = PAGE_SIZE;
  private readonly currentYear = currentYearInVietnam();
  /** The recent years, and an older one a shared link asks for. */
  protected readonly years = computed(() => {
    const recent = Array.from({ length: this.currentYear - 2017 }, (_, i) => this.currentYear - i);
    const chosen = this.store.criteria().year;
    return chosen === null || recent.includes(chosen) ? recent : [...recent, chosen].sort((a, b) => b - a);
  });

  constructor() {
    // Before the first request goes out, so it already carries the address's filters.
    this.store.criteria.set(criteriaFromParams(this.params()));
    effect(() => {
      const criteria = criteriaFromParams(this.params());
      if (!sameCriteria(criteria, untracked(this.store.criteria))) this.store.criteria.set(criteria);
    });
  }

  /** Another year or cluster starts again at page 1. */
  protected change(changes: Partial<MovementListCriteria>): void {
    const next = { ...this.store.criteria(), page: 1, ...changes };
    void this.router.navigate([], { relativeTo: this.route, queryParams: criteriaToParams(next) });
  }

  protected changePage(event: PageEvent): void {
    this.change({ page: event.pageIndex + 1 });
  }
}

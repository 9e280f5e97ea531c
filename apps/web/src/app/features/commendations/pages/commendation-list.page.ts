import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, map } from 'rxjs';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { CommendationTable } from '../components/commendation-table.component';
import { CommendationListStore } from '../data/commendation-list.store';
import { COMMENDATION_STATUSES, ListCriteria, PAGE_SIZES, criteriaFromParams, criteriaToParams, sameCriteria } from '../data/list-criteria';

/** Typing pauses this long before the search is sent. */
export const SEARCH_DEBOUNCE_MS = 350;

/** `/commendations?…`: every filter, the sort and the page live in the address, so a list can be bookmarked and Back works. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    CommendationTable,
    DecimalPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-commendation-list-page',
  styleUrl: './commendation-list.page.scss',
  templateUrl: './commendation-list.page.html',
})
export class CommendationListPage {
  protected readonly store = inject(CommendationListStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  protected readonly statuses = COMMENDATION_STATUSES;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly search = new FormControl('', { nonNullable: true });
  private readonly params = toSignal(this.route.queryParams, { requireSync: true });

  constructor() {
    // Before the first request goes out, so it already carries the address's filters.
    this.store.criteria.set(criteriaFromParams(this.params()));
    effect(() => {
      const criteria = criteriaFromParams(this.params());
      if (!sameCriteria(criteria, untracked(this.store.criteria))) this.store.criteria.set(criteria);
      // Back and forward change the address: the box follows, unless it already says the same.
      if (this.search.value.trim() !== criteria.q) this.search.setValue(criteria.q, { emitEvent: false });
    });
    this.search.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((q) => q.trim()),
        takeUntilDestroyed(),
      )
      .subscribe((q) => {
        if (q !== this.store.criteria().q) this.change({ q });
      });
  }

  /** Any change of filter starts again at page 1. */
  protected change(changes: Partial<ListCriteria>): void {
    const next = { ...this.store.criteria(), page: 1, ...changes };
    void this.router.navigate([], { relativeTo: this.route, queryParams: criteriaToParams(next) });
  }

  protected paged(event: PageEvent): void {
    this.change({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected clearSearch(): void {
    this.search.setValue('', { emitEvent: false });
    this.change({ q: '' });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected readonly filtered = computed(() => {
    const c = this.store.criteria();
    return !!(c.q || c.year || c.awardTypeCode || c.status || c.provinceCode);
  });
}

import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, untracked } from '@angular/core';
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
import { filtersFromParams, filtersToParams, sameFilters } from '../data/example-list-params';
import { PAGE_SIZE, TypicalExamplesListStore } from '../data/typical-examples-list.store';

/** `/typical-examples`: the typical advanced examples honoured, newest first. */
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
  selector: 'tdkt-typical-examples-list-page',
  styleUrls: ['../../../ui/record-list-page.scss', './typical-examples-list.page.scss'],
  templateUrl: './typical-examples-list.page.html',
})
export class TypicalExamplesListPage {
  protected readonly store = inject(TypicalExamplesListStore);
  protected readonly pageSize = PAGE_SIZE;
  private readonly currentYear = currentYearInVietnam();
  protected readonly years = Array.from({ length: this.currentYear - 2017 }, (_, i) => this.currentYear - i);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly params = toSignal(this.route.queryParams, { requireSync: true });

  constructor() {
    // The address bar and the filters follow each other: reload, Back and shared links show the same list.
    this.store.apply(filtersFromParams(this.params()));
    effect(() => {
      const fromAddress = filtersFromParams(this.params());
      if (!sameFilters(fromAddress, untracked(this.store.filters))) this.store.apply(fromAddress);
    });
    effect(() => {
      const filters = this.store.filters();
      if (sameFilters(filters, filtersFromParams(untracked(this.params)))) return;
      void this.router.navigate([], { relativeTo: this.route, queryParams: filtersToParams(filters) });
    });
  }

  protected changePage(event: PageEvent): void {
    this.store.page.set(event.pageIndex + 1);
  }
}

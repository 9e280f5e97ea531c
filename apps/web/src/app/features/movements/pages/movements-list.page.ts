import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { MovementsListStore, PAGE_SIZE } from '../data/movements-list.store';

/** `/movements`: emulation movements active in a year, national ones and those of the user's cluster or province. */
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
  styleUrl: './movements-list.page.scss',
  templateUrl: './movements-list.page.html',
})
export class MovementsListPage {
  protected readonly store = inject(MovementsListStore);
  protected readonly pageSize = PAGE_SIZE;
  protected readonly years = Array.from(
    { length: Number(todayInVietnam().slice(0, 4)) - 2017 },
    (_, i) => Number(todayInVietnam().slice(0, 4)) - i,
  );

  protected changePage(event: PageEvent): void {
    this.store.page.set(event.pageIndex + 1);
  }
}

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
  private readonly currentYear = Number(todayInVietnam().slice(0, 4));
  protected readonly years = Array.from({ length: this.currentYear - 2017 }, (_, i) => this.currentYear - i);

  protected changePage(event: PageEvent): void {
    this.store.page.set(event.pageIndex + 1);
  }
}

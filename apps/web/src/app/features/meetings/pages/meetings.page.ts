import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { MeetingTable } from '../components/meeting-table.component';
import { yearChoices } from '../data/meeting-form';
import { MeetingsStore } from '../data/meetings.store';

/** `/meetings`: the cluster's semi-annual and year-end meetings. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    DatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    MeetingTable,
    RouterLink,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-meetings-page',
  styleUrl: './meetings.page.scss',
  templateUrl: './meetings.page.html',
})
export class MeetingsPage {
  protected readonly store = inject(MeetingsStore);
  protected readonly years = computed(() => yearChoices(this.store.currentYear, 8));

  constructor() {
    this.store.showList();
  }

  /** "all" stands for every year: a null option would show as an empty select. */
  protected chooseYear(value: number | 'all'): void {
    this.store.chooseYear(value === 'all' ? null : value);
  }
}

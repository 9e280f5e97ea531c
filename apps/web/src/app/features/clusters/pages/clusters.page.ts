import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectChange, MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../../../core/auth/auth.service';
import { MembershipYears, yearOptions } from '../../../core/data/membership-years.service';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { ClusterList } from '../components/cluster-list.component';
import { ClusterMemberTable } from '../components/cluster-member-table.component';
import { MembershipEditor } from '../components/membership-editor.component';
import { parseYear } from '../data/cluster-members';
import { ClustersStore } from '../data/clusters.store';

/** `/clusters` and `/clusters/:code?year=`: the cluster and year live in the address, so a view can be shared. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    ClusterList,
    ClusterMemberTable,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    MembershipEditor,
    RouterLink,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-clusters-page',
  styleUrl: './clusters.page.scss',
  templateUrl: './clusters.page.html',
})
export class ClustersPage {
  /** Route parameter. */
  readonly code = input<string>();
  /** Query parameter. */
  readonly year = input<string>();

  protected readonly store = inject(ClustersStore);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);

  /** Administrators edit a year's membership; everyone else reads it. */
  protected readonly canEdit = computed(() => this.auth.roles().includes('ADMIN'));
  protected readonly editing = signal(false);
  protected readonly savedNotice = signal<number | null>(null);

  private readonly membershipYears = inject(MembershipYears);
  /** The address's year, else the latest year that has members. */
  protected readonly selectedYear = computed(() => parseYear(this.year()) ?? this.membershipYears.defaultYear());
  protected readonly years = computed(() => yearOptions(this.store.currentYear, this.membershipYears.years(), this.selectedYear(), 10));
  /** Whether the year's list was derived from the previous one and not yet confirmed by an admin. */
  protected readonly derived = computed(() => {
    const members = this.store.members();
    return members?.status === 'ready' && members.data.some((m) => m.derived);
  });

  constructor() {
    effect(() => {
      // Without a year in the address, wait for the latest year with members rather than load the calendar year first.
      if (parseYear(this.year()) === null && !this.membershipYears.ready()) return;
      this.store.select(this.code() ?? null, this.selectedYear());
    });
    // Another cluster or year leaves the editor: unsaved changes belong to the view they were made in.
    effect(() => {
      this.store.selection();
      this.editing.set(false);
      this.savedNotice.set(null);
    });
  }

  protected startEditing(): void {
    this.savedNotice.set(null);
    this.editing.set(true);
  }

  protected membersSaved(year: number): void {
    this.editing.set(false);
    this.savedNotice.set(year);
    this.store.retryMembers();
  }

  protected chooseYear(change: MatSelectChange): void {
    void this.router.navigate([], { queryParams: { year: change.value as number }, queryParamsHandling: 'merge' });
  }
}

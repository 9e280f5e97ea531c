import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectChange, MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { ClusterList } from '../components/cluster-list.component';
import { ClusterMemberTable } from '../components/cluster-member-table.component';
import { membershipYears, parseYear } from '../data/cluster-members';
import { ClustersStore } from '../data/clusters.store';

/** `/clusters` and `/clusters/:code?year=`: the cluster and year live in the address, so a view can be shared. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ApiErrorMessage, ClusterList, ClusterMemberTable, MatFormFieldModule, MatSelectModule, StateMessage, TranslocoPipe],
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

  protected readonly selectedYear = computed(() => parseYear(this.year()) ?? this.store.currentYear);
  protected readonly years = computed(() => {
    const years = membershipYears(this.store.currentYear);
    const chosen = this.selectedYear();
    return years.includes(chosen) ? years : [...years, chosen].sort((a, b) => b - a);
  });

  constructor() {
    effect(() => this.store.select(this.code() ?? null, this.selectedYear()));
  }

  protected chooseYear(change: MatSelectChange): void {
    void this.router.navigate([], { queryParams: { year: change.value as number }, queryParamsHandling: 'merge' });
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { CarryForwardPreviewView } from '@tdkt/shared/contracts';
import { AuthService } from '../../../core/auth/auth.service';
import { dataOf, loadOnChange } from '../../../core/data/load-state';
import { MembershipYears } from '../../../core/data/membership-years.service';
import { errorMessage, toApiError } from '../../../core/http/api-error';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { ClusterAdminService } from '../data/cluster-admin.service';
import { CarryForwardChoice, carryForwardProblems, initialChoice, mergedFrom } from '../data/carry-forward';
import { parseYear } from '../data/cluster-members';
import { ClustersStore } from '../data/clusters.store';

/**
 * `/clusters/:code/carry-forward/:year` (administrators): the previous year's members carried into `year` — merged
 * provinces collapsed into their successor — with the chair and vice-chair chosen anew (the rotation's suggestion
 * preselected), confirmed in one audited write.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    RouterLink,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-carry-forward-page',
  styleUrl: './carry-forward.page.scss',
  templateUrl: './carry-forward.page.html',
})
export class CarryForwardPage {
  /** Route parameters. */
  readonly code = input<string>();
  readonly year = input<string>();

  private readonly api = inject(ClusterAdminService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly membershipYears = inject(MembershipYears);
  protected readonly store = inject(ClustersStore);

  protected readonly isAdmin = computed(() => this.auth.roles().includes('ADMIN'));
  protected readonly targetYear = computed(() => parseYear(this.year()));
  private readonly attempt = signal(0);
  private readonly query = computed(() => {
    const code = this.code();
    const year = this.targetYear();
    return this.isAdmin() && code && year !== null ? { code, year, attempt: this.attempt() } : null;
  });
  protected readonly preview = loadOnChange(this.query, ({ code, year }) => this.api.previewCarryForward(code, year));
  protected readonly clusterName = computed(
    () => dataOf(this.store.clusters())?.find((c) => c.code === this.code())?.name ?? this.code() ?? '',
  );

  protected readonly choice = linkedSignal<CarryForwardPreviewView | null, CarryForwardChoice>({
    source: () => dataOf(this.preview()),
    computation: (preview) => (preview ? initialChoice(preview) : { chair: null, viceChair: null, replace: false }),
  });
  protected readonly problems = computed(() => {
    const preview = dataOf(this.preview());
    return preview ? carryForwardProblems(preview, this.choice()) : [];
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly mergedFrom = mergedFrom;

  protected unresolvedNames(preview: CarryForwardPreviewView): string {
    return preview.unresolved.map((u) => u.provinceName).join(', ');
  }

  protected choose(field: 'chair' | 'viceChair', code: string | null): void {
    this.choice.update((c) => ({ ...c, [field]: code }));
  }

  protected setReplace(replace: boolean): void {
    this.choice.update((c) => ({ ...c, replace }));
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }

  protected confirm(preview: CarryForwardPreviewView): void {
    if (this.problems().length || this.busy()) return;
    const c = this.choice();
    this.busy.set(true);
    this.failure.set(null);
    this.api
      .carryForward(preview.clusterCode, preview.year, {
        chairProvinceCode: c.chair,
        viceChairProvinceCode: c.viceChair,
        replace: c.replace,
      })
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.membershipYears.refresh();
          void this.router.navigate(['/clusters', preview.clusterCode], { queryParams: { year: preview.year, carried: 1 } });
        },
        error: (e: unknown) => {
          this.busy.set(false);
          this.failure.set(errorMessage(toApiError(e), this.transloco));
        },
      });
  }
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * A cluster-year without members: said plainly instead of zeros or buttons that fail, with the way out —
 * the carry-forward page for administrators, whom to ask for everyone else.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe],
  selector: 'tdkt-no-membership-notice',
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 12px;
      padding: 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
      color: var(--mat-sys-on-surface-variant);
    }
    .text {
      flex: 1 1 260px;
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    p {
      margin: 0;
    }
    mat-icon {
      flex: none;
    }
  `,
  template: `
    <mat-icon svgIcon="warning" aria-hidden="true" />
    <div class="text" role="status">
      <p class="headline">{{ 'membership.none' | transloco: { name: clusterName(), year: year() } }}</p>
      <p>{{ (isAdmin() ? 'membership.offerAdmin' : 'membership.askAdmin') | transloco: { year: year(), previousYear: year() - 1 } }}</p>
    </div>
    @if (isAdmin()) {
      <a mat-flat-button [routerLink]="['/clusters', clusterCode(), 'carry-forward', year()]" data-action="carry-forward">
        <mat-icon svgIcon="add" aria-hidden="true" />
        {{ 'membership.carryForward' | transloco: { year: year() } }}
      </a>
    }
    @if (latestYear() !== null && latestYear() !== year()) {
      <a mat-stroked-button [routerLink]="[]" [queryParams]="{ year: latestYear() }" queryParamsHandling="merge" data-action="latest-year">
        {{ 'membership.openLatest' | transloco: { year: latestYear() } }}
      </a>
    }
  `,
})
export class NoMembershipNotice {
  readonly clusterCode = input.required<string>();
  readonly clusterName = input.required<string>();
  readonly year = input.required<number>();
  readonly isAdmin = input(false);
  /** The latest year that has members, offered as a link when it is another year. */
  readonly latestYear = input<number | null>(null);
}

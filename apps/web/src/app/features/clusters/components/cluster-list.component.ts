import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ClusterView } from '@tdkt/shared/contracts';

/** The emulation clusters as navigation: choosing one opens its members. Names wrap: they are long and alike. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  selector: 'tdkt-cluster-list',
  styles: `
    ul {
      margin: 0;
      padding: 8px;
      list-style: none;
    }
    a {
      display: flex;
      flex-direction: column;
      gap: 2px;
      padding: 10px 16px;
      border-radius: var(--mat-sys-corner-large);
      color: var(--mat-sys-on-surface);
      text-decoration: none;
      font: var(--mat-sys-body-large);

      &:hover {
        background: var(--mat-sys-surface-container-high);
      }
      &.active {
        background: var(--mat-sys-secondary-container);
        color: var(--mat-sys-on-secondary-container);
      }
    }
    .code {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  template: `
    <nav [attr.aria-label]="label()">
      <ul>
        @for (cluster of clusters(); track cluster.code) {
          <li>
            <a
              [routerLink]="['/clusters', cluster.code]"
              queryParamsHandling="preserve"
              [class.active]="cluster.code === selectedCode()"
              [attr.aria-current]="cluster.code === selectedCode() ? 'page' : null"
            >
              <span>{{ cluster.name }}</span>
              <span class="code">{{ cluster.code }}</span>
            </a>
          </li>
        }
      </ul>
    </nav>
  `,
})
export class ClusterList {
  readonly clusters = input.required<readonly ClusterView[]>();
  readonly selectedCode = input<string | null>(null);
  /** Accessible name of the navigation. */
  readonly label = input.required<string>();
}

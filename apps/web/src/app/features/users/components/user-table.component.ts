import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe } from '@jsverse/transloco';
import type { UserView } from '@tdkt/shared/contracts';
import { ROLE_CHOICES } from '../data/user-form';

export type UserAction = 'edit' | 'password' | 'toggleActive';

/** The accounts with their roles, scope and state; each row's actions in one menu. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslocoPipe],
  selector: 'tdkt-user-table',
  styles: `
    :host {
      display: block;
      overflow-x: auto;
    }
    table {
      width: 100%;
      min-width: 760px;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      vertical-align: middle;
    }
    thead th {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .username {
      font-family: monospace;
    }
    .roles {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .chip {
      padding: 2px 8px;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
    }
    .state {
      white-space: nowrap;
    }
    .state.inactive {
      color: var(--mat-sys-on-surface-variant);
    }
    .state.locked {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
    .demo {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      width: 56px;
      text-align: right;
    }
    tr.inactive td:not(.actions) {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  template: `
    <table [attr.aria-label]="label()">
      <thead>
        <tr>
          <th scope="col">{{ 'users.table.username' | transloco }}</th>
          <th scope="col">{{ 'users.table.fullName' | transloco }}</th>
          <th scope="col">{{ 'users.table.roles' | transloco }}</th>
          <th scope="col">{{ 'users.table.scope' | transloco }}</th>
          <th scope="col">{{ 'users.table.state' | transloco }}</th>
          <th scope="col" class="actions">
            <span class="tdkt-visually-hidden">{{ 'users.table.actions' | transloco }}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        @for (user of users(); track user.id) {
          <tr [class.inactive]="!user.active">
            <td class="username">{{ user.username }}</td>
            <td>
              {{ user.fullName }}
              @if (user.demo) {
                <span class="demo">· {{ 'users.table.demo' | transloco }}</span>
              }
            </td>
            <td>
              <span class="roles">
                @for (role of rolesOf(user); track role) {
                  <span class="chip">{{ 'users.roles.' + role | transloco }}</span>
                }
              </span>
            </td>
            <td>
              @if (user.provinceName) {
                <div>{{ 'users.table.province' | transloco: { name: user.provinceName } }}</div>
              }
              @if (user.clusterCode) {
                <div>{{ 'users.table.cluster' | transloco: { name: clusterNames().get(user.clusterCode) ?? user.clusterCode } }}</div>
              }
              @if (!user.provinceName && !user.clusterCode) {
                {{ 'users.table.nationwide' | transloco }}
              }
            </td>
            <td>
              @if (user.lockedUntil) {
                <span class="state locked">{{ 'users.table.locked' | transloco: { until: lockedTime(user.lockedUntil) } }}</span>
              } @else if (user.active) {
                <span class="state">{{ 'users.table.active' | transloco }}</span>
              } @else {
                <span class="state inactive">{{ 'users.table.inactive' | transloco }}</span>
              }
            </td>
            <td class="actions">
              <button
                mat-icon-button
                type="button"
                [matMenuTriggerFor]="menu"
                [attr.aria-label]="'users.table.menu' | transloco: { username: user.username }"
              >
                <mat-icon svgIcon="more" aria-hidden="true" />
              </button>
              <mat-menu #menu="matMenu">
                <button mat-menu-item type="button" (click)="act.emit({ user, action: 'edit' })">
                  <mat-icon svgIcon="edit" aria-hidden="true" />
                  {{ 'users.actions.edit' | transloco }}
                </button>
                <button mat-menu-item type="button" (click)="act.emit({ user, action: 'password' })">
                  <mat-icon svgIcon="key" aria-hidden="true" />
                  {{ (user.lockedUntil ? 'users.actions.unlock' : 'users.actions.password') | transloco }}
                </button>
                @if (user.id !== selfId()) {
                  <button mat-menu-item type="button" [disabled]="busy()" (click)="act.emit({ user, action: 'toggleActive' })">
                    <mat-icon [svgIcon]="user.active ? 'lock' : 'lock-open'" aria-hidden="true" />
                    {{ (user.active ? 'users.actions.disable' : 'users.actions.enable') | transloco }}
                  </button>
                }
              </mat-menu>
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
})
export class UserTable {
  readonly users = input.required<readonly UserView[]>();
  readonly clusterNames = input<ReadonlyMap<string, string>>(new Map());
  /** The signed-in administrator: they cannot disable themselves from here. */
  readonly selfId = input<string | null>(null);
  /** An enable/disable is being saved: no second one until it is done. */
  readonly busy = input(false);
  readonly label = input.required<string>();
  readonly act = output<{ user: UserView; action: UserAction }>();

  protected rolesOf(user: UserView): string[] {
    return ROLE_CHOICES.filter((r) => (user.roles as readonly string[]).includes(r));
  }

  /** HH:mm dd/MM/yyyy in Vietnam time. */
  protected lockedTime(iso: string): string {
    const d = new Date(Date.parse(iso) + 7 * 3600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} ${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  }
}

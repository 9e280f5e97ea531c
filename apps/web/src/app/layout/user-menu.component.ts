import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, translateObjectSignal } from '@jsverse/transloco';
import { USER_ROLES } from '../core/auth/auth.models';
import { AuthService } from '../core/auth/auth.service';
import { UserScopeStore } from './user-scope.store';

/** The signed-in user in the toolbar: name, roles and unit; the menu holds the details and sign-out. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDividerModule, MatIconModule, MatMenuModule, RouterLink, TranslocoPipe],
  providers: [UserScopeStore],
  selector: 'tdkt-user-menu',
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .trigger {
      height: 48px;
      max-width: 100%;
      text-align: left;
    }
    .trigger mat-icon {
      flex: none;
      width: 28px;
      height: 28px;
    }
    .who {
      display: flex;
      flex-direction: column;
      min-width: 0;
      max-width: 320px;
      line-height: 1.25;
    }
    .name,
    .roles {
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .name {
      font: var(--mat-sys-title-small);
    }
    .roles {
      font: var(--mat-sys-body-small);
      opacity: 0.9;
    }
    /* On a phone only the icon shows (the name is in its label and in the menu), leaving room for the product name. */
    @media (max-width: 599.98px) {
      .trigger {
        min-width: 40px;
        padding: 0 6px;
      }
      .trigger mat-icon {
        margin: 0;
      }
      .who {
        display: none;
      }
    }
    .tdkt-user-card {
      padding: 8px 16px 12px;
      max-width: 280px;
    }
    .tdkt-user-card p {
      margin: 0;
    }
    .tdkt-user-card-name {
      font: var(--mat-sys-title-medium);
    }
    .tdkt-user-card-username {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    dl {
      margin: 12px 0 0;
      font: var(--mat-sys-body-medium);
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0 0 8px;
    }
    dd:last-child {
      margin-bottom: 0;
    }
  `,
  template: `
    @if (auth.user(); as user) {
      <!-- The name comes from the visible text (WCAG 2.5.3: what is seen is what a voice user says), plus a hidden hint. -->
      <button mat-button type="button" class="trigger" data-action="user-menu" [matMenuTriggerFor]="menu">
        <mat-icon svgIcon="account" aria-hidden="true" />
        <span class="who">
          <span class="name" data-field="fullName">{{ user.fullName }}</span>
          <span class="roles" data-field="roles">{{ summary() }}</span>
        </span>
        <span class="cdk-visually-hidden">{{ 'auth.user.open' | transloco }}</span>
      </button>
      <mat-menu #menu="matMenu" xPosition="before" class="tdkt-user-menu">
        <div class="tdkt-user-card" aria-hidden="true">
          <p class="tdkt-user-card-name">{{ user.fullName }}</p>
          <p class="tdkt-user-card-username">{{ user.username }}</p>
          <dl>
            <dt>{{ 'auth.user.roles' | transloco }}</dt>
            <dd data-field="roleList">{{ roleList() }}</dd>
            @if (scope.provinceCode(); as code) {
              <dt>{{ 'auth.user.province' | transloco }}</dt>
              <dd data-field="province">{{ scope.provinceName() ?? ('auth.user.code' | transloco: { code }) }}</dd>
            }
            @if (scope.clusterCode(); as code) {
              <dt>{{ 'auth.user.cluster' | transloco }}</dt>
              <dd data-field="cluster">{{ scope.clusterName() ?? ('auth.user.code' | transloco: { code }) }}</dd>
            }
          </dl>
        </div>
        <mat-divider />
        <a mat-menu-item routerLink="/account/password" data-action="change-password">
          <mat-icon svgIcon="key" aria-hidden="true" />
          <span>{{ 'account.menu' | transloco }}</span>
        </a>
        <button mat-menu-item type="button" data-action="logout" [disabled]="signingOut()" (click)="logout()">
          <mat-icon svgIcon="logout" aria-hidden="true" />
          <span>{{ (signingOut() ? 'auth.signingOut' : 'auth.logout') | transloco }}</span>
        </button>
      </mat-menu>
    }
  `,
})
export class UserMenu {
  protected readonly auth = inject(AuthService);
  protected readonly scope = inject(UserScopeStore);
  /** Role labels in the interface language, following language changes. */
  private readonly roleLabels = translateObjectSignal('auth.roles');

  protected readonly signingOut = signal(false);

  /** The user's roles in the interface language, in a fixed order. */
  protected readonly roleList = computed(() => {
    const labels = this.roleLabels() as Record<string, string>;
    const roles = this.auth.roles();
    return USER_ROLES.filter((role) => roles.includes(role))
      .map((role) => labels[role] ?? role)
      .join(', ');
  });

  /** The roles, and the unit the user works for when it is known: "Cán bộ tỉnh – Tuyên Quang". */
  protected readonly summary = computed(() => {
    const unit = this.scope.provinceName() ?? this.scope.clusterName();
    return unit ? `${this.roleList()} – ${unit}` : this.roleList();
  });

  protected async logout(): Promise<void> {
    this.signingOut.set(true);
    try {
      await this.auth.logout();
    } finally {
      this.signingOut.set(false);
    }
  }
}

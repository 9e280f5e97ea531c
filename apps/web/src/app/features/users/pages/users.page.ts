import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { UserView } from '@tdkt/shared/contracts';
import { filter, finalize, switchMap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { dataOf } from '../../../core/data/load-state';
import { errorMessage, toApiError } from '../../../core/http/api-error';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { confirmStep } from '../../../ui/confirm-dialog.component';
import { StateMessage } from '../../../ui/state-message.component';
import { PasswordDialog } from '../components/password-dialog.component';
import { UserFormDialog, UserFormDialogData } from '../components/user-form-dialog.component';
import { UserAction, UserTable } from '../components/user-table.component';
import { UsersStore } from '../data/users.store';
import { UsersService } from '../data/users.service';

/** `/users`: administrators manage the accounts, their roles and scope. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ApiErrorMessage, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, StateMessage, TranslocoPipe, UserTable],
  selector: 'tdkt-users-page',
  styleUrl: './users.page.scss',
  templateUrl: './users.page.html',
})
export class UsersPage {
  protected readonly store = inject(UsersStore);
  private readonly api = inject(UsersService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);

  protected readonly allowed = computed(() => this.auth.roles().includes('ADMIN'));
  protected readonly selfId = computed(() => this.auth.user()?.id ?? null);
  protected readonly clusterNames = computed(() => new Map((dataOf(this.store.clusters() ?? null) ?? []).map((c) => [c.code, c.name])));
  protected readonly notice = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  /** An enable/disable request is on its way: a second one would carry a stale version. */
  protected readonly toggling = signal(false);

  protected search(event: Event): void {
    this.store.query.set((event.target as HTMLInputElement).value);
  }

  protected create(): void {
    this.openForm(null);
  }

  protected act({ user, action }: { user: UserView; action: UserAction }): void {
    this.notice.set(null);
    this.actionError.set(null);
    if (action === 'edit') this.openForm(user);
    else if (action === 'password') this.openPassword(user);
    else this.toggleActive(user);
  }

  private openForm(user: UserView | null): void {
    const data: UserFormDialogData = {
      user,
      provinces: dataOf(this.store.provinces() ?? null) ?? [],
      clusters: dataOf(this.store.clusters() ?? null) ?? [],
    };
    this.dialog
      .open<UserFormDialog, UserFormDialogData, UserView>(UserFormDialog, {
        data,
        width: '600px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.notice.set(this.transloco.translate(user ? 'users.notice.saved' : 'users.notice.created', { username: saved.username }));
        this.store.reload();
      });
  }

  private openPassword(user: UserView): void {
    this.dialog
      .open<PasswordDialog, UserView, boolean>(PasswordDialog, { data: user, width: '560px', maxWidth: '95vw', disableClose: true })
      .afterClosed()
      .subscribe((changed) => {
        if (changed) this.store.reload();
      });
  }

  private toggleActive(user: UserView): void {
    if (this.toggling()) return;
    const key = user.active ? 'disable' : 'enable';
    confirmStep(this.dialog, {
      title: this.transloco.translate(`users.confirm.${key}.title`, { username: user.username }),
      message: this.transloco.translate(`users.confirm.${key}.message`, { name: user.fullName }),
      confirm: this.transloco.translate(`users.confirm.${key}.confirm`),
      cancel: this.transloco.translate('users.form.cancel'),
      danger: user.active,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.toggling.set(true);
          return this.api.update(user.id, { active: !user.active, version: user.version }).pipe(finalize(() => this.toggling.set(false)));
        }),
      )
      .subscribe({
        next: (saved) => {
          this.notice.set(this.transloco.translate(`users.notice.${saved.active ? 'enabled' : 'disabled'}`, { username: saved.username }));
          this.store.reload();
        },
        error: (error: unknown) => this.actionError.set(errorMessage(toApiError(error), this.transloco)),
      });
  }
}

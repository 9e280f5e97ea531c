import { Injectable, computed, inject, signal } from '@angular/core';
import type { UserView } from '@tdkt/shared/contracts';
import { foldVietnamese, todayInVietnam } from '@tdkt/shared/util-text';
import { map } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { LOADING, dataOf, loadOnChange } from '../../../core/data/load-state';
import { UsersService } from './users.service';

/** The accounts, a quick search over them, and the provinces and clusters an account can be scoped to. */
@Injectable()
export class UsersStore {
  private readonly api = inject(UsersService);
  private readonly auth = inject(AuthService);
  private readonly attempt = signal(0);
  private readonly once = signal(0);

  readonly query = signal('');
  /** Only administrators may list accounts: nobody else sends the request. */
  private readonly request = computed(() => (this.auth.roles().includes('ADMIN') ? this.attempt() : null));
  private readonly loaded = loadOnChange(this.request, () => this.api.list());
  readonly users = computed(() => this.loaded() ?? LOADING);

  readonly rows = computed<UserView[]>(() => {
    const users = dataOf(this.users()) ?? [];
    const q = foldVietnamese(this.query().trim());
    if (!q) return users;
    return users.filter((u) => foldVietnamese(`${u.username} ${u.fullName} ${u.provinceName ?? ''} ${u.clusterCode ?? ''}`).includes(q));
  });

  readonly provinces = loadOnChange(this.once, () =>
    this.api.provinces(todayInVietnam()).pipe(map((list) => [...list].sort((a, b) => a.name.localeCompare(b.name, 'vi')))),
  );
  readonly clusters = loadOnChange(this.once, () => this.api.clusters());

  reload(): void {
    this.attempt.update((n) => n + 1);
  }
}

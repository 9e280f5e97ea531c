import { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { UsersStore } from './data/users.store';
import { UsersPage } from './pages/users.page';

export const usersRoutes: Route[] = [
  { path: '', component: UsersPage, title: 'nav.users', providers: [UsersStore, provideTranslocoScope('users')] },
];

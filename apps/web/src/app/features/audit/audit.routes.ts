import { Route } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { AuditStore } from './data/audit.store';
import { AuditPage } from './pages/audit.page';

export const auditRoutes: Route[] = [
  { path: '', component: AuditPage, title: 'nav.audit', providers: [AuditStore, provideTranslocoScope('audit')] },
];

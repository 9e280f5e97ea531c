import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../../../core/auth/auth.service';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { AuditEntry } from '../components/audit-entry.component';
import { AUDIT_ENTITIES, AUDIT_PAGE_SIZES } from '../data/audit-entry';
import { AuditStore } from '../data/audit.store';

const DEFAULT_PAGE_SIZE = 20;

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Only the sizes the paginator offers: a hand-edited `?pageSize=500` would be refused by the API (max 200). */
function allowedPageSize(value: string | undefined): number {
  const n = Number(value);
  return (AUDIT_PAGE_SIZES as readonly number[]).includes(n) ? n : DEFAULT_PAGE_SIZE;
}

/**
 * `/audit?entity=&entityId=&page=&pageSize=`: the names are the API's own query names, so a record page links
 * straight to its history and the view can be shared.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ApiErrorMessage,
    AuditEntry,
    DecimalPipe,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatSelectModule,
    StateMessage,
    TranslocoPipe,
  ],
  selector: 'tdkt-audit-page',
  styleUrl: './audit.page.scss',
  templateUrl: './audit.page.html',
})
export class AuditPage {
  /** Query parameters. */
  readonly entity = input<string>();
  readonly entityId = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  protected readonly store = inject(AuditStore);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  /** The server lets only administrators re-hash the chain. */
  protected readonly canVerify = computed(() => this.auth.roles().includes('ADMIN'));
  protected readonly allowed = computed(() => this.auth.roles().some((r) => r === 'ADMIN' || r === 'COUNCIL_REVIEWER'));

  protected readonly entities = AUDIT_ENTITIES;
  protected readonly pageSizes = [...AUDIT_PAGE_SIZES];

  protected readonly query = computed(() => ({
    entity: this.entity()?.trim() || null,
    entityId: this.entityId()?.trim() || null,
    page: positiveInt(this.page(), 1),
    pageSize: allowedPageSize(this.pageSize()),
  }));

  /** The entity filter when it is a kind we have words for (a newer server may send others). */
  protected readonly knownEntity = computed(() => {
    const entity = this.query().entity;
    return entity && (AUDIT_ENTITIES as readonly string[]).includes(entity) ? entity : null;
  });

  constructor() {
    effect(() => {
      if (this.allowed()) this.store.load(this.query());
    });
  }

  protected chooseEntity(entity: string | null): void {
    this.navigate({ entity: entity || null, page: null });
  }

  protected searchId(value: string): void {
    this.navigate({ entityId: value.trim() || null, page: null });
  }

  protected clearFilters(): void {
    this.navigate({ entity: null, entityId: null, page: null });
  }

  protected turnPage(event: PageEvent): void {
    this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize === DEFAULT_PAGE_SIZE ? null : event.pageSize });
  }

  private navigate(queryParams: Record<string, string | number | null>): void {
    void this.router.navigate([], { queryParams, queryParamsHandling: 'merge' });
  }
}

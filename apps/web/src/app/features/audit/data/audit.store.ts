import { Injectable, inject, signal } from '@angular/core';
import { LoadState, loadOnChange, toLoadState } from '../../../core/data/load-state';
import { AuditQuery, ChainReport } from './audit-entry';
import { AuditService } from './audit.service';

/** The page of the trail the address asks for, and the last integrity check. */
@Injectable()
export class AuditStore {
  private readonly api = inject(AuditService);
  private readonly request = signal<(AuditQuery & { attempt: number }) | null>(null);

  readonly entries = loadOnChange(this.request, ({ attempt: _a, ...query }) => this.api.list(query));
  readonly verification = signal<LoadState<ChainReport> | null>(null);

  load(query: AuditQuery): void {
    const current = this.request();
    if (
      current &&
      current.entity === query.entity &&
      current.entityId === query.entityId &&
      current.page === query.page &&
      current.pageSize === query.pageSize
    )
      return;
    this.request.set({ ...query, attempt: 0 });
  }

  retry(): void {
    this.request.update((r) => (r ? { ...r, attempt: r.attempt + 1 } : r));
  }

  /** Re-hashes the whole chain on the server; the result stays on screen until the next check. */
  verify(): void {
    toLoadState(this.api.verify()).subscribe((state) => this.verification.set(state));
  }
}

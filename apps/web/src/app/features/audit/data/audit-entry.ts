import type { Page } from '@tdkt/shared/contracts';

/** One entry of `GET /api/v1/audit` (the API returns the stored row as is). */
export interface AuditEntryView {
  readonly seq: number;
  readonly at: string;
  readonly actorId: string | null;
  readonly actorUsername: string | null;
  readonly address: string | null;
  readonly entity: string;
  readonly entityId: string | null;
  readonly action: string;
  readonly year: number | null;
  readonly before: unknown;
  readonly after: unknown;
}

export type AuditPage = Page<AuditEntryView>;

/** `GET /api/v1/audit/verify`: the chain re-hashed from the first entry. */
export interface ChainReport {
  readonly ok: boolean;
  readonly checked: number;
  readonly firstBroken: { readonly seq: number; readonly reason: string } | null;
}

/** The filters, named exactly as the API's query (and so as this page's address). */
export interface AuditQuery {
  readonly entity: string | null;
  readonly entityId: string | null;
  readonly page: number;
  readonly pageSize: number;
}

/** Record kinds the server writes to the trail, for the filter list. */
export const AUDIT_ENTITIES = [
  'commendation',
  'finding',
  'recipient_match',
  'findings',
  'movement',
  'movement_result',
  'pledge',
  'pledge_result',
  'typical_example',
  'meeting',
  'report',
  'period_lock',
  'period_submission',
  'cluster',
  'cluster_membership',
  'user',
  'session',
] as const;

export const AUDIT_PAGE_SIZES = [20, 50, 100] as const;

import type { CommendationView } from '@tdkt/shared/contracts';

/** The API's largest page: the queue is read whole. */
export const MAX_PAGE_SIZE_QUEUE = 200;

/**
 * A submitted proposal cannot be edited, so its last change is the submission: oldest `updatedAt` first.
 * (The API sorts only by decision date, name or creation.)
 */
export function oldestSubmittedFirst(rows: readonly CommendationView[]): CommendationView[] {
  return [...rows].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.recipientName.localeCompare(b.recipientName, 'vi'));
}

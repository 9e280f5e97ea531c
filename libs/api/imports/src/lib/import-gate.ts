import { DomainError } from '@tdkt/api/core';
import { DataSource } from 'typeorm';

/** Users whose import is running in this process. */
const running = new Set<string>();
/** A claim older than this is left by a process that died mid-import (a 10,000-row import takes seconds). */
const TAKEOVER_AFTER = '30 minutes';

function inProgress(): DomainError {
  return new DomainError(
    'IMPORT_IN_PROGRESS',
    'Bạn đang có một lần nhập tệp Excel khác chưa xong; hãy đợi lần nhập đó kết thúc rồi tải tệp lên lại',
  );
}

/**
 * Runs one user's import only if no other import of that user is running (409 IMPORT_IN_PROGRESS otherwise, and
 * nothing is read). In this process a set of users says so; across API processes a row of `import_runs` keyed by
 * the user, claimed with one INSERT … ON CONFLICT (the primary key decides between racing processes) and deleted when
 * the import ends. No connection is held meanwhile, so imports never starve the pool. A claim older than
 * TAKEOVER_AFTER belongs to a process that died and is taken over.
 */
export async function oneImportPerUser<T>(dataSource: DataSource, userId: string, run: () => Promise<T>): Promise<T> {
  if (running.has(userId)) throw inProgress();
  running.add(userId);
  try {
    const claimed: unknown[] = await dataSource.query(
      `INSERT INTO import_runs (user_id, started_at) VALUES ($1, now())
       ON CONFLICT (user_id) DO UPDATE SET started_at = now() WHERE import_runs.started_at < now() - interval '${TAKEOVER_AFTER}'
       RETURNING user_id`,
      [userId],
    );
    if (!claimed.length) throw inProgress();
    try {
      return await run();
    } finally {
      await dataSource.query('DELETE FROM import_runs WHERE user_id = $1', [userId]);
    }
  } finally {
    running.delete(userId);
  }
}

import { DomainError } from '@tdkt/api/core';
import { DataSource } from 'typeorm';

/** Users whose import is running in this process. */
const running = new Set<string>();
/** First key of the advisory locks imports take (the second is the user's): keeps them apart from any other lock. */
const IMPORT_LOCK_CLASS = 0x1d_0615;

function inProgress(): DomainError {
  return new DomainError(
    'IMPORT_IN_PROGRESS',
    'Bạn đang có một lần nhập tệp Excel khác chưa xong; hãy đợi lần nhập đó kết thúc rồi tải tệp lên lại',
  );
}

/**
 * Runs one user's import only if no other import of that user is running (409 IMPORT_IN_PROGRESS otherwise, and
 * nothing is read). In this process a set of users says so; on PostgreSQL a session advisory lock keyed by the user
 * says so to every other API process too, held on a connection of its own for the import's duration and released
 * with it (or by the server, should the process die). The embedded engine is one process with one connection, so the
 * set is enough there.
 */
export async function oneImportPerUser<T>(dataSource: DataSource, userId: string, run: () => Promise<T>): Promise<T> {
  if (running.has(userId)) throw inProgress();
  running.add(userId);
  try {
    // The embedded engine is given to TypeORM as a custom driver; PostgreSQL through its URL.
    if ((dataSource.options as { driver?: unknown }).driver) return await run();
    const session = dataSource.createQueryRunner();
    await session.connect();
    try {
      const [{ locked }]: Array<{ locked: boolean }> = await session.query('SELECT pg_try_advisory_lock($1::int, hashtext($2)) AS locked', [
        IMPORT_LOCK_CLASS,
        userId,
      ]);
      if (!locked) throw inProgress();
      try {
        return await run();
      } finally {
        await session.query('SELECT pg_advisory_unlock($1::int, hashtext($2))', [IMPORT_LOCK_CLASS, userId]);
      }
    } finally {
      await session.release();
    }
  } finally {
    running.delete(userId);
  }
}

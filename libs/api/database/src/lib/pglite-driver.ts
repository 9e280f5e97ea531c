import { EventEmitter } from 'node:events';
import { PGlite, PGliteOptions, Results } from '@electric-sql/pglite';

type Callback = (err: Error | null, res?: unknown) => void;
interface PgResult {
  command: string;
  fields: Results['fields'];
  rowCount: number;
  rows: unknown[];
}

/**
 * A `pg`-shaped pool over one PGlite instance, for TypeORM's postgres driver.
 * PGlite has a single connection, so it is handed out under a mutex, like `pg.Pool({ max: 1 })`:
 * a transaction never sees or swallows another request's statements (typeorm-pglite shares it unguarded).
 */
/** What TypeORM's postgres driver needs of the `pg` module. */
export interface PgModuleLike {
  Pool: new () => EventEmitter;
}

export function createPGliteDriver(options: PGliteOptions | (() => Promise<PGlite>)): PgModuleLike {
  let instance: Promise<PGlite> | null = null;
  const getDb = () => (instance ??= typeof options === 'function' ? options() : PGlite.create(options));
  let tail: Promise<void> = Promise.resolve();

  const lock = (): Promise<() => void> => {
    let unlock!: () => void;
    const held = new Promise<void>((resolve) => (unlock = resolve));
    const previous = tail;
    tail = previous.then(() => held);
    let released = false;
    return previous.then(() => () => {
      if (!released) {
        released = true;
        unlock();
      }
    });
  };

  const run = async (sql: string, params?: unknown[]): Promise<PgResult> => {
    const db = await getDb();
    const command = (/^\s*(\w+)/.exec(sql)?.[1] ?? '').toUpperCase();
    if (params && params.length) {
      const r = await db.query(sql, params);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length, command, fields: r.fields };
    }
    // exec() runs multi-statement SQL (migrations) and answers with the last statement's result
    const all = await db.exec(sql);
    const r = all[all.length - 1] ?? { rows: [], fields: [], affectedRows: 0 };
    return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length, command, fields: r.fields };
  };

  const settle = (p: Promise<PgResult>, cb?: Callback) => {
    if (!cb) return p;
    p.then(
      (r) => cb(null, r),
      (e) => cb(e),
    );
    return undefined;
  };

  class Client extends EventEmitter {
    release: () => void = () => undefined;
    query(sql: string, params?: unknown[] | Callback, cb?: Callback) {
      if (typeof params === 'function') return settle(run(sql), params);
      return settle(run(sql, params), cb);
    }
  }

  class Pool extends EventEmitter {
    connect(cb?: (err: Error | null, client?: Client, release?: () => void) => void) {
      const p = (async () => {
        await getDb();
        const unlock = await lock();
        const client = new Client();
        client.release = unlock;
        return client;
      })();
      if (!cb) return p;
      p.then(
        (c) => cb(null, c, c.release),
        (e) => cb(e),
      );
      return undefined;
    }

    query(sql: string, params?: unknown[] | Callback, cb?: Callback) {
      if (typeof params === 'function') {
        cb = params;
        params = undefined;
      }
      const p = lock().then((unlock) => run(sql, params as unknown[] | undefined).finally(unlock));
      return settle(p, cb);
    }

    /** Runs `fn` with the database to itself: no statement of any request runs meanwhile (online backups). */
    exclusive<T>(fn: (db: PGlite) => Promise<T>): Promise<T> {
      return lock().then((unlock) => getDb().then(fn).finally(unlock));
    }

    end(cb?: (err?: Error | null) => void) {
      const p = instance ? instance.then((db) => db.close()) : Promise.resolve();
      instance = null;
      p.then(
        () => cb?.(null),
        (e) => cb?.(e),
      );
      return p;
    }
  }

  return { Pool };
}

interface ExclusivePool {
  exclusive<T>(fn: (db: PGlite) => Promise<T>): Promise<T>;
}

/**
 * Runs `fn` on the embedded database with its one connection held, so what it reads or dumps is consistent;
 * null when the data source is on a PostgreSQL server.
 */
export function withEmbeddedDatabase<T>(dataSource: { driver: unknown }, fn: (db: PGlite) => Promise<T>): Promise<T> | null {
  const pool = (dataSource.driver as { master?: Partial<ExclusivePool> }).master;
  return pool && typeof pool.exclusive === 'function' ? (pool as ExclusivePool).exclusive(fn) : null;
}

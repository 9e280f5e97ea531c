import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type PgTool = 'pg_dump' | 'pg_restore';

/**
 * Where `pg_dump`/`pg_restore` are: PG_BIN if set, else the newest Debian install (/usr/lib/postgresql/<n>/bin,
 * a newer pg_dump reads older servers), else PATH. Null when there is none.
 */
export function findPgTool(tool: PgTool, env: NodeJS.ProcessEnv = process.env): string | null {
  const dirs: string[] = [];
  if (env['PG_BIN']) dirs.push(env['PG_BIN']);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    dirs.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  dirs.push(...(env['PATH'] ?? '').split(delimiter).filter(Boolean));
  for (const dir of dirs) {
    const path = join(dir, tool);
    if (existsSync(path)) return path;
  }
  return null;
}

/** A connection URL without its password (which goes in PGPASSWORD, not on a command line others can read). */
export function splitPassword(url: string): { url: string; password: string | null } {
  const u = new URL(url);
  const password = u.password ? decodeURIComponent(u.password) : null;
  u.password = '';
  return { url: u.toString(), password };
}

/** Runs a PostgreSQL client tool on DATABASE_URL; rejects with its own error text when it fails. */
export function runPgTool(tool: PgTool, databaseUrl: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const path = findPgTool(tool, env);
  if (!path) {
    return Promise.reject(
      new Error(`Không tìm thấy ${tool} (cài postgresql-client hoặc đặt PG_BIN). / ${tool} not found (install postgresql-client or set PG_BIN).`),
    );
  }
  const { url, password } = splitPassword(databaseUrl);
  return new Promise((resolve, reject) => {
    const child = spawn(path, [...args, `--dbname=${url}`], {
      env: { ...env, ...(password ? { PGPASSWORD: password } : {}) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-8_000)));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${tool} failed (${signal ?? `exit ${code}`}): ${stderr.trim()}`));
    });
  });
}

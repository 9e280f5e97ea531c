import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE_NAME, parseLockFile } from '@tdkt/api/database';
import { ServerProcess, startServerProcess } from './support/server-process';

/** §11: the embedded database is one process's. Real server processes on one DATA_DIR. */
describe('embedded folder lock (real server processes)', () => {
  let dataDir: string;
  const started: ServerProcess[] = [];
  const start = () => {
    const server = startServerProcess({ DATA_DIR: dataDir });
    started.push(server);
    return server;
  };

  beforeAll(() => (dataDir = mkdtempSync(join(tmpdir(), 'tdkt-folder-lock-'))));
  afterAll(async () => {
    for (const s of started) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
    await Promise.all(started.map((s) => s.exited));
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('a second server on the same DATA_DIR refuses to start, naming the holder; a stale lock is taken over', async () => {
    const first = start();
    const port = await first.ready;
    const lock = parseLockFile(readFileSync(join(dataDir, LOCK_FILE_NAME), 'utf8'));
    expect(lock?.pid).toBe(first.child.pid);

    const second = start();
    const code = await second.exited;
    expect(code).toBe(1);
    const refusal = second.output();
    expect(refusal).toContain(`PID ${first.child.pid}`);
    expect(refusal).toContain(lock!.since);
    expect(refusal).toMatch(/đang được một tiến trình khác dùng/);
    expect(refusal).toMatch(/is in use by another process/);
    expect(refusal).not.toMatch(/\n\s+at /);
    // The first server is untouched and still answers.
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).status).toBe(200);

    // Killed without a chance to clean up: its lock file stays behind, stale.
    first.child.kill('SIGKILL');
    await first.exited;
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(true);

    const third = start();
    const thirdPort = await third.ready;
    expect(third.output()).toMatch(new RegExp(`Took over the stale folder lock .*PID ${first.child.pid}`));
    expect(parseLockFile(readFileSync(join(dataDir, LOCK_FILE_NAME), 'utf8'))?.pid).toBe(third.child.pid);
    expect((await fetch(`http://127.0.0.1:${thirdPort}/api/v1/health`)).status).toBe(200);

    // A clean stop gives the folder back.
    third.child.kill('SIGTERM');
    await third.exited;
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
  }, 600_000);

  it('a folder damaged by a crash: the server exits with what happened and how to restore, no stack trace', async () => {
    // The control file overwritten, as a torn write during a power cut would leave it.
    writeFileSync(join(dataDir, 'pglite', 'global', 'pg_control'), Buffer.alloc(8192, 7));
    mkdirSync(join(dataDir, 'backups'), { recursive: true });
    writeFileSync(join(dataDir, 'backups', 'tdkt-backup-20261207-020000000-daily.tar'), '');
    const server = start();
    expect(await server.exited).toBe(1);
    const output = server.output();
    expect(output).toMatch(/Không mở được cơ sở dữ liệu nhúng/);
    expect(output).toMatch(/cannot be opened: the folder is damaged or incomplete/);
    expect(output).toContain(`npm run restore -- ${join(dataDir, 'backups', 'tdkt-backup-20261207-020000000-daily.tar')}`);
    expect(output).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
  }, 600_000);
});

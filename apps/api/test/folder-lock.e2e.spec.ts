import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE_NAME, parseLockFile } from '@tdkt/api/database';
import { ServerProcess, startServerProcess } from './support/server-process';

/** §11: the embedded database is one process's. Real server processes on one DATA_DIR. */
describe('embedded folder lock (real server processes)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tdkt-folder-lock-'));
  const started: ServerProcess[] = [];
  const start = () => {
    const server = startServerProcess({ DATA_DIR: dataDir });
    started.push(server);
    return server;
  };

  afterAll(async () => {
    for (const s of started) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
    await Promise.all(started.map((s) => s.exited));
    rmSync(dataDir, { recursive: true, force: true });
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
});

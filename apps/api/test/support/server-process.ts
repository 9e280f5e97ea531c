import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');

export interface ServerProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the port once the server prints that it is running; rejects if it exits first. */
  ready: Promise<number>;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/**
 * The API's real entry point (apps/api/src/main.ts) in its own Node process, compiled on the fly as the
 * tools are (ts-node, transpile only), so a test needs no production build.
 */
export function startServerProcess(env: Record<string, string>): ServerProcess {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', join(ROOT, 'apps', 'api', 'src', 'main.ts')],
    {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: process.env['HOME'] ?? '/tmp',
        TS_NODE_PROJECT: join(ROOT, 'tools', 'tsconfig.tools.json'),
        TS_NODE_TRANSPILE_ONLY: 'true',
        PORT: '0',
        DEMO_DATA: 'false',
        LOG_LEVEL: 'log',
        JWT_SECRET: 'kiem-thu-khoa-ky-token-dai-hon-32-ky-tu',
        ADMIN_PASSWORD: 'mat-khau-kiem-thu-2024',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /is running at http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before it was ready:\n${out}`)));
  });
  ready.catch(() => undefined);
  return { child, output: () => out, ready, exited };
}

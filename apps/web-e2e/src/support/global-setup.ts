import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN_PASSWORD, DEMO_PASSWORD } from './accounts';

const ROOT = join(__dirname, '..', '..', '..', '..');

declare global {
  // The started app, for the teardown (same process as the setup).
  var __E2E_SERVER__: ChildProcess | undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app stopped while starting (exit ${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app did not answer /api/v1/health within 3 minutes:\n${output()}`);
}

/**
 * Builds the app for production (Nx's cache makes a second build instant) and starts it exactly as
 * `npm start` does, on a fresh embedded database with the demo data. E2E_BASE_URL points the suites at
 * an app that is already running instead.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['E2E_BASE_URL']) return;
  // A caller run through ts-node (npm run screenshots) must not hand its TS_NODE_* settings to the builds.
  const { TS_NODE_PROJECT: _project, TS_NODE_TRANSPILE_ONLY: _transpileOnly, ...inherited } = process.env;
  const env = { ...inherited, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
  const nx = join(ROOT, 'node_modules', 'nx', 'dist', 'bin', 'nx.js');
  const build = spawnSync(process.execPath, [nx, 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'], { cwd: ROOT, env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`The production build failed:\n${build.stdout}\n${build.stderr}`);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', 'api', 'main.js')], {
    cwd: ROOT,
    env: {
      ...env,
      PORT: String(port),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'tdkt-e2e-')),
      DATABASE_URL: '',
      ADMIN_PASSWORD,
      DEMO_PASSWORD,
      // Every suite signs in several times from one address.
      LOGIN_RATE_LIMIT: '1000',
      RATE_LIMIT: '100000',
      WEB_DIST: join(ROOT, 'dist', 'apps', 'web', 'browser'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  globalThis.__E2E_SERVER__ = child;
  await waitForHealth(baseUrl, child, () => log.slice(-4000));
  // Test workers inherit the environment of the process that runs this setup.
  process.env['E2E_BASE_URL'] = baseUrl;
}

// `npm start`: build what changed (Nx caches the rest), then serve the web client and the API on one port.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

const root = join(import.meta.dirname, '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const nx = join(root, 'node_modules', 'nx', 'dist', 'bin', 'nx.js');

// A server already running on this DATA_DIR: say so now rather than after a minute of building (the server itself
// checks the lock properly, stale locks included; this only looks for a live holder on this host).
if (!process.env.DATABASE_URL) {
  try {
    const holder = JSON.parse(readFileSync(join(resolve(process.env.DATA_DIR || 'data'), 'tdkt.lock'), 'utf8'));
    let alive = false;
    try {
      process.kill(holder.pid, 0);
      alive = true;
    } catch (e) {
      alive = e.code === 'EPERM';
    }
    if (alive && holder.host === hostname()) {
      console.error(`Thư mục dữ liệu đang được tiến trình PID ${holder.pid} dùng (từ ${holder.since}): hãy dừng nó, hoặc đặt DATA_DIR khác.`);
      console.error(`The data folder is in use by PID ${holder.pid} (since ${holder.since}): stop it, or set another DATA_DIR.`);
      process.exit(1);
    }
  } catch {
    // no lock file, or an unreadable one: the server decides
  }
}

console.log('Building the API and the web client (first run takes about a minute)…');
const build = spawnSync(process.execPath, [nx, 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'], { cwd: root, env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(process.execPath, [join(root, 'dist', 'apps', 'api', 'main.js')], {
  cwd: root,
  env: { ...env, WEB_DIST: process.env.WEB_DIST ?? join(root, 'dist', 'apps', 'web', 'browser') },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

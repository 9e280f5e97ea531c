// `npm start`: build what changed (Nx caches the rest), then serve the web client and the API on one port.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const nx = join(root, 'node_modules', 'nx', 'dist', 'bin', 'nx.js');

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

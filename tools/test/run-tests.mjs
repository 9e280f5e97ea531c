// `npm test`: every Jest project in one run (unit, database and HTTP tiers; PostgreSQL too when
// TEST_DATABASE_URL is set), then one summary line CI can read: "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'tmp', 'test-results');
mkdirSync(out, { recursive: true });
const baseEnv = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
// PGlite's CommonJS build loads parts of itself with dynamic import(), which Jest's VM needs this flag for;
// the Angular tests must run without it (jest-preset-angular loads Angular's .mjs through its own transform).
const vmModulesEnv = { ...baseEnv, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --disable-warning=ExperimentalWarning`.trim() };
const WEB_PROJECTS = ['web'];
// Browser tests: one production build started on a fresh embedded database, driven by Debian's chromium.
const E2E_PROJECTS = ['web-e2e'];

let passed = 0;
let failed = 0;
let exitCode = 0;

function runJest(name, args, env) {
  const file = join(out, `${name}.json`);
  rmSync(file, { force: true });
  const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js');
  const result = spawnSync(process.execPath, [jest, '--ci', '--json', `--outputFile=${file}`, ...args], { cwd: root, env, stdio: 'inherit' });
  if (existsSync(file)) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    // A suite that fails to load has no failed tests but is a failure all the same.
    failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  } else {
    failed += 1;
  }
  if (result.status !== 0) exitCode = result.status ?? 1;
}

console.log(process.env.TEST_DATABASE_URL ? 'Database suites run on PGlite and on PostgreSQL (TEST_DATABASE_URL).' : 'Database suites run on PGlite (set TEST_DATABASE_URL to add PostgreSQL).');
const extra = process.argv.slice(2);
runJest('server-and-shared', ['--ignoreProjects', ...WEB_PROJECTS, ...E2E_PROJECTS, ...extra], vmModulesEnv);
runJest('web', ['--selectProjects', ...WEB_PROJECTS, ...extra], baseEnv);
runJest('web-e2e', ['--selectProjects', ...E2E_PROJECTS, '--runInBand', ...extra], baseEnv);

console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : exitCode);

import type { Config } from 'jest';
import { getJestProjectsAsync } from '@nx/jest';

export default async (): Promise<Config> => ({
  projects: await getJestProjectsAsync(),
  // A global option: the projects' own testTimeout is ignored when they run together (npm test). The database and
  // HTTP suites build PGlite databases and sign users in with argon2, which takes longer than Jest's 5 s on a busy machine.
  testTimeout: 120_000,
});

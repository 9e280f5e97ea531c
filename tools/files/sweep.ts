/**
 * Deletes the dossier bytes that no document row points to (removed documents, uploads whose transaction rolled
 * back, writes cut short by a crash), once older than the grace period (24 h by default):
 *
 *   npm run files:sweep [-- --grace-hours 24]
 *
 * Reads the same environment as the app (DATA_DIR, DATABASE_URL, FILE_STORE and the S3 variables). Stop the app
 * first when using the embedded database (it allows one process at a time).
 */
import { loadSettings } from '@tdkt/api/core';
import { createDataSource, databaseSettingsFromEnv } from '@tdkt/api/database';
import { OrphanSweepService, SWEEP_GRACE_MS, createFileStore } from '@tdkt/api/documents';
import { parseArgs } from 'node:util';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'grace-hours': { type: 'string' } } });
  const graceHours = values['grace-hours'] === undefined ? SWEEP_GRACE_MS / 3_600_000 : Number(values['grace-hours']);
  if (!Number.isFinite(graceHours) || graceHours < 0) throw new Error('--grace-hours must be a number of hours, 0 or more');
  const settings = loadSettings();
  const store = createFileStore(settings);
  const dataSource = createDataSource({ ...databaseSettingsFromEnv(), poolSize: 1 });
  await dataSource.initialize();
  try {
    const result = await new OrphanSweepService(dataSource, store).sweep(new Date(), graceHours * 3_600_000);
    console.log(`Swept ${store.location}: ${result.checked} objects checked, ${result.deleted} deleted, ${result.kept} kept.`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err) => {
  console.error(`files:sweep failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

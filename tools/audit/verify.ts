/**
 * Verifies the audit trail's hash chain in the configured database (DATABASE_URL, or the embedded one in DATA_DIR):
 *
 *   npm run audit:verify
 *
 * Prints how many entries were checked and, if the chain is broken, the first entry that was changed, removed
 * or relinked, or that the trail is shorter than its checkpoint (the checkpoint table, and the file
 * AUDIT_CHECKPOINT_FILE or DATA_DIR/audit-checkpoint.json of the embedded database); exits 1 in that case so a
 * scheduled job can alert. Keyed chains need the same AUDIT_KEY as the app. Stop the app first when using the
 * embedded database (it allows one process at a time).
 */
import { AuditService } from '@tdkt/api/access';
import { createDataSource, databaseSettingsFromEnv } from '@tdkt/api/database';
import { resolve } from 'node:path';

async function main(): Promise<number> {
  const settings = databaseSettingsFromEnv();
  const dataSource = createDataSource({ ...settings, poolSize: 1 });
  await dataSource.initialize();
  const checkpointFile =
    process.env['AUDIT_CHECKPOINT_FILE'] ||
    (settings.url ? undefined : resolve(process.env['DATA_DIR'] || 'data', 'audit-checkpoint.json'));
  try {
    const report = await new AuditService(dataSource, { key: process.env['AUDIT_KEY'] || undefined, checkpointFile }).verify();
    if (report.ok) {
      console.log(`Audit trail intact: ${report.checked} entries verified.`);
      return 0;
    }
    console.error(
      `Audit trail BROKEN at entry ${report.firstBroken?.seq}: ${report.firstBroken?.reason} (${report.checked} entries before it verified).`,
    );
    return 1;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`audit:verify failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);

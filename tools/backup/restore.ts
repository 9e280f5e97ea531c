/**
 * Rebuilds an EMPTY DATA_DIR (embedded backup) or an EMPTY database (DATABASE_URL, PostgreSQL backup) from a
 * backup file, then checks it: the same rows per table as the backup's manifest and an intact audit chain.
 *
 *   npm run restore -- FILE
 */
import { parseArgs } from 'node:util';
import { RestoreCheckError, restoreBackup } from '@tdkt/api/backups';

async function main(): Promise<number> {
  const { positionals } = parseArgs({ allowPositionals: true });
  if (positionals.length !== 1) {
    console.error('Cách dùng / usage: npm run restore -- FILE   (DATA_DIR or DATABASE_URL name the empty target)');
    return 2;
  }
  const started = Date.now();
  const report = await restoreBackup({
    file: positionals[0],
    dataDir: process.env['DATA_DIR'] || 'data',
    databaseUrl: process.env['DATABASE_URL'] || undefined,
  });
  const rows = Object.values(report.counts).reduce((a, b) => a + b, 0);
  console.log(`Restored ${report.engine} backup of ${report.manifest.createdAt} into ${report.target} (${Date.now() - started} ms).`);
  console.log(
    `  Checked: ${Object.keys(report.counts).length} tables, ${rows} rows, same as the backup; audit trail intact (${report.audit.checked} entries verified).`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(err instanceof RestoreCheckError ? 3 : 1);
  },
);

/**
 * Writes one backup file holding the database and the document store (DATA_DIR/files):
 *
 *   npm run backup [-- --out FILE]
 *
 * Embedded database: from a stopped DATA_DIR (refused while a server holds the folder lock; use
 * POST /api/v1/backups or the daily backups then). DATABASE_URL: pg_dump (custom format) of that database.
 * Default file: DATA_DIR/backups/tdkt-backup-<time>-manual.tar, with <file>.sha256 beside it.
 */
import { parseArgs } from 'node:util';
import { backupCommand } from '@tdkt/api/backups';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const started = Date.now();
  const written = await backupCommand({
    dataDir: process.env['DATA_DIR'] || 'data',
    databaseUrl: process.env['DATABASE_URL'] || undefined,
    out: values.out,
  });
  const rows = Object.values(written.manifest.counts).reduce((a, b) => a + b, 0);
  const docs = written.manifest.documents ? `, ${written.manifest.documents.files} documents` : '';
  console.log(`Backup written: ${written.file}`);
  console.log(
    `  ${written.manifest.engine}, ${Object.keys(written.manifest.counts).length} tables, ${rows} rows${docs}; ${written.size} bytes, sha256 ${written.sha256} (${Date.now() - started} ms)`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);

import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DatabaseSettings, dataSourceOptions } from './data-source';

/** The role a postgres:// URL signs in as. */
export function roleOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * What the app's role may do: read and write the records, but only read and append the audit trail, only read its
 * checkpoint, and nothing on the schema (no CREATE, ALTER, DROP or TRUNCATE: those need the owner). Idempotent;
 * run after every migration so tables added later get the same rights.
 */
export async function applyAppRoleGrants(owner: DataSource, appRole: string): Promise<void> {
  const role = quoteIdent(appRole);
  await owner.transaction(async (m) => {
    // Several processes starting at once: one grants at a time.
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('tdkt.app_role_grants'))`);
    await m.query(`REVOKE CREATE ON SCHEMA public FROM ${role}`);
    await m.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await m.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role}`);
    await m.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await m.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    await m.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_entries FROM ${role}`);
    await m.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_checkpoints FROM ${role}`);
    await m.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON migrations FROM ${role}`);
  });
}

/**
 * With DATABASE_OWNER_URL: migrates the schema as its owner and grants the app's role (DATABASE_URL's) its rights,
 * before the app connects. Without it the app's own role migrates, as before (one role owns everything).
 */
export async function migrateAsOwner(settings: DatabaseSettings): Promise<void> {
  if (!settings.url || !settings.ownerUrl) return;
  const appRole = roleOfUrl(settings.url);
  const owner = new DataSource({
    ...dataSourceOptions({ url: settings.ownerUrl, poolSize: 1, logging: settings.logging }),
    migrationsRun: true,
  });
  await owner.initialize();
  try {
    const [{ current_user: ownerRole }] = await owner.query(`SELECT current_user`);
    if (ownerRole === appRole) {
      new Logger('Database').warn(`DATABASE_URL and DATABASE_OWNER_URL use the same role (${appRole}): the app keeps the owner's rights`);
      return;
    }
    await applyAppRoleGrants(owner, appRole);
  } finally {
    await owner.destroy();
  }
}

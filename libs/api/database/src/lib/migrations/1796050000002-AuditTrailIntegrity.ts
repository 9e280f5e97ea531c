import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hardens the audit trail against its own database role:
 * - each entry records how its hash was made (`sha256`, or `hmac-sha256` keyed with AUDIT_KEY);
 * - TRUNCATE is refused, even for the owner, unless `SET tdkt.audit_maintenance = 'on'` in that session;
 * - `audit_checkpoints` keeps the head (highest seq and its hash), advanced by a trigger on every insert and never
 *   moved back, so an emptied or shortened chain no longer verifies. The trigger function runs as its owner, so
 *   the app's role needs no right on the checkpoint table (see the grants applied with DATABASE_OWNER_URL).
 */
export class AuditTrailIntegrity1796050000002 implements MigrationInterface {
  name = 'AuditTrailIntegrity1796050000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_entries" ADD "hash_scheme" text NOT NULL DEFAULT 'sha256'`);
    await queryRunner.query(
      `ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_hash_scheme_ck" CHECK ("hash_scheme" IN ('sha256', 'hmac-sha256'))`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "audit_entries_no_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF current_setting('tdkt.audit_maintenance', true) IS DISTINCT FROM 'on' THEN
           RAISE EXCEPTION 'audit trail tables cannot be truncated (set tdkt.audit_maintenance = on for maintenance)';
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_entries_no_truncate" BEFORE TRUNCATE ON "audit_entries" FOR EACH STATEMENT EXECUTE FUNCTION "audit_entries_no_truncate"()`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_checkpoints" ("id" smallint NOT NULL DEFAULT 1, "seq" bigint NOT NULL, "hash" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "audit_checkpoints_pk" PRIMARY KEY ("id"), CONSTRAINT "audit_checkpoints_one_ck" CHECK ("id" = 1))`,
    );
    await queryRunner.query(
      `INSERT INTO "audit_checkpoints" ("id", "seq", "hash") SELECT 1, "seq", "hash" FROM "audit_entries" ORDER BY "seq" DESC LIMIT 1`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "audit_checkpoints_advance"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
       BEGIN
         INSERT INTO audit_checkpoints (id, seq, hash, updated_at) VALUES (1, NEW.seq, NEW.hash, now())
         ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash, updated_at = EXCLUDED.updated_at
         WHERE audit_checkpoints.seq < EXCLUDED.seq;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_checkpoints_advance" AFTER INSERT ON "audit_entries" FOR EACH ROW EXECUTE FUNCTION "audit_checkpoints_advance"()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "audit_checkpoints_forward_only"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF current_setting('tdkt.audit_maintenance', true) IS DISTINCT FROM 'on'
            AND (TG_OP <> 'UPDATE' OR NEW.seq <= OLD.seq) THEN
           RAISE EXCEPTION 'the audit checkpoint only moves forward';
         END IF;
         RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_checkpoints_forward_only" BEFORE UPDATE OR DELETE ON "audit_checkpoints" FOR EACH ROW EXECUTE FUNCTION "audit_checkpoints_forward_only"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_checkpoints_no_truncate" BEFORE TRUNCATE ON "audit_checkpoints" FOR EACH STATEMENT EXECUTE FUNCTION "audit_entries_no_truncate"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_checkpoints_advance" ON "audit_entries"`);
    await queryRunner.query(`DROP TABLE "audit_checkpoints"`);
    await queryRunner.query(`DROP FUNCTION "audit_checkpoints_forward_only"()`);
    await queryRunner.query(`DROP FUNCTION "audit_checkpoints_advance"()`);
    await queryRunner.query(`DROP TRIGGER "audit_entries_no_truncate" ON "audit_entries"`);
    await queryRunner.query(`DROP FUNCTION "audit_entries_no_truncate"()`);
    await queryRunner.query(`ALTER TABLE "audit_entries" DROP CONSTRAINT "audit_entries_hash_scheme_ck"`);
    await queryRunner.query(`ALTER TABLE "audit_entries" DROP COLUMN "hash_scheme"`);
  }
}

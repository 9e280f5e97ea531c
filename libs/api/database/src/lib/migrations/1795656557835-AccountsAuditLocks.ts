import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts and sessions, the hash-chained audit trail, period submissions and locks, workflow reasons. */
export class AccountsAuditLocks1795656557835 implements MigrationInterface {
  name = 'AccountsAuditLocks1795656557835';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entries" ("seq" bigint NOT NULL, "at" text NOT NULL, "actor_id" uuid, "actor_username" text, "address" text, "entity" text NOT NULL, "entity_id" text, "action" text NOT NULL, "province_id" uuid, "cluster_id" uuid, "year" integer, "before" jsonb, "after" jsonb, "prev_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_0de907d00514c64bf4c6fd7ae10" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_entries_entity_idx" ON "audit_entries"  ("entity", "entity_id") `);
    await queryRunner.query(
      `CREATE TABLE "period_submissions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cluster_id" uuid NOT NULL, "province_id" uuid NOT NULL, "year" integer NOT NULL, "period" text NOT NULL, "submitted_by" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "note" text, CONSTRAINT "PK_ad6f1ff22914429b534461d04f4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "period_submissions_cluster_province_period_uq" ON "period_submissions"  ("cluster_id", "province_id", "year", "period") `,
    );
    await queryRunner.query(
      `CREATE TABLE "period_locks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "cluster_id" uuid NOT NULL, "year" integer NOT NULL, "period" text NOT NULL, "locked" boolean NOT NULL, "reason" text NOT NULL, "changed_by" uuid NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ec9e44eded83a9da92f16343202" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "period_locks_cluster_period_uq" ON "period_locks"  ("cluster_id", "year", "period") `);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "username" text NOT NULL, "full_name" text NOT NULL, "password_hash" text NOT NULL, "roles" text array NOT NULL, "province_id" uuid, "cluster_id" uuid, "active" boolean NOT NULL DEFAULT true, "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "is_demo" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "users_username_uq" ON "users"  ("username") `);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "refresh_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "address" text, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "sessions_refresh_hash_uq" ON "sessions"  ("refresh_hash") `);
    await queryRunner.query(`CREATE INDEX "sessions_user_idx" ON "sessions"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "commendations" ADD "status_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_province_fk" FOREIGN KEY ("province_id") REFERENCES "provinces"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_roles_ck" CHECK (cardinality("roles") > 0 AND "roles" <@ ARRAY['ADMIN', 'CLUSTER_CHAIR', 'COUNCIL_REVIEWER', 'PROVINCE_STAFF']::text[])`,
    );
    await queryRunner.query(
      `ALTER TABLE "period_submissions" ADD CONSTRAINT "period_submissions_period_ck" CHECK ("period" IN ('H1', 'FY'))`,
    );
    await queryRunner.query(`ALTER TABLE "period_locks" ADD CONSTRAINT "period_locks_period_ck" CHECK ("period" IN ('H1', 'FY'))`);
    await queryRunner.query(
      `ALTER TABLE "period_submissions" ADD CONSTRAINT "period_submissions_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "period_submissions" ADD CONSTRAINT "period_submissions_province_fk" FOREIGN KEY ("province_id") REFERENCES "provinces"("id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "period_locks" ADD CONSTRAINT "period_locks_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id")`,
    );
    // Append-only: the application never updates or deletes audit entries, and the database refuses to.
    await queryRunner.query(
      `CREATE FUNCTION "audit_entries_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_entries is append-only'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_entries_append_only" BEFORE UPDATE OR DELETE ON "audit_entries" FOR EACH ROW EXECUTE FUNCTION "audit_entries_append_only"()`,
    );
    await queryRunner.query(`CREATE INDEX "audit_entries_province_idx" ON "audit_entries" ("province_id", "seq")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_entries_append_only" ON "audit_entries"`);
    await queryRunner.query(`DROP FUNCTION "audit_entries_append_only"()`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "sessions_user_fk"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_cluster_fk"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_province_fk"`);
    await queryRunner.query(`ALTER TABLE "commendations" DROP COLUMN "status_reason"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_refresh_hash_uq"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."users_username_uq"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."period_locks_cluster_period_uq"`);
    await queryRunner.query(`DROP TABLE "period_locks"`);
    await queryRunner.query(`DROP INDEX "public"."period_submissions_cluster_province_period_uq"`);
    await queryRunner.query(`DROP TABLE "period_submissions"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entries_entity_idx"`);
    await queryRunner.query(`DROP TABLE "audit_entries"`);
  }
}

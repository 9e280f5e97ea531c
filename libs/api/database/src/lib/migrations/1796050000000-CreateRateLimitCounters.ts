import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters shared by every API process on one database: one row per key (route, limit and client),
 * counted in a fixed window. Unlogged on PostgreSQL (counters need no crash safety, and skip the WAL).
 */
export class CreateRateLimitCounters1796050000000 implements MigrationInterface {
  name = 'CreateRateLimitCounters1796050000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "rate_limit_counters" ("key" text NOT NULL, "hits" integer NOT NULL, "expires_at" bigint NOT NULL, CONSTRAINT "rate_limit_counters_pk" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE INDEX "rate_limit_counters_expires_idx" ON "rate_limit_counters" ("expires_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit_counters"`);
  }
}

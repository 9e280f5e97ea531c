import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The refresh tokens a session has rotated away from (their hashes). One presented again means two parties hold
 * the session's tokens (one stole it): the whole session is revoked.
 */
export class CreateRetiredRefreshTokens1796050000001 implements MigrationInterface {
  name = 'CreateRetiredRefreshTokens1796050000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "retired_refresh_tokens" ("hash" text NOT NULL, "session_id" uuid NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "retired_refresh_tokens_pk" PRIMARY KEY ("hash"), CONSTRAINT "retired_refresh_tokens_session_fk" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "retired_refresh_tokens_session_idx" ON "retired_refresh_tokens" ("session_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "retired_refresh_tokens"`);
  }
}

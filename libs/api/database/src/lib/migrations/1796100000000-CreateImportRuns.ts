import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per user whose Excel import is running, so that every API process sees it (one import at a time per
 * user). The row is deleted when the import ends; a row older than the takeover age is from a process that died.
 */
export class CreateImportRuns1796100000000 implements MigrationInterface {
  name = 'CreateImportRuns1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "import_runs" ("user_id" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "import_runs_pk" PRIMARY KEY ("user_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "import_runs"`);
  }
}

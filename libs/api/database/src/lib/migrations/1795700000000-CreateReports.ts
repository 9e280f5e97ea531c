import { MigrationInterface, QueryRunner } from 'typeorm';

/** Cluster review reports. */
export class CreateReports1795700000000 implements MigrationInterface {
  name = 'CreateReports1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "cluster_id" uuid NOT NULL, "year" integer NOT NULL, "period" text NOT NULL, CONSTRAINT "reports_pk" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reports"`);
  }
}

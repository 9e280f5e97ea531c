import { MigrationInterface, QueryRunner } from 'typeorm';

/** Rule-engine findings on commendations. */
export class CreateFindings1795700000001 implements MigrationInterface {
  name = 'CreateFindings1795700000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "findings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "commendation_id" uuid NOT NULL, "rule_id" text NOT NULL, CONSTRAINT "findings_pk" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "findings"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reference history of organisation renames and mergers (e.g. the departments merged in 2025): a recipient recorded
 * under the old name and later under the new one is the same recipient. `province_id` null applies in every province.
 */
export class CreateOrganizationRenames1796400000003 implements MigrationInterface {
  name = 'CreateOrganizationRenames1796400000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organization_renames" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"province_id" uuid, ` +
        `"old_name" text NOT NULL, ` +
        `"old_name_folded" text NOT NULL, ` +
        `"new_name" text NOT NULL, ` +
        `"new_name_folded" text NOT NULL, ` +
        `"renamed_on" date NOT NULL, ` +
        `"source" text, ` +
        `CONSTRAINT "organization_renames_pk" PRIMARY KEY ("id"), ` +
        `CONSTRAINT "organization_renames_province_fk" FOREIGN KEY ("province_id") REFERENCES "provinces"("id"), ` +
        `CONSTRAINT "organization_renames_not_same_ck" CHECK ("old_name_folded" <> "new_name_folded"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "organization_renames_old_new_uq" ON "organization_renames" ("old_name_folded", "new_name_folded", COALESCE("province_id", '00000000-0000-0000-0000-000000000000'::uuid))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "organization_renames"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Marks rows created by an Excel import and makes the import's duplicate key unique among them (province, award,
 * recipient name and decision number, case aside), so two imports of the same rows at once cannot both commit.
 * Rows entered one by one, the demo seed and generated datasets are not imported: the index holds none of them.
 */
export class UniqueImportedCommendations1795800000000 implements MigrationInterface {
  name = 'UniqueImportedCommendations1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commendations" ADD "imported" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "commendations_import_duplicate_uq" ON "commendations" ("province_id", "award_type_id", lower("recipient_name"), COALESCE(lower("decision_number"), '')) WHERE "imported"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "commendations_import_duplicate_uq"`);
    await queryRunner.query(`ALTER TABLE "commendations" DROP COLUMN "imported"`);
  }
}

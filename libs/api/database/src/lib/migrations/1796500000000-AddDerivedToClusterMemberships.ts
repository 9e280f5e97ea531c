import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Marks memberships derived by carrying a previous year forward (reference data for 2025 and 2026, or an admin's
 * carry-forward) until an admin confirms or corrects the year with a PUT, which clears the mark.
 */
export class AddDerivedToClusterMemberships1796500000000 implements MigrationInterface {
  name = 'AddDerivedToClusterMemberships1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cluster_memberships" ADD "derived" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE INDEX "cluster_memberships_year_idx" ON "cluster_memberships" ("year")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "cluster_memberships_year_idx"`);
    await queryRunner.query(`ALTER TABLE "cluster_memberships" DROP COLUMN "derived"`);
  }
}

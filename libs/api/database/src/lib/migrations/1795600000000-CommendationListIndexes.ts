import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the commendation list at national scale (1M rows): the list is ordered by record year,
 * then decision date, so that a year filter reads one contiguous stretch of an index, and the
 * per-province index carries every column a filtered count needs (index-only scans).
 * The year expression must match RECORD_YEAR_SQL in the entities exactly, or the planner ignores these indexes.
 */
export class CommendationListIndexes1795600000000 implements MigrationInterface {
  name = 'CommendationListIndexes1795600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "commendations_list_order_idx" ON "commendations" ((COALESCE(EXTRACT(YEAR FROM "decision_date")::int, "achievement_year")) DESC, "decision_date" DESC NULLS LAST, "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "commendations_province_year_idx" ON "commendations" ("province_id", (COALESCE(EXTRACT(YEAR FROM "decision_date")::int, "achievement_year")) DESC, "decision_date" DESC NULLS LAST, "id") INCLUDE ("achievement_year")`,
    );
    // Superseded by the two above.
    await queryRunner.query(`DROP INDEX "commendations_achievement_year_idx"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "commendations_achievement_year_idx" ON "commendations" ("achievement_year")`);
    await queryRunner.query(`DROP INDEX "commendations_province_year_idx"`);
    await queryRunner.query(`DROP INDEX "commendations_list_order_idx"`);
  }
}

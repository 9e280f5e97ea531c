import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The recipient's discipline facts, optional, for R-DISCIPLINE-FREEZE (Decree 152/2025 Art. 4.4, Law 06/2022/QH15 Art. 28):
 * the day the latest sanction ends, a case, inspection, investigation or complaint pending at the proposal, and for a
 * collective a member disciplined at cảnh cáo or above in the achievement year. Null is "not recorded".
 */
export class AddDisciplineFactsToCommendations1796600000000 implements MigrationInterface {
  name = 'AddDisciplineFactsToCommendations1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "commendations" ADD "discipline_until" date, ADD "pending_review" boolean, ADD "member_warned_or_above" boolean`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "commendations" DROP COLUMN "member_warned_or_above", DROP COLUMN "pending_review", DROP COLUMN "discipline_until"`,
    );
  }
}

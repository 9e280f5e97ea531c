import { MigrationInterface, QueryRunner } from 'typeorm';

/** An individual's date of birth, optional: when two records both carry one, it tells namesakes apart across years. */
export class AddDateOfBirthToCommendations1796400000001 implements MigrationInterface {
  name = 'AddDateOfBirthToCommendations1796400000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commendations" ADD "date_of_birth" date`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commendations" DROP COLUMN "date_of_birth"`);
  }
}

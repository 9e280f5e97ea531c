import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The province-run cluster or bloc (cụm, khối thi đua của tỉnh) a collective competes in, optional: a yearly provincial
 * flag goes to one leading collective of each (Law 06/2022/QH15 Art. 26.1, rule R-CO-TINH-ONE-PER-CLUSTER).
 */
export class AddProvinceClusterToCommendations1796400000002 implements MigrationInterface {
  name = 'AddProvinceClusterToCommendations1796400000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commendations" ADD "province_cluster" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commendations" DROP COLUMN "province_cluster"`);
  }
}

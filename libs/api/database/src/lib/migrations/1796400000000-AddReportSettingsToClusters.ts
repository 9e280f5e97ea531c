import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a cluster's reports print in their header and signature (Decree 30/2020/NĐ-CP, Appendix I): the issuing body
 * ("UBND TỈNH TUYÊN QUANG" / "UBND THÀNH PHỐ HÀ NỘI"), the symbol after the number ("BC-CTĐ"), and the signer.
 * All optional: unset, the report derives them from the chair province and the meeting.
 */
export class AddReportSettingsToClusters1796400000000 implements MigrationInterface {
  name = 'AddReportSettingsToClusters1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "clusters" ADD "issuing_body" text, ADD "document_symbol" text, ADD "signer_name" text, ADD "signer_title" text`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "clusters" DROP COLUMN "signer_title", DROP COLUMN "signer_name", DROP COLUMN "document_symbol", DROP COLUMN "issuing_body"`,
    );
  }
}

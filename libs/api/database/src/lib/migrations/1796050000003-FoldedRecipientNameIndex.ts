import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The eligibility rules look up a recipient's namesakes by exact folded name (accents and đ folded, case and
 * spaces normalised, as foldVietnamese does): an immutable SQL twin of that function and an index on it, so the
 * look-up reads only the rows of that one name instead of every name that starts with it.
 */
export class FoldedRecipientNameIndex1796050000003 implements MigrationInterface {
  name = 'FoldedRecipientNameIndex1796050000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "tdkt_fold"(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
         SELECT lower(btrim(regexp_replace(translate(regexp_replace(normalize($1, NFD), '[\\u0300-\\u036f]', '', 'g'), 'đĐ', 'dd'), '\\s+', ' ', 'g')))
       $$`,
    );
    await queryRunner.query(`CREATE INDEX "commendations_recipient_folded_idx" ON "commendations" ("tdkt_fold"("recipient_name"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "commendations_recipient_folded_idx"`);
    await queryRunner.query(`DROP FUNCTION "tdkt_fold"(text)`);
  }
}

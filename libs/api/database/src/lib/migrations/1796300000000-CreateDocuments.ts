import { MigrationInterface, QueryRunner } from 'typeorm';

/** The documents of a proposal's dossier (§10): metadata only; the bytes live in the file store. */
export class CreateDocuments1796300000000 implements MigrationInterface {
  name = 'CreateDocuments1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commendation_id" uuid NOT NULL, "kind" text NOT NULL, "file_name" text NOT NULL, "media_type" text NOT NULL, "size" integer NOT NULL, "sha256" text NOT NULL, "storage_key" text NOT NULL, "uploaded_by_id" uuid, "uploaded_by_name" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "documents_pk" PRIMARY KEY ("id"), CONSTRAINT "documents_kind_ck" CHECK ("kind" IN ('SUBMISSION', 'ACHIEVEMENT_REPORT', 'MINUTES', 'INITIATIVE_RECOGNITION', 'DECISION', 'OTHER')), CONSTRAINT "documents_size_ck" CHECK ("size" >= 0))`,
    );
    await queryRunner.query(`CREATE INDEX "documents_commendation_idx" ON "documents" ("commendation_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "documents_storage_key_idx" ON "documents" ("storage_key")`);
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "documents_commendation_fk" FOREIGN KEY ("commendation_id") REFERENCES "commendations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "documents"`);
  }
}

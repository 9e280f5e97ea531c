import { MigrationInterface, QueryRunner } from 'typeorm';

/** Rule-engine findings on commendations, and reviewers' decisions on recipient matches. */
export class CreateFindings1795700000001 implements MigrationInterface {
  name = 'CreateFindings1795700000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "findings" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"version" integer NOT NULL, ` +
        `"commendation_id" uuid NOT NULL, ` +
        `"rule_id" text NOT NULL, ` +
        `"rule_version" text NOT NULL, ` +
        `"severity" text NOT NULL, ` +
        `"status" text NOT NULL, ` +
        `"explanation" text NOT NULL, ` +
        `"evidence_ids" uuid array NOT NULL DEFAULT '{}', ` +
        `"evidence_needed" text array NOT NULL DEFAULT '{}', ` +
        `"branch" text, ` +
        `"province_id" uuid NOT NULL, ` +
        `"year" integer, ` +
        `"comment" text, ` +
        `"reviewer_id" uuid, ` +
        `"reviewed_at" TIMESTAMP WITH TIME ZONE, ` +
        `"last_run_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `CONSTRAINT "findings_pk" PRIMARY KEY ("id"), ` +
        `CONSTRAINT "findings_commendation_fk" FOREIGN KEY ("commendation_id") REFERENCES "commendations"("id") ON DELETE CASCADE, ` +
        `CONSTRAINT "findings_severity_ck" CHECK ("severity" IN ('ERROR', 'WARNING')), ` +
        `CONSTRAINT "findings_status_ck" CHECK ("status" IN ('OPEN', 'CLEARED', 'CONFIRMED')), ` +
        // A reviewer's decision always carries who and when; an automatic clearing carries neither.
        `CONSTRAINT "findings_review_ck" CHECK (("reviewer_id" IS NULL) = ("reviewed_at" IS NULL)), ` +
        `CONSTRAINT "findings_confirmed_reviewed_ck" CHECK ("status" <> 'CONFIRMED' OR "reviewer_id" IS NOT NULL))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "findings_commendation_rule_uq" ON "findings" ("commendation_id", "rule_id")`);
    await queryRunner.query(`CREATE INDEX "findings_province_year_idx" ON "findings" ("province_id", "year")`);
    await queryRunner.query(`CREATE INDEX "findings_status_severity_idx" ON "findings" ("status", "severity")`);
    await queryRunner.query(
      `CREATE TABLE "recipient_matches" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"version" integer NOT NULL, ` +
        `"commendation_id" uuid NOT NULL, ` +
        `"matched_id" uuid NOT NULL, ` +
        `"decision" text NOT NULL, ` +
        `"comment" text, ` +
        `"reviewer_id" uuid NOT NULL, ` +
        `CONSTRAINT "recipient_matches_pk" PRIMARY KEY ("id"), ` +
        `CONSTRAINT "recipient_matches_commendation_fk" FOREIGN KEY ("commendation_id") REFERENCES "commendations"("id") ON DELETE CASCADE, ` +
        `CONSTRAINT "recipient_matches_matched_fk" FOREIGN KEY ("matched_id") REFERENCES "commendations"("id") ON DELETE CASCADE, ` +
        `CONSTRAINT "recipient_matches_decision_ck" CHECK ("decision" IN ('CONFIRMED', 'REJECTED')), ` +
        `CONSTRAINT "recipient_matches_distinct_ck" CHECK ("commendation_id" <> "matched_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "recipient_matches_pair_uq" ON "recipient_matches" ("commendation_id", "matched_id")`);
    await queryRunner.query(`CREATE INDEX "recipient_matches_matched_idx" ON "recipient_matches" ("matched_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "recipient_matches"`);
    await queryRunner.query(`DROP TABLE "findings"`);
  }
}

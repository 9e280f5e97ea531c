import { MigrationInterface, QueryRunner } from 'typeorm';

/** The year-end review (spec §9): score sheets and cards, votes with their register and ballot box apart, and a proposal's vote. */
export class CreateYearEndReview1796200000000 implements MigrationInterface {
  name = 'CreateYearEndReview1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const record = `"id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, `;
    await queryRunner.query(
      `CREATE TABLE "score_sheets" (${record}` +
        `"cluster_id" uuid NOT NULL, "year" integer NOT NULL, "status" text NOT NULL, ` +
        `"criteria" jsonb NOT NULL DEFAULT '[]', "bonuses" jsonb NOT NULL DEFAULT '[]', "deductions" jsonb NOT NULL DEFAULT '[]', ` +
        `"copied_from_year" integer, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, ` +
        `"is_demo" boolean NOT NULL DEFAULT false, ` +
        `CONSTRAINT "score_sheets_pk" PRIMARY KEY ("id"), ` +
        `CONSTRAINT "score_sheets_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id"), ` +
        `CONSTRAINT "score_sheets_status_ck" CHECK ("status" IN ('DRAFT', 'OPEN', 'CLOSED')))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "score_sheets_cluster_year_uq" ON "score_sheets" ("cluster_id", "year")`);
    await queryRunner.query(
      `CREATE TABLE "score_cards" (${record}` +
        `"sheet_id" uuid NOT NULL, "province_id" uuid NOT NULL, "entries" jsonb NOT NULL DEFAULT '{}', "is_demo" boolean NOT NULL DEFAULT false, ` +
        `CONSTRAINT "score_cards_pk" PRIMARY KEY ("id"), ` +
        `CONSTRAINT "score_cards_sheet_fk" FOREIGN KEY ("sheet_id") REFERENCES "score_sheets"("id") ON DELETE CASCADE, ` +
        `CONSTRAINT "score_cards_province_fk" FOREIGN KEY ("province_id") REFERENCES "provinces"("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "score_cards_sheet_province_uq" ON "score_cards" ("sheet_id", "province_id")`);
    await queryRunner.query(
      `CREATE TABLE "votes" (${record}` +
        `"cluster_id" uuid NOT NULL, "year" integer NOT NULL, "meeting_id" uuid, "title" text NOT NULL, "award_type_id" uuid NOT NULL, ` +
        `"seats" integer NOT NULL, "candidates" text array NOT NULL, "quorum" numeric(5,4) NOT NULL, "threshold" numeric(5,4) NOT NULL, ` +
        `"status" text NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "result" jsonb, ` +
        `"is_demo" boolean NOT NULL DEFAULT false, ` +
        `CONSTRAINT "votes_pk" PRIMARY KEY ("id"), ` +
        `CONSTRAINT "votes_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id"), ` +
        `CONSTRAINT "votes_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id"), ` +
        `CONSTRAINT "votes_award_type_fk" FOREIGN KEY ("award_type_id") REFERENCES "award_types"("id"), ` +
        `CONSTRAINT "votes_status_ck" CHECK ("status" IN ('DRAFT', 'OPEN', 'CLOSED')), ` +
        `CONSTRAINT "votes_seats_ck" CHECK ("seats" >= 1), ` +
        `CONSTRAINT "votes_shares_ck" CHECK ("quorum" > 0 AND "quorum" <= 1 AND "threshold" > 0 AND "threshold" <= 1), ` +
        // The tally exists exactly when the vote is closed.
        `CONSTRAINT "votes_result_ck" CHECK (("status" = 'CLOSED') = ("result" IS NOT NULL)))`,
    );
    await queryRunner.query(`CREATE INDEX "votes_cluster_year_idx" ON "votes" ("cluster_id", "year")`);
    // Who voted: one row per member and vote (the primary key refuses a second ballot).
    await queryRunner.query(
      `CREATE TABLE "vote_register" ("vote_id" uuid NOT NULL, "province_id" uuid NOT NULL, "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"channel" text NOT NULL, "entered_by" uuid, ` +
        `CONSTRAINT "vote_register_pk" PRIMARY KEY ("vote_id", "province_id"), ` +
        `CONSTRAINT "vote_register_vote_fk" FOREIGN KEY ("vote_id") REFERENCES "votes"("id") ON DELETE CASCADE, ` +
        `CONSTRAINT "vote_register_province_fk" FOREIGN KEY ("province_id") REFERENCES "provinces"("id"), ` +
        `CONSTRAINT "vote_register_channel_ck" CHECK ("channel" IN ('ONLINE', 'PAPER')))`,
    );
    // What was chosen: no province, user, time or sequence column, so nothing joins it to the register.
    await queryRunner.query(
      `CREATE TABLE "vote_ballots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vote_id" uuid NOT NULL, "choices" text array NOT NULL, ` +
        `CONSTRAINT "vote_ballots_pk" PRIMARY KEY ("id"), ` +
        `CONSTRAINT "vote_ballots_vote_fk" FOREIGN KEY ("vote_id") REFERENCES "votes"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "vote_ballots_vote_idx" ON "vote_ballots" ("vote_id")`);
    await queryRunner.query(`ALTER TABLE "commendations" ADD "vote_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "commendations" ADD CONSTRAINT "commendations_vote_fk" FOREIGN KEY ("vote_id") REFERENCES "votes"("id")`,
    );
    await queryRunner.query(`CREATE INDEX "commendations_vote_idx" ON "commendations" ("vote_id") WHERE "vote_id" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "commendations_vote_idx"`);
    await queryRunner.query(`ALTER TABLE "commendations" DROP CONSTRAINT "commendations_vote_fk"`);
    await queryRunner.query(`ALTER TABLE "commendations" DROP COLUMN "vote_id"`);
    await queryRunner.query(`DROP TABLE "vote_ballots"`);
    await queryRunner.query(`DROP TABLE "vote_register"`);
    await queryRunner.query(`DROP TABLE "votes"`);
    await queryRunner.query(`DROP TABLE "score_cards"`);
    await queryRunner.query(`DROP TABLE "score_sheets"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** Cluster review reports: a draft is recomputed and edited; a final one keeps a frozen snapshot. */
export class CreateReports1795700000000 implements MigrationInterface {
  name = 'CreateReports1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reports" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"version" integer NOT NULL, ` +
        `"cluster_id" uuid NOT NULL, ` +
        `"year" integer NOT NULL, ` +
        `"period" text NOT NULL, ` +
        `"status" text NOT NULL DEFAULT 'DRAFT', ` +
        `"meeting_id" uuid, ` +
        `"cutoff_date" date, ` +
        `"from_date" date NOT NULL, ` +
        `"to_date" date NOT NULL, ` +
        `"sections" jsonb NOT NULL DEFAULT '[]', ` +
        `"statistics" jsonb NOT NULL DEFAULT '{}', ` +
        `"computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"final_snapshot" jsonb, ` +
        `"finalized_at" TIMESTAMP WITH TIME ZONE, ` +
        `"finalized_by" uuid, ` +
        `"supersedes_id" uuid, ` +
        `"created_by" uuid NOT NULL, ` +
        `CONSTRAINT "reports_pk" PRIMARY KEY ("id"), ` +
        `CONSTRAINT "reports_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id"), ` +
        `CONSTRAINT "reports_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id"), ` +
        `CONSTRAINT "reports_supersedes_fk" FOREIGN KEY ("supersedes_id") REFERENCES "reports"("id"), ` +
        `CONSTRAINT "reports_period_ck" CHECK ("period" IN ('H1', 'FY')), ` +
        `CONSTRAINT "reports_status_ck" CHECK ("status" IN ('DRAFT', 'FINAL')), ` +
        `CONSTRAINT "reports_range_ck" CHECK ("from_date" <= "to_date"), ` +
        `CONSTRAINT "reports_final_snapshot_ck" CHECK (("status" = 'FINAL') = ("final_snapshot" IS NOT NULL AND "finalized_at" IS NOT NULL))` +
        `)`,
    );
    await queryRunner.query(`CREATE INDEX "reports_cluster_year_idx" ON "reports" ("cluster_id", "year", "period")`);
    // One open draft per cluster period; final reports accumulate as they are superseded.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "reports_one_draft_uq" ON "reports" ("cluster_id", "year", "period") WHERE "status" = 'DRAFT'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reports"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRecordTables1795567242676 implements MigrationInterface {
  name = 'CreateRecordTables1795567242676';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Trigram indexes make substring search on folded text fast; PGlite ships pg_trgm too.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TABLE "award_types" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" text NOT NULL, "name" text NOT NULL, "category" text NOT NULL, "level" text NOT NULL, "recipient_kinds" text array NOT NULL, "decided_by" text NOT NULL, "legal_basis" text, "sort_order" integer NOT NULL, CONSTRAINT "PK_d614f2efce6aff3816dbe35cc93" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "award_types_code_uq" ON "award_types"  ("code") `);
    await queryRunner.query(
      `CREATE TABLE "provinces" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" character(2) NOT NULL, "name" text NOT NULL, "name_folded" text NOT NULL, "kind" text NOT NULL, "valid_from" date, "valid_to" date, "successor_code" character(2), "successor_id" uuid, "note" text, CONSTRAINT "PK_2e4260eedbcad036ec53222e0c7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "provinces_code_valid_from_uq" ON "provinces"  ("code", "valid_from") NULLS NOT DISTINCT`);
    await queryRunner.query(
      `CREATE TABLE "clusters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "description" text, CONSTRAINT "PK_56c8e201f375e1e961dcdd6831c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "clusters_code_uq" ON "clusters"  ("code") `);
    await queryRunner.query(
      `CREATE TABLE "cluster_memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cluster_id" uuid NOT NULL, "year" integer NOT NULL, "province_id" uuid NOT NULL, "role" text NOT NULL, CONSTRAINT "PK_5b2bcc48dd45bd20fe29b2f150e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "cluster_memberships_province_year_idx" ON "cluster_memberships"  ("province_id", "year") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "cluster_memberships_cluster_year_province_uq" ON "cluster_memberships"  ("cluster_id", "year", "province_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "movements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "name" text NOT NULL, "launched_by" text NOT NULL, "launched_on" date NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "description" text, "scope" text NOT NULL, "cluster_id" uuid, "province_id" uuid, "is_demo" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_5a8e3da15ab8f2ce353e7f58f67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "movements_starts_on_idx" ON "movements"  ("starts_on") `);
    await queryRunner.query(
      `CREATE TABLE "movement_results" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "movement_id" uuid NOT NULL, "province_id" uuid NOT NULL, "year" integer NOT NULL, "period" text NOT NULL, "summary" text, "sub_movements_launched" integer, "models_built" integer, "participants" integer, "is_demo" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_03efc6b55e7cb6293cbb984b547" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "movement_results_movement_province_period_uq" ON "movement_results"  ("movement_id", "province_id", "year", "period") `,
    );
    await queryRunner.query(
      `CREATE TABLE "commendations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "recipient_kind" text NOT NULL, "recipient_name" text NOT NULL, "position" text, "organization" text, "province_id" uuid NOT NULL, "gender" text, "ethnic_minority" boolean NOT NULL DEFAULT false, "recipient_class" text, "award_type_id" uuid NOT NULL, "kind" text NOT NULL, "movement_id" uuid, "achievement_year" integer, "decision_number" text, "decision_date" date, "deciding_authority" text, "citation" text, "status" text NOT NULL, "search_text" text NOT NULL, "is_demo" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_ff77dfd683f1590734cb7713a09" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "commendations_status_idx" ON "commendations"  ("status") `);
    await queryRunner.query(`CREATE INDEX "commendations_award_type_idx" ON "commendations"  ("award_type_id") `);
    await queryRunner.query(
      `CREATE INDEX "commendations_province_decision_date_idx" ON "commendations"  ("province_id", "decision_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "cluster_id" uuid NOT NULL, "year" integer NOT NULL, "period" text NOT NULL, "date" date NOT NULL, "host_province_id" uuid NOT NULL, "place" text, "chair_name" text NOT NULL, "chair_title" text, "participants" text, "notes" text, "is_demo" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "meetings_cluster_year_idx" ON "meetings"  ("cluster_id", "year") `);
    await queryRunner.query(
      `CREATE TABLE "pledges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "cluster_id" uuid NOT NULL, "year" integer NOT NULL, "signed_on" date NOT NULL, "place" text, "is_demo" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_cbc41e4e1ba6b2690543f158d22" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "pledges_cluster_year_uq" ON "pledges"  ("cluster_id", "year") `);
    await queryRunner.query(
      `CREATE TABLE "pledge_criteria" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "pledge_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "unit" text, "target_kind" text NOT NULL, "max_score" numeric(8,2) NOT NULL, "sort_order" integer NOT NULL, CONSTRAINT "PK_5e5728f84c4f95bd16233d1b626" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "pledge_criteria_pledge_code_uq" ON "pledge_criteria"  ("pledge_id", "code") `);
    await queryRunner.query(
      `CREATE TABLE "pledge_results" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "criterion_id" uuid NOT NULL, "province_id" uuid NOT NULL, "period" text NOT NULL, "target_value" numeric(18,4), "actual_value" numeric(18,4), "note" text, "is_demo" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_357610f9ebe0cfbb0eb91d29346" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "pledge_results_criterion_province_period_uq" ON "pledge_results"  ("criterion_id", "province_id", "period") `,
    );
    await queryRunner.query(
      `CREATE TABLE "seed_runs" ("name" text NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f17d28c235a3f7ece971efd9fa3" PRIMARY KEY ("name"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "typical_examples" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "recipient_kind" text NOT NULL, "name" text NOT NULL, "province_id" uuid NOT NULL, "movement_id" uuid, "story" text, "honoured_at_meeting_id" uuid, "honoured_on" date NOT NULL, "is_demo" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_91ead403fa4d39275fefc906d1b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "typical_examples_province_honoured_on_idx" ON "typical_examples"  ("province_id", "honoured_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "provinces" ADD CONSTRAINT "provinces_successor_fk" FOREIGN KEY ("successor_id") REFERENCES "provinces"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_memberships" ADD CONSTRAINT "cluster_memberships_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_memberships" ADD CONSTRAINT "cluster_memberships_province_fk" FOREIGN KEY ("province_id") REFERENCES "provinces"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "movements" ADD CONSTRAINT "movements_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "movements" ADD CONSTRAINT "movements_province_fk" FOREIGN KEY ("province_id") REFERENCES "provinces"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_results" ADD CONSTRAINT "movement_results_movement_fk" FOREIGN KEY ("movement_id") REFERENCES "movements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_results" ADD CONSTRAINT "movement_results_province_fk" FOREIGN KEY ("province_id") REFERENCES "provinces"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commendations" ADD CONSTRAINT "commendations_province_fk" FOREIGN KEY ("province_id") REFERENCES "provinces"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commendations" ADD CONSTRAINT "commendations_award_type_fk" FOREIGN KEY ("award_type_id") REFERENCES "award_types"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commendations" ADD CONSTRAINT "commendations_movement_fk" FOREIGN KEY ("movement_id") REFERENCES "movements"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "meetings_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "meetings_host_province_fk" FOREIGN KEY ("host_province_id") REFERENCES "provinces"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pledges" ADD CONSTRAINT "pledges_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pledge_criteria" ADD CONSTRAINT "pledge_criteria_pledge_fk" FOREIGN KEY ("pledge_id") REFERENCES "pledges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pledge_results" ADD CONSTRAINT "pledge_results_criterion_fk" FOREIGN KEY ("criterion_id") REFERENCES "pledge_criteria"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pledge_results" ADD CONSTRAINT "pledge_results_province_fk" FOREIGN KEY ("province_id") REFERENCES "provinces"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "typical_examples" ADD CONSTRAINT "typical_examples_province_fk" FOREIGN KEY ("province_id") REFERENCES "provinces"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "typical_examples" ADD CONSTRAINT "typical_examples_movement_fk" FOREIGN KEY ("movement_id") REFERENCES "movements"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "typical_examples" ADD CONSTRAINT "typical_examples_meeting_fk" FOREIGN KEY ("honoured_at_meeting_id") REFERENCES "meetings"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );

    // Written by hand: rules the entities cannot express.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "cluster_memberships_chair_uq" ON "cluster_memberships" ("cluster_id", "year") WHERE "role" = 'CHAIR'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "cluster_memberships_vice_chair_uq" ON "cluster_memberships" ("cluster_id", "year") WHERE "role" = 'VICE_CHAIR'`,
    );
    await queryRunner.query(`CREATE INDEX "commendations_search_text_trgm" ON "commendations" USING gin ("search_text" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "commendations_decision_date_idx" ON "commendations" ("decision_date")`);
    await queryRunner.query(`CREATE INDEX "commendations_achievement_year_idx" ON "commendations" ("achievement_year")`);
    await queryRunner.query(`CREATE INDEX "provinces_name_folded_trgm" ON "provinces" USING gin ("name_folded" gin_trgm_ops)`);
    const checks: Array<[string, string, string]> = [
      ['provinces', 'provinces_kind_ck', `"kind" IN ('PROVINCE', 'CITY')`],
      ['provinces', 'provinces_validity_ck', `"valid_from" IS NULL OR "valid_to" IS NULL OR "valid_from" <= "valid_to"`],
      ['cluster_memberships', 'cluster_memberships_role_ck', `"role" IN ('CHAIR', 'VICE_CHAIR', 'MEMBER')`],
      ['award_types', 'award_types_category_ck', `"category" IN ('EMULATION_TITLE', 'COMMENDATION_FORM')`],
      ['award_types', 'award_types_level_ck', `"level" IN ('STATE', 'GOVERNMENT', 'PROVINCE', 'GRASSROOTS')`],
      ['movements', 'movements_launched_by_ck', `"launched_by" IN ('PRIME_MINISTER', 'PROVINCE', 'CLUSTER', 'OTHER')`],
      ['movements', 'movements_scope_ck', `"scope" IN ('NATIONAL', 'CLUSTER', 'PROVINCE')`],
      ['movements', 'movements_dates_ck', `"ends_on" IS NULL OR "starts_on" <= "ends_on"`],
      ['movement_results', 'movement_results_period_ck', `"period" IN ('H1', 'FY')`],
      ['pledge_criteria', 'pledge_criteria_target_kind_ck', `"target_kind" IN ('NUMBER', 'PERCENTAGE', 'YES_NO')`],
      ['pledge_results', 'pledge_results_period_ck', `"period" IN ('H1', 'FY')`],
      ['commendations', 'commendations_recipient_kind_ck', `"recipient_kind" IN ('INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD')`],
      [
        'commendations',
        'commendations_kind_ck',
        `"kind" IN ('REGULAR', 'THEMATIC', 'EXTRAORDINARY', 'CONTRIBUTION', 'SENIORITY', 'FOREIGN', 'RESISTANCE')`,
      ],
      ['commendations', 'commendations_status_ck', `"status" IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'REVOKED')`],
      ['commendations', 'commendations_gender_ck', `"gender" IS NULL OR "gender" IN ('MALE', 'FEMALE')`],
      [
        'commendations',
        'commendations_recipient_class_ck',
        `"recipient_class" IS NULL OR "recipient_class" IN ('LEADER', 'MANAGER', 'ENTREPRENEUR', 'DIRECT_WORKER', 'OTHER')`,
      ],
      [
        'commendations',
        'commendations_approved_decision_ck',
        `"status" NOT IN ('APPROVED', 'REVOKED') OR ("decision_number" IS NOT NULL AND "decision_date" IS NOT NULL AND "deciding_authority" IS NOT NULL)`,
      ],
      ['meetings', 'meetings_period_ck', `"period" IN ('H1', 'FY')`],
      ['typical_examples', 'typical_examples_recipient_kind_ck', `"recipient_kind" IN ('INDIVIDUAL', 'COLLECTIVE')`],
    ];
    for (const [table, name, check] of checks) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${name}" CHECK (${check})`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."provinces_name_folded_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."commendations_achievement_year_idx"`);
    await queryRunner.query(`DROP INDEX "public"."commendations_decision_date_idx"`);
    await queryRunner.query(`DROP INDEX "public"."commendations_search_text_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."cluster_memberships_vice_chair_uq"`);
    await queryRunner.query(`DROP INDEX "public"."cluster_memberships_chair_uq"`);
    await queryRunner.query(`ALTER TABLE "typical_examples" DROP CONSTRAINT "typical_examples_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "typical_examples" DROP CONSTRAINT "typical_examples_movement_fk"`);
    await queryRunner.query(`ALTER TABLE "typical_examples" DROP CONSTRAINT "typical_examples_province_fk"`);
    await queryRunner.query(`ALTER TABLE "pledge_results" DROP CONSTRAINT "pledge_results_province_fk"`);
    await queryRunner.query(`ALTER TABLE "pledge_results" DROP CONSTRAINT "pledge_results_criterion_fk"`);
    await queryRunner.query(`ALTER TABLE "pledge_criteria" DROP CONSTRAINT "pledge_criteria_pledge_fk"`);
    await queryRunner.query(`ALTER TABLE "pledges" DROP CONSTRAINT "pledges_cluster_fk"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_host_province_fk"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_cluster_fk"`);
    await queryRunner.query(`ALTER TABLE "commendations" DROP CONSTRAINT "commendations_movement_fk"`);
    await queryRunner.query(`ALTER TABLE "commendations" DROP CONSTRAINT "commendations_award_type_fk"`);
    await queryRunner.query(`ALTER TABLE "commendations" DROP CONSTRAINT "commendations_province_fk"`);
    await queryRunner.query(`ALTER TABLE "movement_results" DROP CONSTRAINT "movement_results_province_fk"`);
    await queryRunner.query(`ALTER TABLE "movement_results" DROP CONSTRAINT "movement_results_movement_fk"`);
    await queryRunner.query(`ALTER TABLE "movements" DROP CONSTRAINT "movements_province_fk"`);
    await queryRunner.query(`ALTER TABLE "movements" DROP CONSTRAINT "movements_cluster_fk"`);
    await queryRunner.query(`ALTER TABLE "cluster_memberships" DROP CONSTRAINT "cluster_memberships_province_fk"`);
    await queryRunner.query(`ALTER TABLE "cluster_memberships" DROP CONSTRAINT "cluster_memberships_cluster_fk"`);
    await queryRunner.query(`ALTER TABLE "provinces" DROP CONSTRAINT "provinces_successor_fk"`);
    await queryRunner.query(`DROP INDEX "public"."typical_examples_province_honoured_on_idx"`);
    await queryRunner.query(`DROP TABLE "typical_examples"`);
    await queryRunner.query(`DROP TABLE "seed_runs"`);
    await queryRunner.query(`DROP INDEX "public"."pledge_results_criterion_province_period_uq"`);
    await queryRunner.query(`DROP TABLE "pledge_results"`);
    await queryRunner.query(`DROP INDEX "public"."pledge_criteria_pledge_code_uq"`);
    await queryRunner.query(`DROP TABLE "pledge_criteria"`);
    await queryRunner.query(`DROP INDEX "public"."pledges_cluster_year_uq"`);
    await queryRunner.query(`DROP TABLE "pledges"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_cluster_year_idx"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`DROP INDEX "public"."commendations_province_decision_date_idx"`);
    await queryRunner.query(`DROP INDEX "public"."commendations_award_type_idx"`);
    await queryRunner.query(`DROP INDEX "public"."commendations_status_idx"`);
    await queryRunner.query(`DROP TABLE "commendations"`);
    await queryRunner.query(`DROP INDEX "public"."movement_results_movement_province_period_uq"`);
    await queryRunner.query(`DROP TABLE "movement_results"`);
    await queryRunner.query(`DROP INDEX "public"."movements_starts_on_idx"`);
    await queryRunner.query(`DROP TABLE "movements"`);
    await queryRunner.query(`DROP INDEX "public"."cluster_memberships_cluster_year_province_uq"`);
    await queryRunner.query(`DROP INDEX "public"."cluster_memberships_province_year_idx"`);
    await queryRunner.query(`DROP TABLE "cluster_memberships"`);
    await queryRunner.query(`DROP INDEX "public"."clusters_code_uq"`);
    await queryRunner.query(`DROP TABLE "clusters"`);
    await queryRunner.query(`DROP INDEX "public"."provinces_code_valid_from_uq"`);
    await queryRunner.query(`DROP TABLE "provinces"`);
    await queryRunner.query(`DROP INDEX "public"."award_types_code_uq"`);
    await queryRunner.query(`DROP TABLE "award_types"`);
  }
}

import { MembershipRole, Period, RecipientKind, ReportStatistics, TargetKind } from '@tdkt/shared/contracts';
import {
  CommendationGroup,
  DateRange,
  change,
  emptyCommendationFigures,
  foldCommendations,
  foldPledge,
  previousYearRange,
} from '@tdkt/shared/domain';
import { VoteReader } from '@tdkt/api/year-end';
import { Injectable, Optional } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface Member {
  id: string;
  code: string;
  name: string;
  role: MembershipRole;
}

/** Counts of APPROVED commendations decided in a range, grouped by every breakdown the report shows. */
export const COMMENDATION_GROUPS_SQL = `
  SELECT c.province_id AS "provinceId", a.code AS "awardTypeCode", a.level AS "level", c.recipient_kind AS "recipientKind",
         c.recipient_class AS "recipientClass", c.kind AS "kind", count(*)::int AS "count",
         count(*) FILTER (WHERE c.gender = 'FEMALE')::int AS "women",
         count(*) FILTER (WHERE c.ethnic_minority)::int AS "ethnicMinority"
    FROM commendations c
    JOIN award_types a ON a.id = c.award_type_id
   WHERE c.province_id = ANY($1) AND c.status = 'APPROVED' AND c.decision_date BETWEEN $2 AND $3
   GROUP BY c.province_id, a.code, a.level, c.recipient_kind, c.recipient_class, c.kind`;

const PREVIOUS_TOTALS_SQL = `
  SELECT c.province_id AS "provinceId", count(*)::int AS "total"
    FROM commendations c
   WHERE c.province_id = ANY($1) AND c.status = 'APPROVED' AND c.decision_date BETWEEN $2 AND $3
   GROUP BY c.province_id`;

// Active in the period and relevant to the cluster: national, the cluster's own, or a member province's.
const ACTIVE_MOVEMENT = `m.starts_on <= $4 AND (m.ends_on IS NULL OR m.ends_on >= $3)
   AND (m.scope = 'NATIONAL' OR (m.scope = 'CLUSTER' AND m.cluster_id = $5) OR (m.scope = 'PROVINCE' AND m.province_id = ANY($6)))`;

const MOVEMENTS_SQL = `
  SELECT m.id, m.name, m.launched_by AS "launchedBy", m.scope, m.starts_on::text AS "startsOn", m.ends_on::text AS "endsOn",
         count(r.id)::int AS "provincesReporting",
         coalesce(sum(r.sub_movements_launched), 0)::int AS "subMovementsLaunched",
         coalesce(sum(r.models_built), 0)::int AS "modelsBuilt",
         coalesce(sum(r.participants), 0)::int AS "participants"
    FROM movements m
    LEFT JOIN movement_results r ON r.movement_id = m.id AND r.year = $1 AND r.period = $2 AND r.province_id = ANY($6)
   WHERE ${ACTIVE_MOVEMENT}
   GROUP BY m.id
   ORDER BY m.starts_on, m.name`;

const MOVEMENTS_BY_PROVINCE_SQL = `
  SELECT r.province_id AS "provinceId", count(*)::int AS "count",
         coalesce(sum(r.sub_movements_launched), 0)::int AS "subMovementsLaunched",
         coalesce(sum(r.models_built), 0)::int AS "modelsBuilt",
         coalesce(sum(r.participants), 0)::int AS "participants"
    FROM movement_results r
    JOIN movements m ON m.id = r.movement_id
   WHERE r.year = $1 AND r.period = $2 AND r.province_id = ANY($6) AND ${ACTIVE_MOVEMENT}
   GROUP BY r.province_id`;

/**
 * Computes a report's figures with grouped queries through the given manager (inside a transaction on PGlite),
 * then folds them with the shared domain functions.
 */
@Injectable()
export class ReportFiguresService {
  /** Optional so that tools can build the service by hand; the year-end tables need it (FY reports). */
  constructor(@Optional() private readonly yearEnd?: VoteReader) {}

  async members(m: EntityManager, clusterId: string, year: number): Promise<Member[]> {
    return m.query(
      `SELECT p.id, p.code, p.name, cm.role FROM cluster_memberships cm JOIN provinces p ON p.id = cm.province_id
        WHERE cm.cluster_id = $1 AND cm.year = $2 ORDER BY p.code, p.name`,
      [clusterId, year],
    );
  }

  async compute(m: EntityManager, clusterId: string, year: number, period: Period, range: DateRange): Promise<ReportStatistics> {
    const members = await this.members(m, clusterId, year);
    const ids = members.map((p) => p.id);
    const previousRange = previousYearRange(range);
    // One query after another: on PGlite the caller may hold the only connection.
    const groups = await this.commendationGroups(m, ids, range);
    const previous: Array<{ provinceId: string; total: number }> = await m.query(PREVIOUS_TOTALS_SQL, [
      ids,
      previousRange.from,
      previousRange.to,
    ]);
    const catalogue = await m.query(`SELECT code, name, level, category, sort_order AS "sortOrder" FROM award_types`);
    const pledge = await this.pledge(m, clusterId, year, period, ids);
    const movementParams = [year, period, range.from, range.to, clusterId, ids];
    const movementItems = await m.query(MOVEMENTS_SQL, movementParams);
    const movementRows = await m.query(MOVEMENTS_BY_PROVINCE_SQL, movementParams);
    const exampleGroups: Array<{ provinceId: string; recipientKind: string; count: number }> = await m.query(
      `SELECT province_id AS "provinceId", recipient_kind AS "recipientKind", count(*)::int AS "count" FROM typical_examples
        WHERE province_id = ANY($1) AND honoured_on BETWEEN $2 AND $3 GROUP BY province_id, recipient_kind`,
      [ids, range.from, range.to],
    );
    const exampleItems = await m.query(
      `SELECT t.name, p.code AS "provinceCode", t.recipient_kind AS "recipientKind", t.story, t.honoured_on::text AS "honouredOn"
         FROM typical_examples t JOIN provinces p ON p.id = t.province_id
        WHERE t.province_id = ANY($1) AND t.honoured_on BETWEEN $2 AND $3 ORDER BY t.honoured_on, t.name LIMIT 100`,
      [ids, range.from, range.to],
    );

    const commendations = foldCommendations(groups, ids, catalogue);
    const previousTotal = (id: string) => previous.find((r) => r.provinceId === id)?.total ?? 0;
    const clusterPrevious = previous.filter((r) => ids.includes(r.provinceId)).reduce((a, r) => a + r.total, 0);
    const sum = (key: 'subMovementsLaunched' | 'modelsBuilt' | 'participants') =>
      movementItems.reduce((a: number, r: Record<string, number>) => a + r[key], 0);
    const examplesOf = (id: string | null) => {
      const rows = exampleGroups.filter((g) => id === null || g.provinceId === id);
      const byRecipientKind = Object.fromEntries(Object.values(RecipientKind).map((k) => [k, 0])) as Record<string, number>;
      for (const g of rows) byRecipientKind[g.recipientKind] += g.count;
      return { total: rows.reduce((a, g) => a + g.count, 0), byRecipientKind };
    };

    return {
      cluster: {
        commendations: commendations.cluster,
        previous: { commendations: { total: clusterPrevious } },
        change: change(commendations.cluster.total, clusterPrevious),
        pledge: pledge.cluster,
        movements: {
          count: movementItems.length,
          subMovementsLaunched: sum('subMovementsLaunched'),
          modelsBuilt: sum('modelsBuilt'),
          participants: sum('participants'),
          items: movementItems,
        },
        typicalExamples: { ...examplesOf(null), items: exampleItems },
      },
      provinces: members.map((p) => {
        const mv = movementRows.find((r: { provinceId: string }) => r.provinceId === p.id);
        return {
          provinceCode: p.code,
          provinceName: p.name,
          role: p.role,
          commendations: commendations.byProvince.get(p.id) ?? emptyCommendationFigures(),
          previous: { commendations: { total: previousTotal(p.id) } },
          pledge: pledge.byProvince.get(p.id) ?? { criteria: [], averageRate: null },
          movements: {
            count: mv?.count ?? 0,
            subMovementsLaunched: mv?.subMovementsLaunched ?? 0,
            modelsBuilt: mv?.modelsBuilt ?? 0,
            participants: mv?.participants ?? 0,
          },
          typicalExamples: examplesOf(p.id),
        };
      }),
      awardTypes: commendations.awardTypes,
      previousRange,
      // The annual report carries the year-end review: score table, ranking and the votes' results (spec §9).
      ...(period === Period.FY && this.yearEnd ? { yearEnd: await this.yearEnd.yearEndFigures(clusterId, year) } : {}),
    };
  }

  commendationGroups(m: EntityManager, provinceIds: string[], range: DateRange): Promise<CommendationGroup[]> {
    return m.query(COMMENDATION_GROUPS_SQL, [provinceIds, range.from, range.to]);
  }

  private async pledge(m: EntityManager, clusterId: string, year: number, period: Period, ids: string[]) {
    const [row] = await m.query(`SELECT id, signed_on::text AS "signedOn", place FROM pledges WHERE cluster_id = $1 AND year = $2`, [
      clusterId,
      year,
    ]);
    if (!row) return foldPledge(null, [], [], ids);
    const criteria: Array<{ code: string; name: string; unit: string | null; targetKind: TargetKind; maxScore: number }> = await m.query(
      `SELECT code, name, unit, target_kind AS "targetKind", max_score::float8 AS "maxScore" FROM pledge_criteria WHERE pledge_id = $1 ORDER BY sort_order, code`,
      [row.id],
    );
    const results = await m.query(
      `SELECT r.province_id AS "provinceId", pc.code AS "criterionCode", r.target_value::float8 AS "targetValue", r.actual_value::float8 AS "actualValue"
           FROM pledge_results r JOIN pledge_criteria pc ON pc.id = r.criterion_id
          WHERE pc.pledge_id = $1 AND r.period = $2 AND r.province_id = ANY($3)`,
      [row.id, period, ids],
    );
    return foldPledge(row, criteria, results, ids);
  }
}

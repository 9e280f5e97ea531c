import { CommendationQueryDto } from '@tdkt/shared/contracts';
import { escapeLike, foldVietnamese } from '@tdkt/shared/util-text';
import { CommendationEntity, RECORD_YEAR_SQL, ReferenceLookupService } from '@tdkt/api/database';
import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Actor } from './actor';
import { ScopeService } from './scope.service';

const YEAR = RECORD_YEAR_SQL('c');

/** Each sort walks an index (see migration CommendationListIndexes); the id makes the order total. */
const SORTS: Record<string, Array<[string, 'ASC' | 'DESC', ('NULLS FIRST' | 'NULLS LAST')?]>> = {
  decisionDate: [
    [YEAR, 'ASC'],
    ['c.decision_date', 'ASC', 'NULLS FIRST'],
    ['c.id', 'DESC'],
  ],
  '-decisionDate': [
    [YEAR, 'DESC'],
    ['c.decision_date', 'DESC', 'NULLS LAST'],
    ['c.id', 'ASC'],
  ],
  recipientName: [
    ['c.recipient_name', 'ASC'],
    ['c.id', 'ASC'],
  ],
  '-recipientName': [
    ['c.recipient_name', 'DESC'],
    ['c.id', 'ASC'],
  ],
  createdAt: [
    ['c.created_at', 'ASC'],
    ['c.id', 'ASC'],
  ],
  '-createdAt': [
    ['c.created_at', 'DESC'],
    ['c.id', 'ASC'],
  ],
};

/**
 * The commendation list as the caller may see it: every filter of §6, the caller's scope and the sort, on alias `c`.
 * The screen's list and the Excel export read through this one query, so they always agree.
 */
@Injectable()
export class CommendationListQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
  ) {}

  async build(actor: Actor, query: CommendationQueryDto): Promise<SelectQueryBuilder<CommendationEntity>> {
    const qb = this.dataSource.getRepository(CommendationEntity).createQueryBuilder('c');
    if (query.provinceCode) {
      const ids = (await this.reference.provincesWithCode(query.provinceCode)).map((p) => p.id);
      qb.andWhere('c.province_id = ANY(:provinceIds)', { provinceIds: ids });
    }
    if (query.clusterCode) {
      const cluster = await this.reference.cluster(query.clusterCode);
      // Membership changes by year: without a year, every province that was ever a member.
      qb.andWhere(
        `c.province_id IN (SELECT cm.province_id FROM cluster_memberships cm WHERE cm.cluster_id = :clusterId${query.year ? ' AND cm.year = :year' : ''})`,
        { clusterId: cluster.id, year: query.year },
      );
    }
    if (query.year) qb.andWhere(`${YEAR} = :year`, { year: query.year });
    if (query.from) qb.andWhere('c.decision_date >= :from', { from: query.from });
    if (query.to) qb.andWhere('c.decision_date <= :to', { to: query.to });
    if (query.awardTypeCode)
      qb.andWhere('c.award_type_id = :awardTypeId', { awardTypeId: (await this.reference.awardType(query.awardTypeCode)).id });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.demo !== undefined) qb.andWhere('c.is_demo = :demo', { demo: query.demo });
    const q = foldVietnamese(query.q);
    if (q) qb.andWhere(`c.search_text LIKE :q ESCAPE '\\'`, { q: `%${escapeLike(q)}%` });
    const scope = this.scope.condition(await this.scope.readScope(actor), 'c.province_id', YEAR);
    if (scope) qb.andWhere(scope.sql, scope.params);
    for (const [expression, direction, nulls] of SORTS[query.sort ?? '-decisionDate']) qb.addOrderBy(expression, direction, nulls);
    return qb;
  }
}

import {
  CommendationFindingsView,
  DecideMatchDto,
  FindingCountRow,
  FindingRuleCountRow,
  FindingQueryDto,
  FindingStatus,
  FindingSummaryQueryDto,
  FindingSummaryView,
  FindingView,
  MatchDecision,
  Page,
  RecipientMatchView,
  ReviewFindingDto,
  Role,
  RuleView,
  RunFindingsDto,
  RunFindingsResult,
} from '@tdkt/shared/contracts';
import { ELIGIBILITY_RULES, recordYear, ruleById } from '@tdkt/shared/domain';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { Actor, AuditService, ScopeService, hasRole, outOfScope, versionedUpdate } from '@tdkt/api/access';
import { DomainError, fieldErrors, paginate } from '@tdkt/api/core';
import { CommendationEntity, FindingEntity, RECORD_YEAR_SQL, ReferenceLookupService } from '@tdkt/api/database';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { FindingsRunnerService } from './findings-runner.service';

const REVIEWER_ONLY = 'Chỉ thẩm định viên của Hội đồng Thi đua – Khen thưởng Trung ương xử lý kết quả kiểm tra';

@Injectable()
export class FindingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly runner: FindingsRunnerService,
  ) {}

  rules(): RuleView[] {
    return ELIGIBILITY_RULES.map(({ id, title, basis, severity, version, dateBasis, validFrom, validTo, awards }) => ({
      id,
      version,
      title,
      basis,
      severity,
      dateBasis,
      validFrom,
      validTo,
      awards,
    }));
  }

  async list(actor: Actor, query: FindingQueryDto): Promise<Page<FindingView>> {
    const qb = this.dataSource.getRepository(FindingEntity).createQueryBuilder('f');
    const scope = this.scope.condition(await this.scope.readScope(actor), 'f.province_id', 'f.year');
    if (scope) qb.andWhere(scope.sql, scope.params);
    if (query.clusterCode) {
      const cluster = await this.reference.cluster(query.clusterCode);
      qb.andWhere(
        `EXISTS (SELECT 1 FROM cluster_memberships fcm WHERE fcm.cluster_id = :clusterId AND fcm.province_id = f.province_id AND fcm.year = f.year)`,
        { clusterId: cluster.id },
      );
    }
    if (query.provinceCode) {
      const ids = (await this.reference.provincesWithCode(query.provinceCode)).map((p) => p.id);
      qb.andWhere('f.province_id = ANY(:provinceIds)', { provinceIds: ids });
    }
    if (query.year) qb.andWhere('f.year = :year', { year: query.year });
    if (query.status) qb.andWhere('f.status = :status', { status: query.status });
    if (query.severity) qb.andWhere('f.severity = :severity', { severity: query.severity });
    if (query.ruleId) qb.andWhere('f.rule_id = :ruleId', { ruleId: query.ruleId });
    qb.orderBy('f.severity', 'ASC').addOrderBy('f.status', 'DESC').addOrderBy('f.year', 'DESC', 'NULLS LAST').addOrderBy('f.id', 'ASC');
    const page = await paginate(qb, query, (f) => f);
    return { ...page, items: await this.views(this.dataSource.manager, page.items) };
  }

  /** Counts per cluster (by the year's membership), per province and per rule, inside the caller's scope. */
  async summary(actor: Actor, query: FindingSummaryQueryDto): Promise<FindingSummaryView> {
    const scope = this.scope.condition(await this.scope.readScope(actor), 'f.province_id', 'f.year');
    const where: string[] = [];
    const params: Record<string, unknown> = { ...(scope?.params ?? {}) };
    if (scope) where.push(scope.sql);
    if (query.year) {
      where.push('f.year = :year');
      params['year'] = query.year;
    }
    if (query.clusterCode) {
      params['clusterId'] = (await this.reference.cluster(query.clusterCode)).id;
      where.push(
        `EXISTS (SELECT 1 FROM cluster_memberships fcm WHERE fcm.cluster_id = :clusterId AND fcm.province_id = f.province_id AND fcm.year = f.year)`,
      );
    }
    if (query.provinceCode) {
      params['provinceIds'] = (await this.reference.provincesWithCode(query.provinceCode)).map((p) => p.id);
      where.push('f.province_id = ANY(:provinceIds)');
    }
    const statuses = `count(*) FILTER (WHERE f.status = 'OPEN')::int AS open, count(*) FILTER (WHERE f.status = 'CONFIRMED')::int AS confirmed,
      count(*) FILTER (WHERE f.status = 'CLEARED')::int AS cleared`;
    const counts = `${statuses},
      count(*) FILTER (WHERE f.status <> 'CLEARED' AND f.severity = 'ERROR')::int AS errors,
      count(*) FILTER (WHERE f.status <> 'CLEARED' AND f.severity = 'WARNING')::int AS warnings`;
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const run = <T>(sql: string) => {
      const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
      return this.dataSource.query(text, values) as Promise<T[]>;
    };
    const [byCluster, byProvince, ruleRows] = await Promise.all([
      run<FindingCountRow>(
        `SELECT cl.code, cl.name, ${counts} FROM findings f
           JOIN cluster_memberships cm ON cm.province_id = f.province_id AND cm.year = f.year
           JOIN clusters cl ON cl.id = cm.cluster_id ${filter} GROUP BY cl.code, cl.name ORDER BY cl.code`,
      ),
      run<FindingCountRow>(
        `SELECT p.code, p.name, ${counts} FROM findings f JOIN provinces p ON p.id = f.province_id ${filter} GROUP BY p.code, p.name ORDER BY p.code, p.name`,
      ),
      run<Omit<FindingRuleCountRow, 'title'>>(
        `SELECT f.rule_id AS "ruleId", f.severity, ${statuses} FROM findings f ${filter} GROUP BY f.rule_id, f.severity ORDER BY f.rule_id, f.severity`,
      ),
    ]);
    // Rules live in code, not in the database: their titles are added here.
    const byRule = ruleRows.map(({ ruleId, ...counts }) => ({ ruleId, title: ruleById(ruleId)?.title ?? ruleId, ...counts }));
    return { byCluster, byProvince, byRule };
  }

  /** Bulk run over one cluster-year or one province-year; reviewers and admins anywhere, staff and chairs on their own. */
  async run(actor: Actor, dto: RunFindingsDto): Promise<RunFindingsResult> {
    if (!!dto.clusterCode === !!dto.provinceCode) {
      const message = 'Chọn đúng một trong hai: cụm thi đua hoặc tỉnh, thành phố';
      throw fieldErrors([{ field: 'clusterCode', code: 'exactlyOne', message }]);
    }
    const provinceIds = dto.clusterCode
      ? await this.clusterProvinces(actor, dto.clusterCode, dto.year)
      : await this.provinceFamily(actor, dto.provinceCode ?? '');
    return this.dataSource.transaction(async (m) => {
      const subjects = await m
        .getRepository(CommendationEntity)
        .createQueryBuilder('c')
        .where('c.province_id = ANY(:provinceIds)', { provinceIds })
        .andWhere(`${RECORD_YEAR_SQL('c')} = :year`, { year: dto.year })
        .getMany();
      const ref = await this.runner.reference(m);
      const result = await this.runner.run(m, subjects, ref, todayInVietnam());
      await this.audit.record(m, actor, {
        entity: 'findings',
        entityId: null,
        action: 'RUN',
        after: { ...dto, ...result },
        clusterId: dto.clusterCode ? (await this.reference.cluster(dto.clusterCode, 'clusterCode', m)).id : null,
        provinceId: dto.provinceCode ? provinceIds[0] : null,
        year: dto.year,
      });
      return result;
    });
  }

  /** A reviewer confirms or clears a finding with a comment; stale `version` answers 409. */
  async review(actor: Actor, id: string, dto: ReviewFindingDto): Promise<FindingView> {
    this.scope.assertRole(actor, [Role.COUNCIL_REVIEWER], REVIEWER_ONLY);
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(FindingEntity);
      const current = await repo.findOneBy({ id });
      if (!current) throw new DomainError('FINDING_NOT_FOUND', 'Không tìm thấy kết quả kiểm tra');
      const changes = { status: dto.status, comment: dto.comment, reviewerId: actor.userId, reviewedAt: new Date() };
      const after = await versionedUpdate(
        m,
        this.audit,
        actor,
        FindingEntity,
        { id, version: dto.version },
        { ...changes, version: () => 'version + 1' },
        (row) => ({
          entity: 'finding',
          action: dto.status === FindingStatus.CONFIRMED ? 'CONFIRM' : 'CLEAR',
          before: auditable(current),
          after: auditable(row),
          provinceId: row.provinceId,
          year: row.year,
        }),
      );
      return (await this.views(m, [after]))[0];
    });
  }

  /** Findings and the matched recipient history next to a proposal; 404 outside the caller's scope. */
  async forCommendation(actor: Actor, commendationId: string): Promise<CommendationFindingsView> {
    const c = await this.readableCommendation(actor, commendationId);
    const m = this.dataSource.manager;
    const findings = await m.getRepository(FindingEntity).find({ where: { commendationId }, order: { severity: 'ASC', ruleId: 'ASC' } });
    // Reviewers see every namesake (they confirm matches); others only the namesakes' records they may read themselves.
    const matches = [];
    for (const match of await this.matches(m, c)) {
      if (await this.scope.canRead(actor, match.provinceId, match.year)) matches.push(match.view);
    }
    return { commendationId, findings: await this.views(m, findings), matches };
  }

  /** A reviewer confirms or rejects that another record is the same recipient; the rules re-run at once. */
  async decideMatch(actor: Actor, commendationId: string, matchedId: string, dto: DecideMatchDto): Promise<CommendationFindingsView> {
    this.scope.assertRole(actor, [Role.COUNCIL_REVIEWER], REVIEWER_ONLY);
    if (commendationId === matchedId)
      throw fieldErrors([{ field: 'matchedId', code: 'sameRecord', message: 'Không thể ghép hồ sơ với chính nó' }]);
    const subject = await this.readableCommendation(actor, commendationId);
    const other = await this.readableCommendation(actor, matchedId);
    await this.dataSource.transaction(async (m) => {
      // One decision per pair, whichever way round it was first recorded.
      const [before] = await m.query(
        `SELECT id, commendation_id, matched_id, decision, comment, reviewer_id FROM recipient_matches
          WHERE (commendation_id = $1 AND matched_id = $2) OR (commendation_id = $2 AND matched_id = $1)`,
        [commendationId, matchedId],
      );
      const [after] = before
        ? await m.query(
            `UPDATE recipient_matches SET decision = $2, comment = $3, reviewer_id = $4, version = version + 1, updated_at = now() WHERE id = $1
             RETURNING id, commendation_id, matched_id, decision, comment, reviewer_id`,
            [before.id, dto.decision, dto.comment ?? null, actor.userId],
          )
        : await m.query(
            `INSERT INTO recipient_matches (commendation_id, matched_id, decision, comment, reviewer_id, version) VALUES ($1, $2, $3, $4, $5, 1)
             RETURNING id, commendation_id, matched_id, decision, comment, reviewer_id`,
            [commendationId, matchedId, dto.decision, dto.comment ?? null, actor.userId],
          );
      await this.audit.record(m, actor, {
        entity: 'recipient_match',
        entityId: after.id,
        action: dto.decision === MatchDecision.CONFIRMED ? 'CONFIRM' : 'REJECT',
        before: before ?? undefined,
        after,
        provinceId: subject.provinceId,
        year: recordYear(subject),
      });
      await this.runner.runForCommendations(m, [subject.id, other.id], todayInVietnam());
    });
    return this.forCommendation(actor, commendationId);
  }

  private async matches(
    m: EntityManager,
    c: CommendationEntity,
  ): Promise<Array<{ view: RecipientMatchView; provinceId: string; year: number | null }>> {
    const ref = await this.runner.reference(m);
    const [h] = await this.runner.histories(m, [c], ref);
    const matched = new Set(h.history.map((x) => x.id));
    // Namesakes the key did not match are listed too, so a reviewer can confirm one (a renamed organisation).
    return h.candidates
      .filter((x) => x.id !== c.id)
      .map((x) => ({
        provinceId: x.provinceId,
        year: recordYear(x),
        view: {
          commendationId: x.id,
          recipientName: x.recipientName,
          organization: x.organization,
          provinceCode: ref.provinces.get(x.provinceId)?.code ?? '',
          awardTypeCode: ref.awardTypes.get(x.awardTypeId)?.code ?? '',
          achievementYear: x.achievementYear,
          decisionDate: x.decisionDate,
          status: x.status,
          decision: h.decisions.get(x.id) ?? (matched.has(x.id) ? ('AUTO' as const) : ('CANDIDATE' as const)),
        },
      }))
      .sort(
        (a, b) =>
          (a.view.achievementYear ?? 0) - (b.view.achievementYear ?? 0) || a.view.commendationId.localeCompare(b.view.commendationId),
      );
  }

  private async views(m: EntityManager, findings: FindingEntity[]): Promise<FindingView[]> {
    if (!findings.length) return [];
    const ids = [...new Set(findings.map((f) => f.commendationId))];
    const commendations = await m.getRepository(CommendationEntity).findBy(ids.map((id) => ({ id })));
    const byId = new Map(commendations.map((c) => [c.id, c]));
    const out: FindingView[] = [];
    for (const f of findings) {
      const c = byId.get(f.commendationId);
      const rule = ruleById(f.ruleId);
      const [province, award] = await Promise.all([
        this.reference.provinceById(f.provinceId),
        c ? this.reference.awardTypeById(c.awardTypeId) : undefined,
      ]);
      out.push({
        id: f.id,
        commendationId: f.commendationId,
        ruleId: f.ruleId,
        ruleTitle: rule?.title ?? f.ruleId,
        ruleBasis: rule?.basis ?? '',
        ruleVersion: f.ruleVersion,
        severity: f.severity,
        status: f.status,
        explanation: f.explanation,
        evidenceIds: f.evidenceIds,
        evidenceNeeded: f.evidenceNeeded,
        branch: f.branch,
        provinceCode: province?.code ?? '',
        year: f.year,
        recipientName: c?.recipientName ?? '',
        awardTypeCode: award?.code ?? '',
        comment: f.comment,
        reviewerId: f.reviewerId,
        reviewedAt: f.reviewedAt?.toISOString() ?? null,
        lastRunAt: f.lastRunAt.toISOString(),
        version: f.version,
      });
    }
    return out;
  }

  private async readableCommendation(actor: Actor, id: string): Promise<CommendationEntity> {
    const c = await this.dataSource.getRepository(CommendationEntity).findOneBy({ id });
    if (!c || !(await this.scope.canRead(actor, c.provinceId, recordYear(c)))) {
      throw new DomainError('COMMENDATION_NOT_FOUND', 'Không tìm thấy hồ sơ khen thưởng');
    }
    return c;
  }

  private async clusterProvinces(actor: Actor, code: string, year: number): Promise<string[]> {
    const cluster = await this.reference.cluster(code);
    if (!hasRole(actor, Role.ADMIN, Role.COUNCIL_REVIEWER) && !(hasRole(actor, Role.CLUSTER_CHAIR) && actor.clusterId === cluster.id)) {
      throw outOfScope('Chỉ Hội đồng hoặc cụm trưởng của cụm thi đua này được chạy kiểm tra cho cả cụm');
    }
    return this.reference.memberProvinceIds(cluster.id, year);
  }

  private async provinceFamily(actor: Actor, code: string): Promise<string[]> {
    const provinces = await this.reference.provincesWithCode(code);
    if (!provinces.length)
      throw fieldErrors([{ field: 'provinceCode', code: 'referenceNotFound', message: `Không có tỉnh, thành phố mã ${code}` }]);
    const family = [...new Set((await Promise.all(provinces.map((p) => this.scope.provinceFamily(p.id)))).flat())];
    if (!hasRole(actor, Role.ADMIN, Role.COUNCIL_REVIEWER)) {
      const scope = await this.scope.readScope(actor);
      if (!family.some((id) => scope.provinceIds.includes(id))) throw outOfScope('Bạn chỉ được chạy kiểm tra cho tỉnh của mình');
    }
    return family;
  }
}

function auditable(f: FindingEntity): Omit<FindingEntity, 'commendation'> {
  const { commendation: _c, ...rest } = f;
  return rest;
}

import { CreatePledgeDto, FieldError, PledgeQueryDto, PledgeResultDto, PledgeResultView, PledgeView } from '@tdkt/shared/contracts';
import { Actor, AuditService, PeriodLocksService, ScopeService } from '@tdkt/api/access';
import { ClusterEntity, PledgeCriterionEntity, PledgeEntity, PledgeResultEntity, ReferenceLookupService } from '@tdkt/api/database';
import { DomainError, fieldErrors } from '@tdkt/api/core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class PledgesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly locks: PeriodLocksService,
  ) {}

  /** A cluster's pledges are seen by its chair and by the staff of its member provinces of that year. */
  async list(actor: Actor, query: PledgeQueryDto): Promise<PledgeView[]> {
    const qb = this.dataSource
      .getRepository(PledgeEntity)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.cluster', 'cluster')
      .leftJoinAndSelect('p.criteria', 'criterion')
      .orderBy('p.year', 'DESC')
      .addOrderBy('cluster.code', 'ASC')
      .addOrderBy('criterion.sort_order', 'ASC');
    if (query.clusterCode) qb.andWhere('cluster.code = :code', { code: query.clusterCode });
    if (query.year) qb.andWhere('p.year = :year', { year: query.year });
    const own = this.scope.clusterCondition(await this.scope.readScope(actor), 'p.cluster_id', 'p.year');
    if (own) qb.andWhere(own.sql, own.params);
    return (await qb.getMany()).map(toPledgeView);
  }

  async get(actor: Actor, id: string): Promise<PledgeView> {
    return toPledgeView(await this.findReadable(actor, id));
  }

  /** The chair records the cluster's pledge. */
  async create(actor: Actor, dto: CreatePledgeDto): Promise<PledgeView> {
    const cluster = await this.reference.cluster(dto.clusterCode);
    this.scope.assertChairOf(actor, cluster.id);
    const codes = dto.criteria.map((c) => c.code);
    const errors: FieldError[] = codes
      .map((code, i) =>
        codes.indexOf(code) !== i ? { field: `criteria.${i}.code`, code: 'duplicate', message: `Mã tiêu chí ${code} bị trùng` } : null,
      )
      .filter((e): e is FieldError => e !== null);
    if (Number(dto.signedOn.slice(0, 4)) !== dto.year && Number(dto.signedOn.slice(0, 4)) !== dto.year - 1) {
      errors.push({ field: 'signedOn', code: 'outsideYear', message: 'Ngày ký giao ước phải thuộc năm giao ước (hoặc cuối năm trước)' });
    }
    if (errors.length) throw fieldErrors(errors);
    if (await this.dataSource.getRepository(PledgeEntity).existsBy({ clusterId: cluster.id, year: dto.year })) {
      throw new DomainError('PLEDGE_EXISTS', `Cụm ${cluster.code} đã có giao ước thi đua năm ${dto.year}`);
    }
    const id = await this.dataSource.transaction(async (m) => {
      const pledge = await m
        .getRepository(PledgeEntity)
        .save(
          m.getRepository(PledgeEntity).create({ clusterId: cluster.id, year: dto.year, signedOn: dto.signedOn, place: dto.place ?? null }),
        );
      const criteria = dto.criteria.map((c, i) => ({
        pledgeId: pledge.id,
        code: c.code,
        name: c.name,
        unit: c.unit ?? null,
        targetKind: c.targetKind,
        maxScore: c.maxScore,
        sortOrder: i + 1,
      }));
      await m.getRepository(PledgeCriterionEntity).insert(criteria);
      await this.audit.record(m, actor, {
        entity: 'pledge',
        entityId: pledge.id,
        action: 'CREATE',
        after: { ...pledge, criteria },
        clusterId: cluster.id,
        year: dto.year,
      });
      return pledge.id;
    });
    return this.get(actor, id);
  }

  /** Targets and results; the chair sees every member's, staff their own province's. */
  async results(actor: Actor, id: string): Promise<PledgeResultView[]> {
    const pledge = await this.findReadable(actor, id);
    const criteria = new Map((pledge.criteria ?? []).map((c) => [c.id, c.code]));
    const qb = this.dataSource
      .getRepository(PledgeResultEntity)
      .createQueryBuilder('r')
      .where('r.criterion_id IN (:...ids)', { ids: [...criteria.keys(), '00000000-0000-0000-0000-000000000000'] });
    const scope = this.scope.condition(await this.scope.readScope(actor), 'r.province_id', String(pledge.year));
    if (scope) qb.andWhere(scope.sql, scope.params);
    const rows = await qb.getMany();
    const views = await Promise.all(
      rows.map(async (r) => {
        const province = await this.reference.provinceById(r.provinceId);
        return {
          provinceCode: province?.code ?? '',
          provinceName: province?.name ?? '',
          criterionCode: criteria.get(r.criterionId) ?? '',
          period: r.period,
          targetValue: r.targetValue,
          actualValue: r.actualValue,
          note: r.note,
        };
      }),
    );
    return views.sort(
      (a, b) =>
        a.provinceCode.localeCompare(b.provinceCode) || a.criterionCode.localeCompare(b.criterionCode) || b.period.localeCompare(a.period),
    );
  }

  /** Writes results for member provinces of the pledge's cluster and year, all or nothing. */
  async putResults(actor: Actor, id: string, items: PledgeResultDto[]): Promise<PledgeResultView[]> {
    const pledge = await this.findReadable(actor, id);
    const criteria = new Map((pledge.criteria ?? []).map((c) => [c.code, c]));
    const members = new Set(await this.reference.memberProvinceIds(pledge.clusterId, pledge.year));
    const errors: FieldError[] = [];
    const rows: Array<Partial<PledgeResultEntity>> = [];
    for (const [i, item] of items.entries()) {
      const criterion = criteria.get(item.criterionCode);
      if (!criterion)
        errors.push({
          field: `${i}.criterionCode`,
          code: 'referenceNotFound',
          message: `Giao ước không có tiêu chí ${item.criterionCode}`,
        });
      const province = (await this.reference.provincesWithCode(item.provinceCode)).find((p) => members.has(p.id));
      if (!province)
        errors.push({
          field: `${i}.provinceCode`,
          code: 'notMember',
          message: `Tỉnh mã ${item.provinceCode} không thuộc cụm năm ${pledge.year}`,
        });
      if (criterion && province) {
        rows.push({
          criterionId: criterion.id,
          provinceId: province.id,
          period: item.period,
          targetValue: item.targetValue ?? null,
          actualValue: item.actualValue ?? null,
          note: item.note ?? null,
        });
      }
    }
    if (errors.length) throw fieldErrors(errors);
    for (const row of rows) await this.scope.assertStaffOf(actor, row.provinceId as string);
    await this.dataSource.transaction(async (m) => {
      for (const row of rows) {
        await this.locks.assertOpen(m, row.provinceId as string, { year: pledge.year, period: row.period });
        const key = { criterionId: row.criterionId, provinceId: row.provinceId, period: row.period };
        const before = await m.getRepository(PledgeResultEntity).findOneBy(key);
        await m
          .createQueryBuilder()
          .insert()
          .into(PledgeResultEntity)
          .values(row)
          .orUpdate(['target_value', 'actual_value', 'note', 'updated_at'], ['criterion_id', 'province_id', 'period'])
          .execute();
        const after = await m.getRepository(PledgeResultEntity).findOneByOrFail(key);
        await this.audit.record(m, actor, {
          entity: 'pledge_result',
          entityId: after.id,
          action: before ? 'UPDATE' : 'CREATE',
          before,
          after,
          provinceId: after.provinceId,
          clusterId: pledge.clusterId,
          year: pledge.year,
        });
      }
    });
    return this.results(actor, id);
  }

  /** A pledge the caller may read, with its cluster and criteria; otherwise 404, so its existence does not leak. */
  async findReadable(actor: Actor, id: string): Promise<PledgeEntity> {
    const pledge = await this.dataSource
      .getRepository(PledgeEntity)
      .findOne({ where: { id }, relations: { cluster: true, criteria: true }, order: { criteria: { sortOrder: 'ASC' } } });
    if (!pledge || !(await this.scope.canReadCluster(actor, pledge.clusterId, pledge.year)))
      throw new DomainError('PLEDGE_NOT_FOUND', 'Không tìm thấy giao ước thi đua');
    return pledge;
  }
}

function toPledgeView(p: PledgeEntity): PledgeView {
  return {
    id: p.id,
    clusterCode: (p.cluster as ClusterEntity).code,
    year: p.year,
    signedOn: p.signedOn,
    place: p.place,
    demo: p.isDemo,
    version: p.version,
    criteria: (p.criteria ?? []).map((c) => ({ code: c.code, name: c.name, unit: c.unit, targetKind: c.targetKind, maxScore: c.maxScore })),
  };
}

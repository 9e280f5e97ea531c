import { CreatePledgeDto, FieldError, PledgeQueryDto, PledgeResultDto, PledgeResultView, PledgeView } from '@tdkt/shared/contracts';
import { ClusterEntity, PledgeCriterionEntity, PledgeEntity, PledgeResultEntity, ReferenceLookupService } from '@tdkt/api/database';
import { DomainError } from '@tdkt/api/core';
import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

@Injectable()
export class PledgesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
  ) {}

  async list(query: PledgeQueryDto): Promise<PledgeView[]> {
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
    return (await qb.getMany()).map(toPledgeView);
  }

  async get(id: string): Promise<PledgeView> {
    return toPledgeView(await this.find(id));
  }

  async create(dto: CreatePledgeDto): Promise<PledgeView> {
    const cluster = await this.reference.cluster(dto.clusterCode);
    const codes = dto.criteria.map((c) => c.code);
    const errors: FieldError[] = codes
      .map((code, i) => (codes.indexOf(code) !== i ? { field: `criteria.${i}.code`, code: 'duplicate', message: `Mã tiêu chí ${code} bị trùng` } : null))
      .filter((e): e is FieldError => e !== null);
    if (Number(dto.signedOn.slice(0, 4)) !== dto.year && Number(dto.signedOn.slice(0, 4)) !== dto.year - 1) {
      errors.push({ field: 'signedOn', code: 'outsideYear', message: 'Ngày ký giao ước phải thuộc năm giao ước (hoặc cuối năm trước)' });
    }
    if (errors.length) throw new BadRequestException({ message: errors.map((e) => e.message), errors });
    if (await this.dataSource.getRepository(PledgeEntity).existsBy({ clusterId: cluster.id, year: dto.year })) {
      throw new DomainError('PLEDGE_EXISTS', `Cụm ${cluster.code} đã có giao ước thi đua năm ${dto.year}`);
    }
    const id = await this.dataSource.transaction(async (m) => {
      const pledge = await m.getRepository(PledgeEntity).save(m.getRepository(PledgeEntity).create({ clusterId: cluster.id, year: dto.year, signedOn: dto.signedOn, place: dto.place ?? null }));
      await m.getRepository(PledgeCriterionEntity).insert(
        dto.criteria.map((c, i) => ({ pledgeId: pledge.id, code: c.code, name: c.name, unit: c.unit ?? null, targetKind: c.targetKind, maxScore: c.maxScore, sortOrder: i + 1 })),
      );
      return pledge.id;
    });
    return this.get(id);
  }

  async results(id: string): Promise<PledgeResultView[]> {
    const pledge = await this.find(id);
    const criteria = new Map((pledge.criteria ?? []).map((c) => [c.id, c.code]));
    const rows = await this.dataSource.getRepository(PledgeResultEntity).find({ where: { criterionId: In([...criteria.keys()]) } });
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
    return views.sort((a, b) => a.provinceCode.localeCompare(b.provinceCode) || a.criterionCode.localeCompare(b.criterionCode) || b.period.localeCompare(a.period));
  }

  /** Writes results for member provinces of the pledge's cluster and year, all or nothing. */
  async putResults(id: string, items: PledgeResultDto[]): Promise<PledgeResultView[]> {
    const pledge = await this.find(id);
    const criteria = new Map((pledge.criteria ?? []).map((c) => [c.code, c]));
    const members = new Set(await this.reference.memberProvinceIds(pledge.clusterId, pledge.year));
    const errors: FieldError[] = [];
    const rows: Array<Partial<PledgeResultEntity>> = [];
    for (const [i, item] of items.entries()) {
      const criterion = criteria.get(item.criterionCode);
      if (!criterion) errors.push({ field: `${i}.criterionCode`, code: 'referenceNotFound', message: `Giao ước không có tiêu chí ${item.criterionCode}` });
      const province = (await this.reference.provincesWithCode(item.provinceCode)).find((p) => members.has(p.id));
      if (!province) errors.push({ field: `${i}.provinceCode`, code: 'notMember', message: `Tỉnh mã ${item.provinceCode} không thuộc cụm năm ${pledge.year}` });
      if (criterion && province) {
        rows.push({ criterionId: criterion.id, provinceId: province.id, period: item.period, targetValue: item.targetValue ?? null, actualValue: item.actualValue ?? null, note: item.note ?? null });
      }
    }
    if (errors.length) throw new BadRequestException({ message: errors.map((e) => e.message), errors });
    await this.dataSource.transaction(async (m) => {
      for (const row of rows) {
        await m
          .createQueryBuilder()
          .insert()
          .into(PledgeResultEntity)
          .values(row)
          .orUpdate(['target_value', 'actual_value', 'note', 'updated_at'], ['criterion_id', 'province_id', 'period'])
          .execute();
      }
    });
    return this.results(id);
  }

  private async find(id: string): Promise<PledgeEntity> {
    const pledge = await this.dataSource.getRepository(PledgeEntity).findOne({ where: { id }, relations: { cluster: true, criteria: true }, order: { criteria: { sortOrder: 'ASC' } } });
    if (!pledge) throw new DomainError('PLEDGE_NOT_FOUND', 'Không tìm thấy giao ước thi đua');
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

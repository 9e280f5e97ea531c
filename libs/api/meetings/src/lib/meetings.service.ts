import { CreateMeetingDto, FieldError, MeetingQueryDto, MeetingView, Period } from '@tdkt/shared/contracts';
import { Actor, AuditService, ScopeService } from '@tdkt/api/access';
import { ClusterEntity, MeetingEntity, ReferenceLookupService } from '@tdkt/api/database';
import { DomainError, fieldErrors } from '@tdkt/api/core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  /** A cluster's meetings are seen by its chair and by the staff of its member provinces of that year. */
  async list(actor: Actor, query: MeetingQueryDto): Promise<MeetingView[]> {
    const qb = this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.cluster', 'cluster')
      .orderBy('m.date', 'DESC');
    if (query.clusterCode) qb.andWhere('cluster.code = :code', { code: query.clusterCode });
    if (query.year) qb.andWhere('m.year = :year', { year: query.year });
    const own = this.scope.clusterCondition(await this.scope.readScope(actor), 'm.cluster_id', 'm.year');
    if (own) qb.andWhere(own.sql, own.params);
    return Promise.all((await qb.getMany()).map((m) => this.toView(m)));
  }

  async get(actor: Actor, id: string): Promise<MeetingView> {
    const found = await this.dataSource.getRepository(MeetingEntity).findOne({ where: { id }, relations: { cluster: true } });
    if (!found || !(await this.scope.canReadCluster(actor, found.clusterId, found.year)))
      throw new DomainError('MEETING_NOT_FOUND', 'Không tìm thấy hội nghị');
    return this.toView(found);
  }

  /** The chair records the cluster's meetings. */
  async create(actor: Actor, dto: CreateMeetingDto): Promise<MeetingView> {
    const errors: FieldError[] = [];
    // A semi-annual review meets after June; a year-end summary may meet early the next year.
    const dateYear = Number(dto.date.slice(0, 4));
    const fits = dto.period === Period.H1 ? dateYear === dto.year : dateYear === dto.year || dateYear === dto.year + 1;
    if (!fits) errors.push({ field: 'date', code: 'outsidePeriod', message: 'Ngày hội nghị không khớp với kỳ sơ kết, tổng kết' });
    if (errors.length) throw fieldErrors(errors);
    const cluster = await this.reference.cluster(dto.clusterCode);
    this.scope.assertChairOf(actor, cluster.id);
    const host = await this.reference.provinceOn(dto.hostProvinceCode, dto.date, 'hostProvinceCode');
    const saved = await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(MeetingEntity);
      const row = await repo.save(
        repo.create({
          clusterId: cluster.id,
          year: dto.year,
          period: dto.period,
          date: dto.date,
          hostProvinceId: host.id,
          place: dto.place ?? null,
          chairName: dto.chairName,
          chairTitle: dto.chairTitle ?? null,
          participants: dto.participants ?? null,
          notes: dto.notes ?? null,
        }),
      );
      await this.audit.record(m, actor, {
        entity: 'meeting',
        entityId: row.id,
        action: 'CREATE',
        after: row,
        clusterId: cluster.id,
        year: row.year,
      });
      return row;
    });
    return this.get(actor, saved.id);
  }

  private async toView(m: MeetingEntity): Promise<MeetingView> {
    const host = await this.reference.provinceById(m.hostProvinceId);
    return {
      id: m.id,
      clusterCode: (m.cluster as ClusterEntity).code,
      year: m.year,
      period: m.period,
      date: m.date,
      hostProvinceCode: host?.code ?? '',
      hostProvinceName: host?.name ?? '',
      place: m.place,
      chairName: m.chairName,
      chairTitle: m.chairTitle,
      participants: m.participants,
      notes: m.notes,
      demo: m.isDemo,
      version: m.version,
    };
  }
}

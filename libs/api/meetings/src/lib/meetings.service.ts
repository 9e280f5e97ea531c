import { CreateMeetingDto, FieldError, MeetingQueryDto, MeetingView, Period } from '@tdkt/shared/contracts';
import { Actor, AuditService, PeriodLocksService, ScopeService, versionedDelete, versionedUpdate } from '@tdkt/api/access';
import {
  ClusterEntity,
  ClusterMembershipEntity,
  MeetingEntity,
  ReferenceLookupService,
  ReportEntity,
  TypicalExampleEntity,
} from '@tdkt/api/database';
import { DomainError, fieldErrors } from '@tdkt/api/core';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { UpdateMeetingDto } from './update-meeting.dto';

type MeetingFields = Pick<
  MeetingEntity,
  'clusterId' | 'year' | 'period' | 'date' | 'hostProvinceId' | 'place' | 'chairName' | 'chairTitle' | 'participants' | 'notes'
>;

@Injectable()
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly locks: PeriodLocksService,
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
    return this.toView(await this.findReadable(actor, id));
  }

  /** The chair records the cluster's meetings. */
  async create(actor: Actor, dto: CreateMeetingDto): Promise<MeetingView> {
    const fields = await this.resolve(actor, dto);
    const saved = await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(MeetingEntity);
      const row = await repo.save(repo.create(fields));
      await this.audit.record(m, actor, {
        entity: 'meeting',
        entityId: row.id,
        action: 'CREATE',
        after: row,
        clusterId: row.clusterId,
        year: row.year,
      });
      return row;
    });
    return this.get(actor, saved.id);
  }

  /** The chair corrects the meeting if the client's version is still current; otherwise 409 and nothing changes. */
  async update(actor: Actor, id: string, dto: UpdateMeetingDto): Promise<MeetingView> {
    const current = await this.findReadable(actor, id);
    this.scope.assertChairOf(actor, current.clusterId);
    const { version, ...changes } = dto;
    const merged: CreateMeetingDto = {
      clusterCode: changes.clusterCode ?? (current.cluster as ClusterEntity).code,
      year: changes.year ?? current.year,
      period: changes.period ?? current.period,
      date: changes.date ?? current.date,
      hostProvinceCode: changes.hostProvinceCode ?? (await this.reference.provinceById(current.hostProvinceId))?.code ?? '',
      place: changes.place !== undefined ? changes.place : current.place,
      chairName: changes.chairName ?? current.chairName,
      chairTitle: changes.chairTitle !== undefined ? changes.chairTitle : current.chairTitle,
      participants: changes.participants !== undefined ? changes.participants : current.participants,
      notes: changes.notes !== undefined ? changes.notes : current.notes,
    };
    const fields = await this.resolve(actor, merged);
    const { cluster: _cluster, hostProvince: _host, ...before } = current;
    await this.dataSource.transaction(async (m) => {
      // Neither the period it leaves nor the one it enters may be locked.
      await this.assertOpen(m, current);
      await this.assertOpen(m, fields);
      await versionedUpdate(m, this.audit, actor, MeetingEntity, { id, version }, fields, (after) => ({
        entity: 'meeting',
        action: 'UPDATE',
        before,
        clusterId: after.clusterId,
        year: after.year,
      }));
    });
    return this.get(actor, id);
  }

  /** A meeting that a report or a typical example refers to is kept: deleting it would orphan their history. */
  async remove(actor: Actor, id: string, version?: number): Promise<void> {
    const current = await this.findReadable(actor, id);
    this.scope.assertChairOf(actor, current.clusterId);
    const used =
      (await this.dataSource.getRepository(ReportEntity).existsBy({ meetingId: id })) ||
      (await this.dataSource.getRepository(TypicalExampleEntity).existsBy({ honouredAtMeetingId: id }));
    if (used) throw new DomainError('MEETING_IN_USE', 'Hội nghị đã có báo cáo hoặc điển hình tiên tiến gắn với nó nên không thể xóa');
    const { cluster: _cluster, hostProvince: _host, ...before } = current;
    await this.dataSource.transaction(async (m) => {
      await this.assertOpen(m, current);
      await versionedDelete(
        m,
        this.audit,
        actor,
        MeetingEntity,
        { id, version: version ?? current.version },
        {
          entity: 'meeting',
          action: 'DELETE',
          before,
          clusterId: current.clusterId,
          year: current.year,
        },
      );
    });
  }

  private async findReadable(actor: Actor, id: string): Promise<MeetingEntity> {
    const found = await this.dataSource.getRepository(MeetingEntity).findOne({ where: { id }, relations: { cluster: true } });
    if (!found || !(await this.scope.canReadCluster(actor, found.clusterId, found.year)))
      throw new DomainError('MEETING_NOT_FOUND', 'Không tìm thấy hội nghị');
    return found;
  }

  /** Checks the body as create does, and the caller's chair of the cluster; answers the columns to write. */
  private async resolve(actor: Actor, dto: CreateMeetingDto): Promise<MeetingFields> {
    const errors: FieldError[] = [];
    // A semi-annual review meets after June; a year-end summary may meet early the next year.
    const dateYear = Number(dto.date.slice(0, 4));
    const fits = dto.period === Period.H1 ? dateYear === dto.year : dateYear === dto.year || dateYear === dto.year + 1;
    if (!fits) errors.push({ field: 'date', code: 'outsidePeriod', message: 'Ngày hội nghị không khớp với kỳ sơ kết, tổng kết' });
    if (errors.length) throw fieldErrors(errors);
    const cluster = await this.reference.cluster(dto.clusterCode);
    this.scope.assertChairOf(actor, cluster.id);
    const host = await this.reference.provinceOn(dto.hostProvinceCode, dto.date, 'hostProvinceCode');
    return {
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
    };
  }

  /** A meeting belongs to its cluster's period: locked when that period is, as seen through any member province that year. */
  private async assertOpen(m: EntityManager, meeting: Pick<MeetingEntity, 'clusterId' | 'year' | 'period'>): Promise<void> {
    const member = await m.getRepository(ClusterMembershipEntity).findOneBy({ clusterId: meeting.clusterId, year: meeting.year });
    if (member) await this.locks.assertOpen(m, member.provinceId, { year: meeting.year, period: meeting.period });
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

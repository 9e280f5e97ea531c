import { CreateTypicalExampleDto, FieldError, Page, TypicalExampleQueryDto, TypicalExampleView } from '@tdkt/shared/contracts';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { Actor, AuditService, PeriodLocksService, ScopeService, versionedDelete, versionedUpdate } from '@tdkt/api/access';
import { ReferenceLookupService, TypicalExampleEntity } from '@tdkt/api/database';
import { DomainError, fieldErrors, paginate } from '@tdkt/api/core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UpdateTypicalExampleDto } from './update-typical-example.dto';

type TypicalExampleFields = Pick<
  TypicalExampleEntity,
  'recipientKind' | 'name' | 'provinceId' | 'movementId' | 'story' | 'honouredAtMeetingId' | 'honouredOn'
>;

@Injectable()
export class TypicalExamplesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly locks: PeriodLocksService,
  ) {}

  async list(actor: Actor, query: TypicalExampleQueryDto): Promise<Page<TypicalExampleView>> {
    const qb = this.dataSource
      .getRepository(TypicalExampleEntity)
      .createQueryBuilder('t')
      .orderBy('t.honoured_on', 'DESC')
      .addOrderBy('t.name', 'ASC');
    if (query.provinceCode)
      qb.andWhere('t.province_id = ANY(:ids)', { ids: (await this.reference.provincesWithCode(query.provinceCode)).map((p) => p.id) });
    if (query.clusterCode) {
      const cluster = await this.reference.cluster(query.clusterCode);
      qb.andWhere(
        `t.province_id IN (SELECT cm.province_id FROM cluster_memberships cm WHERE cm.cluster_id = :clusterId${query.year ? ' AND cm.year = :year' : ''})`,
        {
          clusterId: cluster.id,
          year: query.year,
        },
      );
    }
    if (query.year) qb.andWhere('t.honoured_on BETWEEN :from AND :to', { from: `${query.year}-01-01`, to: `${query.year}-12-31` });
    const scope = this.scope.condition(await this.scope.readScope(actor), 't.province_id', 'EXTRACT(YEAR FROM t.honoured_on)::int');
    if (scope) qb.andWhere(scope.sql, scope.params);
    const page = await paginate(qb, query, (t) => t);
    return { ...page, items: await Promise.all(page.items.map((t) => this.toView(t))) };
  }

  async get(actor: Actor, id: string): Promise<TypicalExampleView> {
    return this.toView(await this.findReadable(actor, id));
  }

  async create(actor: Actor, dto: CreateTypicalExampleDto): Promise<TypicalExampleView> {
    const fields = await this.resolve(dto);
    await this.scope.assertStaffOf(actor, fields.provinceId);
    const saved = await this.dataSource.transaction(async (m) => {
      await this.locks.assertOpen(m, fields.provinceId, { date: fields.honouredOn });
      const repo = m.getRepository(TypicalExampleEntity);
      const row = await repo.save(repo.create(fields));
      await this.audit.record(m, actor, {
        entity: 'typical_example',
        entityId: row.id,
        action: 'CREATE',
        after: row,
        provinceId: row.provinceId,
        year: Number(row.honouredOn.slice(0, 4)),
      });
      return row;
    });
    return this.toView(saved);
  }

  /** Staff correct their province's example if the client's version is still current; otherwise 409 and nothing changes. */
  async update(actor: Actor, id: string, dto: UpdateTypicalExampleDto): Promise<TypicalExampleView> {
    const current = await this.findReadable(actor, id);
    await this.scope.assertStaffOf(actor, current.provinceId);
    const { version, ...changes } = dto;
    const merged: CreateTypicalExampleDto = {
      recipientKind: changes.recipientKind ?? current.recipientKind,
      name: changes.name ?? current.name,
      // The code is resolved again on the (possibly new) date: a date across the 2025 merger names another province record.
      provinceCode: changes.provinceCode ?? (await this.reference.provinceById(current.provinceId))?.code ?? '',
      movementId: changes.movementId !== undefined ? changes.movementId : current.movementId,
      story: changes.story !== undefined ? changes.story : current.story,
      honouredAtMeetingId: changes.honouredAtMeetingId !== undefined ? changes.honouredAtMeetingId : current.honouredAtMeetingId,
      honouredOn: changes.honouredOn ?? current.honouredOn,
    };
    const fields = await this.resolve(merged, current);
    if (fields.provinceId !== current.provinceId) await this.scope.assertStaffOf(actor, fields.provinceId);
    await this.dataSource.transaction(async (m) => {
      // Neither the period it leaves nor the one it enters may be locked.
      await this.locks.assertOpen(m, current.provinceId, { date: current.honouredOn });
      await this.locks.assertOpen(m, fields.provinceId, { date: fields.honouredOn });
      await versionedUpdate(m, this.audit, actor, TypicalExampleEntity, { id, version }, fields, (after) => ({
        entity: 'typical_example',
        action: 'UPDATE',
        before: current,
        provinceId: after.provinceId,
        year: Number(after.honouredOn.slice(0, 4)),
      }));
    });
    return this.get(actor, id);
  }

  async remove(actor: Actor, id: string, version?: number): Promise<void> {
    const current = await this.findReadable(actor, id);
    await this.scope.assertStaffOf(actor, current.provinceId);
    await this.dataSource.transaction(async (m) => {
      await this.locks.assertOpen(m, current.provinceId, { date: current.honouredOn });
      await versionedDelete(
        m,
        this.audit,
        actor,
        TypicalExampleEntity,
        { id, version: version ?? current.version },
        {
          entity: 'typical_example',
          action: 'DELETE',
          before: current,
          provinceId: current.provinceId,
          year: Number(current.honouredOn.slice(0, 4)),
        },
      );
    });
  }

  private async findReadable(actor: Actor, id: string): Promise<TypicalExampleEntity> {
    const found = await this.dataSource.getRepository(TypicalExampleEntity).findOneBy({ id });
    if (!found || !(await this.scope.canRead(actor, found.provinceId, Number(found.honouredOn.slice(0, 4)))))
      throw new DomainError('TYPICAL_EXAMPLE_NOT_FOUND', 'Không tìm thấy điển hình tiên tiến');
    return found;
  }

  /** Checks the body as create does and resolves the province code on the honouring date; answers the columns to write. */
  private async resolve(
    dto: CreateTypicalExampleDto,
    kept: Partial<Pick<TypicalExampleEntity, 'movementId' | 'honouredAtMeetingId'>> = {},
  ): Promise<TypicalExampleFields> {
    const errors: FieldError[] = this.recordErrors(dto, todayInVietnam());
    const province = await this.reference.provinceOn(dto.provinceCode, dto.honouredOn);
    // Another province's or another cluster's movement or meeting answers like an unknown one.
    // Links kept as they were are not checked again.
    if (dto.movementId && dto.movementId !== kept.movementId && !(await this.scope.movementLinkable(province.id, dto.movementId))) {
      errors.push({ field: 'movementId', code: 'referenceNotFound', message: 'Không có phong trào thi đua này' });
    }
    const meeting = dto.honouredAtMeetingId;
    if (meeting && meeting !== kept.honouredAtMeetingId && !(await this.scope.meetingLinkable(province.id, meeting))) {
      errors.push({ field: 'honouredAtMeetingId', code: 'referenceNotFound', message: 'Không có hội nghị này' });
    }
    if (errors.length) throw fieldErrors(errors);
    return {
      recipientKind: dto.recipientKind,
      name: dto.name,
      provinceId: province.id,
      movementId: dto.movementId ?? null,
      story: dto.story ?? null,
      honouredAtMeetingId: dto.honouredAtMeetingId ?? null,
      honouredOn: dto.honouredOn,
    };
  }

  /** The record rules that need no database, shared with the Excel import: honoured today at the latest. */
  recordErrors(fields: Pick<CreateTypicalExampleDto, 'honouredOn'>, today: string): FieldError[] {
    return fields.honouredOn > today
      ? [{ field: 'honouredOn', code: 'future', message: 'Ngày biểu dương không được sau ngày hôm nay' }]
      : [];
  }

  private async toView(t: TypicalExampleEntity): Promise<TypicalExampleView> {
    const province = await this.reference.provinceById(t.provinceId);
    return {
      id: t.id,
      recipientKind: t.recipientKind,
      name: t.name,
      provinceCode: province?.code ?? '',
      provinceName: province?.name ?? '',
      movementId: t.movementId,
      story: t.story,
      honouredAtMeetingId: t.honouredAtMeetingId,
      honouredOn: t.honouredOn,
      demo: t.isDemo,
      version: t.version,
    };
  }
}

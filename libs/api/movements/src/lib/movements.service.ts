import {
  CreateMovementDto,
  FieldError,
  MovementQueryDto,
  MovementResultDto,
  MovementResultView,
  MovementScope,
  MovementView,
  Page,
  Role,
} from '@tdkt/shared/contracts';
import { Actor, AuditService, PeriodLocksService, ScopeService, versionedUpdate } from '@tdkt/api/access';
import { todayInVietnam } from '@tdkt/shared/util-text';
import {
  ClusterEntity,
  CommendationEntity,
  MovementEntity,
  MovementResultEntity,
  ReferenceLookupService,
  TypicalExampleEntity,
} from '@tdkt/api/database';
import { DomainError, fieldErrors, paginate } from '@tdkt/api/core';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { UpdateMovementDto } from './update-movement.dto';

type MovementFields = Pick<
  MovementEntity,
  'name' | 'launchedBy' | 'launchedOn' | 'startsOn' | 'endsOn' | 'description' | 'scope' | 'clusterId' | 'provinceId'
>;

@Injectable()
export class MovementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly locks: PeriodLocksService,
  ) {}

  /** National movements are visible to everyone; a cluster's or a province's movement only within scope. */
  async list(actor: Actor, query: MovementQueryDto): Promise<Page<MovementView>> {
    const qb = this.dataSource
      .getRepository(MovementEntity)
      .createQueryBuilder('m')
      .orderBy('m.starts_on', 'DESC')
      .addOrderBy('m.name', 'ASC');
    const scope = await this.scope.readScope(actor);
    const ownProvince = this.scope.condition(scope, 'm.province_id', null);
    const ownCluster = this.scope.clusterCondition(scope, 'm.cluster_id', null);
    if (ownProvince && ownCluster) {
      qb.andWhere(`(m.scope = 'NATIONAL' OR ${ownProvince.sql} OR ${ownCluster.sql})`, { ...ownProvince.params, ...ownCluster.params });
    }
    if (query.year) {
      qb.andWhere('m.starts_on <= :yearTo AND (m.ends_on IS NULL OR m.ends_on >= :yearFrom)', {
        yearFrom: `${query.year}-01-01`,
        yearTo: `${query.year}-12-31`,
      });
    }
    if (query.clusterCode) {
      const cluster = await this.reference.cluster(query.clusterCode);
      // A cluster sees national movements and its own.
      qb.andWhere(`(m.scope = 'NATIONAL' OR m.cluster_id = :clusterId)`, { clusterId: cluster.id });
    }
    const page = await paginate(qb, query, (m) => m);
    return { ...page, items: await Promise.all(page.items.map((m) => this.toView(m))) };
  }

  async get(actor: Actor, id: string): Promise<MovementView> {
    return this.toView(await this.findReadable(actor, id));
  }

  async create(actor: Actor, dto: CreateMovementDto): Promise<MovementView> {
    const fields = await this.resolve(dto);
    await this.assertManager(actor, fields);
    const saved = await this.dataSource.transaction(async (m) => {
      const row = await m.getRepository(MovementEntity).save(m.getRepository(MovementEntity).create(fields));
      await this.audit.record(m, actor, {
        entity: 'movement',
        entityId: row.id,
        action: 'CREATE',
        after: row,
        provinceId: row.provinceId,
        clusterId: row.clusterId,
      });
      return row;
    });
    return this.toView(saved);
  }

  async update(actor: Actor, id: string, dto: UpdateMovementDto): Promise<MovementView> {
    const current = await this.findReadable(actor, id);
    await this.assertManager(actor, current);
    const { version, ...changes } = dto;
    const merged: CreateMovementDto = {
      name: changes.name ?? current.name,
      launchedBy: changes.launchedBy ?? current.launchedBy,
      launchedOn: changes.launchedOn ?? current.launchedOn,
      startsOn: changes.startsOn ?? current.startsOn,
      endsOn: changes.endsOn !== undefined ? changes.endsOn : current.endsOn,
      description: changes.description !== undefined ? changes.description : current.description,
      scope: changes.scope ?? current.scope,
      clusterCode: changes.clusterCode !== undefined ? changes.clusterCode : await this.clusterCodeOf(current.clusterId),
      provinceCode:
        changes.provinceCode !== undefined
          ? changes.provinceCode
          : ((await this.reference.provinceById(current.provinceId ?? ''))?.code ?? null),
    };
    const fields = await this.resolve(merged);
    await this.assertManager(actor, fields);
    await this.dataSource.transaction(async (m) => {
      await versionedUpdate(m, this.audit, actor, MovementEntity, { id, version }, fields, (after) => ({
        entity: 'movement',
        action: 'UPDATE',
        before: current,
        provinceId: after.provinceId,
        clusterId: after.clusterId,
      }));
    });
    return this.get(actor, id);
  }

  /** A movement that records refer to is kept: deleting it would orphan their history. */
  async remove(actor: Actor, id: string): Promise<void> {
    const current = await this.findReadable(actor, id);
    await this.assertManager(actor, current);
    const used =
      (await this.dataSource.getRepository(CommendationEntity).existsBy({ movementId: id })) ||
      (await this.dataSource.getRepository(TypicalExampleEntity).existsBy({ movementId: id })) ||
      (await this.dataSource.getRepository(MovementResultEntity).existsBy({ movementId: id }));
    if (used) throw new DomainError('MOVEMENT_IN_USE', 'Phong trào đã có kết quả, khen thưởng hoặc điển hình gắn với nó nên không thể xóa');
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(MovementEntity).delete({ id });
      await this.audit.record(m, actor, {
        entity: 'movement',
        entityId: id,
        action: 'DELETE',
        before: current,
        provinceId: current.provinceId,
        clusterId: current.clusterId,
      });
    });
  }

  /** The provinces' results that the caller may read. */
  async results(actor: Actor, id: string, year?: number): Promise<MovementResultView[]> {
    await this.findReadable(actor, id);
    const qb = this.dataSource
      .getRepository(MovementResultEntity)
      .createQueryBuilder('r')
      .where('r.movement_id = :id', { id })
      .orderBy('r.year', 'ASC')
      .addOrderBy('r.period', 'DESC');
    if (year) qb.andWhere('r.year = :year', { year });
    const scope = this.scope.condition(await this.scope.readScope(actor), 'r.province_id', 'r.year');
    if (scope) qb.andWhere(scope.sql, scope.params);
    return Promise.all((await qb.getMany()).map((r) => this.toResultView(r)));
  }

  /** Writes each province's results for the periods given (insert or replace), all or nothing; staff write their own province only. */
  async putResults(actor: Actor, id: string, items: MovementResultDto[]): Promise<MovementResultView[]> {
    await this.findReadable(actor, id);
    const resolved = await Promise.all(
      items.map((r, i) =>
        this.reference.provinceOn(r.provinceCode, r.period === 'H1' ? `${r.year}-06-30` : `${r.year}-12-31`, `${i}.provinceCode`),
      ),
    );
    for (const p of resolved) await this.scope.assertStaffOf(actor, p.id);
    await this.dataSource.transaction(async (m) => {
      for (const [i, r] of items.entries()) {
        await this.locks.assertOpen(m, resolved[i].id, { year: r.year, period: r.period });
        const before = await m
          .getRepository(MovementResultEntity)
          .findOneBy({ movementId: id, provinceId: resolved[i].id, year: r.year, period: r.period });
        await m
          .createQueryBuilder()
          .insert()
          .into(MovementResultEntity)
          .values({
            movementId: id,
            provinceId: resolved[i].id,
            year: r.year,
            period: r.period,
            summary: r.summary ?? null,
            subMovementsLaunched: r.subMovementsLaunched ?? null,
            modelsBuilt: r.modelsBuilt ?? null,
            participants: r.participants ?? null,
          })
          .orUpdate(
            ['summary', 'sub_movements_launched', 'models_built', 'participants', 'updated_at'],
            ['movement_id', 'province_id', 'year', 'period'],
          )
          .execute();
        const after = await m
          .getRepository(MovementResultEntity)
          .findOneByOrFail({ movementId: id, provinceId: resolved[i].id, year: r.year, period: r.period });
        await this.audit.record(m, actor, {
          entity: 'movement_result',
          entityId: after.id,
          action: before ? 'UPDATE' : 'CREATE',
          before,
          after,
          provinceId: after.provinceId,
          year: after.year,
        });
      }
    });
    return this.results(actor, id);
  }

  /** National movements are the admins' reference data; a cluster's belong to its chair, a province's to its staff. */
  private async assertManager(actor: Actor, movement: Pick<MovementEntity, 'scope' | 'clusterId' | 'provinceId'>): Promise<void> {
    if (movement.scope === MovementScope.NATIONAL)
      this.scope.assertRole(actor, [Role.ADMIN], 'Chỉ quản trị viên được cập nhật phong trào thi đua toàn quốc');
    else if (movement.scope === MovementScope.CLUSTER) this.scope.assertChairOf(actor, movement.clusterId ?? '');
    else await this.scope.assertStaffOf(actor, movement.provinceId ?? '');
  }

  private async findReadable(actor: Actor, id: string, m: EntityManager = this.dataSource.manager): Promise<MovementEntity> {
    await this.scope.readScope(actor);
    const found = await m.getRepository(MovementEntity).findOneBy({ id });
    const visible =
      found &&
      (found.scope === MovementScope.NATIONAL ||
        (found.clusterId && (await this.scope.canReadCluster(actor, found.clusterId, null))) ||
        (found.provinceId && (await this.scope.canRead(actor, found.provinceId, null))));
    if (!found || !visible) throw new DomainError('MOVEMENT_NOT_FOUND', 'Không tìm thấy phong trào thi đua');
    return found;
  }

  private async resolve(dto: CreateMovementDto): Promise<MovementFields> {
    const errors: FieldError[] = [];
    if (dto.endsOn && dto.endsOn < dto.startsOn)
      errors.push({ field: 'endsOn', code: 'beforeStart', message: 'Ngày kết thúc phải sau ngày bắt đầu' });
    if (dto.scope === MovementScope.CLUSTER && !dto.clusterCode)
      errors.push({ field: 'clusterCode', code: 'isNotEmpty', message: 'Phong trào của cụm cần mã cụm thi đua' });
    if (dto.scope === MovementScope.PROVINCE && !dto.provinceCode)
      errors.push({ field: 'provinceCode', code: 'isNotEmpty', message: 'Phong trào của tỉnh cần mã tỉnh' });
    if (errors.length) throw fieldErrors(errors);
    const clusterId = dto.scope === MovementScope.CLUSTER && dto.clusterCode ? (await this.reference.cluster(dto.clusterCode)).id : null;
    const provinceId =
      dto.scope === MovementScope.PROVINCE && dto.provinceCode
        ? (await this.reference.provinceOn(dto.provinceCode, dto.startsOn <= todayInVietnam() ? dto.startsOn : todayInVietnam())).id
        : null;
    return {
      name: dto.name,
      launchedBy: dto.launchedBy,
      launchedOn: dto.launchedOn,
      startsOn: dto.startsOn,
      endsOn: dto.endsOn ?? null,
      description: dto.description ?? null,
      scope: dto.scope,
      clusterId,
      provinceId,
    };
  }

  private async clusterCodeOf(clusterId: string | null): Promise<string | null> {
    if (!clusterId) return null;
    return (await this.dataSource.getRepository(ClusterEntity).findOneBy({ id: clusterId }))?.code ?? null;
  }

  private async toView(m: MovementEntity): Promise<MovementView> {
    return {
      id: m.id,
      name: m.name,
      launchedBy: m.launchedBy,
      launchedOn: m.launchedOn,
      startsOn: m.startsOn,
      endsOn: m.endsOn,
      description: m.description,
      scope: m.scope,
      clusterCode: await this.clusterCodeOf(m.clusterId),
      provinceCode: m.provinceId ? ((await this.reference.provinceById(m.provinceId))?.code ?? null) : null,
      demo: m.isDemo,
      version: m.version,
    };
  }

  private async toResultView(r: MovementResultEntity): Promise<MovementResultView> {
    const province = await this.reference.provinceById(r.provinceId);
    return {
      movementId: r.movementId,
      provinceCode: province?.code ?? '',
      provinceName: province?.name ?? '',
      year: r.year,
      period: r.period,
      summary: r.summary,
      subMovementsLaunched: r.subMovementsLaunched,
      modelsBuilt: r.modelsBuilt,
      participants: r.participants,
      version: r.version,
    };
  }
}

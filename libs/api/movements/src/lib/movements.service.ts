import { CreateMovementDto, FieldError, MovementQueryDto, MovementResultDto, MovementResultView, MovementScope, MovementView, Page } from '@tdkt/shared/contracts';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { ClusterEntity, CommendationEntity, MovementEntity, MovementResultEntity, ReferenceLookupService, TypicalExampleEntity } from '@tdkt/api/database';
import { DomainError, paginate } from '@tdkt/api/core';
import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UpdateMovementDto } from './update-movement.dto';

type MovementFields = Pick<MovementEntity, 'name' | 'launchedBy' | 'launchedOn' | 'startsOn' | 'endsOn' | 'description' | 'scope' | 'clusterId' | 'provinceId'>;

@Injectable()
export class MovementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
  ) {}

  async list(query: MovementQueryDto): Promise<Page<MovementView>> {
    const qb = this.dataSource.getRepository(MovementEntity).createQueryBuilder('m').orderBy('m.starts_on', 'DESC').addOrderBy('m.name', 'ASC');
    if (query.year) {
      qb.andWhere('m.starts_on <= :yearTo AND (m.ends_on IS NULL OR m.ends_on >= :yearFrom)', { yearFrom: `${query.year}-01-01`, yearTo: `${query.year}-12-31` });
    }
    if (query.clusterCode) {
      const cluster = await this.reference.cluster(query.clusterCode);
      // A cluster sees national movements and its own.
      qb.andWhere(`(m.scope = 'NATIONAL' OR m.cluster_id = :clusterId)`, { clusterId: cluster.id });
    }
    const page = await paginate(qb, query, (m) => m);
    return { ...page, items: await Promise.all(page.items.map((m) => this.toView(m))) };
  }

  async get(id: string): Promise<MovementView> {
    return this.toView(await this.find(id));
  }

  async create(dto: CreateMovementDto): Promise<MovementView> {
    const fields = await this.resolve(dto);
    const repo = this.dataSource.getRepository(MovementEntity);
    const saved = await repo.save(repo.create(fields));
    return this.toView(saved);
  }

  async update(id: string, dto: UpdateMovementDto): Promise<MovementView> {
    const current = await this.find(id);
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
      provinceCode: changes.provinceCode !== undefined ? changes.provinceCode : ((await this.reference.provinceById(current.provinceId ?? ''))?.code ?? null),
    };
    const fields = await this.resolve(merged);
    const result = await this.dataSource.createQueryBuilder().update(MovementEntity).set(fields).where('id = :id AND version = :version', { id, version }).execute();
    if (!result.affected) throw new DomainError('VERSION_CONFLICT', 'Phong trào vừa được người khác thay đổi; hãy tải lại trước khi sửa');
    return this.get(id);
  }

  /** A movement that records refer to is kept: deleting it would orphan their history. */
  async remove(id: string): Promise<void> {
    await this.find(id);
    const used =
      (await this.dataSource.getRepository(CommendationEntity).existsBy({ movementId: id })) ||
      (await this.dataSource.getRepository(TypicalExampleEntity).existsBy({ movementId: id })) ||
      (await this.dataSource.getRepository(MovementResultEntity).existsBy({ movementId: id }));
    if (used) throw new DomainError('MOVEMENT_IN_USE', 'Phong trào đã có kết quả, khen thưởng hoặc điển hình gắn với nó nên không thể xóa');
    await this.dataSource.getRepository(MovementEntity).delete({ id });
  }

  async results(id: string, year?: number): Promise<MovementResultView[]> {
    await this.find(id);
    const rows = await this.dataSource.getRepository(MovementResultEntity).find({ where: { movementId: id, ...(year ? { year } : {}) }, order: { year: 'ASC', period: 'DESC' } });
    return Promise.all(rows.map((r) => this.toResultView(r)));
  }

  /** Writes each province's results for the periods given (insert or replace), all or nothing. */
  async putResults(id: string, items: MovementResultDto[]): Promise<MovementResultView[]> {
    await this.find(id);
    const resolved = await Promise.all(items.map((r, i) => this.reference.provinceOn(r.provinceCode, r.period === 'H1' ? `${r.year}-06-30` : `${r.year}-12-31`, `${i}.provinceCode`)));
    await this.dataSource.transaction(async (m) => {
      for (const [i, r] of items.entries()) {
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
          .orUpdate(['summary', 'sub_movements_launched', 'models_built', 'participants', 'updated_at'], ['movement_id', 'province_id', 'year', 'period'])
          .execute();
      }
    });
    return this.results(id);
  }

  private async resolve(dto: CreateMovementDto): Promise<MovementFields> {
    const errors: FieldError[] = [];
    if (dto.endsOn && dto.endsOn < dto.startsOn) errors.push({ field: 'endsOn', code: 'beforeStart', message: 'Ngày kết thúc phải sau ngày bắt đầu' });
    if (dto.scope === MovementScope.CLUSTER && !dto.clusterCode) errors.push({ field: 'clusterCode', code: 'isNotEmpty', message: 'Phong trào của cụm cần mã cụm thi đua' });
    if (dto.scope === MovementScope.PROVINCE && !dto.provinceCode) errors.push({ field: 'provinceCode', code: 'isNotEmpty', message: 'Phong trào của tỉnh cần mã tỉnh' });
    if (errors.length) throw new BadRequestException({ message: errors.map((e) => e.message), errors });
    const clusterId = dto.scope === MovementScope.CLUSTER && dto.clusterCode ? (await this.reference.cluster(dto.clusterCode)).id : null;
    const provinceId = dto.scope === MovementScope.PROVINCE && dto.provinceCode ? (await this.reference.provinceOn(dto.provinceCode, dto.startsOn <= todayInVietnam() ? dto.startsOn : todayInVietnam())).id : null;
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

  private async find(id: string): Promise<MovementEntity> {
    const found = await this.dataSource.getRepository(MovementEntity).findOneBy({ id });
    if (!found) throw new DomainError('MOVEMENT_NOT_FOUND', 'Không tìm thấy phong trào thi đua');
    return found;
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

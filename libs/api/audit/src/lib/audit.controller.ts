import { Page, PageQueryDto, Role } from '@tdkt/shared/contracts';
import { Actor, AuditService, ChainReport, CurrentActor, ScopeService } from '@tdkt/api/access';
import { paginate } from '@tdkt/api/core';
import { AuditEntryEntity } from '@tdkt/api/database';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';

export class AuditQueryDto extends PageQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(40)
  entity?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller({ path: 'audit', version: '1' })
export class AuditController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  /** The trail, newest first, limited to what the caller may read: entries of their province or cluster. */
  @Get()
  async list(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<Page<AuditEntryEntity>> {
    const scope = await this.scope.readScope(actor);
    const qb = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('a').orderBy('a.seq', 'DESC');
    if (query.entity) qb.andWhere('a.entity = :entity', { entity: query.entity });
    if (query.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: query.entityId });
    // Entries of year-less records (a province's movement) follow the record: any year of membership.
    const condition = this.scope.condition(scope, 'a.province_id', 'COALESCE(a.year, scope_cm.year)');
    if (condition) {
      const chair = scope.clusterId ? ' OR a.cluster_id = :auditCluster' : '';
      qb.andWhere(`(${condition.sql}${chair})`, { ...condition.params, auditCluster: scope.clusterId });
    }
    return paginate(qb, query, (e) => e);
  }

  /** Re-hashes the whole chain and names the first entry that was changed, removed or relinked. */
  @Get('verify')
  verify(@CurrentActor() actor: Actor): Promise<ChainReport> {
    this.scope.assertRole(actor, [Role.ADMIN], 'Chỉ quản trị viên được kiểm tra tính toàn vẹn của nhật ký');
    return this.audit.verify();
  }
}

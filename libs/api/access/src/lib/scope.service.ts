import { Role } from '@tdkt/shared/contracts';
import { provinceFamilies } from '@tdkt/shared/domain';
import { DomainError } from '@tdkt/api/core';
import { ClusterMembershipEntity, ReferenceLookupService } from '@tdkt/api/database';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, hasRole } from './actor';

/**
 * What records an actor may read: everything (reviewers, admins), or the union of a staff user's
 * province (with the provinces that merged into it) and a chair's cluster for its years of membership.
 */
export interface ReadScope {
  all: boolean;
  provinceIds: string[];
  clusterId: string | null;
}

/** SQL condition for a ReadScope, to AND into a query; null when nothing needs adding. */
export interface ScopeCondition {
  sql: string;
  params: Record<string, unknown>;
}

export function outOfScope(message = 'Bạn không có quyền truy cập dữ liệu này'): DomainError {
  return new DomainError('OUT_OF_SCOPE', message);
}

/** Every service asks here before it reads or writes, so no query path can skip the check. */
@Injectable()
export class ScopeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
  ) {}

  async readScope(actor: Actor): Promise<ReadScope> {
    if (hasRole(actor, Role.ADMIN, Role.COUNCIL_REVIEWER)) return { all: true, provinceIds: [], clusterId: null };
    const provinceIds = hasRole(actor, Role.PROVINCE_STAFF) && actor.provinceId ? await this.provinceFamily(actor.provinceId) : [];
    const clusterId = hasRole(actor, Role.CLUSTER_CHAIR) ? actor.clusterId : null;
    if (provinceIds.length === 0 && !clusterId)
      throw outOfScope('Tài khoản chưa được gán tỉnh hoặc cụm thi đua; hãy liên hệ quản trị viên');
    return { all: false, provinceIds, clusterId };
  }

  /**
   * The condition that keeps a query inside the scope. `provinceColumn` is the record's province;
   * `yearSql` the year it belongs to (a chair sees a province only for the years it was a member),
   * or null for records without a year, which a chair sees for any year of membership.
   */
  condition(scope: ReadScope, provinceColumn: string, yearSql: string | null, prefix = 'scope'): ScopeCondition | null {
    if (scope.all) return null;
    const parts: string[] = [];
    const params: Record<string, unknown> = {};
    if (scope.provinceIds.length) {
      parts.push(`${provinceColumn} = ANY(:${prefix}Provinces)`);
      params[`${prefix}Provinces`] = scope.provinceIds;
    }
    if (scope.clusterId) {
      parts.push(
        `EXISTS (SELECT 1 FROM cluster_memberships ${prefix}_cm WHERE ${prefix}_cm.cluster_id = :${prefix}Cluster AND ${prefix}_cm.province_id = ${provinceColumn}${yearSql ? ` AND ${prefix}_cm.year = ${yearSql}` : ''})`,
      );
      params[`${prefix}Cluster`] = scope.clusterId;
    }
    return { sql: `(${parts.join(' OR ')})`, params };
  }

  /**
   * The condition for a cluster's own records (pledge, meetings): its chair, or the staff of a province that was
   * a member in the record's year (`yearSql`), or in any year when null.
   */
  clusterCondition(scope: ReadScope, clusterColumn: string, yearSql: string | null): ScopeCondition | null {
    if (scope.all) return null;
    const year = yearSql ? ` AND own_cm.year = ${yearSql}` : '';
    return {
      sql: `(${clusterColumn} = :ownCluster OR EXISTS (SELECT 1 FROM cluster_memberships own_cm WHERE own_cm.cluster_id = ${clusterColumn}${year} AND own_cm.province_id = ANY(:ownProvinces)))`,
      params: { ownCluster: scope.clusterId, ownProvinces: scope.provinceIds },
    };
  }

  /** Whether a single record is visible; callers answer 404 when it is not, so its existence does not leak. */
  async canRead(actor: Actor, provinceId: string, year: number | null): Promise<boolean> {
    const scope = await this.readScope(actor);
    if (scope.all || scope.provinceIds.includes(provinceId)) return true;
    if (!scope.clusterId) return false;
    return this.dataSource
      .getRepository(ClusterMembershipEntity)
      .existsBy(year === null ? { clusterId: scope.clusterId, provinceId } : { clusterId: scope.clusterId, provinceId, year });
  }

  /** Whether the actor may see a cluster's own records (pledge, meetings, reports). */
  async canReadCluster(actor: Actor, clusterId: string, year: number | null): Promise<boolean> {
    const scope = await this.readScope(actor);
    if (scope.all || scope.clusterId === clusterId) return true;
    // Staff see their own cluster's pledge and meetings, to enter results against them.
    if (!scope.provinceIds.length) return false;
    const qb = this.dataSource
      .getRepository(ClusterMembershipEntity)
      .createQueryBuilder('cm')
      .where('cm.cluster_id = :clusterId AND cm.province_id = ANY(:ids)', { clusterId, ids: scope.provinceIds });
    if (year !== null) qb.andWhere('cm.year = :year', { year });
    return (await qb.getCount()) > 0;
  }

  /** Records are written by their province's staff only. */
  async assertStaffOf(actor: Actor, provinceId: string): Promise<void> {
    if (!hasRole(actor, Role.PROVINCE_STAFF)) throw outOfScope('Chỉ cán bộ thi đua – khen thưởng của tỉnh được nhập, sửa hồ sơ của tỉnh');
    if (!actor.provinceId || !(await this.provinceFamily(actor.provinceId)).includes(provinceId)) {
      throw outOfScope('Hồ sơ thuộc tỉnh, thành phố khác: bạn chỉ được nhập, sửa hồ sơ của tỉnh mình');
    }
  }

  /** The cluster's own records (pledge, meetings, reports, locks) are managed by its chair. */
  assertChairOf(actor: Actor, clusterId: string): void {
    if (!hasRole(actor, Role.CLUSTER_CHAIR) || actor.clusterId !== clusterId) {
      throw outOfScope('Chỉ cụm trưởng của cụm thi đua này được thực hiện thao tác này');
    }
  }

  assertRole(actor: Actor, roles: Role[], message: string): void {
    if (!hasRole(actor, ...roles)) throw outOfScope(message);
  }

  /**
   * Whether a record of `provinceId` may name this movement: a national one, one of the province (or of a province
   * merged with it), or one of a cluster the province belongs to. Anything else answers like an unknown id.
   */
  async movementLinkable(provinceId: string, movementId: string): Promise<boolean> {
    const family = await this.mergedFamily(provinceId);
    const rows = await this.dataSource.query(
      `SELECT 1 FROM movements mv
        WHERE mv.id = $1
          AND (mv.scope = 'NATIONAL' OR mv.province_id = ANY($2)
               OR EXISTS (SELECT 1 FROM cluster_memberships cm WHERE cm.cluster_id = mv.cluster_id AND cm.province_id = ANY($2)))`,
      [movementId, family],
    );
    return rows.length > 0;
  }

  /** Whether a record of `provinceId` may name this meeting: one of a cluster the province belonged to in the meeting's year. */
  async meetingLinkable(provinceId: string, meetingId: string): Promise<boolean> {
    const family = await this.mergedFamily(provinceId);
    const rows = await this.dataSource.query(
      `SELECT 1 FROM meetings mt
        WHERE mt.id = $1
          AND EXISTS (SELECT 1 FROM cluster_memberships cm WHERE cm.cluster_id = mt.cluster_id AND cm.year = mt.year AND cm.province_id = ANY($2))`,
      [meetingId, family],
    );
    return rows.length > 0;
  }

  /** Every province that is, was merged into, or merged with this one (same successor at the end of the chain). */
  private async mergedFamily(provinceId: string): Promise<string[]> {
    const families = provinceFamilies(await this.reference.allProvinces());
    const root = families.get(provinceId) ?? provinceId;
    return [...families].filter(([, r]) => r === root).map(([id]) => id);
  }

  /** A province and the provinces that merged into it (their records are now its records). */
  async provinceFamily(provinceId: string): Promise<string[]> {
    const all = await this.reference.allProvinces();
    return [provinceId, ...all.filter((p) => p.successorId === provinceId).map((p) => p.id)];
  }
}

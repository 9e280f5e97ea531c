import { ERROR_STATUS } from '@tdkt/shared/contracts';
import { isValidOn } from '@tdkt/shared/domain';
import { HttpException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AwardTypeEntity, ClusterEntity, ClusterMembershipEntity, ProvinceEntity } from './entities';

/** A reference given by code that does not exist: the request is wrong, not the server. */
export class ReferenceNotFoundError extends HttpException {
  constructor(field: string, message: string) {
    super(
      { code: 'REFERENCE_NOT_FOUND', message, errors: [{ field, code: 'referenceNotFound', message }] },
      ERROR_STATUS.REFERENCE_NOT_FOUND,
    );
  }
}

/**
 * Resolves the codes clients send (province, cluster, award type) to records.
 * Provinces and award types are reference data that change only by seed, so they are cached per process.
 */
@Injectable()
export class ReferenceLookupService {
  private provinces?: Promise<ProvinceEntity[]>;
  private awardTypes?: Promise<AwardTypeEntity[]>;

  constructor(private readonly dataSource: DataSource) {}

  allProvinces(): Promise<ProvinceEntity[]> {
    return (this.provinces ??= this.dataSource.getRepository(ProvinceEntity).find({ order: { code: 'ASC', validFrom: 'ASC' } }));
  }

  async provinceById(id: string): Promise<ProvinceEntity | undefined> {
    return (await this.allProvinces()).find((p) => p.id === id);
  }

  /** The province holding a code on a date; codes were reused at the 2025 merger. */
  async provinceOn(code: string, date: string, field = 'provinceCode'): Promise<ProvinceEntity> {
    const province = (await this.allProvinces()).find((p) => p.code === code && isValidOn(p, date));
    if (!province) throw new ReferenceNotFoundError(field, `Không có tỉnh, thành phố mã ${code} vào ngày ${date}`);
    return province;
  }

  /** Every record that ever held a code (for filters spanning the merger). */
  async provincesWithCode(code: string): Promise<ProvinceEntity[]> {
    return (await this.allProvinces()).filter((p) => p.code === code);
  }

  allAwardTypes(): Promise<AwardTypeEntity[]> {
    return (this.awardTypes ??= this.dataSource.getRepository(AwardTypeEntity).find({ order: { sortOrder: 'ASC' } }));
  }

  async awardType(code: string, field = 'awardTypeCode'): Promise<AwardTypeEntity> {
    const type = (await this.allAwardTypes()).find((t) => t.code === code);
    if (!type) throw new ReferenceNotFoundError(field, `Không có loại khen thưởng mã ${code}`);
    return type;
  }

  async awardTypeById(id: string): Promise<AwardTypeEntity | undefined> {
    return (await this.allAwardTypes()).find((t) => t.id === id);
  }

  async cluster(code: string, field = 'clusterCode', m: EntityManager = this.dataSource.manager): Promise<ClusterEntity> {
    const cluster = await m.getRepository(ClusterEntity).findOneBy({ code });
    if (!cluster) throw new ReferenceNotFoundError(field, `Không có cụm thi đua mã ${code}`);
    return cluster;
  }

  /** Province ids that were members of a cluster in a year. */
  async memberProvinceIds(clusterId: string, year: number): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(ClusterMembershipEntity)
      .find({ where: { clusterId, year }, select: { provinceId: true } });
    return rows.map((r) => r.provinceId);
  }

  /** Forget cached reference data (after an admin changes it). */
  invalidate(): void {
    this.provinces = undefined;
    this.awardTypes = undefined;
  }
}

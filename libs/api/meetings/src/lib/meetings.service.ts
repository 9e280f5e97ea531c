import { CreateMeetingDto, FieldError, MeetingQueryDto, MeetingView, Period } from '@tdkt/shared/contracts';
import { ClusterEntity, MeetingEntity, ReferenceLookupService } from '@tdkt/api/database';
import { DomainError } from '@tdkt/api/core';
import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
  ) {}

  async list(query: MeetingQueryDto): Promise<MeetingView[]> {
    const qb = this.dataSource.getRepository(MeetingEntity).createQueryBuilder('m').innerJoinAndSelect('m.cluster', 'cluster').orderBy('m.date', 'DESC');
    if (query.clusterCode) qb.andWhere('cluster.code = :code', { code: query.clusterCode });
    if (query.year) qb.andWhere('m.year = :year', { year: query.year });
    return Promise.all((await qb.getMany()).map((m) => this.toView(m)));
  }

  async get(id: string): Promise<MeetingView> {
    const found = await this.dataSource.getRepository(MeetingEntity).findOne({ where: { id }, relations: { cluster: true } });
    if (!found) throw new DomainError('MEETING_NOT_FOUND', 'Không tìm thấy hội nghị');
    return this.toView(found);
  }

  async create(dto: CreateMeetingDto): Promise<MeetingView> {
    const errors: FieldError[] = [];
    // A semi-annual review meets after June; a year-end summary may meet early the next year.
    const dateYear = Number(dto.date.slice(0, 4));
    const fits = dto.period === Period.H1 ? dateYear === dto.year : dateYear === dto.year || dateYear === dto.year + 1;
    if (!fits) errors.push({ field: 'date', code: 'outsidePeriod', message: 'Ngày hội nghị không khớp với kỳ sơ kết, tổng kết' });
    if (errors.length) throw new BadRequestException({ message: errors.map((e) => e.message), errors });
    const cluster = await this.reference.cluster(dto.clusterCode);
    const host = await this.reference.provinceOn(dto.hostProvinceCode, dto.date, 'hostProvinceCode');
    const repo = this.dataSource.getRepository(MeetingEntity);
    const saved = await repo.save(
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
    return this.get(saved.id);
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

import { ProvinceQueryDto, ProvinceView } from '@tdkt/shared/contracts';
import { ProvinceEntity } from '@tdkt/api/database';
import { escapeLike, foldVietnamese } from '@tdkt/shared/util-text';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

export function toProvinceView(p: ProvinceEntity): ProvinceView {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    kind: p.kind,
    validFrom: p.validFrom,
    validTo: p.validTo,
    successorCode: p.successorCode,
    note: p.note,
  };
}

@Injectable()
export class ProvincesService {
  constructor(@InjectRepository(ProvinceEntity) private readonly provinces: Repository<ProvinceEntity>) {}

  /** Provinces in force on a date (all of history without one), searched without accents or case. */
  async list(query: ProvinceQueryDto): Promise<ProvinceView[]> {
    const qb = this.provinces.createQueryBuilder('p').orderBy('p.code', 'ASC').addOrderBy('p.valid_from', 'ASC', 'NULLS FIRST');
    if (query.validOn) {
      qb.andWhere('(p.valid_from IS NULL OR p.valid_from <= :d) AND (p.valid_to IS NULL OR p.valid_to >= :d)', { d: query.validOn });
    }
    const q = foldVietnamese(query.q);
    if (q) qb.andWhere(`p.name_folded LIKE :q ESCAPE '\\'`, { q: `%${escapeLike(q)}%` });
    return (await qb.getMany()).map(toProvinceView);
  }
}

import {
  FieldError,
  PutScoreSheetDto,
  PutScoresDto,
  RankingRow,
  Role,
  ScoreCardView,
  ScoreItemKind,
  ScoreMethod,
  ScoreSheetStatus,
  ScoreSheetView,
} from '@tdkt/shared/contracts';
import { Actor, AuditService, ScopeService, hasRole, outOfScope } from '@tdkt/api/access';
import {
  ClusterEntity,
  PledgeCriterionEntity,
  PledgeEntity,
  ReferenceLookupService,
  ScoreCardEntity,
  ScoreSheetEntity,
  StoredScoreEntry,
} from '@tdkt/api/database';
import { DomainError, fieldErrors } from '@tdkt/api/core';
import { ScoringReader, sheetItems, sheetView } from '@tdkt/api/year-end';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

const notFound = (year: number) => new DomainError('SCORE_SHEET_NOT_FOUND', `Cụm chưa có bảng chấm điểm năm ${year}`);
const staleSheet = () => new DomainError('VERSION_CONFLICT', 'Bảng chấm điểm vừa được người khác thay đổi; hãy tải lại trước khi sửa');
const staleCard = () => new DomainError('VERSION_CONFLICT', 'Điểm của tỉnh vừa được người khác thay đổi; hãy tải lại trước khi sửa');

/** The year's score sheet (chair), each member's scores (its staff: self; the chair: agreed) and the ranking. */
@Injectable()
export class ScoreSheetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly scoring: ScoringReader,
  ) {}

  async get(actor: Actor, code: string, year: number): Promise<ScoreSheetView> {
    const cluster = await this.readableCluster(actor, code, year);
    const sheet = await this.scoring.sheet(cluster.id, year);
    if (!sheet) throw notFound(year);
    return sheetView(sheet, cluster.code);
  }

  /** Creates the sheet (version 0 or none) or replaces its items while it is a DRAFT. */
  async put(actor: Actor, code: string, year: number, dto: PutScoreSheetDto): Promise<ScoreSheetView> {
    const cluster = await this.reference.cluster(code, 'code');
    this.scope.assertChairOf(actor, cluster.id);
    await this.checkItems(cluster.id, year, dto);
    const items = {
      criteria: dto.criteria.map((c) => ({
        code: c.code,
        name: c.name,
        group: c.group,
        maxPoints: c.maxPoints,
        method: c.method,
        pledgeCriterionCode: c.method === ScoreMethod.PLEDGE_RATE ? (c.pledgeCriterionCode ?? null) : null,
      })),
      bonuses: dto.bonuses.map(({ code, name, maxPoints }) => ({ code, name, maxPoints })),
      deductions: dto.deductions.map(({ code, name, maxPoints }) => ({ code, name, maxPoints })),
    };
    await this.dataSource.transaction(async (m) => {
      const current = await this.scoring.sheet(cluster.id, year, m);
      if (!current) {
        if (dto.version) throw staleSheet();
        const row = await this.insertSheet(m, {
          clusterId: cluster.id,
          year,
          status: ScoreSheetStatus.DRAFT,
          copiedFromYear: null,
          ...items,
        });
        await this.audit.record(m, actor, {
          entity: 'score_sheet',
          entityId: row.id,
          action: 'CREATE',
          after: row,
          clusterId: cluster.id,
          year,
        });
        return;
      }
      if (current.status !== ScoreSheetStatus.DRAFT) throw this.frozen(current.status);
      const result = await m
        .createQueryBuilder()
        .update(ScoreSheetEntity)
        .set(items)
        .where('id = :id AND version = :version AND status = :status', {
          id: current.id,
          version: dto.version ?? -1,
          status: ScoreSheetStatus.DRAFT,
        })
        .execute();
      if (!result.affected) throw staleSheet();
      const after = await m.getRepository(ScoreSheetEntity).findOneByOrFail({ id: current.id });
      await this.audit.record(m, actor, {
        entity: 'score_sheet',
        entityId: current.id,
        action: 'UPDATE',
        before: current,
        after,
        clusterId: cluster.id,
        year,
      });
    });
    return this.get(actor, code, year);
  }

  /** Starts this year's sheet as a DRAFT copy of last year's items (PLEDGE_RATE links kept; checked again when saved or opened). */
  async copyFromPrevious(actor: Actor, code: string, year: number): Promise<ScoreSheetView> {
    const cluster = await this.reference.cluster(code, 'code');
    this.scope.assertChairOf(actor, cluster.id);
    await this.dataSource.transaction(async (m) => {
      if (await this.scoring.sheet(cluster.id, year, m)) {
        throw new DomainError('SCORE_SHEET_EXISTS', `Cụm đã có bảng chấm điểm năm ${year}; hãy sửa bảng đó`);
      }
      const previous = await this.scoring.sheet(cluster.id, year - 1, m);
      if (!previous) throw new DomainError('SCORE_SHEET_NOT_FOUND', `Cụm không có bảng chấm điểm năm ${year - 1} để sao chép`);
      const row = await this.insertSheet(m, {
        clusterId: cluster.id,
        year,
        status: ScoreSheetStatus.DRAFT,
        copiedFromYear: previous.year,
        criteria: previous.criteria,
        bonuses: previous.bonuses,
        deductions: previous.deductions,
      });
      await this.audit.record(m, actor, {
        entity: 'score_sheet',
        entityId: row.id,
        action: 'COPY',
        after: row,
        clusterId: cluster.id,
        year,
      });
    });
    return this.get(actor, code, year);
  }

  /** DRAFT → OPEN (items frozen: members score) and OPEN → CLOSED (scores frozen). */
  async transition(
    actor: Actor,
    code: string,
    year: number,
    to: ScoreSheetStatus.OPEN | ScoreSheetStatus.CLOSED,
    version: number,
  ): Promise<ScoreSheetView> {
    const cluster = await this.reference.cluster(code, 'code');
    this.scope.assertChairOf(actor, cluster.id);
    const from = to === ScoreSheetStatus.OPEN ? ScoreSheetStatus.DRAFT : ScoreSheetStatus.OPEN;
    const current = await this.scoring.sheet(cluster.id, year);
    if (!current) throw notFound(year);
    if (current.status !== from) {
      throw new DomainError(
        'INVALID_TRANSITION',
        to === ScoreSheetStatus.OPEN
          ? 'Chỉ mở chấm điểm được khi bảng chấm điểm đang là bản nháp'
          : 'Chỉ kết thúc chấm điểm được khi đang mở chấm điểm',
      );
    }
    if (to === ScoreSheetStatus.OPEN) {
      if (!current.criteria.length)
        throw fieldErrors([{ field: 'criteria', code: 'arrayMinSize', message: 'Bảng chấm điểm chưa có tiêu chí nào' }]);
      // The pledge may have changed since the sheet was saved or copied.
      await this.checkItems(cluster.id, year, current);
    }
    await this.dataSource.transaction(async (m) => {
      const stamp = to === ScoreSheetStatus.OPEN ? { openedAt: new Date() } : { closedAt: new Date() };
      const result = await m
        .createQueryBuilder()
        .update(ScoreSheetEntity)
        .set({ status: to, ...stamp })
        .where('id = :id AND version = :version AND status = :from', { id: current.id, version, from })
        .execute();
      if (!result.affected) throw staleSheet();
      const after = await m.getRepository(ScoreSheetEntity).findOneByOrFail({ id: current.id });
      await this.audit.record(m, actor, {
        entity: 'score_sheet',
        entityId: current.id,
        action: to === ScoreSheetStatus.OPEN ? 'OPEN' : 'CLOSE',
        before: current,
        after,
        clusterId: cluster.id,
        year,
      });
    });
    return this.get(actor, code, year);
  }

  async scores(actor: Actor, code: string, year: number, provinceCode: string): Promise<ScoreCardView> {
    const cluster = await this.readableCluster(actor, code, year);
    const sheet = await this.scoring.sheet(cluster.id, year);
    if (!sheet) throw notFound(year);
    const province = await this.member(cluster, year, provinceCode);
    const card = await this.dataSource.getRepository(ScoreCardEntity).findOneBy({ sheetId: sheet.id, provinceId: province.id });
    const rates = await this.scoring.pledgeRates(sheet, [province.id]);
    return this.scoring.cardView(sheet, cluster, province.id, card, rates.get(province.id) ?? new Map());
  }

  /**
   * The province's staff write self scores and evidence notes, the chair agreed scores and comments (required where
   * the agreed score differs from the self score), while the sheet is OPEN. Only the items sent change.
   */
  async putScores(actor: Actor, code: string, year: number, provinceCode: string, dto: PutScoresDto): Promise<ScoreCardView> {
    const cluster = await this.readableCluster(actor, code, year);
    const province = await this.member(cluster, year, provinceCode);
    const isChair = hasRole(actor, Role.CLUSTER_CHAIR) && actor.clusterId === cluster.id;
    const isStaff =
      hasRole(actor, Role.PROVINCE_STAFF) &&
      actor.provinceId !== null &&
      (await this.scope.provinceFamily(actor.provinceId)).includes(province.id);
    if (!isChair && !isStaff) throw outOfScope('Chỉ cán bộ của tỉnh (tự chấm) và cụm trưởng (chấm thống nhất) được nhập điểm của tỉnh');
    const sheet = await this.scoring.sheet(cluster.id, year);
    if (!sheet) throw notFound(year);
    if (sheet.status !== ScoreSheetStatus.OPEN) {
      throw new DomainError(
        'SCORE_SHEET_NOT_OPEN',
        sheet.status === ScoreSheetStatus.DRAFT ? 'Cụm trưởng chưa mở chấm điểm' : 'Đã kết thúc chấm điểm, không thể sửa điểm',
      );
    }
    const items = sheetItems(sheet);
    const errors: FieldError[] = [];
    const forbidden: string[] = [];
    const seen = new Set<string>();
    dto.items.forEach((entry, i) => {
      const item = items.find((x) => x.code === entry.code);
      const at = (f: string) => `items.${i}.${f}`;
      if (!item) {
        errors.push({ field: at('code'), code: 'notOnSheet', message: `Mục ${entry.code} không có trong bảng chấm điểm` });
        return;
      }
      if (seen.has(entry.code)) errors.push({ field: at('code'), code: 'duplicate', message: `Mục ${entry.code} được gửi hai lần` });
      seen.add(entry.code);
      const computed = item.method === ScoreMethod.PLEDGE_RATE && item.kind === ScoreItemKind.CRITERION;
      for (const f of ['selfScore', 'agreedScore'] as const) {
        const v = entry[f];
        if (v === undefined || v === null) continue;
        if (computed)
          errors.push({
            field: at(f),
            code: 'computedItem',
            message: `Điểm mục ${item.code} được tính từ kết quả giao ước, không nhập tay`,
          });
        else if (v > item.maxPoints)
          errors.push({ field: at(f), code: 'max', message: `Điểm mục ${item.code} không được vượt ${item.maxPoints}` });
      }
      if (!isStaff && (entry.selfScore !== undefined || entry.note !== undefined)) forbidden.push('tự chấm, minh chứng');
      if (!isChair && (entry.agreedScore !== undefined || entry.comment !== undefined)) forbidden.push('điểm thống nhất, nhận xét');
    });
    if (forbidden.length) {
      throw outOfScope(`Bạn không được nhập ${[...new Set(forbidden)].join('; ')}: tỉnh tự chấm, cụm trưởng chấm thống nhất`);
    }
    if (errors.length) throw fieldErrors(errors);
    await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(ScoreCardEntity);
      const current = await repo.findOneBy({ sheetId: sheet.id, provinceId: province.id });
      if ((current?.version ?? 0) !== dto.version) throw staleCard();
      const entries: Record<string, StoredScoreEntry> = { ...(current?.entries ?? {}) };
      for (const e of dto.items) {
        const before = entries[e.code] ?? { selfScore: null, agreedScore: null, note: null, comment: null };
        entries[e.code] = {
          selfScore: e.selfScore !== undefined ? e.selfScore : before.selfScore,
          agreedScore: e.agreedScore !== undefined ? e.agreedScore : before.agreedScore,
          note: e.note !== undefined ? e.note : before.note,
          comment: e.comment !== undefined ? e.comment : before.comment,
        };
      }
      const missing = dto.items
        .map((e, i) => ({ e: entries[e.code], i }))
        .filter(({ e }) => e.agreedScore !== null && e.selfScore !== null && e.agreedScore !== e.selfScore && !e.comment)
        .map(({ i }) => ({
          field: `items.${i}.comment`,
          code: 'commentRequired',
          message: 'Điểm thống nhất khác điểm tự chấm: cụm trưởng phải ghi nhận xét',
        }));
      if (missing.length) throw fieldErrors(missing);
      let after: ScoreCardEntity;
      if (!current) {
        after = await repo.save(repo.create({ sheetId: sheet.id, provinceId: province.id, entries }));
      } else {
        const result = await m
          .createQueryBuilder()
          .update(ScoreCardEntity)
          .set({ entries })
          .where('id = :id AND version = :version', { id: current.id, version: dto.version })
          .execute();
        if (!result.affected) throw staleCard();
        after = await repo.findOneByOrFail({ id: current.id });
      }
      await this.audit.record(m, actor, {
        entity: 'score_card',
        entityId: after.id,
        action: current ? 'UPDATE' : 'CREATE',
        before: current ?? undefined,
        after,
        provinceId: province.id,
        clusterId: cluster.id,
        year,
      });
    });
    return this.scores(actor, code, year, provinceCode);
  }

  async ranking(actor: Actor, code: string, year: number): Promise<RankingRow[]> {
    const cluster = await this.readableCluster(actor, code, year);
    const sheet = await this.scoring.sheet(cluster.id, year);
    if (!sheet) throw notFound(year);
    return this.scoring.ranking(sheet);
  }

  private async readableCluster(actor: Actor, code: string, year: number): Promise<ClusterEntity> {
    const cluster = await this.reference.cluster(code, 'code');
    if (!(await this.scope.canReadCluster(actor, cluster.id, year))) throw outOfScope('Bạn không thuộc cụm thi đua này trong năm đó');
    return cluster;
  }

  private async member(cluster: ClusterEntity, year: number, provinceCode: string) {
    const ids = await this.reference.memberProvinceIds(cluster.id, year);
    const all = await this.reference.allProvinces();
    const province = all.find((p) => p.code === provinceCode && ids.includes(p.id));
    if (!province) throw new DomainError('SCORE_SHEET_NOT_FOUND', `Tỉnh mã ${provinceCode} không là thành viên của cụm năm ${year}`);
    return province;
  }

  private insertSheet(m: EntityManager, fields: Partial<ScoreSheetEntity>): Promise<ScoreSheetEntity> {
    const repo = m.getRepository(ScoreSheetEntity);
    return repo.save(repo.create(fields));
  }

  private frozen(status: ScoreSheetStatus): DomainError {
    return new DomainError(
      'SCORE_SHEET_FROZEN',
      status === ScoreSheetStatus.OPEN
        ? 'Bảng chấm điểm đã mở chấm điểm nên không đổi được các mục'
        : 'Bảng chấm điểm đã kết thúc, không thể sửa',
    );
  }

  /** Item codes are unique across the sheet; PLEDGE_RATE criteria name a criterion of the cluster's pledge of the year. */
  private async checkItems(
    clusterId: string,
    year: number,
    sheet: Pick<PutScoreSheetDto, 'criteria' | 'bonuses' | 'deductions'>,
  ): Promise<void> {
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    for (const [list, items] of [
      ['criteria', sheet.criteria],
      ['bonuses', sheet.bonuses],
      ['deductions', sheet.deductions],
    ] as const) {
      items.forEach((item, i) => {
        if (seen.has(item.code))
          errors.push({ field: `${list}.${i}.code`, code: 'duplicate', message: `Mã mục ${item.code} bị trùng trong bảng chấm điểm` });
        seen.add(item.code);
      });
    }
    const linked = sheet.criteria.map((c, i) => ({ c, i })).filter(({ c }) => c.method === ScoreMethod.PLEDGE_RATE);
    if (linked.length) {
      const pledge = await this.dataSource.getRepository(PledgeEntity).findOneBy({ clusterId, year });
      const codes = pledge
        ? (await this.dataSource.getRepository(PledgeCriterionEntity).findBy({ pledgeId: pledge.id })).map((c) => c.code)
        : [];
      for (const { c, i } of linked) {
        if (!c.pledgeCriterionCode) {
          errors.push({
            field: `criteria.${i}.pledgeCriterionCode`,
            code: 'isNotEmpty',
            message: 'Tiêu chí tính theo giao ước phải chọn tiêu chí giao ước',
          });
        } else if (!codes.includes(c.pledgeCriterionCode)) {
          errors.push({
            field: `criteria.${i}.pledgeCriterionCode`,
            code: 'referenceNotFound',
            message: pledge
              ? `Giao ước thi đua năm ${year} không có tiêu chí ${c.pledgeCriterionCode}`
              : `Cụm chưa có giao ước thi đua năm ${year}`,
          });
        }
      }
    }
    if (errors.length) throw fieldErrors(errors);
  }
}

import { CommendationQueryDto, Role } from '@tdkt/shared/contracts';
import { Actor, ScopeService, hasRole } from '@tdkt/api/access';
import { AwardTypeEntity, CommendationEntity, ProvinceEntity, RECORD_YEAR_SQL, ReferenceLookupService } from '@tdkt/api/database';
import { escapeLike, foldVietnamese, todayInVietnam } from '@tdkt/shared/util-text';
import { isValidOn } from '@tdkt/shared/domain';
import { Injectable, Logger } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { COMMENDATION_SHEET, CommendationRow, exportCells } from './commendation-sheet';
import { XLSX_TYPE, buildCommendationTemplate, sheetColumns, styleHeader } from './commendation-template';

const YEAR = RECORD_YEAR_SQL('c');

/** The list's sort orders (CommendationsService), so the export reads in the order the screen shows. */
const SORTS: Record<string, Array<[string, 'ASC' | 'DESC', ('NULLS FIRST' | 'NULLS LAST')?]>> = {
  decisionDate: [
    [YEAR, 'ASC'],
    ['c.decision_date', 'ASC', 'NULLS FIRST'],
    ['c.id', 'DESC'],
  ],
  '-decisionDate': [
    [YEAR, 'DESC'],
    ['c.decision_date', 'DESC', 'NULLS LAST'],
    ['c.id', 'ASC'],
  ],
  recipientName: [
    ['c.recipient_name', 'ASC'],
    ['c.id', 'ASC'],
  ],
  '-recipientName': [
    ['c.recipient_name', 'DESC'],
    ['c.id', 'ASC'],
  ],
  createdAt: [
    ['c.created_at', 'ASC'],
    ['c.id', 'ASC'],
  ],
  '-createdAt': [
    ['c.created_at', 'DESC'],
    ['c.id', 'ASC'],
  ],
};

/** The columns the sheet shows, named as CommendationRow's fields. */
const EXPORT_SQL = `SELECT id, recipient_kind AS "recipientKind", recipient_name AS "recipientName", position, organization,
  province_id AS "provinceId", gender, ethnic_minority AS "ethnicMinority", recipient_class AS "recipientClass",
  award_type_id AS "awardTypeId", kind, movement_id AS "movementId", achievement_year AS "achievementYear",
  decision_number AS "decisionNumber", to_char(decision_date, 'YYYY-MM-DD') AS "decisionDate",
  deciding_authority AS "decidingAuthority", citation, status
  FROM commendations WHERE id = ANY($1::uuid[])`;

type ExportRow = Omit<CommendationRow, 'provinceCode' | 'awardTypeCode'> & { id: string; provinceId: string; awardTypeId: string };

/** Records fetched per query while streaming; bounds the memory an export holds. */
const EXPORT_BATCH = 5_000;

@Injectable()
export class CommendationExportService {
  private readonly logger = new Logger('CommendationExport');

  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
  ) {}

  /** The import template, with the caller's province codes in the province dropdown (every code for other roles). */
  async template(actor: Actor): Promise<Buffer> {
    const [awards, provinces] = await Promise.all([this.reference.allAwardTypes(), this.reference.allProvinces()]);
    const own =
      hasRole(actor, Role.PROVINCE_STAFF) && actor.provinceId
        ? provinces.filter((p) => p.id === actor.provinceId || p.successorId === actor.provinceId)
        : provinces.filter((p) => isValidOn(p, todayInVietnam()));
    return buildCommendationTemplate(
      awards.map((a) => a.name),
      [...new Set(own.map((p) => p.code))].sort(),
    );
  }

  /**
   * Streams the list (same filters, scope and order) as .xlsx. The ids are read first in list order,
   * then the records in batches, so memory stays bounded by the batch however many rows match.
   */
  async export(actor: Actor, query: CommendationQueryDto, res: Response): Promise<void> {
    const qb = await this.filtered(query);
    const scope = this.scope.condition(await this.scope.readScope(actor), 'c.province_id', YEAR);
    if (scope) qb.andWhere(scope.sql, scope.params);
    for (const [expression, direction, nulls] of SORTS[query.sort ?? '-decisionDate']) qb.addOrderBy(expression, direction, nulls);
    const ids = (await qb.select('c.id', 'id').getRawMany<{ id: string }>()).map((r) => r.id);
    const [awards, provinces] = await Promise.all([this.reference.allAwardTypes(), this.reference.allProvinces()]);
    const awardById = new Map<string, AwardTypeEntity>(awards.map((a) => [a.id, a]));
    const provinceById = new Map<string, ProvinceEntity>(provinces.map((p) => [p.id, p]));

    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename="khen-thuong-${todayInVietnam()}.xlsx"`);
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet(COMMENDATION_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = sheetColumns();
    styleHeader(sheet.getRow(1));
    sheet.getRow(1).commit();
    try {
      for (let i = 0; i < ids.length; i += EXPORT_BATCH) {
        const batch = ids.slice(i, i + EXPORT_BATCH);
        // Raw rows, not entities: hydrating thousands of entities per batch costs more than the query.
        const rows: ExportRow[] = await this.dataSource.query(EXPORT_SQL, [batch]);
        const byId = new Map(rows.map((r) => [r.id, r]));
        for (const id of batch) {
          const c = byId.get(id);
          // Deleted between the two queries: leave it out.
          if (!c) continue;
          const award = awardById.get(c.awardTypeId);
          sheet
            .addRow(
              exportCells({
                ...c,
                provinceCode: provinceById.get(c.provinceId)?.code ?? '',
                awardTypeCode: award?.code ?? '',
                awardTypeName: award?.name ?? '',
              }),
            )
            .commit();
        }
      }
      sheet.commit();
      await workbook.commit();
    } catch (e) {
      // The status line has gone out already: cutting the connection is the only way left to signal failure.
      this.logger.error(e instanceof Error ? e.stack : String(e));
      res.destroy(e instanceof Error ? e : undefined);
    }
  }

  /** The list's filters (CommendationsService.filtered), on the same columns and indexes. */
  private async filtered(query: CommendationQueryDto): Promise<SelectQueryBuilder<CommendationEntity>> {
    const qb = this.dataSource.getRepository(CommendationEntity).createQueryBuilder('c');
    if (query.provinceCode) {
      const ids = (await this.reference.provincesWithCode(query.provinceCode)).map((p) => p.id);
      qb.andWhere('c.province_id = ANY(:provinceIds)', { provinceIds: ids });
    }
    if (query.clusterCode) {
      const cluster = await this.reference.cluster(query.clusterCode);
      // Membership changes by year: without a year, every province that was ever a member.
      qb.andWhere(
        `c.province_id IN (SELECT cm.province_id FROM cluster_memberships cm WHERE cm.cluster_id = :clusterId${query.year ? ' AND cm.year = :year' : ''})`,
        { clusterId: cluster.id, year: query.year },
      );
    }
    if (query.year) qb.andWhere(`${YEAR} = :year`, { year: query.year });
    if (query.from) qb.andWhere('c.decision_date >= :from', { from: query.from });
    if (query.to) qb.andWhere('c.decision_date <= :to', { to: query.to });
    if (query.awardTypeCode)
      qb.andWhere('c.award_type_id = :awardTypeId', { awardTypeId: (await this.reference.awardType(query.awardTypeCode)).id });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.demo !== undefined) qb.andWhere('c.is_demo = :demo', { demo: query.demo });
    const q = foldVietnamese(query.q);
    if (q) qb.andWhere(`c.search_text LIKE :q ESCAPE '\\'`, { q: `%${escapeLike(q)}%` });
    return qb;
  }
}

import { CommendationQueryDto, Role } from '@tdkt/shared/contracts';
import { Actor, CommendationListQuery, ScopeService, hasRole } from '@tdkt/api/access';
import { AwardTypeEntity, MovementEntity, ProvinceEntity, ReferenceLookupService } from '@tdkt/api/database';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { isValidOn } from '@tdkt/shared/domain';
import { Injectable, Logger } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { XLSX_TYPE, sheetColumns, styleHeader } from '@tdkt/api/imports';
import { COMMENDATION_COLUMNS, COMMENDATION_SHEET, CommendationRow, exportCells } from './commendation-sheet';
import { buildCommendationTemplate } from './commendation-template';

/** The columns the sheet shows, named as CommendationRow's fields. */
const EXPORT_SQL = `SELECT id, recipient_kind AS "recipientKind", recipient_name AS "recipientName", position, organization,
  province_id AS "provinceId", gender, ethnic_minority AS "ethnicMinority", recipient_class AS "recipientClass",
  award_type_id AS "awardTypeId", kind, movement_id AS "movementId", achievement_year AS "achievementYear",
  decision_number AS "decisionNumber", to_char(decision_date, 'YYYY-MM-DD') AS "decisionDate",
  deciding_authority AS "decidingAuthority", citation, status
  FROM commendations WHERE id = ANY($1::uuid[])`;

type ExportRow = Omit<CommendationRow, 'provinceCode' | 'awardTypeCode'> & { id: string; provinceId: string; awardTypeId: string };

/** Named after what it holds: the year chosen, else the date range, else the day of the export. */
export function exportFileName(query: Pick<CommendationQueryDto, 'year' | 'from' | 'to'>): string {
  if (query.year) return `khen-thuong-${query.year}.xlsx`;
  if (query.from || query.to) return `khen-thuong-${query.from ?? ''}_${query.to ?? ''}.xlsx`;
  return `khen-thuong-${todayInVietnam()}.xlsx`;
}

/** Records fetched per query while streaming; bounds the memory an export holds. */
const EXPORT_BATCH = 5_000;

@Injectable()
export class CommendationExportService {
  private readonly logger = new Logger('CommendationExport');

  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly listQuery: CommendationListQuery,
    private readonly scope: ScopeService,
  ) {}

  /** The import template, with the caller's province codes in the province dropdown (every code for other roles). */
  async template(actor: Actor): Promise<Buffer> {
    const [awards, provinces] = await Promise.all([this.reference.allAwardTypes(), this.reference.allProvinces()]);
    const own =
      hasRole(actor, Role.PROVINCE_STAFF) && actor.provinceId
        ? provinces.filter((p) => p.id === actor.provinceId || p.successorId === actor.provinceId)
        : provinces.filter((p) => isValidOn(p, todayInVietnam()));
    // The movements a record of these provinces may name (national ones, their clusters' and their own), of those
    // the caller may read: a chair's template names no other cluster's movement.
    const qb = this.dataSource
      .getRepository(MovementEntity)
      .createQueryBuilder('m')
      .select('DISTINCT m.name', 'name')
      .where(
        `(m.scope = 'NATIONAL' OR m.province_id = ANY(:own)
          OR m.cluster_id IN (SELECT cluster_id FROM cluster_memberships WHERE province_id = ANY(:own)))`,
        { own: own.map((p) => p.id) },
      )
      .orderBy('name', 'ASC');
    const scope = await this.scope.readScope(actor);
    const ownProvince = this.scope.condition(scope, 'm.province_id', null);
    const ownCluster = this.scope.clusterCondition(scope, 'm.cluster_id', null);
    if (ownProvince && ownCluster) {
      qb.andWhere(`(m.scope = 'NATIONAL' OR ${ownProvince.sql} OR ${ownCluster.sql})`, { ...ownProvince.params, ...ownCluster.params });
    }
    const movements = await qb.getRawMany<{ name: string }>();
    return buildCommendationTemplate(
      awards.map((a) => a.name),
      [...new Set(own.map((p) => p.code))].sort(),
      movements.map((m) => m.name),
    );
  }

  /**
   * Streams the list (same filters, scope and order) as .xlsx. The ids are read first in list order,
   * then the records in batches, so memory stays bounded by the batch however many rows match.
   */
  async export(actor: Actor, query: CommendationQueryDto, res: Response): Promise<void> {
    const qb = await this.listQuery.build(actor, query);
    const ids = (await qb.select('c.id', 'id').getRawMany<{ id: string }>()).map((r) => r.id);
    const [awards, provinces] = await Promise.all([this.reference.allAwardTypes(), this.reference.allProvinces()]);
    const awardById = new Map<string, AwardTypeEntity>(awards.map((a) => [a.id, a]));
    const provinceById = new Map<string, ProvinceEntity>(provinces.map((p) => [p.id, p]));
    // Movements by the name pages show, so the file imports again as it is.
    const movementRows: Array<{ id: string; name: string }> = await this.dataSource.query(`SELECT id, name FROM movements`);
    const movementName = new Map(movementRows.map((m) => [m.id, m.name]));

    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename="${exportFileName(query)}"`);
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet(COMMENDATION_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = sheetColumns(COMMENDATION_COLUMNS);
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
                movementName: c.movementId ? (movementName.get(c.movementId) ?? null) : null,
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
}

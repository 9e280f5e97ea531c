import { ImportResult, ImportRowError, ImportedCommendation } from '@tdkt/shared/contracts';
import { CommendationDraft, centralAwardNeedsProposal, checkCommendation, recordTime, resolveProvinceCode } from '@tdkt/shared/domain';
import { Actor, AuditService, PeriodLocksService, ScopeService } from '@tdkt/api/access';
import { DomainError } from '@tdkt/api/core';
import {
  AwardTypeEntity,
  COMMENDATION_IMPORT_DUPLICATE_INDEX,
  CommendationEntity,
  ProvinceEntity,
  ReferenceLookupService,
} from '@tdkt/api/database';
import { foldVietnamese, searchText, todayInVietnam } from '@tdkt/shared/util-text';
import { Injectable } from '@nestjs/common';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import {
  InsertColumn,
  PROGRESS_EVERY,
  ProgressSink,
  UploadedXlsx,
  append,
  assertImporter,
  duplicatesInFile,
  existingIds,
  insertInBatches,
  isUniqueViolation,
  lockErrors,
  oneImportPerUser,
  readSheet,
  settleImport,
} from '@tdkt/api/imports';
import { CommendationsService } from '../commendations.service';
import { COMMENDATION_COLUMNS, COMMENDATION_LAYOUT, CommendationRow, duplicateKey, parseCommendationRow } from './commendation-sheet';

// The template has no date-of-birth, provincial-bloc or discipline column: imported rows leave them null.
type NewCommendation = Omit<
  CommendationEntity,
  'id' | 'createdAt' | 'updatedAt' | 'version' | 'province' | 'awardType' | 'movement' | 'statusReason' | 'dateOfBirth' | 'provinceCluster' | 'disciplineUntil' | 'pendingReview' | 'memberWarnedOrAbove'
>;

interface CheckedRow {
  row: number;
  record: NewCommendation;
  award: AwardTypeEntity;
  provinceCode: string;
}

const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const HEADER: Record<string, string> = Object.fromEntries(COMMENDATION_COLUMNS.map((c) => [c.field, c.header]));

/**
 * Imports commendations from the template workbook. Every row obeys the rules of a single create
 * (checkCommendation, central awards only as drafts, province by decision date, the caller's province, open periods),
 * and the file is all-or-nothing: one invalid row and nothing is written. The written records then get their findings
 * through CommendationsService, as a single create does.
 */
@Injectable()
export class CommendationImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly locks: PeriodLocksService,
    private readonly commendations: CommendationsService,
  ) {}

  /** One import per user at a time (409 IMPORT_IN_PROGRESS), checked after the caller's role and before the file is read. */
  async import(
    actor: Actor,
    file: UploadedXlsx | undefined,
    dryRun: boolean,
    progress: ProgressSink = () => undefined,
  ): Promise<ImportResult> {
    assertImporter(actor, file);
    return oneImportPerUser(this.dataSource, actor.userId, () => this.importFile(actor, file, dryRun, progress));
  }

  private async importFile(
    actor: Actor & { provinceId: string },
    file: UploadedXlsx,
    dryRun: boolean,
    progress: ProgressSink,
  ): Promise<ImportResult> {
    // Reference data is cached before any transaction: on PGlite the transaction holds the only connection.
    const [awards, provinces, family] = await Promise.all([
      this.reference.allAwardTypes(),
      this.reference.allProvinces(),
      this.scope.provinceFamily(actor.provinceId),
    ]);
    const { rows } = await readSheet(file, COMMENDATION_LAYOUT);
    progress({ type: 'progress', phase: 'parse', done: rows.length, total: rows.length });

    const errors: ImportRowError[] = [];
    const checked: CheckedRow[] = [];
    const today = todayInVietnam();
    for (const [i, { row, cells }] of rows.entries()) {
      const parsed = parseCommendationRow(row, cells, awards);
      append(errors, parsed.errors);
      if (parsed.value) {
        const result = this.checkRow(row, parsed.value, awards, provinces, family, today);
        if ('errors' in result) append(errors, result.errors);
        else checked.push(result);
      }
      if ((i + 1) % PROGRESS_EVERY === 0) {
        progress({ type: 'progress', phase: 'check', done: i + 1, total: rows.length });
        // Let other requests in between batches of rows.
        await yieldToEventLoop();
      }
    }
    append(
      errors,
      duplicatesInFile(
        checked,
        (c) => duplicateKey('', c.record.recipientName, c.record.awardTypeId, c.record.decisionNumber),
        HEADER['recipientName'],
        'cùng người nhận, khen thưởng và số quyết định',
      ),
    );

    const run = async (m: EntityManager): Promise<ImportResult> => {
      append(errors, await this.checkAgainstDatabase(m, checked, family));
      append(
        errors,
        await lockErrors(
          m,
          this.locks,
          checked.map((c) => ({
            row: c.row,
            provinceId: c.record.provinceId,
            time: recordTime(c.record),
            column: c.record.decisionDate ? HEADER['decisionDate'] : HEADER['achievementYear'],
          })),
        ),
      );
      progress({ type: 'progress', phase: 'check', done: rows.length, total: rows.length });
      return settleImport({
        dryRun,
        rows: rows.length,
        checked,
        errors,
        summary,
        write: async (valid) => {
          const ids = await insertInBatches(
            m,
            'commendations',
            INSERT_COLUMNS,
            valid.map((c) => c.record),
            progress,
          );
          // Imported records get their findings as single creates do, in the same transaction.
          await this.commendations.runFindings(m, ids);
          await this.audit.record(m, actor, {
            entity: 'commendation',
            entityId: null,
            action: 'IMPORT',
            after: { file: file.originalname, rows: valid.length },
            provinceId: actor.provinceId,
          });
        },
      });
    };
    if (dryRun) return run(this.dataSource.manager);
    try {
      return await this.dataSource.transaction(run);
    } catch (e) {
      // Two imports of the same rows at once: both checked before either wrote; the unique index stops the second.
      if (isUniqueViolation(e, COMMENDATION_IMPORT_DUPLICATE_INDEX)) {
        throw new DomainError(
          'IMPORT_CONFLICT',
          'Một lần nhập khác vừa ghi các hồ sơ trùng với tệp này (cùng người nhận, khen thưởng và số quyết định); không có hồ sơ nào được nhập. Hãy kiểm tra thử lại tệp trước khi tải lên.',
        );
      }
      throw e;
    }
  }

  /** The rules of CommendationsService.create, on one parsed row, without touching the database. */
  private checkRow(
    row: number,
    v: CommendationRow,
    awards: readonly AwardTypeEntity[],
    provinces: readonly ProvinceEntity[],
    family: readonly string[],
    today: string,
  ): CheckedRow | { errors: ImportRowError[] } {
    const errors: ImportRowError[] = [];
    const add = (field: string, code: string, message: string) => errors.push({ row, column: HEADER[field] ?? field, code, message });
    const award = awards.find((a) => a.code === v.awardTypeCode) as AwardTypeEntity;
    if (centralAwardNeedsProposal(v.status, award)) {
      add(
        'status',
        'CENTRAL_AWARD_NEEDS_PROPOSAL',
        `${award.name} do cấp trung ương quyết định: ghi trạng thái "Nháp" để lập hồ sơ đề nghị và trình Hội đồng`,
      );
    }
    const date = v.decisionDate ?? today;
    const province = resolveProvinceCode(provinces, v.provinceCode, date);
    if (!province) add('provinceCode', 'referenceNotFound', `Không có tỉnh, thành phố mã ${v.provinceCode} vào ngày ${date}`);
    else if (!family.includes(province.id)) {
      add('provinceCode', 'OUT_OF_SCOPE', 'Hồ sơ thuộc tỉnh, thành phố khác: bạn chỉ được nhập hồ sơ của tỉnh mình');
    }
    for (const e of checkCommendation(v as CommendationDraft, award, today)) add(e.field, e.code, e.message);
    if (errors.length || !province) return { errors };
    const record: NewCommendation = {
      recipientKind: v.recipientKind,
      recipientName: v.recipientName,
      position: v.position,
      organization: v.organization,
      provinceId: province.id,
      gender: v.gender,
      ethnicMinority: v.ethnicMinority,
      recipientClass: v.recipientClass,
      awardTypeId: award.id,
      kind: v.kind,
      movementId: v.movementId,
      achievementYear: v.achievementYear,
      decisionNumber: v.decisionNumber,
      decisionDate: v.decisionDate,
      decidingAuthority: v.decidingAuthority,
      citation: v.citation,
      status: v.status,
      searchText: searchText(v.recipientName, v.organization, v.decisionNumber),
      isDemo: false,
      imported: true,
    };
    return { row, record, award, provinceCode: province.code };
  }

  /** Movements that do not exist, and records the province already holds (same recipient, award, decision number). */
  private async checkAgainstDatabase(m: EntityManager, checked: CheckedRow[], family: string[]): Promise<ImportRowError[]> {
    const errors: ImportRowError[] = [];
    // A movement is named as pages show it (an id is still accepted): resolve names first, one name one movement.
    const typed = checked.filter((c) => c.record.movementId && !UUID_TEXT.test(c.record.movementId));
    if (typed.length) {
      const rows: Array<{ id: string; name: string }> = await m.query(`SELECT id, name FROM movements`);
      for (const c of typed) {
        const name = c.record.movementId as string;
        const found = rows.filter((r) => foldVietnamese(r.name) === foldVietnamese(name));
        if (found.length === 1) c.record.movementId = found[0].id;
        else {
          errors.push({
            row: c.row,
            column: HEADER['movementId'],
            code: 'referenceNotFound',
            message: found.length ? `Có nhiều phong trào thi đua tên "${name}"` : `Không có phong trào thi đua tên "${name}"`,
          });
          c.record.movementId = null;
        }
      }
    }
    const movements = await existingIds(
      m,
      'movements',
      checked.map((c) => c.record.movementId),
    );
    for (const c of checked) {
      if (c.record.movementId && !movements.has(c.record.movementId)) {
        errors.push({ row: c.row, column: HEADER['movementId'], code: 'referenceNotFound', message: 'Không có phong trào thi đua này' });
      }
    }
    if (!checked.length) return errors;
    const names = [...new Set(checked.map((c) => c.record.recipientName.toLowerCase()))];
    const existing: Array<{ recipient_name: string; award_type_id: string; decision_number: string | null }> = await m.query(
      `SELECT recipient_name, award_type_id, decision_number FROM commendations WHERE province_id = ANY($1) AND lower(recipient_name) = ANY($2)`,
      [family, names],
    );
    const held = new Set(existing.map((e) => duplicateKey('', e.recipient_name, e.award_type_id, e.decision_number)));
    for (const c of checked) {
      if (held.has(duplicateKey('', c.record.recipientName, c.record.awardTypeId, c.record.decisionNumber))) {
        errors.push({
          row: c.row,
          column: HEADER['recipientName'],
          code: 'DUPLICATE',
          message: `Đã có hồ sơ khen thưởng ${c.award.name} cho ${c.record.recipientName}${c.record.decisionNumber ? ` theo quyết định ${c.record.decisionNumber}` : ''}`,
        });
      }
    }
    return errors;
  }
}

/** Column name and array type of each inserted field, in CommendationEntity's column names. */
const INSERT_COLUMNS: Array<InsertColumn<NewCommendation>> = [
  ['recipientKind', 'recipient_kind', 'text'],
  ['recipientName', 'recipient_name', 'text'],
  ['position', 'position', 'text'],
  ['organization', 'organization', 'text'],
  ['provinceId', 'province_id', 'uuid'],
  ['gender', 'gender', 'text'],
  ['ethnicMinority', 'ethnic_minority', 'boolean'],
  ['recipientClass', 'recipient_class', 'text'],
  ['awardTypeId', 'award_type_id', 'uuid'],
  ['kind', 'kind', 'text'],
  ['movementId', 'movement_id', 'uuid'],
  ['achievementYear', 'achievement_year', 'int'],
  ['decisionNumber', 'decision_number', 'text'],
  ['decisionDate', 'decision_date', 'date'],
  ['decidingAuthority', 'deciding_authority', 'text'],
  ['citation', 'citation', 'text'],
  ['status', 'status', 'text'],
  ['searchText', 'search_text', 'text'],
  ['isDemo', 'is_demo', 'boolean'],
  ['imported', 'imported', 'boolean'],
];

function summary(c: CheckedRow): ImportedCommendation {
  return {
    row: c.row,
    recipientName: c.record.recipientName,
    awardTypeCode: c.award.code,
    provinceCode: c.provinceCode,
    decisionNumber: c.record.decisionNumber,
    decisionDate: c.record.decisionDate,
    status: c.record.status,
  };
}

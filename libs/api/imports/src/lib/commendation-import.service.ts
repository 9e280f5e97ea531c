import { CommendationStatus, ImportProgressEvent, ImportResult, ImportRowError, ImportedCommendation, Role } from '@tdkt/shared/contracts';
import { CommendationDraft, checkCommendation, isCentral, resolveProvinceCode } from '@tdkt/shared/domain';
import { Actor, AuditService, PeriodLocksService, RecordTime, ScopeService, hasRole, outOfScope } from '@tdkt/api/access';
import { DomainError, fieldErrors } from '@tdkt/api/core';
import { AwardTypeEntity, CommendationEntity, MovementEntity, ProvinceEntity, ReferenceLookupService } from '@tdkt/api/database';
import { searchText, todayInVietnam } from '@tdkt/shared/util-text';
import { HttpException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { COMMENDATION_COLUMNS, CommendationRow, SheetColumn, duplicateKey, parseCommendationRow } from './commendation-sheet';
import { UploadedXlsx, readCommendationSheet } from './workbook-reader';

export type ProgressSink = (event: Extract<ImportProgressEvent, { type: 'progress' }>) => void;

type NewCommendation = Omit<
  CommendationEntity,
  'id' | 'createdAt' | 'updatedAt' | 'version' | 'province' | 'awardType' | 'movement' | 'statusReason'
>;

interface CheckedRow {
  row: number;
  record: NewCommendation;
  award: AwardTypeEntity;
  provinceCode: string;
}

// Rows per INSERT … SELECT FROM unnest(): one array per column, so the batch size is free of the parameter limit.
const INSERT_BATCH = 2_500;
const PROGRESS_EVERY = 1_000;

const HEADER: Record<string, string> = Object.fromEntries(COMMENDATION_COLUMNS.map((c: SheetColumn) => [c.field, c.header]));

/** 400 (invalid rows) or 409 (locked period) that lists every row's problem; nothing was written. */
export class ImportRejectedError extends HttpException {
  constructor(
    readonly code: 'IMPORT_INVALID_ROWS' | 'PERIOD_LOCKED',
    message: string,
    readonly errors: ImportRowError[],
  ) {
    super({ code, message, errors }, code === 'PERIOD_LOCKED' ? 409 : 400);
  }
}

/**
 * Imports commendations from the template workbook. Every row obeys the rules of a single create
 * (checkCommendation, central awards only as drafts, province by decision date, the caller's province, open periods),
 * and the file is all-or-nothing: one invalid row and nothing is written.
 */
@Injectable()
export class CommendationImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly locks: PeriodLocksService,
  ) {}

  async import(
    actor: Actor,
    file: UploadedXlsx | undefined,
    dryRun: boolean,
    progress: ProgressSink = () => undefined,
  ): Promise<ImportResult> {
    if (!hasRole(actor, Role.PROVINCE_STAFF) || !actor.provinceId) {
      throw outOfScope('Chỉ cán bộ thi đua – khen thưởng của tỉnh được nhập hồ sơ từ tệp Excel');
    }
    if (!file) throw fieldErrors([{ field: 'file', code: 'isNotEmpty', message: 'Hãy chọn tệp Excel (.xlsx) để tải lên (trường "file")' }]);
    // Reference data is cached before any transaction: on PGlite the transaction holds the only connection.
    const [awards, provinces, family] = await Promise.all([
      this.reference.allAwardTypes(),
      this.reference.allProvinces(),
      this.scope.provinceFamily(actor.provinceId),
    ]);
    const { rows } = await readCommendationSheet(file);
    progress({ type: 'progress', phase: 'parse', done: rows.length, total: rows.length });

    const errors: ImportRowError[] = [];
    const checked: CheckedRow[] = [];
    const today = todayInVietnam();
    rows.forEach(({ row, cells }, i) => {
      const parsed = parseCommendationRow(row, cells, awards);
      append(errors, parsed.errors);
      if (parsed.value) {
        const result = this.checkRow(row, parsed.value, awards, provinces, family, today);
        if ('errors' in result) append(errors, result.errors);
        else checked.push(result);
      }
      if ((i + 1) % PROGRESS_EVERY === 0) progress({ type: 'progress', phase: 'check', done: i + 1, total: rows.length });
    });
    append(errors, duplicatesInFile(checked));

    const run = async (m: EntityManager): Promise<ImportResult> => {
      append(errors, await this.checkAgainstDatabase(m, checked, family));
      const lockErrors = await this.checkLocks(m, checked);
      append(errors, lockErrors);
      progress({ type: 'progress', phase: 'check', done: rows.length, total: rows.length });
      errors.sort((a, b) => a.row - b.row);
      const bad = new Set(errors.map((e) => e.row));
      const valid = checked.filter((c) => !bad.has(c.row)).map(summary);
      if (dryRun) return { dryRun, rows: rows.length, created: 0, valid, errors };
      if (errors.length) {
        const text = `Tệp có ${errors.length} lỗi ở ${bad.size} dòng; không có hồ sơ nào được nhập. Hãy sửa các dòng được liệt kê rồi tải lên lại.`;
        throw new ImportRejectedError(lockErrors.length ? 'PERIOD_LOCKED' : 'IMPORT_INVALID_ROWS', text, errors);
      }
      if (!checked.length) throw new DomainError('IMPORT_INVALID_ROWS', 'Tệp không có dòng dữ liệu nào để nhập');
      for (let i = 0; i < checked.length; i += INSERT_BATCH) {
        await insertBatch(
          m,
          checked.slice(i, i + INSERT_BATCH).map((c) => c.record),
        );
        progress({ type: 'progress', phase: 'write', done: Math.min(i + INSERT_BATCH, checked.length), total: checked.length });
      }
      await this.audit.record(m, actor, {
        entity: 'commendation',
        entityId: null,
        action: 'IMPORT',
        after: { file: file.originalname, rows: checked.length },
        provinceId: actor.provinceId,
      });
      return { dryRun, rows: rows.length, created: checked.length, valid, errors };
    };
    return dryRun ? run(this.dataSource.manager) : this.dataSource.transaction(run);
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
    if (v.status === CommendationStatus.APPROVED && isCentral(award)) {
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
    };
    return { row, record, award, provinceCode: province.code };
  }

  /** Movements that do not exist, and records the province already holds (same recipient, award, decision number). */
  private async checkAgainstDatabase(m: EntityManager, checked: CheckedRow[], family: string[]): Promise<ImportRowError[]> {
    const errors: ImportRowError[] = [];
    const movementIds = [...new Set(checked.map((c) => c.record.movementId).filter((id): id is string => !!id))];
    if (movementIds.length) {
      const found = await m
        .getRepository(MovementEntity)
        .createQueryBuilder('mv')
        .select('mv.id', 'id')
        .where('mv.id = ANY(:ids)', { ids: movementIds })
        .getRawMany<{ id: string }>();
      const known = new Set(found.map((f) => f.id));
      for (const c of checked) {
        if (c.record.movementId && !known.has(c.record.movementId)) {
          errors.push({ row: c.row, column: HEADER['movementId'], code: 'referenceNotFound', message: 'Không có phong trào thi đua này' });
        }
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

  /** Period locks, asked once per province and half-year (or year, for undecided rows). */
  private async checkLocks(m: EntityManager, checked: CheckedRow[]): Promise<ImportRowError[]> {
    const groups = new Map<string, { provinceId: string; time: RecordTime; rows: CheckedRow[] }>();
    for (const c of checked) {
      const time = lockTime(c.record);
      if (!time) continue;
      const key = `${c.record.provinceId}|${JSON.stringify(time)}`;
      const group = groups.get(key) ?? { provinceId: c.record.provinceId, time, rows: [] };
      group.rows.push(c);
      groups.set(key, group);
    }
    const errors: ImportRowError[] = [];
    for (const group of groups.values()) {
      try {
        await this.locks.assertOpen(m, group.provinceId, group.time);
      } catch (e) {
        if (!(e instanceof DomainError) || e.code !== 'PERIOD_LOCKED') throw e;
        for (const c of group.rows) {
          const column = c.record.decisionDate ? HEADER['decisionDate'] : HEADER['achievementYear'];
          errors.push({ row: c.row, column, code: 'PERIOD_LOCKED', message: String((e.getResponse() as { message: string }).message) });
        }
      }
    }
    return errors;
  }
}

/** The period a record falls in, reduced to a representative date per half-year so locks are asked once per group. */
function lockTime(r: Pick<NewCommendation, 'decisionDate' | 'achievementYear'>): RecordTime | null {
  if (r.decisionDate) {
    const year = r.decisionDate.slice(0, 4);
    return { date: r.decisionDate <= `${year}-06-30` ? `${year}-01-01` : `${year}-12-31` };
  }
  return r.achievementYear ? { year: r.achievementYear } : null;
}

/** Column name and array type of each inserted field, in CommendationEntity's column names. */
const INSERT_COLUMNS: Array<[keyof NewCommendation, string, string]> = [
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
];

/**
 * Inserts a batch with one array parameter per column: building and parsing a multi-row VALUES list of
 * thousands of rows costs more than writing them (measured on PGlite: 8 s against 3 s for 10,000 rows).
 */
async function insertBatch(m: EntityManager, records: NewCommendation[]): Promise<void> {
  const columns = INSERT_COLUMNS.map(([, column]) => column).join(', ');
  const arrays = INSERT_COLUMNS.map(([, , type], i) => `$${i + 1}::${type}[]`).join(', ');
  await m.query(
    `INSERT INTO commendations (${columns}, version) SELECT *, 1 FROM unnest(${arrays})`,
    INSERT_COLUMNS.map(([field]) => records.map((r) => r[field])),
  );
}

/** push(...items) passes every item as an argument, which overflows the stack on a file full of errors. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Rows that repeat an earlier row of the same file. */
function duplicatesInFile(checked: CheckedRow[]): ImportRowError[] {
  const first = new Map<string, number>();
  const errors: ImportRowError[] = [];
  for (const c of checked) {
    const key = duplicateKey('', c.record.recipientName, c.record.awardTypeId, c.record.decisionNumber);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, c.row);
    else
      errors.push({
        row: c.row,
        column: HEADER['recipientName'],
        code: 'DUPLICATE',
        message: `Trùng với dòng ${earlier} (cùng người nhận, khen thưởng và số quyết định)`,
      });
  }
  return errors;
}

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

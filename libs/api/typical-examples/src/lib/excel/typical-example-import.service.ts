import { ImportResult, ImportRowError, ImportedTypicalExample, Role } from '@tdkt/shared/contracts';
import { isValidOn, resolveProvinceCode } from '@tdkt/shared/domain';
import { Actor, AuditService, PeriodLocksService, ScopeService, hasRole } from '@tdkt/api/access';
import { ProvinceEntity, ReferenceLookupService, TypicalExampleEntity } from '@tdkt/api/database';
import { todayInVietnam } from '@tdkt/shared/util-text';
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
  lockErrors,
  oneImportPerUser,
  readSheet,
  settleImport,
} from '@tdkt/api/imports';
import { TypicalExamplesService } from '../typical-examples.service';
import {
  TYPICAL_EXAMPLE_COLUMNS,
  TYPICAL_EXAMPLE_LAYOUT,
  TypicalExampleRow,
  parseTypicalExampleRow,
  typicalExampleKey,
} from './typical-example-sheet';
import { buildTypicalExampleTemplate } from './typical-example-template';

type NewTypicalExample = Pick<
  TypicalExampleEntity,
  'recipientKind' | 'name' | 'provinceId' | 'movementId' | 'story' | 'honouredAtMeetingId' | 'honouredOn' | 'isDemo'
>;

interface CheckedRow {
  row: number;
  record: NewTypicalExample;
  provinceCode: string;
}

const HEADER: Record<string, string> = Object.fromEntries(TYPICAL_EXAMPLE_COLUMNS.map((c) => [c.field, c.header]));

const INSERT_COLUMNS: Array<InsertColumn<NewTypicalExample>> = [
  ['recipientKind', 'recipient_kind', 'text'],
  ['name', 'name', 'text'],
  ['provinceId', 'province_id', 'uuid'],
  ['movementId', 'movement_id', 'uuid'],
  ['story', 'story', 'text'],
  ['honouredAtMeetingId', 'honoured_at_meeting_id', 'uuid'],
  ['honouredOn', 'honoured_on', 'date'],
  ['isDemo', 'is_demo', 'boolean'],
];

/**
 * Imports typical examples with the rules of a single create (not after today, movement and meeting exist,
 * province by code on the honouring date, the caller's province, open periods), all or nothing; the same name
 * honoured on the same day in the province is a duplicate.
 */
@Injectable()
export class TypicalExampleImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly locks: PeriodLocksService,
    private readonly examples: TypicalExamplesService,
  ) {}

  /** The import template, with the caller's province codes in the province dropdown (every current code for other roles). */
  async template(actor: Actor): Promise<Buffer> {
    const provinces = await this.reference.allProvinces();
    const own =
      hasRole(actor, Role.PROVINCE_STAFF) && actor.provinceId
        ? provinces.filter((p) => p.id === actor.provinceId || p.successorId === actor.provinceId)
        : provinces.filter((p) => isValidOn(p, todayInVietnam()));
    return buildTypicalExampleTemplate([...new Set(own.map((p) => p.code))].sort());
  }

  /** One import per user at a time (409 IMPORT_IN_PROGRESS), checked after the caller's role and before the file is read. */
  async import(
    actor: Actor,
    file: UploadedXlsx | undefined,
    dryRun: boolean,
    progress: ProgressSink = () => undefined,
  ): Promise<ImportResult<ImportedTypicalExample>> {
    assertImporter(actor, file);
    return oneImportPerUser(this.dataSource, actor.userId, () => this.importFile(actor, file, dryRun, progress));
  }

  private async importFile(
    actor: Actor & { provinceId: string },
    file: UploadedXlsx,
    dryRun: boolean,
    progress: ProgressSink,
  ): Promise<ImportResult<ImportedTypicalExample>> {
    // Reference data is read before any transaction: on PGlite the transaction holds the only connection.
    const [provinces, family] = await Promise.all([this.reference.allProvinces(), this.scope.provinceFamily(actor.provinceId)]);
    const { rows } = await readSheet(file, TYPICAL_EXAMPLE_LAYOUT);
    progress({ type: 'progress', phase: 'parse', done: rows.length, total: rows.length });

    const errors: ImportRowError[] = [];
    const checked: CheckedRow[] = [];
    const today = todayInVietnam();
    for (const [i, { row, cells }] of rows.entries()) {
      const parsed = parseTypicalExampleRow(row, cells);
      append(errors, parsed.errors);
      if (parsed.value) {
        const result = checkRow(this.examples, row, parsed.value, provinces, family, today);
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
        (c) => typicalExampleKey('', c.record.name, c.record.honouredOn),
        HEADER['name'],
        'cùng tên và ngày biểu dương',
      ),
    );

    const run = async (m: EntityManager): Promise<ImportResult<ImportedTypicalExample>> => {
      append(errors, await this.checkAgainstDatabase(m, checked, family));
      append(
        errors,
        await lockErrors(
          m,
          this.locks,
          checked.map((c) => ({
            row: c.row,
            provinceId: c.record.provinceId,
            time: { date: c.record.honouredOn },
            column: HEADER['honouredOn'],
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
          await insertInBatches(
            m,
            'typical_examples',
            INSERT_COLUMNS,
            valid.map((c) => c.record),
            progress,
          );
          await this.audit.record(m, actor, {
            entity: 'typical_example',
            entityId: null,
            action: 'IMPORT',
            after: { file: file.originalname, rows: valid.length },
            provinceId: actor.provinceId,
          });
        },
      });
    };
    return dryRun ? run(this.dataSource.manager) : this.dataSource.transaction(run);
  }

  /** Movements and meetings that do not exist, and examples the province already holds (same name and day). */
  private async checkAgainstDatabase(m: EntityManager, checked: CheckedRow[], family: string[]): Promise<ImportRowError[]> {
    const errors: ImportRowError[] = [];
    if (!checked.length) return errors;
    const [movements, meetings] = [
      await existingIds(
        m,
        'movements',
        checked.map((c) => c.record.movementId),
      ),
      await existingIds(
        m,
        'meetings',
        checked.map((c) => c.record.honouredAtMeetingId),
      ),
    ];
    const existing: Array<{ name: string; honoured_on: string }> = await m.query(
      `SELECT name, to_char(honoured_on, 'YYYY-MM-DD') AS honoured_on FROM typical_examples WHERE province_id = ANY($1::uuid[]) AND honoured_on = ANY($2::date[])`,
      [family, [...new Set(checked.map((c) => c.record.honouredOn))]],
    );
    const held = new Set(existing.map((e) => typicalExampleKey('', e.name, e.honoured_on)));
    for (const c of checked) {
      const { movementId, honouredAtMeetingId, name, honouredOn } = c.record;
      if (movementId && !movements.has(movementId)) {
        errors.push({ row: c.row, column: HEADER['movementId'], code: 'referenceNotFound', message: 'Không có phong trào thi đua này' });
      }
      if (honouredAtMeetingId && !meetings.has(honouredAtMeetingId)) {
        errors.push({ row: c.row, column: HEADER['honouredAtMeetingId'], code: 'referenceNotFound', message: 'Không có hội nghị này' });
      }
      if (held.has(typicalExampleKey('', name, honouredOn))) {
        errors.push({
          row: c.row,
          column: HEADER['name'],
          code: 'DUPLICATE',
          message: `Đã có điển hình ${name} được biểu dương ngày ${honouredOn}`,
        });
      }
    }
    return errors;
  }
}

/** The rules of TypicalExamplesService.create on one parsed row (its record rules, the province on the day, scope), without the database. */
function checkRow(
  examples: TypicalExamplesService,
  row: number,
  v: TypicalExampleRow,
  provinces: readonly ProvinceEntity[],
  family: readonly string[],
  today: string,
): CheckedRow | { errors: ImportRowError[] } {
  const errors: ImportRowError[] = examples
    .recordErrors(v, today)
    .map((e) => ({ row, column: HEADER[e.field] ?? e.field, code: e.code, message: e.message }));
  const province = resolveProvinceCode(provinces, v.provinceCode, v.honouredOn);
  if (!province) {
    errors.push({
      row,
      column: HEADER['provinceCode'],
      code: 'referenceNotFound',
      message: `Không có tỉnh, thành phố mã ${v.provinceCode} vào ngày ${v.honouredOn}`,
    });
  } else if (!family.includes(province.id)) {
    errors.push({
      row,
      column: HEADER['provinceCode'],
      code: 'OUT_OF_SCOPE',
      message: 'Điển hình thuộc tỉnh, thành phố khác: bạn chỉ được nhập điển hình của tỉnh mình',
    });
  }
  if (errors.length || !province) return { errors };
  return {
    row,
    provinceCode: province.code,
    record: {
      recipientKind: v.recipientKind,
      name: v.name,
      provinceId: province.id,
      movementId: v.movementId,
      story: v.story,
      honouredAtMeetingId: v.honouredAtMeetingId,
      honouredOn: v.honouredOn,
      isDemo: false,
    },
  };
}

function summary(c: CheckedRow): ImportedTypicalExample {
  return {
    row: c.row,
    name: c.record.name,
    recipientKind: c.record.recipientKind,
    provinceCode: c.provinceCode,
    honouredOn: c.record.honouredOn,
  };
}

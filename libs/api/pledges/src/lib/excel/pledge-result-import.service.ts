import { ImportResult, ImportRowError, ImportedPledgeResult, Role, TargetKind } from '@tdkt/shared/contracts';
import { Actor, AuditService, PeriodLocksService, ScopeService, hasRole } from '@tdkt/api/access';
import {
  ClusterEntity,
  PledgeCriterionEntity,
  PledgeEntity,
  PledgeResultEntity,
  ProvinceEntity,
  ReferenceLookupService,
} from '@tdkt/api/database';
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
  insertInBatches,
  lockErrors,
  oneImportPerUser,
  readSheet,
  settleImport,
} from '@tdkt/api/imports';
import { PledgesService } from '../pledges.service';
import { PLEDGE_RESULT_COLUMNS, PLEDGE_RESULT_LAYOUT, parsePledgeResultRow, pledgeResultKey } from './pledge-result-sheet';
import { buildPledgeResultTemplate } from './pledge-result-template';

type NewPledgeResult = Pick<PledgeResultEntity, 'criterionId' | 'provinceId' | 'period' | 'targetValue' | 'actualValue' | 'note'>;

interface CheckedRow {
  row: number;
  record: NewPledgeResult;
  criterionCode: string;
  provinceCode: string;
  replaces: boolean;
  /** The stored result this row replaces, kept for the audit trail's before. */
  before?: PledgeResultEntity;
}

const HEADER: Record<string, string> = Object.fromEntries(PLEDGE_RESULT_COLUMNS.map((c) => [c.field, c.header]));

const INSERT_COLUMNS: Array<InsertColumn<NewPledgeResult>> = [
  ['criterionId', 'criterion_id', 'uuid'],
  ['provinceId', 'province_id', 'uuid'],
  ['period', 'period', 'text'],
  ['targetValue', 'target_value', 'numeric'],
  ['actualValue', 'actual_value', 'numeric'],
  ['note', 'note', 'text'],
];

const UPSERT = `ON CONFLICT (criterion_id, province_id, period) DO UPDATE SET target_value = EXCLUDED.target_value,
  actual_value = EXCLUDED.actual_value, note = EXCLUDED.note, updated_at = now(), version = pledge_results.version + 1`;

/**
 * Imports a pledge's results (PUT /pledges/{id}/results from a workbook): the same rules (criteria of the pledge,
 * provinces that are members of the cluster that year, the caller's own province, open periods), insert or replace,
 * all or nothing.
 */
@Injectable()
export class PledgeResultImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly locks: PeriodLocksService,
    private readonly pledges: PledgesService,
  ) {}

  /** The template of a pledge the caller may read; staff get their own member provinces in the dropdown. */
  async template(actor: Actor, pledgeId: string): Promise<Buffer> {
    const pledge = await this.pledges.findReadable(actor, pledgeId);
    const members = await this.memberProvinces(pledge);
    const own =
      hasRole(actor, Role.PROVINCE_STAFF) && actor.provinceId
        ? members.filter((p) => p.id === actor.provinceId || p.successorId === actor.provinceId)
        : members;
    return buildPledgeResultTemplate(
      { clusterCode: (pledge.cluster as ClusterEntity).code, year: pledge.year, criteria: pledge.criteria ?? [] },
      [...new Set(own.map((p) => p.code))].sort(),
    );
  }

  /** One import per user at a time (409 IMPORT_IN_PROGRESS), checked after the caller's role and before the file is read. */
  async import(
    actor: Actor,
    pledgeId: string,
    file: UploadedXlsx | undefined,
    dryRun: boolean,
    progress: ProgressSink = () => undefined,
  ): Promise<ImportResult<ImportedPledgeResult>> {
    assertImporter(actor, file);
    return oneImportPerUser(this.dataSource, actor.userId, () => this.importFile(actor, pledgeId, file, dryRun, progress));
  }

  private async importFile(
    actor: Actor & { provinceId: string },
    pledgeId: string,
    file: UploadedXlsx,
    dryRun: boolean,
    progress: ProgressSink,
  ): Promise<ImportResult<ImportedPledgeResult>> {
    const pledge = await this.pledges.findReadable(actor, pledgeId);
    // Reference data is read before any transaction: on PGlite the transaction holds the only connection.
    const [members, family] = await Promise.all([this.memberProvinces(pledge), this.scope.provinceFamily(actor.provinceId)]);
    const criteria = pledge.criteria ?? [];
    const criterionByCode = new Map(criteria.map((c) => [c.code, c]));
    const names = criteria.map((c) => ({ code: c.code, name: c.name, yesNo: c.targetKind === TargetKind.YES_NO }));
    const { rows } = await readSheet(file, PLEDGE_RESULT_LAYOUT);
    progress({ type: 'progress', phase: 'parse', done: rows.length, total: rows.length });

    const errors: ImportRowError[] = [];
    const checked: CheckedRow[] = [];
    for (const [i, { row, cells }] of rows.entries()) {
      const parsed = parsePledgeResultRow(row, cells, names);
      append(errors, parsed.errors);
      const v = parsed.value;
      if (v) {
        const criterion = criterionByCode.get(v.criterionCode) as PledgeCriterionEntity;
        const province = members.find((p) => p.code === v.provinceCode);
        if (!province) {
          errors.push({
            row,
            column: HEADER['provinceCode'],
            code: 'notMember',
            message: `Tỉnh mã ${v.provinceCode} không thuộc cụm năm ${pledge.year}`,
          });
        } else if (!family.includes(province.id)) {
          errors.push({
            row,
            column: HEADER['provinceCode'],
            code: 'OUT_OF_SCOPE',
            message: 'Kết quả thuộc tỉnh, thành phố khác: bạn chỉ được nhập kết quả của tỉnh mình',
          });
        } else {
          checked.push({
            row,
            criterionCode: criterion.code,
            provinceCode: province.code,
            replaces: false,
            record: {
              criterionId: criterion.id,
              provinceId: province.id,
              period: v.period,
              targetValue: v.targetValue,
              actualValue: v.actualValue,
              note: v.note,
            },
          });
        }
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
        (c) => pledgeResultKey(c.record.provinceId, c.record.criterionId, c.record.period),
        HEADER['criterionCode'],
        'cùng tỉnh, tiêu chí và kỳ',
      ),
    );

    const run = async (m: EntityManager): Promise<ImportResult<ImportedPledgeResult>> => {
      await this.markReplaced(m, checked);
      append(
        errors,
        await lockErrors(
          m,
          this.locks,
          checked.map((c) => ({
            row: c.row,
            provinceId: c.record.provinceId,
            time: { year: pledge.year, period: c.record.period },
            column: HEADER['period'],
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
            'pledge_results',
            INSERT_COLUMNS,
            valid.map((c) => c.record),
            progress,
            UPSERT,
          );
          const updated = valid.filter((c) => c.replaces).length;
          await this.auditReplaced(m, actor, pledge, valid);
          await this.audit.record(m, actor, {
            entity: 'pledge_result',
            entityId: pledge.id,
            action: 'IMPORT',
            after: { file: file.originalname, rows: valid.length, created: valid.length - updated, updated },
            provinceId: actor.provinceId,
            clusterId: pledge.clusterId,
            year: pledge.year,
          });
          return { created: valid.length - updated, updated };
        },
      });
    };
    return dryRun ? run(this.dataSource.manager) : this.dataSource.transaction(run);
  }

  /** Rows whose province already has a value for that criterion and period: the import replaces it (and keeps it as before). */
  private async markReplaced(m: EntityManager, checked: CheckedRow[]): Promise<void> {
    if (!checked.length) return;
    const held = await this.storedResults(m, checked);
    for (const c of checked) {
      c.before = held.get(pledgeResultKey(c.record.provinceId, c.record.criterionId, c.record.period));
      c.replaces = !!c.before;
    }
  }

  /** The stored results of the rows' criteria and provinces, by pledgeResultKey: one query for the whole file. */
  private async storedResults(m: EntityManager, rows: readonly CheckedRow[]): Promise<Map<string, PledgeResultEntity>> {
    const stored = await m
      .getRepository(PledgeResultEntity)
      .createQueryBuilder('r')
      .where('r.criterion_id = ANY(:criteria) AND r.province_id = ANY(:provinces)', {
        criteria: [...new Set(rows.map((c) => c.record.criterionId))],
        provinces: [...new Set(rows.map((c) => c.record.provinceId))],
      })
      .getMany();
    return new Map(stored.map((r) => [pledgeResultKey(r.provinceId, r.criterionId, r.period), r]));
  }

  /**
   * Each replaced value's before and after, one entry per result as PUT /pledges/{id}/results writes them (new results
   * are covered by the IMPORT entry, which names the file and the counts).
   */
  private async auditReplaced(m: EntityManager, actor: Actor, pledge: PledgeEntity, valid: readonly CheckedRow[]): Promise<void> {
    const replaced = valid.filter((c) => c.before);
    if (!replaced.length) return;
    const after = await this.storedResults(m, replaced);
    for (const c of replaced) {
      const now = after.get(pledgeResultKey(c.record.provinceId, c.record.criterionId, c.record.period)) as PledgeResultEntity;
      await this.audit.record(m, actor, {
        entity: 'pledge_result',
        entityId: now.id,
        action: 'UPDATE',
        before: c.before,
        after: now,
        provinceId: now.provinceId,
        clusterId: pledge.clusterId,
        year: pledge.year,
      });
    }
  }

  /** Provinces that were members of the pledge's cluster in its year. */
  private async memberProvinces(pledge: PledgeEntity): Promise<ProvinceEntity[]> {
    const [ids, provinces] = await Promise.all([
      this.reference.memberProvinceIds(pledge.clusterId, pledge.year),
      this.reference.allProvinces(),
    ]);
    const members = new Set(ids);
    return provinces.filter((p) => members.has(p.id));
  }
}

function summary(c: CheckedRow): ImportedPledgeResult {
  return {
    row: c.row,
    provinceCode: c.provinceCode,
    criterionCode: c.criterionCode,
    period: c.record.period,
    targetValue: c.record.targetValue,
    actualValue: c.record.actualValue,
    note: c.record.note,
    replaces: c.replaces,
  };
}

import {
  ApproveCommendationDto,
  CommendationQueryDto,
  CommendationStatus,
  CommendationView,
  CreateCommendationDto,
  Page,
  Role,
} from '@tdkt/shared/contracts';
import {
  CommendationDraft,
  WorkflowAction,
  centralAwardNeedsProposal,
  checkCommendation,
  findTransition,
  isAuthorOf,
  isCentral,
  needsAnotherHand,
  recordTime,
  recordYear,
} from '@tdkt/shared/domain';
import {
  Actor,
  AuditService,
  CommendationListQuery,
  DOSSIER_CHECK,
  DossierCheck,
  FINDINGS_RUNNER,
  FindingsRunner,
  PeriodLocksService,
  ScopeService,
  hasRole,
  outOfScope,
  versionedDelete,
  versionedUpdate,
} from '@tdkt/api/access';
import { searchText, todayInVietnam } from '@tdkt/shared/util-text';
import { AwardTypeEntity, CommendationEntity, ReferenceLookupService, VoteEntity } from '@tdkt/api/database';
import { DomainError, fieldErrors, paginateLarge } from '@tdkt/api/core';
import { VoteReader } from '@tdkt/api/year-end';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { UpdateCommendationDto } from './update-commendation.dto';

/** Records per run of the findings after an import. */
const FINDINGS_BATCH = 500;

/** States in which the province may still correct a record (not while the council holds it, not once revoked). */
const EDITABLE = [CommendationStatus.DRAFT, CommendationStatus.RETURNED, CommendationStatus.APPROVED];

@Injectable()
export class CommendationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly locks: PeriodLocksService,
    private readonly listQuery: CommendationListQuery,
    private readonly votes: VoteReader,
    @Optional() @Inject(FINDINGS_RUNNER) private readonly findings?: FindingsRunner,
    @Optional() @Inject(DOSSIER_CHECK) private readonly dossier?: DossierCheck,
  ) {}

  async list(actor: Actor, query: CommendationQueryDto): Promise<Page<CommendationView>> {
    const qb = await this.listQuery.build(actor, query);
    const page = await paginateLarge(CommendationEntity, qb, query);
    return { ...page, items: await Promise.all(page.items.map((c) => this.toView(c))) };
  }

  /** Out of scope answers 404 like a missing record, so ids of other provinces' records reveal nothing. */
  async get(actor: Actor, id: string): Promise<CommendationView> {
    const found = await this.findReadable(actor, this.dataSource.manager, id);
    const view = await this.toView(found);
    // The result of the cluster vote it came from, beside the proposal (spec §9).
    return found.voteId ? { ...view, vote: await this.votes.summaryFor(found) } : view;
  }

  private async chairsVoteOf(actor: Actor, c: CommendationEntity): Promise<boolean> {
    if (!c.voteId || !hasRole(actor, Role.CLUSTER_CHAIR)) return false;
    const vote = await this.dataSource.getRepository(VoteEntity).findOneBy({ id: c.voteId });
    return vote !== null && vote.clusterId === actor.clusterId;
  }

  async create(actor: Actor, dto: CreateCommendationDto): Promise<CommendationView> {
    const award = await this.reference.awardType(dto.awardTypeCode);
    const status = dto.status ?? CommendationStatus.DRAFT;
    if (centralAwardNeedsProposal(status, award)) {
      throw new DomainError(
        'CENTRAL_AWARD_NEEDS_PROPOSAL',
        `${award.name} do cấp trung ương quyết định: hãy lập hồ sơ đề nghị (bản nháp) và trình Hội đồng`,
      );
    }
    const province = await this.reference.provinceOn(dto.provinceCode, dto.decisionDate ?? todayInVietnam());
    await this.scope.assertStaffOf(actor, province.id);
    const record: Partial<CommendationEntity> = {
      recipientKind: dto.recipientKind,
      recipientName: dto.recipientName,
      position: dto.position ?? null,
      organization: dto.organization ?? null,
      dateOfBirth: dto.dateOfBirth ?? null,
      provinceCluster: dto.provinceCluster ?? null,
      disciplineUntil: dto.disciplineUntil ?? null,
      pendingReview: dto.pendingReview ?? null,
      memberWarnedOrAbove: dto.memberWarnedOrAbove ?? null,
      provinceId: province.id,
      gender: dto.gender ?? null,
      ethnicMinority: dto.ethnicMinority ?? false,
      recipientClass: dto.recipientClass ?? null,
      awardTypeId: award.id,
      kind: dto.kind,
      movementId: dto.movementId ?? null,
      achievementYear: dto.achievementYear ?? null,
      decisionNumber: dto.decisionNumber ?? null,
      decisionDate: dto.decisionDate ?? null,
      decidingAuthority: dto.decidingAuthority ?? null,
      citation: dto.citation ?? null,
      status,
    };
    await this.check(record, award);
    record.searchText = searchText(record.recipientName, record.organization, record.decisionNumber);
    const saved = await this.dataSource.transaction(async (m) => {
      await this.locks.assertOpen(m, province.id, recordTime(record));
      const row = await m.getRepository(CommendationEntity).save(m.getRepository(CommendationEntity).create(record));
      // Findings never block a save (only R-RECIPIENT-KIND does, in check()); they are written with it, before the
      // audit entry: its table lock serialises every write in the country, so nothing slow may run under it.
      await this.findings?.runForCommendations(m, [row.id], todayInVietnam());
      await this.audit.record(m, actor, {
        entity: 'commendation',
        entityId: row.id,
        action: 'CREATE',
        after: auditable(row),
        provinceId: row.provinceId,
        year: recordYear(row),
      });
      return row;
    });
    return this.get(actor, saved.id);
  }

  /** Applies the given fields if the client's version is still current; otherwise 409 and nothing changes. */
  async update(actor: Actor, id: string, dto: UpdateCommendationDto): Promise<CommendationView> {
    const current = await this.findReadable(actor, this.dataSource.manager, id);
    await this.scope.assertStaffOf(actor, current.provinceId);
    const currentAward = (await this.reference.awardTypeById(current.awardTypeId)) as AwardTypeEntity;
    if (!EDITABLE.includes(current.status) || centralAwardNeedsProposal(current.status, currentAward)) {
      throw new DomainError('COMMENDATION_LOCKED_BY_STATUS', this.statusReason(current.status));
    }
    // Status changes only through the workflow steps (the DTO has no status).
    const { version, awardTypeCode, provinceCode, ...fields } = dto;
    const award = awardTypeCode ? await this.reference.awardType(awardTypeCode) : currentAward;
    if (current.status === CommendationStatus.APPROVED && isCentral(award) && awardTypeCode && award.id !== current.awardTypeId) {
      throw new DomainError('CENTRAL_AWARD_NEEDS_PROPOSAL', `Không thể đổi khen thưởng đã quyết định sang ${award.name} (cấp trung ương)`);
    }
    const merged: CommendationEntity = { ...current, ...stripUndefined(fields), awardTypeId: award.id };
    if (provinceCode || fields.decisionDate !== undefined) {
      const code = provinceCode ?? (await this.reference.provinceById(current.provinceId))?.code ?? '';
      merged.provinceId = (await this.reference.provinceOn(code, merged.decisionDate ?? todayInVietnam())).id;
    }
    if (merged.provinceId !== current.provinceId) await this.scope.assertStaffOf(actor, merged.provinceId);
    await this.check(merged, award, current.movementId);
    merged.searchText = searchText(merged.recipientName, merged.organization, merged.decisionNumber);
    const { id: _id, createdAt: _c, updatedAt: _u, version: _v, province: _p, awardType: _a, movement: _m, ...values } = merged;
    await this.dataSource.transaction(async (m) => {
      // Neither the period it leaves nor the one it enters may be locked.
      await this.locks.assertOpen(m, current.provinceId, recordTime(current));
      await this.locks.assertOpen(m, merged.provinceId, recordTime(merged));
      await this.write(m, actor, current, version, values, 'UPDATE');
    });
    return this.get(actor, id);
  }

  /** One workflow step (§2), checked against the transition table; 409 with the reason when not allowed. */
  async transition(
    actor: Actor,
    id: string,
    action: WorkflowAction,
    body: { version: number; reason?: string } & Partial<ApproveCommendationDto>,
  ): Promise<CommendationView> {
    const current = await this.findReadable(actor, this.dataSource.manager, id);
    const award = (await this.reference.awardTypeById(current.awardTypeId)) as AwardTypeEntity;
    const step = findTransition(action, current.status, isCentral(award));
    if (typeof step === 'string') throw new DomainError('INVALID_TRANSITION', step);
    // A proposal created from the cluster's vote is the cluster's: its chair submits it (spec §9) as the province's staff may.
    const byVoteChair = action === 'submit' && (await this.chairsVoteOf(actor, current));
    if (!byVoteChair && !hasRole(actor, step.role)) {
      throw outOfScope(
        step.central && step.role !== 'PROVINCE_STAFF'
          ? 'Chỉ thẩm định viên của Hội đồng Thi đua – Khen thưởng Trung ương thực hiện bước này'
          : 'Chỉ cán bộ của tỉnh thực hiện bước này',
      );
    }
    if (step.role === 'PROVINCE_STAFF' && !byVoteChair) await this.scope.assertStaffOf(actor, current.provinceId);
    if (needsAnotherHand(step)) await this.assertNotAuthor(actor, current.id);
    const values: Partial<CommendationEntity> = { status: step.to };
    if (step.needs === 'reason') values.statusReason = body.reason ?? null;
    if (step.needs === 'decision') {
      Object.assign(values, {
        decisionNumber: body.decisionNumber,
        decisionDate: body.decisionDate,
        decidingAuthority: body.decidingAuthority,
        statusReason: null,
      });
      const decided = { ...current, ...values } as CommendationEntity;
      decided.provinceId = (
        await this.reference.provinceOn(
          (await this.reference.provinceById(current.provinceId))?.code ?? '',
          decided.decisionDate ?? todayInVietnam(),
        )
      ).id;
      await this.check(decided, award, current.movementId);
      values.provinceId = decided.provinceId;
      values.searchText = searchText(decided.recipientName, decided.organization, decided.decisionNumber);
    }
    if (action === 'submit') values.statusReason = null;
    await this.dataSource.transaction(async (m) => {
      // A proposal goes to the council with its dossier (§10): 409 DOSSIER_INCOMPLETE naming what is missing.
      if (action === 'submit') await this.dossier?.assertComplete(m, id);
      // The period the record leaves and the one its decision puts it in (province resolved on the decision date).
      await this.locks.assertOpen(m, current.provinceId, recordTime(current));
      await this.locks.assertOpen(m, values.provinceId ?? current.provinceId, recordTime({ ...current, ...values }));
      await this.write(m, actor, current, body.version, values, action.toUpperCase());
    });
    return this.get(actor, id);
  }

  /** Only drafts are deleted; a decided award is revoked, never deleted. */
  async remove(actor: Actor, id: string, version?: number): Promise<void> {
    const current = await this.findReadable(actor, this.dataSource.manager, id);
    await this.scope.assertStaffOf(actor, current.provinceId);
    if (current.status !== CommendationStatus.DRAFT) {
      throw new DomainError('COMMENDATION_NOT_DRAFT', 'Chỉ xóa được hồ sơ ở trạng thái nháp; khen thưởng đã quyết định chỉ có thể thu hồi');
    }
    await this.dataSource.transaction(async (m) => {
      await this.locks.assertOpen(m, current.provinceId, recordTime(current));
      await versionedDelete(
        m,
        this.audit,
        actor,
        CommendationEntity,
        { id, version: version ?? current.version, where: 'status = :status', params: { status: CommendationStatus.DRAFT } },
        { entity: 'commendation', action: 'DELETE', before: auditable(current), provinceId: current.provinceId, year: recordYear(current) },
      );
    });
  }

  /** Applies values if `version` is still current, and audits before and after, in the caller's transaction. */
  private async write(
    m: EntityManager,
    actor: Actor,
    current: CommendationEntity,
    version: number,
    values: Partial<CommendationEntity>,
    action: string,
  ): Promise<void> {
    await versionedUpdate(
      m,
      this.audit,
      actor,
      CommendationEntity,
      { id: current.id, version },
      values,
      (after) => ({
        entity: 'commendation',
        action,
        before: auditable(current),
        after: auditable(after),
        provinceId: after.provinceId,
        year: recordYear(after),
      }),
      // The rules run before the audit entry takes the chain's lock; a submission counts from today (R-DEADLINE).
      () => this.runFindings(m, [current.id], action === 'SUBMIT' ? { submittedNow: [current.id] } : undefined),
    );
  }

  /**
   * Runs the eligibility rules on records just written (a create, an update, a workflow step, an import), in the
   * caller's transaction, in batches so that a 10,000-row import stays within sane query sizes.
   */
  async runFindings(m: EntityManager, ids: readonly string[], options?: { submittedNow?: string[] }): Promise<void> {
    if (!this.findings) return;
    const today = todayInVietnam();
    for (let i = 0; i < ids.length; i += FINDINGS_BATCH)
      await this.findings.runForCommendations(m, ids.slice(i, i + FINDINGS_BATCH), today, options);
  }

  /** `linkedBefore`: the movement the stored record already names (a link kept as it was is not checked again). */
  private async check(record: Partial<CommendationEntity>, award: AwardTypeEntity, linkedBefore?: string | null): Promise<void> {
    const errors = checkCommendation(record as CommendationDraft, award, todayInVietnam());
    // Another province's or another cluster's movement answers like an unknown one.
    const newLink = record.movementId && record.movementId !== linkedBefore;
    if (newLink && (!record.provinceId || !(await this.scope.movementLinkable(record.provinceId, record.movementId as string)))) {
      errors.push({ field: 'movementId', code: 'referenceNotFound', message: 'Không có phong trào thi đua này' });
    }
    if (errors.length) throw fieldErrors(errors);
  }

  /** Separation of duties: who created, imported, edited or submitted a proposal does not decide on it (403). */
  private async assertNotAuthor(actor: Actor, id: string): Promise<void> {
    const rows: Array<{ action: string }> = await this.dataSource.query(
      `SELECT DISTINCT action FROM audit_entries WHERE entity = 'commendation' AND entity_id = $1 AND actor_id = $2`,
      [id, actor.userId],
    );
    if (isAuthorOf(rows.map((r) => r.action))) {
      throw new DomainError(
        'SEPARATION_OF_DUTIES',
        'Bạn đã lập, sửa hoặc trình hồ sơ đề nghị này nên không được tự phê duyệt hoặc trả lại; một thẩm định viên khác của Hội đồng phải thực hiện bước này',
      );
    }
  }

  private async findReadable(actor: Actor, m: EntityManager, id: string): Promise<CommendationEntity> {
    const found = await m.getRepository(CommendationEntity).findOneBy({ id });
    if (!found || !(await this.scope.canRead(actor, found.provinceId, recordYear(found)))) {
      throw new DomainError('COMMENDATION_NOT_FOUND', 'Không tìm thấy hồ sơ khen thưởng');
    }
    return found;
  }

  private async toView(c: CommendationEntity): Promise<CommendationView> {
    const [province, award] = await Promise.all([this.reference.provinceById(c.provinceId), this.reference.awardTypeById(c.awardTypeId)]);
    return {
      id: c.id,
      recipientKind: c.recipientKind,
      recipientName: c.recipientName,
      position: c.position,
      organization: c.organization,
      dateOfBirth: c.dateOfBirth,
      provinceCluster: c.provinceCluster,
      disciplineUntil: c.disciplineUntil,
      pendingReview: c.pendingReview,
      memberWarnedOrAbove: c.memberWarnedOrAbove,
      provinceCode: province?.code ?? '',
      provinceName: province?.name ?? '',
      gender: c.gender,
      ethnicMinority: c.ethnicMinority,
      recipientClass: c.recipientClass,
      awardTypeCode: award?.code ?? '',
      awardTypeName: award?.name ?? '',
      level: award?.level ?? '',
      kind: c.kind,
      movementId: c.movementId,
      achievementYear: c.achievementYear,
      decisionNumber: c.decisionNumber,
      decisionDate: c.decisionDate,
      decidingAuthority: c.decidingAuthority,
      citation: c.citation,
      status: c.status,
      statusReason: c.statusReason,
      demo: c.isDemo,
      version: c.version,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }

  private statusReason(status: CommendationStatus): string {
    return status === CommendationStatus.SUBMITTED
      ? 'Hồ sơ đang được Hội đồng Thi đua – Khen thưởng Trung ương thẩm định, không thể sửa'
      : 'Khen thưởng đã bị thu hồi, không thể sửa';
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The record as the audit trail keeps it: its own columns, without loaded relations. */
function auditable(c: CommendationEntity): Omit<CommendationEntity, 'province' | 'awardType' | 'movement'> {
  const { province: _p, awardType: _a, movement: _m, ...rest } = c;
  return rest;
}

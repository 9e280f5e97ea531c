import {
  ClusterFiguresView,
  CreateReportDto,
  Period,
  ProvinceKind,
  ReportQueryDto,
  ReportSection,
  ReportStatistics,
  ReportStatus,
  ReportSummaryView,
  ReportVersionDto,
  ReportView,
  UpdateReportDto,
} from '@tdkt/shared/contracts';
import {
  DateRange,
  NarrativeMeeting,
  draftSections,
  editSections,
  periodLabelVi,
  periodRange,
  redraftSections,
  reportRange,
} from '@tdkt/shared/domain';
import { Actor, AuditService, PeriodLocksService, ReadScope, ScopeService, outOfScope, versionConflict } from '@tdkt/api/access';
import { ClusterEntity, MeetingEntity, PeriodLockEntity, ReferenceLookupService, ReportEntity } from '@tdkt/api/database';
import { DomainError, fieldErrors } from '@tdkt/api/core';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ReportFiguresService } from './report-figures.service';

const notFound = () => new DomainError('REPORT_NOT_FOUND', 'Không tìm thấy báo cáo');
const isFinal = () => new DomainError('REPORT_FINAL', 'Báo cáo đã hoàn thành, không thể thay đổi; hãy tạo dự thảo mới thay thế');
const FIGURES_READERS = 'Chỉ cụm trưởng của cụm thi đua này và Hội đồng Thi đua – Khen thưởng Trung ương xem số liệu tổng hợp của cụm';

/** A report with what its exports need besides its own columns. */
export interface LoadedReport {
  view: ReportView;
  clusterName: string;
  /** The cluster's own settings: issuing body, document symbol, signer (Decree 30/2020/NĐ-CP). */
  cluster: ClusterEntity;
  meeting: MeetingEntity | null;
  finalizedOn: string | null;
}

@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly locks: PeriodLocksService,
    private readonly figures: ReportFiguresService,
  ) {}

  /** The chair drafts the report of a cluster period; a final one of the same period is superseded, never changed. */
  async create(actor: Actor, dto: CreateReportDto): Promise<ReportView> {
    const cluster = await this.reference.cluster(dto.clusterCode, 'clusterCode');
    this.scope.assertChairOf(actor, cluster.id);
    const range = this.range(dto);
    if (!(await this.reference.memberProvinceIds(cluster.id, dto.year)).length) {
      throw new DomainError(
        'NO_MEMBERSHIP',
        `${cluster.name} chưa có danh sách thành viên năm ${dto.year}, nên chưa lập được báo cáo; đề nghị quản trị viên tạo danh sách thành viên năm ${dto.year} (chuyển tiếp từ năm ${dto.year - 1})`,
      );
    }
    const meeting = await this.meetingFor(cluster.id, dto);
    const statistics = await this.figures.compute(this.dataSource.manager, cluster.id, dto.year, dto.period, range);
    const sections = this.draft(cluster, dto.year, dto.period, range, statistics, await this.narrativeMeeting(meeting));
    const id = await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(ReportEntity);
      const draft = await repo.findOneBy({ clusterId: cluster.id, year: dto.year, period: dto.period, status: ReportStatus.DRAFT });
      if (draft)
        throw new DomainError(
          'DUPLICATE',
          `Đã có dự thảo báo cáo ${periodLabelVi(dto.year, dto.period)} của cụm; hãy sửa hoặc tính lại dự thảo đó`,
        );
      const superseded = await repo.findOne({
        where: { clusterId: cluster.id, year: dto.year, period: dto.period, status: ReportStatus.FINAL },
        order: { finalizedAt: 'DESC' },
      });
      const row = await repo.save(
        repo.create({
          clusterId: cluster.id,
          year: dto.year,
          period: dto.period,
          status: ReportStatus.DRAFT,
          meetingId: meeting?.id ?? null,
          cutoffDate: dto.cutoffDate ?? null,
          fromDate: range.from,
          toDate: range.to,
          sections,
          statistics,
          computedAt: new Date(),
          finalSnapshot: null,
          finalizedAt: null,
          finalizedBy: null,
          supersedesId: superseded?.id ?? null,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(m, actor, { ...this.auditTarget(row), action: 'CREATE', after: this.auditState(row) });
      return row.id;
    });
    return this.get(actor, id);
  }

  /**
   * A cluster period's figures, computed exactly as a new report's, without creating one. Readers as for reports;
   * the cluster is addressed by code (a public list), so an outsider is refused rather than told it does not exist.
   */
  async clusterFigures(actor: Actor, code: string, year: number, period: Period): Promise<ClusterFiguresView> {
    const scope = await this.scope.readScope(actor);
    if (!scope.all && !scope.clusterId) throw outOfScope(FIGURES_READERS);
    const cluster = await this.dataSource.getRepository(ClusterEntity).findOneBy({ code });
    if (!cluster) throw new DomainError('CLUSTER_NOT_FOUND', `Không có cụm thi đua mã ${code}`);
    if (!(await this.canReadReport(actor, cluster.id))) throw outOfScope(FIGURES_READERS);
    const range = reportRange(year, period);
    const statistics = await this.figures.compute(this.dataSource.manager, cluster.id, year, period, range);
    return { clusterCode: cluster.code, clusterName: cluster.name, year, period, from: range.from, to: range.to, statistics };
  }

  async list(actor: Actor, query: ReportQueryDto): Promise<ReportSummaryView[]> {
    const qb = this.dataSource
      .getRepository(ReportEntity)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.cluster', 'cluster')
      .orderBy('r.year', 'DESC')
      .addOrderBy('r.period', 'ASC')
      .addOrderBy('r.created_at', 'DESC');
    if (query.clusterCode) qb.andWhere('cluster.code = :code', { code: query.clusterCode });
    if (query.year) qb.andWhere('r.year = :year', { year: query.year });
    const own = this.reportCondition(await this.scope.readScope(actor));
    if (own) qb.andWhere(own.sql, own.params);
    return (await qb.getMany()).map((r) => ({
      id: r.id,
      clusterCode: (r.cluster as ClusterEntity).code,
      year: r.year,
      period: r.period,
      from: r.fromDate,
      to: r.toDate,
      status: r.status,
      version: r.version,
      supersedesId: r.supersedesId,
      finalizedAt: r.finalizedAt?.toISOString() ?? null,
      updatedAt: r.updatedAt.toISOString(),
    }));
  }

  async get(actor: Actor, id: string): Promise<ReportView> {
    return (await this.load(actor, id)).view;
  }

  /** The report and what its documents need (cluster name, meeting); readers as for `get`. */
  async load(actor: Actor, id: string): Promise<LoadedReport> {
    const row = await this.dataSource.getRepository(ReportEntity).findOne({ where: { id }, relations: { cluster: true, meeting: true } });
    if (!row || !(await this.canReadReport(actor, row.clusterId))) throw notFound();
    return {
      view: this.toView(row),
      clusterName: (row.cluster as ClusterEntity).name,
      cluster: row.cluster as ClusterEntity,
      meeting: row.meeting ?? null,
      finalizedOn: row.finalizedAt ? row.finalizedAt.toISOString().slice(0, 10) : null,
    };
  }

  /** The chair's edits of section texts; each edited section is kept when the figures are recomputed. */
  async update(actor: Actor, id: string, dto: UpdateReportDto): Promise<ReportView> {
    const keys = dto.sections.map((s) => s.key);
    if (new Set(keys).size !== keys.length) {
      throw fieldErrors([{ field: 'sections', code: 'duplicateKey', message: 'sections: mỗi mục chỉ được sửa một lần' }]);
    }
    await this.write(actor, id, dto.version, 'UPDATE', async (row) => {
      row.sections = editSections(row.sections, dto.sections);
    });
    return this.get(actor, id);
  }

  /** Recomputes the figures and redrafts the sections the chair has not edited. */
  async recompute(actor: Actor, id: string, dto: ReportVersionDto): Promise<ReportView> {
    const before = await this.writable(actor, id, dto.version);
    const range = { from: before.fromDate, to: before.toDate };
    const statistics = await this.figures.compute(this.dataSource.manager, before.clusterId, before.year, before.period, range);
    const meeting = before.meetingId ? await this.dataSource.getRepository(MeetingEntity).findOneBy({ id: before.meetingId }) : null;
    const narrativeMeeting = await this.narrativeMeeting(meeting);
    await this.write(actor, id, before.version, 'RECOMPUTE', async (row) => {
      row.statistics = statistics;
      row.sections = redraftSections(
        row.sections,
        this.narrativeInput(before.cluster as ClusterEntity, row.year, row.period, range, statistics, narrativeMeeting),
      );
      row.computedAt = new Date();
    });
    return this.get(actor, id);
  }

  /** Freezes text and figures and locks the period for the member provinces, in one audited transaction. */
  async finalize(actor: Actor, id: string, dto: ReportVersionDto): Promise<ReportView> {
    await this.write(actor, id, dto.version, 'FINALIZE', async (row, m) => {
      row.status = ReportStatus.FINAL;
      row.finalSnapshot = { sections: row.sections, statistics: row.statistics };
      row.finalizedAt = new Date();
      row.finalizedBy = actor.userId;
      await this.lockPeriod(m, actor, row);
    });
    return this.get(actor, id);
  }

  private async lockPeriod(m: EntityManager, actor: Actor, report: ReportEntity): Promise<void> {
    await this.locks.setLock(
      m,
      actor,
      { clusterId: report.clusterId, year: report.year, period: report.period },
      {
        locked: true,
        reason: `Báo cáo ${report.period === Period.H1 ? 'sơ kết' : 'tổng kết'} ${periodLabelVi(report.year, report.period)} đã hoàn thành`,
      },
    );
  }

  /** A report is the chair's document until it is sent out: its cluster's chair and the council read it, staff do not. */
  private async canReadReport(actor: Actor, clusterId: string): Promise<boolean> {
    const scope = await this.scope.readScope(actor);
    return scope.all || scope.clusterId === clusterId;
  }

  private reportCondition(scope: ReadScope): { sql: string; params: Record<string, unknown> } | null {
    return scope.all ? null : { sql: 'r.cluster_id = :reportCluster', params: { reportCluster: scope.clusterId } };
  }

  /** Loads a report the actor may change: readable, chaired by the actor, still a draft, at the expected version. */
  private async writable(actor: Actor, id: string, version: number | undefined): Promise<ReportEntity> {
    const row = await this.dataSource.getRepository(ReportEntity).findOne({ where: { id }, relations: { cluster: true } });
    if (!row || !(await this.canReadReport(actor, row.clusterId))) throw notFound();
    this.scope.assertChairOf(actor, row.clusterId);
    return this.assertDraft(row, version);
  }

  private assertDraft(row: ReportEntity, version: number | undefined): ReportEntity {
    if (row.status === ReportStatus.FINAL) throw isFinal();
    if (version !== undefined && version !== row.version) throw versionConflict();
    return row;
  }

  /**
   * Applies a change in one transaction and audits it. Scope is checked before; status and version again inside,
   * under a row lock, because another request may have finalized or edited the report meanwhile.
   */
  private async write(
    actor: Actor,
    id: string,
    version: number | undefined,
    action: string,
    change: (row: ReportEntity, m: EntityManager) => Promise<void>,
  ): Promise<void> {
    await this.writable(actor, id, version);
    await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(ReportEntity);
      const row = this.assertDraft(await repo.findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } }), version);
      const before = this.auditState(row);
      await change(row, m);
      await repo.save(row);
      await this.audit.record(m, actor, { ...this.auditTarget(row), action, before, after: this.auditState(row) });
    });
  }

  private range(dto: CreateReportDto): DateRange {
    const full = periodRange(dto.year, dto.period);
    if (dto.cutoffDate && (dto.cutoffDate < full.from || dto.cutoffDate > full.to)) {
      throw fieldErrors([
        {
          field: 'cutoffDate',
          code: 'outsidePeriod',
          message: `cutoffDate: ngày chốt số liệu phải nằm trong ${periodLabelVi(dto.year, dto.period)}`,
        },
      ]);
    }
    return reportRange(dto.year, dto.period, dto.cutoffDate);
  }

  /** The named meeting, which must be of this cluster period; otherwise the period's latest meeting, if any. */
  private async meetingFor(clusterId: string, dto: CreateReportDto): Promise<MeetingEntity | null> {
    const repo = this.dataSource.getRepository(MeetingEntity);
    if (!dto.meetingId) return repo.findOne({ where: { clusterId, year: dto.year, period: dto.period }, order: { date: 'DESC' } });
    const meeting = await repo.findOneBy({ id: dto.meetingId });
    if (!meeting || meeting.clusterId !== clusterId || meeting.year !== dto.year || meeting.period !== dto.period) {
      throw fieldErrors([
        { field: 'meetingId', code: 'meetingMismatch', message: 'meetingId: hội nghị không thuộc cụm và kỳ báo cáo này' },
      ]);
    }
    return meeting;
  }

  private draft(
    cluster: ClusterEntity,
    year: number,
    period: Period,
    range: DateRange,
    statistics: ReportStatistics,
    meeting: NarrativeMeeting | null,
  ): ReportSection[] {
    return draftSections(this.narrativeInput(cluster, year, period, range, statistics, meeting));
  }

  private narrativeInput(
    cluster: ClusterEntity,
    year: number,
    period: Period,
    range: DateRange,
    statistics: ReportStatistics,
    meeting: NarrativeMeeting | null,
  ) {
    return { clusterName: cluster.name, year, period, from: range.from, to: range.to, statistics, meeting };
  }

  /** The review meeting as the narrative names it: date, place, host ("tỉnh Hòa Bình", "thành phố Cần Thơ"), chair. */
  private async narrativeMeeting(m: MeetingEntity | null): Promise<NarrativeMeeting | null> {
    if (!m) return null;
    const host = await this.reference.provinceById(m.hostProvinceId);
    return {
      date: m.date,
      place: m.place,
      hostLabel: host ? `${host.kind === ProvinceKind.CITY ? 'thành phố' : 'tỉnh'} ${host.name}` : '',
      chairName: m.chairName,
      chairTitle: m.chairTitle,
    };
  }

  private auditTarget(row: ReportEntity) {
    return { entity: 'report', entityId: row.id, clusterId: row.clusterId, year: row.year };
  }

  /** What the trail keeps of a report: its state and text, not the bulky figures. */
  private auditState(row: ReportEntity) {
    return { status: row.status, version: row.version, sections: row.sections, cutoffDate: row.cutoffDate, computedAt: row.computedAt };
  }

  private toView(row: ReportEntity): ReportView {
    const frozen = row.finalSnapshot;
    return {
      id: row.id,
      clusterCode: (row.cluster as ClusterEntity).code,
      clusterName: (row.cluster as ClusterEntity).name,
      year: row.year,
      period: row.period,
      from: row.fromDate,
      to: row.toDate,
      cutoffDate: row.cutoffDate,
      meetingId: row.meetingId,
      status: row.status,
      version: row.version,
      sections: frozen ? frozen.sections : row.sections,
      statistics: frozen ? frozen.statistics : row.statistics,
      supersedesId: row.supersedesId,
      computedAt: row.computedAt.toISOString(),
      finalizedAt: row.finalizedAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

import {
  BallotChannel,
  CastBallotDto,
  CommendationKind,
  CommendationStatus,
  CommendationView,
  CreateVoteDto,
  DocumentKind,
  DocumentMediaType,
  FieldError,
  MembershipRole,
  ProvinceKind,
  RecipientKind,
  Role,
  VOTE_DEFAULTS,
  VoteQueryDto,
  VoteStatus,
  VoteView,
} from '@tdkt/shared/contracts';
import { ballotProblem, isCentral, percentVi, tallyVote } from '@tdkt/shared/domain';
import {
  Actor,
  AuditService,
  DOSSIER_ATTACHER,
  DossierAttacher,
  FINDINGS_RUNNER,
  FindingsRunner,
  PeriodLocksService,
  ScopeService,
  hasRole,
  outOfScope,
} from '@tdkt/api/access';
import {
  AwardTypeEntity,
  ClusterEntity,
  ClusterMembershipEntity,
  CommendationEntity,
  MeetingEntity,
  ProvinceEntity,
  ReferenceLookupService,
  VoteBallotEntity,
  VoteEntity,
  VoteRegisterEntity,
} from '@tdkt/api/database';
import { DomainError, fieldErrors } from '@tdkt/api/core';
import { ScoringReader, VoteReader } from '@tdkt/api/year-end';
import { searchText, todayInVietnam } from '@tdkt/shared/util-text';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { buildMinutesDocx } from './minutes-docx.builder';

const voteNotFound = () => new DomainError('VOTE_NOT_FOUND', 'Không tìm thấy cuộc bỏ phiếu');

/** Fisher–Yates with a cryptographic source: the order of the rewritten ballot box says nothing. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The cluster's secret-ballot vote (spec §9). The register (who voted, when, how) and the ballot box (choices only)
 * are separate tables with nothing to join them; no count is answered before the chair closes the vote.
 */
@Injectable()
export class VotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly locks: PeriodLocksService,
    private readonly scoring: ScoringReader,
    private readonly reader: VoteReader,
    @Optional() @Inject(FINDINGS_RUNNER) private readonly findings?: FindingsRunner,
    @Optional() @Inject(DOSSIER_ATTACHER) private readonly dossier?: DossierAttacher,
  ) {}

  async list(actor: Actor, query: VoteQueryDto): Promise<VoteView[]> {
    const qb = this.dataSource
      .getRepository(VoteEntity)
      .createQueryBuilder('v')
      .innerJoin('v.cluster', 'cluster')
      .orderBy('v.created_at', 'DESC');
    if (query.clusterCode) qb.andWhere('cluster.code = :code', { code: query.clusterCode });
    if (query.year) qb.andWhere('v.year = :year', { year: query.year });
    const own = this.scope.clusterCondition(await this.scope.readScope(actor), 'v.cluster_id', 'v.year');
    if (own) qb.andWhere(own.sql, own.params);
    const votes = await qb.getMany();
    const views: VoteView[] = [];
    for (const v of votes) views.push(await this.reader.view(v));
    return views;
  }

  async get(actor: Actor, id: string): Promise<VoteView> {
    return this.reader.view(await this.findReadable(actor, id));
  }

  /** The chair sets up a vote; candidates default to the top of the ranking, quorum and threshold to §9's defaults. */
  async create(actor: Actor, dto: CreateVoteDto): Promise<VoteView> {
    const cluster = await this.reference.cluster(dto.clusterCode);
    this.scope.assertChairOf(actor, cluster.id);
    const award = await this.reference.awardType(dto.awardTypeCode);
    const members = await this.reader.members(cluster.id, dto.year);
    const seats = dto.seats ?? VOTE_DEFAULTS.seats;
    const errors: FieldError[] = [];
    if (!members.length) errors.push({ field: 'year', code: 'noMembers', message: `Cụm chưa có thành viên năm ${dto.year}` });
    if (!isCentral(award) || !award.recipientKinds.includes(RecipientKind.COLLECTIVE)) {
      errors.push({
        field: 'awardTypeCode',
        code: 'notAClusterAward',
        message:
          'Cụm chỉ bình xét, suy tôn hình thức khen thưởng cấp trung ương dành cho tập thể (Cờ thi đua của Chính phủ, Bằng khen của Thủ tướng)',
      });
    }
    let candidates = dto.candidates;
    if (candidates) {
      candidates.forEach((code, i) => {
        if (!members.some((p) => p.code === code)) {
          errors.push({
            field: `candidates.${i}`,
            code: 'notAMember',
            message: `Tỉnh mã ${code} không là thành viên của cụm năm ${dto.year}`,
          });
        }
      });
    } else {
      const sheet = await this.scoring.sheet(cluster.id, dto.year);
      if (!sheet) {
        errors.push({ field: 'candidates', code: 'isNotEmpty', message: 'Cụm chưa có bảng xếp hạng năm này: hãy chọn các ứng viên' });
      } else {
        candidates = (await this.scoring.ranking(sheet)).filter((r) => r.rank <= seats + 2).map((r) => r.provinceCode);
      }
    }
    if (candidates && candidates.length < seats) {
      errors.push({ field: 'candidates', code: 'arrayMinSize', message: `Cần ít nhất ${seats} ứng viên cho ${seats} vị trí` });
    }
    if (dto.meetingId) {
      const meeting = await this.dataSource.getRepository(MeetingEntity).findOneBy({ id: dto.meetingId });
      if (!meeting || meeting.clusterId !== cluster.id || meeting.year !== dto.year) {
        errors.push({ field: 'meetingId', code: 'referenceNotFound', message: 'Không có hội nghị này của cụm trong năm' });
      }
    }
    if (errors.length) throw fieldErrors(errors);
    const saved = await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(VoteEntity);
      const row = await repo.save(
        repo.create({
          clusterId: cluster.id,
          year: dto.year,
          meetingId: dto.meetingId ?? null,
          title: dto.title,
          awardTypeId: award.id,
          seats,
          candidates: candidates ?? [],
          quorum: dto.quorum ?? VOTE_DEFAULTS.quorum,
          threshold: dto.threshold ?? VOTE_DEFAULTS.threshold,
          status: VoteStatus.DRAFT,
          result: null,
        }),
      );
      await this.audit.record(m, actor, {
        entity: 'vote',
        entityId: row.id,
        action: 'CREATE',
        after: row,
        clusterId: cluster.id,
        year: row.year,
      });
      return row;
    });
    return this.get(actor, saved.id);
  }

  /** DRAFT → OPEN: ballots are accepted from now on. */
  async open(actor: Actor, id: string): Promise<VoteView> {
    const vote = await this.findReadable(actor, id);
    this.scope.assertChairOf(actor, vote.clusterId);
    await this.dataSource.transaction(async (m) => {
      const current = await this.lock(m, id);
      if (current.status === VoteStatus.CLOSED) throw new DomainError('VOTE_CLOSED', 'Cuộc bỏ phiếu đã kết thúc, không thể thay đổi');
      if (current.status !== VoteStatus.DRAFT) throw new DomainError('INVALID_TRANSITION', 'Cuộc bỏ phiếu đang mở');
      await m.getRepository(VoteEntity).update({ id }, { status: VoteStatus.OPEN, openedAt: new Date(), version: current.version + 1 });
      await this.audit.record(m, actor, {
        entity: 'vote',
        entityId: id,
        action: 'OPEN',
        before: { status: current.status },
        after: { status: VoteStatus.OPEN },
        clusterId: current.clusterId,
        year: current.year,
      });
    });
    return this.get(actor, id);
  }

  /** OPEN → CLOSED: counts the ballots once and for all; the result never changes afterwards. */
  async close(actor: Actor, id: string): Promise<VoteView> {
    const vote = await this.findReadable(actor, id);
    this.scope.assertChairOf(actor, vote.clusterId);
    await this.dataSource.transaction(async (m) => {
      const current = await this.lock(m, id);
      if (current.status === VoteStatus.CLOSED) throw new DomainError('VOTE_CLOSED', 'Cuộc bỏ phiếu đã kết thúc, không thể thay đổi');
      if (current.status !== VoteStatus.OPEN) throw new DomainError('VOTE_NOT_OPEN', 'Cuộc bỏ phiếu chưa mở');
      const eligible = (await this.reader.members(current.clusterId, current.year, m)).length;
      const ballots: Array<{ choices: string[] }> = await m.query(`SELECT choices FROM vote_ballots WHERE vote_id = $1`, [id]);
      const t = tallyVote({
        candidates: current.candidates,
        ballots: ballots.map((b) => b.choices),
        eligible,
        seats: current.seats,
        quorum: current.quorum,
        threshold: current.threshold,
      });
      const result = {
        rows: t.rows.map((r) => ({ provinceCode: r.candidate, votes: r.votes, share: r.share, elected: r.elected })),
        cast: t.cast,
        eligible: t.eligible,
        quorumBallots: t.quorumBallots,
        thresholdVotes: t.thresholdVotes,
        quorumMet: t.quorumMet,
        elected: t.elected,
        tieAtLastSeat: t.tieAtLastSeat,
      };
      await m
        .getRepository(VoteEntity)
        .update({ id }, { status: VoteStatus.CLOSED, closedAt: new Date(), result, version: current.version + 1 });
      await this.audit.record(m, actor, {
        entity: 'vote',
        entityId: id,
        action: 'CLOSE',
        before: { status: current.status },
        after: { status: VoteStatus.CLOSED, result },
        clusterId: current.clusterId,
        year: current.year,
      });
    });
    return this.get(actor, id);
  }

  /**
   * One ballot per member province: online by its staff (`{choices}`), or entered by the chair from the paper ballot
   * (`{provinceCode, choices}`). The register row and the ballot are written in one transaction that also rewrites
   * the whole box in random order, so neither row order nor transaction ids tie a ballot to its register row.
   */
  async castBallot(actor: Actor, id: string, dto: CastBallotDto): Promise<VoteView> {
    const vote = await this.dataSource.getRepository(VoteEntity).findOneBy({ id });
    if (!vote) throw voteNotFound();
    if (!(await this.scope.canReadCluster(actor, vote.clusterId, vote.year)))
      throw outOfScope('Chỉ các tỉnh thành viên của cụm năm đó được bỏ phiếu');
    const members = await this.reader.members(vote.clusterId, vote.year);
    const { province, channel } = await this.voter(actor, vote, members, dto.provinceCode);
    this.assertOpen(vote);
    const problem = ballotProblem(dto.choices, vote.candidates, vote.seats);
    if (problem) {
      const message =
        problem === 'tooManyChoices'
          ? `Phiếu chỉ được chọn tối đa ${vote.seats} ứng viên`
          : problem === 'repeatedChoice'
            ? 'Một ứng viên được chọn hai lần'
            : 'Phiếu chọn tỉnh không có trong danh sách ứng viên';
      throw fieldErrors([{ field: 'choices', code: problem, message }]);
    }
    await this.dataSource.transaction(async (m) => {
      const current = await this.lock(m, id);
      this.assertOpen(current);
      if (await m.getRepository(VoteRegisterEntity).existsBy({ voteId: id, provinceId: province.id })) throw this.alreadyCast(province);
      await m
        .getRepository(VoteRegisterEntity)
        .insert({ voteId: id, provinceId: province.id, castAt: new Date(), channel, enteredBy: actor.userId || null });
      const box: Array<{ choices: string[] }> = await m.query(`SELECT choices FROM vote_ballots WHERE vote_id = $1`, [id]);
      await m.query(`DELETE FROM vote_ballots WHERE vote_id = $1`, [id]);
      const rewritten = shuffled([...box.map((b) => b.choices), [...dto.choices]]);
      await m.getRepository(VoteBallotEntity).insert(rewritten.map((choices) => ({ voteId: id, choices })));
      // The trail records that the province voted, never what it chose.
      await this.audit.record(m, actor, {
        entity: 'vote',
        entityId: id,
        action: 'BALLOT',
        after: { provinceCode: province.code, channel },
        provinceId: province.id,
        clusterId: current.clusterId,
        year: current.year,
      });
    });
    return this.get(actor, id);
  }

  /** The minutes of a closed vote, for whoever may read the vote. */
  async minutes(actor: Actor, id: string): Promise<{ filename: string; content: Buffer }> {
    await this.findReadable(actor, id);
    return this.minutesDocx(id);
  }

  /**
   * The minutes' bytes (biên bản họp bình xét, suy tôn) without a scope check: for the dossier of the proposals
   * created from the vote (attached as MINUTES), whose callers have checked their own scope.
   */
  async minutesDocx(id: string): Promise<{ filename: string; content: Buffer }> {
    const vote = await this.dataSource.getRepository(VoteEntity).findOneBy({ id });
    if (!vote) throw voteNotFound();
    if (vote.status !== VoteStatus.CLOSED || !vote.closedAt)
      throw new DomainError('VOTE_NOT_CLOSED', 'Biên bản chỉ lập được khi cuộc bỏ phiếu đã kết thúc');
    const view = await this.reader.view(vote);
    const chair = await this.dataSource
      .getRepository(ClusterMembershipEntity)
      .findOneBy({ clusterId: vote.clusterId, year: vote.year, role: MembershipRole.CHAIR });
    const chairProvince = chair ? await this.reference.provinceById(chair.provinceId) : undefined;
    const meeting = vote.meetingId ? await this.dataSource.getRepository(MeetingEntity).findOneBy({ id: vote.meetingId }) : null;
    const closedOn = new Date(vote.closedAt.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    const content = await buildMinutesDocx(view, {
      chairProvinceName: chairProvince?.name ?? '',
      closedOn,
      meeting: meeting ? { date: meeting.date, place: meeting.place, chairName: meeting.chairName, chairTitle: meeting.chairTitle } : null,
    });
    return { filename: `bien-ban-binh-xet-${view.clusterCode.toLowerCase()}-${vote.year}.docx`, content };
  }

  /** One central-level DRAFT proposal per elected province, linked to the vote; a second call is refused (409). */
  async nominations(actor: Actor, id: string): Promise<CommendationView[]> {
    const vote = await this.findReadable(actor, id);
    this.scope.assertChairOf(actor, vote.clusterId);
    if (vote.status !== VoteStatus.CLOSED || !vote.result)
      throw new DomainError('VOTE_NOT_CLOSED', 'Chỉ lập hồ sơ đề nghị từ cuộc bỏ phiếu đã kết thúc');
    if (!vote.result.elected.length) throw new DomainError('NO_ONE_ELECTED', 'Cuộc bỏ phiếu không suy tôn được đơn vị nào');
    const award = (await this.reference.awardTypeById(vote.awardTypeId)) as AwardTypeEntity;
    const cluster = await this.dataSource.getRepository(ClusterEntity).findOneByOrFail({ id: vote.clusterId });
    const members = await this.reader.members(vote.clusterId, vote.year);
    const result = vote.result;
    // The minutes go into each proposal's dossier (spec §10): the council reads the vote beside the proposal.
    const minutes = this.dossier ? await this.minutesDocx(id) : null;
    const ids = await this.dataSource.transaction(async (m) => {
      await this.lock(m, id);
      if (await m.getRepository(CommendationEntity).existsBy({ voteId: id })) {
        throw new DomainError('NOMINATIONS_EXIST', 'Đã lập hồ sơ đề nghị từ cuộc bỏ phiếu này');
      }
      const created: string[] = [];
      for (const code of result.elected) {
        const province = members.find((p) => p.code === code) as ProvinceEntity;
        const row = result.rows.find((r) => r.provinceCode === code);
        await this.locks.assertOpen(m, province.id, { year: vote.year });
        const recipientName = `Ủy ban nhân dân ${province.kind === ProvinceKind.CITY ? 'thành phố' : 'tỉnh'} ${province.name}`;
        const repo = m.getRepository(CommendationEntity);
        const saved = await repo.save(
          repo.create({
            recipientKind: RecipientKind.COLLECTIVE,
            recipientName,
            position: null,
            organization: null,
            provinceId: province.id,
            gender: null,
            ethnicMinority: false,
            recipientClass: null,
            awardTypeId: award.id,
            kind: CommendationKind.REGULAR,
            movementId: null,
            achievementYear: vote.year,
            decisionNumber: null,
            decisionDate: null,
            decidingAuthority: null,
            citation: `Đã có thành tích xuất sắc, dẫn đầu phong trào thi đua của ${cluster.name} năm ${vote.year}; được Cụm suy tôn với ${row?.votes ?? 0}/${result.eligible} phiếu (${percentVi(row?.share ?? 0)}).`,
            status: CommendationStatus.DRAFT,
            statusReason: null,
            searchText: searchText(recipientName, null, null),
            voteId: id,
          }),
        );
        const { province: _p, awardType: _a, movement: _mv, ...after } = saved;
        await this.audit.record(m, actor, {
          entity: 'commendation',
          entityId: saved.id,
          action: 'CREATE',
          after,
          provinceId: province.id,
          year: vote.year,
        });
        created.push(saved.id);
        if (minutes && this.dossier)
          await this.dossier.attachGenerated(
            saved.id,
            DocumentKind.MINUTES,
            minutes.filename,
            DocumentMediaType.DOCX,
            minutes.content,
            actor,
            m,
          );
      }
      await this.findings?.runForCommendations(m, created, todayInVietnam());
      return created;
    });
    const rows = await this.dataSource.getRepository(CommendationEntity).findBy(ids.map((cid) => ({ id: cid })));
    return Promise.all(ids.map((cid) => this.commendationView(rows.find((r) => r.id === cid) as CommendationEntity)));
  }

  /** As the commendation list answers a record. */
  private async commendationView(c: CommendationEntity): Promise<CommendationView> {
    const [province, award] = await Promise.all([this.reference.provinceById(c.provinceId), this.reference.awardTypeById(c.awardTypeId)]);
    return {
      id: c.id,
      recipientKind: c.recipientKind,
      recipientName: c.recipientName,
      position: c.position,
      organization: c.organization,
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

  /**
   * The province a ballot is for and how it came: the chair naming a member (paper ballot), or a staff user of a
   * member (online). A staff account holding several members' records (after a merger) names the province.
   */
  private async voter(
    actor: Actor,
    vote: VoteEntity,
    members: ProvinceEntity[],
    provinceCode: string | undefined,
  ): Promise<{ province: ProvinceEntity; channel: BallotChannel }> {
    if (provinceCode && hasRole(actor, Role.CLUSTER_CHAIR) && actor.clusterId === vote.clusterId) {
      const province = members.find((p) => p.code === provinceCode);
      if (!province)
        throw fieldErrors([
          { field: 'provinceCode', code: 'notAMember', message: `Tỉnh mã ${provinceCode} không là thành viên của cụm năm ${vote.year}` },
        ]);
      return { province, channel: BallotChannel.PAPER };
    }
    const family = hasRole(actor, Role.PROVINCE_STAFF) && actor.provinceId ? await this.scope.provinceFamily(actor.provinceId) : [];
    const own = members.filter((p) => family.includes(p.id) && (!provinceCode || p.code === provinceCode));
    if (!own.length) {
      throw outOfScope(
        hasRole(actor, Role.CLUSTER_CHAIR) && actor.clusterId === vote.clusterId
          ? 'Cụm trưởng nhập phiếu giấy phải ghi rõ tỉnh (provinceCode)'
          : 'Chỉ các tỉnh thành viên của cụm năm đó được bỏ phiếu',
      );
    }
    if (own.length > 1) {
      throw fieldErrors([
        { field: 'provinceCode', code: 'isNotEmpty', message: 'Tài khoản của bạn thuộc nhiều tỉnh thành viên: hãy chọn tỉnh bỏ phiếu' },
      ]);
    }
    return { province: own[0], channel: BallotChannel.ONLINE };
  }

  private assertOpen(vote: VoteEntity): void {
    if (vote.status === VoteStatus.DRAFT) throw new DomainError('VOTE_NOT_OPEN', 'Cuộc bỏ phiếu chưa mở');
    if (vote.status === VoteStatus.CLOSED) throw new DomainError('VOTE_CLOSED', 'Cuộc bỏ phiếu đã kết thúc, không nhận thêm phiếu');
  }

  private alreadyCast(province: ProvinceEntity): DomainError {
    return new DomainError('BALLOT_ALREADY_CAST', `Tỉnh ${province.name} đã bỏ phiếu; mỗi tỉnh chỉ có một phiếu`);
  }

  /** Serialises the ballots, the opening and the closing of one vote. */
  private async lock(m: EntityManager, id: string): Promise<VoteEntity> {
    const vote = await m
      .getRepository(VoteEntity)
      .createQueryBuilder('v')
      .setLock('pessimistic_write')
      .where('v.id = :id', { id })
      .getOne();
    if (!vote) throw voteNotFound();
    return vote;
  }

  private async findReadable(actor: Actor, id: string): Promise<VoteEntity> {
    const vote = await this.dataSource.getRepository(VoteEntity).findOneBy({ id });
    if (!vote || !(await this.scope.canReadCluster(actor, vote.clusterId, vote.year))) throw voteNotFound();
    return vote;
  }
}

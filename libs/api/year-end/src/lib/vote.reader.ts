import { CommendationVoteSummary, VoteStatus, VoteView, YearEndFigures } from '@tdkt/shared/contracts';
import { countNeeded } from '@tdkt/shared/domain';
import {
  ClusterEntity,
  CommendationEntity,
  ProvinceEntity,
  ReferenceLookupService,
  VoteEntity,
  VoteRegisterEntity,
} from '@tdkt/api/database';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ScoringReader, sheetView } from './scoring.reader';

/** Answers votes as the API shows them: before closing, the register (who voted) and never a count of choices. */
@Injectable()
export class VoteReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scoring: ScoringReader,
  ) {}

  /** The members of a cluster in a year, by code (codes are unique within one year's membership). */
  async members(clusterId: string, year: number, m: EntityManager = this.dataSource.manager): Promise<ProvinceEntity[]> {
    const rows: Array<{ province_id: string }> = await m.query(
      `SELECT province_id FROM cluster_memberships WHERE cluster_id = $1 AND year = $2`,
      [clusterId, year],
    );
    const all = await this.reference.allProvinces();
    return rows
      .map((r) => all.find((p) => p.id === r.province_id))
      .filter((p): p is ProvinceEntity => p !== undefined)
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  async view(vote: VoteEntity, m: EntityManager = this.dataSource.manager): Promise<VoteView> {
    const cluster = await m.getRepository(ClusterEntity).findOneByOrFail({ id: vote.clusterId });
    const award = await this.reference.awardTypeById(vote.awardTypeId);
    const members = await this.members(vote.clusterId, vote.year, m);
    const name = (code: string) => members.find((p) => p.code === code)?.name ?? code;
    const register = await m.getRepository(VoteRegisterEntity).findBy({ voteId: vote.id });
    const nominations = await m
      .getRepository(CommendationEntity)
      .find({ where: { voteId: vote.id }, select: { id: true, provinceId: true, status: true }, order: { createdAt: 'ASC' } });
    const result = vote.result;
    const eligible = result?.eligible ?? members.length;
    return {
      id: vote.id,
      clusterCode: cluster.code,
      clusterName: cluster.name,
      year: vote.year,
      meetingId: vote.meetingId,
      title: vote.title,
      awardTypeCode: award?.code ?? '',
      awardTypeName: award?.name ?? '',
      seats: vote.seats,
      candidates: vote.candidates.map((code) => ({ provinceCode: code, provinceName: name(code) })),
      quorum: vote.quorum,
      threshold: vote.threshold,
      eligible,
      quorumBallots: result?.quorumBallots ?? countNeeded(vote.quorum, eligible),
      thresholdVotes: result?.thresholdVotes ?? Math.max(1, countNeeded(vote.threshold, eligible)),
      status: vote.status,
      openedAt: vote.openedAt?.toISOString() ?? null,
      closedAt: vote.closedAt?.toISOString() ?? null,
      // Who has voted, never what: the register holds no choice and the box no province.
      register: members.map((p) => {
        const row = register.find((r) => r.provinceId === p.id);
        return { provinceCode: p.code, provinceName: p.name, voted: row !== undefined, channel: row?.channel ?? null };
      }),
      tally: result ? result.rows.map((r) => ({ ...r, provinceName: name(r.provinceCode) })) : [],
      cast: result?.cast ?? null,
      quorumMet: result?.quorumMet ?? null,
      elected: result?.elected ?? [],
      tieAtLastSeat: result?.tieAtLastSeat ?? false,
      nominations: await Promise.all(
        nominations.map(async (c) => ({
          commendationId: c.id,
          provinceCode: (await this.reference.provinceById(c.provinceId))?.code ?? '',
          status: c.status,
        })),
      ),
      version: vote.version,
    };
  }

  /** The vote's result for the province of a proposal created from it, for the reviewer; null when it has none. */
  async summaryFor(c: Pick<CommendationEntity, 'voteId' | 'provinceId'>): Promise<CommendationVoteSummary | null> {
    if (!c.voteId) return null;
    const vote = await this.dataSource.getRepository(VoteEntity).findOneBy({ id: c.voteId });
    if (!vote?.result || !vote.closedAt) return null;
    const code = (await this.reference.provinceById(c.provinceId))?.code;
    const row = vote.result.rows.find((r) => r.provinceCode === code);
    return {
      id: vote.id,
      title: vote.title,
      closedAt: vote.closedAt.toISOString(),
      eligible: vote.result.eligible,
      cast: vote.result.cast,
      quorumMet: vote.result.quorumMet,
      votes: row?.votes ?? 0,
      share: row?.share ?? 0,
      elected: row?.elected ?? false,
    };
  }

  /** `statistics.yearEnd` of an annual report: the sheet, each member's scores and rank, and the year's votes. */
  async yearEndFigures(clusterId: string, year: number): Promise<YearEndFigures | null> {
    const sheet = await this.scoring.sheet(clusterId, year);
    const votes = await this.dataSource.getRepository(VoteEntity).find({ where: { clusterId, year }, order: { createdAt: 'ASC' } });
    if (!sheet && !votes.length) return null;
    const cluster = await this.dataSource.getRepository(ClusterEntity).findOneByOrFail({ id: clusterId });
    const cards = sheet ? await this.scoring.rankedCards(sheet) : [];
    const views = await Promise.all(votes.map((v) => this.view(v)));
    return {
      sheet: sheet
        ? (({ criteria, bonuses, deductions, maxTotal, status }) => ({ criteria, bonuses, deductions, maxTotal, status }))(
            sheetView(sheet, cluster.code),
          )
        : null,
      scores: cards.map((c) => ({
        provinceCode: c.provinceCode,
        provinceName: c.provinceName,
        selfTotal: c.selfTotal,
        total: c.total,
        rank: c.rank,
        status: c.status,
        items: Object.fromEntries(c.items.map((i) => [i.code, i.score])),
      })),
      votes: views.map((v) => ({
        id: v.id,
        title: v.title,
        awardTypeCode: v.awardTypeCode,
        awardTypeName: v.awardTypeName,
        status: v.status,
        closedAt: v.closedAt,
        eligible: v.eligible,
        // A vote still running shows no count, here as everywhere.
        cast: v.status === VoteStatus.CLOSED ? v.cast : null,
        quorumMet: v.quorumMet,
        tally: v.tally,
        elected: v.elected,
      })),
    };
  }
}

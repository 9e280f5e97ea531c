import {
  Period,
  RankingRow,
  ScoreCardView,
  ScoreItemKind,
  ScoreItemView,
  ScoreMethod,
  ScoreSheetView,
  ScoringStatus,
} from '@tdkt/shared/contracts';
import { SheetItem, achievementRate, maxTotal, pledgeRateScore, rankByTotal, scoreTotals, scoringStatus } from '@tdkt/shared/domain';
import {
  ClusterEntity,
  PledgeCriterionEntity,
  PledgeEntity,
  PledgeResultEntity,
  ReferenceLookupService,
  ScoreCardEntity,
  ScoreSheetEntity,
  StoredScoreEntry,
} from '@tdkt/api/database';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A sheet's items in the order they are printed: criteria, then bonuses, then deductions. */
export function sheetItems(
  sheet: Pick<ScoreSheetEntity, 'criteria' | 'bonuses' | 'deductions'>,
): Array<SheetItem & { name: string; group: string | null; pledgeCriterionCode: string | null }> {
  return [
    ...sheet.criteria.map((c) => ({
      ...c,
      kind: ScoreItemKind.CRITERION,
      group: c.group,
      pledgeCriterionCode: c.pledgeCriterionCode ?? null,
    })),
    ...sheet.bonuses.map((b) => ({ ...b, kind: ScoreItemKind.BONUS, method: ScoreMethod.MANUAL, group: null, pledgeCriterionCode: null })),
    ...sheet.deductions.map((d) => ({
      ...d,
      kind: ScoreItemKind.DEDUCTION,
      method: ScoreMethod.MANUAL,
      group: null,
      pledgeCriterionCode: null,
    })),
  ];
}

export function sheetView(sheet: ScoreSheetEntity, clusterCode: string): ScoreSheetView {
  return {
    id: sheet.id,
    clusterCode,
    year: sheet.year,
    status: sheet.status,
    criteria: sheet.criteria.map((c) => ({ ...c, pledgeCriterionCode: c.pledgeCriterionCode ?? null })),
    bonuses: sheet.bonuses,
    deductions: sheet.deductions,
    maxTotal: maxTotal(sheetItems(sheet)),
    copiedFromYear: sheet.copiedFromYear,
    openedAt: sheet.openedAt?.toISOString() ?? null,
    closedAt: sheet.closedAt?.toISOString() ?? null,
    version: sheet.version,
  };
}

/** Reads score sheets and cards and computes totals and ranks with the domain's arithmetic; shared by the features and the FY report. */
@Injectable()
export class ScoringReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
  ) {}

  sheet(clusterId: string, year: number, m: EntityManager = this.dataSource.manager): Promise<ScoreSheetEntity | null> {
    return m.getRepository(ScoreSheetEntity).findOneBy({ clusterId, year });
  }

  /**
   * Achievement rate of each PLEDGE_RATE criterion for each province: the linked criterion of the cluster's pledge of
   * the sheet's year, its whole-year (FY) result. Keyed by province id, then item code.
   */
  async pledgeRates(
    sheet: ScoreSheetEntity,
    provinceIds: string[],
    m: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, Map<string, number | null>>> {
    const out = new Map(provinceIds.map((id) => [id, new Map<string, number | null>()]));
    const linked = sheet.criteria.filter((c) => c.method === ScoreMethod.PLEDGE_RATE && c.pledgeCriterionCode);
    if (!linked.length || !provinceIds.length) return out;
    const pledge = await m.getRepository(PledgeEntity).findOneBy({ clusterId: sheet.clusterId, year: sheet.year });
    const criteria = pledge ? await m.getRepository(PledgeCriterionEntity).findBy({ pledgeId: pledge.id }) : [];
    const results = criteria.length
      ? await m
          .getRepository(PledgeResultEntity)
          .createQueryBuilder('r')
          .where('r.criterion_id = ANY(:ids) AND r.province_id = ANY(:provinces) AND r.period = :period', {
            ids: criteria.map((c) => c.id),
            provinces: provinceIds,
            period: Period.FY,
          })
          .getMany()
      : [];
    for (const item of linked) {
      const criterion = criteria.find((c) => c.code === item.pledgeCriterionCode);
      for (const provinceId of provinceIds) {
        const r = criterion ? results.find((x) => x.criterionId === criterion.id && x.provinceId === provinceId) : undefined;
        out.get(provinceId)?.set(item.code, criterion && r ? achievementRate(criterion.targetKind, r.targetValue, r.actualValue) : null);
      }
    }
    return out;
  }

  /** One province's card as the API answers it. */
  async cardView(
    sheet: ScoreSheetEntity,
    cluster: ClusterEntity,
    provinceId: string,
    card: ScoreCardEntity | null,
    rates: Map<string, number | null>,
  ): Promise<ScoreCardView> {
    const province = await this.reference.provinceById(provinceId);
    const items = sheetItems(sheet);
    const entries = new Map<string, StoredScoreEntry>(Object.entries(card?.entries ?? {}));
    const computed = new Map(
      items
        .filter((i) => i.method === ScoreMethod.PLEDGE_RATE && i.kind === ScoreItemKind.CRITERION)
        .map((i) => [i.code, pledgeRateScore(i.maxPoints, rates.get(i.code) ?? null)]),
    );
    const totals = scoreTotals(items, entries, computed);
    const itemViews: ScoreItemView[] = items.map((item, n) => {
      const e = entries.get(item.code);
      const isComputed = computed.has(item.code);
      return {
        code: item.code,
        name: item.name,
        group: item.group,
        kind: item.kind,
        method: item.method,
        maxPoints: item.maxPoints,
        selfScore: isComputed ? null : (e?.selfScore ?? null),
        agreedScore: isComputed ? null : (e?.agreedScore ?? null),
        computedScore: isComputed ? (computed.get(item.code) ?? null) : null,
        rate: isComputed ? (rates.get(item.code) ?? null) : null,
        note: e?.note ?? null,
        comment: e?.comment ?? null,
        score: totals.items[n].counted,
      };
    });
    return {
      clusterCode: cluster.code,
      year: sheet.year,
      provinceCode: province?.code ?? '',
      provinceName: province?.name ?? '',
      sheetStatus: sheet.status,
      status: card ? scoringStatus(items, entries) : ScoringStatus.NOT_SCORED,
      items: itemViews,
      selfTotal: totals.selfTotal,
      total: totals.total,
      updatedAt: card?.updatedAt.toISOString() ?? null,
      version: card?.version ?? 0,
    };
  }

  /** Every member's card of the sheet's year, in ranking order, with ranks (equal totals share one). */
  async rankedCards(sheet: ScoreSheetEntity, m: EntityManager = this.dataSource.manager): Promise<Array<ScoreCardView & { rank: number }>> {
    const cluster = await m.getRepository(ClusterEntity).findOneByOrFail({ id: sheet.clusterId });
    const memberIds = await this.reference.memberProvinceIds(sheet.clusterId, sheet.year);
    const cards = await m.getRepository(ScoreCardEntity).findBy({ sheetId: sheet.id });
    const rates = await this.pledgeRates(sheet, memberIds, m);
    const views = await Promise.all(
      memberIds.map((id) => this.cardView(sheet, cluster, id, cards.find((c) => c.provinceId === id) ?? null, rates.get(id) ?? new Map())),
    );
    return rankByTotal(views.map((v) => ({ ...v, key: v.provinceCode }))).map(({ key: _key, ...v }) => v);
  }

  async ranking(sheet: ScoreSheetEntity, m: EntityManager = this.dataSource.manager): Promise<RankingRow[]> {
    return (await this.rankedCards(sheet, m)).map((c) => ({
      provinceCode: c.provinceCode,
      provinceName: c.provinceName,
      selfTotal: c.selfTotal,
      total: c.total,
      rank: c.rank,
      status: c.status,
    }));
  }
}

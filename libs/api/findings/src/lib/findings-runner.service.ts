import { AwardLevel, FindingSeverity, FindingStatus, MatchDecision, RunFindingsResult } from '@tdkt/shared/contracts';
import {
  AwardFact,
  CLUSTER_VOTED_AWARDS,
  ELIGIBILITY_RULES,
  RULE_SET_VERSION,
  RuleEvaluation,
  VoteFact,
  evaluateRules,
  OrganizationRenameIndex,
  matchHistory,
  organizationRenameIndex,
  provinceFamilies,
  recordYear,
} from '@tdkt/shared/domain';
import { foldVietnamese } from '@tdkt/shared/util-text';
import { AwardTypeEntity, CommendationEntity, FindingEntity, OrganizationRenameEntity, ProvinceEntity, StoredTally } from '@tdkt/api/database';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Reference rows the run needs, read through the run's own manager (on PGlite the transaction holds the only connection). */
export interface RunReference {
  awardTypes: Map<string, AwardTypeEntity>;
  provinces: Map<string, ProvinceEntity>;
  families: Map<string, string>;
  /** Organisation renames, so a recipient recorded under an old and a new organisation name matches. */
  renames: OrganizationRenameIndex;
}

export interface RecipientHistory {
  subject: CommendationEntity;
  /** Every candidate with the same folded name in the province family, or linked by a reviewer's decision. */
  candidates: CommendationEntity[];
  decisions: Map<string, MatchDecision>;
  history: CommendationEntity[];
}

/** Namesakes read per recipient name: far above any one person's awards, small enough to stay fast. */
export const NAMESAKE_LIMIT = 500;

/** Runs the eligibility rules over commendations and keeps the findings table in step; pure rules, SQL here. */
@Injectable()
export class FindingsRunnerService {
  async reference(m: EntityManager): Promise<RunReference> {
    const [types, provinces, renames] = await Promise.all([
      m.getRepository(AwardTypeEntity).find(),
      m.getRepository(ProvinceEntity).find(),
      m.getRepository(OrganizationRenameEntity).find(),
    ]);
    const families = provinceFamilies(provinces);
    return {
      awardTypes: new Map(types.map((t) => [t.id, t])),
      provinces: new Map(provinces.map((p) => [p.id, p])),
      families,
      renames: organizationRenameIndex(renames, families),
    };
  }

  /** Each subject's recipient history, matched by folded name, organisation (under its newest name), province family, date of birth where both have one, and reviewers' decisions. */
  async histories(m: EntityManager, subjects: CommendationEntity[], ref: RunReference): Promise<RecipientHistory[]> {
    if (!subjects.length) return [];
    const ids = subjects.map((s) => s.id);
    const decisionRows: Array<{ commendation_id: string; matched_id: string; decision: MatchDecision }> = await m.query(
      `SELECT commendation_id, matched_id, decision FROM recipient_matches WHERE commendation_id = ANY($1) OR matched_id = ANY($1)`,
      [ids],
    );
    // Exact folded name through its index (tdkt_fold mirrors foldVietnamese), at most NAMESAKE_LIMIT per name,
    // those of the subjects' province families first: a one-letter name no longer reads every name starting with it.
    const names = [...new Set(subjects.map((s) => s.recipientName))];
    const familyRoots = new Set(subjects.map((s) => ref.families.get(s.provinceId) ?? s.provinceId));
    const familyIds = [...ref.families].filter(([, root]) => familyRoots.has(root)).map(([id]) => id);
    const namesakeRows: Array<{ id: string }> = await m.query(
      `SELECT n.id FROM (SELECT DISTINCT tdkt_fold(raw) AS name FROM unnest($1::text[]) AS s(raw)) s
       CROSS JOIN LATERAL (
         SELECT c.id FROM commendations c WHERE tdkt_fold(c.recipient_name) = s.name
          ORDER BY (c.province_id = ANY($2::uuid[])) DESC, c.decision_date DESC NULLS LAST, c.id
          LIMIT $3) n`,
      [names, familyIds, NAMESAKE_LIMIT],
    );
    const linked = [...new Set(decisionRows.flatMap((d) => [d.commendation_id, d.matched_id]))];
    const candidateIds = [...new Set([...namesakeRows.map((r) => r.id), ...linked])];
    const candidates = candidateIds.length
      ? await m.getRepository(CommendationEntity).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids: candidateIds }).getMany()
      : [];
    const byName = new Map<string, CommendationEntity[]>();
    for (const c of candidates) {
      const name = foldVietnamese(c.recipientName);
      byName.set(name, [...(byName.get(name) ?? []), c]);
    }
    const byId = new Map(candidates.map((c) => [c.id, c]));
    return subjects.map((subject) => {
      const decisions = new Map<string, MatchDecision>();
      for (const d of decisionRows) {
        if (d.commendation_id === subject.id) decisions.set(d.matched_id, d.decision);
        else if (d.matched_id === subject.id) decisions.set(d.commendation_id, d.decision);
      }
      const pool = new Map((byName.get(foldVietnamese(subject.recipientName)) ?? []).map((c) => [c.id, c]));
      for (const id of decisions.keys()) {
        const c = byId.get(id);
        if (c) pool.set(id, c);
      }
      const all = [...pool.values()];
      return { subject, candidates: all, decisions, history: matchHistory(subject, all, ref.families, decisions, ref.renames) };
    });
  }

  /** Runs every rule on the given commendations and on the rest of their recipients' histories. */
  /** `submittedNow`: ids being submitted in this transaction, whose audit entry is not written yet (R-DEADLINE counts from today). */
  async runForCommendations(
    m: EntityManager,
    ids: string[],
    today: string,
    options: { submittedNow?: string[] } = {},
  ): Promise<RunFindingsResult> {
    const ref = await this.reference(m);
    const seeds = await m.getRepository(CommendationEntity).findBy(ids.map((id) => ({ id })));
    // A change to one award can open or clear findings on the recipient's other awards (a CSTĐCS feeds a CSTĐ tỉnh).
    const related = (await this.histories(m, seeds, ref)).flatMap((h) => h.history);
    const subjects = [...new Map([...seeds, ...related].map((c) => [c.id, c])).values()];
    return this.run(m, subjects, ref, today, options.submittedNow);
  }

  async run(
    m: EntityManager,
    subjects: CommendationEntity[],
    ref: RunReference,
    today: string,
    submittedNow: string[] = [],
  ): Promise<RunFindingsResult> {
    const result: RunFindingsResult = {
      checked: subjects.length,
      opened: 0,
      updated: 0,
      cleared: 0,
      open: 0,
      ruleVersion: RULE_SET_VERSION,
    };
    if (!subjects.length) return result;
    const ids = subjects.map((s) => s.id);
    const [histories, peers, blocPeers, submitted, existing, votes] = await Promise.all([
      this.histories(m, subjects, ref),
      this.clusterPeers(m, subjects, ref),
      this.provinceClusterPeers(m, subjects, ref),
      this.submissionDates(m, ids, submittedNow, today),
      m.getRepository(FindingEntity).createQueryBuilder('f').where('f.commendation_id = ANY(:ids)', { ids }).getMany(),
      this.clusterVotes(m, subjects, ref),
    ]);
    const fact = (c: CommendationEntity): AwardFact => toFact(c, ref, submitted.get(c.id) ?? null);
    const now = new Date();
    const byKey = new Map(existing.map((f) => [`${f.commendationId}|${f.ruleId}`, f]));
    const writes: FindingEntity[] = [];
    const versions = new Map(ELIGIBILITY_RULES.map((r) => [r.id, r.version]));
    for (const h of histories) {
      const s = h.subject;
      const evaluations = evaluateRules({
        subject: fact(s),
        history: h.history.map(fact),
        clusterPeers: [...(peers.get(s.id) ?? []), ...(blocPeers.get(s.id) ?? [])].map(fact),
        today,
        votes: votes.get(s.id) ?? [],
      });
      const seen = new Set<string>();
      for (const e of evaluations) {
        seen.add(e.ruleId);
        const f = byKey.get(`${s.id}|${e.ruleId}`);
        const change = e.holds ? clearIfOpen(f, e, now) : openOrRefresh(f, e, s, now);
        if (!change) continue;
        result[change.counter] += 1;
        writes.push(change.row);
      }
      // Rules that no longer apply (award changed, revoked) leave nothing open behind.
      for (const f of existing.filter((x) => x.commendationId === s.id && !seen.has(x.ruleId) && x.status !== FindingStatus.CLEARED)) {
        Object.assign(f, autoCleared(now), { explanation: `${f.explanation} (Quy tắc không còn áp dụng cho hồ sơ này.)` });
        result.cleared += 1;
        writes.push(f);
      }
    }
    for (const w of writes) {
      const c = subjects.find((s) => s.id === w.commendationId);
      if (c)
        Object.assign(w, {
          provinceId: c.provinceId,
          year: recordYear(c),
          lastRunAt: now,
          ruleVersion: versions.get(w.ruleId) ?? RULE_SET_VERSION,
        });
    }
    if (writes.length) await m.getRepository(FindingEntity).save(writes, { chunk: 200 });
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM findings WHERE commendation_id = ANY($1) AND status = 'OPEN'`, [ids]);
    result.open = n;
    return result;
  }

  /** For each Government flag, the other flags of the same cluster and year (R-CO-CP-ONE-PER-CLUSTER). */
  private async clusterPeers(
    m: EntityManager,
    subjects: CommendationEntity[],
    ref: RunReference,
  ): Promise<Map<string, CommendationEntity[]>> {
    const flagType = [...ref.awardTypes.values()].find((t) => t.code === 'CO_THI_DUA_CHINH_PHU');
    const flags = subjects.filter((s) => s.awardTypeId === flagType?.id && s.achievementYear !== null);
    const out = new Map<string, CommendationEntity[]>();
    if (!flagType || !flags.length) return out;
    const rows: Array<{ id: string; cluster_id: string }> = await m.query(
      `SELECT c.id, cm.cluster_id FROM commendations c
         JOIN cluster_memberships cm ON cm.province_id = c.province_id AND cm.year = c.achievement_year
        WHERE c.award_type_id = $1 AND c.achievement_year = ANY($2)`,
      [flagType.id, [...new Set(flags.map((f) => f.achievementYear))]],
    );
    const all = await m.getRepository(CommendationEntity).findBy(rows.map((r) => ({ id: r.id })));
    const byId = new Map(all.map((c) => [c.id, c]));
    for (const f of flags) {
      const clusters = rows.filter((r) => r.id === f.id).map((r) => r.cluster_id);
      const peers = rows.filter((r) => r.id !== f.id && clusters.includes(r.cluster_id)).map((r) => byId.get(r.id));
      out.set(
        f.id,
        peers.filter((p): p is CommendationEntity => p !== undefined && p.achievementYear === f.achievementYear),
      );
    }
    return out;
  }

  /**
   * For each Government flag or Prime Minister's certificate to a collective, the closed votes of its province's
   * cluster in its achievement year, and the vote it was created from (R-CO-CP-ONE-PER-CLUSTER v2, R-CLUSTER-VOTE-ELECTED).
   */
  private async clusterVotes(m: EntityManager, subjects: CommendationEntity[], ref: RunReference): Promise<Map<string, VoteFact[]>> {
    const out = new Map<string, VoteFact[]>();
    const voted = [...ref.awardTypes.values()].filter((t) => (CLUSTER_VOTED_AWARDS as readonly string[]).includes(t.code)).map((t) => t.id);
    const concerned = subjects.filter((s) => voted.includes(s.awardTypeId) && (s.achievementYear !== null || s.voteId));
    if (!concerned.length) return out;
    const rows: Array<{ id: string; cluster_id: string; year: number; title: string; award_type_id: string; result: StoredTally }> =
      await m.query(
        `SELECT v.id, v.cluster_id, v.year, v.title, v.award_type_id, v.result FROM votes v
        WHERE v.status = 'CLOSED' AND (v.id = ANY($1) OR EXISTS (
          SELECT 1 FROM cluster_memberships cm WHERE cm.cluster_id = v.cluster_id AND cm.year = v.year AND cm.province_id = ANY($2) AND cm.year = ANY($3)))`,
        [
          concerned.map((s) => s.voteId).filter((id): id is string => !!id),
          [...new Set(concerned.map((s) => s.provinceId))],
          [...new Set(concerned.map((s) => s.achievementYear).filter((y): y is number => y !== null))],
        ],
      );
    if (!rows.length) return out;
    const members: Array<{ cluster_id: string; year: number; province_id: string }> = await m.query(
      `SELECT cluster_id, year, province_id FROM cluster_memberships WHERE cluster_id = ANY($1) AND year = ANY($2)`,
      [[...new Set(rows.map((r) => r.cluster_id))], [...new Set(rows.map((r) => r.year))]],
    );
    const facts = rows.map((r) => {
      const ofVote = members.filter((x) => x.cluster_id === r.cluster_id && x.year === r.year).map((x) => ref.provinces.get(x.province_id));
      const elected = r.result.elected
        .map((code) => ofVote.find((p) => p?.code === code))
        .filter((p): p is ProvinceEntity => p !== undefined);
      const fact: VoteFact = {
        id: r.id,
        title: r.title,
        awardCode: ref.awardTypes.get(r.award_type_id)?.code ?? '',
        year: r.year,
        quorumMet: r.result.quorumMet,
        electedProvinceIds: elected.map((p) => p.id),
        electedNames: elected.map((p) => p.name),
        eligible: r.result.eligible,
      };
      return { fact, clusterId: r.cluster_id };
    });
    for (const s of concerned) {
      const clusters = members.filter((x) => x.province_id === s.provinceId && x.year === s.achievementYear).map((x) => x.cluster_id);
      out.set(
        s.id,
        facts
          .filter((f) => f.fact.id === s.voteId || (clusters.includes(f.clusterId) && f.fact.year === s.achievementYear))
          .map((f) => f.fact),
      );
    }
    return out;
  }

  /** For each yearly provincial flag with a recorded bloc, the other provincial flags of its province family and year (Art. 26.1). */
  private async provinceClusterPeers(
    m: EntityManager,
    subjects: CommendationEntity[],
    ref: RunReference,
  ): Promise<Map<string, CommendationEntity[]>> {
    const flagType = [...ref.awardTypes.values()].find((t) => t.code === 'CO_THI_DUA_TINH');
    const flags = subjects.filter((s) => s.awardTypeId === flagType?.id && s.achievementYear !== null && s.provinceCluster);
    const out = new Map<string, CommendationEntity[]>();
    if (!flagType || !flags.length) return out;
    const rows = await m
      .getRepository(CommendationEntity)
      .createQueryBuilder('c')
      .where('c.award_type_id = :type', { type: flagType.id })
      .andWhere('c.achievement_year = ANY(:years)', { years: [...new Set(flags.map((f) => f.achievementYear))] })
      .andWhere('c.province_cluster IS NOT NULL')
      .getMany();
    const family = (id: string) => ref.families.get(id) ?? id;
    for (const f of flags) {
      out.set(
        f.id,
        rows.filter((r) => r.id !== f.id && r.achievementYear === f.achievementYear && family(r.provinceId) === family(f.provinceId)),
      );
    }
    return out;
  }

  /** The last submission to the council, from the audit trail (R-DEADLINE). */
  private async submissionDates(m: EntityManager, ids: string[], submittedNow: string[], today: string): Promise<Map<string, string>> {
    const rows: Array<{ entity_id: string; at: string }> = await m.query(
      `SELECT entity_id, max(at) AS at FROM audit_entries WHERE entity = 'commendation' AND action = 'SUBMIT' AND entity_id = ANY($1) GROUP BY entity_id`,
      [ids],
    );
    return new Map([
      ...rows.map((r): [string, string] => [r.entity_id, toVietnamDate(r.at)]),
      ...submittedNow.map((id): [string, string] => [id, today]),
    ]);
  }
}

export function toFact(c: CommendationEntity, ref: RunReference, submittedOn: string | null = null): AwardFact {
  const type = ref.awardTypes.get(c.awardTypeId);
  return {
    id: c.id,
    achievementYear: c.achievementYear,
    awardCode: type?.code ?? '',
    awardName: type?.name ?? '',
    category: type?.category,
    decidingAuthority: c.decidingAuthority,
    decisionDate: c.decisionDate,
    kind: c.kind,
    level: type?.level ?? AwardLevel.GRASSROOTS,
    provinceName: ref.provinces.get(c.provinceId)?.name,
    recipientKinds: type?.recipientKinds ?? [],
    recipientKind: c.recipientKind,
    recipientName: c.recipientName,
    status: c.status,
    submittedOn,
    provinceId: c.provinceId,
    voteId: c.voteId ?? null,
    provinceCluster: c.provinceCluster,
    disciplineUntil: c.disciplineUntil,
    pendingReview: c.pendingReview,
    memberWarnedOrAbove: c.memberWarnedOrAbove,
  };
}

/** Audit timestamps are UTC ISO strings; deadlines are Vietnamese calendar days (UTC+7). */
function toVietnamDate(iso: string): string {
  return new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

const autoCleared = (now: Date) => ({ status: FindingStatus.CLEARED, reviewerId: null, reviewedAt: null, comment: null, lastRunAt: now });

type Change = { row: FindingEntity; counter: 'opened' | 'updated' | 'cleared' } | null;

/** A rule that holds again clears its finding, even a confirmed one: the facts the reviewer confirmed have changed. */
export function clearIfOpen(f: FindingEntity | undefined, e: RuleEvaluation, now: Date): Change {
  if (!f || f.status === FindingStatus.CLEARED) return null;
  Object.assign(f, autoCleared(now), { explanation: e.explanation, evidenceIds: e.evidenceIds, evidenceNeeded: [], branch: e.branch });
  return { row: f, counter: 'cleared' };
}

/** A failing rule opens a finding, refreshes an open or confirmed one, and reopens one cleared on other facts. */
export function openOrRefresh(f: FindingEntity | undefined, e: RuleEvaluation, c: CommendationEntity, now: Date): Change {
  const severity = e.severity as FindingSeverity;
  const same = f && f.explanation === e.explanation && f.severity === severity && f.ruleVersion === e.ruleVersion;
  if (f && same && f.status !== FindingStatus.CLEARED) return null;
  // A reviewer's clearing stands while the facts read the same; the run's own clearing never does.
  if (f && same && f.reviewerId) return null;
  const row = f ?? Object.assign(new FindingEntity(), { commendationId: c.id, ruleId: e.ruleId });
  const reopened = !f || f.status === FindingStatus.CLEARED;
  Object.assign(row, {
    severity,
    explanation: e.explanation,
    evidenceIds: e.evidenceIds,
    evidenceNeeded: e.evidenceNeeded,
    branch: null,
    lastRunAt: now,
  });
  if (reopened) Object.assign(row, { status: FindingStatus.OPEN, reviewerId: null, reviewedAt: null, comment: null });
  return { row, counter: f && !reopened ? 'updated' : 'opened' };
}

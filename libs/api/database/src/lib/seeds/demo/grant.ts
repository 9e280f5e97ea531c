import { CommendationKind, CommendationStatus } from '@tdkt/shared/contracts';
import { searchText } from '@tdkt/shared/util-text';
import { CommendationEntity } from '../../entities';
import { Authority, authorityFor, decisionNumber } from './authorities';
import { DemoContext, DemoProvince } from './context';
import { Recipient } from './recipients';

export type NewCommendation = Omit<
  CommendationEntity,
  'awardType' | 'createdAt' | 'id' | 'imported' | 'movement' | 'province' | 'updatedAt' | 'version'
>;

/** Why the council returned a proposal, or why an award was revoked. */
const STATUS_REASONS: Record<string, string> = {
  [CommendationStatus.RETURNED]:
    'Báo cáo thành tích chưa nêu rõ số liệu và hiệu quả của các giải pháp, sáng kiến; đề nghị bổ sung và trình lại.',
  [CommendationStatus.REVOKED]: 'Thu hồi do phát hiện kê khai thành tích không trung thực.',
};

export interface GrantSpec {
  achievementYear: number | null;
  /** Overrides the authority the award's level implies (two offices commending one teacher). */
  authority?: Authority;
  award: string;
  citation: string;
  /** The decision date; absent for proposals still in the council workflow. */
  decidedOn?: string;
  kind: CommendationKind;
  movementId?: string | null;
  province: DemoProvince;
  recipient: Recipient;
  /** APPROVED when decided, DRAFT when not, unless given (SUBMITTED, RETURNED, REVOKED). */
  status?: CommendationStatus;
}

/** One commendation row; refuses an award that does not apply to the recipient kind (rule R-RECIPIENT-KIND blocks it too). */
export function grant(ctx: DemoContext, spec: GrantSpec): NewCommendation {
  const type = ctx.awardTypes.get(spec.award);
  if (!type) throw new Error(`demo data: award type ${spec.award} is not in the catalogue`);
  const r = spec.recipient;
  if (!type.recipientKinds.includes(r.kind)) throw new Error(`demo data: ${spec.award} does not apply to ${r.kind}`);
  const authority = spec.authority ?? authorityFor(type.level, spec.province.name, r.authority);
  const decided = spec.decidedOn !== undefined;
  const number = decided ? decisionNumber(authority, spec.decidedOn as string) : null;
  return {
    recipientKind: r.kind,
    recipientName: r.name,
    position: r.position,
    organization: r.organization,
    dateOfBirth: null,
    provinceCluster: null,
    disciplineUntil: null,
    pendingReview: null,
    memberWarnedOrAbove: null,
    provinceId: spec.province.id,
    gender: r.gender,
    ethnicMinority: r.ethnicMinority,
    recipientClass: r.recipientClass,
    awardTypeId: type.id,
    kind: spec.kind,
    movementId: spec.movementId ?? null,
    achievementYear: spec.achievementYear,
    decisionNumber: number,
    decisionDate: decided ? (spec.decidedOn as string) : null,
    decidingAuthority: decided ? authority.title : null,
    citation: spec.citation,
    status: spec.status ?? (decided ? CommendationStatus.APPROVED : CommendationStatus.DRAFT),
    statusReason: STATUS_REASONS[spec.status ?? ''] ?? null,
    searchText: searchText(r.name, r.organization, number),
    isDemo: true,
  };
}

import { AwardLevel, CENTRAL_LEVELS, CommendationKind, CommendationStatus, DOCUMENT_KINDS, DocumentKind } from '@tdkt/shared/contracts';

/** The facts of a proposal that decide which documents its dossier must hold. */
export interface DossierFacts {
  awardCode: string;
  kind: CommendationKind;
  level: AwardLevel;
  /** Proposed by a cluster from its year-end vote (§9): the vote's minutes then belong to the dossier. */
  proposedByCluster?: boolean;
}

export const DOCUMENT_KIND_LABEL_VI: Record<DocumentKind, string> = {
  [DocumentKind.ACHIEVEMENT_REPORT]: 'Báo cáo thành tích',
  [DocumentKind.DECISION]: 'Quyết định',
  [DocumentKind.INITIATIVE_RECOGNITION]: 'Văn bản công nhận sáng kiến',
  [DocumentKind.MINUTES]: 'Biên bản bình xét',
  [DocumentKind.OTHER]: 'Tài liệu khác',
  [DocumentKind.SUBMISSION]: 'Tờ trình',
};

/** Awards proposed by a cluster whose dossier carries the cluster vote's minutes. */
const CLUSTER_VOTED = ['CO_THI_DUA_CHINH_PHU', 'BANG_KHEN_THU_TUONG'];

/**
 * The document kinds a proposal's dossier must hold before it is submitted, from the dossier table of
 * `domain/awards.md` (Law on Emulation and Commendation 2022 Art. 84; Decree 152/2025): every central-level
 * proposal needs the submission (tờ trình) and the achievement report; `CSTD_TOAN_QUOC` adds the provincial
 * council's minutes and the initiative's recognition; orders (`HUAN_CHUONG_*`) add the minutes; the Government's
 * flag and the Prime Minister's certificate proposed by a cluster add the cluster vote's minutes; an extraordinary
 * award (Art. 85, simplified procedure) needs only the submission and a short report. Provincial and grassroots
 * records need none (documents may still be attached).
 */
export function requiredDocumentKinds(facts: DossierFacts): DocumentKind[] {
  if (!CENTRAL_LEVELS.includes(facts.level)) return [];
  const required = new Set([DocumentKind.SUBMISSION, DocumentKind.ACHIEVEMENT_REPORT]);
  if (facts.kind !== CommendationKind.EXTRAORDINARY) {
    if (facts.awardCode === 'CSTD_TOAN_QUOC') {
      required.add(DocumentKind.MINUTES);
      required.add(DocumentKind.INITIATIVE_RECOGNITION);
    }
    if (facts.awardCode.startsWith('HUAN_CHUONG_')) required.add(DocumentKind.MINUTES);
    if (facts.proposedByCluster && CLUSTER_VOTED.includes(facts.awardCode)) required.add(DocumentKind.MINUTES);
  }
  return inKindOrder([...required]);
}

export interface DossierChecklist {
  missing: DocumentKind[];
  present: DocumentKind[];
  required: DocumentKind[];
}

/** Required against attached: `present` lists every kind attached (once), `missing` the required ones not attached. */
export function dossierChecklist(required: DocumentKind[], attached: DocumentKind[]): DossierChecklist {
  const present = inKindOrder([...new Set(attached)]);
  return { required: inKindOrder(required), present, missing: inKindOrder(required.filter((k) => !present.includes(k))) };
}

/** The refusal of an incomplete submission, naming the missing kinds in Vietnamese. */
export function missingDocumentsMessage(missing: DocumentKind[]): string {
  return `Hồ sơ đề nghị còn thiếu: ${missing.map((k) => DOCUMENT_KIND_LABEL_VI[k]).join(', ')}. Hãy đính kèm trước khi trình`;
}

/** Documents are added and removed while the province holds the proposal; once submitted they are frozen with it. */
export function isDossierEditable(status: CommendationStatus): boolean {
  return status === CommendationStatus.DRAFT || status === CommendationStatus.RETURNED;
}

function inKindOrder(kinds: DocumentKind[]): DocumentKind[] {
  return DOCUMENT_KINDS.filter((k) => kinds.includes(k));
}

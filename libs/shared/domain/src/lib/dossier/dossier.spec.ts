import { AwardLevel, CommendationKind, CommendationStatus, DocumentKind } from '@tdkt/shared/contracts';
import { DOCUMENT_KIND_LABEL_VI, dossierChecklist, isDossierEditable, missingDocumentsMessage, requiredDocumentKinds } from './dossier';

const { SUBMISSION, ACHIEVEMENT_REPORT, MINUTES, INITIATIVE_RECOGNITION, DECISION, OTHER } = DocumentKind;
const regular = (awardCode: string, level: AwardLevel, proposedByCluster?: boolean) => ({
  awardCode,
  level,
  kind: CommendationKind.REGULAR,
  proposedByCluster,
});

describe('requiredDocumentKinds (awards.md, dossier table)', () => {
  it.each([
    ['BANG_KHEN_THU_TUONG', AwardLevel.GOVERNMENT, [SUBMISSION, ACHIEVEMENT_REPORT]],
    ['CO_THI_DUA_CHINH_PHU', AwardLevel.GOVERNMENT, [SUBMISSION, ACHIEVEMENT_REPORT]],
    ['CSTD_TOAN_QUOC', AwardLevel.GOVERNMENT, [SUBMISSION, ACHIEVEMENT_REPORT, MINUTES, INITIATIVE_RECOGNITION]],
    ['HUAN_CHUONG_LAO_DONG_3', AwardLevel.STATE, [SUBMISSION, ACHIEVEMENT_REPORT, MINUTES]],
    ['HUAN_CHUONG_DOC_LAP_1', AwardLevel.STATE, [SUBMISSION, ACHIEVEMENT_REPORT, MINUTES]],
    ['ANH_HUNG_LAO_DONG', AwardLevel.STATE, [SUBMISSION, ACHIEVEMENT_REPORT]],
    ['NHA_GIAO_UU_TU', AwardLevel.STATE, [SUBMISSION, ACHIEVEMENT_REPORT]],
  ])('a regular %s proposal needs %j', (code, level, kinds) => {
    expect(requiredDocumentKinds(regular(code, level))).toEqual(kinds);
  });

  it.each([
    ['BANG_KHEN_TINH', AwardLevel.PROVINCE],
    ['CSTD_TINH', AwardLevel.PROVINCE],
    ['CSTD_CO_SO', AwardLevel.GRASSROOTS],
    ['GIAY_KHEN', AwardLevel.GRASSROOTS],
  ])('a provincial or grassroots %s record needs no document', (code, level) => {
    expect(requiredDocumentKinds(regular(code, level))).toEqual([]);
  });

  it("adds the cluster vote's minutes to the Government's flag and the Prime Minister's certificate proposed by a cluster", () => {
    expect(requiredDocumentKinds(regular('CO_THI_DUA_CHINH_PHU', AwardLevel.GOVERNMENT, true))).toEqual([SUBMISSION, ACHIEVEMENT_REPORT, MINUTES]);
    expect(requiredDocumentKinds(regular('BANG_KHEN_THU_TUONG', AwardLevel.GOVERNMENT, true))).toEqual([SUBMISSION, ACHIEVEMENT_REPORT, MINUTES]);
    // A cluster proposing another award brings nothing more.
    expect(requiredDocumentKinds(regular('ANH_HUNG_LAO_DONG', AwardLevel.STATE, true))).toEqual([SUBMISSION, ACHIEVEMENT_REPORT]);
  });

  it('asks only the submission and a short report of an extraordinary award (Art. 85), whatever the award', () => {
    for (const code of ['CSTD_TOAN_QUOC', 'HUAN_CHUONG_LAO_DONG_3', 'BANG_KHEN_THU_TUONG']) {
      const level = code === 'HUAN_CHUONG_LAO_DONG_3' ? AwardLevel.STATE : AwardLevel.GOVERNMENT;
      expect(requiredDocumentKinds({ awardCode: code, level, kind: CommendationKind.EXTRAORDINARY, proposedByCluster: true })).toEqual([
        SUBMISSION,
        ACHIEVEMENT_REPORT,
      ]);
    }
  });

  it('never requires OTHER or DECISION', () => {
    for (const kind of Object.values(CommendationKind)) {
      for (const code of ['CSTD_TOAN_QUOC', 'HUAN_CHUONG_SAO_VANG', 'CO_THI_DUA_CHINH_PHU']) {
        const required = requiredDocumentKinds({ awardCode: code, level: AwardLevel.STATE, kind, proposedByCluster: true });
        expect(required).not.toContain(OTHER);
        expect(required).not.toContain(DECISION);
        expect(required.slice(0, 2)).toEqual([SUBMISSION, ACHIEVEMENT_REPORT]);
      }
    }
  });
});

describe('dossierChecklist', () => {
  it('lists what is present once, in kind order, and what is missing', () => {
    expect(dossierChecklist([SUBMISSION, ACHIEVEMENT_REPORT, MINUTES], [OTHER, SUBMISSION, SUBMISSION, DECISION])).toEqual({
      required: [SUBMISSION, ACHIEVEMENT_REPORT, MINUTES],
      present: [SUBMISSION, DECISION, OTHER],
      missing: [ACHIEVEMENT_REPORT, MINUTES],
    });
  });

  it('has nothing missing when every required kind is attached, and nothing required for a provincial record', () => {
    expect(dossierChecklist([SUBMISSION, ACHIEVEMENT_REPORT], [ACHIEVEMENT_REPORT, SUBMISSION]).missing).toEqual([]);
    expect(dossierChecklist([], [])).toEqual({ required: [], present: [], missing: [] });
  });
});

describe('missingDocumentsMessage', () => {
  it('names each missing kind in Vietnamese', () => {
    const message = missingDocumentsMessage([SUBMISSION, INITIATIVE_RECOGNITION]);
    expect(message).toContain('Tờ trình');
    expect(message).toContain('Văn bản công nhận sáng kiến');
    expect(message).not.toContain('SUBMISSION');
  });

  it('has a Vietnamese label for every kind', () => {
    for (const kind of Object.values(DocumentKind)) expect(DOCUMENT_KIND_LABEL_VI[kind]).toMatch(/\p{L}/u);
  });
});

describe('isDossierEditable', () => {
  it.each([
    [CommendationStatus.DRAFT, true],
    [CommendationStatus.RETURNED, true],
    [CommendationStatus.SUBMITTED, false],
    [CommendationStatus.APPROVED, false],
    [CommendationStatus.REVOKED, false],
  ])('%s → %s', (status, editable) => expect(isDossierEditable(status)).toBe(editable));
});

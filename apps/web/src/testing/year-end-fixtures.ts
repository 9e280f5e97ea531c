import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import {
  BallotChannel,
  ScoreItemKind,
  ScoreMethod,
  ScoreSheetStatus,
  ScoringStatus,
  VoteStatus,
  type ClusterMemberView,
  type RankingRow,
  type ScoreCardView,
  type VoteView,
} from '@tdkt/shared/contracts';
import { SessionUser } from '../app/core/auth/auth.models';
import { resetLanguage } from './test-i18n';
import { provideAppTesting, settle } from './test-providers';
import { resetSession, signIn } from './test-session';
import { YearEndStore } from '../app/features/year-end/data/year-end.store';

export const YEAR = 2024;

/** The demo chair: chair of TDMNPB and staff of Tuyên Quang (08). */
export const CHAIR: SessionUser = {
  id: 'u-chair',
  username: 'cumtruong.tdmnpb',
  fullName: 'Hoàng Thị Thu Hà',
  roles: ['CLUSTER_CHAIR', 'PROVINCE_STAFF'],
  clusterCode: 'TDMNPB',
  provinceCode: '08',
};

/** Staff of Phú Thọ (25), a member. */
export const STAFF: SessionUser = {
  id: 'u-pt',
  username: 'canbo.phutho',
  fullName: 'Bùi Thị Minh Phương',
  roles: ['PROVINCE_STAFF'],
  provinceCode: '25',
};

export const CLUSTERS = [
  { id: 'c1', code: 'TDMNPB', name: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc', description: null, version: 1 },
];

/** Hòa Bình (17) merged into Phú Thọ (25) on 1/7/2025: Phú Thọ's officers answer for it too. */
export const PROVINCES = [
  { id: 'p08', code: '08', name: 'Tuyên Quang', successorCode: null },
  { id: 'p11', code: '11', name: 'Điện Biên', successorCode: null },
  { id: 'p17', code: '17', name: 'Hòa Bình', successorCode: '25' },
  { id: 'p25', code: '25', name: 'Phú Thọ', successorCode: null },
];

export const MEMBERS: ClusterMemberView[] = [
  { provinceId: 'p08', provinceCode: '08', provinceName: 'Tuyên Quang', role: 'CHAIR', year: YEAR },
  { provinceId: 'p17', provinceCode: '17', provinceName: 'Hòa Bình', role: 'VICE_CHAIR', year: YEAR },
  { provinceId: 'p11', provinceCode: '11', provinceName: 'Điện Biên', role: 'MEMBER', year: YEAR },
  { provinceId: 'p25', provinceCode: '25', provinceName: 'Phú Thọ', role: 'MEMBER', year: YEAR },
] as ClusterMemberView[];

/** A card with two typed criteria, one computed from the pledge, a bonus and a deduction. */
export function card(provinceCode = '25', provinceName = 'Phú Thọ', overrides: Partial<ScoreCardView> = {}): ScoreCardView {
  const typed = (code: string, name: string, group: string, kind: ScoreItemKind, maxPoints: number) => ({
    agreedScore: null,
    code,
    comment: null,
    computedScore: null,
    rate: null,
    group,
    kind,
    maxPoints,
    method: ScoreMethod.MANUAL,
    name,
    note: null,
    score: 0,
    selfScore: null,
  });
  return {
    clusterCode: 'TDMNPB',
    items: [
      typed('A1', 'Ban hành kế hoạch thi đua', 'I. Công tác chỉ đạo', ScoreItemKind.CRITERION, 10),
      typed('A2', 'Tổ chức phong trào thi đua', 'I. Công tác chỉ đạo', ScoreItemKind.CRITERION, 20),
      {
        ...typed('B1', 'Thực hiện chỉ tiêu giao ước TC02', 'II. Kết quả giao ước', ScoreItemKind.CRITERION, 30),
        method: ScoreMethod.PLEDGE_RATE,
        computedScore: 27,
        rate: 0.9,
        score: 27,
      },
      typed('T1', 'Mô hình mới, cách làm hay', 'Điểm thưởng', ScoreItemKind.BONUS, 5),
      typed('D1', 'Nộp báo cáo chậm', 'Điểm trừ', ScoreItemKind.DEDUCTION, 3),
    ],
    provinceCode,
    provinceName,
    selfTotal: 27,
    sheetStatus: ScoreSheetStatus.OPEN,
    status: ScoringStatus.NOT_SCORED,
    total: 27,
    updatedAt: null,
    version: 0,
    year: YEAR,
    ...overrides,
  };
}

export const RANKING: RankingRow[] = [
  { provinceCode: '08', provinceName: 'Tuyên Quang', rank: 1, selfTotal: 90, total: 88, status: ScoringStatus.AGREED },
  { provinceCode: '17', provinceName: 'Hòa Bình', rank: 2, selfTotal: 86, total: 85.5, status: ScoringStatus.AGREED },
  { provinceCode: '25', provinceName: 'Phú Thọ', rank: 2, selfTotal: 85.5, total: 85.5, status: ScoringStatus.SELF_SCORED },
  { provinceCode: '11', provinceName: 'Điện Biên', rank: 4, selfTotal: 27, total: 27, status: ScoringStatus.NOT_SCORED },
];

export function vote(overrides: Partial<VoteView> = {}): VoteView {
  return {
    awardTypeCode: 'CO_THI_DUA_CHINH_PHU',
    awardTypeName: 'Cờ thi đua của Chính phủ',
    candidates: [
      { provinceCode: '08', provinceName: 'Tuyên Quang' },
      { provinceCode: '17', provinceName: 'Hòa Bình' },
      { provinceCode: '25', provinceName: 'Phú Thọ' },
    ],
    cast: null,
    closedAt: null,
    clusterCode: 'TDMNPB',
    clusterName: CLUSTERS[0].name,
    elected: [],
    eligible: 4,
    id: 'v1',
    meetingId: null,
    nominations: [],
    openedAt: null,
    quorum: 0.6667,
    quorumBallots: 3,
    quorumMet: null,
    register: MEMBERS.map((m) => ({ channel: null, provinceCode: m.provinceCode, provinceName: m.provinceName, voted: false })),
    seats: 1,
    status: VoteStatus.DRAFT,
    tally: [],
    threshold: 0.8,
    thresholdVotes: 4,
    tieAtLastSeat: false,
    title: 'Bình xét, suy tôn Cờ thi đua của Chính phủ năm 2024',
    version: 1,
    year: YEAR,
    ...overrides,
  };
}

export const voted = (v: VoteView, code: string, channel = BallotChannel.ONLINE): VoteView => ({
  ...v,
  register: v.register.map((r) => (r.provinceCode === code ? { ...r, voted: true, channel } : r)),
});

/** TestBed for a year-end page of 2024: the real store, interceptors, translations from disk; signs `user` in. */
/** `overrides` run before anything is injected (TestBed.overrideComponent must). */
export async function setUpYearEnd(user: SessionUser, overrides: () => void = () => undefined): Promise<HttpTestingController> {
  resetLanguage();
  resetSession();
  TestBed.configureTestingModule({
    providers: [
      ...provideAppTesting(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      provideRouter([]),
      provideTranslocoScope('year-end'),
      YearEndStore,
    ],
  });
  overrides();
  const http = TestBed.inject(HttpTestingController);
  await signIn(user);
  TestBed.inject(YearEndStore).requestedYear.set(YEAR);
  return http;
}

/** Answers the store's look-up of the cluster and its members of 2024. */
export async function answerContext(
  http: HttpTestingController,
  fixture: { whenStable(): Promise<unknown> },
  user: SessionUser,
): Promise<void> {
  await settle(fixture);
  http.expectOne('/api/v1/clusters').flush(CLUSTERS);
  if (user.provinceCode) http.expectOne('/api/v1/provinces').flush(PROVINCES);
  await settle(fixture);
  const wanted = user.clusterCode ?? 'TDMNPB';
  http.expectOne(`/api/v1/clusters/${wanted}/members?year=${YEAR}`).flush(MEMBERS);
  await settle(fixture);
}

/** The buttons of the open confirmation dialog, by label. */
export function dialogButton(label: string): HTMLButtonElement {
  const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('mat-dialog-container button'));
  const button = buttons.find((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim() === label);
  if (!button) throw new Error(`No dialog button "${label}" among ${buttons.map((b) => b.textContent?.trim()).join(', ')}`);
  return button;
}

/** Types into an input or textarea as a user would. */
export function type(element: Element | null, value: string): void {
  const input = element as HTMLInputElement;
  if (!input) throw new Error('No such input');
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

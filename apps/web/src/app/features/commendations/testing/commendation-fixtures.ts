import type { AwardTypeView, CommendationView } from '@tdkt/shared/contracts';
import type { SessionUser } from '../../../core/auth/auth.models';

/** Fields as the JSON carries them: enum members written as their strings. */
type JsonFields<T> = { [K in keyof T]?: T[K] extends string ? `${T[K]}` : T[K] };

/** Test data shaped like the API's answers (demo data of Tuyên Quang). */
export function commendation(overrides: JsonFields<CommendationView> = {}): CommendationView {
  return {
    id: '1deb6e8b-025d-4bf5-89db-579438430b87',
    recipientKind: 'INDIVIDUAL',
    recipientName: 'Sùng Thị Dở',
    position: 'Giám đốc',
    organization: 'Hợp tác xã chè Shan tuyết',
    provinceCode: '08',
    provinceName: 'Tuyên Quang',
    gender: 'FEMALE',
    ethnicMinority: true,
    recipientClass: 'ENTREPRENEUR',
    awardTypeCode: 'BANG_KHEN_TINH',
    awardTypeName: 'Bằng khen của Chủ tịch UBND tỉnh',
    level: 'PROVINCE',
    kind: 'REGULAR',
    movementId: null,
    achievementYear: 2024,
    decisionNumber: '2760/QĐ-UBND',
    decisionDate: '2024-12-10',
    decidingAuthority: 'Chủ tịch UBND tỉnh Tuyên Quang',
    citation: 'Đã có thành tích xuất sắc.',
    status: 'APPROVED',
    statusReason: null,
    demo: true,
    version: 3,
    createdAt: '2025-01-05T02:00:00.000Z',
    updatedAt: '2025-01-06T02:00:00.000Z',
    ...overrides,
  } as CommendationView;
}

export const AWARD_TYPES = [
  {
    id: 'a1',
    code: 'HUAN_CHUONG_LAO_DONG_HANG_BA',
    name: 'Huân chương Lao động hạng Ba',
    category: 'COMMENDATION_FORM',
    level: 'STATE',
    central: true,
    decidedBy: 'Chủ tịch nước',
    recipientKinds: ['INDIVIDUAL', 'COLLECTIVE'],
  },
  {
    id: 'a2',
    code: 'BANG_KHEN_THU_TUONG',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    category: 'COMMENDATION_FORM',
    level: 'GOVERNMENT',
    central: true,
    decidedBy: 'Thủ tướng Chính phủ',
    recipientKinds: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'],
  },
  {
    id: 'a3',
    code: 'BANG_KHEN_TINH',
    name: 'Bằng khen của Chủ tịch UBND tỉnh',
    category: 'COMMENDATION_FORM',
    level: 'PROVINCE',
    central: false,
    decidedBy: 'Chủ tịch UBND tỉnh',
    recipientKinds: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'],
  },
  {
    id: 'a4',
    code: 'CHIEN_SI_THI_DUA_CO_SO',
    name: 'Chiến sĩ thi đua cơ sở',
    category: 'EMULATION_TITLE',
    level: 'GRASSROOTS',
    central: false,
    decidedBy: 'Thủ trưởng cơ quan',
    recipientKinds: ['INDIVIDUAL'],
  },
] as AwardTypeView[];

export const COUNCIL_REVIEWER: SessionUser = {
  id: '5b0c4c5e-3f43-4b8e-9d0e-000000000101',
  username: 'thamdinh.trunguong',
  fullName: 'Nguyễn Thẩm Định',
  roles: ['COUNCIL_REVIEWER'],
};

export const CLUSTER_CHAIR: SessionUser = {
  id: '5b0c4c5e-3f43-4b8e-9d0e-000000000102',
  username: 'cumtruong.tdmnpb',
  fullName: 'Cụm trưởng',
  roles: ['CLUSTER_CHAIR'],
  clusterCode: 'TDMNPB',
};

/** Clicks a mat-select and the option whose text is given (options live in the overlay). */
export async function choose(host: HTMLElement, field: string, option: string, settle: () => Promise<void>): Promise<void> {
  host.querySelector<HTMLElement>(`mat-select[data-field="${field}"] .mat-mdc-select-trigger`)!.click();
  await settle();
  const match = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((o) => o.textContent?.trim() === option);
  if (!match) throw new Error(`No option "${option}" in ${field}`);
  match.click();
  await settle();
}

/** Types into an input or textarea as a user would. */
export function type(host: ParentNode, selector: string, value: string): void {
  const input = host.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!input) throw new Error(`No field ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

import { NO_VI, RECIPIENT_KIND_VI, SIZE_INSTRUCTION, YES_VI, buildTemplate, commonInstructions } from '@tdkt/api/imports';
import {
  COMMENDATION_LAYOUT,
  COMMENDATION_SHEET,
  CommendationColumn,
  GENDER_VI,
  IMPORTABLE_STATUSES,
  KIND_VI,
  RECIPIENT_CLASS_VI,
  STATUS_VI,
} from './commendation-sheet';

/** The commendation import template; the province dropdown holds `provinceCodes`, the movement dropdown `movementNames`. */
export function buildCommendationTemplate(
  awardNames: readonly string[],
  provinceCodes: readonly string[],
  movementNames: readonly string[] = [],
): Promise<Buffer> {
  return buildTemplate({
    layout: COMMENDATION_LAYOUT,
    lists: [
      { field: 'awardTypeCode', title: 'Danh hiệu / hình thức', values: awardNames },
      { field: 'recipientKind', title: 'Đối tượng', values: Object.values(RECIPIENT_KIND_VI) },
      { field: 'recipientClass', title: 'Thành phần', values: Object.values(RECIPIENT_CLASS_VI) },
      { field: 'kind', title: 'Loại khen thưởng', values: Object.values(KIND_VI) },
      { field: 'gender', title: 'Giới tính', values: Object.values(GENDER_VI) },
      { field: 'ethnicMinority', title: 'Dân tộc thiểu số', values: [YES_VI, NO_VI] },
      { field: 'status', title: 'Trạng thái', values: IMPORTABLE_STATUSES.map((s) => STATUS_VI[s]) },
      { field: 'provinceCode', title: 'Mã tỉnh', values: provinceCodes },
      { field: 'movementId', title: 'Phong trào thi đua', values: movementNames },
    ],
    title: 'Hướng dẫn nhập hồ sơ khen thưởng',
    instructions: [
      ...commonInstructions(COMMENDATION_SHEET, 'hồ sơ'),
      'Dòng trùng (cùng người nhận, cùng khen thưởng, cùng số quyết định) với dòng khác hoặc với hồ sơ đã có sẽ bị báo lỗi.',
      SIZE_INSTRUCTION,
    ],
    columnHelp: COLUMN_HELP,
  });
}

const COLUMN_HELP: Record<CommendationColumn['field'], string> = {
  recipientKind: 'Chọn: Cá nhân, Tập thể hoặc Hộ gia đình.',
  recipientName: 'Họ và tên cá nhân, hoặc tên tập thể, hộ gia đình.',
  position: 'Chức vụ (nếu có).',
  organization: 'Cơ quan, đơn vị công tác.',
  provinceCode: 'Mã tỉnh hai chữ số, ví dụ 08. Tỉnh được xác định theo mã và ngày quyết định (sáp nhập 01/7/2025).',
  gender: 'Chỉ ghi cho cá nhân: Nam hoặc Nữ.',
  ethnicMinority: 'Có hoặc Không (để trống là Không).',
  recipientClass: 'Chỉ ghi cho cá nhân, theo biểu 0602 của Bộ Nội vụ; cùng cách ghi như trên màn hình nhập hồ sơ.',
  awardTypeCode: 'Chọn tên danh hiệu, hình thức trong danh sách (hoặc ghi mã danh mục, ví dụ BANG_KHEN_TINH).',
  kind: 'Chọn loại khen thưởng theo Điều 8 Luật Thi đua, khen thưởng.',
  movementId: 'Chọn tên phong trào thi đua trong danh sách, như trên trang Phong trào thi đua (nếu khen thưởng theo phong trào).',
  achievementYear: 'Năm đạt thành tích, ví dụ 2023.',
  decisionNumber: 'Số/ký hiệu quyết định, ví dụ 1234/QĐ-UBND.',
  decisionDate: 'Ngày quyết định, định dạng dd/mm/yyyy (ô ngày của Excel hoặc văn bản).',
  decidingAuthority: 'Cấp, người ký quyết định, ví dụ Chủ tịch UBND tỉnh.',
  citation: 'Tóm tắt thành tích.',
  status:
    '"Đã quyết định" cho khen thưởng cấp tỉnh đã có quyết định (phải có số, ngày, cấp quyết định); "Nháp" cho hồ sơ đề nghị khen thưởng cấp trung ương.',
};

import { SIZE_INSTRUCTION, buildTemplate, commonInstructions } from '@tdkt/api/imports';
import { EXAMPLE_KIND_VI, TYPICAL_EXAMPLE_LAYOUT, TYPICAL_EXAMPLE_SHEET, TypicalExampleRow } from './typical-example-sheet';

/** The typical example template; the province dropdown holds `provinceCodes`. */
export function buildTypicalExampleTemplate(provinceCodes: readonly string[]): Promise<Buffer> {
  return buildTemplate({
    layout: TYPICAL_EXAMPLE_LAYOUT,
    lists: [
      { field: 'recipientKind', title: 'Đối tượng', values: Object.values(EXAMPLE_KIND_VI) },
      { field: 'provinceCode', title: 'Mã tỉnh', values: provinceCodes },
    ],
    title: 'Hướng dẫn nhập điển hình tiên tiến',
    instructions: [
      ...commonInstructions(TYPICAL_EXAMPLE_SHEET, 'điển hình', 'điển hình'),
      'Dòng trùng (cùng tên, cùng ngày biểu dương) với dòng khác hoặc với điển hình đã có của tỉnh sẽ bị báo lỗi.',
      SIZE_INSTRUCTION,
    ],
    columnHelp: COLUMN_HELP,
  });
}

const COLUMN_HELP: Record<keyof TypicalExampleRow, string> = {
  recipientKind: `Chọn: ${EXAMPLE_KIND_VI.INDIVIDUAL} hoặc ${EXAMPLE_KIND_VI.COLLECTIVE}.`,
  name: 'Họ và tên cá nhân, hoặc tên tập thể điển hình.',
  provinceCode: 'Mã tỉnh hai chữ số, ví dụ 08. Tỉnh được xác định theo mã và ngày biểu dương (sáp nhập 01/7/2025).',
  honouredOn: 'Ngày biểu dương, định dạng dd/mm/yyyy (ô ngày của Excel hoặc văn bản); không sau ngày hôm nay.',
  movementId: 'Mã phong trào thi đua trong hệ thống (nếu có).',
  honouredAtMeetingId: 'Mã hội nghị biểu dương trong hệ thống (nếu có).',
  story: 'Tóm tắt thành tích, gương điển hình (tối đa 10.000 ký tự).',
};

import ExcelJS from 'exceljs';
import {
  COMMENDATION_COLUMNS,
  COMMENDATION_SHEET,
  GENDER_VI,
  IMPORTABLE_STATUSES,
  INSTRUCTIONS_SHEET,
  KIND_VI,
  LISTS_SHEET,
  NO_VI,
  RECIPIENT_CLASS_VI,
  RECIPIENT_KIND_VI,
  STATUS_VI,
  SheetColumn,
  YES_VI,
} from './commendation-sheet';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DATE_FORMAT = 'dd/mm/yyyy';
/** Rows of the template that carry dropdowns and formats. */
const TEMPLATE_ROWS = 2_000;

/** Formats and widths shared by the template and the export, so an export reads like a filled template. */
export function sheetColumns(): Array<Partial<ExcelJS.Column>> {
  return COMMENDATION_COLUMNS.map((c) => ({
    header: c.header,
    key: c.field,
    width: c.width,
    style: c.kind === 'date' ? { numFmt: DATE_FORMAT } : c.field === 'provinceCode' ? { numFmt: '@' } : {},
  }));
}

export function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
}

interface DataValidationTarget {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/**
 * The import template: the data sheet with Vietnamese headers and dropdowns, an instructions sheet,
 * and the lists the dropdowns read (a sheet, since Excel limits inline lists to 255 characters).
 */
export async function buildCommendationTemplate(awardNames: readonly string[], provinceCodes: readonly string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TĐKT';
  const sheet = workbook.addWorksheet(COMMENDATION_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = sheetColumns();
  styleHeader(sheet.getRow(1));

  const lists: Array<[SheetColumn['field'], string, readonly string[]]> = [
    ['awardTypeCode', 'Danh hiệu / hình thức', awardNames],
    ['recipientKind', 'Đối tượng', Object.values(RECIPIENT_KIND_VI)],
    ['recipientClass', 'Thành phần', Object.values(RECIPIENT_CLASS_VI)],
    ['kind', 'Loại khen thưởng', Object.values(KIND_VI)],
    ['gender', 'Giới tính', Object.values(GENDER_VI)],
    ['ethnicMinority', 'Dân tộc thiểu số', [YES_VI, NO_VI]],
    ['status', 'Trạng thái', IMPORTABLE_STATUSES.map((s) => STATUS_VI[s])],
    ['provinceCode', 'Mã tỉnh', provinceCodes],
  ];
  const listSheet = workbook.addWorksheet(LISTS_SHEET);
  const validations = (sheet as unknown as DataValidationTarget).dataValidations;
  lists.forEach(([field, title, values], i) => {
    const column = listSheet.getColumn(i + 1);
    column.width = Math.min(60, Math.max(12, ...values.map((v) => v.length)));
    column.values = [title, ...values];
    const letter = column.letter;
    const target = sheet.getColumn(field).letter;
    validations.add(`${target}2:${target}${TEMPLATE_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`'${LISTS_SHEET}'!$${letter}$2:$${letter}$${values.length + 1}`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Giá trị không hợp lệ',
      error: `Hãy chọn một giá trị trong danh sách "${title}"`,
    });
  });
  styleHeader(listSheet.getRow(1));
  const dateColumn = sheet.getColumn('decisionDate').letter;
  validations.add(`${dateColumn}2:${dateColumn}${TEMPLATE_ROWS}`, {
    type: 'date',
    operator: 'greaterThan',
    allowBlank: true,
    formulae: [new Date(Date.UTC(1945, 0, 1))],
    showErrorMessage: true,
    errorTitle: 'Ngày không hợp lệ',
    error: 'Nhập ngày theo dạng dd/mm/yyyy, ví dụ 30/06/2024',
  });

  const help = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  help.getColumn(1).width = 36;
  help.getColumn(2).width = 100;
  help.addRow(['Hướng dẫn nhập hồ sơ khen thưởng']).font = { bold: true, size: 14 };
  help.addRow([]);
  for (const line of INSTRUCTIONS) help.addRow(['', line]);
  help.addRow([]);
  styleHeader(help.addRow(['Cột', 'Cách ghi']));
  for (const c of COMMENDATION_COLUMNS) help.addRow([c.header + (c.required ? ' (bắt buộc)' : ''), COLUMN_HELP[c.field]]);
  help.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const INSTRUCTIONS = [
  `Nhập mỗi hồ sơ trên một dòng của trang "${COMMENDATION_SHEET}", bắt đầu từ dòng 2; giữ nguyên dòng tiêu đề.`,
  'Tệp được nhập toàn bộ hoặc không nhập gì: chỉ cần một dòng sai, hệ thống không ghi dòng nào và liệt kê lỗi của từng dòng.',
  'Nên dùng chức năng "Kiểm tra thử" trước khi nhập chính thức.',
  'Chỉ nhập hồ sơ của tỉnh mình; không nhập được vào kỳ đã khóa.',
  'Dòng trùng (cùng người nhận, cùng khen thưởng, cùng số quyết định) với dòng khác hoặc với hồ sơ đã có sẽ bị báo lỗi.',
  'Tệp tối đa 10 MB, định dạng .xlsx.',
];

const COLUMN_HELP: Record<SheetColumn['field'], string> = {
  recipientKind: 'Chọn: Cá nhân, Tập thể hoặc Hộ gia đình.',
  recipientName: 'Họ và tên cá nhân, hoặc tên tập thể, hộ gia đình.',
  position: 'Chức vụ (nếu có).',
  organization: 'Cơ quan, đơn vị công tác.',
  provinceCode: 'Mã tỉnh hai chữ số, ví dụ 08. Tỉnh được xác định theo mã và ngày quyết định (sáp nhập 01/7/2025).',
  gender: 'Chỉ ghi cho cá nhân: Nam hoặc Nữ.',
  ethnicMinority: 'Có hoặc Không (để trống là Không).',
  recipientClass: 'Chỉ ghi cho cá nhân, theo biểu 0602 của Bộ Nội vụ.',
  awardTypeCode: 'Chọn tên danh hiệu, hình thức trong danh sách (hoặc ghi mã danh mục, ví dụ BANG_KHEN_TINH).',
  kind: 'Chọn loại khen thưởng theo Điều 8 Luật Thi đua, khen thưởng.',
  movementId: 'Mã phong trào thi đua trong hệ thống (nếu khen thưởng theo phong trào).',
  achievementYear: 'Năm đạt thành tích, ví dụ 2023.',
  decisionNumber: 'Số/ký hiệu quyết định, ví dụ 1234/QĐ-UBND.',
  decisionDate: 'Ngày quyết định, định dạng dd/mm/yyyy (ô ngày của Excel hoặc văn bản).',
  decidingAuthority: 'Cấp, người ký quyết định, ví dụ Chủ tịch UBND tỉnh.',
  citation: 'Tóm tắt thành tích.',
  status:
    '"Đã quyết định" cho khen thưởng cấp tỉnh đã có quyết định (phải có số, ngày, cấp quyết định); "Nháp" cho hồ sơ đề nghị khen thưởng cấp trung ương.',
};

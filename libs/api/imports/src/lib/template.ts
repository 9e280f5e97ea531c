import ExcelJS from 'exceljs';
import { INSTRUCTIONS_SHEET, LISTS_SHEET, SheetColumn, SheetLayout } from './sheet';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DATE_FORMAT = 'dd/mm/yyyy';
/** Rows of the template that carry dropdowns and formats. */
const TEMPLATE_ROWS = 2_000;

/** Formats and widths shared by the template and the export, so an export reads like a filled template. */
export function sheetColumns(columns: readonly SheetColumn[]): Array<Partial<ExcelJS.Column>> {
  return columns.map((c) => ({
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

/** What differs between templates: the sheet, the dropdowns, and the words of the instructions sheet. */
export interface TemplateSpec<F extends string> {
  layout: SheetLayout<F>;
  /** One dropdown per entry, read from a column of the lists sheet. */
  lists: ReadonlyArray<{ field: F; title: string; values: readonly string[] }>;
  /** Title of the instructions sheet. */
  title: string;
  instructions: readonly string[];
  columnHelp: Record<F, string>;
  /** Rows written under the header (a pre-filled template); none by default. */
  rows?: ReadonlyArray<Array<string | number | Date | null>>;
}

/**
 * An import template: the data sheet with Vietnamese headers, dropdowns and dd/mm/yyyy date cells, the lists
 * the dropdowns read (a sheet, since Excel limits inline lists to 255 characters), and an instructions sheet.
 */
export async function buildTemplate<F extends string>(spec: TemplateSpec<F>): Promise<Buffer> {
  const { layout } = spec;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TĐKT';
  const sheet = workbook.addWorksheet(layout.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = sheetColumns(layout.columns);
  styleHeader(sheet.getRow(1));
  for (const row of spec.rows ?? []) sheet.addRow(row);

  const listSheet = workbook.addWorksheet(LISTS_SHEET);
  const validations = (sheet as unknown as DataValidationTarget).dataValidations;
  spec.lists.forEach(({ field, title, values }, i) => {
    const column = listSheet.getColumn(i + 1);
    column.width = Math.min(60, Math.max(12, ...values.map((v) => v.length)));
    column.values = [title, ...values];
    const letter = column.letter;
    const target = sheet.getColumn(field).letter;
    validations.add(`${target}2:${target}${TEMPLATE_ROWS}`, {
      type: 'list',
      allowBlank: true,
      // An empty list still needs a range: point it at the title's row below, which stays empty.
      formulae: [`'${LISTS_SHEET}'!$${letter}$2:$${letter}$${Math.max(values.length, 1) + 1}`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Giá trị không hợp lệ',
      error: `Hãy chọn một giá trị trong danh sách "${title}"`,
    });
  });
  styleHeader(listSheet.getRow(1));
  for (const column of layout.columns.filter((c) => c.kind === 'date')) {
    const letter = sheet.getColumn(column.field).letter;
    validations.add(`${letter}2:${letter}${TEMPLATE_ROWS}`, {
      type: 'date',
      operator: 'greaterThan',
      allowBlank: true,
      formulae: [new Date(Date.UTC(1945, 0, 1))],
      showErrorMessage: true,
      errorTitle: 'Ngày không hợp lệ',
      error: 'Nhập ngày theo dạng dd/mm/yyyy, ví dụ 30/06/2024',
    });
  }
  for (const column of layout.columns.filter((c) => c.kind === 'number')) {
    const letter = sheet.getColumn(column.field).letter;
    validations.add(`${letter}2:${letter}${TEMPLATE_ROWS}`, {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [-1e12, 1e12],
      showErrorMessage: true,
      errorTitle: 'Số không hợp lệ',
      error: 'Nhập một số, ví dụ 95 hoặc 12,5',
    });
  }

  const help = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  help.getColumn(1).width = 36;
  help.getColumn(2).width = 100;
  help.addRow([spec.title]).font = { bold: true, size: 14 };
  help.addRow([]);
  for (const line of spec.instructions) help.addRow(['', line]);
  help.addRow([]);
  styleHeader(help.addRow(['Cột', 'Cách ghi']));
  for (const c of layout.columns) help.addRow([c.header + (c.required ? ' (bắt buộc)' : ''), spec.columnHelp[c.field]]);
  help.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Instructions every import shares: all or nothing, dry run, scope, locks and the size limit. */
export function commonInstructions(sheetName: string, what: string, whose = what): string[] {
  return [
    `Nhập mỗi ${what} trên một dòng của trang "${sheetName}", bắt đầu từ dòng 2; giữ nguyên dòng tiêu đề.`,
    'Tệp được nhập toàn bộ hoặc không nhập gì: chỉ cần một dòng sai, hệ thống không ghi dòng nào và liệt kê lỗi của từng dòng.',
    'Nên dùng chức năng "Kiểm tra thử" trước khi nhập chính thức.',
    `Chỉ nhập ${whose} của tỉnh mình; không nhập được vào kỳ đã khóa.`,
  ];
}

export const SIZE_INSTRUCTION = 'Tệp tối đa 10 MB, định dạng .xlsx.';

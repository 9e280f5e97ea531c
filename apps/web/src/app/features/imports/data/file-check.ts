/** The API's upload limit (IMPORT_MAX_BYTES in the contracts): checked here first so a big file is not sent for nothing. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Why a chosen file cannot be sent; each has a Vietnamese message under `imports.fileCheck.<reason>`. */
export type FileProblem = 'empty' | 'notXlsx' | 'oldExcel' | 'tooLarge';

/**
 * Checks a file before upload. The name decides (browsers often leave the type empty, or report .xlsx
 * as something else on machines without Office); a declared type that is plainly not a spreadsheet is refused too.
 */
export function checkImportFile(file: Pick<File, 'name' | 'size' | 'type'>): FileProblem | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xls')) return 'oldExcel';
  if (!name.endsWith('.xlsx')) return 'notXlsx';
  if (file.type && file.type !== XLSX_MIME && !file.type.startsWith('application/')) return 'notXlsx';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_UPLOAD_BYTES) return 'tooLarge';
  return null;
}

/** "1,5 MB", "820 KB": the size as the user sees it next to the limit. */
export function formatFileSize(bytes: number): { value: number; unit: 'KB' | 'MB' } {
  if (bytes >= 1024 * 1024) return { value: Math.round((bytes / 1024 / 1024) * 10) / 10, unit: 'MB' };
  return { value: Math.max(1, Math.round(bytes / 1024)), unit: 'KB' };
}

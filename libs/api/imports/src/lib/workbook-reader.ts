import { IMPORT_MAX_ROWS } from '@tdkt/shared/contracts';
import { DomainError } from '@tdkt/api/core';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { SheetLayout, checkHeader, isBlankRow } from './sheet';
import { readCentralDirectory, storedZip, unsupportedWorkbook, workbookEntries } from './xlsx-archive';

/** An uploaded file as multer's memory storage hands it over. */
export interface UploadedXlsx {
  buffer: Buffer;
  originalname: string;
  size: number;
}

export interface SheetRows {
  /** Data rows with their spreadsheet row number; blank rows are left out. */
  rows: Array<{ row: number; cells: unknown[] }>;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const unsupported = unsupportedWorkbook;
/** Rows read between two turns of the event loop, so one large file does not hold up other requests. */
const YIELD_EVERY = 500;

/**
 * Reads the sheet of `layout` from an .xlsx file: 415 when it is not one, 400 when no sheet has the layout's header.
 * Before any parsing, the zip's central directory is read and a workbook that declares too much (size or ratio) is
 * refused with 413 (see xlsx-archive.ts); more than IMPORT_MAX_ROWS data rows answer 413 as soon as they are counted.
 * The parts the reader needs are handed over inflated and in the order it wants them (shared strings before sheets),
 * so it never writes a sheet to a temporary file: nothing touches the disk.
 * The streaming reader: about half the time of loading the whole workbook model, which matters at 10,000 rows.
 * The sheet is found by its header row, since a streamed sheet's name may only be known after its rows.
 */
export async function readSheet(file: UploadedXlsx, layout: SheetLayout): Promise<SheetRows> {
  // An .xlsx is a zip archive: anything else (.xls, .csv, a renamed file) is refused before parsing.
  if (file.buffer.length < 4 || !file.buffer.subarray(0, 4).equals(ZIP_MAGIC)) throw unsupported();
  const archive = workbookEntries(readCentralDirectory(file.buffer));
  const parts = await storedZip(file.buffer, archive.entries);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(parts), {
    entries: 'emit',
    hyperlinks: 'ignore',
    sharedStrings: 'cache',
    styles: 'cache',
    worksheets: 'emit',
  });
  const { columns } = layout;
  let firstMismatch: ReturnType<typeof checkHeader> = null;
  let found: SheetRows | undefined;
  let sheets = 0;
  let read = 0;
  // A workbook without shared strings (inline strings only) has none to wait for.
  if (!archive.sharedStrings) (reader as unknown as { sharedStrings: unknown[] }).sharedStrings = [];
  try {
    for await (const sheet of reader) {
      sheets++;
      // Every sheet is read to its end (skipped rows too): the zip is one stream and must be consumed in order.
      let state: 'header' | 'data' | 'skip' = found ? 'skip' : 'header';
      for await (const row of sheet) {
        if (state === 'skip') continue;
        const cells = rowCells(row, columns.length);
        if (state === 'header') {
          // The header must be the sheet's first row (the streaming reader leaves out empty rows).
          const mismatch = checkHeader(columns, row.number === 1 ? cells : []);
          firstMismatch ??= mismatch;
          state = mismatch ? 'skip' : 'data';
          if (!mismatch) found = { rows: [] };
        } else if (found && !isBlankRow(columns, cells)) {
          if (found.rows.length === IMPORT_MAX_ROWS) throw tooManyRows();
          found.rows.push({ row: row.number, cells });
        }
        if (++read % YIELD_EVERY === 0) await yieldToEventLoop();
      }
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw unsupported();
  }
  if (found) return found;
  if (!sheets) throw unsupported();
  const mismatch = firstMismatch ?? { column: 1, expected: columns[0].header, found: '' };
  throw badHeader(
    `Dòng tiêu đề của trang "${layout.name}" không đúng mẫu: cột ${mismatch.column} phải là "${mismatch.expected}"` +
      (mismatch.found ? `, tệp ghi "${mismatch.found}"` : ', tệp để trống') +
      '. Hãy tải mẫu nhập liệu mới nhất và giữ nguyên dòng tiêu đề.',
  );
}

function rowCells(row: ExcelJS.Row, count: number): unknown[] {
  const cells = new Array<unknown>(count);
  for (let i = 0; i < count; i++) cells[i] = row.getCell(i + 1).value;
  return cells;
}

function tooManyRows(): DomainError {
  return new DomainError(
    'IMPORT_TOO_MANY_ROWS',
    `Tệp có hơn ${IMPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng dữ liệu; mỗi lần chỉ nhập tối đa ${IMPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng. Hãy chia thành nhiều tệp nhỏ hơn.`,
  );
}

function badHeader(message: string): DomainError {
  return new DomainError('IMPORT_BAD_HEADER', message);
}

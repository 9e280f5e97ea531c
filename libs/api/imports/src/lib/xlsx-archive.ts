import { IMPORT_MAX_INFLATED_BYTES, IMPORT_MAX_RATIO } from '@tdkt/shared/contracts';
import { DomainError } from '@tdkt/api/core';
import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';

const inflate = promisify(inflateRaw) as (buffer: Buffer, options: { maxOutputLength: number }) => Promise<Buffer>;

/** One file of a zip archive, as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** Declared inflated size. */
  size: number;
  /** Where the entry's compressed bytes start. */
  dataOffset: number;
}

// Entries smaller than this may compress as well as they like (an empty sheet's XML is mostly repetition).
const RATIO_FLOOR_BYTES = 1024 * 1024;
const MAX_ENTRIES = 10_000;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function unsupportedWorkbook(): DomainError {
  return new DomainError(
    'IMPORT_UNSUPPORTED_TYPE',
    'Chỉ nhận tệp Excel .xlsx (Excel 2007 trở lên); hãy lưu tệp dưới dạng .xlsx rồi tải lên lại',
  );
}

function tooLarge(detail: string): DomainError {
  return new DomainError(
    'IMPORT_TOO_LARGE',
    `Tệp Excel bị từ chối trước khi đọc: ${detail}. Tệp nhập liệu thông thường chỉ nén khoảng 10–15 lần; hãy lưu lại tệp từ mẫu nhập liệu hoặc chia thành nhiều tệp nhỏ hơn.`,
  );
}

const MIB = 1024 * 1024;

/**
 * Reads the zip's central directory (at its end) without inflating anything: 415 when the file is not a readable
 * zip (or uses zip64, encryption or a method other than stored/deflated), 413 when the declared inflated size is
 * above IMPORT_MAX_INFLATED_BYTES or an entry above 1 MiB claims to inflate more than IMPORT_MAX_RATIO times.
 */
export function readCentralDirectory(buffer: Buffer): ZipEntry[] {
  const end = findEndOfCentralDirectory(buffer);
  const count = buffer.readUInt16LE(end + 10);
  const size = buffer.readUInt32LE(end + 12);
  const start = buffer.readUInt32LE(end + 16);
  // 0xFFFF / 0xFFFFFFFF mark a zip64 archive: far beyond anything an import needs.
  if (count === 0xffff || start === 0xffffffff || size === 0xffffffff) throw tooLarge('tệp nén dạng zip64');
  if (count > MAX_ENTRIES) throw tooLarge(`tệp nén có ${count} thành phần`);
  if (start + size > end) throw unsupportedWorkbook();
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = start;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || buffer.readUInt32LE(p) !== CENTRAL) throw unsupportedWorkbook();
    const flags = buffer.readUInt16LE(p + 8);
    const method = buffer.readUInt16LE(p + 10);
    const crc = buffer.readUInt32LE(p + 16);
    const compressedSize = buffer.readUInt32LE(p + 20);
    const inflated = buffer.readUInt32LE(p + 24);
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    const localOffset = buffer.readUInt32LE(p + 42);
    const name = buffer.toString('utf8', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;
    if (compressedSize === 0xffffffff || inflated === 0xffffffff || localOffset === 0xffffffff) throw tooLarge('tệp nén dạng zip64');
    // Bit 0: encrypted. Workbooks are stored (0) or deflated (8).
    if (flags & 1 || (method !== 0 && method !== 8)) throw unsupportedWorkbook();
    if (localOffset + 30 > start || buffer.readUInt32LE(localOffset) !== LOCAL) throw unsupportedWorkbook();
    const dataOffset = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
    if (dataOffset + compressedSize > start) throw unsupportedWorkbook();
    total += inflated;
    if (total > IMPORT_MAX_INFLATED_BYTES) {
      throw tooLarge(`dung lượng sau giải nén vượt quá ${IMPORT_MAX_INFLATED_BYTES / MIB} MB`);
    }
    if (inflated > RATIO_FLOOR_BYTES && inflated > compressedSize * IMPORT_MAX_RATIO) {
      throw tooLarge(`phần "${name}" nén ${Math.round(inflated / Math.max(compressedSize, 1))} lần (tối đa ${IMPORT_MAX_RATIO} lần)`);
    }
    entries.push({ name, method, flags, crc, compressedSize, size: inflated, dataOffset });
  }
  return entries;
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const lowest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let p = buffer.length - 22; p >= lowest; p--) {
    if (buffer.readUInt32LE(p) === EOCD) return p;
  }
  throw unsupportedWorkbook();
}

const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
/** What the workbook reader needs before any sheet, in this order, so it never parks a sheet in a temporary file. */
const FIRST = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];

/** The entries the reader uses, the parts it needs first and then the sheets; 415 when a workbook part is missing. */
export function workbookEntries(entries: readonly ZipEntry[]): { entries: ZipEntry[]; sharedStrings: boolean } {
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (!byName.has('xl/workbook.xml') || !byName.has('xl/_rels/workbook.xml.rels')) throw unsupportedWorkbook();
  const first = FIRST.map((n) => byName.get(n)).filter((e): e is ZipEntry => !!e);
  return { entries: [...first, ...entries.filter((e) => SHEET.test(e.name))], sharedStrings: byName.has('xl/sharedStrings.xml') };
}

/**
 * The given entries as a new zip of stored (already inflated) entries, for the streaming workbook reader. Each entry
 * is inflated on zlib's thread pool, off the request thread, bounded by its declared size: an entry that inflates to
 * more than it declared is refused (413) instead of believed. Everything is inflated before the reader starts, so a
 * refusal cannot strand the reader halfway through its stream.
 */
export async function storedZip(buffer: Buffer, entries: readonly ZipEntry[]): Promise<Buffer[]> {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const compressed = buffer.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    const data = entry.method === 0 ? compressed : await inflateBounded(compressed, entry);
    if (data.length !== entry.size) throw unsupportedWorkbook();
    parts.push(localHeader(entry, data.length), data);
  }
  // The end record: the reader stops there (it needs no central directory).
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  parts.push(end);
  return parts;
}

async function inflateBounded(compressed: Buffer, entry: ZipEntry): Promise<Buffer> {
  try {
    // One byte more than declared, so that a lie shows as a length mismatch or as the limit's error.
    return await inflate(compressed, { maxOutputLength: entry.size + 1 });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw tooLarge(`phần "${entry.name}" giải nén ra nhiều hơn kích thước khai báo`);
    throw unsupportedWorkbook();
  }
}

function localHeader(entry: ZipEntry, size: number): Buffer {
  const name = Buffer.from(entry.name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL, 0);
  header.writeUInt16LE(20, 4);
  // Flags: only UTF-8 names (bit 11); sizes are in this header, so no data descriptor follows.
  header.writeUInt16LE(entry.flags & 0x800, 6);
  header.writeUInt16LE(0, 8);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(size, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, name]);
}

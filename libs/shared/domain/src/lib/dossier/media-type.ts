import { DocumentMediaType } from '@tdkt/shared/contracts';

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
/** The end-of-central-directory record is 22 bytes plus a comment of at most 65,535. */
const ZIP_END_SEARCH = 22 + 0xffff;
/** The two entries every WordprocessingML package holds (ECMA-376 Part 2). */
const DOCX_ENTRIES = ['[Content_Types].xml', 'word/document.xml'];

/**
 * The media type the bytes really are (magic numbers), or null for anything else: PDF (`%PDF-`), PNG (its
 * 8-byte signature), JPEG (SOI then a marker) and DOCX (a zip whose central directory names `word/document.xml`
 * and `[Content_Types].xml`; read without inflating anything). The file name and the browser's header are not
 * looked at: they are what a client claims, the bytes are what the reviewer gets.
 */
export function detectMediaType(bytes: Uint8Array): DocumentMediaType | null {
  if (startsWith(bytes, PDF)) return DocumentMediaType.PDF;
  if (startsWith(bytes, PNG)) return DocumentMediaType.PNG;
  if (startsWith(bytes, JPEG)) return DocumentMediaType.JPEG;
  if (bytes.length >= 4 && u32(bytes, 0) === ZIP_LOCAL) {
    const names = zipEntryNames(bytes);
    if (names && DOCX_ENTRIES.every((n) => names.includes(n))) return DocumentMediaType.DOCX;
  }
  return null;
}

/** The entry names of a zip's central directory, or null when the directory is missing or inconsistent. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const end = findEndOfCentralDirectory(bytes);
  if (end < 0) return null;
  const entries = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  const offset = u32(bytes, end + 16);
  // ZIP64 archives (markers 0xFFFF / 0xFFFFFFFF) are far beyond a 20 MB document; refuse rather than guess.
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) return null;
  if (offset + size > end) return null;
  const names: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let at = offset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > offset + size || u32(bytes, at) !== ZIP_CENTRAL) return null;
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > offset + size) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at = next;
  }
  return names;
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - ZIP_END_SEARCH);
  for (let at = bytes.length - 22; at >= stop; at--) {
    // The comment length must reach exactly to the end of the file, or these 4 bytes are data that look alike.
    if (u32(bytes, at) === ZIP_END && at + 22 + u16(bytes, at + 20) === bytes.length) return at;
  }
  return -1;
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

function u16(bytes: Uint8Array, at: number): number {
  return at + 2 <= bytes.length ? bytes[at] | (bytes[at + 1] << 8) : -1;
}

function u32(bytes: Uint8Array, at: number): number {
  return at + 4 <= bytes.length ? (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0 : -1;
}

import { DocumentMediaType } from '@tdkt/shared/contracts';
import { detectMediaType, zipEntryNames } from './media-type';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

/** A zip of stored (uncompressed) entries, written by hand: local headers, central directory, end record. */
function storedZip(entries: { name: string; data?: string }[], comment = ''): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const data = Buffer.from(e.data ?? 'x');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, data);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(Buffer.byteLength(comment), 20);
  return new Uint8Array(Buffer.concat([...chunks, directory, end, Buffer.from(comment)]));
}

const DOCX_ENTRIES = [{ name: '[Content_Types].xml' }, { name: '_rels/.rels' }, { name: 'word/document.xml' }];

describe('detectMediaType', () => {
  it('recognises PDF, PNG and JPEG by their signatures', () => {
    expect(detectMediaType(bytes('%PDF-1.7\n%âãÏÓ\n'))).toBe(DocumentMediaType.PDF);
    expect(detectMediaType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe(DocumentMediaType.PNG);
    expect(detectMediaType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF'))).toBe(DocumentMediaType.JPEG);
  });

  it('recognises a DOCX by the entries of its central directory', () => {
    expect(detectMediaType(storedZip(DOCX_ENTRIES))).toBe(DocumentMediaType.DOCX);
    expect(detectMediaType(storedZip(DOCX_ENTRIES, 'ghi chú của tệp nén'))).toBe(DocumentMediaType.DOCX);
  });

  it('refuses a zip that is not a Word document (an .xlsx, a plain archive)', () => {
    expect(detectMediaType(storedZip([{ name: '[Content_Types].xml' }, { name: 'xl/workbook.xml' }]))).toBeNull();
    expect(detectMediaType(storedZip([{ name: 'word/document.xml' }]))).toBeNull();
    expect(detectMediaType(storedZip([]))).toBeNull();
  });

  it('refuses a truncated or corrupted zip rather than guessing', () => {
    const zip = storedZip(DOCX_ENTRIES);
    expect(detectMediaType(zip.subarray(0, zip.length - 10))).toBeNull();
    const badOffset = Uint8Array.from(zip);
    badOffset[badOffset.length - 6] = 0xff; // central directory offset beyond the file
    expect(detectMediaType(badOffset)).toBeNull();
    const badSignature = Uint8Array.from(zip);
    const cd = Buffer.from(zip).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    badSignature[cd] = 0;
    expect(detectMediaType(badSignature)).toBeNull();
  });

  it('refuses everything else, whatever name or header it came with', () => {
    expect(detectMediaType(bytes(''))).toBeNull();
    expect(detectMediaType(bytes('%PDF'))).toBeNull();
    expect(detectMediaType(bytes('<html><script>alert(1)</script>'))).toBeNull();
    expect(detectMediaType(bytes('GIF89a'))).toBeNull();
    expect(detectMediaType(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBeNull(); // legacy .doc
    expect(detectMediaType(bytes(' %PDF-1.4'))).toBeNull();
    expect(detectMediaType(bytes('PK'))).toBeNull();
  });

  it('never throws on random bytes', () => {
    let seed = 7;
    for (let n = 0; n < 500; n++) {
      const data = new Uint8Array(n % 97);
      for (let i = 0; i < data.length; i++) data[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
      if (n % 3 === 0 && data.length >= 4) data.set([0x50, 0x4b, 0x03, 0x04]);
      expect(() => detectMediaType(data)).not.toThrow();
    }
  });
});

describe('zipEntryNames', () => {
  it('reads UTF-8 entry names in order', () => {
    expect(zipEntryNames(storedZip([{ name: 'a.txt' }, { name: 'thư mục/tệp.xml' }]))).toEqual(['a.txt', 'thư mục/tệp.xml']);
  });

  it('answers null without an end-of-central-directory record', () => {
    expect(zipEntryNames(bytes('PK', [3, 4], 'not really a zip'))).toBeNull();
  });
});

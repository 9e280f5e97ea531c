import { IMPORT_MAX_INFLATED_BYTES, IMPORT_MAX_RATIO } from '@tdkt/shared/contracts';
import { randomBytes } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { readCentralDirectory, storedZip, workbookEntries } from './xlsx-archive';

/** A deflated zip of the named parts, in this order; `declare` overrides a part's declared inflated size. */
function zip(parts: Array<[string, Buffer]>, declare: Record<string, number> = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const n = Buffer.from(name);
    const body = deflateRawSync(data);
    const size = declare[name] ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, body);
    centrals.push(central, n);
    offset += 30 + n.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xml = (text: string) => Buffer.from(`<?xml version="1.0"?>${text}`);
const WORKBOOK: Array<[string, Buffer]> = [
  ['[Content_Types].xml', xml('<Types/>')],
  ['xl/worksheets/sheet1.xml', xml('<worksheet/>')],
  ['xl/sharedStrings.xml', xml('<sst/>')],
  ['xl/styles.xml', xml('<styleSheet/>')],
  ['xl/_rels/workbook.xml.rels', xml('<Relationships/>')],
  ['xl/workbook.xml', xml('<workbook/>')],
  ['docProps/app.xml', xml('<Properties/>')],
];

describe('readCentralDirectory', () => {
  it('lists every part with its sizes, without inflating anything', () => {
    const entries = readCentralDirectory(zip(WORKBOOK));
    expect(entries.map((e) => [e.name, e.size])).toEqual(WORKBOOK.map(([name, data]) => [name, data.length]));
    expect(entries.every((e) => e.method === 8 && e.compressedSize > 0)).toBe(true);
  });

  it('refuses what is not a zip (415) and a truncated one', () => {
    expect(() => readCentralDirectory(Buffer.from('PK\x03\x04 not really a zip'))).toThrow(
      expect.objectContaining({ code: 'IMPORT_UNSUPPORTED_TYPE' }),
    );
    const whole = zip(WORKBOOK);
    expect(() => readCentralDirectory(whole.subarray(0, whole.length - 30))).toThrow(
      expect.objectContaining({ code: 'IMPORT_UNSUPPORTED_TYPE' }),
    );
  });

  it(`refuses (413) a part above 1 MiB that claims to inflate more than ${IMPORT_MAX_RATIO} times`, () => {
    const bomb = zip([...WORKBOOK, ['xl/worksheets/sheet2.xml', Buffer.alloc(4 * 1024 * 1024, 0x20)]]);
    expect(() => readCentralDirectory(bomb)).toThrow(expect.objectContaining({ code: 'IMPORT_TOO_LARGE', status: 413 }));
    // The same ratio below 1 MiB is an ordinary, repetitive little part.
    expect(readCentralDirectory(zip([...WORKBOOK, ['xl/worksheets/sheet2.xml', Buffer.alloc(512 * 1024, 0x20)]]))).toHaveLength(8);
  });

  it('refuses (413) a workbook whose parts together declare more than the inflated limit, each within the ratio', () => {
    // Incompressible parts of 512 KB declaring 40 MiB each: a ratio of 80, and 120 MiB together.
    const parts: Array<[string, Buffer]> = ['a', 'b', 'c'].map((n) => [`xl/media/${n}.bin`, randomBytes(512 * 1024)]);
    const file = zip([...WORKBOOK, ...parts], Object.fromEntries(parts.map(([n]) => [n, 40 * 1024 * 1024])));
    expect(() => readCentralDirectory(file)).toThrow(
      expect.objectContaining({
        code: 'IMPORT_TOO_LARGE',
        message: expect.stringContaining(`${IMPORT_MAX_INFLATED_BYTES / 1024 / 1024} MB`),
      }),
    );
  });
});

describe('workbookEntries and storedZip', () => {
  it('orders the parts the reader needs first, shared strings before any sheet, and leaves the rest out', () => {
    const { entries, sharedStrings } = workbookEntries(readCentralDirectory(zip(WORKBOOK)));
    expect(entries.map((e) => e.name)).toEqual([
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(sharedStrings).toBe(true);
  });

  it('refuses (415) an archive without a workbook', () => {
    expect(() => workbookEntries(readCentralDirectory(zip([['a.txt', Buffer.from('x')]])))).toThrow(
      expect.objectContaining({ code: 'IMPORT_UNSUPPORTED_TYPE' }),
    );
  });

  it('hands the parts over inflated and stored, and refuses (413) a part that inflates past its declared size', async () => {
    const file = zip(WORKBOOK);
    const { entries } = workbookEntries(readCentralDirectory(file));
    const parts = await storedZip(file, entries);
    const stored = Buffer.concat(parts);
    const sheet = WORKBOOK.find(([n]) => n === 'xl/worksheets/sheet1.xml')?.[1] as Buffer;
    expect(stored.includes(sheet)).toBe(true);
    // Method 0 (stored) in every local header written.
    for (let p = stored.indexOf('PK\x03\x04'); p >= 0; p = stored.indexOf('PK\x03\x04', p + 1)) expect(stored.readUInt16LE(p + 8)).toBe(0);

    const lie = zip(WORKBOOK, { 'xl/worksheets/sheet1.xml': 4 });
    const lying = workbookEntries(readCentralDirectory(lie)).entries;
    await expect(storedZip(lie, lying)).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE' });
  });
});

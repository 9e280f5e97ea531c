import { IMPORT_MAX_INFLATED_BYTES, IMPORT_MAX_RATIO } from '@tdkt/shared/contracts';
import { randomBytes } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { readCentralDirectory, storedZip, workbookEntries } from './xlsx-archive';

/** Little-endian fields, each [value, bytes]: one zip record. */
function record(fields: Array<[number, 2 | 4]>): Buffer {
  const out = Buffer.alloc(fields.reduce((n, [, bytes]) => n + bytes, 0));
  let at = 0;
  for (const [value, bytes] of fields) at = bytes === 2 ? out.writeUInt16LE(value, at) : out.writeUInt32LE(value, at);
  return out;
}

/** A deflated zip of the named parts, in this order; `declare` overrides a part's declared inflated size. */
function zip(parts: Array<[string, Buffer]>, declare: Record<string, number> = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const n = Buffer.from(name);
    const body = deflateRawSync(data);
    const sizes: Array<[number, 2 | 4]> = [
      [crc32(data), 4],
      [body.length, 4],
      [declare[name] ?? data.length, 4],
      [n.length, 2],
    ];
    // Signature, version, flags, method (deflate), time, date, sizes…, extra length (then comment, disk, attributes, offset).
    locals.push(record([[0x04034b50, 4], [20, 2], [0, 2], [8, 2], [0, 2], [0, 2], ...sizes, [0, 2]]), n, body);
    centrals.push(
      record([
        [0x02014b50, 4],
        [20, 2],
        [20, 2],
        [0, 2],
        [8, 2],
        [0, 2],
        [0, 2],
        ...sizes,
        [0, 2],
        [0, 2],
        [0, 2],
        [0, 2],
        [0, 4],
        [offset, 4],
      ]),
      n,
    );
    offset += 30 + n.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = record([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [parts.length, 2],
    [parts.length, 2],
    [directory.length, 4],
    [offset, 4],
    [0, 2],
  ]);
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

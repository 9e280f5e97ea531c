import { DocumentMediaType } from '@tdkt/shared/contracts';
import { detectMediaType } from '@tdkt/shared/domain';
import { loadSettings } from '@tdkt/api/core';
import { asciiFold, cleanFileName, contentDisposition } from './content-disposition';
import { diskStoreDir } from './file-store.factory';
import { minimalPdf } from './minimal-pdf';
import { parseS3Url } from './s3-file-store';

describe('contentDisposition', () => {
  it('sends the Vietnamese name as RFC 5987 filename* with an ASCII fallback', () => {
    expect(contentDisposition('Báo cáo thành tích Đắk Lắk.pdf', false)).toBe(
      `attachment; filename="Bao cao thanh tich Dak Lak.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20th%C3%A0nh%20t%C3%ADch%20%C4%90%E1%BA%AFk%20L%E1%BA%AFk.pdf`,
    );
    expect(contentDisposition('a.png', true)).toMatch(/^inline; filename="a.png"; filename\*=UTF-8''a.png$/);
  });

  it('cannot be broken out of: quotes, backslashes and percent signs never reach the fallback', () => {
    const header = contentDisposition('x"; filename="evil.html\\%41.pdf', false);
    expect(header.startsWith(`attachment; filename="x_; filename=_evil.html__41.pdf"; filename*=`)).toBe(true);
    expect(header).toContain(`filename*=UTF-8''x%22%3B%20filename%3D%22evil.html%5C%2541.pdf`);
  });
});

describe('cleanFileName', () => {
  it('keeps the last path part, removes control and reserved characters, and falls back when nothing is left', () => {
    expect(cleanFileName('C:\\Users\\can-bo\\Tờ trình.pdf', 'x')).toBe('Tờ trình.pdf');
    expect(cleanFileName('../../etc/passwd', 'x')).toBe('passwd');
    expect(cleanFileName('a\u0000b\u001f<c>|d.pdf', 'x')).toBe('a_b__c__d.pdf');
    expect(cleanFileName('...', 'Tờ trình.pdf')).toBe('Tờ trình.pdf');
    expect(cleanFileName(undefined, 'Tờ trình.pdf')).toBe('Tờ trình.pdf');
    expect(cleanFileName('a'.repeat(500), 'x')).toHaveLength(200);
  });

  it('stores names in NFC, as Vietnamese keyboards on different systems send either form', () => {
    expect(cleanFileName('Tờ trình.pdf'.normalize('NFD'), 'x')).toBe('Tờ trình.pdf'.normalize('NFC'));
  });
});

describe('minimalPdf', () => {
  it('writes a PDF the type check recognises, with its title folded in the page and exact in the document information', () => {
    const pdf = minimalPdf('Tờ trình: Nguyễn Thị Hằng', ['Tỉnh Tuyên Quang']);
    expect(detectMediaType(pdf)).toBe(DocumentMediaType.PDF);
    const text = pdf.toString('latin1');
    expect(text).toContain('(To trinh: Nguyen Thi Hang) Tj');
    expect(text).toContain(`/Title <FEFF${Buffer.from('Tờ trình: Nguyễn Thị Hằng', 'utf16le').swap16().toString('hex').toUpperCase()}>`);
    // The cross-reference table points at each object.
    const xref = Number(/startxref\n(\d+)/.exec(text)?.[1]);
    expect(text.slice(xref, xref + 4)).toBe('xref');
    for (const m of text.matchAll(/^(\d{10}) 00000 n $/gm)) expect(text.slice(Number(m[1])).match(/^\d+ 0 obj/)).not.toBeNull();
    expect(asciiFold('Đường')).toBe('Duong');
  });
});

describe('file store settings', () => {
  it('puts the embedded store exactly at DATA_DIR/files', () => {
    expect(diskStoreDir('/srv/tdkt')).toBe('/srv/tdkt/files');
  });

  it('reads FILE_STORE and the S3 variables, and refuses bad values at boot', () => {
    const settings = loadSettings({ FILE_STORE: 's3://ho-so-tdkt/2025/tinh', S3_ENDPOINT: 'http://minio:9000', S3_REGION: 'ap-southeast-1', S3_FORCE_PATH_STYLE: 'true' });
    expect(settings).toMatchObject({ fileStore: 's3://ho-so-tdkt/2025/tinh', s3Endpoint: 'http://minio:9000', s3Region: 'ap-southeast-1', s3ForcePathStyle: true });
    expect(loadSettings({}).fileStore).toBeUndefined();
    expect(() => loadSettings({ FILE_STORE: 'ftp://x' })).toThrow(/FILE_STORE/);
    expect(() => loadSettings({ FILE_STORE: 's3://Bad_Bucket/x' })).toThrow(/FILE_STORE/);
    expect(() => loadSettings({ S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT/);
  });

  it('parses s3://bucket/prefix', () => {
    expect(parseS3Url('s3://ho-so/a/b/')).toEqual({ bucket: 'ho-so', prefix: 'a/b' });
    expect(parseS3Url('s3://ho-so')).toEqual({ bucket: 'ho-so', prefix: '' });
    expect(() => parseS3Url('http://x')).toThrow();
  });
});

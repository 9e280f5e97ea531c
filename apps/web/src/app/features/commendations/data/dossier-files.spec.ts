import { checkFile, formatSize, isViewable } from './dossier-files';

const file = (name: string, size: number, type = '') => ({ name, size, type });

describe('checkFile (the browser-side check before an upload)', () => {
  it('accepts PDF, DOCX, JPEG and PNG by extension or by the browser’s type, up to 20 MB', () => {
    expect(checkFile(file('Tờ trình.PDF', 10))).toBeNull();
    expect(checkFile(file('bao-cao.docx', 10))).toBeNull();
    expect(checkFile(file('anh.jpeg', 10))).toBeNull();
    expect(checkFile(file('anh.JPG', 10))).toBeNull();
    expect(checkFile(file('scan', 10, 'image/png'))).toBeNull();
    expect(checkFile(file('vua-du.pdf', 20 * 1024 * 1024))).toBeNull();
  });

  it('refuses an empty file, one above 20 MB, and other types', () => {
    expect(checkFile(file('a.pdf', 0))).toBe('empty');
    expect(checkFile(file('a.pdf', 20 * 1024 * 1024 + 1))).toBe('tooLarge');
    expect(checkFile(file('bang.xlsx', 10, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'))).toBe('type');
    expect(checkFile(file('cu.doc', 10, 'application/msword'))).toBe('type');
    expect(checkFile(file('anh.gif', 10, 'image/gif'))).toBe('type');
    expect(checkFile(file('khong-duoi', 10))).toBe('type');
  });
});

describe('isViewable and formatSize', () => {
  it('shows PDFs and images in the page, downloads Word documents', () => {
    expect(isViewable({ mediaType: 'application/pdf' } as never)).toBe(true);
    expect(isViewable({ mediaType: 'image/png' } as never)).toBe(true);
    expect(isViewable({ mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as never)).toBe(false);
  });

  it('writes sizes in B, KB and MB', () => {
    expect(formatSize(620)).toBe('620 B');
    expect(formatSize(245_760)).toBe('240 KB');
    expect(formatSize(2 * 1024 * 1024)).toBe('2.0 MB');
  });
});

import { fileNameFromDisposition, saveBlob } from './file-download';

describe('fileNameFromDisposition', () => {
  it.each([
    ['attachment; filename="mau-nhap-khen-thuong.xlsx"', 'mau-nhap-khen-thuong.xlsx'],
    ['attachment; filename=bao-cao.xlsx', 'bao-cao.xlsx'],
    ['attachment; filename="x.xlsx"; filename*=UTF-8\'\'B%C3%A1o%20c%C3%A1o.docx', 'Báo cáo.docx'],
    ['attachment; filename*=UTF-8\'\'%E0%A4%A', 'mac-dinh.xlsx'],
    ['attachment; filename="../../etc/passwd"', '.._.._etc_passwd'],
    ['attachment', 'mac-dinh.xlsx'],
    [null, 'mac-dinh.xlsx'],
  ])('%s → %s', (header, name) => {
    expect(fileNameFromDisposition(header, 'mac-dinh.xlsx')).toBe(name);
  });
});

describe('saveBlob', () => {
  it('clicks a hidden link to an object URL named as given, then removes it', () => {
    const created = jest.fn(() => 'blob:tdkt/1');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const clicked: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.download} ${this.href}`);
    });
    saveBlob(new Blob(['x']), 'bao-cao.docx');
    expect(clicked).toEqual(['bao-cao.docx blob:tdkt/1']);
    expect(document.querySelector('a[download]')).toBeNull();
  });
});

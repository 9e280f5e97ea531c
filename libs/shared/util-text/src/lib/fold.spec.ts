import { escapeLike, foldVietnamese, searchText } from './fold';

describe('foldVietnamese', () => {
  it.each([
    ['Tuyên Quang', 'tuyen quang'],
    ['TUYÊN', 'tuyen'],
    ['Đắk Lắk', 'dak lak'],
    ['đắk lắk', 'dak lak'],
    ['Nguyễn Văn Đức', 'nguyen van duc'],
    ['Thừa Thiên Huế', 'thua thien hue'],
    ['  Hòa   Bình ', 'hoa binh'],
    ['Bà Rịa - Vũng Tàu', 'ba ria - vung tau'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('folds precomposed and decomposed input alike', () => {
    expect(foldVietnamese('Ho\u0300a')).toBe(foldVietnamese('Hòa'));
  });

  it('returns an empty string for null and undefined', () => {
    expect(foldVietnamese(null)).toBe('');
    expect(foldVietnamese(undefined)).toBe('');
  });
});

describe('searchText', () => {
  it('joins folded parts and skips empty ones', () => {
    expect(searchText('Lê Thị Hằng', null, 'Sở Nội vụ')).toBe('le thi hang so noi vu');
  });
});

describe('escapeLike', () => {
  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});

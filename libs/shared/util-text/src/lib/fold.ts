/**
 * Folds Vietnamese text for accent- and case-insensitive matching:
 * "Đắk Lắk" → "dak lak", "TUYÊN  Quang" → "tuyen quang".
 * NFD strips the combining marks; đ/Đ has no decomposition, so it is mapped by hand.
 */
export function foldVietnamese(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards so user input matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Joins the folded parts into one searchable string (stored beside the record). */
export function searchText(...parts: Array<string | null | undefined>): string {
  return parts.map(foldVietnamese).filter(Boolean).join(' ');
}

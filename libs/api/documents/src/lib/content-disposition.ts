/** Vietnamese to plain ASCII, case kept: "Đơn đề nghị.pdf" → "Don de nghi.pdf". */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** A file name safe to store and to send back: no folders, no control characters, at most 200 characters. */
export function cleanFileName(name: string | undefined, fallback: string): string {
  const base = (name ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '_').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return (cleaned || fallback).slice(0, 200);
}

/**
 * `Content-Disposition` for a download or an inline view: an ASCII fallback `filename` (accents folded, anything
 * else replaced) and the exact UTF-8 name as RFC 5987 `filename*`, which every current browser prefers.
 */
export function contentDisposition(fileName: string, inline: boolean): string {
  const fallback = asciiFold(fileName)
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${inline ? 'inline' : 'attachment'}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

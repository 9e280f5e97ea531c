import type { HttpResponse } from '@angular/common/http';

/**
 * The file name a Content-Disposition header gives: `filename*=UTF-8''…` (RFC 5987) first, then `filename="…"`;
 * the fallback when the header is missing or unreadable (e.g. not exposed to the page).
 */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:[\w-]+)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      return sanitize(decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''))) || fallback;
    } catch {
      // A malformed escape: try the plain form.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(header);
  const name = plain ? (plain[1] ?? plain[2] ?? '').trim() : '';
  return sanitize(name) || fallback;
}

/** No folders in a download name. */
function sanitize(name: string): string {
  return name.replace(/[/\\]/g, '_').trim();
}

/** Hands a downloaded body to the browser as a file, named as the server says. */
export function saveBlob(document: Document, response: HttpResponse<Blob>, fallbackName: string): string {
  const name = filenameFromDisposition(response.headers.get('Content-Disposition'), fallbackName);
  const body = response.body ?? new Blob([]);
  const url = URL.createObjectURL(body);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next turn: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url));
  return name;
}

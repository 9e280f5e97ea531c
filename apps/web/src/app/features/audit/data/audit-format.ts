/** Words the formatter needs, already translated. */
export interface ValueWords {
  readonly empty: string;
  readonly yes: string;
  readonly no: string;
  /** Words for the codes records hold (APPROVED, CHAIR, PROVINCE_STAFF…); an unknown code shows as is. */
  readonly codes?: Readonly<Record<string, string>>;
}

const CODE = /^[A-Z][A-Z0-9_]+$/;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** dd/MM/yyyy HH:mm in Vietnam time (UTC+7, no daylight saving), whatever the browser's zone. */
export function formatInstant(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + VIETNAM_OFFSET_MS);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** A recorded value as one line of text: dates day-first, yes/no in words, lists and objects spelled out. */
export function formatAuditValue(value: unknown, words: ValueWords): string {
  if (value === null || value === undefined || value === '') return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return value.split('-').reverse().join('/');
    if (ISO_INSTANT.test(value)) return formatInstant(value);
    if (CODE.test(value)) return words.codes?.[value] ?? value;
    return value;
  }
  if (typeof value === 'number') return value.toLocaleString('vi-VN');
  if (Array.isArray(value)) return value.length ? value.map((v) => formatAuditValue(v, words)).join('; ') : words.empty;
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${formatAuditValue(v, words)}`)
      .join(', ');
  }
  return String(value);
}

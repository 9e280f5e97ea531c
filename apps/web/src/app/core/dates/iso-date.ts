const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date picked in the browser → `YYYY-MM-DD`, the API's date form (no time zone shift). */
export function toIsoDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `YYYY-MM-DD` → a local Date at midnight, or null for anything else. */
export function fromIsoDate(value: string | null | undefined): Date | null {
  const m = value ? ISO_DATE.exec(value) : null;
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

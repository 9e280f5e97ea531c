export interface DecisionNumber {
  /** The running number, e.g. 1234. */
  number: number;
  /** The document kind, e.g. "QĐ". */
  kind: string;
  /** The issuing body's symbol, e.g. "UBND" or "TTg". */
  issuer: string;
}

// Số, ký hiệu per Decree 30/2020: "1234/QĐ-UBND", also "1234/2024/QĐ-UBND" for legal documents.
const DECISION_NUMBER = /^(\d{1,6})\/(?:(\d{4})\/)?([A-ZĐ]{1,6})-([A-Za-zĐđ0-9]+(?:[.-][A-Za-zĐđ0-9]+)*)$/u;

/** Parses a decision number written the administrative way; null when it is not one. */
export function parseDecisionNumber(text: string): DecisionNumber | null {
  const m = DECISION_NUMBER.exec(text.trim());
  if (!m) return null;
  return { number: Number(m[1]), kind: m[3], issuer: m[4] };
}

export const DECISION_NUMBER_PATTERN = DECISION_NUMBER;

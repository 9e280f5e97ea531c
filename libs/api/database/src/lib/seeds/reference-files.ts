import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

// In the bundled API the CSV files are copied to assets/reference; from source they sit beside this file.
const CANDIDATE_DIRS = [join(__dirname, 'assets', 'reference'), join(__dirname, 'reference')];

export function referenceDir(): string {
  const dir = CANDIDATE_DIRS.find((d) => existsSync(join(d, 'provinces.csv')));
  if (!dir) throw new Error(`reference data not found in ${CANDIDATE_DIRS.join(' or ')}`);
  return dir;
}

/** Reads one reference CSV (header row, UTF-8) into records keyed by column name. */
export function readReferenceCsv<T extends Record<string, string>>(file: string): T[] {
  return parse(readFileSync(join(referenceDir(), file), 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as T[];
}

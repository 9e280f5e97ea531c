import type { ImportResult, ImportedCommendation, ImportedPledgeResult, ImportedTypicalExample } from '@tdkt/shared/contracts';

/** A row an import would write (dry run) or wrote; its shape depends on the kind imported. */
export type ImportedRow = ImportedCommendation | ImportedPledgeResult | ImportedTypicalExample;

/** The answer of any import. */
export type AnyImportResult = ImportResult<ImportedRow>;

/** Pledge result rows that replace a value the province had already entered (same criterion and period). */
export function replacingRows(rows: readonly ImportedRow[]): number {
  return rows.filter((row) => 'replaces' in row && row.replaces).length;
}

/**
 * New and replaced values of a pledge result import. The server counts both on a real import (`created` holds new
 * values only); a dry run has no counts yet, so they come from the rows' `replaces` flags.
 */
export function pledgeCounts(result: AnyImportResult): { created: number; updated: number; total: number } {
  if (!result.dryRun) {
    const updated = result.updated ?? 0;
    return { created: result.created, updated, total: result.created + updated };
  }
  const updated = replacingRows(result.valid);
  return { created: result.valid.length - updated, updated, total: result.valid.length };
}

/** The rows as the kind's table reads them: the kind chosen decides the shape the server sent. */
export function commendationRows(rows: readonly ImportedRow[]): readonly ImportedCommendation[] {
  return rows as readonly ImportedCommendation[];
}

export function typicalExampleRows(rows: readonly ImportedRow[]): readonly ImportedTypicalExample[] {
  return rows as readonly ImportedTypicalExample[];
}

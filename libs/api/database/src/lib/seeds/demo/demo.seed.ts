import { EntityManager } from 'typeorm';

/**
 * Loads the TDMNPB demo dataset and returns a one-line summary, or '' when it loaded nothing.
 * The dataset itself (issue #3, item 5) has not landed yet: nothing is loaded.
 */
export async function seedDemoData(_m: EntityManager): Promise<string> {
  return '';
}

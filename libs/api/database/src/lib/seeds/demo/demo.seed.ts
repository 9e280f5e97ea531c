import { EntityManager } from 'typeorm';

/** Loads the TDMNPB demo dataset; returns a one-line summary. (Being written by the demo-data work.) */
export async function seedDemoData(_m: EntityManager): Promise<string> {
  return 'no demo records yet';
}

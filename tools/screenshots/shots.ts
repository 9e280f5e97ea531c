import type { Page } from 'playwright-core';
import type { AccountRole } from '../../apps/web-e2e/src/support/accounts';

export interface Shot {
  name: string;
  /** null: signed out. */
  role: AccountRole | null;
  /** The address, or how to find it (e.g. the first record of a list). */
  path: string | ((page: Page) => Promise<string>);
  prepare?: (page: Page) => Promise<void>;
  fullPage?: boolean;
}

/** The main pages of each role, in the order the README shows them. */
export const SHOTS: Shot[] = [
  { name: '01-sign-in', role: null, path: '/login' },
  { name: '02-overview-staff', role: 'staff', path: '/' },
];

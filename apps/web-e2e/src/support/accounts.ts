/** Passwords the e2e app is started with (never used outside these tests). */
export const DEMO_PASSWORD = 'E2e-Demo-Password-2026';
export const ADMIN_PASSWORD = 'E2e-Admin-Password-2026';

/** The demo accounts of each role (seeded with the demo data). */
export const ACCOUNTS = {
  staff: 'canbo.tuyenquang',
  chair: 'cumtruong.tdmnpb',
  reviewer: 'thamdinh.trunguong',
  admin: 'admin',
} as const;

export type AccountRole = keyof typeof ACCOUNTS;

export function passwordOf(role: AccountRole): string {
  return role === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD;
}

import type { Page } from 'playwright-core';
import type { AccountRole } from '../../apps/web-e2e/src/support/accounts';

export interface Shot {
  name: string;
  /** null: signed out. */
  role: AccountRole | null;
  /** The address, or how to find it from the page as the previous shot left it. */
  path: string | ((page: Page) => Promise<string>);
  prepare?: (page: Page) => Promise<void>;
  /** A taller window for long pages: the app scrolls inside its content pane, so a full-page capture would cut it. */
  height?: number;
}

/** The address of the first link in the main content matching `selector`, after opening `list`. */
function firstLink(list: string, selector: string): (page: Page) => Promise<string> {
  return async (page) => {
    await page.goto(page.url().replace(/^(https?:\/\/[^/]+).*$/, `$1${list}`));
    const link = page.locator(`main ${selector}`).first();
    await link.waitFor();
    return (await link.getAttribute('href')) ?? list;
  };
}

/** The report the previous shot opened, with a suffix (bulletin, print). */
function currentReport(suffix: string): (page: Page) => Promise<string> {
  return async (page) => `${new URL(page.url()).pathname.replace(/\/(bulletin|print)$/, '')}${suffix}`;
}

async function chooseOption(page: Page, field: string, option: string | RegExp): Promise<void> {
  await page.locator(`[data-field="${field}"]`).click();
  await page.getByRole('option', { name: option }).click();
}

/** The main pages of each role, in the order the README shows them. */
export const SHOTS: Shot[] = [
  { name: '01-sign-in', role: null, path: '/login' },
  { name: '02-overview-staff', role: 'staff', path: '/' },
  { name: '03-commendations', role: 'staff', path: '/commendations?year=2024' },
  { name: '04-commendation-form', role: 'staff', path: '/commendations/new', height: 1500 },
  { name: '05-commendation-detail', role: 'staff', path: firstLink('/commendations?year=2024&status=DRAFT', 'table a[href^="/commendations/"]') },
  { name: '06-pledge-results-grid', role: 'staff', path: firstLink('/pledges', 'a[href^="/pledges/"]:not([href="/pledges/new"])'), height: 1400 },
  { name: '07-excel-import', role: 'staff', path: '/imports', height: 1500 },
  { name: '08-period-submission', role: 'staff', path: '/periods?year=2024' },
  { name: '09-movements', role: 'staff', path: '/movements' },
  { name: '10-typical-examples', role: 'staff', path: '/typical-examples' },
  { name: '11-cluster-dashboard', role: 'chair', path: '/dashboard?year=2024', height: 2000 },
  {
    name: '12-report',
    role: 'chair',
    path: '/reports',
    height: 1600,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
      await chooseOption(page, 'year', '2024');
      await chooseOption(page, 'period', /Sơ kết 6 tháng đầu năm/);
      await page.getByRole('button', { name: 'Tạo và tính số liệu' }).click();
      await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    },
  },
  { name: '13-report-bulletin', role: 'chair', path: currentReport('/bulletin') },
  { name: '14-report-print', role: 'chair', path: currentReport('/print') },
  { name: '15-meetings', role: 'chair', path: '/meetings' },
  { name: '16-review-queue', role: 'reviewer', path: '/review' },
  { name: '17-findings', role: 'reviewer', path: '/findings' },
  { name: '18-audit-trail', role: 'reviewer', path: '/audit' },
  { name: '19-users', role: 'admin', path: '/users' },
  { name: '20-cluster-membership', role: 'admin', path: '/clusters/TDMNPB?year=2024', height: 1300 },
];

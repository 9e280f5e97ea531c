import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, newContext, seriousA11yViolations, signIn } from './support/browser';

/** The provincial officer's main flow: record a decided provincial commendation, after a field error. */
describe('Provincial officer', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
    page = await (await newContext(browser)).newPage();
    await signIn(page, 'staff');
  });
  afterAll(async () => {
    await page.context().close();
    await close();
  });

  const field = (name: string) => page.locator(`[data-field="${name}"]`);

  async function choose(name: string, option: string | RegExp): Promise<void> {
    await field(name).click();
    await page.getByRole('option', { name: option }).click();
  }

  it('lists the province\'s commendations, searched without accents', async () => {
    await page.goto(`${baseUrl()}/commendations`);
    await page.getByRole('heading', { level: 1, name: 'Khen thưởng' }).waitFor();
    await page.locator('main table tbody tr').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel('Tìm theo tên, đơn vị, số quyết định').fill('luong xuan truong');
    await page.waitForURL(/q=luong/);
    await page.locator('main table tbody tr').first().waitFor();
    await expect(page.locator('main table tbody').textContent()).resolves.toContain('Lương Xuân Trường');
  });

  it('records a commendation: a bad decision number is explained next to its field, then the record is saved', async () => {
    await page.goto(`${baseUrl()}/commendations/new`);
    await page.getByRole('heading', { level: 1, name: 'Thêm khen thưởng' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await choose('awardTypeCode', /^Chiến sĩ thi đua cấp tỉnh/);
    await choose('recipientKind', 'Cá nhân');
    await field('recipientName').fill('Hoàng Thị Mai Kiểm Thử');
    await field('position').fill('Trưởng phòng');
    await field('organization').fill('Sở Giáo dục và Đào tạo tỉnh Tuyên Quang');
    await field('achievementYear').fill('2025');
    await page.getByRole('radio', { name: 'Đã có quyết định khen thưởng' }).check();
    await field('decisionNumber').fill('abc');
    await field('decisionDate').fill('10/11/2026');
    await field('decidingAuthority').fill('Chủ tịch UBND tỉnh Tuyên Quang');
    await page.locator('[data-action="save"]').click();

    const error = page.locator('mat-error', { hasText: 'Số quyết định phải có dạng số/ký hiệu' });
    await error.waitFor();
    // Nothing typed is lost, and nothing was saved.
    expect(page.url()).toMatch(/\/commendations\/new$/);
    await expect(field('recipientName').inputValue()).resolves.toBe('Hoàng Thị Mai Kiểm Thử');

    await field('decisionNumber').fill('2150/QĐ-UBND');
    await page.locator('[data-action="save"]').click();
    await page.waitForURL(/\/commendations\/[0-9a-f-]{36}$/);
    const main = page.locator('main');
    await main.getByText('Hoàng Thị Mai Kiểm Thử').first().waitFor();
    await expect(main.textContent()).resolves.toContain('2150/QĐ-UBND');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

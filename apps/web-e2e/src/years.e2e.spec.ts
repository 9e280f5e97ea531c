import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, newContext, seriousA11yViolations, signIn } from './support/browser';

/** The years after 2024: the admin's carry-forward page, and what the chair sees for a year without members. */
describe('Years after 2024', () => {
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => ({ browser, close } = await launchBrowser()));
  afterAll(() => close());

  async function as(role: 'admin' | 'chair'): Promise<Page> {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, role);
    return page;
  }

  it('the admin previews the derived 2026 members (merged provinces collapsed), keeps the rotation and confirms', async () => {
    const page = await as('admin');
    await page.goto(`${baseUrl()}/clusters/TDMNPB/carry-forward/2026`);
    await page.getByRole('heading', { level: 1, name: /sang năm 2026/ }).waitFor();
    const table = page.locator('[data-table="members"]');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(10);
    await expect(table.locator('tr[data-province="25"]').textContent()).resolves.toContain('Hợp nhất: Hòa Bình, Phú Thọ');
    // The select's label appears once its options are rendered: an auto-waiting locator reads it.
    await page.locator('[data-field="chair"]').filter({ hasText: /Thái Nguyên\s+\(gợi ý\)/ }).waitFor();
    await page.locator('[data-field="viceChair"]').filter({ hasText: /Lạng Sơn\s+\(gợi ý\)/ }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // 2026 holds the derived reference members: replacing them is explicit.
    await page.locator('[data-problem="needsReplace"]').waitFor();
    await page.locator('[data-field="replace"] input').check();
    await page.locator('[data-action="confirm"]').click();
    await page.waitForURL(/\/clusters\/TDMNPB\?.*year=2026/);
    await page.getByText('10 tỉnh, thành phố thành viên năm 2026').waitFor();
    expect(await page.locator('[data-field="derived"]').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the chair is told a year has no members, and whom to ask, on the dashboard and the periods page', async () => {
    const page = await as('chair');
    await page.goto(`${baseUrl()}/dashboard?year=2030`);
    const notice = page.locator('tdkt-no-membership-notice').first();
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('chưa có danh sách thành viên năm 2030');
    await expect(notice.textContent()).resolves.toContain('Đề nghị quản trị viên hệ thống');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.goto(`${baseUrl()}/periods?year=2030`);
    await page.locator('tdkt-no-membership-notice').waitFor();
    expect(await page.getByRole('button', { name: /Khóa kỳ/ }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Without a year in the address the periods page opens on the latest year that has members.
    await page.goto(`${baseUrl()}/periods`);
    await page
      .getByRole('button', { name: /Khóa kỳ/ })
      .first()
      .waitFor();
    await expect(page.locator('[data-field="year"]').textContent()).resolves.toContain('2026');
    await page.context().close();
  });
});

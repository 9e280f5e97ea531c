import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, newContext, seriousA11yViolations, signIn } from './support/browser';

/** The council reviewer's main flow: return a submitted proposal with a reason. */
describe('Council reviewer', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
    page = await (await newContext(browser)).newPage();
    await signIn(page, 'reviewer');
  });
  afterAll(async () => {
    await page.context().close();
    await close();
  });

  it('returns a proposal from the queue; an empty reason is refused first', async () => {
    await page.goto(`${baseUrl()}/review`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const rows = page.locator('main table tbody tr');
    await rows.first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    const before = await rows.count();
    const recipient = (await rows.first().locator('td').nth(1).textContent())?.trim() ?? '';

    await rows.first().locator('[data-action="return"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Trả lại hồ sơ cho tỉnh' }).waitFor();
    await dialog.locator('[data-action="confirm"]').click();
    await dialog.locator('mat-error', { hasText: 'Vui lòng nêu lý do' }).waitFor();

    await dialog.locator('[data-field="reason"]').fill('Hồ sơ thiếu biên bản họp Hội đồng Thi đua – Khen thưởng tỉnh; đề nghị bổ sung rồi trình lại.');
    await dialog.locator('[data-action="confirm"]').click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(
      ([selector, count]) => document.querySelectorAll(selector as string).length < (count as number),
      ['main table tbody tr', before] as const,
    );
    if (recipient) await expect(page.locator('main table tbody').textContent()).resolves.not.toContain(recipient);
  });

  it('sees the findings queue and the audit trail without serious accessibility violations', async () => {
    await page.goto(`${baseUrl()}/findings`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.goto(`${baseUrl()}/audit`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('main').getByText(/Trả lại|RETURN/).first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

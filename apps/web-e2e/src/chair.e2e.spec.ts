import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, newContext, seriousA11yViolations, signIn } from './support/browser';

/** The cluster chair's main flow: the H1 2024 report of the 29/7/2024 meeting, then its .docx. */
describe('Cluster chair', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
    page = await (await newContext(browser)).newPage();
    await signIn(page, 'chair');
  });
  afterAll(async () => {
    await page.context().close();
    await close();
  });

  async function choose(field: string, option: string | RegExp): Promise<void> {
    await page.locator(`[data-field="${field}"]`).click();
    await page.getByRole('option', { name: option }).click();
  }

  it('creates the H1 2024 report, sees the demo meeting and the figures, and downloads the .docx', async () => {
    await page.goto(`${baseUrl()}/reports`);
    await page.getByRole('heading', { level: 1, name: 'Báo cáo sơ kết, tổng kết' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await choose('year', '2024');
    await choose('period', /Sơ kết 6 tháng đầu năm/);
    await page.getByRole('button', { name: 'Tạo và tính số liệu' }).click();
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);

    const main = page.locator('main');
    await main.getByText('APPlaza', { exact: false }).first().waitFor();
    await expect(main.textContent()).resolves.toContain('29/07/2024');
    await main.locator('canvas, svg').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải văn bản .docx' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = readFileSync((await download.path())!);
    // A .docx is a zip (PK…) holding word/document.xml.
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
  });

  it('shows the cluster dashboard for 2024 with the submissions table and a chart', async () => {
    await page.goto(`${baseUrl()}/dashboard?year=2024`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('main table').first().waitFor();
    await page.locator('main canvas, main svg').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('lists the cluster meetings, the 29/7/2024 one among them', async () => {
    await page.goto(`${baseUrl()}/meetings`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('main').getByText('29/07/2024').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('sees the period status page with lock controls', async () => {
    await page.goto(`${baseUrl()}/periods?year=2024`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: /Khóa kỳ/ }).first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

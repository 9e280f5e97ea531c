import { Browser, Page } from 'playwright-core';
import { AccountRole } from './support/accounts';
import { baseUrl, launchBrowser, newContext, seriousA11yViolations, signIn } from './support/browser';

/** What each role finds in the side navigation, in order (the server checks every request anyway). */
const NAVIGATION: Record<AccountRole, string[]> = {
  staff: ['Tổng quan', 'Khen thưởng', 'Phong trào thi đua', 'Giao ước thi đua', 'Gương điển hình', 'Nhập, xuất Excel', 'Nộp số liệu theo kỳ', 'Tổng kết năm', 'Tỉnh, thành phố', 'Danh mục khen thưởng', 'Cụm thi đua'],
  chair: ['Tổng quan', 'Bảng điều khiển cụm', 'Khen thưởng', 'Phong trào thi đua', 'Giao ước thi đua', 'Gương điển hình', 'Nhập, xuất Excel', 'Nộp số liệu theo kỳ', 'Hội nghị cụm', 'Tổng kết năm', 'Báo cáo sơ kết, tổng kết', 'Tỉnh, thành phố', 'Danh mục khen thưởng', 'Cụm thi đua'],
  reviewer: ['Tổng quan', 'Bảng điều khiển cụm', 'Khen thưởng', 'Thẩm định đề nghị', 'Kết quả kiểm tra', 'Gương điển hình', 'Báo cáo sơ kết, tổng kết', 'Nhật ký thay đổi', 'Tỉnh, thành phố', 'Danh mục khen thưởng', 'Cụm thi đua'],
  admin: ['Tổng quan', 'Nhật ký thay đổi', 'Người dùng', 'Tỉnh, thành phố', 'Danh mục khen thưởng', 'Cụm thi đua'],
};

describe('Shell: sign-in, navigation per role, accessibility', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => close());
  beforeEach(async () => {
    page = await (await newContext(browser)).newPage();
  });
  afterEach(async () => page.context().close());

  it('sends a visitor to the sign-in page, in Vietnamese, and explains a wrong password', async () => {
    await page.goto(`${baseUrl()}/provinces`);
    await page.waitForURL(/\/login/);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel('Tên đăng nhập').fill('canbo.tuyenquang');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/mật khẩu/i);
    expect(page.url()).toContain('/login');
  });

  for (const role of Object.keys(NAVIGATION) as AccountRole[]) {
    it(`signs ${role} in and shows only their pages; the overview has no serious accessibility violation`, async () => {
      await signIn(page, role);
      const navigation = page.getByRole('navigation', { name: 'Điều hướng chính' });
      await navigation.getByRole('link').first().waitFor();
      const labels = (await navigation.getByRole('link').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
      expect(labels).toEqual(NAVIGATION[role]);
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
  }

  /** The pages the role flows do not visit; each must pass axe once its data has arrived. */
  const OTHER_PAGES: [AccountRole, string[]][] = [
    ['staff', ['/movements', '/pledges', '/typical-examples', '/imports', '/periods?year=2024', '/provinces', '/award-types', '/clusters']],
    ['admin', ['/users', '/clusters', '/audit']],
  ];
  for (const [role, paths] of OTHER_PAGES) {
    it(`has no serious accessibility violation on ${role}'s other pages: ${paths.join(', ')}`, async () => {
      await signIn(page, role);
      const failures: Record<string, unknown> = {};
      for (const path of paths) {
        await page.goto(`${baseUrl()}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const violations = await seriousA11yViolations(page);
        if (violations.length) failures[path] = violations;
      }
      expect(failures).toEqual({});
    });
  }

  it('signs out and says so on the sign-in page', async () => {
    await signIn(page, 'staff');
    await page.locator('[data-action="user-menu"]').click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/login/);
    await page.locator('[data-notice="signedOut"]').waitFor();
  });
});

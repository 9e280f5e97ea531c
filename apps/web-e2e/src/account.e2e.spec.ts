import { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, seriousA11yViolations, signIn } from './support/browser';

/**
 * The user's own password page, reached from the user menu. The demo accounts' passwords are shared by the other
 * suites, so this one stops at a refused change (a wrong current password counts once, like a failed sign-in,
 * and the next sign-in resets it); the successful change is tested against the API and in the component test.
 */
describe('Own password', () => {
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

  it('opens "Đổi mật khẩu" from the user menu; the form is accessible and a wrong current password shows beside its field', async () => {
    await page.locator('[data-action="user-menu"]').click();
    await page.getByRole('menuitem', { name: 'Đổi mật khẩu' }).click();
    await page.waitForURL(/\/account\/password$/);
    await page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel('Mật khẩu hiện tại').fill('khong-phai-mat-khau-cua-toi');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-thu-nghiem');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-thu-nghiem');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Mật khẩu hiện tại không đúng').waitFor();
    // The message fades in: axe would measure its contrast half-way through the transition.
    await page.waitForFunction(() => document.getAnimations().length === 0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

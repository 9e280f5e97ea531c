/**
 * `npm run screenshots`: starts the production build on a fresh embedded database (as the browser
 * tests do), signs in as each role and saves the main pages in Vietnamese to docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import globalSetup from '../../apps/web-e2e/src/support/global-setup';
import globalTeardown from '../../apps/web-e2e/src/support/global-teardown';
import { AccountRole } from '../../apps/web-e2e/src/support/accounts';
import { baseUrl, launchBrowser, newContext, signIn } from '../../apps/web-e2e/src/support/browser';
import { SHOTS } from './shots';

const OUT = join(__dirname, '..', '..', 'docs', 'screenshots');

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Charts and Material animations finish drawing after the data arrives.
  await page.waitForTimeout(600);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await globalSetup();
  const { browser, close } = await launchBrowser();
  try {
    let signedInAs: AccountRole | null = null;
    let page: Page | null = null;
    for (const shot of SHOTS) {
      if (shot.role !== signedInAs || !page) {
        await page?.context().close();
        page = await (await newContext(browser)).newPage();
        if (shot.role) await signIn(page, shot.role);
        signedInAs = shot.role;
      }
      await page.setViewportSize({ width: 1366, height: shot.height ?? 900 });
      if (page.url() === 'about:blank') await page.goto(baseUrl());
      await page.goto(`${baseUrl()}${typeof shot.path === 'string' ? shot.path : await shot.path(page)}`);
      await settle(page);
      if (shot.prepare) {
        await shot.prepare(page);
        await settle(page);
      }
      await page.screenshot({ path: join(OUT, `${shot.name}.png`) });
      console.log(`docs/screenshots/${shot.name}.png`);
    }
  } finally {
    await close();
    await globalTeardown();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

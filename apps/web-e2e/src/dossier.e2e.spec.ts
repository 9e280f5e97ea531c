import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { ACCOUNTS, passwordOf } from './support/accounts';
import { baseUrl, launchBrowser, newContext, seriousA11yViolations, signIn } from './support/browser';

const SHOTS = join(__dirname, '..', '..', '..', 'docs', 'screenshots');
const RECIPIENT = 'Trường Tiểu học Kiểm Thử Hồ Sơ, huyện Lâm Bình';

/** A small valid one-page PDF, written by hand (the app's own generator lives in the API). */
function pdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 56 780 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A fresh central-level proposal of Tuyên Quang, created through the API as the officer. */
async function createProposal(): Promise<string> {
  const login = await fetch(`${baseUrl()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: ACCOUNTS.staff, password: passwordOf('staff') }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const res = await fetch(`${baseUrl()}/api/v1/commendations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({
      recipientKind: 'COLLECTIVE',
      recipientName: RECIPIENT,
      provinceCode: '08',
      awardTypeCode: 'BANG_KHEN_THU_TUONG',
      kind: 'REGULAR',
      achievementYear: 2025,
      citation: 'Đã có thành tích xuất sắc trong phong trào thi đua dạy tốt, học tốt năm học 2024–2025',
    }),
  });
  if (res.status !== 201) throw new Error(`creating the proposal: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/** The province's officer attaches the two required documents and submits; the council's reviewer reads the PDF in the page and approves. */
describe('Award dossier', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let id: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ({ browser, close } = await launchBrowser());
    id = await createProposal();
  });
  afterAll(() => close());

  async function upload(page: Page, kind: string, name: string, bytes: Buffer, mimeType: string): Promise<void> {
    const panel = page.locator('[data-dossier]');
    await panel.locator('mat-select[data-field="kind"]').click();
    await page.getByRole('option', { name: kind, exact: true }).click();
    await panel.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer: bytes });
    await panel.locator('button[data-action="upload"]').click();
    await panel.locator('.documents li', { hasText: name }).waitFor();
  }

  it('the officer uploads the submission and the achievement report, sees the checklist complete, and submits', async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, 'staff');
    await page.goto(`${baseUrl()}/commendations/${id}`);
    const panel = page.locator('[data-dossier]');
    await panel.locator('[data-missing]', { hasText: 'Tờ trình, Báo cáo thành tích' }).waitFor();

    // The browser refuses a spreadsheet before sending it.
    await panel.locator('input[type="file"]').setInputFiles({ name: 'so-lieu.xlsx', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('x') });
    await panel.locator('[data-problem]', { hasText: 'Chỉ nhận tệp PDF' }).waitFor();

    await upload(page, 'Tờ trình', 'Tờ trình 25-TTr-UBND.pdf', pdf('To trinh de nghi tang Bang khen cua Thu tuong'), 'application/pdf');
    await panel.locator('[data-missing]', { hasText: 'Báo cáo thành tích' }).waitFor();
    await upload(page, 'Báo cáo thành tích', 'Báo cáo thành tích 2024-2025.pdf', pdf('Bao cao thanh tich nam hoc 2024-2025'), 'application/pdf');
    await panel.locator('.complete').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await panel.screenshot({ path: join(SHOTS, 'dossier-officer-panel.png') });

    await page.locator('tdkt-workflow-actions [data-action="submit"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('[data-action="confirm"]').click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.heading tdkt-status-chip', { hasText: 'Đã trình' }).waitFor();
    await panel.locator('[data-frozen]').waitFor();
    expect(await panel.locator('[data-upload]').count()).toBe(0);
    await page.context().close();
  });

  it('the reviewer opens the PDF in the page beside the checklist and approves', async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, 'reviewer');
    await page.goto(`${baseUrl()}/review`);
    await page.locator('main table tbody tr', { hasText: RECIPIENT }).locator('a', { hasText: RECIPIENT }).click();
    await page.waitForURL((url) => url.pathname === `/commendations/${id}`);
    const panel = page.locator('[data-dossier]');
    await panel.locator('.complete').waitFor();
    await panel.locator('.documents li', { hasText: 'Tờ trình 25-TTr-UBND.pdf' }).locator('[data-action="view"]').click();
    const frame = panel.locator('[data-viewer] iframe[data-pdf]');
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toMatch(/^blob:/);
    // The PDF viewer loaded the blob (no CSP refusal): wait for the frame's document, then look.
    await page.waitForTimeout(1500);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'dossier-reviewer-inline-pdf.png'), fullPage: true });

    await page.locator('tdkt-workflow-actions [data-action="approve"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('[data-field="decisionNumber"]').fill('1520/QĐ-TTg');
    await dialog.locator('[data-field="decisionDate"]').fill('01/12/2026');
    await dialog.locator('[data-field="decidingAuthority"]').fill('Thủ tướng Chính phủ');
    await dialog.locator('[data-action="confirm"]').click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.heading tdkt-status-chip', { hasText: 'Đã có quyết định' }).waitFor();
    await page.context().close();
  });
});

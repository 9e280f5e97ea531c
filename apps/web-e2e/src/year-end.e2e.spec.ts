import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { ADMIN_PASSWORD, DEMO_PASSWORD } from './support/accounts';
import { baseUrl, launchBrowser, newContext, seriousA11yViolations } from './support/browser';

/**
 * The year-end review end to end, on a year of its own (2022: the 2024 members copied by the admin through the API),
 * so it neither depends on nor disturbs the demo data's 2024 year-end: the chair sets up and opens the score sheet,
 * three members score themselves, the chair agrees a lower score with a comment, runs the secret-ballot vote (members
 * online, the others on paper), closes it and creates the nomination.
 */
const YEAR = 2022;
const SHOTS = join(__dirname, '..', '..', '..', 'docs', 'screenshots');

interface Scores {
  readonly [item: string]: string;
}

async function api<T>(path: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const response = await fetch(`${baseUrl()}/api/v1/${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}) },
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

describe('Year-end review', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let chair: Page;
  let voteUrl = '';

  /** Signs a demo account in on a page of its own. */
  async function as(username: string): Promise<Page> {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    return page;
  }

  async function confirm(page: Page, label: string): Promise<void> {
    await page.locator('mat-dialog-container').getByRole('button', { name: label, exact: true }).click();
    await page.locator('mat-dialog-container').waitFor({ state: 'detached' });
  }

  async function shoot(page: Page, name: string): Promise<void> {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, name), fullPage: true });
  }

  /** At 390 px the page does not scroll sideways (wide grids scroll in their own box) and the action is in reach. */
  async function fitsPhone(page: Page, action: string): Promise<void> {
    await page.setViewportSize({ width: 390, height: 844 });
    // The side navigation turns into a drawer and slides away.
    await page.waitForTimeout(800);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const button = page.locator(`[data-action="${action}"]`);
    await button.scrollIntoViewIfNeeded();
    expect(await button.isVisible()).toBe(true);
  }

  async function selfScore(page: Page, scores: Scores, note: string): Promise<void> {
    for (const [item, value] of Object.entries(scores)) await page.locator(`tr[data-item="${item}"] [data-field="self"]`).fill(value);
    await page.locator('tr[data-item="A1"] [data-field="note"]').fill(note);
    await page.locator('[data-action="save-scores"]').click();
    await page.locator('.saved', { hasText: 'Đã lưu điểm.' }).waitFor();
  }

  beforeAll(async () => {
    // The 2024 members, carried to 2022 by the admin: a year with members and no year-end of its own.
    const { accessToken } = await api<{ accessToken: string }>('auth/login', {
      method: 'POST',
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    const members = await api<{ provinceCode: string; role: string }[]>('clusters/TDMNPB/members?year=2024', { token: accessToken });
    await api(`clusters/TDMNPB/members/${YEAR}`, {
      method: 'PUT',
      token: accessToken,
      body: JSON.stringify(members.map((m) => ({ provinceCode: m.provinceCode, role: m.role }))),
    });
    ({ browser, close } = await launchBrowser());
    chair = await as('cumtruong.tdmnpb');
  });
  afterAll(async () => {
    await chair?.context().close();
    await close?.();
  });

  it('the chair sets up the score sheet and opens it for scoring', async () => {
    await chair.goto(`${baseUrl()}/year-end/sheet?year=${YEAR}`);
    await chair.getByRole('heading', { level: 2, name: `Bảng chấm điểm năm ${YEAR}` }).waitFor();
    const row = (list: string, i: number, field: string) => chair.locator(`[data-row="${list}.${i}"] [data-field="${field}"]`);
    await row('criteria', 0, 'code').fill('A1');
    await row('criteria', 0, 'group').fill('I. Công tác chỉ đạo, tổ chức phong trào thi đua');
    await row('criteria', 0, 'name').fill('Ban hành kế hoạch, phát động và tổ chức các phong trào thi đua');
    await row('criteria', 0, 'maxPoints').fill('40');
    await chair.locator('[data-action="add-criterion"]').click();
    await row('criteria', 1, 'code').fill('A2');
    await row('criteria', 1, 'group').fill('II. Kết quả thực hiện nhiệm vụ chính trị');
    await row('criteria', 1, 'name').fill('Hoàn thành các chỉ tiêu kinh tế - xã hội chủ yếu');
    await row('criteria', 1, 'maxPoints').fill('40');
    await chair.locator('[data-action="add-bonuses"]').click();
    await row('bonuses', 0, 'code').fill('T1');
    await row('bonuses', 0, 'name').fill('Mô hình mới, cách làm hay được nhân rộng');
    await row('bonuses', 0, 'maxPoints').fill('10');
    await chair.locator('[data-action="add-deductions"]').click();
    await row('deductions', 0, 'code').fill('D1');
    await row('deductions', 0, 'name').fill('Gửi báo cáo chậm so với thời hạn');
    await row('deductions', 0, 'maxPoints').fill('5');
    await chair.locator('[data-field="sheet-status"]', { hasText: 'Tổng điểm tối đa: 90' }).waitFor();
    await chair.locator('[data-action="save-sheet"]').click();
    await chair.locator('.saved', { hasText: 'Đã lưu bảng điểm.' }).waitFor();
    expect(await seriousA11yViolations(chair)).toEqual([]);
    await shoot(chair, '30-year-end-score-sheet.png');

    await chair.locator('[data-action="open-sheet"]').click();
    await confirm(chair, 'Mở chấm điểm');
    await chair.locator('.saved', { hasText: `Đã mở chấm điểm năm ${YEAR}` }).waitFor();
    await chair.locator('[data-table="criteria"]').waitFor();
  });

  it('members score themselves with their evidence', async () => {
    // Phú Thọ's officer also answers for Hòa Bình (merged into Phú Thọ in 2025): the province is named.
    const members: [string, string, Scores][] = [
      ['canbo.phutho', '25', { A1: '38', A2: '36', T1: '5' }],
      ['canbo.dienbien', '11', { A1: '35', A2: '34' }],
      ['canbo.langson', '20', { A1: '37', A2: '37', D1: '2' }],
    ];
    for (const [username, province, scores] of members) {
      const page = await as(username);
      await page.goto(`${baseUrl()}/year-end/scores?year=${YEAR}&province=${province}`);
      await page.locator('tr[data-item="A1"] [data-field="self"]').waitFor();
      await selfScore(page, scores, 'Kế hoạch thi đua năm của UBND tỉnh');
      if (username === 'canbo.phutho') {
        await page.locator('[data-total="self"]', { hasText: '79' }).waitFor();
        expect(await seriousA11yViolations(page)).toEqual([]);
        await fitsPhone(page, 'save-scores');
      }
      await page.context().close();
    }
    // The chair is also Tuyên Quang's officer: its own self-assessment.
    await chair.goto(`${baseUrl()}/year-end/scores?year=${YEAR}&province=08`);
    await chair.locator('tr[data-item="A1"] [data-field="self"]').waitFor();
    await selfScore(chair, { A1: '39', A2: '38', T1: '6' }, 'Báo cáo tổng kết công tác thi đua của tỉnh');
  });

  it('the chair agrees a lower score, with the comment asked for as the scores diverge', async () => {
    await chair.goto(`${baseUrl()}/year-end/scores?year=${YEAR}&province=25`);
    const agreed = (item: string) => chair.locator(`tr[data-item="${item}"] [data-field="agreed"]`);
    await agreed('A1').waitFor();
    await chair.locator('[data-field="not-scored"]', { hasText: 'tỉnh chưa tự chấm' }).waitFor();
    await agreed('A1').fill('38');
    await agreed('A2').fill('32');
    const commentError = chair.locator('tr[data-item="A2"] mat-error', {
      hasText: 'Điểm thống nhất khác điểm tự chấm: vui lòng ghi ý kiến.',
    });
    await commentError.waitFor();
    await chair.locator('[data-total="total"]', { hasText: '75' }).waitFor();
    await chair.locator('tr[data-item="A2"] [data-field="comment"]').fill('Chỉ tiêu thu ngân sách chưa đạt kế hoạch năm');
    await commentError.waitFor({ state: 'detached' });
    await chair.locator('[data-action="save-scores"]').click();
    await chair.locator('.saved', { hasText: 'Đã lưu điểm.' }).waitFor();
    expect(await seriousA11yViolations(chair)).toEqual([]);
    await shoot(chair, '31-year-end-scores.png');

    await chair.goto(`${baseUrl()}/year-end/ranking?year=${YEAR}`);
    await chair.locator('[data-table="ranking"] [data-province="08"] [data-value="rank"]', { hasText: '1' }).waitFor();
    await expect(chair.locator('[data-province="25"] [data-value="total"]').textContent()).resolves.toContain('75');
    await chair.locator('main tdkt-ranking-chart svg').first().waitFor();
    expect(await seriousA11yViolations(chair)).toEqual([]);
    await shoot(chair, '32-year-end-ranking.png');
  });

  it('the chair sets up the vote from the top of the ranking and opens it', async () => {
    await chair.goto(`${baseUrl()}/year-end/votes?year=${YEAR}`);
    await chair.locator('[data-action="new-vote"]').click();
    await chair.locator('[data-hint="quorum"]', { hasText: 'cần 10/14 tỉnh bỏ phiếu' }).waitFor();
    await expect(chair.locator('[data-hint="threshold"]').textContent()).resolves.toContain('cần 12/14 phiếu');
    for (const code of ['08', '25', '20']) expect(await chair.locator(`[data-candidate="${code}"] input`).isChecked()).toBe(true);
    expect(await chair.locator('[data-candidate="11"] input').isChecked()).toBe(false);
    expect(await seriousA11yViolations(chair)).toEqual([]);
    await chair.locator('[data-action="create-vote"]').click();
    await chair.waitForURL(/\/year-end\/votes\/[0-9a-f-]{36}/);
    voteUrl = chair.url();
    await chair.locator('[data-action="open-vote"]').click();
    await confirm(chair, 'Mở bỏ phiếu');
    await chair.locator('[data-field="vote-status"]', { hasText: 'Đang bỏ phiếu' }).waitFor();
  });

  it('members cast their secret ballots online, the chair enters the paper ones', async () => {
    for (const [username, province] of [
      ['canbo.phutho', '25'],
      ['canbo.dienbien', '11'],
      ['canbo.langson', '20'],
    ]) {
      const page = await as(username);
      await page.goto(voteUrl);
      const ballot = page.locator(`[data-ballot-for="${province}"]`);
      await ballot.locator('[data-choice="08"] input').check();
      await ballot.locator('[data-action="cast-ballot"]').click();
      await confirm(page, 'Gửi phiếu');
      await ballot.locator('[data-field="own-voted"]').waitFor();
      // Nobody sees a count while the vote runs.
      expect(await page.locator('[data-table="tally"]').count()).toBe(0);
      if (username === 'canbo.langson') expect(await seriousA11yViolations(page)).toEqual([]);
      await page.context().close();
    }
    await chair.reload();
    const paper = chair.locator('section[aria-labelledby="paper-heading"]');
    // The chair enters its own province's ballot with the paper ones.
    for (const province of ['Tuyên Quang', 'Hòa Bình', 'Hà Giang', 'Cao Bằng', 'Bắc Kạn', 'Lào Cai', 'Lai Châu', 'Sơn La', 'Yên Bái']) {
      await paper.locator('[data-field="ballot-province"]').click();
      await chair.getByRole('option', { name: province, exact: true }).click();
      await paper.locator('[data-choice="08"] input').check();
      await paper.locator('[data-action="enter-paper-ballot"]').click();
      await chair.locator('[data-feedback="done"]', { hasText: `Đã nhập phiếu giấy của ${province}.` }).waitFor();
    }
    await chair.locator('#register-heading', { hasText: '12/14 tỉnh đã bỏ phiếu' }).waitFor();
    expect(await chair.locator('[data-table="tally"]').count()).toBe(0);
    expect(await seriousA11yViolations(chair)).toEqual([]);
    await shoot(chair, '33-year-end-vote-open.png');
  });

  it('the chair closes the vote, downloads the minutes and creates the nomination', async () => {
    await chair.locator('[data-action="close-vote"]').click();
    await confirm(chair, 'Kết thúc và kiểm phiếu');
    await chair.locator('[data-field="quorum-met"].ok', { hasText: 'Đủ tỷ lệ tham gia' }).waitFor();
    await expect(chair.locator('[data-province="08"] [data-value="votes"]').textContent()).resolves.toContain('12');
    await chair.locator('[data-field="elected"]', { hasText: 'Được suy tôn: Tuyên Quang.' }).waitFor();

    const [download] = await Promise.all([chair.waitForEvent('download'), chair.locator('[data-action="minutes"]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');

    await chair.locator('[data-action="nominate"]').click();
    await confirm(chair, 'Lập đề nghị');
    const link = chair.locator('[data-nomination="08"] a');
    await link.waitFor();
    expect(await seriousA11yViolations(chair)).toEqual([]);
    await shoot(chair, '34-year-end-vote-result.png');
    await fitsPhone(chair, 'minutes');
    await shoot(chair, '35-year-end-vote-phone.png');
    await chair.setViewportSize({ width: 1366, height: 900 });

    await link.click();
    await chair.waitForURL(/\/commendations\/[0-9a-f-]{36}$/);
    await chair.getByRole('heading', { level: 1 }).waitFor();
    await expect(chair.locator('main').textContent()).resolves.toContain('Cờ thi đua của Chính phủ');
  });
});

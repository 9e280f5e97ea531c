import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import axe from 'axe-core';
import type { ImportResult, ImportedPledgeResult, ImportedTypicalExample, PledgeView } from '@tdkt/shared/contracts';
import { currentYearInVietnam } from '@tdkt/shared/util-text';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { resetSession, signIn } from '../../../../testing/test-session';
import { FETCH } from '../data/import-stream.service';
import { ImportsStore } from '../data/imports.store';
import { ImportsPage } from './imports.page';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const YEAR = String(currentYearInVietnam());
const PLEDGE_A = '7d1f0c52-6a2b-4f9e-8c11-1a2b3c4d5e6f';
const PLEDGE_B = '0e9d8c7b-6a5f-4e3d-9c2b-1a0f9e8d7c6b';

function pledge(id: string, clusterCode: string, year: number, signedOn: string): PledgeView {
  return { id, clusterCode, year, signedOn, place: null, demo: false, version: 1, criteria: [] };
}

const EXAMPLE: ImportedTypicalExample = {
  row: 2,
  name: 'Hợp tác xã chè Tân Trào',
  provinceCode: '08',
  recipientKind: 'COLLECTIVE',
  honouredOn: '2025-09-02',
};

const NEW_VALUE: ImportedPledgeResult = {
  row: 2,
  provinceCode: '08',
  criterionCode: 'TC1',
  period: 'FY',
  targetValue: 95,
  actualValue: 97.5,
  note: null,
  replaces: false,
};
const REPLACING_VALUE: ImportedPledgeResult = { ...NEW_VALUE, row: 3, criterionCode: 'TC2', replaces: true };

function xlsx(name = 'tep.xlsx'): File {
  return new File([new Uint8Array(1024)], name, { type: XLSX });
}

function streamed(lines: unknown[]): Response {
  const queue = [new TextEncoder().encode(lines.map((l) => JSON.stringify(l)).join('\n') + '\n')];
  const reader = { read: async () => (queue.length ? { done: false, value: queue.shift() } : { done: true, value: undefined }) };
  return { ok: true, status: 200, url: '', body: { getReader: () => reader }, json: async () => ({}) } as unknown as Response;
}

describe('ImportsPage: what to import', () => {
  let fixture: ComponentFixture<ImportsPage>;
  let http: HttpTestingController;
  let page: HTMLElement;
  let router: Router;
  let fetchMock: jest.Mock<Promise<Response>, [string, RequestInit]>;

  beforeEach(async () => {
    resetLanguage();
    resetSession();
    fetchMock = jest.fn();
    TestBed.configureTestingModule({
      imports: [ImportsPage],
      providers: [
        ...provideAppTesting(),
        provideRouter([]),
        provideTranslocoScope('imports'),
        ImportsStore,
        { provide: FETCH, useValue: fetchMock },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    await signIn();
  });

  afterEach(() => {
    http.verify();
    resetSession();
  });

  async function open(url = '/'): Promise<void> {
    await router.navigateByUrl(url);
    fixture = TestBed.createComponent(ImportsPage);
    page = fixture.nativeElement;
    await settle(fixture);
  }

  async function chooseKind(id: string): Promise<void> {
    page.querySelector<HTMLButtonElement>(`mat-button-toggle[data-kind=${id}] button`)?.click();
    await settle(fixture);
  }

  async function chooseFile(file: File): Promise<void> {
    const input = page.querySelector<HTMLInputElement>('input[type=file][data-field=file]');
    Object.defineProperty(input, 'files', { configurable: true, value: { 0: file, length: 1, item: () => file } });
    input?.dispatchEvent(new Event('change'));
    await settle(fixture);
  }

  function answerPledges(year: string, pledges: PledgeView[]): void {
    const req = http.expectOne((r) => r.url === '/api/v1/pledges');
    expect(req.request.params.get('year')).toBe(year);
    req.flush(pledges);
  }

  const templateButton = () => page.querySelector<HTMLButtonElement>('button[data-action=template]');
  const importButton = () => page.querySelector<HTMLButtonElement>('button[data-action=import]');
  const fileInput = () => page.querySelector<HTMLInputElement>('input[type=file][data-field=file]');
  const alertText = () => Array.from(page.querySelectorAll('[role=alert]'), (e) => textOf(e)).join(' ');

  function spyDownloads(): jest.SpyInstance {
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:mau'), revokeObjectURL: jest.fn() });
    return jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  }

  it('offers the three kinds as a choice kept in the address, with their own explanations', async () => {
    await open();
    const toggles = Array.from(page.querySelectorAll('mat-button-toggle'), (t) => textOf(t));
    expect(toggles).toEqual(['Khen thưởng', 'Kết quả giao ước thi đua', 'Gương điển hình tiên tiến']);
    expect(page.querySelector('mat-button-toggle-group')?.getAttribute('aria-label')).toBe('Loại hồ sơ cần nhập');

    await chooseKind('typicalExamples');
    expect(router.url).toBe('/?kind=typicalExamples');
    expect(page.querySelector('mat-button-toggle[data-kind=typicalExamples]')?.classList).toContain('mat-button-toggle-checked');
    const points = textOf(page.querySelector('.points'));
    expect(points).toContain('Cột bắt buộc: Đối tượng; Tên cá nhân / tập thể điển hình; Mã tỉnh; Ngày biểu dương.');
    expect(points).toContain('Ngày biểu dương ghi theo dạng ngày/tháng/năm');
    expect(textOf(page.querySelector('[data-role=export-only-commendations]'))).toBe(
      'Phần xuất này chỉ xuất khen thưởng: Gương điển hình tiên tiến chưa có chức năng xuất Excel.',
    );

    await chooseKind('commendations');
    expect(router.url).toBe('/?kind=commendations');
    expect(textOf(page.querySelector('.points'))).toContain('Trạng thái «Đã quyết định»');
    expect(page.querySelector('[data-role=export-only-commendations]')).toBeNull();
  });

  it('typical examples: downloads their template, checks and imports them at their own URLs, then lists them', async () => {
    await open('/?kind=typicalExamples');
    const click = spyDownloads();
    templateButton()?.click();
    await settle(fixture);
    http.expectOne('/api/v1/typical-examples/import-template.xlsx').flush(new Blob(['x']));
    await settle(fixture, 5);

    await chooseFile(xlsx('dien-hinh.xlsx'));
    const dry = http.expectOne((r) => r.url === '/api/v1/typical-examples/import');
    expect(dry.request.params.get('dryRun')).toBe('true');
    dry.flush({ dryRun: true, rows: 1, created: 0, valid: [EXAMPLE], errors: [] });
    await settle(fixture);
    expect(textOf(importButton())).toBe('Nhập 1 gương điển hình');

    const result: ImportResult<ImportedTypicalExample> = { dryRun: false, rows: 1, created: 1, valid: [EXAMPLE], errors: [] };
    fetchMock.mockResolvedValue(streamed([{ type: 'result', result }]));
    importButton()?.click();
    await settle(fixture, 10);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/typical-examples/import?progress=true');
    const done = page.querySelector('section[aria-labelledby=step-import] .outcome.ok');
    expect(textOf(done)).toContain('Đã nhập thành công 1 gương điển hình.');
    expect(done?.querySelector('a')?.getAttribute('href')).toBe('/typical-examples');
    const rows = Array.from(page.querySelectorAll('tdkt-created-examples-table tr.mat-mdc-row'), (row) =>
      Array.from(row.children, (c) => textOf(c)).join(' | '),
    );
    expect(rows).toEqual(['2 | Hợp tác xã chè Tân Trào | Tập thể | 08 | 02/09/2025']);
    click.mockRestore();
  });

  it('pledge results: without a pledge chosen every step is closed, with the reason', async () => {
    await open();
    await chooseKind('pledgeResults');
    expect(router.url).toBe('/?kind=pledgeResults');
    answerPledges(YEAR, [
      pledge(PLEDGE_A, 'TDMNPB', Number(YEAR), `${YEAR}-03-15`),
      pledge(PLEDGE_B, 'DBSH', Number(YEAR), `${YEAR}-02-20`),
    ]);
    await settle(fixture);

    const reason = 'Hãy chọn giao ước thi đua ở phần «Loại hồ sơ cần nhập» phía trên trước';
    expect(templateButton()?.disabled).toBe(true);
    expect(templateButton()?.getAttribute('aria-describedby')).toBe('template-needs-pledge');
    expect(textOf(page.querySelector('#template-needs-pledge'))).toContain(reason);
    expect(fileInput()?.disabled).toBe(true);
    expect(page.querySelector<HTMLButtonElement>('tdkt-file-drop button')?.disabled).toBe(true);
    expect(textOf(page.querySelector('section[aria-labelledby=step-check] [data-role=needs-pledge]'))).toContain(reason);
    expect(importButton()?.disabled).toBe(true);
    expect(textOf(page.querySelector('#import-blocked'))).toContain(reason);

    // Nothing is sent while no pledge is chosen.
    templateButton()?.click();
    await settle(fixture);
    http.expectNone(() => true);
  });

  it('pledge results: the chosen pledge is in the template and import URLs, and the counts say what was new and what replaced', async () => {
    await open('/?kind=pledgeResults');
    answerPledges(YEAR, [
      pledge(PLEDGE_A, 'TDMNPB', Number(YEAR), `${YEAR}-03-15`),
      pledge(PLEDGE_B, 'DBSH', Number(YEAR), `${YEAR}-02-20`),
    ]);
    await settle(fixture);

    const loader = TestbedHarnessEnvironment.loader(fixture);
    const select = await loader.getHarness(MatSelectHarness.with({ selector: '[data-field=pledge]' }));
    await select.open();
    await select.clickOptions({ text: `Cụm TDMNPB – năm ${YEAR} (ký ngày 15/03/${YEAR})` });
    await settle(fixture);
    expect(router.url).toBe(`/?kind=pledgeResults&pledge=${PLEDGE_A}`);
    expect(templateButton()?.disabled).toBe(false);
    expect(page.querySelector('[data-role=needs-pledge]')).toBeNull();

    const click = spyDownloads();
    templateButton()?.click();
    await settle(fixture);
    http.expectOne(`/api/v1/pledges/${PLEDGE_A}/results/import-template.xlsx`).flush(new Blob(['x']));
    await settle(fixture, 5);
    click.mockRestore();

    await chooseFile(xlsx('ket-qua.xlsx'));
    const dry = http.expectOne((r) => r.url === `/api/v1/pledges/${PLEDGE_A}/results/import`);
    expect(dry.request.params.get('dryRun')).toBe('true');
    dry.flush({ dryRun: true, rows: 2, created: 0, valid: [NEW_VALUE, REPLACING_VALUE], errors: [] });
    await settle(fixture);
    expect(textOf(page.querySelector('[data-role=replacing]'))).toBe(
      'Trong đó: 1 giá trị mới, 1 giá trị sẽ thay cho giá trị đã nhập trước đó (cùng tỉnh, tiêu chí và kỳ).',
    );
    expect(textOf(importButton())).toBe('Nhập 2 kết quả');

    const result: ImportResult<ImportedPledgeResult> = {
      dryRun: false,
      rows: 2,
      created: 1,
      updated: 1,
      valid: [NEW_VALUE, REPLACING_VALUE],
      errors: [],
    };
    fetchMock.mockResolvedValue(
      streamed([
        { type: 'progress', phase: 'write', done: 2, total: 2 },
        { type: 'result', result },
      ]),
    );
    importButton()?.click();
    await settle(fixture, 10);
    expect(fetchMock.mock.calls[0][0]).toBe(`/api/v1/pledges/${PLEDGE_A}/results/import?progress=true`);
    const done = page.querySelector('section[aria-labelledby=step-import] .outcome.ok');
    expect(textOf(done?.querySelector('.headline') ?? null)).toBe(
      'Đã ghi 2 kết quả: 1 giá trị mới, 1 giá trị thay cho giá trị đã nhập trước đó.',
    );
    expect(done?.querySelector('a')?.getAttribute('href')).toBe(`/pledges/${PLEDGE_A}`);
  });

  it('pledge results: the year filters the pledges, the only pledge of a year is taken, and the address opens it again', async () => {
    await open(`/?kind=pledgeResults&year=2024&pledge=${PLEDGE_B}`);
    answerPledges('2024', [pledge(PLEDGE_A, 'TDMNPB', 2024, '2024-03-15'), pledge(PLEDGE_B, 'DBSH', 2024, '2024-02-20')]);
    await settle(fixture);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const year = await loader.getHarness(MatSelectHarness.with({ selector: '[data-field=pledgeYear]' }));
    const chosen = await loader.getHarness(MatSelectHarness.with({ selector: '[data-field=pledge]' }));
    expect(await year.getValueText()).toBe('2024');
    expect(await chosen.getValueText()).toBe('Cụm DBSH – năm 2024 (ký ngày 20/02/2024)');

    await year.open();
    await year.clickOptions({ text: '2023' });
    await settle(fixture);
    expect(router.url).toBe('/?kind=pledgeResults&year=2023');
    answerPledges('2023', [pledge(PLEDGE_A, 'TDMNPB', 2023, '2023-02-24')]);
    await settle(fixture);
    expect(templateButton()?.disabled).toBe(false);
    const click = spyDownloads();
    templateButton()?.click();
    await settle(fixture);
    http.expectOne(`/api/v1/pledges/${PLEDGE_A}/results/import-template.xlsx`).flush(new Blob(['x']));
    await settle(fixture, 5);
    click.mockRestore();

    await year.open();
    await year.clickOptions({ text: '2022' });
    await settle(fixture);
    answerPledges('2022', []);
    await settle(fixture);
    expect(textOf(page.querySelector('tdkt-pledge-picker'))).toContain(
      'Không có giao ước thi đua nào của năm 2022 trong phạm vi của bạn. Hãy chọn năm khác.',
    );
    expect(templateButton()?.disabled).toBe(true);
  });

  it('shows IMPORT_CONFLICT in Vietnamese and checks the file again from «Kiểm tra lại»', async () => {
    await open();
    await chooseFile(xlsx('dong-thoi.xlsx'));
    const valid = {
      row: 2,
      recipientName: 'Nguyễn Văn An',
      awardTypeCode: 'BANG_KHEN_TINH',
      provinceCode: '08',
      decisionNumber: '12/QĐ',
      decisionDate: '2025-03-15',
      status: 'APPROVED',
    };
    http
      .expectOne((r) => r.url === '/api/v1/commendations/import')
      .flush({ dryRun: true, rows: 1, created: 0, valid: [valid], errors: [] });
    await settle(fixture);
    const server =
      'Một lần nhập khác vừa ghi các hồ sơ trùng với tệp này (cùng người nhận, khen thưởng và số quyết định); không có hồ sơ nào được nhập.';
    fetchMock.mockResolvedValue(streamed([{ type: 'error', statusCode: 409, code: 'IMPORT_CONFLICT', message: server }]));
    importButton()?.click();
    await settle(fixture, 10);

    const alert = alertText();
    expect(alert).toContain('Không nhập được; không có hồ sơ nào được ghi vào hệ thống.');
    expect(alert).toContain(
      'Một lần nhập khác vừa ghi các hồ sơ trùng với tệp này, nên không có hồ sơ nào được nhập. Hãy bấm «Kiểm tra lại»',
    );
    expect(alert).toContain(server);
    const again = page.querySelector<HTMLButtonElement>('button[data-action=recheck-after-refusal]');
    expect(textOf(again)).toBe('Kiểm tra lại');
    again?.click();
    await settle(fixture);
    const recheck = http.expectOne((r) => r.url === '/api/v1/commendations/import');
    expect(recheck.request.params.get('dryRun')).toBe('true');
    expect((recheck.request.body as FormData).get('file')).toMatchObject({ name: 'dong-thoi.xlsx' });
    recheck.flush({
      dryRun: true,
      rows: 1,
      created: 0,
      valid: [],
      errors: [{ row: 2, column: 'Họ tên / Tên tập thể', code: 'DUPLICATE', message: 'Trùng với hồ sơ đã có' }],
    });
    await settle(fixture);
    expect(importButton()?.disabled).toBe(true);
  });

  it('an IMPORT_CONFLICT answered as a plain 409 closes the import until the file is checked again', async () => {
    await open();
    await chooseFile(xlsx('dong-thoi.xlsx'));
    const valid = {
      row: 2,
      recipientName: 'Nguyễn Văn An',
      awardTypeCode: 'BANG_KHEN_TINH',
      provinceCode: '08',
      decisionNumber: '12/QĐ',
      decisionDate: '2025-03-15',
      status: 'APPROVED',
    };
    http
      .expectOne((r) => r.url === '/api/v1/commendations/import')
      .flush({ dryRun: true, rows: 1, created: 0, valid: [valid], errors: [] });
    await settle(fixture);
    fetchMock.mockResolvedValue({
      ok: false,
      status: 409,
      url: '/api/v1/commendations/import',
      json: async () => ({ statusCode: 409, code: 'IMPORT_CONFLICT', message: 'Một lần nhập khác vừa ghi các hồ sơ trùng' }),
    } as unknown as Response);
    importButton()?.click();
    await settle(fixture, 10);

    expect(alertText()).toContain('Một lần nhập khác vừa ghi các hồ sơ trùng với tệp này, nên không có hồ sơ nào được nhập.');
    expect(importButton()?.disabled).toBe(true);
    expect(textOf(page.querySelector('#import-blocked'))).toBe('Hãy bấm «Kiểm tra lại» để kiểm tra lại tệp trước khi nhập.');
    page.querySelector<HTMLButtonElement>('button[data-action=recheck-after-conflict]')?.click();
    await settle(fixture);
    http
      .expectOne((r) => r.url === '/api/v1/commendations/import' && r.params.get('dryRun') === 'true')
      .flush({
        dryRun: true,
        rows: 1,
        created: 0,
        valid: [valid],
        errors: [],
      });
    await settle(fixture);
    expect(importButton()?.disabled).toBe(false);
  });

  it('checks the chosen file again against another pledge when the pledge changes', async () => {
    await open(`/?kind=pledgeResults&pledge=${PLEDGE_A}`);
    answerPledges(YEAR, [
      pledge(PLEDGE_A, 'TDMNPB', Number(YEAR), `${YEAR}-03-15`),
      pledge(PLEDGE_B, 'DBSH', Number(YEAR), `${YEAR}-02-20`),
    ]);
    await settle(fixture);
    await chooseFile(xlsx('ket-qua.xlsx'));
    http
      .expectOne(`/api/v1/pledges/${PLEDGE_A}/results/import?dryRun=true`)
      .flush({ dryRun: true, rows: 1, created: 0, valid: [NEW_VALUE], errors: [] });
    await settle(fixture);
    expect(importButton()?.disabled).toBe(false);

    await router.navigateByUrl(`/?kind=pledgeResults&pledge=${PLEDGE_B}`);
    await settle(fixture);
    const again = http.expectOne((r) => r.url === `/api/v1/pledges/${PLEDGE_B}/results/import`);
    expect((again.request.body as FormData).get('file')).toMatchObject({ name: 'ket-qua.xlsx' });
    expect(importButton()?.disabled).toBe(true);
    again.flush({ dryRun: true, rows: 1, created: 0, valid: [NEW_VALUE], errors: [] });
    await settle(fixture);
    expect(importButton()?.disabled).toBe(false);
  });

  it('has no serious accessibility problems with the pledge choice open', async () => {
    await open('/?kind=pledgeResults');
    answerPledges(YEAR, [
      pledge(PLEDGE_A, 'TDMNPB', Number(YEAR), `${YEAR}-03-15`),
      pledge(PLEDGE_B, 'DBSH', Number(YEAR), `${YEAR}-02-20`),
    ]);
    await settle(fixture);
    const result = await axe.run(page, { runOnly: ['wcag2a', 'wcag2aa'], rules: { 'color-contrast': { enabled: false } } });
    expect(result.passes.length).toBeGreaterThan(10);
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

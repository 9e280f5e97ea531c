import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController } from '@angular/common/http/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import type { ImportResult } from '@tdkt/shared/contracts';
import { currentYearInVietnam } from '@tdkt/shared/util-text';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { ADMINISTRATOR, resetSession, signIn } from '../../../../testing/test-session';
import { ImportsStore } from '../data/imports.store';
import { FETCH } from '../data/import-stream.service';
import { ImportsPage } from './imports.page';

const IMPORT_URL = '/api/v1/commendations/import';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const VALID_ROW = {
  row: 2,
  recipientName: 'Nguyễn Thị Hoa',
  awardTypeCode: 'BANG_KHEN_TINH',
  provinceCode: '08',
  decisionNumber: '1234/QĐ-UBND',
  decisionDate: '2025-03-15',
  status: 'APPROVED',
};

const CLEAN: ImportResult = { dryRun: true, rows: 1, created: 0, valid: [VALID_ROW], errors: [] };

const WITH_ERRORS: ImportResult = {
  dryRun: true,
  rows: 3,
  created: 0,
  valid: [VALID_ROW],
  errors: [
    { row: 3, column: 'Ngày quyết định', code: 'invalidDate', message: 'Ngày quyết định phải theo dạng dd/mm/yyyy' },
    { row: 3, column: 'Số quyết định', code: 'isNotEmpty', message: 'Khen thưởng đã quyết định phải có số quyết định' },
    {
      row: 4,
      column: 'Họ tên / Tên tập thể',
      code: 'DUPLICATE',
      message: 'Trùng với dòng 2 (cùng người nhận, khen thưởng và số quyết định)',
    },
  ],
};

function xlsx(name = 'danh-sach-khen-thuong.xlsx', size = 2048): File {
  return new File([new Uint8Array(size)], name, { type: XLSX });
}

/** A streamed body handed over in the given text chunks. */
function streamed(chunks: string[], status = 200): Response {
  const queue = chunks.map((c) => new TextEncoder().encode(c));
  const reader = { read: async () => (queue.length ? { done: false, value: queue.shift() } : { done: true, value: undefined }) };
  return {
    ok: status >= 200 && status < 300,
    status,
    url: IMPORT_URL,
    body: { getReader: () => reader },
    json: async () => ({}),
  } as unknown as Response;
}

describe('ImportsPage', () => {
  let fixture: ComponentFixture<ImportsPage>;
  let http: HttpTestingController;
  let page: HTMLElement;
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
    await signIn();
    fixture = TestBed.createComponent(ImportsPage);
    page = fixture.nativeElement;
    await settle(fixture);
  });

  afterEach(() => {
    http.verify();
    resetSession();
  });

  async function choose(file: File): Promise<void> {
    const input = page.querySelector<HTMLInputElement>('input[type=file][data-field=file]');
    expect(input?.getAttribute('accept')).toContain('.xlsx');
    Object.defineProperty(input, 'files', { configurable: true, value: { 0: file, length: 1, item: () => file } });
    input?.dispatchEvent(new Event('change'));
    await settle(fixture);
  }

  async function dryRun(file: File, result: ImportResult): Promise<void> {
    await choose(file);
    http.expectOne((req) => req.url === IMPORT_URL).flush(result);
    await settle(fixture);
  }

  const importButton = () => page.querySelector<HTMLButtonElement>('button[data-action=import]');
  const alertText = () => Array.from(page.querySelectorAll('[role=alert]'), (e) => textOf(e)).join(' ');

  it('explains the template in Vietnamese and keeps the import closed until a file is checked', () => {
    expect(textOf(page.querySelector('h1'))).toBe('Nhập, xuất Excel');
    const steps = Array.from(page.querySelectorAll('h2'), (h) => textOf(h));
    expect(steps).toEqual(['Bước 1. Tải tệp mẫu', 'Bước 2. Kiểm tra tệp', 'Bước 3. Nhập dữ liệu', 'Xuất Excel']);
    expect(textOf(page.querySelector('.points'))).toContain('Ngày quyết định ghi theo dạng ngày/tháng/năm, ví dụ 30/06/2024');
    expect(importButton()?.disabled).toBe(true);
    expect(textOf(importButton())).toBe('Nhập dữ liệu');
    expect(textOf(page.querySelector('#import-blocked'))).toBe('Hãy chọn tệp và kiểm tra ở bước 2 trước.');
  });

  it('downloads the template as a blob with the bearer token and saves it under the server’s file name', async () => {
    const createObjectURL = jest.fn(() => 'blob:mau');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.download} ${this.getAttribute('href')}`);
    });

    page.querySelector<HTMLButtonElement>('button[data-action=template]')?.click();
    await settle(fixture);
    const req = http.expectOne('/api/v1/commendations/import-template.xlsx');
    expect(req.request.method).toBe('GET');
    expect(req.request.responseType).toBe('blob');
    expect(req.request.headers.get('Authorization')).toMatch(/^Bearer access-/);
    expect(textOf(page.querySelector('button[data-action=template]'))).toBe('Đang tải mẫu…');
    const body = new Blob(['xlsx'], { type: XLSX });
    req.flush(body, { headers: { 'Content-Disposition': 'attachment; filename="mau-nhap-khen-thuong.xlsx"' } });
    await settle(fixture, 5);

    expect(createObjectURL).toHaveBeenCalledWith(body);
    expect(clicked).toEqual(['mau-nhap-khen-thuong.xlsx blob:mau']);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:mau');
    expect(textOf(page.querySelector('button[data-action=template]'))).toBe('Tải mẫu Excel');
    click.mockRestore();
  });

  it('opens the file picker from its button, for .xlsx files', () => {
    const input = page.querySelector<HTMLInputElement>('input[type=file]');
    const click = jest.spyOn(input as HTMLInputElement, 'click').mockImplementation(() => undefined);
    const button = page.querySelector<HTMLButtonElement>('tdkt-file-drop button');
    expect(textOf(button)).toBe('Chọn tệp từ máy tính');
    button?.click();
    expect(click).toHaveBeenCalledTimes(1);
    expect(input?.accept).toBe('.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('takes a file dropped on the zone like a chosen one', async () => {
    const file = xlsx('keo-tha.xlsx');
    const drop = new Event('drop', { cancelable: true }) as Event & { dataTransfer: unknown };
    drop.dataTransfer = { files: { item: () => file } };
    page.querySelector('tdkt-file-drop .zone')?.dispatchEvent(drop);
    await settle(fixture);
    const req = http.expectOne((r) => r.url === IMPORT_URL);
    expect((req.request.body as FormData).get('file')).toMatchObject({ name: 'keo-tha.xlsx' });
    req.flush(CLEAN);
  });

  it('refuses a .csv file before sending anything, in Vietnamese', async () => {
    await choose(new File(['a;b'], 'danh-sach.csv', { type: 'text/csv' }));
    http.expectNone(() => true);
    expect(alertText()).toContain('Tệp «danh-sach.csv» không phải tệp Excel .xlsx.');
    expect(alertText()).toContain('Tệp này chưa được gửi lên máy chủ.');
    expect(importButton()?.disabled).toBe(true);
  });

  it('refuses a 12 MB file before sending anything, and keeps the file chosen before', async () => {
    await dryRun(xlsx('dung.xlsx'), CLEAN);
    await choose(xlsx('qua-lon.xlsx', 12 * 1024 * 1024));
    http.expectNone(() => true);
    expect(alertText()).toContain('Tệp «qua-lon.xlsx» có dung lượng 12 MB, vượt quá giới hạn 10 MB.');
    expect(textOf(page.querySelector('tdkt-file-drop'))).toContain('dung.xlsx');
  });

  it('runs the dry run as multipart with dryRun=true and lists every row error, duplicates marked', async () => {
    const file = xlsx();
    await choose(file);
    const req = http.expectOne((r) => r.url === IMPORT_URL);
    expect(req.request.method).toBe('POST');
    expect(req.request.params.get('dryRun')).toBe('true');
    expect(req.request.params.has('progress')).toBe(false);
    expect(req.request.body).toBeInstanceOf(FormData);
    expect((req.request.body as FormData).get('file')).toMatchObject({ name: 'danh-sach-khen-thuong.xlsx', size: 2048 });
    expect(textOf(page.querySelector('[role=status]'))).toContain('Đang kiểm tra tệp «danh-sach-khen-thuong.xlsx»…');
    req.flush(WITH_ERRORS);
    await settle(fixture);

    const summary = textOf(page.querySelector('.outcome.warn'));
    expect(summary).toContain('Tệp có 3 lỗi ở 2 dòng (tệp có 3 dòng dữ liệu); chưa thể nhập.');
    expect(summary).toContain('Trong đó có 1 dòng trùng');
    const rows = Array.from(page.querySelectorAll('tdkt-row-errors-table tr.mat-mdc-row'), (row) =>
      Array.from(row.children, (c) => textOf(c)).join(' | '),
    );
    expect(rows).toEqual([
      '3 | Ngày quyết định | Ngày quyết định phải theo dạng dd/mm/yyyy',
      '3 | Số quyết định | Khen thưởng đã quyết định phải có số quyết định',
      '4 | Họ tên / Tên tập thể | Trùng Trùng với dòng 2 (cùng người nhận, khen thưởng và số quyết định)',
    ]);
    expect(Array.from(page.querySelectorAll('tdkt-row-errors-table th'), (th) => textOf(th))).toEqual(['Dòng', 'Cột', 'Lỗi']);
  });

  it('keeps the import button disabled while the dry run has errors, and opens it once the file is clean', async () => {
    await dryRun(xlsx('co-loi.xlsx'), WITH_ERRORS);
    expect(importButton()?.disabled).toBe(true);
    expect(textOf(page.querySelector('#import-blocked'))).toBe('Tệp còn lỗi: sửa hết các lỗi ở bước 2 thì mới nhập được.');

    await dryRun(xlsx('da-sua.xlsx'), CLEAN);
    expect(textOf(page.querySelector('.outcome.ok'))).toBe('Tệp hợp lệ: 1 dòng sẽ được nhập. Chuyển sang bước 3 để nhập.');
    expect(importButton()?.disabled).toBe(false);
    expect(textOf(importButton())).toBe('Nhập 1 hồ sơ');
  });

  it("shows the server's refusal of a file with a wrong header (400), and checks it again on retry", async () => {
    await choose(xlsx('sai-mau.xlsx'));
    const message = 'Dòng tiêu đề của trang "Khen thưởng" không đúng mẫu: cột 2 phải là "Họ tên / Tên tập thể", tệp ghi "Họ tên".';
    http
      .expectOne((r) => r.url === IMPORT_URL)
      .flush({ statusCode: 400, error: 'Bad Request', code: 'IMPORT_BAD_HEADER', message }, { status: 400, statusText: 'Bad Request' });
    await settle(fixture);
    expect(alertText()).toContain('Tệp không đúng mẫu nhập liệu: dòng tiêu đề đã bị thay đổi.');
    expect(alertText()).toContain(message);
    expect(importButton()?.disabled).toBe(true);

    page.querySelector<HTMLButtonElement>('tdkt-state-message button')?.click();
    await settle(fixture);
    http.expectOne((r) => r.url === IMPORT_URL && r.params.get('dryRun') === 'true').flush(CLEAN);
    await settle(fixture);
    expect(importButton()?.disabled).toBe(false);
  });

  it('explains 413 and 415 answers', async () => {
    await choose(xlsx());
    http
      .expectOne((r) => r.url === IMPORT_URL)
      .flush(
        {
          statusCode: 413,
          error: 'Payload Too Large',
          code: 'IMPORT_TOO_LARGE',
          message: 'Tệp vượt quá 10 MB; hãy chia thành nhiều tệp nhỏ hơn',
        },
        { status: 413, statusText: 'Payload Too Large' },
      );
    await settle(fixture);
    expect(alertText()).toContain('Tệp vượt quá giới hạn 10 MB, máy chủ không nhận.');

    page.querySelector<HTMLButtonElement>('tdkt-state-message button')?.click();
    await settle(fixture);
    http
      .expectOne((r) => r.url === IMPORT_URL)
      .flush(
        {
          statusCode: 415,
          error: 'Unsupported Media Type',
          code: 'IMPORT_UNSUPPORTED_TYPE',
          message: 'Chỉ nhận tệp Excel .xlsx (Excel 2007 trở lên)',
        },
        { status: 415, statusText: 'Unsupported Media Type' },
      );
    await settle(fixture);
    expect(alertText()).toContain('Máy chủ không đọc được tệp này như một tệp Excel .xlsx.');
    expect(alertText()).toContain('Chỉ nhận tệp Excel .xlsx (Excel 2007 trở lên)');
  });

  it('imports with live progress from the NDJSON stream, then shows what was created', async () => {
    await dryRun(xlsx(), CLEAN);
    let release: (r: Response) => void = () => undefined;
    fetchMock.mockReturnValue(new Promise<Response>((resolve) => (release = resolve)));
    importButton()?.click();
    await settle(fixture);

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe(`${IMPORT_URL}?progress=true`);
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['Authorization']).toMatch(/^Bearer access-/);
    expect((init.body as FormData).get('file')).toMatchObject({ name: 'danh-sach-khen-thuong.xlsx' });
    expect(textOf(page.querySelector('tdkt-import-progress'))).toContain('Đang gửi tệp lên máy chủ…');
    expect(page.querySelector('mat-progress-bar')?.getAttribute('mode')).toBe('indeterminate');

    const result: ImportResult = { ...CLEAN, dryRun: false, created: 1 };
    const body = `{"type":"progress","phase":"parse","done":1,"total":1}\n{"type":"progress","phase":"write","done":1,"total":1}\n${JSON.stringify({ type: 'result', result })}`;
    release(streamed([body.slice(0, 30), body.slice(30, 90), body.slice(90)]));
    await settle(fixture, 10);

    expect(textOf(page.querySelector('section[aria-labelledby=step-import] .outcome.ok'))).toContain('Đã nhập thành công 1 hồ sơ.');
    expect(page.querySelector('section[aria-labelledby=step-check] .outcome')).toBeNull();
    const link = page.querySelector('section[aria-labelledby=step-import] .outcome.ok a');
    expect(link?.getAttribute('href')).toBe('/commendations?sort=-createdAt');
    const created = Array.from(page.querySelectorAll('tdkt-created-table tr.mat-mdc-row'), (row) =>
      Array.from(row.children, (c) => textOf(c)).join(' | '),
    );
    expect(created).toEqual(['2 | Nguyễn Thị Hoa | Số 1234/QĐ-UBND ngày 15/03/2025 | Đã quyết định']);
    expect(importButton()).toBeNull();
  });

  it('shows the progress while the stream is still open', async () => {
    await dryRun(xlsx(), CLEAN);
    const queue: Array<(chunk: { done: boolean; value?: Uint8Array }) => void> = [];
    const reader = { read: () => new Promise<{ done: boolean; value?: Uint8Array }>((resolve) => queue.push(resolve)) };
    fetchMock.mockResolvedValue({ ok: true, status: 200, body: { getReader: () => reader } } as unknown as Response);
    importButton()?.click();
    await settle(fixture, 5);
    queue.shift()?.({
      done: false,
      value: new TextEncoder().encode('{"type":"progress","phase":"check","done":1000,"total":2500}\n{"type":"pro'),
    });
    await settle(fixture, 5);

    expect(textOf(page.querySelector('tdkt-import-progress'))).toBe('Đang kiểm tra các dòng…Đã xử lý 1.000 / 2.500 dòng');
    expect(page.querySelector('mat-progress-bar')?.getAttribute('mode')).toBe('determinate');
    expect(page.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('23');
    queue.shift()?.({ done: true });
    await settle(fixture, 5);
    // The body stopped without its last line: a failure, and the file can be imported again.
    expect(alertText()).toContain('Không nhập được.');
    expect(importButton()?.disabled).toBe(false);
    expect(textOf(importButton())).toBe('Thử nhập lại');
  });

  it('shows a refusal (period locked) with its rows, keeps the file and offers to check again', async () => {
    await dryRun(xlsx('ky-khoa.xlsx'), CLEAN);
    const refusal = {
      type: 'error',
      statusCode: 409,
      code: 'PERIOD_LOCKED',
      message: 'Tệp có 1 lỗi ở 1 dòng; không có hồ sơ nào được nhập.',
      errors: [{ row: 2, column: 'Ngày quyết định', code: 'PERIOD_LOCKED', message: 'Kỳ 6 tháng đầu năm 2025 của tỉnh đã khóa' }],
    };
    fetchMock.mockResolvedValue(streamed([`${JSON.stringify(refusal)}\n`]));
    importButton()?.click();
    await settle(fixture, 10);

    const alert = alertText();
    expect(alert).toContain('Không nhập được; không có hồ sơ nào được ghi vào hệ thống.');
    expect(alert).toContain('Có dòng thuộc kỳ báo cáo đã khóa.');
    expect(alert).toContain('Tệp «ky-khoa.xlsx» vẫn đang được chọn.');
    expect(textOf(page.querySelector('tdkt-row-errors-table tr.mat-mdc-row'))).toBe(
      '2Ngày quyết định Kỳ 6 tháng đầu năm 2025 của tỉnh đã khóa',
    );
    expect(textOf(page.querySelector('tdkt-file-drop'))).toContain('ky-khoa.xlsx');

    page.querySelector<HTMLButtonElement>('button[data-action=recheck-after-refusal]')?.click();
    await settle(fixture);
    const again = http.expectOne((r) => r.url === IMPORT_URL);
    expect((again.request.body as FormData).get('file')).toMatchObject({ name: 'ky-khoa.xlsx' });
    again.flush(CLEAN);
  });

  it('refreshes the session once when the import is answered 401, and sends it again', async () => {
    await dryRun(xlsx(), CLEAN);
    const result: ImportResult = { ...CLEAN, dryRun: false, created: 1 };
    fetchMock
      .mockResolvedValueOnce({
        ok: false,
        status: 401,
        url: IMPORT_URL,
        json: async () => ({ statusCode: 401, message: 'Hết hạn' }),
      } as unknown as Response)
      .mockResolvedValueOnce(streamed([`${JSON.stringify({ type: 'result', result })}\n`]));
    importButton()?.click();
    await settle(fixture, 5);
    http.expectOne('/api/v1/auth/refresh').flush({
      accessToken: 'access-renewed',
      refreshToken: 'r2',
      expiresIn: 900,
      user: { id: 'u', username: 'canbo.tuyenquang', fullName: 'Ma Văn Dũng', roles: ['PROVINCE_STAFF'], provinceCode: '08' },
    });
    await settle(fixture, 10);

    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect((fetchMock.mock.calls[1][1].headers as Record<string, string>)['Authorization']).toBe('Bearer access-renewed');
    expect(textOf(page.querySelector('section[aria-labelledby=step-import] .outcome.ok'))).toContain('Đã nhập thành công 1 hồ sơ.');
    expect(page.querySelector('section[aria-labelledby=step-check] .outcome')).toBeNull();
  });

  it('exports the first half of a year with one status, chosen in the selects', async () => {
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const period = await loader.getHarness(MatSelectHarness.with({ selector: '[data-field=period]' }));
    const status = await loader.getHarness(MatSelectHarness.with({ selector: '[data-field=status]' }));
    expect(await period.getValueText()).toBe('Cả năm');
    expect(await status.getValueText()).toBe('Tất cả trạng thái');
    await period.open();
    await period.clickOptions({ text: '6 tháng đầu năm' });
    await status.open();
    await status.clickOptions({ text: 'Đã quyết định' });
    expect(await status.getValueText()).toBe('Đã quyết định');

    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:xuat'), revokeObjectURL: jest.fn() });
    page.querySelector<HTMLButtonElement>('tdkt-export-panel button')?.click();
    await settle(fixture);
    const year = String(currentYearInVietnam());
    const req = http.expectOne((r) => r.url === '/api/v1/commendations/export.xlsx');
    expect(req.request.params.get('year')).toBe(year);
    expect(req.request.params.get('from')).toBe(`${year}-01-01`);
    expect(req.request.params.get('to')).toBe(`${year}-06-30`);
    expect(req.request.params.get('status')).toBe('APPROVED');
    req.flush(new Blob(['x']));
    await settle(fixture, 5);
    click.mockRestore();
  });

  it('exports the commendations with the chosen filters', async () => {
    const createObjectURL = jest.fn(() => 'blob:xuat');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    page.querySelector<HTMLButtonElement>('tdkt-export-panel button')?.click();
    await settle(fixture);
    const req = http.expectOne((r) => r.url === '/api/v1/commendations/export.xlsx');
    expect(req.request.responseType).toBe('blob');
    expect(req.request.params.get('year')).toBe(String(currentYearInVietnam()));
    expect(req.request.params.has('from')).toBe(false);
    expect(req.request.params.has('status')).toBe(false);
    req.flush(new Blob(['x']), { headers: { 'Content-Disposition': 'attachment; filename="khen-thuong-2026-11-26.xlsx"' } });
    await settle(fixture, 5);
    expect(createObjectURL).toHaveBeenCalled();
    click.mockRestore();
  });
});

describe('ImportsPage for other roles', () => {
  beforeEach(() => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [ImportsPage],
      providers: [...provideAppTesting(), provideRouter([]), provideTranslocoScope('imports'), ImportsStore],
    });
  });

  afterEach(() => resetSession());

  it('says only province staff import, and keeps the template and the export', async () => {
    await signIn(ADMINISTRATOR);
    const fixture = TestBed.createComponent(ImportsPage);
    await settle(fixture);
    const page: HTMLElement = fixture.nativeElement;
    expect(textOf(page.querySelector('[role=note]'))).toContain('Chỉ cán bộ thi đua – khen thưởng của tỉnh được nhập hồ sơ từ Excel.');
    expect(page.querySelector('input[type=file]')).toBeNull();
    expect(page.querySelector('button[data-action=import]')).toBeNull();
    expect(page.querySelector('button[data-action=template]')).not.toBeNull();
    expect(page.querySelector('tdkt-export-panel')).not.toBeNull();
    TestBed.inject(HttpTestingController).verify();
  });
});

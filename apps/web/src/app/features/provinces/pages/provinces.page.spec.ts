import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { provideDatepickerI18n } from '../../../core/i18n/translated-datepicker-intl';
import { ProvincesStore, SEARCH_DEBOUNCE_MS } from '../data/provinces.store';
import { ProvincesPage } from './provinces.page';

const URL = '/api/v1/provinces';

const AFTER_MERGER = [
  { id: 'p01', code: '01', name: 'Hà Nội', kind: 'CITY', validFrom: null, validTo: null, successorCode: null, note: null },
  { id: 'p08n', code: '08', name: 'Tuyên Quang', kind: 'PROVINCE', validFrom: '2025-07-01', validTo: null, successorCode: null, note: null },
];

const BEFORE_MERGER = [
  { id: 'p02', code: '02', name: 'Hà Giang', kind: 'PROVINCE', validFrom: null, validTo: '2025-06-30', successorCode: '08', note: null },
  { id: 'p04', code: '04', name: 'Cao Bằng', kind: 'PROVINCE', validFrom: null, validTo: null, successorCode: null, note: null },
];

describe('ProvincesPage', () => {
  let fixture: ComponentFixture<ProvincesPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const pending = (): TestRequest => http.expectOne((req) => req.url === URL);
  const rows = (): string[] =>
    Array.from(page.querySelectorAll('tr.mat-mdc-row')).map((row) => Array.from(row.children, (cell) => textOf(cell)).join(' | '));

  beforeEach(async () => {
    resetLanguage();
    TestBed.configureTestingModule({
      imports: [ProvincesPage],
      providers: [...provideAppTesting(), ProvincesStore, provideDatepickerI18n()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProvincesPage);
    page = fixture.nativeElement;
    await settle(fixture);
  });

  afterEach(() => http.verify());

  it('loads the provinces in force after the merger and renders one row each', async () => {
    const req = pending();
    expect(req.request.params.get('validOn')).toBe('2025-07-01');
    expect(req.request.params.has('q')).toBe(false);
    expect(req.request.headers.get('Accept-Language')).toBe('vi');
    req.flush(AFTER_MERGER);
    await settle(fixture);

    expect(rows()).toEqual([
      '01 | Hà Nội | Thành phố trực thuộc trung ương | Đang hiệu lực | Không sáp nhập',
      '08 | Tuyên Quang | Tỉnh | Từ 01/07/2025 | Không sáp nhập',
    ]);
    expect(textOf(page.querySelector('.count'))).toBe('2 tỉnh, thành phố');
  });

  it('sends the search text as q once typing pauses, with validOn', async () => {
    pending().flush(AFTER_MERGER);
    await settle(fixture);

    const input = page.querySelector<HTMLInputElement>('input[data-field="q"]');
    for (const text of ['tu', 'tuyen', 'tuyen quang']) {
      input!.value = text;
      input!.dispatchEvent(new Event('input'));
    }
    await settle(fixture);
    http.expectNone((req) => req.url === URL);

    await settle(fixture, SEARCH_DEBOUNCE_MS + 50);
    const req = pending();
    expect(req.request.params.get('q')).toBe('tuyen quang');
    expect(req.request.params.get('validOn')).toBe('2025-07-01');
    req.flush([AFTER_MERGER[1]]);
    await settle(fixture);
    expect(rows()).toEqual(['08 | Tuyên Quang | Tỉnh | Từ 01/07/2025 | Không sáp nhập']);
  });

  it('asks for the day before the merger and names the unit each province merged into', async () => {
    pending().flush(AFTER_MERGER);
    await settle(fixture);

    page.querySelector<HTMLElement>('[data-preset="beforeMerger"] button')!.click();
    await settle(fixture);
    const req = pending();
    expect(req.request.params.get('validOn')).toBe('2025-06-30');
    req.flush(BEFORE_MERGER);
    await settle(fixture);

    const successors = pending();
    expect(successors.request.params.get('validOn')).toBe('2025-07-01');
    successors.flush(AFTER_MERGER);
    await settle(fixture);

    expect(rows()).toEqual([
      '02 | Hà Giang | Tỉnh | Đến hết 30/06/2025 | Tuyên Quang (mã 08)',
      '04 | Cao Bằng | Tỉnh | Đang hiệu lực | Không sáp nhập',
    ]);
  });

  it('sends a custom date typed day first', async () => {
    pending().flush(AFTER_MERGER);
    await settle(fixture);

    page.querySelector<HTMLElement>('[data-preset="custom"] button')!.click();
    await settle(fixture);
    const today = pending();
    expect(today.request.params.get('validOn')).toBe(todayInVietnam());
    today.flush(AFTER_MERGER);
    await settle(fixture);

    const date = page.querySelector<HTMLInputElement>('input[data-field="customDate"]')!;
    expect(date.labels?.[0]?.textContent).toContain('Ngày hiệu lực');
    date.value = '15/06/2024';
    date.dispatchEvent(new Event('input'));
    await settle(fixture);
    const req = pending();
    expect(req.request.params.get('validOn')).toBe('2024-06-15');
    req.flush([BEFORE_MERGER[1]]);
    await settle(fixture);
    expect(rows()).toEqual(['04 | Cao Bằng | Tỉnh | Đang hiệu lực | Không sáp nhập']);
  });

  it('asks for the whole history without validOn', async () => {
    pending().flush(AFTER_MERGER);
    await settle(fixture);

    page.querySelector<HTMLElement>('[data-preset="all"] button')!.click();
    await settle(fixture);
    const req = pending();
    expect(req.request.params.has('validOn')).toBe(false);
    req.flush([]);
    await settle(fixture);
    expect(textOf(page.querySelector('tdkt-state-message'))).toBe('Không có tỉnh, thành phố nào khớp với tên và thời điểm đã chọn.');
  });

  it('explains a server failure in Vietnamese and loads again on retry', async () => {
    pending().flush({ statusCode: 500, error: 'Internal Server Error', message: 'Lỗi cơ sở dữ liệu' }, { status: 500, statusText: 'Internal Server Error' });
    await settle(fixture);

    const alert = page.querySelector('[role="alert"]');
    expect(textOf(alert)).toContain('Máy chủ đang gặp sự cố (mã lỗi 500).');
    expect(textOf(alert)).toContain('Chi tiết từ máy chủ: Lỗi cơ sở dữ liệu');
    expect(page.querySelector('table')).toBeNull();

    page.querySelector<HTMLButtonElement>('tdkt-state-message button')!.click();
    await settle(fixture);
    pending().flush(AFTER_MERGER);
    await settle(fixture);
    expect(page.querySelector('[role="alert"]')).toBeNull();
    expect(rows()).toHaveLength(2);
  });

  it('says the server cannot be reached when the network fails', async () => {
    pending().error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
    await settle(fixture);
    expect(textOf(page.querySelector('[role="alert"]'))).toBe(
      'Không kết nối được với máy chủ. Vui lòng kiểm tra kết nối mạng rồi bấm Thử lại.',
    );
  });
});

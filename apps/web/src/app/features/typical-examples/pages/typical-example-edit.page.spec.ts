import { HttpTestingController } from '@angular/common/http/testing';
import axe from 'axe-core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { PROVINCE_OFFICER, resetSession, signIn } from '../../../../testing/test-session';
import { provideDatepickerI18n } from '../../../core/i18n/translated-datepicker-intl';
import { TypicalExampleFormPage } from './typical-example-form.page';

const PROVINCES = [
  { id: 'p08', code: '08', name: 'Tuyên Quang', kind: 'PROVINCE', note: null, successorCode: null, validFrom: null, validTo: null },
  { id: 'p02', code: '02', name: 'Hà Giang', kind: 'PROVINCE', note: null, successorCode: '08', validFrom: null, validTo: '2025-06-30' },
];
const MOVEMENT = {
  id: 'm1',
  name: 'Chung tay xóa nhà tạm',
  launchedBy: 'PRIME_MINISTER',
  launchedOn: '2024-04-13',
  startsOn: '2024-04-13',
  endsOn: null,
  description: null,
  scope: 'NATIONAL',
  clusterCode: null,
  provinceCode: null,
  demo: true,
  version: 1,
};
const MEETING = {
  id: 'g1',
  clusterCode: 'TDMNPB',
  year: 2024,
  period: 'H1',
  date: '2024-07-29',
  hostProvinceCode: '17',
  hostProvinceName: 'Hòa Bình',
  place: null,
  chairName: 'A',
  chairTitle: null,
  participants: null,
  notes: null,
  demo: true,
  version: 1,
};
const EXAMPLE = {
  id: 'e1',
  recipientKind: 'INDIVIDUAL',
  name: 'Hờ Sính Pao',
  provinceCode: '02',
  provinceName: 'Hà Giang',
  movementId: 'm1',
  story: 'Hiến 384 m² đất.',
  honouredAtMeetingId: 'g1',
  honouredOn: '2024-07-29',
  demo: true,
  version: 2,
};
const CONFLICT = {
  statusCode: 409,
  error: 'Conflict',
  code: 'VERSION_CONFLICT',
  message: 'Điển hình tiên tiến vừa được người khác thay đổi',
};

describe('TypicalExampleFormPage on /typical-examples/:id/edit', () => {
  let fixture: ComponentFixture<TypicalExampleFormPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const field = (name: string): HTMLInputElement => page.querySelector<HTMLInputElement>(`[data-field="${name}"]`)!;
  const errorOf = (name: string): string => textOf(field(name).closest('mat-form-field')?.querySelector('mat-error') ?? null);
  const type = (name: string, value: string): void => {
    const input = field(name);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  };
  const click = async (action: string): Promise<void> => {
    page.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
    await settle(fixture);
  };
  /** The movements and meetings of the honour year, asked for once the date is known. */
  const answerYearLists = async (): Promise<void> => {
    http
      .expectOne((req) => req.url === '/api/v1/movements' && req.params.get('year') === '2024')
      .flush({
        items: [MOVEMENT],
        page: 1,
        pageSize: 200,
        total: 1,
        totalExact: true,
      });
    http.expectOne('/api/v1/meetings?year=2024').flush([MEETING]);
    await settle(fixture);
  };

  beforeEach(async () => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [TypicalExampleFormPage],
      providers: [...provideAppTesting(), provideTranslocoScope('typicalExamples'), provideRouter([]), provideDatepickerI18n()],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(PROVINCE_OFFICER);
    fixture = TestBed.createComponent(TypicalExampleFormPage);
    fixture.componentRef.setInput('id', 'e1');
    page = fixture.nativeElement;
    await settle(fixture);
    http.expectOne('/api/v1/provinces').flush(PROVINCES);
    http.expectOne('/api/v1/typical-examples/e1').flush(EXAMPLE);
    await settle(fixture);
    await answerYearLists();
  });

  afterEach(() => http.verify());

  it('fills the form with the recorded example', () => {
    expect(textOf(page.querySelector('h1'))).toBe('Sửa gương điển hình tiên tiến');
    expect(field('name').value).toBe('Hờ Sính Pao');
    expect(textOf(field('provinceCode'))).toBe('Hà Giang');
    expect(field('honouredOn').value).toBe('29/07/2024');
    expect(textOf(field('movementId'))).toBe('Chung tay xóa nhà tạm');
    expect(textOf(field('honouredAtMeetingId'))).toBe('Hội nghị sơ kết 6 tháng đầu năm 2024 – tại Hòa Bình');
    expect(field('story').value).toBe('Hiến 384 m² đất.');
    expect(textOf(page.querySelector('mat-radio-button.mat-mdc-radio-checked'))).toBe('Cá nhân');
    expect(textOf(page.querySelector('[data-action="save"]'))).toBe('Lưu thay đổi');
  });

  it('sends PATCH with every field and the version it read, then opens the example', async () => {
    type('story', 'Hiến 400 m² đất làm đường giao thông nông thôn.');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await click('save');
    const req = http.expectOne('/api/v1/typical-examples/e1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({
      recipientKind: 'INDIVIDUAL',
      name: 'Hờ Sính Pao',
      provinceCode: '02',
      honouredOn: '2024-07-29',
      movementId: 'm1',
      honouredAtMeetingId: 'g1',
      story: 'Hiến 400 m² đất làm đường giao thông nông thôn.',
      version: 2,
    });
    req.flush({ ...EXAMPLE, story: 'Hiến 400 m² đất làm đường giao thông nông thôn.', version: 3 });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/typical-examples', 'e1']);
  });

  it('explains a version conflict, keeps the typed input, and saves over the newer version on request', async () => {
    type('name', 'Hờ Sính Pao (thôn Lũng Cú)');
    await click('save');
    http.expectOne('/api/v1/typical-examples/e1').flush(CONFLICT, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    expect(textOf(page.querySelector('[data-banner="conflict"] .title'))).toBe('Gương điển hình vừa được người khác sửa');
    expect(field('name').value).toBe('Hờ Sính Pao (thôn Lũng Cú)');
    expect(page.querySelector('tdkt-refusal-banner')).toBeNull();

    await click('keep-mine');
    http.expectOne('/api/v1/typical-examples/e1').flush({ ...EXAMPLE, story: 'Bản của người khác', version: 3 });
    await settle(fixture);
    expect(textOf(page.querySelector('[data-banner="kept-mine"]'))).toContain('phiên bản 3');
    expect(field('name').value).toBe('Hờ Sính Pao (thôn Lũng Cú)');

    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await click('save');
    const req = http.expectOne('/api/v1/typical-examples/e1');
    expect(req.request.body).toMatchObject({ name: 'Hờ Sính Pao (thôn Lũng Cú)', story: 'Hiến 384 m² đất.', version: 3 });
    req.flush({ ...EXAMPLE, version: 4 });
    await settle(fixture);
  });

  it('"load the latest" replaces the input with the newer example', async () => {
    type('name', 'Tên tôi gõ');
    await click('save');
    http.expectOne('/api/v1/typical-examples/e1').flush(CONFLICT, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    await click('reload-latest');
    http.expectOne('/api/v1/typical-examples/e1').flush({ ...EXAMPLE, name: 'Hờ Sính Pao, Lũng Cú', version: 3 });
    await settle(fixture);
    expect(field('name').value).toBe('Hờ Sính Pao, Lũng Cú');
    expect(page.querySelector('[data-banner="conflict"]')).toBeNull();
  });

  it("puts the server's field errors on the fields, and a locked period in the banner", async () => {
    await click('save');
    http.expectOne('/api/v1/typical-examples/e1').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: ['Không có tỉnh, thành phố mã 02 vào ngày 2025-08-01'],
        errors: [{ field: 'provinceCode', code: 'referenceNotFound', message: 'Không có tỉnh, thành phố mã 02 vào ngày 2025-08-01' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(errorOf('provinceCode')).toBe('Không có tỉnh, thành phố mã 02 vào ngày 2025-08-01');
    // The field stays marked until it is changed: no new request meanwhile.
    await click('save');
    http.expectNone('/api/v1/typical-examples/e1');

    fixture.componentInstance['form'].controls.provinceCode.setValue('08');
    await settle(fixture);
    expect(errorOf('provinceCode')).toBe('');
    await click('save');
    const locked = 'Kỳ 6 tháng đầu năm 2024 của Cụm thi đua các tỉnh miền núi phía Bắc đã khóa (Chốt số liệu).';
    http
      .expectOne('/api/v1/typical-examples/e1')
      .flush({ statusCode: 409, error: 'Conflict', code: 'PERIOD_LOCKED', message: locked }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    const banner = textOf(page.querySelector('tdkt-refusal-banner'));
    expect(banner).toContain('Kỳ báo cáo đã khóa – chưa lưu được');
    expect(banner).toContain(locked);
    expect(field('name').value).toBe('Hờ Sính Pao');
    expect(textOf(field('provinceCode'))).toBe('Tuyên Quang');
  });

  it('has no serious accessibility problems with the conflict shown', async () => {
    await click('save');
    http.expectOne('/api/v1/typical-examples/e1').flush(CONFLICT, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    const result = await axe.run(page, { runOnly: ['wcag2a', 'wcag2aa'], rules: { 'color-contrast': { enabled: false } } });
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

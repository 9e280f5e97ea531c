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
const MOVEMENTS = {
  items: [
    {
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
    },
  ],
  page: 1,
  pageSize: 200,
  total: 1,
  totalExact: true,
};
const MEETINGS = [
  {
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
  },
];

describe('TypicalExampleFormPage', () => {
  let fixture: ComponentFixture<TypicalExampleFormPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

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
    page = fixture.nativeElement;
    await settle(fixture);
    http.expectOne('/api/v1/provinces').flush(PROVINCES);
    await settle(fixture);
  });

  afterEach(() => http.verify());

  function type(field: string, value: string): void {
    const input = page.querySelector(`[data-field="${field}"]`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  const errorOf = (field: string): string =>
    textOf(page.querySelector(`[data-field="${field}"]`)?.closest('mat-form-field')?.querySelector('mat-error') ?? null);
  const save = (): void => (page.querySelector('[data-action="save"]') as HTMLButtonElement).click();

  async function honourOn(date: string): Promise<void> {
    type('honouredOn', date);
    await settle(fixture);
    const year = date.slice(-4);
    const movements = http.expectOne((req) => req.url === '/api/v1/movements');
    expect(movements.request.params.get('year')).toBe(year);
    movements.flush(MOVEMENTS);
    http.expectOne(`/api/v1/meetings?year=${year}`).flush(MEETINGS);
    await settle(fixture);
  }

  it('refuses a missing name and a date after today, in Vietnamese, without sending', async () => {
    await honourOn('01/01/2099');
    save();
    await settle(fixture);
    http.expectNone((req) => req.method === 'POST');
    expect(errorOf('name')).toBe('Vui lòng nhập thông tin này');
    expect(errorOf('honouredOn')).toBe('Ngày biểu dương không được sau ngày hôm nay');
    expect(errorOf('provinceCode')).toBe('');
  });

  it("sends every field, offers the year's movements and meetings, and maps the server's field errors", async () => {
    type('name', 'Hờ Sính Pao');
    await honourOn('29/07/2024');
    const form = fixture.componentInstance['form'];
    form.controls.movementId.setValue('m1');
    form.controls.honouredAtMeetingId.setValue('g1');
    type('story', 'Hiến 384 m² đất làm đường giao thông nông thôn.');
    save();
    await settle(fixture);

    const post = http.expectOne((req) => req.method === 'POST' && req.url === '/api/v1/typical-examples');
    expect(post.request.body).toEqual({
      recipientKind: 'INDIVIDUAL',
      name: 'Hờ Sính Pao',
      provinceCode: '08',
      honouredOn: '2024-07-29',
      movementId: 'm1',
      honouredAtMeetingId: 'g1',
      story: 'Hiến 384 m² đất làm đường giao thông nông thôn.',
    });
    post.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: ['Không có phong trào thi đua này'],
        errors: [{ field: 'movementId', code: 'referenceNotFound', message: 'Không có phong trào thi đua này' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(errorOf('movementId')).toBe('Không có phong trào thi đua này');
    expect((page.querySelector('[data-field="name"]') as HTMLInputElement).value).toBe('Hờ Sính Pao');
    expect(textOf(page.querySelector('tdkt-refusal-banner'))).toContain('Hãy sửa các ô được đánh dấu đỏ rồi lưu lại.');
  });

  it('shows a locked period or another province in a banner, then opens the saved example', async () => {
    type('name', 'Thôn Khuôn Điển');
    await honourOn('15/11/2024');
    save();
    await settle(fixture);
    const message = 'Hồ sơ thuộc tỉnh, thành phố khác: bạn chỉ được nhập, sửa hồ sơ của tỉnh mình';
    http
      .expectOne((req) => req.method === 'POST')
      .flush({ statusCode: 403, error: 'Forbidden', code: 'OUT_OF_SCOPE', message }, { status: 403, statusText: 'Forbidden' });
    await settle(fixture);
    const banner = textOf(page.querySelector('tdkt-refusal-banner'));
    expect(banner).toContain('Ngoài phạm vi quyền của bạn – chưa lưu được');
    expect(banner).toContain(message);

    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    save();
    await settle(fixture);
    http.expectOne((req) => req.method === 'POST').flush({ id: 'e1' });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/typical-examples', 'e1']);
  });

  it('has no serious accessibility problems', async () => {
    (page.querySelector('[data-action="save"]') as HTMLButtonElement).click();
    await settle(fixture);
    const result = await axe.run(page, { runOnly: ['wcag2a', 'wcag2aa'], rules: { 'color-contrast': { enabled: false } } });
    expect(result.passes.length).toBeGreaterThan(10);
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

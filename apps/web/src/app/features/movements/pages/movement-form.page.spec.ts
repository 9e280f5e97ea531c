import { HttpTestingController } from '@angular/common/http/testing';
import axe from 'axe-core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { PROVINCE_OFFICER, resetSession, signIn } from '../../../../testing/test-session';
import { provideDatepickerI18n } from '../../../core/i18n/translated-datepicker-intl';
import { MovementFormPage } from './movement-form.page';

const PROVINCES = [
  { id: 'p08', code: '08', name: 'Tuyên Quang', kind: 'PROVINCE', note: null, successorCode: null, validFrom: null, validTo: null },
];
const MOVEMENT = {
  id: 'm1',
  name: 'Tuyên Quang chung sức xây dựng nông thôn mới',
  launchedBy: 'PROVINCE',
  launchedOn: '2024-02-01',
  startsOn: '2024-02-01',
  endsOn: '2025-12-31',
  description: 'Phong trào của tỉnh',
  scope: 'PROVINCE',
  clusterCode: null,
  provinceCode: '08',
  demo: false,
  version: 3,
};

describe('MovementFormPage', () => {
  let fixture: ComponentFixture<MovementFormPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [MovementFormPage],
      providers: [...provideAppTesting(), provideTranslocoScope('movements'), provideRouter([]), provideDatepickerI18n()],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(PROVINCE_OFFICER);
  });

  afterEach(() => http.verify());

  async function create(id?: string): Promise<void> {
    fixture = TestBed.createComponent(MovementFormPage);
    if (id) fixture.componentRef.setInput('id', id);
    page = fixture.nativeElement;
    await settle(fixture);
    http.expectOne('/api/v1/clusters').flush([]);
    http.expectOne((req) => req.url === '/api/v1/provinces').flush(PROVINCES);
    if (id) http.expectOne(`/api/v1/movements/${id}`).flush(MOVEMENT);
    await settle(fixture);
  }

  function type(field: string, value: string): void {
    const input = page.querySelector(`[data-field="${field}"]`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  const errorOf = (field: string): string =>
    textOf(page.querySelector(`[data-field="${field}"]`)?.closest('mat-form-field')?.querySelector('mat-error') ?? null);
  const save = (): void => (page.querySelector('[data-action="save"]') as HTMLButtonElement).click();

  it('explains every missing or wrong field in Vietnamese and sends nothing', async () => {
    await create();
    type('startsOn', '01/06/2024');
    type('endsOn', '31/05/2024');
    type('launchedOn', '32/13/2024');
    save();
    await settle(fixture);

    http.expectNone((req) => req.method === 'POST');
    expect(errorOf('name')).toBe('Vui lòng nhập thông tin này');
    expect(errorOf('launchedBy')).toBe('Vui lòng nhập thông tin này');
    expect(errorOf('launchedOn')).toBe('Ngày không hợp lệ; nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2024');
    expect(errorOf('endsOn')).toBe('Ngày kết thúc phải sau ngày bắt đầu');
    expect(errorOf('startsOn')).toBe('');
  });

  it("creates a province movement for the officer's province and shows the server's field errors beside the fields", async () => {
    await create();
    const form = fixture.componentInstance['form'];
    type('name', '  Phong trào thi đua "Dân vận khéo"  ');
    form.controls.launchedBy.setValue('PROVINCE');
    type('launchedOn', '15/03/2024');
    type('startsOn', '15/03/2024');
    type('description', 'Phát động trong toàn tỉnh');
    save();
    await settle(fixture);

    const post = http.expectOne((req) => req.method === 'POST' && req.url === '/api/v1/movements');
    expect(post.request.body).toEqual({
      name: 'Phong trào thi đua "Dân vận khéo"',
      launchedBy: 'PROVINCE',
      launchedOn: '2024-03-15',
      startsOn: '2024-03-15',
      endsOn: null,
      description: 'Phát động trong toàn tỉnh',
      scope: 'PROVINCE',
      clusterCode: null,
      provinceCode: '08',
    });
    post.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: ['name: Tên phong trào đã tồn tại', 'Lỗi chung không gắn với ô nào'],
        errors: [
          { field: 'name', code: 'duplicate', message: 'name: Tên phong trào đã tồn tại' },
          { field: 'unknown', code: 'x', message: 'Lỗi chung không gắn với ô nào' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);

    expect(errorOf('name')).toBe('Tên phong trào đã tồn tại');
    expect((page.querySelector('[data-field="name"]') as HTMLInputElement).value).toBe('  Phong trào thi đua "Dân vận khéo"  ');
    const banner = textOf(page.querySelector('tdkt-refusal-banner'));
    expect(banner).toContain('Máy chủ chưa chấp nhận dữ liệu');
    expect(banner).toContain('Lỗi chung không gắn với ô nào');
  });

  it('edits with the version it read and shows a stale-version refusal in a banner', async () => {
    await create('m1');
    expect((page.querySelector('[data-field="name"]') as HTMLInputElement).value).toBe(MOVEMENT.name);
    expect((page.querySelector('[data-field="endsOn"]') as HTMLInputElement).value).toBe('31/12/2025');
    type('endsOn', '30/06/2026');
    save();
    await settle(fixture);

    const patch = http.expectOne((req) => req.method === 'PATCH' && req.url === '/api/v1/movements/m1');
    expect(patch.request.body).toEqual(
      expect.objectContaining({ version: 3, endsOn: '2026-06-30', provinceCode: '08', scope: 'PROVINCE' }),
    );
    const message = 'Phong trào vừa được người khác thay đổi; hãy tải lại trước khi sửa';
    patch.flush({ statusCode: 409, error: 'Conflict', code: 'VERSION_CONFLICT', message }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    expect(textOf(page.querySelector('tdkt-refusal-banner'))).toContain(message);
    expect((page.querySelector('[data-field="endsOn"]') as HTMLInputElement).value).toBe('30/06/2026');
  });

  it('opens the saved movement', async () => {
    await create();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const form = fixture.componentInstance['form'];
    type('name', 'Phong trào mới');
    form.controls.launchedBy.setValue('OTHER');
    type('launchedOn', '01/01/2024');
    type('startsOn', '01/01/2024');
    save();
    await settle(fixture);
    http.expectOne((req) => req.method === 'POST').flush({ ...MOVEMENT, id: 'm9' });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/movements', 'm9']);
  });

  it('has no serious accessibility problems', async () => {
    await create();
    save();
    await settle(fixture);
    const result = await axe.run(page, { runOnly: ['wcag2a', 'wcag2aa'], rules: { 'color-contrast': { enabled: false } } });
    expect(result.passes.length).toBeGreaterThan(10);
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

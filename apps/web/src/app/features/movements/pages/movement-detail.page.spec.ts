import { HttpTestingController } from '@angular/common/http/testing';
import axe from 'axe-core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { PROVINCE_OFFICER, resetSession, signIn } from '../../../../testing/test-session';
import { SessionUser } from '../../../core/auth/auth.models';
import { MovementDetailStore } from '../data/movement-detail.store';
import { MovementDetailPage } from './movement-detail.page';

const MOVEMENT = {
  id: 'm1',
  name: 'Các tỉnh Trung du và miền núi phía Bắc thi đua thực hiện thắng lợi nhiệm vụ năm 2024',
  launchedBy: 'CLUSTER',
  launchedOn: '2024-03-15',
  startsOn: '2024-03-15',
  endsOn: '2024-12-31',
  description: 'Phát động tại Hội nghị ký kết giao ước thi đua năm 2024.',
  scope: 'CLUSTER',
  clusterCode: 'TDMNPB',
  provinceCode: null,
  demo: true,
  version: 1,
};
const result = (provinceCode: string, provinceName: string, period: string, modelsBuilt: number | null) => ({
  movementId: 'm1',
  provinceCode,
  provinceName,
  year: 2024,
  period,
  summary: `Kết quả ${provinceName}`,
  subMovementsLaunched: 3,
  modelsBuilt,
  participants: 13042,
  version: 1,
});
const RESULTS = [result('19', 'Thái Nguyên', 'H1', 53), result('08', 'Tuyên Quang', 'H1', 40)];
const CLUSTERS = [{ id: 'c', code: 'TDMNPB', name: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc', description: null, version: 1 }];
const CHAIR_ONLY: SessionUser = { id: 'u', username: 'cumtruong', fullName: 'Cụm trưởng', roles: ['CLUSTER_CHAIR'], clusterCode: 'TDMNPB' };

describe('MovementDetailPage', () => {
  let fixture: ComponentFixture<MovementDetailPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(user: SessionUser): Promise<void> {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [MovementDetailPage],
      providers: [...provideAppTesting(), provideTranslocoScope('movements'), provideRouter([]), MovementDetailStore],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(user);
    fixture = TestBed.createComponent(MovementDetailPage);
    fixture.componentRef.setInput('id', 'm1');
    page = fixture.nativeElement;
    await settle(fixture);
    http.expectOne('/api/v1/movements/m1').flush(MOVEMENT);
    http.expectOne('/api/v1/movements/m1/results').flush(RESULTS);
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    http.expectOne('/api/v1/provinces').flush([]);
    await settle(fixture);
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
  });

  function type(field: string, value: string): void {
    const input = page.querySelector(`tdkt-movement-result-entry [data-field="${field}"]`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  it("lets the officer correct the province's result for a period and maps the server's field error", async () => {
    await open(PROVINCE_OFFICER);
    expect(textOf(page.querySelector('h1'))).toBe(MOVEMENT.name);
    // The cluster's movement is the chair's to edit, not the officer's.
    expect(page.querySelector('[data-action="edit"]')).toBeNull();
    // The recorded first-half result of Tuyên Quang is shown for correction.
    expect((page.querySelector('[data-field="modelsBuilt"]') as HTMLInputElement).value).toBe('40');

    type('modelsBuilt', '45');
    type('participants', '13.500');
    (page.querySelector('[data-action="save-result"]') as HTMLButtonElement).click();
    await settle(fixture);
    const put = http.expectOne((req) => req.method === 'PUT' && req.url === '/api/v1/movements/m1/results');
    expect(put.request.body).toEqual([
      {
        provinceCode: '08',
        year: 2024,
        period: 'H1',
        summary: 'Kết quả Tuyên Quang',
        subMovementsLaunched: 3,
        modelsBuilt: 45,
        participants: 13500,
      },
    ]);
    put.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: ['0.modelsBuilt: Số mô hình không hợp lệ'],
        errors: [{ field: '0.modelsBuilt', code: 'max', message: '0.modelsBuilt: Số mô hình không hợp lệ' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(textOf(page.querySelector('[data-field="modelsBuilt"]')?.closest('mat-form-field')?.querySelector('mat-error') ?? null)).toBe(
      'Số mô hình không hợp lệ',
    );
    expect((page.querySelector('[data-field="participants"]') as HTMLInputElement).value).toBe('13.500');
  });

  it('refuses a count that is not a whole number before sending', async () => {
    await open(PROVINCE_OFFICER);
    type('participants', '12,5');
    (page.querySelector('[data-action="save-result"]') as HTMLButtonElement).click();
    await settle(fixture);
    http.expectNone((req) => req.method === 'PUT');
    expect(textOf(page.querySelector('[data-field="participants"]')?.closest('mat-form-field')?.querySelector('mat-error') ?? null)).toBe(
      'Nhập một số nguyên không âm, ví dụ 13042',
    );
  });

  it("shows the chair every province's results read-only", async () => {
    await open(CHAIR_ONLY);
    expect(page.querySelector('tdkt-movement-result-entry')).toBeNull();
    expect(page.querySelector('[data-action="edit"]')).not.toBeNull();
    const rows = Array.from(page.querySelectorAll('tdkt-movement-results-table tbody tr.figures'), (tr) => textOf(tr.querySelector('th')));
    expect(rows).toEqual(['Thái Nguyên', 'Tuyên Quang']);
    expect(textOf(page.querySelector('.facts'))).toContain('Cụm thi đua các tỉnh Trung du và miền núi phía Bắc (Phong trào của cụm)');
  });

  it('sends one DELETE however often the button is pressed while it is on its way', async () => {
    await open(CHAIR_ONLY);
    const remove = page.querySelector('[data-action="delete"]') as HTMLButtonElement;
    remove.click();
    await settle(fixture);
    const confirm = Array.from(document.querySelectorAll<HTMLButtonElement>('tdkt-confirm-dialog button')).find(
      (b) => textOf(b) === 'Xóa phong trào',
    );
    confirm?.click();
    await settle(fixture, 300);
    const request = http.expectOne((req) => req.method === 'DELETE' && req.url === '/api/v1/movements/m1');

    expect(remove.disabled).toBe(true);
    remove.click();
    await settle(fixture);
    expect(document.querySelector('tdkt-confirm-dialog')).toBeNull();
    http.expectNone((req) => req.method === 'DELETE');

    // A refusal gives the button back, so the chair can try again once the cause is fixed.
    request.flush(
      { statusCode: 409, error: 'Conflict', message: 'Phong trào đã có kết quả, không xóa được', code: 'IN_USE' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    expect(textOf(page.querySelector('tdkt-refusal-banner'))).toContain('Chưa xóa được phong trào');
    expect(remove.disabled).toBe(false);
  });

  it('has no serious accessibility problems', async () => {
    await open(PROVINCE_OFFICER);
    const result = await axe.run(page, { runOnly: ['wcag2a', 'wcag2aa'], rules: { 'color-contrast': { enabled: false } } });
    expect(result.passes.length).toBeGreaterThan(10);
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { resetSession, signIn } from '../../../../testing/test-session';
import { provideDatepickerI18n } from '../../../core/i18n/translated-datepicker-intl';
import { PledgeFormPage } from './pledge-form.page';

describe('PledgeFormPage', () => {
  let fixture: ComponentFixture<PledgeFormPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [PledgeFormPage],
      providers: [...provideAppTesting(), provideTranslocoScope('pledges'), provideRouter([]), provideDatepickerI18n()],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn({ id: 'u', username: 'cumtruong.tdmnpb', fullName: 'Hoàng Thị Thu Hà', roles: ['CLUSTER_CHAIR'], clusterCode: 'TDMNPB' });
    fixture = TestBed.createComponent(PledgeFormPage);
    page = fixture.nativeElement;
    await settle(fixture);
  });

  afterEach(() => http.verify());

  function type(selector: string, value: string): void {
    const input = page.querySelector(selector) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }
  const errorOf = (selector: string): string =>
    textOf(page.querySelector(selector)?.closest('mat-form-field')?.querySelector('mat-error') ?? null);

  it('checks duplicate codes and the signing year, then maps server errors on criteria rows', async () => {
    type('[data-field="year"]', '2025');
    type('[data-field="signedOn"]', '15/03/2023');
    type('[data-row="0"] [data-field="name"]', 'Ban hành kế hoạch');
    (page.querySelector('[data-action="add-criterion"]') as HTMLButtonElement).click();
    await settle(fixture);
    type('[data-row="1"] [data-field="code"]', 'TC01');
    type('[data-row="1"] [data-field="name"]', 'Tỷ lệ hồ sơ đúng hạn');
    type('[data-row="1"] [data-field="maxScore"]', '1500');
    (page.querySelector('[data-action="save"]') as HTMLButtonElement).click();
    await settle(fixture);

    http.expectNone((req) => req.method === 'POST');
    expect(errorOf('[data-field="signedOn"]')).toBe('Ngày ký phải thuộc năm giao ước (hoặc cuối năm trước)');
    expect(errorOf('[data-row="1"] [data-field="code"]')).toBe('Mã tiêu chí bị trùng');
    expect(errorOf('[data-row="1"] [data-field="maxScore"]')).toBe('Điểm từ 0 đến 1000, tối đa 2 chữ số thập phân');

    type('[data-field="signedOn"]', '20/12/2024');
    type('[data-row="1"] [data-field="code"]', 'TC02');
    type('[data-row="1"] [data-field="unit"]', '%');
    type('[data-row="1"] [data-field="maxScore"]', '7,5');
    (page.querySelector('[data-action="save"]') as HTMLButtonElement).click();
    await settle(fixture);

    const post = http.expectOne((req) => req.method === 'POST' && req.url === '/api/v1/pledges');
    expect(post.request.body).toEqual({
      clusterCode: 'TDMNPB',
      year: 2025,
      signedOn: '2024-12-20',
      place: null,
      criteria: [
        { code: 'TC01', name: 'Ban hành kế hoạch', unit: null, targetKind: 'NUMBER', maxScore: 10 },
        { code: 'TC02', name: 'Tỷ lệ hồ sơ đúng hạn', unit: '%', targetKind: 'NUMBER', maxScore: 7.5 },
      ],
    });
    post.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: ['Tên tiêu chí quá dài'],
        errors: [{ field: 'criteria.1.name', code: 'maxLength', message: 'criteria.1.name: Tên tiêu chí quá dài' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(errorOf('[data-row="1"] [data-field="name"]')).toBe('Tên tiêu chí quá dài');
    expect(errorOf('[data-row="0"] [data-field="name"]')).toBe('');
  });

  it('shows a pledge that already exists in a banner', async () => {
    type('[data-field="signedOn"]', '15/03/' + (page.querySelector('[data-field="year"]') as HTMLInputElement).value);
    type('[data-row="0"] [data-field="name"]', 'Ban hành kế hoạch');
    (page.querySelector('[data-action="save"]') as HTMLButtonElement).click();
    await settle(fixture);
    const message = 'Cụm TDMNPB đã có giao ước thi đua năm 2026';
    http
      .expectOne((req) => req.method === 'POST')
      .flush({ statusCode: 409, error: 'Conflict', code: 'PLEDGE_EXISTS', message }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    expect(textOf(page.querySelector('tdkt-refusal-banner'))).toContain(message);
  });
});

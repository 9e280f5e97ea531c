import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { resetSession, signIn } from '../../../../testing/test-session';
import { ChangePasswordPage } from './change-password.page';

const URL = '/api/v1/auth/password';

describe('ChangePasswordPage', () => {
  let fixture: ComponentFixture<ChangePasswordPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({ imports: [ChangePasswordPage], providers: [...provideAppTesting()] });
    http = TestBed.inject(HttpTestingController);
    await signIn();
    fixture = TestBed.createComponent(ChangePasswordPage);
    page = fixture.nativeElement;
    await settle(fixture);
  });

  afterEach(() => http.verify());

  const type = (field: string, value: string) => {
    const input = page.querySelector<HTMLInputElement>(`[data-field="${field}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    page.querySelector<HTMLButtonElement>('[data-action="change-password"]')!.click();
    await settle(fixture);
  };
  const errors = () => [...page.querySelectorAll('mat-error')].map(textOf).filter(Boolean);

  it('is in Vietnamese, with the three password fields', () => {
    expect(textOf(page.querySelector('h1'))).toBe('Đổi mật khẩu');
    for (const field of ['currentPassword', 'newPassword', 'confirmPassword']) {
      expect(page.querySelector(`[data-field="${field}"]`)?.getAttribute('type')).toBe('password');
    }
  });

  it('checks the form before asking the server: empty, short and mismatched passwords', async () => {
    await submit();
    expect(errors()).toEqual(['Vui lòng nhập trường này', 'Vui lòng nhập trường này', 'Vui lòng nhập trường này']);
    type('currentPassword', 'mat-khau-cu-cua-toi');
    type('newPassword', 'ngan-qua');
    type('confirmPassword', 'khac-han');
    await submit();
    expect(errors()).toEqual(['Mật khẩu mới phải có ít nhất 12 ký tự', 'Hai lần nhập mật khẩu mới không khớp']);
    http.expectNone(URL);
  });

  it('posts {currentPassword, newPassword} and says the other sessions ended', async () => {
    type('currentPassword', 'mat-khau-cu-cua-toi');
    type('newPassword', 'mat-khau-moi-cua-toi');
    type('confirmPassword', 'mat-khau-moi-cua-toi');
    await submit();
    const req = http.expectOne(URL);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ currentPassword: 'mat-khau-cu-cua-toi', newPassword: 'mat-khau-moi-cua-toi' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(textOf(page.querySelector('[data-region="password-changed"]'))).toContain('Các phiên đăng nhập khác');
    expect(page.querySelector<HTMLInputElement>('[data-field="newPassword"]')!.value).toBe('');
  });

  it('a wrong current password shows beside its field, in the interface language', async () => {
    TestBed.inject(TranslocoService).setActiveLang('en');
    await settle(fixture);
    type('currentPassword', 'khong-phai-cua-toi');
    type('newPassword', 'mat-khau-moi-cua-toi');
    type('confirmPassword', 'mat-khau-moi-cua-toi');
    await submit();
    http.expectOne(URL).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: ['Mật khẩu hiện tại không đúng'],
        errors: [{ field: 'currentPassword', code: 'wrongPassword', message: 'Mật khẩu hiện tại không đúng' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(errors()).toEqual(['The current password is not right']);
    expect(page.querySelector('[role="alert"]')).toBeNull();
  });
});

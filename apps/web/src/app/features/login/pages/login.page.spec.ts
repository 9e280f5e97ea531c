import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { PROVINCE_OFFICER, resetSession, tokenResponse } from '../../../../testing/test-session';
import { AuthService } from '../../../core/auth/auth.service';
import { LanguageService } from '../../../core/i18n/language.service';
import { LoginPage } from './login.page';

@Component({ selector: 'tdkt-stub', template: '' })
class Stub {}

const LOGIN = '/api/v1/auth/login';

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(() => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [...provideAppTesting(), provideRouter([{ path: '**', component: Stub }])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    resetLanguage();
    resetSession();
  });

  async function render(returnUrl?: string): Promise<void> {
    fixture = TestBed.createComponent(LoginPage);
    if (returnUrl !== undefined) fixture.componentRef.setInput('returnUrl', returnUrl);
    page = fixture.nativeElement;
    await settle(fixture);
  }

  const input = (field: 'password' | 'username') => page.querySelector<HTMLInputElement>(`input[data-field="${field}"]`)!;
  const submitButton = () => page.querySelector<HTMLButtonElement>('button[data-action="submit"]')!;

  async function type(field: 'password' | 'username', value: string): Promise<void> {
    input(field).value = value;
    input(field).dispatchEvent(new Event('input'));
    await settle(fixture);
  }

  async function submit(username = 'canbo.tuyenquang', password = 'mat-khau-dung-24'): Promise<void> {
    await type('username', username);
    await type('password', password);
    submitButton().click();
    await settle(fixture);
  }

  it('asks for the username and password in Vietnamese, with what password managers need', async () => {
    await render();
    expect(textOf(page.querySelector('h1'))).toBe('Đăng nhập hệ thống');
    expect(textOf(input('username').labels?.[0] ?? null)).toBe('Tên đăng nhập');
    expect(textOf(input('password').labels?.[0] ?? null)).toBe('Mật khẩu');
    expect(input('username').getAttribute('autocomplete')).toBe('username');
    expect(input('password').getAttribute('autocomplete')).toBe('current-password');
    expect(input('username').getAttribute('aria-required')).toBe('true');
    expect(input('password').type).toBe('password');
    expect(textOf(submitButton())).toBe('Đăng nhập');
    expect(submitButton().type).toBe('submit');
  });

  it('shows and hides the password with a labelled toggle button', async () => {
    await render();
    const toggle = page.querySelector<HTMLButtonElement>('[data-action="toggle-password"]')!;
    expect(toggle.type).toBe('button');
    expect(toggle.getAttribute('aria-label')).toBe('Hiện mật khẩu');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');

    toggle.click();
    await settle(fixture);
    expect(input('password').type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');

    toggle.click();
    await settle(fixture);
    expect(input('password').type).toBe('password');
  });

  it('says what is missing instead of sending an empty form', async () => {
    await render();
    submitButton().click();
    await settle(fixture);
    http.expectNone(LOGIN);
    expect(Array.from(page.querySelectorAll('mat-error'), (e) => textOf(e))).toEqual(['Vui lòng nhập tên đăng nhập', 'Vui lòng nhập mật khẩu']);
    expect(document.activeElement).toBe(input('username'));
  });

  it('disables the button while signing in, then goes to the page asked for', async () => {
    await render('/provinces?q=tuyen');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl');
    await submit('canbo.tuyenquang', 'mat-khau-dung-24');

    const req = http.expectOne(LOGIN);
    expect(req.request.body).toEqual({ username: 'canbo.tuyenquang', password: 'mat-khau-dung-24' });
    expect(submitButton().disabled).toBe(true);
    expect(textOf(submitButton())).toBe('Đang đăng nhập…');
    // A second press (or Enter) while waiting sends nothing more.
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    http.expectNone(LOGIN);

    req.flush(tokenResponse(PROVINCE_OFFICER));
    await settle(fixture);
    expect(TestBed.inject(AuthService).user()?.fullName).toBe('Ma Văn Dũng');
    expect(navigate).toHaveBeenCalledWith('/provinces?q=tuyen');
  });

  it('never follows a return address outside the application', async () => {
    await render('https://example.com/phishing');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl');
    await submit();
    http.expectOne(LOGIN).flush(tokenResponse());
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith('/');
  });

  it("shows the API's Vietnamese message when the credentials are wrong, and clears the password", async () => {
    await render();
    await submit('canbo.tuyenquang', 'sai-mat-khau');
    http
      .expectOne(LOGIN)
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Tên đăng nhập hoặc mật khẩu không đúng', code: 'INVALID_CREDENTIALS' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await settle(fixture);

    expect(textOf(page.querySelector('[role="alert"]'))).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(submitButton().disabled).toBe(false);
    expect(textOf(submitButton())).toBe('Đăng nhập');
    expect(input('username').value).toBe('canbo.tuyenquang');
    expect(input('password').value).toBe('');
    expect(document.activeElement).toBe(input('password'));
    // The cleared password is not flagged before the user has typed again.
    expect(page.querySelector('mat-error')).toBeNull();
    expect(TestBed.inject(AuthService).signedIn()).toBe(false);
  });

  it('says for how long a locked account is locked, in the words of the API', async () => {
    await render();
    await submit();
    const message = 'Tài khoản tạm khóa do đăng nhập sai nhiều lần; thử lại sau 15 phút hoặc liên hệ quản trị viên';
    http.expectOne(LOGIN).flush({ statusCode: 423, error: 'Locked', message, code: 'ACCOUNT_LOCKED' }, { status: 423, statusText: 'Locked' });
    await settle(fixture);
    expect(textOf(page.querySelector('[role="alert"]'))).toBe(message);
  });

  it('explains too many attempts even without a message from the server', async () => {
    await render();
    await submit();
    http.expectOne(LOGIN).flush(null, { status: 429, statusText: 'Too Many Requests' });
    await settle(fixture);
    expect(textOf(page.querySelector('[role="alert"]'))).toBe('Có quá nhiều lần đăng nhập trong thời gian ngắn. Vui lòng chờ một phút rồi thử lại.');
  });

  it('says the server cannot be reached when the network fails', async () => {
    await render();
    await submit();
    http.expectOne(LOGIN).error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
    await settle(fixture);
    expect(textOf(page.querySelector('[role="alert"]'))).toBe('Không kết nối được với máy chủ. Vui lòng kiểm tra kết nối mạng rồi bấm Thử lại.');
  });

  it("in English, translates the refusal and still shows the server's own words", async () => {
    await render();
    TestBed.inject(LanguageService).use('en');
    await settle(fixture);
    await submit();
    http
      .expectOne(LOGIN)
      .flush({ statusCode: 401, error: 'Unauthorized', message: 'Tên đăng nhập hoặc mật khẩu không đúng' }, { status: 401, statusText: 'Unauthorized' });
    await settle(fixture);
    expect(Array.from(page.querySelectorAll('[role="alert"] p'), (p) => textOf(p))).toEqual([
      'The username or password is incorrect.',
      "Server's message: Tên đăng nhập hoặc mật khẩu không đúng",
    ]);
  });

  it('says the session has expired when that is why the user is here', async () => {
    sessionStorage.setItem('tdkt.session', JSON.stringify({ refreshToken: 'refresh-old', user: PROVINCE_OFFICER }));
    const auth = TestBed.inject(AuthService);
    const refresh = firstValueFrom(auth.refresh()).catch(() => null);
    http.expectOne('/api/v1/auth/refresh').flush({ statusCode: 401, error: 'Unauthorized', message: 'x' }, { status: 401, statusText: 'Unauthorized' });
    await refresh;

    await render();
    expect(textOf(page.querySelector('[role="status"][data-notice="expired"]'))).toBe('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại để tiếp tục.');
  });
});

import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { resetLanguage, textOf } from '../testing/test-i18n';
import { provideAppTesting, settle } from '../testing/test-providers';
import { ADMINISTRATOR, PROVINCE_OFFICER, resetSession, signIn } from '../testing/test-session';
import { SessionUser } from './core/auth/auth.models';
import { App } from './app';
import { appRoutes } from './app.routes';
import { LANGUAGE_STORAGE_KEY } from './core/i18n/languages';

describe('App shell', () => {
  beforeEach(() => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [App],
      providers: [...provideAppTesting(), provideRouter(appRoutes)],
    });
  });

  afterEach(() => {
    resetLanguage();
    resetSession();
  });

  /** Signs in (the app's initialisers run then, with the remembered language) and renders the shell. */
  async function render(user: SessionUser = ADMINISTRATOR) {
    await signIn(user);
    const fixture = TestBed.createComponent(App);
    await settle(fixture);
    return { fixture, shell: fixture.nativeElement as HTMLElement };
  }

  async function chooseLanguage(fixture: Awaited<ReturnType<typeof render>>['fixture'], language: 'en' | 'vi'): Promise<void> {
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('tdkt-language-switcher button')!.click();
    await settle(fixture);
    document.querySelector<HTMLButtonElement>(`[data-language="${language}"]`)!.click();
    await settle(fixture);
  }

  it('is in Vietnamese by default, with the product name and the navigation', async () => {
    const { shell } = await render();
    expect(textOf(shell.querySelector('.product-name'))).toBe('Thi đua – Khen thưởng');
    expect(Array.from(shell.querySelectorAll('nav a'), (a) => textOf(a))).toEqual([
      'Tổng quan',
      'Nhật ký thay đổi',
      'Người dùng',
      'Tỉnh, thành phố',
      'Danh mục khen thưởng',
      'Cụm thi đua',
    ]);
    expect(document.documentElement.lang).toBe('vi');
  });

  it('shows a province officer their records pages and none of the administrator pages', async () => {
    const { shell } = await render(PROVINCE_OFFICER);
    const labels = Array.from(shell.querySelectorAll('nav a'), (a) => textOf(a));
    expect(labels).toEqual(expect.arrayContaining(['Khen thưởng', 'Giao ước thi đua', 'Nhập, xuất Excel', 'Nộp số liệu theo kỳ']));
    expect(labels).not.toContain('Người dùng');
    expect(labels).not.toContain('Thẩm định đề nghị');
    expect(labels).not.toContain('Báo cáo sơ kết, tổng kết');
  });

  it('moves focus to the content on a new page and with the skip link, but not when only the query string changes', async () => {
    const { fixture, shell } = await render();
    const main = shell.querySelector<HTMLElement>('#main')!;
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/provinces-that-do-not-exist');
    await settle(fixture, 5);
    // The first page is the page load itself: focus stays where the browser put it.
    expect(document.activeElement).not.toBe(main);
    await router.navigateByUrl('/not-a-page');
    await settle(fixture, 5);
    expect(document.activeElement).toBe(main);

    const skip = shell.querySelector<HTMLAnchorElement>('.skip-link')!;
    skip.focus();
    skip.click();
    expect(document.activeElement).toBe(main);

    skip.focus();
    await router.navigateByUrl('/not-a-page?q=x');
    await settle(fixture, 5);
    expect(document.activeElement).toBe(skip);
  });

  it('switches to English: texts, <html lang>, the remembered choice and the page title', async () => {
    const { fixture, shell } = await render();
    await TestBed.inject(Router).navigateByUrl('/not-a-page');
    await settle(fixture);
    expect(TestBed.inject(Title).getTitle()).toBe('Không tìm thấy trang · Thi đua – Khen thưởng');

    await chooseLanguage(fixture, 'en');

    expect(textOf(shell.querySelector('.product-name'))).toBe('Emulation & Commendation');
    expect(Array.from(shell.querySelectorAll('nav a'), (a) => textOf(a))).toEqual([
      'Overview',
      'Audit trail',
      'Users',
      'Provinces and cities',
      'Award catalogue',
      'Emulation clusters',
    ]);
    expect(textOf(shell.querySelector('h1'))).toBe('Page not found');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(TestBed.inject(Title).getTitle()).toBe('Page not found · Emulation & Commendation');
    expect(shell.querySelector('tdkt-language-switcher button')!.getAttribute('aria-label')).toBe(
      'en – using English. Change the interface language',
    );

    await chooseLanguage(fixture, 'vi');
    expect(textOf(shell.querySelector('.product-name'))).toBe('Thi đua – Khen thưởng');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('starts in the language remembered on this browser', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const { shell } = await render();
    expect(textOf(shell.querySelector('.product-name'))).toBe('Emulation & Commendation');
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores a remembered value that is not a supported language', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    const { shell } = await render();
    expect(textOf(shell.querySelector('.product-name'))).toBe('Thi đua – Khen thưởng');
  });

  it('shows the signed-in user: name, roles and province, and signs out from the menu', async () => {
    const { fixture, shell } = await render(PROVINCE_OFFICER);
    const http = TestBed.inject(HttpTestingController);
    const provinces = http.expectOne((req) => req.url === '/api/v1/provinces');
    expect(provinces.request.params.get('validOn')).toBe(todayInVietnam());
    provinces.flush([
      { id: 'p01', code: '01', name: 'Hà Nội', kind: 'CITY', validFrom: null, validTo: null, successorCode: null, note: null },
      {
        id: 'p08',
        code: '08',
        name: 'Tuyên Quang',
        kind: 'PROVINCE',
        validFrom: '2025-07-01',
        validTo: null,
        successorCode: null,
        note: null,
      },
    ]);
    await settle(fixture);

    expect(textOf(shell.querySelector('[data-field="fullName"]'))).toBe('Ma Văn Dũng');
    expect(textOf(shell.querySelector('[data-field="roles"]'))).toBe('Cán bộ tỉnh – Tuyên Quang');
    const trigger = shell.querySelector<HTMLButtonElement>('[data-action="user-menu"]')!;
    expect(textOf(trigger.querySelector('.cdk-visually-hidden'))).toBe('Mở menu tài khoản');
    expect(trigger.hasAttribute('aria-label')).toBe(false);

    trigger.click();
    await settle(fixture);
    expect(textOf(document.querySelector('[data-field="roleList"]'))).toBe('Cán bộ tỉnh');
    expect(textOf(document.querySelector('[data-field="province"]'))).toBe('Tuyên Quang');
    document.querySelector<HTMLButtonElement>('[data-action="logout"]')!.click();
    await settle(fixture);
    http.expectOne('/api/v1/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    await settle(fixture);

    expect(TestBed.inject(Router).url).toBe('/login');
    expect(shell.querySelector('nav')).toBeNull();
    expect(shell.querySelector('tdkt-user-menu')).toBeNull();
    expect(textOf(shell.querySelector('[data-notice="signedOut"]'))).toBe('Bạn đã đăng xuất khỏi hệ thống.');
  });

  it('names the roles in English too', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const { shell } = await render({ ...PROVINCE_OFFICER, roles: ['PROVINCE_STAFF', 'CLUSTER_CHAIR'], provinceCode: undefined });
    expect(textOf(shell.querySelector('[data-field="roles"]'))).toBe('Cluster chair, Province staff');
  });

  it('signed out, shows only the bar and sends every page to the sign-in page, keeping the address to come back to', async () => {
    const { fixture, shell } = await render();
    const http = TestBed.inject(HttpTestingController);
    document.querySelector<HTMLButtonElement>('[data-action="user-menu"]')!.click();
    await settle(fixture);
    document.querySelector<HTMLButtonElement>('[data-action="logout"]')!.click();
    await settle(fixture);
    http.expectOne('/api/v1/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);

    const router = TestBed.inject(Router);
    await router.navigateByUrl('/provinces?q=tuyen');
    await settle(fixture);
    expect(router.url).toBe('/login?returnUrl=%2Fprovinces%3Fq%3Dtuyen');
    expect(shell.querySelector('nav')).toBeNull();
    expect(shell.querySelector('button[aria-controls="app-nav"]')).toBeNull();
    expect(textOf(shell.querySelector('h1'))).toBe('Đăng nhập hệ thống');
    expect(TestBed.inject(Title).getTitle()).toBe('Đăng nhập · Thi đua – Khen thưởng');
  });
});

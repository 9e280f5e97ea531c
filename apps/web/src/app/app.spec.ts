import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';
import { resetLanguage, textOf } from '../testing/test-i18n';
import { provideAppTesting, settle } from '../testing/test-providers';
import { App } from './app';
import { appRoutes } from './app.routes';
import { LANGUAGE_STORAGE_KEY } from './core/i18n/languages';

describe('App shell', () => {
  beforeEach(() => {
    resetLanguage();
    TestBed.configureTestingModule({
      imports: [App],
      providers: [...provideAppTesting(), provideRouter(appRoutes)],
    });
  });

  afterEach(() => resetLanguage());

  async function render() {
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
    expect(Array.from(shell.querySelectorAll('nav a'), (a) => textOf(a))).toEqual(['Tổng quan', 'Tỉnh, thành phố', 'Danh mục khen thưởng', 'Cụm thi đua']);
    expect(document.documentElement.lang).toBe('vi');
  });

  it('switches to English: texts, <html lang>, the remembered choice and the page title', async () => {
    const { fixture, shell } = await render();
    await TestBed.inject(Router).navigateByUrl('/not-a-page');
    await settle(fixture);
    expect(TestBed.inject(Title).getTitle()).toBe('Không tìm thấy trang · Thi đua – Khen thưởng');

    await chooseLanguage(fixture, 'en');

    expect(textOf(shell.querySelector('.product-name'))).toBe('Emulation & Commendation');
    expect(Array.from(shell.querySelectorAll('nav a'), (a) => textOf(a))).toEqual(['Overview', 'Provinces and cities', 'Award catalogue', 'Emulation clusters']);
    expect(textOf(shell.querySelector('h1'))).toBe('Page not found');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(TestBed.inject(Title).getTitle()).toBe('Page not found · Emulation & Commendation');
    expect(shell.querySelector('tdkt-language-switcher button')!.getAttribute('aria-label')).toBe(
      'Change the interface language, current: English',
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
});

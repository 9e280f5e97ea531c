import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { ADMINISTRATOR, PROVINCE_OFFICER, resetSession, signIn } from '../../../../testing/test-session';
import { HomePage } from './home.page';

describe('HomePage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    resetLanguage();
    TestBed.configureTestingModule({ imports: [HomePage], providers: [...provideAppTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    resetSession();
  });

  async function render() {
    const fixture = TestBed.createComponent(HomePage);
    await settle(fixture);
    return { fixture, page: fixture.nativeElement as HTMLElement };
  }

  it('shows the engine and database state from /api/v1/health, and links to the sections of the user\'s roles', async () => {
    await signIn(ADMINISTRATOR);
    const { fixture, page } = await render();
    expect(textOf(page.querySelector('[role="status"]'))).toBe('Đang kiểm tra trạng thái hệ thống…');
    http.expectOne('/api/v1/health').flush({ status: 'ok', database: 'up', engine: 'pglite', version: '0.1.0' });
    await settle(fixture);

    expect(textOf(page.querySelector('[data-field="engine"]'))).toBe('PostgreSQL nhúng (PGlite)');
    expect(textOf(page.querySelector('[data-field="database"]'))).toBe('Sẵn sàng');
    expect(textOf(page.querySelector('[data-field="version"]'))).toBe('0.1.0');
    expect(Array.from(page.querySelectorAll('.section-link'), (a) => a.getAttribute('href'))).toEqual(['/audit', '/users', '/provinces', '/award-types', '/clusters']);
  });

  it('leads a province officer to their records first', async () => {
    await signIn(PROVINCE_OFFICER);
    const { fixture, page } = await render();
    http.expectOne('/api/v1/health').flush({ status: 'ok', database: 'up', engine: 'pglite', version: '0.1.0' });
    await settle(fixture);
    const links = Array.from(page.querySelectorAll('.section-link'), (a) => a.getAttribute('href'));
    expect(links.slice(0, 3)).toEqual(['/commendations', '/movements', '/pledges']);
    expect(links).not.toContain('/users');
  });

  it('says so in Vietnamese when the API is unavailable, and checks again on request', async () => {
    const { fixture, page } = await render();
    http
      .expectOne('/api/v1/health')
      .flush({ statusCode: 503, error: 'Service Unavailable', message: 'Cơ sở dữ liệu không sẵn sàng' }, { status: 503, statusText: 'Service Unavailable' });
    await settle(fixture);

    const alert = textOf(page.querySelector('[role="alert"]'));
    expect(alert).toContain('Máy chủ đang gặp sự cố (mã lỗi 503).');
    expect(alert).toContain('Cơ sở dữ liệu không sẵn sàng');

    page.querySelector<HTMLButtonElement>('tdkt-state-message button')!.click();
    await settle(fixture);
    http.expectOne('/api/v1/health').flush({ status: 'ok', database: 'up', engine: 'postgres', version: '0.1.0' });
    await settle(fixture);
    expect(page.querySelector('[role="alert"]')).toBeNull();
    expect(textOf(page.querySelector('[data-field="engine"]'))).toBe('Máy chủ PostgreSQL');
  });
});

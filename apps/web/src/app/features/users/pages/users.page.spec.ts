import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { ADMINISTRATOR, resetSession, signIn } from '../../../../testing/test-session';
import { UsersStore } from '../data/users.store';
import { UsersPage } from './users.page';

const USERS = [
  {
    id: ADMINISTRATOR.id,
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    roles: ['ADMIN'],
    provinceCode: null,
    provinceName: null,
    clusterCode: null,
    active: true,
    lockedUntil: null,
    version: 1,
    demo: false,
  },
  {
    id: 'u8',
    username: 'canbo.tuyenquang',
    fullName: 'Ma Văn Dũng',
    roles: ['PROVINCE_STAFF'],
    provinceCode: '08',
    provinceName: 'Tuyên Quang',
    clusterCode: null,
    active: true,
    lockedUntil: '2099-01-01T03:00:00.000Z',
    version: 5,
    demo: true,
  },
];
const PROVINCES = [
  { id: 'p8', code: '08', name: 'Tuyên Quang', kind: 'PROVINCE', note: null, successorCode: null, validFrom: '2025-07-01', validTo: null },
];
const CLUSTERS = [{ id: 'c1', code: 'TDMNPB', name: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc', description: null, version: 1 }];

describe('UsersPage', () => {
  let fixture: ComponentFixture<UsersPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(() => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [UsersPage],
      providers: [...provideAppTesting(), provideTranslocoScope('users'), provideRouter([]), UsersStore],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
  });

  async function openAsAdmin(): Promise<void> {
    await signIn(ADMINISTRATOR);
    fixture = TestBed.createComponent(UsersPage);
    page = fixture.nativeElement;
    await settle(fixture);
    http.expectOne('/api/v1/users').flush(USERS);
    http.expectOne((r) => r.url === '/api/v1/provinces' && r.params.has('validOn')).flush(PROVINCES);
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    await settle(fixture);
  }

  const button = (root: ParentNode, text: string): HTMLButtonElement => {
    const found = Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find((b) => textOf(b) === text);
    if (!found) throw new Error(`No button "${text}"`);
    return found;
  };

  function type(root: ParentNode, field: string, value: string): void {
    const input = root.querySelector(`[data-field="${field}"]`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function checkRole(dialog: HTMLElement, label: string): void {
    const box = Array.from(dialog.querySelectorAll('mat-checkbox')).find((c) => textOf(c) === label);
    (box?.querySelector('input') as HTMLInputElement).click();
  }

  const errorOf = (dialog: HTMLElement, field: string): string =>
    textOf(dialog.querySelector(`[data-field="${field}"]`)?.closest('mat-form-field')?.querySelector('mat-error') ?? null);

  it('lists the accounts with roles, scope and a lock', async () => {
    await openAsAdmin();
    const rows = Array.from(page.querySelectorAll('tbody tr'), (tr) =>
      Array.from(tr.children, (c) => textOf(c))
        .slice(0, 5)
        .join(' | '),
    );
    expect(rows[0]).toBe('admin | Quản trị hệ thống | Quản trị viên | Toàn quốc | Đang hoạt động');
    expect(rows[1]).toContain('canbo.tuyenquang | Ma Văn Dũng · tài khoản trình diễn | Cán bộ tỉnh | Tỉnh: Tuyên Quang | Tạm khóa đến');
  });

  it('shows the province or cluster field with the role that needs it, checks the form, and maps server errors onto fields', async () => {
    await openAsAdmin();
    button(page, 'Thêm tài khoản').click();
    await settle(fixture);
    const dialog = document.querySelector('tdkt-user-form-dialog') as HTMLElement;
    expect(dialog.querySelector('[data-field="provinceCode"]')).toBeNull();
    expect(dialog.querySelector('[data-field="clusterCode"]')).toBeNull();

    checkRole(dialog, 'Cán bộ tỉnh');
    await settle(fixture);
    expect(dialog.querySelector('[data-field="provinceCode"]')).not.toBeNull();
    expect(dialog.querySelector('[data-field="clusterCode"]')).toBeNull();
    checkRole(dialog, 'Cụm trưởng');
    await settle(fixture);
    expect(dialog.querySelector('[data-field="clusterCode"]')).not.toBeNull();
    checkRole(dialog, 'Cụm trưởng');
    await settle(fixture);
    expect(dialog.querySelector('[data-field="clusterCode"]')).toBeNull();

    button(dialog, 'Tạo tài khoản').click();
    await settle(fixture);
    http.expectNone((r) => r.method === 'POST');
    expect(errorOf(dialog, 'username')).toBe('Hãy nhập tên đăng nhập.');
    expect(errorOf(dialog, 'provinceCode')).toBe('Cán bộ tỉnh phải được gán một tỉnh, thành phố.');

    type(dialog, 'username', 'Ha Giang');
    await settle(fixture);
    expect(errorOf(dialog, 'username')).toContain('chữ thường không dấu');
    type(dialog, 'password', 'ngan');
    await settle(fixture);
    expect(errorOf(dialog, 'password')).toBe('Mật khẩu phải có ít nhất 12 ký tự.');

    // The server is the final judge: its refusals land beside the fields, nothing typed is lost.
    type(dialog, 'username', 'canbo.hagiang');
    type(dialog, 'fullName', 'Lò Thị Mai');
    type(dialog, 'password', 'mat-khau-du-dai-2026');
    checkRole(dialog, 'Cán bộ tỉnh');
    checkRole(dialog, 'Thẩm định viên Hội đồng');
    await settle(fixture);
    button(dialog, 'Tạo tài khoản').click();
    const post = http.expectOne('/api/v1/users');
    expect(post.request.body).toEqual({
      username: 'canbo.hagiang',
      fullName: 'Lò Thị Mai',
      password: 'mat-khau-du-dai-2026',
      roles: ['COUNCIL_REVIEWER'],
      provinceCode: null,
      clusterCode: null,
    });
    post.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: ['password must have at least 12 characters', 'fullName: không được để trống'],
        errors: [
          { field: 'password', code: 'minLength', message: 'password must have at least 12 characters' },
          { field: 'fullName', code: 'isNotEmpty', message: 'fullName: không được để trống' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(errorOf(dialog, 'password')).toBe('Mật khẩu phải có ít nhất 12 ký tự.');
    expect(errorOf(dialog, 'fullName')).toBe('không được để trống');
    expect((dialog.querySelector('[data-field="fullName"]') as HTMLInputElement).value).toBe('Lò Thị Mai');

    // Correcting a refused field clears the server's message and lets the form go again.
    type(dialog, 'fullName', 'Lò Thị Mai (Sở Nội vụ)');
    type(dialog, 'password', 'mat-khau-du-dai-2027');
    await settle(fixture);
    expect(errorOf(dialog, 'fullName')).toBe('');
    button(dialog, 'Tạo tài khoản').click();
    http
      .expectOne('/api/v1/users')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Tên đăng nhập canbo.hagiang đã có người dùng', code: 'USER_EXISTS' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    expect(errorOf(dialog, 'username')).toBe('Tên đăng nhập canbo.hagiang đã có người dùng');
  });

  it('edits roles and scope, sending only the changes with the version', async () => {
    await openAsAdmin();
    (page.querySelectorAll('tbody tr')[1].querySelector('button') as HTMLButtonElement).click();
    await settle(fixture);
    button(document.body, 'Sửa vai trò, phạm vi').click();
    await settle(fixture);
    const dialog = document.querySelector('tdkt-user-form-dialog') as HTMLElement;
    expect((dialog.querySelector('[data-field="username"]') as HTMLInputElement).disabled).toBe(true);
    checkRole(dialog, 'Cán bộ tỉnh');
    checkRole(dialog, 'Thẩm định viên Hội đồng');
    await settle(fixture);
    expect(dialog.querySelector('[data-field="provinceCode"]')).toBeNull();
    button(dialog, 'Lưu thay đổi').click();
    const patch = http.expectOne('/api/v1/users/u8');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ version: 5, roles: ['COUNCIL_REVIEWER'], provinceCode: null });
    patch.flush({ ...USERS[1], roles: ['COUNCIL_REVIEWER'], provinceCode: null, provinceName: null, version: 6 });
    await settle(fixture, 300);
    http.expectOne('/api/v1/users').flush(USERS);
    await settle(fixture);
    expect(textOf(page.querySelector('.notice'))).toBe('Đã lưu thay đổi của tài khoản canbo.tuyenquang.');
  });

  it('resets a password to the one set and shows it once', async () => {
    await openAsAdmin();
    (page.querySelectorAll('tbody tr')[1].querySelector('button') as HTMLButtonElement).click();
    await settle(fixture);
    button(document.body, 'Mở khóa và đặt lại mật khẩu').click();
    await settle(fixture);
    const dialog = document.querySelector('tdkt-password-dialog') as HTMLElement;
    expect(textOf(dialog)).toContain('đặt mật khẩu mới sẽ mở khóa');
    type(dialog, 'password', 'mat-khau-moi-2026!');
    button(dialog, 'Đặt mật khẩu').click();
    const patch = http.expectOne('/api/v1/users/u8');
    expect(patch.request.body).toEqual({ password: 'mat-khau-moi-2026!', version: 5 });
    patch.flush({ ...USERS[1], lockedUntil: null, version: 6 });
    await settle(fixture);
    expect(textOf(dialog.querySelector('[data-field="newPassword"]'))).toBe('mat-khau-moi-2026!');
    expect(textOf(dialog)).toContain('sẽ không được hiển thị lại');
  });

  it('disables an account after confirmation, and offers no such action on one’s own account', async () => {
    await openAsAdmin();
    (page.querySelectorAll('tbody tr')[0].querySelector('button') as HTMLButtonElement).click();
    await settle(fixture);
    expect(Array.from(document.querySelectorAll('[mat-menu-item]'), (b) => textOf(b))).not.toContain('Vô hiệu hóa tài khoản');
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));

    (page.querySelectorAll('tbody tr')[1].querySelector('button') as HTMLButtonElement).click();
    await settle(fixture);
    button(document.body, 'Vô hiệu hóa tài khoản').click();
    await settle(fixture);
    button(document.querySelector('tdkt-confirm-dialog') as HTMLElement, 'Vô hiệu hóa').click();
    await settle(fixture, 300);
    const patch = http.expectOne('/api/v1/users/u8');
    expect(patch.request.body).toEqual({ active: false, version: 5 });
    patch.flush({ ...USERS[1], active: false, version: 6 });
    await settle(fixture);
    http.expectOne('/api/v1/users').flush(USERS);
    await settle(fixture);
    expect(textOf(page.querySelector('.notice'))).toBe('Đã vô hiệu hóa tài khoản canbo.tuyenquang.');
  });

  it('sends one disable at a time: the action is greyed out while the first is on its way', async () => {
    await openAsAdmin();
    const openMenu = async (): Promise<HTMLButtonElement> => {
      (page.querySelectorAll('tbody tr')[1].querySelector('button') as HTMLButtonElement).click();
      await settle(fixture);
      return button(document.body, 'Vô hiệu hóa tài khoản');
    };
    (await openMenu()).click();
    await settle(fixture);
    button(document.querySelector('tdkt-confirm-dialog') as HTMLElement, 'Vô hiệu hóa').click();
    await settle(fixture, 300);
    const patch = http.expectOne('/api/v1/users/u8');

    const again = await openMenu();
    expect(again.disabled).toBe(true);
    again.click();
    await settle(fixture);
    expect(document.querySelector('tdkt-confirm-dialog')).toBeNull();
    http.expectNone('/api/v1/users/u8');

    // The refusal is the server's own words, and the action can be tried again.
    patch.flush(
      { statusCode: 409, error: 'Conflict', message: 'Tài khoản vừa được người khác thay đổi', code: 'STALE_VERSION' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    expect(textOf(page.querySelector('.action-error'))).toBe('Tài khoản vừa được người khác thay đổi');
    expect((await openMenu()).disabled).toBe(false);
  });

  it('sends nothing for someone who is not an administrator', async () => {
    await signIn();
    fixture = TestBed.createComponent(UsersPage);
    page = fixture.nativeElement;
    await settle(fixture);
    http.expectNone('/api/v1/users');
    http.match(() => true).forEach((r) => r.flush([]));
    expect(textOf(page.querySelector('tdkt-state-message'))).toBe('Chỉ quản trị viên được quản lý tài khoản người dùng.');
  });
});

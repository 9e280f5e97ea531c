import type { UserView } from '@tdkt/shared/contracts';
import { ApiError } from '../../../core/http/api-error';
import { buildUserForm, createBody, generatePassword, localizeUserErrors, syncScopeFields, updateBody } from './user-form';

const STAFF = {
  id: 'u1',
  username: 'canbo.tuyenquang',
  fullName: 'Ma Văn Dũng',
  roles: ['PROVINCE_STAFF'],
  provinceCode: '08',
  provinceName: 'Tuyên Quang',
  clusterCode: null,
  active: true,
  lockedUntil: null,
  version: 4,
  demo: true,
} as unknown as UserView;

describe('user form', () => {
  it('asks for the province only with the staff role and the cluster only with the chair role', () => {
    const form = buildUserForm(null);
    expect(form.controls.provinceCode.enabled).toBe(false);
    expect(form.controls.clusterCode.enabled).toBe(false);

    form.controls.roles.setValue(['PROVINCE_STAFF']);
    syncScopeFields(form);
    expect(form.controls.provinceCode.enabled).toBe(true);
    expect(form.controls.provinceCode.hasError('required')).toBe(true);
    expect(form.controls.clusterCode.enabled).toBe(false);

    form.controls.roles.setValue(['CLUSTER_CHAIR', 'PROVINCE_STAFF']);
    syncScopeFields(form);
    expect(form.controls.clusterCode.hasError('required')).toBe(true);

    form.controls.roles.setValue(['COUNCIL_REVIEWER']);
    syncScopeFields(form);
    expect(form.controls.provinceCode.enabled).toBe(false);
    expect(form.controls.clusterCode.enabled).toBe(false);
  });

  it('drops a scope whose role is gone when building the bodies', () => {
    const form = buildUserForm(null);
    form.setValue({
      username: ' canbo.hagiang ',
      fullName: ' Lò Thị Mai ',
      roles: ['PROVINCE_STAFF'],
      provinceCode: '02',
      clusterCode: 'TDMNPB',
      password: 'mat-khau-du-dai',
      active: true,
    });
    expect(createBody(form)).toEqual({
      username: 'canbo.hagiang',
      fullName: 'Lò Thị Mai',
      password: 'mat-khau-du-dai',
      roles: ['PROVINCE_STAFF'],
      provinceCode: '02',
      clusterCode: null,
    });
  });

  it('sends only what changed, with the version seen', () => {
    const form = buildUserForm(STAFF);
    expect(form.controls.username.disabled).toBe(true);
    expect(updateBody(STAFF, form)).toEqual({ version: 4 });

    form.controls.roles.setValue(['CLUSTER_CHAIR', 'PROVINCE_STAFF']);
    syncScopeFields(form);
    form.controls.clusterCode.setValue('TDMNPB');
    expect(updateBody(STAFF, form)).toEqual({ version: 4, roles: ['PROVINCE_STAFF', 'CLUSTER_CHAIR'], clusterCode: 'TDMNPB' });

    form.controls.roles.setValue(['COUNCIL_REVIEWER']);
    syncScopeFields(form);
    expect(updateBody(STAFF, form)).toEqual({ version: 4, roles: ['COUNCIL_REVIEWER'], provinceCode: null });
  });

  it('words known server rules in Vietnamese and puts a taken username on its field', () => {
    const words: Record<string, string> = { 'password.minLength': 'Mật khẩu phải có ít nhất 12 ký tự.' };
    const refused = new ApiError('badRequest', 400, 'x', null, [
      { field: 'password', code: 'minLength', message: 'password must have at least 12 characters' },
      { field: 'fullName', code: 'isNotEmpty', message: 'fullName: không được để trống' },
    ]);
    expect(localizeUserErrors(refused, (f, c) => words[`${f}.${c}`] ?? null).fieldErrors.map((e) => e.message)).toEqual([
      'Mật khẩu phải có ít nhất 12 ký tự.',
      'fullName: không được để trống',
    ]);
    const taken = new ApiError('conflict', 409, 'Tên đăng nhập admin đã có người dùng', 'USER_EXISTS');
    expect(localizeUserErrors(taken, () => null).fieldErrors).toEqual([
      { field: 'username', code: 'exists', message: 'Tên đăng nhập admin đã có người dùng' },
    ]);
  });

  it('generates passwords without look-alike characters', () => {
    let i = 0;
    const password = generatePassword(16, (n) => i++ % n);
    expect(password).toHaveLength(16);
    expect(password).not.toMatch(/[0O1lI]/);
  });
});

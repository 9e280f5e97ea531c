import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { SessionUser } from '../../../core/auth/auth.models';
import { provideDatepickerI18n } from '../../../core/i18n/translated-datepicker-intl';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { PROVINCE_OFFICER, resetSession, signIn } from '../../../../testing/test-session';
import { MeetingsStore } from '../data/meetings.store';
import { MeetingFormPage } from './meeting-form.page';

const CHAIR: SessionUser = {
  id: 'u-chair',
  username: 'cumtruong.tdmnpb',
  fullName: 'Hoàng Thị Thu Hà',
  roles: ['CLUSTER_CHAIR'],
  clusterCode: 'TDMNPB',
};

const MEETING = {
  id: 'm1',
  clusterCode: 'TDMNPB',
  year: 2024,
  period: 'H1',
  date: '2024-07-29',
  hostProvinceCode: '17',
  hostProvinceName: 'Hòa Bình',
  place: 'Trung tâm hội nghị APPlaza, tỉnh Hòa Bình',
  chairName: 'Nguyễn Mạnh Tuấn',
  chairTitle: 'Phó Chủ tịch UBND tỉnh Tuyên Quang',
  participants: 'Lãnh đạo UBND các tỉnh',
  notes: null,
  demo: true,
  version: 3,
};

const MEMBERS = [
  { provinceId: 'p17', provinceCode: '17', provinceName: 'Hòa Bình', role: 'VICE_CHAIR', year: 2024 },
  { provinceId: 'p08', provinceCode: '08', provinceName: 'Tuyên Quang', role: 'CHAIR', year: 2024 },
];

describe('MeetingFormPage on /meetings/:id/edit', () => {
  let fixture: ComponentFixture<MeetingFormPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const field = (name: string): HTMLInputElement => page.querySelector<HTMLInputElement>(`[data-field="${name}"]`)!;
  const errorOf = (name: string): string => textOf(field(name).closest('mat-form-field')!.querySelector('mat-error'));
  const type = (name: string, value: string): void => {
    const input = field(name);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  };
  const click = async (action: string): Promise<void> => {
    page.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
    await settle(fixture);
  };

  async function open(user: SessionUser, meeting: object = MEETING): Promise<void> {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [MeetingFormPage],
      providers: [
        ...provideAppTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideRouter([]),
        provideTranslocoScope('meetings'),
        provideDatepickerI18n(),
        MeetingsStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(user);
    fixture = TestBed.createComponent(MeetingFormPage);
    fixture.componentRef.setInput('id', 'm1');
    page = fixture.nativeElement;
    await settle(fixture);
    if (user !== CHAIR) return;
    http.expectOne('/api/v1/meetings/m1').flush(meeting);
    await settle(fixture);
    // The form asks for this year's members first, then for the meeting's year once filled.
    for (const req of http.match((r) => r.url === '/api/v1/clusters/TDMNPB/members')) if (!req.cancelled) req.flush(MEMBERS);
    await settle(fixture);
  }

  afterEach(() => http.verify());

  it('fills the form with the recorded meeting', async () => {
    await open(CHAIR);
    expect(textOf(page.querySelector('h1'))).toBe('Sửa thông tin hội nghị');
    expect(field('date').value).toBe('29/07/2024');
    expect(textOf(field('period'))).toBe('Sơ kết 6 tháng đầu năm');
    expect(textOf(field('year'))).toBe('2024');
    expect(textOf(field('hostProvinceCode'))).toBe('Hòa Bình');
    expect(field('place').value).toBe('Trung tâm hội nghị APPlaza, tỉnh Hòa Bình');
    expect(field('chairName').value).toBe('Nguyễn Mạnh Tuấn');
    expect(field('participants').value).toBe('Lãnh đạo UBND các tỉnh');
    expect(field('notes').value).toBe('');
    expect(textOf(page.querySelector('[data-action="save"]'))).toBe('Lưu thay đổi');
  });

  it('sends PATCH with every field and the version it read, then returns to the list', async () => {
    await open(CHAIR);
    type('notes', 'Bổ sung danh sách đại biểu');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await click('save');
    const req = http.expectOne('/api/v1/meetings/m1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({
      clusterCode: 'TDMNPB',
      year: 2024,
      period: 'H1',
      date: '2024-07-29',
      hostProvinceCode: '17',
      place: 'Trung tâm hội nghị APPlaza, tỉnh Hòa Bình',
      chairName: 'Nguyễn Mạnh Tuấn',
      chairTitle: 'Phó Chủ tịch UBND tỉnh Tuyên Quang',
      participants: 'Lãnh đạo UBND các tỉnh',
      notes: 'Bổ sung danh sách đại biểu',
      version: 3,
    });
    req.flush({ ...MEETING, notes: 'Bổ sung danh sách đại biểu', version: 4 });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/meetings']);
    expect(TestBed.inject(MeetingsStore).saved()?.version).toBe(4);
  });

  it('explains a version conflict; "keep my input" takes the new version and saves over it', async () => {
    await open(CHAIR);
    type('place', 'Hội trường UBND tỉnh Hòa Bình');
    await click('save');
    http
      .expectOne('/api/v1/meetings/m1')
      .flush(
        { statusCode: 409, error: 'Conflict', code: 'VERSION_CONFLICT', message: 'Hội nghị vừa được người khác thay đổi' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    expect(textOf(page.querySelector('[data-banner="conflict"] .title'))).toBe('Hội nghị vừa được người khác sửa');
    // Nothing typed is lost.
    expect(field('place').value).toBe('Hội trường UBND tỉnh Hòa Bình');

    await click('keep-mine');
    http.expectOne('/api/v1/meetings/m1').flush({ ...MEETING, notes: 'Ghi chú của người khác', version: 4 });
    await settle(fixture);
    expect(page.querySelector('[data-banner="conflict"]')).toBeNull();
    expect(textOf(page.querySelector('[data-banner="kept-mine"]'))).toContain('phiên bản 4');
    expect(field('place').value).toBe('Hội trường UBND tỉnh Hòa Bình');

    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await click('save');
    const req = http.expectOne('/api/v1/meetings/m1');
    expect(req.request.body).toMatchObject({ place: 'Hội trường UBND tỉnh Hòa Bình', version: 4 });
    req.flush({ ...MEETING, place: 'Hội trường UBND tỉnh Hòa Bình', version: 5 });
    await settle(fixture);
  });

  it('"load the latest" replaces the input with the newer meeting', async () => {
    await open(CHAIR);
    type('place', 'Địa điểm tôi gõ');
    await click('save');
    http
      .expectOne('/api/v1/meetings/m1')
      .flush({ statusCode: 409, error: 'Conflict', code: 'VERSION_CONFLICT', message: 'Đã đổi' }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    await click('reload-latest');
    http.expectOne('/api/v1/meetings/m1').flush({ ...MEETING, place: 'Địa điểm mới của người khác', version: 4 });
    await settle(fixture);
    expect(field('place').value).toBe('Địa điểm mới của người khác');
    expect(page.querySelector('[data-banner="conflict"]')).toBeNull();
  });

  it("puts the server's field errors beside the fields and a locked period in a banner", async () => {
    await open(CHAIR);
    await click('save');
    http.expectOne('/api/v1/meetings/m1').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: ['Ngày hội nghị không khớp với kỳ sơ kết, tổng kết'],
        errors: [{ field: 'date', code: 'outsidePeriod', message: 'Ngày hội nghị không khớp với kỳ sơ kết, tổng kết' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(errorOf('date')).toBe('Ngày hội nghị không khớp với kỳ sơ kết, tổng kết');

    type('date', '30/07/2024');
    await click('save');
    const locked = 'Kỳ 6 tháng đầu năm 2024 của Cụm thi đua các tỉnh miền núi phía Bắc đã khóa (Chốt số liệu).';
    http
      .expectOne('/api/v1/meetings/m1')
      .flush({ statusCode: 409, error: 'Conflict', code: 'PERIOD_LOCKED', message: locked }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    expect(Array.from(page.querySelectorAll('[data-banner="refusal"] li'), (li) => textOf(li))).toEqual([locked]);
    expect(field('date').value).toBe('30/07/2024');
  });

  it("refuses another cluster's meeting and province staff without loading the form", async () => {
    await open(CHAIR, { ...MEETING, clusterCode: 'DBSH' });
    expect(page.querySelector('form')).toBeNull();
    expect(textOf(page.querySelector('tdkt-state-message'))).toBe('Hội nghị này thuộc cụm thi đua khác nên bạn không sửa được.');
    http.verify();
    TestBed.resetTestingModule();

    await open(PROVINCE_OFFICER);
    expect(page.querySelector('form')).toBeNull();
    expect(textOf(page.querySelector('tdkt-state-message'))).toContain('Chỉ cụm trưởng được sửa hội nghị');
    for (const req of http.match(() => true)) req.flush(MEETING);
  });
});

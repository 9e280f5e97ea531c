import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { SessionUser } from '../../../core/auth/auth.models';
import { provideDatepickerI18n } from '../../../core/i18n/translated-datepicker-intl';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { resetSession, signIn } from '../../../../testing/test-session';
import { MeetingsStore } from '../data/meetings.store';
import { MeetingFormPage } from './meeting-form.page';

const YEAR = Number(todayInVietnam().slice(0, 4));

const CHAIR: SessionUser = {
  id: 'u-chair',
  username: 'cumtruong.tdmnpb',
  fullName: 'Hoàng Thị Thu Hà',
  roles: ['CLUSTER_CHAIR'],
  clusterCode: 'TDMNPB',
};

const MEMBERS = [
  { provinceId: 'p17', provinceCode: '17', provinceName: 'Hòa Bình', role: 'VICE_CHAIR', year: YEAR },
  { provinceId: 'p08', provinceCode: '08', provinceName: 'Tuyên Quang', role: 'CHAIR', year: YEAR },
];

describe('MeetingFormPage on /meetings/new', () => {
  let fixture: ComponentFixture<MeetingFormPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const field = (name: string): HTMLElement => page.querySelector<HTMLElement>(`[data-field="${name}"]`)!;
  const errorOf = (name: string): string => textOf(field(name).closest('mat-form-field')!.querySelector('mat-error'));
  const type = (name: string, value: string): void => {
    const input = field(name) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  };
  const save = async (): Promise<void> => {
    page.querySelector<HTMLButtonElement>('[data-action="save"]')!.click();
    await settle(fixture);
  };

  beforeEach(async () => {
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
    await signIn(CHAIR);
    fixture = TestBed.createComponent(MeetingFormPage);
    page = fixture.nativeElement;
    await settle(fixture);
    http.expectOne(`/api/v1/clusters/TDMNPB/members?year=${YEAR}`).flush(MEMBERS);
    await settle(fixture);
  });

  afterEach(() => http.verify());

  it('explains every missing or wrong field in Vietnamese and sends nothing', async () => {
    type('chairName', '   ');
    type('date', '31/02/2024');
    type('place', 'x'.repeat(301));
    await save();

    expect(errorOf('chairName')).toBe('Vui lòng nhập họ tên người chủ trì.');
    expect(errorOf('date')).toBe('Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 29/07/2024.');
    expect(errorOf('hostProvinceCode')).toBe('Vui lòng chọn tỉnh đăng cai.');
    expect(errorOf('place')).toBe('Tối đa 300 ký tự.');
    http.expectNone('/api/v1/meetings');
    // Nothing typed is lost.
    expect((field('place') as HTMLInputElement).value).toHaveLength(301);
  });

  it('refuses a date outside the period, and rechecks it when the period changes', async () => {
    type('date', `15/01/${YEAR + 1}`);
    await save();
    expect(errorOf('date')).toBe(`Hội nghị sơ kết 6 tháng năm ${YEAR} phải họp trong năm ${YEAR}.`);

    const component = fixture.componentInstance as unknown as { form: { controls: { period: { setValue(v: string): void } } } };
    component.form.controls.period.setValue('FY');
    await settle(fixture);
    expect(errorOf('date')).toBe('');
  });

  it('offers the cluster members of the year as hosts', async () => {
    field('hostProvinceCode').click();
    await settle(fixture);
    const options = Array.from(document.querySelectorAll('mat-option'), (o) => textOf(o));
    expect(options).toEqual(['Hòa Bình', 'Tuyên Quang']);
    document.querySelectorAll<HTMLElement>('mat-option')[0].click();
    await settle(fixture);
    expect(textOf(field('hostProvinceCode'))).toBe('Hòa Bình');
  });

  async function fillValid(): Promise<void> {
    type('date', `29/07/${YEAR}`);
    type('chairName', 'Nguyễn Mạnh Tuấn');
    type('chairTitle', 'Phó Chủ tịch UBND tỉnh Tuyên Quang');
    type('place', 'Trung tâm hội nghị APPlaza');
    type('participants', 'Lãnh đạo UBND các tỉnh');
    field('hostProvinceCode').click();
    await settle(fixture);
    document.querySelectorAll<HTMLElement>('mat-option')[0].click();
    await settle(fixture);
  }

  it('sends every field of the meeting and returns to the list', async () => {
    await fillValid();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await save();
    const req = http.expectOne('/api/v1/meetings');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      clusterCode: 'TDMNPB',
      year: YEAR,
      period: 'H1',
      date: `${YEAR}-07-29`,
      hostProvinceCode: '17',
      place: 'Trung tâm hội nghị APPlaza',
      chairName: 'Nguyễn Mạnh Tuấn',
      chairTitle: 'Phó Chủ tịch UBND tỉnh Tuyên Quang',
      participants: 'Lãnh đạo UBND các tỉnh',
      notes: null,
    });
    req.flush({ ...req.request.body, id: 'm1', hostProvinceName: 'Hòa Bình', demo: false, version: 1 });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/meetings']);
    expect(TestBed.inject(MeetingsStore).saved()?.id).toBe('m1');
  });

  it("puts the server's field errors beside the fields and the others in a banner", async () => {
    await fillValid();
    await save();
    http.expectOne('/api/v1/meetings').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Dữ liệu không hợp lệ',
        errors: [
          { field: 'date', code: 'outsidePeriod', message: 'Ngày hội nghị không khớp với kỳ sơ kết, tổng kết' },
          { field: 'chairName', code: 'maxLength', message: 'chairName: Họ tên quá dài' },
          { field: 'clusterCode', code: 'invalid', message: 'Mã cụm không hợp lệ' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(errorOf('date')).toBe('Ngày hội nghị không khớp với kỳ sơ kết, tổng kết');
    expect(errorOf('chairName')).toBe('Họ tên quá dài');
    expect(textOf(page.querySelector('.banner p'))).toBe('Máy chủ chưa lưu hội nghị:');
    expect(Array.from(page.querySelectorAll('.banner li'), (li) => textOf(li))).toEqual(['Mã cụm không hợp lệ']);
    expect((field('chairName') as HTMLInputElement).value).toBe('Nguyễn Mạnh Tuấn');
  });

  it("shows a refusal without field errors as the server's message", async () => {
    await fillValid();
    await save();
    http
      .expectOne('/api/v1/meetings')
      .flush(
        { statusCode: 403, error: 'Forbidden', message: 'Chỉ cụm trưởng của cụm thi đua này được thực hiện thao tác này' },
        { status: 403, statusText: 'Forbidden' },
      );
    await settle(fixture);
    expect(textOf(page.querySelector('.banner li'))).toBe('Chỉ cụm trưởng của cụm thi đua này được thực hiện thao tác này');
  });
});

import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideTranslocoScope } from '@jsverse/transloco';
import type { CommendationView } from '@tdkt/shared/contracts';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import type { UserRole } from '../../../core/auth/auth.models';
import { provideDatepickerI18n } from '../../../core/i18n/translated-datepicker-intl';
import { commendation, type } from '../testing/commendation-fixtures';
import { WorkflowActions } from './workflow-actions.component';

const CENTRAL_DRAFT = commendation({
  status: 'DRAFT',
  level: 'GOVERNMENT',
  awardTypeCode: 'BANG_KHEN_THU_TUONG',
  awardTypeName: 'Bằng khen của Thủ tướng Chính phủ',
  decisionNumber: null,
  decisionDate: null,
  decidingAuthority: null,
});
const CENTRAL_SUBMITTED = { ...CENTRAL_DRAFT, status: 'SUBMITTED' } as CommendationView;
const LOCAL_APPROVED = commendation({ status: 'APPROVED', level: 'PROVINCE' });

describe('WorkflowActions', () => {
  let fixture: ComponentFixture<WorkflowActions>;
  let http: HttpTestingController;
  let changed: CommendationView[];

  beforeEach(() => {
    resetLanguage();
    TestBed.configureTestingModule({
      imports: [WorkflowActions],
      providers: [
        ...provideAppTesting(),
        provideTranslocoScope('commendations'),
        provideDatepickerI18n(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
  });

  async function render(record: CommendationView, roles: UserRole[]): Promise<HTMLElement> {
    fixture = TestBed.createComponent(WorkflowActions);
    fixture.componentRef.setInput('record', record);
    fixture.componentRef.setInput('roles', roles);
    changed = [];
    fixture.componentInstance.changed.subscribe((r) => changed.push(r));
    await settle(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  const buttons = (host: HTMLElement) => Array.from(host.querySelectorAll('button'), (b) => textOf(b));
  const dialog = () => document.querySelector<HTMLElement>('mat-dialog-container');

  it.each<[string, CommendationView, UserRole[], string[]]>([
    ['province staff on a central draft', CENTRAL_DRAFT, ['PROVINCE_STAFF'], ['Trình Hội đồng']],
    ['a council reviewer on a submitted proposal', CENTRAL_SUBMITTED, ['COUNCIL_REVIEWER'], ['Phê duyệt', 'Trả lại']],
    ['province staff on an approved provincial award', LOCAL_APPROVED, ['PROVINCE_STAFF'], ['Thu hồi']],
    ['a cluster chair on a submitted proposal', CENTRAL_SUBMITTED, ['CLUSTER_CHAIR'], []],
    ['a cluster chair on an approved provincial award', LOCAL_APPROVED, ['CLUSTER_CHAIR'], []],
    ['province staff on a submitted proposal (the council holds it)', CENTRAL_SUBMITTED, ['PROVINCE_STAFF'], []],
    ['a council reviewer on a provincial award', LOCAL_APPROVED, ['COUNCIL_REVIEWER'], []],
    [
      'province staff on a provincial draft',
      commendation({ status: 'DRAFT', level: 'PROVINCE' }),
      ['PROVINCE_STAFF'],
      ['Ghi nhận quyết định'],
    ],
  ])('shows %s the right steps', async (_who, record, roles, expected) => {
    const host = await render(record, roles);
    expect(buttons(host)).toEqual(expected);
  });

  it('refuses to return a proposal without a reason, then sends the reason with the version', async () => {
    const host = await render(CENTRAL_SUBMITTED, ['COUNCIL_REVIEWER']);
    host.querySelector<HTMLButtonElement>('button[data-action="return"]')!.click();
    await settle(fixture);
    expect(textOf(dialog()!.querySelector('h2'))).toBe('Trả lại hồ sơ cho tỉnh');

    type(dialog()!, 'textarea[data-field="reason"]', '   ');
    dialog()!.querySelector<HTMLButtonElement>('button[data-action="confirm"]')!.click();
    await settle(fixture);
    expect(textOf(dialog()!.querySelector('mat-error'))).toBe('Vui lòng nêu lý do để tỉnh biết cần làm gì.');
    http.expectNone((req) => req.url.endsWith('/return'));

    type(dialog()!, 'textarea[data-field="reason"]', 'Thiếu bản tóm tắt thành tích có xác nhận');
    dialog()!.querySelector<HTMLButtonElement>('button[data-action="confirm"]')!.click();
    await settle(fixture);
    const req = http.expectOne(`/api/v1/commendations/${CENTRAL_SUBMITTED.id}/return`);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ reason: 'Thiếu bản tóm tắt thành tích có xác nhận', version: 3 });
    const returned = {
      ...CENTRAL_SUBMITTED,
      status: 'RETURNED',
      statusReason: 'Thiếu bản tóm tắt thành tích có xác nhận',
      version: 4,
    } as CommendationView;
    req.flush(returned);
    await settle(fixture);
    expect(changed).toEqual([returned]);
    expect(dialog()).toBeNull();
  });

  it("approves with the decision typed day first, and keeps the dialog open with the server's refusal", async () => {
    const host = await render(CENTRAL_SUBMITTED, ['COUNCIL_REVIEWER']);
    host.querySelector<HTMLButtonElement>('button[data-action="approve"]')!.click();
    await settle(fixture);
    type(dialog()!, 'input[data-field="decisionNumber"]', '1490/QĐ-TTg');
    type(dialog()!, 'input[data-field="decisionDate"]', '27/11/2024');
    type(dialog()!, 'input[data-field="decidingAuthority"]', 'Thủ tướng Chính phủ');
    dialog()!.querySelector<HTMLButtonElement>('button[data-action="confirm"]')!.click();
    await settle(fixture);

    const req = http.expectOne(`/api/v1/commendations/${CENTRAL_SUBMITTED.id}/approve`);
    expect(req.request.body).toEqual({
      decisionNumber: '1490/QĐ-TTg',
      decisionDate: '2024-11-27',
      decidingAuthority: 'Thủ tướng Chính phủ',
      version: 3,
    });
    req.flush(
      { statusCode: 409, error: 'Conflict', code: 'PERIOD_LOCKED', message: 'Kỳ sơ kết 6 tháng đầu năm 2024 của tỉnh đã khóa' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    expect(textOf(dialog()!.querySelector('[role="alert"]'))).toBe('Kỳ sơ kết 6 tháng đầu năm 2024 của tỉnh đã khóa');
    expect(dialog()!.querySelector<HTMLInputElement>('input[data-field="decisionNumber"]')!.value).toBe('1490/QĐ-TTg');
    expect(changed).toEqual([]);
  });

  it('asks the province to confirm before submitting, then reports the submitted record', async () => {
    const host = await render(CENTRAL_DRAFT, ['PROVINCE_STAFF']);
    host.querySelector<HTMLButtonElement>('button[data-action="submit"]')!.click();
    await settle(fixture);
    dialog()!.querySelector<HTMLButtonElement>('button[data-action="confirm"]')!.click();
    await settle(fixture);
    const req = http.expectOne(`/api/v1/commendations/${CENTRAL_DRAFT.id}/submit`);
    expect(req.request.body).toEqual({ version: 3 });
    req.flush({ ...CENTRAL_DRAFT, status: 'SUBMITTED', version: 4 });
    await settle(fixture);
    expect(changed.map((r) => r.status)).toEqual(['SUBMITTED']);
  });
});

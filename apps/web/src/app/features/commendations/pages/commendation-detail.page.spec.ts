import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { PROVINCE_OFFICER, resetSession, signIn } from '../../../../testing/test-session';
import type { SessionUser } from '../../../core/auth/auth.models';
import { provideDatepickerI18n } from '../../../core/i18n/translated-datepicker-intl';
import { CLUSTER_CHAIR, commendation, type } from '../testing/commendation-fixtures';
import { CommendationDetailPage } from './commendation-detail.page';
import { seriousViolations } from '../testing/axe';

const RECORD = commendation({ status: 'APPROVED', level: 'PROVINCE', disciplineUntil: '2023-12-31', pendingReview: false });
const URL = `/api/v1/commendations/${RECORD.id}`;

/** A provincial award: no document required, none attached. */
const DOSSIER = { required: [], present: [], missing: [], editable: false };

const FINDINGS = {
  commendationId: RECORD.id,
  matches: [],
  findings: [
    {
      id: 'f1',
      commendationId: RECORD.id,
      ruleId: 'R-DECISION-AFTER-ACHIEVEMENT',
      ruleTitle: 'Quyết định sau năm đạt thành tích',
      ruleBasis: 'Luật Thi đua, khen thưởng 2022',
      ruleVersion: '2024.1',
      severity: 'WARNING',
      status: 'OPEN',
      explanation: 'Ngày quyết định 10/12/2024 trước khi kết thúc năm thành tích 2024.',
      evidenceIds: [],
      evidenceNeeded: [],
      branch: null,
      provinceCode: '08',
      year: 2024,
      recipientName: RECORD.recipientName,
      awardTypeCode: RECORD.awardTypeCode,
      comment: null,
      reviewerId: null,
      reviewedAt: null,
      lastRunAt: '2025-01-06T02:00:00.000Z',
      version: 1,
    },
  ],
};

describe('CommendationDetailPage', () => {
  let fixture: ComponentFixture<CommendationDetailPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const wait = (ms = 0) => settle(fixture, ms);
  const dialog = () => document.querySelector<HTMLElement>('mat-dialog-container');
  const definition = (term: string) => {
    const dt = Array.from(page.querySelectorAll('dt')).find((d) => textOf(d) === term);
    return textOf(dt?.nextElementSibling ?? null);
  };

  async function render(user: SessionUser = PROVINCE_OFFICER): Promise<void> {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [CommendationDetailPage],
      providers: [
        ...provideAppTesting(),
        provideRouter([]),
        provideTranslocoScope('commendations'),
        provideDatepickerI18n(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(user);
    fixture = TestBed.createComponent(CommendationDetailPage);
    fixture.componentRef.setInput('id', RECORD.id);
    page = fixture.nativeElement;
    await wait();
    http.expectOne(URL).flush(RECORD);
    http.expectOne(`${URL}/findings`).flush(FINDINGS);
    await wait();
    flushDossier();
    await wait();
  }

  function flushDossier(): void {
    http.expectOne(`${URL}/dossier`).flush(DOSSIER);
    http.expectOne(`${URL}/documents`).flush([]);
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
  });

  it('shows every field, the decision, the findings, the dossier and the audit trail link', async () => {
    await render();
    expect(textOf(page.querySelector('[data-dossier] h2'))).toBe('Hồ sơ đề nghị (tài liệu kèm theo)');
    expect(textOf(page.querySelector('h1'))).toBe('Sùng Thị Dở');
    expect(textOf(page.querySelector('.heading tdkt-status-chip'))).toBe('Đã có quyết định');
    expect(definition('Số, ký hiệu quyết định')).toBe('2760/QĐ-UBND');
    expect(definition('Ngày quyết định')).toBe('10/12/2024');
    expect(definition('Thành phần (biểu mẫu 0602)')).toBe('Doanh nhân');
    expect(definition('Dân tộc thiểu số')).toBe('Có');
    expect(definition('Cấp khen thưởng')).toBe('Khen thưởng cấp tỉnh · thuộc thẩm quyền của tỉnh');
    // The discipline facts (R-DISCIPLINE-FREEZE); a person is not asked about members.
    expect(textOf(page.querySelector('[data-section="discipline"] h2'))).toBe('Kỷ luật, thanh tra');
    expect(definition('Ngày hết thời hạn kỷ luật')).toBe('31/12/2023');
    expect(definition('Đang xem xét kỷ luật, thanh tra, điều tra, khiếu nại')).toBe('Không');
    expect(page.querySelector('[data-section="discipline"]')?.textContent).not.toContain('cảnh cáo');

    const finding = page.querySelector('tdkt-findings-list li')!;
    expect(textOf(finding)).toContain('Cần xem xét');
    expect(textOf(finding)).toContain('R-DECISION-AFTER-ACHIEVEMENT');
    expect(textOf(finding)).toContain('Ngày quyết định 10/12/2024 trước khi kết thúc năm thành tích 2024.');

    expect(page.querySelector('a[data-action="audit"]')?.getAttribute('href')).toBe(`/audit?entity=commendation&entityId=${RECORD.id}`);
    expect(page.querySelector('a[data-action="edit"]')?.getAttribute('href')).toBe(`/commendations/${RECORD.id}/edit`);
  });

  it('revokes with a reason, then shows the new status and checks the record again', async () => {
    await render();
    page.querySelector<HTMLButtonElement>('tdkt-workflow-actions button[data-action="revoke"]')!.click();
    await wait();
    type(dialog()!, 'textarea[data-field="reason"]', 'Phát hiện kê khai không trung thực');
    dialog()!.querySelector<HTMLButtonElement>('button[data-action="confirm"]')!.click();
    await wait();
    const req = http.expectOne(`${URL}/revoke`);
    expect(req.request.body).toEqual({ reason: 'Phát hiện kê khai không trung thực', version: 3 });
    req.flush({ ...RECORD, status: 'REVOKED', statusReason: 'Phát hiện kê khai không trung thực', version: 4 });
    await wait(50);

    http.expectOne(`${URL}/findings`).flush({ ...FINDINGS, findings: [] });
    // The dossier panel reads the checklist again for the new status.
    flushDossier();
    await wait();
    expect(textOf(page.querySelector('.heading tdkt-status-chip'))).toBe('Đã thu hồi');
    expect(textOf(page.querySelector('[data-reason]'))).toContain('Phát hiện kê khai không trung thực');
    expect(page.querySelector('a[data-action="edit"]')).toBeNull();
    expect(page.querySelectorAll('tdkt-workflow-actions button')).toHaveLength(0);
    expect(textOf(page.querySelector('.findings tdkt-state-message'))).toBe('Hệ thống không phát hiện vấn đề nào với hồ sơ này.');
  });

  it('gives a cluster chair no workflow step and no edit button', async () => {
    await render(CLUSTER_CHAIR);
    expect(page.querySelectorAll('tdkt-workflow-actions button')).toHaveLength(0);
    expect(page.querySelector('a[data-action="edit"]')).toBeNull();
    expect(page.querySelector('a[data-action="audit"]')).not.toBeNull();
  });

  it('has no serious accessibility problem', async () => {
    await render();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

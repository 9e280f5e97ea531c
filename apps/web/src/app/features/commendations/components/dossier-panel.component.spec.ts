import { HttpEventType } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideTranslocoScope } from '@jsverse/transloco';
import type { DocumentView, DossierView } from '@tdkt/shared/contracts';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { PROVINCE_OFFICER, resetSession, signIn } from '../../../../testing/test-session';
import type { SessionUser } from '../../../core/auth/auth.models';
import { seriousViolations } from '../testing/axe';
import { COUNCIL_REVIEWER, commendation } from '../testing/commendation-fixtures';
import { DossierPanel } from './dossier-panel.component';

const DRAFT = commendation({
  status: 'DRAFT',
  level: 'GOVERNMENT',
  awardTypeCode: 'BANG_KHEN_THU_TUONG',
  awardTypeName: 'Bằng khen của Thủ tướng Chính phủ',
  decisionNumber: null,
  decisionDate: null,
  decidingAuthority: null,
});
const BASE = `/api/v1/commendations/${DRAFT.id}`;
const SUBMISSION: DocumentView = {
  id: 'd1',
  commendationId: DRAFT.id,
  kind: 'SUBMISSION',
  fileName: 'Tờ trình 15-TTr.pdf',
  mediaType: 'application/pdf',
  size: 245_760,
  sha256: 'a'.repeat(64),
  uploadedBy: 'Cán bộ Tuyên Quang',
  createdAt: '2025-01-06T02:00:00.000Z',
} as DocumentView;
const MISSING_REPORT: DossierView = {
  required: ['SUBMISSION', 'ACHIEVEMENT_REPORT'],
  present: ['SUBMISSION'],
  missing: ['ACHIEVEMENT_REPORT'],
  editable: true,
} as DossierView;

describe('DossierPanel', () => {
  let fixture: ComponentFixture<DossierPanel>;
  let http: HttpTestingController;
  let panel: HTMLElement;
  const wait = (ms = 0) => settle(fixture, ms);

  async function render(user: SessionUser, record = DRAFT, dossier = MISSING_REPORT, documents = [SUBMISSION]): Promise<void> {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [DossierPanel],
      providers: [...provideAppTesting(), provideTranslocoScope('commendations'), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(user);
    fixture = TestBed.createComponent(DossierPanel);
    fixture.componentRef.setInput('record', record);
    fixture.componentRef.setInput('roles', user.roles);
    panel = fixture.nativeElement;
    await wait();
    flush(dossier, documents);
    await wait();
  }

  function flush(dossier: DossierView, documents: DocumentView[]): void {
    http.expectOne(`${BASE}/dossier`).flush(dossier);
    http.expectOne(`${BASE}/documents`).flush(documents);
  }

  async function choose(file: File, kind = 'ACHIEVEMENT_REPORT'): Promise<void> {
    panel.querySelector<HTMLElement>('mat-select[data-field="kind"] .mat-mdc-select-trigger')!.click();
    await wait();
    const option = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((o) =>
      textOf(o).startsWith(kind === 'ACHIEVEMENT_REPORT' ? 'Báo cáo thành tích' : 'Tài liệu khác'),
    );
    option!.click();
    await wait();
    const input = panel.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { configurable: true, value: [file] });
    input.dispatchEvent(new Event('change'));
    await wait();
  }

  const pdf = (name = 'Báo cáo thành tích.pdf', size = 1024) => new File([new Uint8Array(size)], name, { type: 'application/pdf' });
  const uploadButton = () => panel.querySelector<HTMLButtonElement>('button[data-action="upload"]')!;

  beforeEach(() => {
    URL.createObjectURL = jest.fn(() => 'blob:http://localhost/ho-so');
    URL.revokeObjectURL = jest.fn();
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
  });

  it('shows the checklist with the missing kinds in Vietnamese and the attached documents', async () => {
    await render(PROVINCE_OFFICER);
    const items = Array.from(panel.querySelectorAll('.checklist li'));
    expect(items.map((li) => li.getAttribute('data-kind'))).toEqual(['SUBMISSION', 'ACHIEVEMENT_REPORT']);
    expect(items[0].classList).toContain('ok');
    expect(items[1].classList).not.toContain('ok');
    expect(textOf(panel.querySelector('[data-missing]'))).toBe('Còn thiếu: Báo cáo thành tích.');
    const row = panel.querySelector('[data-document="d1"]')!;
    expect(textOf(row)).toContain('Tờ trình 15-TTr.pdf');
    expect(textOf(row)).toContain('240 KB');
    expect(row.querySelector('button[data-action="remove"]')).not.toBeNull();
  });

  it('uploads with progress, then reads the dossier again', async () => {
    await render(PROVINCE_OFFICER);
    await choose(pdf());
    expect(uploadButton().disabled).toBe(false);
    uploadButton().click();
    await wait();
    const req = http.expectOne(`${BASE}/documents`);
    expect(req.request.method).toBe('POST');
    expect(req.request.reportProgress).toBe(true);
    const body = req.request.body as FormData;
    expect(body.get('kind')).toBe('ACHIEVEMENT_REPORT');
    expect((body.get('file') as File).name).toBe('Báo cáo thành tích.pdf');
    req.event({ type: HttpEventType.UploadProgress, loaded: 512, total: 1024 });
    await wait();
    expect(textOf(panel.querySelector('.upload [role="status"]'))).toBe('Đang tải lên: 50%');
    expect(panel.querySelector('mat-progress-bar')).not.toBeNull();
    req.flush({ ...SUBMISSION, id: 'd2', kind: 'ACHIEVEMENT_REPORT', fileName: 'Báo cáo thành tích.pdf' });
    await wait();
    flush({ ...MISSING_REPORT, present: ['SUBMISSION', 'ACHIEVEMENT_REPORT'], missing: [] }, [
      SUBMISSION,
      { ...SUBMISSION, id: 'd2', kind: 'ACHIEVEMENT_REPORT', fileName: 'Báo cáo thành tích.pdf' } as DocumentView,
    ]);
    await wait();
    expect(panel.querySelector('[data-missing]')).toBeNull();
    expect(textOf(panel.querySelector('.complete'))).toBe('Đã đủ tài liệu bắt buộc; có thể trình Hội đồng.');
    expect(panel.querySelector('mat-progress-bar')).toBeNull();
  });

  it('refuses in the browser a file above 20 MB or of another type, in Vietnamese, without sending it', async () => {
    await render(PROVINCE_OFFICER);
    await choose(new File([new Uint8Array(10)], 'bang-tinh.xlsx', { type: 'application/vnd.ms-excel' }));
    expect(textOf(panel.querySelector('[data-problem]'))).toBe('Chỉ nhận tệp PDF, Word (.docx), JPEG hoặc PNG.');
    expect(uploadButton().disabled).toBe(true);
    const big = pdf('lon.pdf', 1);
    Object.defineProperty(big, 'size', { value: 20 * 1024 * 1024 + 1 });
    await choose(big);
    expect(textOf(panel.querySelector('[data-problem]'))).toBe('Tệp lớn hơn 20 MB; hãy nén hoặc tách tệp.');
    expect(uploadButton().disabled).toBe(true);
    http.expectNone(`${BASE}/documents`);
  });

  it("explains the server's refusal of bytes that are not what they claim (415)", async () => {
    await render(PROVINCE_OFFICER);
    await choose(pdf('gia-mao.pdf'));
    uploadButton().click();
    await wait();
    http
      .expectOne(`${BASE}/documents`)
      .flush(
        { statusCode: 415, error: 'Unsupported Media Type', code: 'DOCUMENT_UNSUPPORTED_TYPE', message: 'Chỉ nhận tệp PDF…' },
        { status: 415, statusText: 'Unsupported Media Type' },
      );
    await wait();
    expect(textOf(panel.querySelector('[data-error]'))).toContain('Nội dung tệp không phải PDF, Word (.docx), JPEG hay PNG.');
  });

  it('removes a document while the proposal is a draft', async () => {
    await render(PROVINCE_OFFICER);
    panel.querySelector<HTMLButtonElement>('[data-document="d1"] button[data-action="remove"]')!.click();
    await wait();
    const req = http.expectOne('/api/v1/documents/d1');
    expect(req.request.method).toBe('DELETE');
    req.flush(null, { status: 204, statusText: 'No Content' });
    await wait();
    flush({ ...MISSING_REPORT, present: [], missing: ['SUBMISSION', 'ACHIEVEMENT_REPORT'] }, []);
    await wait();
    expect(textOf(panel.querySelector('[data-missing]'))).toBe('Còn thiếu: Tờ trình, Báo cáo thành tích.');
  });

  it('shows the reviewer a submitted dossier read-only and the PDF in the page, from a blob fetched with the token', async () => {
    const submitted = { ...DRAFT, status: 'SUBMITTED' } as typeof DRAFT;
    await render(COUNCIL_REVIEWER, submitted, { ...MISSING_REPORT, present: ['SUBMISSION', 'ACHIEVEMENT_REPORT'], missing: [], editable: false });
    expect(panel.querySelector('[data-upload]')).toBeNull();
    expect(panel.querySelector('button[data-action="remove"]')).toBeNull();
    expect(textOf(panel.querySelector('[data-frozen]'))).toContain('không thể thêm, bớt tài liệu');
    panel.querySelector<HTMLButtonElement>('[data-document="d1"] button[data-action="view"]')!.click();
    await wait();
    const req = http.expectOne('/api/v1/documents/d1/content?inline=1');
    expect(req.request.responseType).toBe('blob');
    req.flush(new Blob(['%PDF-1.4'], { type: 'application/pdf' }));
    await wait();
    const frame = panel.querySelector<HTMLIFrameElement>('[data-viewer] iframe[data-pdf]')!;
    expect(frame.getAttribute('src')).toBe('blob:http://localhost/ho-so');
    expect(frame.getAttribute('title')).toBe('Tờ trình 15-TTr.pdf');
    panel.querySelector<HTMLButtonElement>('[data-viewer] button')!.click();
    await wait();
    expect(panel.querySelector('[data-viewer]')).toBeNull();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost/ho-so');
  });

  it('has no serious accessibility problem', async () => {
    await render(PROVINCE_OFFICER);
    expect(await seriousViolations(panel)).toEqual([]);
  });
});

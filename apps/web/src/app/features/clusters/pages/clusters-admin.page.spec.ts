import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { ADMINISTRATOR, resetSession, signIn } from '../../../../testing/test-session';
import { ClustersStore } from '../data/clusters.store';
import { ClustersPage } from './clusters.page';

const CLUSTERS = [{ id: 'c1', code: 'TDMNPB', name: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc', description: null, version: 1 }];
const MEMBERS = [
  { provinceId: 'p08', provinceCode: '08', provinceName: 'Tuyên Quang', role: 'CHAIR', year: 2024 },
  { provinceId: 'p17', provinceCode: '17', provinceName: 'Hòa Bình', role: 'VICE_CHAIR', year: 2024 },
  { provinceId: 'p04', provinceCode: '04', provinceName: 'Cao Bằng', role: 'MEMBER', year: 2024 },
];
const PROVINCES_2024 = [
  { id: 'p02', code: '02', name: 'Hà Giang', kind: 'PROVINCE', note: null, successorCode: '08', validFrom: null, validTo: '2025-06-30' },
  { id: 'p04', code: '04', name: 'Cao Bằng', kind: 'PROVINCE', note: null, successorCode: null, validFrom: null, validTo: null },
  { id: 'p08', code: '08', name: 'Tuyên Quang', kind: 'PROVINCE', note: null, successorCode: null, validFrom: null, validTo: '2025-06-30' },
  { id: 'p17', code: '17', name: 'Hòa Bình', kind: 'PROVINCE', note: null, successorCode: '25', validFrom: null, validTo: '2025-06-30' },
];

describe('ClustersPage membership editing', () => {
  let fixture: ComponentFixture<ClustersPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(() => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [ClustersPage],
      providers: [...provideAppTesting(), provideTranslocoScope('clusterAdmin'), provideRouter([]), ClustersStore],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
  });

  async function open(): Promise<void> {
    fixture = TestBed.createComponent(ClustersPage);
    page = fixture.nativeElement;
    fixture.componentRef.setInput('code', 'TDMNPB');
    fixture.componentRef.setInput('year', '2024');
    await settle(fixture);
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    http.expectOne('/api/v1/clusters/TDMNPB/members?year=2024').flush(MEMBERS);
    await settle(fixture);
  }

  const button = (root: ParentNode, text: string): HTMLButtonElement => {
    const found = Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find((b) => textOf(b) === text);
    if (!found) throw new Error(`No button "${text}"`);
    return found;
  };

  async function choose(trigger: Element, option: string): Promise<void> {
    (trigger.querySelector('.mat-mdc-select-trigger') as HTMLElement).click();
    await settle(fixture);
    // Only the panel this select opened: a closing panel may still be in the overlay.
    const panelId = trigger.querySelector('mat-select')?.getAttribute('aria-controls') ?? '';
    const panel = document.getElementById(panelId) as HTMLElement;
    const found = Array.from(panel.querySelectorAll('mat-option')).find((o) => textOf(o) === option) as HTMLElement;
    found.click();
    await settle(fixture);
  }

  it('keeps the read-only view for everyone but administrators', async () => {
    await signIn();
    await open();
    expect(Array.from(page.querySelectorAll('button'), (b) => textOf(b))).not.toContain('Sửa thành viên năm 2024');
    expect(page.querySelector('tdkt-membership-editor')).toBeNull();
  });

  it('lets an administrator add and remove provinces, move the chair, and saves the whole year', async () => {
    await signIn(ADMINISTRATOR);
    await open();
    button(page, 'Sửa thành viên năm 2024').click();
    await settle(fixture);
    const provinces = http.expectOne((r) => r.url === '/api/v1/provinces');
    expect(provinces.request.params.get('validOn')).toBe('2024-01-01');
    provinces.flush(PROVINCES_2024);
    await settle(fixture);
    const editor = page.querySelector('tdkt-membership-editor') as HTMLElement;
    expect(button(editor, 'Lưu thành viên năm 2024').disabled).toBe(true);

    // Only provinces not yet members are offered.
    (editor.querySelector('[data-field="addProvince"] .mat-mdc-select-trigger') as HTMLElement).click();
    await settle(fixture);
    expect(Array.from(document.querySelectorAll('mat-option'), (o) => textOf(o))).toEqual(['Hà Giang (02)']);
    (document.querySelector('mat-option') as HTMLElement).click();
    await settle(fixture);
    button(editor, 'Thêm vào cụm').click();
    await settle(fixture);

    button(editor, 'Bỏ khỏi cụm').click(); // the first row: Tuyên Quang
    await settle(fixture);
    await choose(editor.querySelector('[data-role-of="04"]')?.closest('mat-form-field') as Element, 'Cụm trưởng');
    await choose(editor.querySelector('[data-role-of="02"]')?.closest('mat-form-field') as Element, 'Cụm phó');

    button(editor, 'Lưu thành viên năm 2024').click();
    const put = http.expectOne('/api/v1/clusters/TDMNPB/members/2024');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual([
      { provinceCode: '17', role: 'MEMBER' },
      { provinceCode: '04', role: 'CHAIR' },
      { provinceCode: '02', role: 'VICE_CHAIR' },
    ]);
    put.flush([]);
    await settle(fixture);
    http.expectOne('/api/v1/clusters/TDMNPB/members?year=2024').flush(MEMBERS);
    await settle(fixture);
    expect(page.querySelector('tdkt-membership-editor')).toBeNull();
    expect(textOf(page.querySelector('.saved'))).toBe('Đã lưu danh sách thành viên năm 2024.');
  });

  it('shows the server’s refusal beside the row it names and keeps the edits', async () => {
    await signIn(ADMINISTRATOR);
    await open();
    button(page, 'Sửa thành viên năm 2024').click();
    await settle(fixture);
    http.expectOne((r) => r.url === '/api/v1/provinces').flush(PROVINCES_2024);
    await settle(fixture);
    const editor = page.querySelector('tdkt-membership-editor') as HTMLElement;
    await choose(editor.querySelector('[data-role-of="04"]')?.closest('mat-form-field') as Element, 'Cụm phó');
    button(editor, 'Lưu thành viên năm 2024').click();
    http.expectOne('/api/v1/clusters/TDMNPB/members/2024').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: ['Không có tỉnh mã 04 năm 2024', 'Lỗi chung'],
        errors: [
          { field: '2.provinceCode', code: 'referenceNotFound', message: '2.provinceCode: Không có tỉnh mã 04 năm 2024' },
          { field: 'role', code: 'tooMany', message: 'Mỗi năm cụm chỉ có một cụm phó' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(textOf(editor.querySelector('.row-error'))).toBe('Không có tỉnh mã 04 năm 2024');
    expect(textOf(editor.querySelector('.banner'))).toBe('Mỗi năm cụm chỉ có một cụm phó');
    expect(Array.from(editor.querySelectorAll('tbody tr'), (tr) => textOf(tr.querySelector('.mat-mdc-select-value')))).toEqual([
      'Cụm trưởng',
      'Thành viên',
      'Cụm phó',
    ]);
  });

  it('offers an administrator the carry-forward for a year without members, and marks a derived year', async () => {
    await signIn(ADMINISTRATOR);
    fixture = TestBed.createComponent(ClustersPage);
    page = fixture.nativeElement;
    fixture.componentRef.setInput('code', 'TDMNPB');
    fixture.componentRef.setInput('year', '2027');
    await settle(fixture);
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    http.expectOne('/api/v1/clusters/TDMNPB/members?year=2027').flush([]);
    await settle(fixture);
    const offer = page.querySelector<HTMLAnchorElement>('[data-action="carry-forward"]');
    expect(textOf(offer)).toBe('Chuyển tiếp từ năm 2026');
    expect(offer!.getAttribute('href')).toBe('/clusters/TDMNPB/carry-forward/2027');

    fixture.componentRef.setInput('year', '2026');
    await settle(fixture);
    http.expectOne('/api/v1/clusters/TDMNPB/members?year=2026').flush(MEMBERS.map((m) => ({ ...m, year: 2026, derived: true })));
    await settle(fixture);
    expect(textOf(page.querySelector('[data-field="derived"]'))).toBe('Suy ra từ năm trước, chưa được quản trị viên xác nhận');
    expect(page.querySelector('[data-action="carry-forward"]')).toBeNull();
  });
});


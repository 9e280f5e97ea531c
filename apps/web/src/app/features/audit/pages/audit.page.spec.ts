import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { ADMINISTRATOR, resetSession, signIn } from '../../../../testing/test-session';
import { AuditEntryView } from '../data/audit-entry';
import { AuditStore } from '../data/audit.store';
import { AuditPage } from './audit.page';

const REVIEWER = { id: 'r1', username: 'thamdinh.trunguong', fullName: 'Thẩm định viên', roles: ['COUNCIL_REVIEWER' as const] };
const ID = '6a1f3f7e-1c7b-4d2e-9a51-0c2b7b0f8e11';

const UPDATE: AuditEntryView = {
  seq: 42,
  at: '2024-07-10T02:05:00.000Z',
  actorId: 'u1',
  actorUsername: 'canbo.tuyenquang',
  address: '10.0.0.5',
  entity: 'commendation',
  entityId: ID,
  action: 'UPDATE',
  year: 2024,
  before: { recipientName: 'Nguyễn Văn An', decisionNumber: '12/QĐ-UBND', status: 'DRAFT', version: 1 },
  after: { recipientName: 'Nguyễn Văn An', decisionNumber: '15/QĐ-UBND', status: 'DRAFT', version: 2 },
};

describe('AuditPage', () => {
  let fixture: ComponentFixture<AuditPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(() => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [AuditPage],
      providers: [...provideAppTesting(), provideTranslocoScope('audit'), provideRouter([]), AuditStore],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(query: Record<string, string>): Promise<void> {
    fixture = TestBed.createComponent(AuditPage);
    for (const [name, value] of Object.entries(query)) fixture.componentRef.setInput(name, value);
    page = fixture.nativeElement;
    await settle(fixture);
  }

  it('reads entity and entityId from the address and asks the API for exactly that record', async () => {
    await signIn(REVIEWER);
    await open({ entity: 'commendation', entityId: ID });
    const req = http.expectOne((r) => r.url === '/api/v1/audit');
    expect(req.request.params.get('entity')).toBe('commendation');
    expect(req.request.params.get('entityId')).toBe(ID);
    expect(req.request.params.get('page')).toBe('1');
    req.flush({ items: [UPDATE], total: 1, page: 1, pageSize: 20, totalExact: true });
    await settle(fixture);

    expect(textOf(page.querySelector('.count'))).toBe('1 mục nhật ký');
    const entry = page.querySelector('tdkt-audit-entry');
    expect(textOf(entry?.querySelector('.action') ?? null)).toBe('Sửa');
    expect(textOf(entry?.querySelector('.meta') ?? null)).toContain('canbo.tuyenquang · 10/07/2024 09:05');
    const rows = Array.from(entry?.querySelectorAll('tbody tr') ?? [], (tr) => Array.from(tr.children, (c) => textOf(c)).join(' | '));
    // Screen readers hear which value is which; the eye sees the old value struck through.
    expect(rows).toEqual(['Số quyết định | Giá trị cũ: 12/QĐ-UBND → Giá trị mới: 15/QĐ-UBND']);
    expect(textOf(entry?.querySelector('del') ?? null)).toBe('Giá trị cũ: 12/QĐ-UBND');
    expect(textOf(entry?.querySelector('ins') ?? null)).toBe('Giá trị mới: 15/QĐ-UBND');
    // Reviewers cannot re-hash the chain: the server refuses it, so the button is not offered.
    expect(page.querySelector('.verify')).toBeNull();
  });

  it.each([
    ['500', '20'],
    ['0', '20'],
    ['abc', '20'],
    ['30', '20'],
    ['50', '50'],
    ['100', '100'],
  ])('asks for page size %s from the address as %s: only the sizes the page offers reach the API', async (asked, sent) => {
    await signIn(REVIEWER);
    await open({ pageSize: asked });
    http
      .expectOne((r) => r.url === '/api/v1/audit' && r.params.get('pageSize') === sent)
      .flush({
        items: [],
        total: 0,
        page: 1,
        pageSize: Number(sent),
        totalExact: true,
      });
    await settle(fixture);
  });

  it('folds a long text away and names nested fields in words', async () => {
    await signIn(REVIEWER);
    await open({ entity: 'report' });
    const long = 'Trong 6 tháng đầu năm 2024, các tỉnh trong Cụm đã khen thưởng 131 tập thể, cá nhân. '.repeat(6);
    http
      .expectOne((r) => r.url === '/api/v1/audit')
      .flush({
        items: [
          {
            ...UPDATE,
            entity: 'report',
            before: { sections: [{ key: 'limitations', text: long }] },
            after: { sections: [{ key: 'limitations', text: `${long}Bổ sung.` }] },
          },
        ],
        total: 1,
        page: 1,
        pageSize: 20,
        totalExact: true,
      });
    await settle(fixture);
    const row = page.querySelector('tdkt-audit-entry tbody tr') as HTMLElement;
    expect(textOf(row.querySelector('th'))).toBe('Các phần báo cáo › Hạn chế › Nội dung');
    expect(row.querySelectorAll('details')).toHaveLength(2);
    expect(textOf(row.querySelector('ins summary'))).toContain('Xem đầy đủ');
    expect(textOf(row.querySelector('ins .full'))).toContain('Bổ sung.');
  });

  it('shows a created record in full with codes in words', async () => {
    await signIn(REVIEWER);
    await open({});
    const req = http.expectOne((r) => r.url === '/api/v1/audit');
    expect(req.request.params.has('entity')).toBe(false);
    req.flush({
      items: [
        {
          ...UPDATE,
          seq: 1,
          action: 'CREATE',
          before: null,
          after: { recipientName: 'Hoàng Thị Bình', status: 'APPROVED', ethnicMinority: true },
        },
      ],
      total: 1,
      page: 1,
      pageSize: 20,
      totalExact: true,
    });
    await settle(fixture);
    const rows = Array.from(page.querySelectorAll('tdkt-audit-entry tbody tr'), (tr) =>
      Array.from(tr.children, (c) => textOf(c)).join(' | '),
    );
    expect(rows).toEqual(['Tên người/tập thể được khen | Hoàng Thị Bình', 'Trạng thái | Đã phê duyệt', 'Dân tộc thiểu số | Có']);
  });

  it('lets an administrator check the integrity of the chain and says clearly when it is broken', async () => {
    await signIn(ADMINISTRATOR);
    await open({ page: '2' });
    http
      .expectOne((r) => r.url === '/api/v1/audit' && r.params.get('page') === '2')
      .flush({ items: [], total: 0, page: 2, pageSize: 20, totalExact: true });
    await settle(fixture);
    expect(textOf(page.querySelector('tdkt-state-message'))).toBe('Không có mục nhật ký nào khớp với bộ lọc.');

    const button = Array.from(page.querySelectorAll<HTMLButtonElement>('.verify button')).find((b) => textOf(b) === 'Kiểm tra toàn vẹn');
    button?.click();
    http
      .expectOne('/api/v1/audit/verify')
      .flush({ ok: false, checked: 1200, firstBroken: { seq: 1201, reason: 'entry 1201 was changed after it was written' } });
    await settle(fixture);
    expect(textOf(page.querySelector('.result.broken'))).toContain('Nhật ký KHÔNG toàn vẹn: mục số 1201');

    button?.click();
    http.expectOne('/api/v1/audit/verify').flush({ ok: true, checked: 1500, firstBroken: null });
    await settle(fixture);
    expect(textOf(page.querySelector('.result.ok'))).toContain('đã kiểm tra 1.500 mục');
  });

  it('tells a province officer the page is not theirs and loads nothing', async () => {
    await signIn();
    await open({});
    http.expectNone((r) => r.url === '/api/v1/audit');
    expect(textOf(page.querySelector('tdkt-state-message'))).toContain('dành cho thẩm định viên');
  });
});

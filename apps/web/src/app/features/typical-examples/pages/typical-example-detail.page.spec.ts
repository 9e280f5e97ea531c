import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { PROVINCE_OFFICER, resetSession, signIn } from '../../../../testing/test-session';
import { SessionUser } from '../../../core/auth/auth.models';
import { TypicalExampleDetailStore } from '../data/typical-example-detail.store';
import { TypicalExampleDetailPage } from './typical-example-detail.page';

const PROVINCES = [
  { id: 'p08', code: '08', name: 'Tuyên Quang', kind: 'PROVINCE', note: null, successorCode: null, validFrom: null, validTo: null },
  { id: 'p02', code: '02', name: 'Hà Giang', kind: 'PROVINCE', note: null, successorCode: '08', validFrom: null, validTo: '2025-06-30' },
  { id: 'p25', code: '25', name: 'Phú Thọ', kind: 'PROVINCE', note: null, successorCode: null, validFrom: null, validTo: null },
];
/** No movement or meeting linked: nothing else to load. */
const EXAMPLE = {
  id: 'e2',
  recipientKind: 'COLLECTIVE',
  name: 'Thôn Khuôn Điển',
  movementId: null,
  story: null,
  honouredAtMeetingId: null,
  honouredOn: '2024-11-15',
  demo: false,
  version: 1,
};

describe('TypicalExampleDetailPage', () => {
  it('shows every field with the linked movement and meeting', async () => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [TypicalExampleDetailPage],
      providers: [...provideAppTesting(), provideTranslocoScope('typicalExamples'), provideRouter([]), TypicalExampleDetailStore],
    });
    const http = TestBed.inject(HttpTestingController);
    await signIn(PROVINCE_OFFICER);
    const fixture: ComponentFixture<TypicalExampleDetailPage> = TestBed.createComponent(TypicalExampleDetailPage);
    fixture.componentRef.setInput('id', 'e1');
    const page: HTMLElement = fixture.nativeElement;
    await settle(fixture);
    http.expectOne('/api/v1/typical-examples/e1').flush({
      id: 'e1',
      recipientKind: 'INDIVIDUAL',
      name: 'Hờ Sính Pao',
      provinceCode: '02',
      provinceName: 'Hà Giang',
      movementId: 'm1',
      story: 'Hiến 384 m² đất.',
      honouredAtMeetingId: 'g1',
      honouredOn: '2024-07-29',
      demo: true,
      version: 1,
    });
    await settle(fixture);
    http.expectOne('/api/v1/movements/m1').flush({ id: 'm1', name: 'Cả nước chung sức xây dựng nông thôn mới' });
    http.expectOne('/api/v1/meetings/g1').flush({ id: 'g1', year: 2024, period: 'H1', date: '2024-07-29', hostProvinceName: 'Hòa Bình' });
    await settle(fixture);

    expect(textOf(page.querySelector('h1'))).toBe('Hờ Sính Pao');
    expect(textOf(page.querySelector('.tdkt-page-intro'))).toBe('Cá nhân · Hà Giang · biểu dương ngày 29/07/2024');
    const facts = textOf(page.querySelector('.facts'));
    expect(facts).toContain('Cả nước chung sức xây dựng nông thôn mới');
    expect(facts).toContain('Hội nghị sơ kết 6 tháng đầu năm 2024 – tại Hòa Bình, 29/07/2024');
    expect(page.querySelector('.facts a')?.getAttribute('href')).toBe('/movements/m1');
    expect(textOf(page.querySelector('.story'))).toBe('Hiến 384 m² đất.');
    // Staff of Tuyên Quang keep Hà Giang's records since the merger: they may correct it.
    const edit = page.querySelector('[data-action="edit"]');
    expect(textOf(edit)).toBe('Sửa');
    expect(edit?.getAttribute('href')).toBe('/typical-examples/e1/edit');
    http.verify();
  });

  async function openAs(user: SessionUser, provinceCode: string): Promise<{ page: HTMLElement; http: HttpTestingController }> {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [TypicalExampleDetailPage],
      providers: [...provideAppTesting(), provideTranslocoScope('typicalExamples'), provideRouter([]), TypicalExampleDetailStore],
    });
    const http = TestBed.inject(HttpTestingController);
    await signIn(user);
    const fixture = TestBed.createComponent(TypicalExampleDetailPage);
    fixture.componentRef.setInput('id', 'e2');
    await settle(fixture);
    http.match('/api/v1/provinces').forEach((req) => req.flush(PROVINCES));
    http.expectOne('/api/v1/typical-examples/e2').flush({ ...EXAMPLE, provinceCode, provinceName: provinceCode });
    await settle(fixture);
    return { page: fixture.nativeElement, http };
  }

  it("offers no editing to the council, nor to a chair-officer for another province's example", async () => {
    const reviewer = await openAs({ ...PROVINCE_OFFICER, roles: ['COUNCIL_REVIEWER'], provinceCode: undefined }, '02');
    expect(reviewer.page.querySelector('h1')).not.toBeNull();
    expect(reviewer.page.querySelector('[data-action="edit"]')).toBeNull();
    reviewer.http.verify();
    TestBed.resetTestingModule();

    const chairOfficer: SessionUser = { ...PROVINCE_OFFICER, roles: ['PROVINCE_STAFF', 'CLUSTER_CHAIR'], clusterCode: 'TDMNPB' };
    const other = await openAs(chairOfficer, '25');
    expect(other.page.querySelector('[data-action="edit"]')).toBeNull();
    other.http.verify();
    TestBed.resetTestingModule();

    // Their own province's family, merged provinces included, is theirs to correct.
    const merged = await openAs(chairOfficer, '02');
    expect(merged.page.querySelector('[data-action="edit"]')?.getAttribute('href')).toBe('/typical-examples/e2/edit');
    merged.http.verify();
  });
});

import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { PROVINCE_OFFICER, resetSession, signIn } from '../../../../testing/test-session';
import { TypicalExampleDetailStore } from '../data/typical-example-detail.store';
import { TypicalExampleDetailPage } from './typical-example-detail.page';

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
    http.verify();
  });
});

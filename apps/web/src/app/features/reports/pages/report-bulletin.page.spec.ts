import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { resetSession, signIn } from '../../../../testing/test-session';
import { ReportBulletinPage, bulletinParagraphs } from './report-bulletin.page';

const BULLETIN = {
  title: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2024',
  body: '29/07/2024\n\nNgày 29/7/2024, tại Trung tâm hội nghị APPlaza, tỉnh Hòa Bình, Cụm thi đua đã tổ chức hội nghị.\n\nPhát biểu kết luận hội nghị…/.',
  html: '<article></article>',
};

describe('ReportBulletinPage', () => {
  let fixture: ComponentFixture<ReportBulletinPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [ReportBulletinPage],
      providers: [...provideAppTesting(), provideRouter([]), provideTranslocoScope('reports')],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn({ id: 'u', username: 'cumtruong.tdmnpb', fullName: 'Hoàng Thị Thu Hà', roles: ['CLUSTER_CHAIR'], clusterCode: 'TDMNPB' });
    fixture = TestBed.createComponent(ReportBulletinPage);
    fixture.componentRef.setInput('id', 'r1');
    page = fixture.nativeElement;
    await settle(fixture);
    http.expectOne('/api/v1/reports/r1/bulletin').flush(BULLETIN);
    await settle(fixture);
  });

  afterEach(() => http.verify());

  it('shows the news item with its title, date line and paragraphs', () => {
    const article = page.querySelector('article')!;
    expect(textOf(article.querySelector('h2'))).toBe(BULLETIN.title);
    expect(textOf(article.querySelector('.date'))).toBe('29/07/2024');
    expect(Array.from(article.querySelectorAll('p:not(.date)'), (p) => textOf(p))).toEqual([
      'Ngày 29/7/2024, tại Trung tâm hội nghị APPlaza, tỉnh Hòa Bình, Cụm thi đua đã tổ chức hội nghị.',
      'Phát biểu kết luận hội nghị…/.',
    ]);
    expect(page.querySelector('.note')).toBeNull();
  });

  it('copies the title and the body as plain text, and says so', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    page.querySelector<HTMLButtonElement>('[data-action="copy"]')!.click();
    await settle(fixture);
    expect(writeText).toHaveBeenCalledWith(`${BULLETIN.title}\n\n${BULLETIN.body}`);
    expect(textOf(page.querySelector('.copy-status'))).toBe('Đã sao chép tin bài vào bộ nhớ tạm.');
  });

  it('tells how to copy by hand when the browser refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: jest.fn().mockRejectedValue(new Error('denied')) },
      configurable: true,
    });
    page.querySelector<HTMLButtonElement>('[data-action="copy"]')!.click();
    await settle(fixture);
    expect(textOf(page.querySelector('.copy-status'))).toContain('Ctrl+C');
  });
});

describe('bulletinParagraphs', () => {
  it('sets the date line apart only when the item starts with one', () => {
    expect(bulletinParagraphs('29/07/2024\n\nA.\n\nB.')).toEqual({ dateLine: '29/07/2024', paragraphs: ['A.', 'B.'] });
    expect(bulletinParagraphs('Cụm thi đua sơ kết.\n\nB.')).toEqual({ dateLine: null, paragraphs: ['Cụm thi đua sơ kết.', 'B.'] });
  });
});

import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { AwardTypesStore } from '../data/award-types.store';
import { AwardTypesPage } from './award-types.page';

const CATALOGUE = [
  { id: '1', code: 'BK_TINH', name: 'Bằng khen của Chủ tịch UBND tỉnh', category: 'COMMENDATION_FORM', level: 'PROVINCE', central: false, decidedBy: 'Chủ tịch UBND tỉnh', recipientKinds: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'] },
  { id: '2', code: 'CSTD_TOAN_QUOC', name: 'Chiến sĩ thi đua toàn quốc', category: 'EMULATION_TITLE', level: 'GOVERNMENT', central: true, decidedBy: 'Thủ tướng Chính phủ', recipientKinds: ['INDIVIDUAL'] },
  { id: '3', code: 'HUAN_CHUONG_LD3', name: 'Huân chương Lao động hạng Ba', category: 'COMMENDATION_FORM', level: 'STATE', central: true, decidedBy: 'Chủ tịch nước', recipientKinds: ['INDIVIDUAL', 'COLLECTIVE'] },
  { id: '4', code: 'LAO_DONG_TIEN_TIEN', name: 'Lao động tiên tiến', category: 'EMULATION_TITLE', level: 'GRASSROOTS', central: false, decidedBy: 'Thủ trưởng cơ quan, đơn vị', recipientKinds: ['INDIVIDUAL'] },
];

describe('AwardTypesPage', () => {
  let fixture: ComponentFixture<AwardTypesPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const groups = (): { title: string; names: string[] }[] =>
    Array.from(page.querySelectorAll('section.group'), (section) => ({
      title: textOf(section.querySelector('h2')),
      names: Array.from(section.querySelectorAll('tr.mat-mdc-row .name'), (cell) => textOf(cell)),
    }));

  beforeEach(async () => {
    resetLanguage();
    TestBed.configureTestingModule({ imports: [AwardTypesPage], providers: [...provideAppTesting(), AwardTypesStore] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AwardTypesPage);
    page = fixture.nativeElement;
    await settle(fixture);
  });

  afterEach(() => http.verify());

  it('groups the catalogue by category, highest level first, with level chips', async () => {
    http.expectOne('/api/v1/award-types').flush(CATALOGUE);
    await settle(fixture);

    expect(groups()).toEqual([
      { title: 'Danh hiệu thi đua (2)', names: ['Chiến sĩ thi đua toàn quốc', 'Lao động tiên tiến'] },
      { title: 'Hình thức khen thưởng (2)', names: ['Huân chương Lao động hạng Ba', 'Bằng khen của Chủ tịch UBND tỉnh'] },
    ]);
    const chips = Array.from(page.querySelectorAll('tr.mat-mdc-row mat-chip'), (chip) => textOf(chip));
    expect(chips).toEqual(['Chính phủ', 'Cơ sở', 'Nhà nước', 'Cấp tỉnh']);
    expect(page.querySelector('mat-chip.tdkt-level-STATE')).not.toBeNull();
    expect(textOf(page.querySelector('.count'))).toBe('Đang hiển thị 4 trên 4 danh hiệu, hình thức');
  });

  it('filters by the chosen levels', async () => {
    http.expectOne('/api/v1/award-types').flush(CATALOGUE);
    await settle(fixture);

    page.querySelector<HTMLElement>('mat-chip-option[data-level="STATE"] button')!.click();
    await settle(fixture);
    expect(groups()).toEqual([{ title: 'Hình thức khen thưởng (1)', names: ['Huân chương Lao động hạng Ba'] }]);

    page.querySelector<HTMLElement>('mat-chip-option[data-level="GRASSROOTS"] button')!.click();
    await settle(fixture);
    expect(groups().map((g) => g.names)).toEqual([['Lao động tiên tiến'], ['Huân chương Lao động hạng Ba']]);
    expect(textOf(page.querySelector('.count'))).toBe('Đang hiển thị 2 trên 4 danh hiệu, hình thức');
  });

  it('shows the error state when the catalogue cannot be loaded', async () => {
    http.expectOne('/api/v1/award-types').error(new ProgressEvent('error'), { status: 0 });
    await settle(fixture);
    expect(textOf(page.querySelector('[role="alert"]'))).toContain('Không kết nối được với máy chủ.');
    expect(page.querySelector('section.group')).toBeNull();
  });
});

import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import type { CarryForwardPreviewView } from '@tdkt/shared/contracts';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { ADMINISTRATOR, PROVINCE_OFFICER, resetSession, signIn } from '../../../../testing/test-session';
import { carryForwardProblems, initialChoice, mergedFrom } from '../data/carry-forward';
import { ClustersStore } from '../data/clusters.store';
import { CarryForwardPage } from './carry-forward.page';

const CLUSTERS = [{ id: 'c1', code: 'TDMNPB', name: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc', description: null, version: 1 }];
const URL = '/api/v1/clusters/TDMNPB/members/2026/carry-forward';

function preview(changes: Partial<CarryForwardPreviewView> = {}): CarryForwardPreviewView {
  const p = (provinceCode: string, provinceName: string) => ({ provinceCode, provinceName });
  return {
    clusterCode: 'TDMNPB',
    fromYear: 2025,
    year: 2026,
    members: [
      { ...p('04', 'Cao Bằng'), predecessors: [p('04', 'Cao Bằng')], inOtherCluster: null },
      { ...p('19', 'Thái Nguyên'), predecessors: [p('06', 'Bắc Kạn'), p('19', 'Thái Nguyên')], inOtherCluster: null },
      { ...p('20', 'Lạng Sơn'), predecessors: [p('20', 'Lạng Sơn')], inOtherCluster: null },
      { ...p('25', 'Phú Thọ'), predecessors: [p('17', 'Hòa Bình'), p('25', 'Phú Thọ')], inOtherCluster: null },
    ],
    departing: [],
    unresolved: [],
    suggestedChairCode: '19',
    suggestedViceChairCode: '20',
    existingMembers: 0,
    ...changes,
  };
}

describe('carry-forward choices', () => {
  it('preselects the suggestion and lists what stops the confirmation', () => {
    const p = preview();
    expect(initialChoice(p)).toEqual({ chair: '19', viceChair: '20', replace: false });
    expect(carryForwardProblems(p, initialChoice(p))).toEqual([]);
    expect(carryForwardProblems(p, { chair: '19', viceChair: '19', replace: false })).toEqual(['sameProvince']);
    expect(carryForwardProblems(p, { chair: null, viceChair: null, replace: false })).toEqual([]);
    expect(carryForwardProblems({ ...p, existingMembers: 10 }, initialChoice(p))).toEqual(['needsReplace']);
    expect(carryForwardProblems({ ...p, existingMembers: 10 }, { ...initialChoice(p), replace: true })).toEqual([]);
    const taken = { ...p, members: [{ ...p.members[0], inOtherCluster: 'DBSH' }] };
    expect(carryForwardProblems(taken, initialChoice(p))).toEqual(['inOtherCluster']);
    expect(carryForwardProblems({ ...p, members: [] }, initialChoice(p))).toEqual(['noMembers']);
  });

  it('names the provinces a merged member was formed from, and nothing for one that continues', () => {
    expect(mergedFrom(preview().members[3])).toBe('Hòa Bình, Phú Thọ');
    expect(mergedFrom(preview().members[0])).toBeNull();
  });
});

describe('CarryForwardPage', () => {
  let fixture: ComponentFixture<CarryForwardPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(user = ADMINISTRATOR, year = '2026'): Promise<void> {
    resetLanguage();
    resetSession();
    TestBed.configureTestingModule({
      imports: [CarryForwardPage],
      providers: [
        ...provideAppTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideRouter([]),
        provideTranslocoScope('clusterAdmin'),
        ClustersStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(user);
    fixture = TestBed.createComponent(CarryForwardPage);
    fixture.componentRef.setInput('code', 'TDMNPB');
    fixture.componentRef.setInput('year', year);
    page = fixture.nativeElement;
    await settle(fixture);
    http.expectOne('/api/v1/clusters').flush(CLUSTERS);
    await settle(fixture);
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
  });

  const rows = () => Array.from(page.querySelectorAll('[data-table="members"] tbody tr'), (r) => Array.from(r.children, (c) => textOf(c)));
  const confirmButton = () => page.querySelector<HTMLButtonElement>('[data-action="confirm"]')!;
  const selectOption = async (field: string, label: string) => {
    page.querySelector<HTMLElement>(`[data-field="${field}"]`)!.click();
    await settle(fixture);
    Array.from(document.querySelectorAll<HTMLElement>('mat-option'))
      .find((o) => textOf(o).startsWith(label))!
      .click();
    await settle(fixture);
  };

  it('previews the derived members with merged provinces collapsed, the rotation preselected', async () => {
    await open();
    http.expectOne(URL).flush(preview());
    await settle(fixture);
    expect(textOf(page.querySelector('h1'))).toBe(
      'Chuyển tiếp thành viên Cụm thi đua các tỉnh Trung du và miền núi phía Bắc sang năm 2026',
    );
    expect(rows()).toEqual([
      ['04', 'Cao Bằng', 'Giữ nguyên'],
      ['19', 'Thái Nguyên', 'Hợp nhất: Bắc Kạn, Thái Nguyên'],
      ['20', 'Lạng Sơn', 'Giữ nguyên'],
      ['25', 'Phú Thọ', 'Hợp nhất: Hòa Bình, Phú Thọ'],
    ]);
    expect(textOf(page.querySelector('[data-field="chair"]'))).toBe('Thái Nguyên (gợi ý)');
    expect(textOf(page.querySelector('[data-field="viceChair"]'))).toBe('Lạng Sơn (gợi ý)');
    expect(textOf(confirmButton())).toBe('Tạo 4 thành viên năm 2026');
    expect(confirmButton().disabled).toBe(false);
  });

  it('confirms with the chosen chair and vice-chair, then opens the new year', async () => {
    await open();
    http.expectOne(URL).flush(preview());
    await settle(fixture);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await selectOption('chair', 'Phú Thọ');
    confirmButton().click();
    await settle(fixture);
    const req = http.expectOne({ method: 'POST', url: URL });
    expect(req.request.body).toEqual({ chairProvinceCode: '25', viceChairProvinceCode: '20', replace: false });
    req.flush([]);
    await settle(fixture);
    http.expectOne('/api/v1/clusters/latest-year').flush({ latest: 2026, years: [2026, 2025, 2024] });
    expect(navigate).toHaveBeenCalledWith(['/clusters', 'TDMNPB'], { queryParams: { year: 2026, carried: 1 } });
  });

  it('refuses the same province as chair and vice-chair, and asks to replace a year that has members', async () => {
    await open();
    http.expectOne(URL).flush(preview({ existingMembers: 10 }));
    await settle(fixture);
    expect(textOf(page.querySelector('[data-problem="needsReplace"]'))).toContain('Năm 2026 đã có thành viên');
    expect(confirmButton().disabled).toBe(true);
    page.querySelector<HTMLInputElement>('[data-field="replace"] input')!.click();
    await settle(fixture);
    expect(page.querySelector('[data-problem]')).toBeNull();
    await selectOption('viceChair', 'Thái Nguyên');
    expect(textOf(page.querySelector('[data-problem="sameProvince"]'))).toBe('Cụm trưởng và cụm phó phải là hai tỉnh khác nhau.');
    expect(confirmButton().disabled).toBe(true);
  });

  it("shows the server's refusal in Vietnamese and stays on the page", async () => {
    await open();
    http.expectOne(URL).flush(preview());
    await settle(fixture);
    confirmButton().click();
    await settle(fixture);
    http
      .expectOne({ method: 'POST', url: URL })
      .flush(
        {
          statusCode: 409,
          error: 'Conflict',
          code: 'PROVINCE_IN_OTHER_CLUSTER',
          message: 'Năm 2026 đã là thành viên cụm khác: Phú Thọ (cụm DBSH)',
        },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    expect(textOf(page.querySelector('[data-field="failure"]'))).toBe(
      'Không tạo được danh sách: Năm 2026 đã là thành viên cụm khác: Phú Thọ (cụm DBSH)',
    );
  });

  it('says when the previous year has no members, without a confirm button', async () => {
    await open(ADMINISTRATOR, '2031');
    http.expectOne('/api/v1/clusters/TDMNPB/members/2031/carry-forward').flush(preview({ fromYear: 2030, year: 2031, members: [] }));
    await settle(fixture);
    expect(textOf(page.querySelector('tdkt-state-message'))).toContain('Năm 2030 cụm chưa có thành viên');
    expect(page.querySelector('[data-action="confirm"]')).toBeNull();
  });

  it('is for administrators only: nobody else is asked for a preview', async () => {
    await open(PROVINCE_OFFICER);
    expect(textOf(page.querySelector('tdkt-state-message'))).toBe('Chỉ quản trị viên được tạo danh sách thành viên cụm thi đua.');
  });
});

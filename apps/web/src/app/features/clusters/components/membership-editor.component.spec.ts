import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslocoScope } from '@jsverse/transloco';
import type { ClusterMemberView } from '@tdkt/shared/contracts';
import { resetLanguage, textOf } from '../../../../testing/test-i18n';
import { provideAppTesting, settle } from '../../../../testing/test-providers';
import { MembershipEditor } from './membership-editor.component';

const member = (provinceCode: string, provinceName: string, role: string, year: number) =>
  ({ provinceId: `p${provinceCode}`, provinceCode, provinceName, role, year }) as ClusterMemberView;
const MEMBERS_2024 = [member('08', 'Tuyên Quang', 'CHAIR', 2024), member('04', 'Cao Bằng', 'MEMBER', 2024)];
const MEMBERS_2025 = [member('08', 'Tuyên Quang', 'MEMBER', 2025), member('25', 'Phú Thọ', 'CHAIR', 2025)];
const province = (code: string, name: string) => ({
  id: `p${code}`,
  code,
  name,
  kind: 'PROVINCE',
  note: null,
  successorCode: null,
  validFrom: null,
  validTo: null,
});

describe('MembershipEditor', () => {
  let fixture: ComponentFixture<MembershipEditor>;
  let http: HttpTestingController;
  let host: HTMLElement;

  beforeEach(async () => {
    resetLanguage();
    TestBed.configureTestingModule({
      imports: [MembershipEditor],
      providers: [...provideAppTesting(), provideTranslocoScope('clusterAdmin')],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MembershipEditor);
    fixture.componentRef.setInput('clusterCode', 'TDMNPB');
    fixture.componentRef.setInput('clusterName', 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc');
    fixture.componentRef.setInput('year', 2024);
    fixture.componentRef.setInput('members', MEMBERS_2024);
    host = fixture.nativeElement;
    await settle(fixture);
  });

  afterEach(() => http.verify());

  const provincesOf = (year: number) => http.expectOne((r) => r.url === '/api/v1/provinces' && r.params.get('validOn') === `${year}-01-01`);
  const rows = () => Array.from(host.querySelectorAll('tbody tr'), (tr) => textOf(tr.children[1]));

  it('follows new inputs: another year loads that year’s provinces and shows its members', async () => {
    provincesOf(2024).flush([province('04', 'Cao Bằng'), province('08', 'Tuyên Quang')]);
    await settle(fixture);
    expect(rows()).toEqual(['Tuyên Quang', 'Cao Bằng']);
    expect(textOf(host.querySelector('.hint'))).toContain('năm 2024');

    fixture.componentRef.setInput('year', 2025);
    fixture.componentRef.setInput('members', MEMBERS_2025);
    await settle(fixture);
    provincesOf(2025).flush([province('08', 'Tuyên Quang'), province('25', 'Phú Thọ')]);
    await settle(fixture);
    expect(rows()).toEqual(['Tuyên Quang', 'Phú Thọ']);
    expect(textOf(host.querySelector('.actions button'))).toBe('Lưu thành viên năm 2025');
  });

  it('drops the request for a year no longer shown', async () => {
    const stale = provincesOf(2024);
    fixture.componentRef.setInput('year', 2025);
    fixture.componentRef.setInput('members', MEMBERS_2025);
    await settle(fixture);
    expect(stale.cancelled).toBe(true);
    provincesOf(2025).flush([province('25', 'Phú Thọ')]);
    await settle(fixture);
  });
});

import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { VoteStatus } from '@tdkt/shared/contracts';
import { textOf } from '../../../../testing/test-i18n';
import { settle } from '../../../../testing/test-providers';
import { CHAIR, RANKING, STAFF, YEAR, answerContext, setUpYearEnd, type, vote, PROVINCES } from '../../../../testing/year-end-fixtures';
import { VotesPage } from './votes.page';

const VOTES = `/api/v1/votes?clusterCode=TDMNPB&year=${YEAR}`;
const AWARDS = [
  {
    id: 'a1',
    code: 'CO_THI_DUA_CHINH_PHU',
    name: 'Cờ thi đua của Chính phủ',
    central: true,
    recipientKinds: ['COLLECTIVE'],
    category: 'EMULATION_TITLE',
    level: 'GOVERNMENT',
    decidedBy: 'Thủ tướng',
  },
  {
    id: 'a2',
    code: 'BANG_KHEN_THU_TUONG',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    central: true,
    recipientKinds: ['INDIVIDUAL', 'COLLECTIVE'],
    category: 'COMMENDATION_FORM',
    level: 'GOVERNMENT',
    decidedBy: 'Thủ tướng',
  },
  {
    id: 'a3',
    code: 'CSTD_TOAN_QUOC',
    name: 'Chiến sĩ thi đua toàn quốc',
    central: true,
    recipientKinds: ['INDIVIDUAL'],
    category: 'EMULATION_TITLE',
    level: 'GOVERNMENT',
    decidedBy: 'Thủ tướng',
  },
  {
    id: 'a4',
    code: 'BANG_KHEN_TINH',
    name: 'Bằng khen của Chủ tịch UBND tỉnh',
    central: false,
    recipientKinds: ['COLLECTIVE'],
    category: 'COMMENDATION_FORM',
    level: 'PROVINCE',
    decidedBy: 'Chủ tịch UBND tỉnh',
  },
];

describe('VotesPage', () => {
  let fixture: ComponentFixture<VotesPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const field = (name: string) => page.querySelector<HTMLElement>(`[data-field="${name}"]`)!;
  const checked = (): string[] =>
    Array.from(page.querySelectorAll<HTMLElement>('[data-candidate]'))
      .filter((c) => c.querySelector<HTMLInputElement>('input')!.checked)
      .map((c) => c.dataset['candidate']!);

  afterEach(() => http.verify());

  it('lists the votes of the year with their state', async () => {
    http = await setUpYearEnd(STAFF);
    fixture = TestBed.createComponent(VotesPage);
    page = fixture.nativeElement;
    await settle(fixture);
    http.expectOne('/api/v1/clusters').flush([{ id: 'c1', code: 'TDMNPB', name: 'Cụm', description: null, version: 1 }]);
    http.expectOne('/api/v1/provinces').flush(PROVINCES);
    await settle(fixture);
    http
      .expectOne(`/api/v1/clusters/TDMNPB/members?year=${YEAR}`)
      .flush([{ provinceId: 'p25', provinceCode: '25', provinceName: 'Phú Thọ', role: 'MEMBER', year: YEAR }]);
    await settle(fixture);
    http
      .expectOne(VOTES)
      .flush([
        vote({ status: VoteStatus.CLOSED, elected: ['08'] }),
        vote({ id: 'v2', status: VoteStatus.OPEN, title: 'Bằng khen của Thủ tướng' }),
      ]);
    await settle(fixture);
    const items = page.querySelectorAll('.vote-list li');
    expect(textOf(items[0].querySelector('a'))).toBe('Bình xét, suy tôn Cờ thi đua của Chính phủ năm 2024');
    expect(items[0].querySelector('a')!.getAttribute('href')).toBe('/v1?year=2024');
    expect(textOf(items[0].querySelector('.chip'))).toBe('Đã kết thúc');
    expect(textOf(items[0].querySelector('.meta'))).toBe('Cờ thi đua của Chính phủ · 1 suất · 1 tỉnh được suy tôn');
    expect(textOf(items[1].querySelector('.chip'))).toBe('Đang bỏ phiếu');
    expect(page.querySelector('[data-action="new-vote"]')).toBeNull();
  });

  describe('as the chair', () => {
    beforeEach(async () => {
      http = await setUpYearEnd(CHAIR);
      fixture = TestBed.createComponent(VotesPage);
      page = fixture.nativeElement;
      await answerContext(http, fixture, CHAIR);
      http.expectOne(VOTES).flush([]);
      await settle(fixture);
      expect(textOf(page.querySelector('tdkt-state-message'))).toBe('Năm 2024 cụm chưa tổ chức bình xét, suy tôn.');
      page.querySelector<HTMLButtonElement>('[data-action="new-vote"]')!.click();
      await settle(fixture);
      http.expectOne(`/api/v1/clusters/TDMNPB/years/${YEAR}/ranking`).flush(RANKING);
      http.expectOne('/api/v1/award-types').flush(AWARDS);
      http.expectOne(`/api/v1/meetings?clusterCode=TDMNPB&year=${YEAR}`).flush([]);
      await settle(fixture);
    });

    it('shows the defaults, what they mean for the year, and the top of the ranking preselected', async () => {
      expect((field('title') as HTMLInputElement).value).toBe('Bình xét, suy tôn đề nghị khen thưởng năm 2024');
      expect(textOf(field('awardTypeCode'))).toBe('Cờ thi đua của Chính phủ');
      expect((field('seats') as HTMLInputElement).value).toBe('1');
      expect((field('quorum') as HTMLInputElement).value).toBe('66,67');
      expect((field('threshold') as HTMLInputElement).value).toBe('80');
      expect(textOf(page.querySelector('[data-hint="quorum"]'))).toBe('Mặc định 66,67 % (2/3 số thành viên): cần 3/4 tỉnh bỏ phiếu.');
      expect(textOf(page.querySelector('[data-hint="threshold"]'))).toBe('Mặc định 80 % số thành viên: cần 4/4 phiếu.');
      // 1 seat: ranks 1 to 3, the two sharing rank 2 included; Điện Biên (rank 4) not.
      expect(checked()).toEqual(['08', '17', '25']);

      // Only central awards for a collective are offered.
      field('awardTypeCode').click();
      await settle(fixture);
      expect(Array.from(document.querySelectorAll('mat-option'), (o) => textOf(o))).toEqual([
        'Cờ thi đua của Chính phủ',
        'Bằng khen của Thủ tướng Chính phủ',
      ]);
      document.querySelectorAll<HTMLElement>('mat-option')[0].click();
      await settle(fixture);

      // The counts follow the typed shares.
      type(field('threshold'), '50');
      await settle(fixture);
      expect(textOf(page.querySelector('[data-hint="threshold"]'))).toBe('Mặc định 80 % số thành viên: cần 2/4 phiếu.');
      type(field('threshold'), '150');
      await settle(fixture);
      expect(textOf(field('threshold').closest('mat-form-field')!.querySelector('mat-error'))).toBe(
        'Nhập một tỷ lệ lớn hơn 0 và không quá 100 %.',
      );
    });

    it('sends the vote with the shares as stored and opens its page', async () => {
      type(field('seats'), '2');
      await settle(fixture);
      // Two seats: ranks up to 4.
      expect(checked()).toEqual(['08', '17', '25', '11']);
      page.querySelector<HTMLInputElement>('[data-candidate="11"] input')!.click();
      await settle(fixture);
      type(field('seats'), '1');
      await settle(fixture);
      // Picked by hand: the seats no longer change the candidates.
      expect(checked()).toEqual(['08', '17', '25']);

      const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
      page.querySelector<HTMLButtonElement>('[data-action="create-vote"]')!.click();
      await settle(fixture);
      const req = http.expectOne('/api/v1/votes');
      expect(req.request.body).toEqual({
        awardTypeCode: 'CO_THI_DUA_CHINH_PHU',
        candidates: ['08', '17', '25'],
        clusterCode: 'TDMNPB',
        meetingId: null,
        quorum: 0.6667,
        seats: 1,
        threshold: 0.8,
        title: 'Bình xét, suy tôn đề nghị khen thưởng năm 2024',
        year: YEAR,
      });
      req.flush(vote({ id: 'v9' }));
      await settle(fixture);
      expect(navigate).toHaveBeenCalledWith(['/year-end/votes', 'v9'], { queryParams: { year: YEAR } });
    });

    it("puts the server's refusal beside the field it names", async () => {
      page.querySelector<HTMLButtonElement>('[data-action="create-vote"]')!.click();
      await settle(fixture);
      http.expectOne('/api/v1/votes').flush(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Dữ liệu không hợp lệ',
          errors: [{ field: 'candidates', code: 'notMember', message: 'candidates: Tỉnh 99 không là thành viên cụm năm 2024' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await settle(fixture);
      expect(textOf(page.querySelector('.candidates .error'))).toBe('Tỉnh 99 không là thành viên cụm năm 2024');
    });
  });
});

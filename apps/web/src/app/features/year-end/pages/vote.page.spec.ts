import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { BallotChannel, VoteStatus } from '@tdkt/shared/contracts';
import { textOf } from '../../../../testing/test-i18n';
import { settle } from '../../../../testing/test-providers';
import { SessionUser } from '../../../core/auth/auth.models';
import { CHAIR, PROVINCES, STAFF, dialogButton, setUpYearEnd, vote, voted } from '../../../../testing/year-end-fixtures';
import { VotePage } from './vote.page';

const VOTE = '/api/v1/votes/v1';

describe('VotePage', () => {
  let fixture: ComponentFixture<VotePage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const click = async (action: string): Promise<void> => {
    page.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
    await settle(fixture);
  };
  /** Ticks a candidate on the last ballot form shown (the chair who is also a member's staff sees two). */
  const tick = async (code: string): Promise<void> => {
    const forms = page.querySelectorAll('tdkt-ballot-form');
    forms[forms.length - 1].querySelector<HTMLInputElement>(`[data-choice="${code}"] input`)!.click();
    await settle(fixture);
  };
  const registerText = (code: string): string => textOf(page.querySelector(`[data-register="${code}"] [data-value="voted"]`));

  async function show(user: SessionUser, shown = vote()): Promise<void> {
    http = await setUpYearEnd(user);
    fixture = TestBed.createComponent(VotePage);
    fixture.componentRef.setInput('id', 'v1');
    page = fixture.nativeElement;
    await settle(fixture);
    // The page reads the vote itself; the year's context is the shell's business.
    http.expectOne(VOTE).flush(shown);
    http.match('/api/v1/clusters').forEach((r) => r.flush([]));
    http.match('/api/v1/provinces').forEach((r) => r.flush(PROVINCES));
    await settle(fixture);
    http.match((r) => r.url.endsWith('/members')).forEach((r) => r.flush([]));
    await settle(fixture);
  }

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
    http.verify();
  });

  it('lets the chair open a draft vote after the confirmation, with the quorum and threshold spelled out', async () => {
    await show(CHAIR);
    expect(textOf(page.querySelector('[data-field="vote-status"]'))).toBe('Chưa mở');
    expect(textOf(page.querySelector('[data-field="quorum"]'))).toBe('66,67 % — cần 3/4 tỉnh bỏ phiếu');
    expect(textOf(page.querySelector('[data-field="threshold"]'))).toBe('80 % — cần 4/4 phiếu');
    await click('open-vote');
    expect(textOf(document.querySelector('mat-dialog-container h2'))).toBe('Mở bỏ phiếu?');
    dialogButton('Hủy').click();
    await settle(fixture);
    http.expectNone(`${VOTE}/open`);

    await click('open-vote');
    dialogButton('Mở bỏ phiếu').click();
    await settle(fixture);
    const req = http.expectOne(`${VOTE}/open`);
    expect(req.request.method).toBe('POST');
    req.flush(vote({ status: VoteStatus.OPEN, openedAt: '2024-12-20T02:00:00.000Z' }));
    await settle(fixture);
    expect(textOf(page.querySelector('[data-field="vote-status"]'))).toBe('Đang bỏ phiếu');
    expect(textOf(page.querySelector('[data-feedback="done"]'))).toBe('Đã mở bỏ phiếu.');
    expect(page.querySelector('[data-action="close-vote"]')).not.toBeNull();
  });

  it("shows a member's staff who has voted but never a count, and takes the province's secret ballot", async () => {
    await show(STAFF, voted(vote({ status: VoteStatus.OPEN }), '17', BallotChannel.PAPER));
    // Hòa Bình merged into Phú Thọ: its officer answers for both members, each with its own ballot.
    expect(Array.from(page.querySelectorAll('[data-ballot-for]'), (e) => (e as HTMLElement).dataset['ballotFor'])).toEqual(['17', '25']);
    expect(textOf(page.querySelector('[data-ballot-for="17"] [data-field="own-voted"]'))).toBe('Hòa Bình đã bỏ phiếu.');
    expect(textOf(page.querySelector('.secret'))).toContain('không ai, kể cả cụm trưởng, xem được số phiếu');
    expect(registerText('17')).toBe('Đã bỏ phiếu giấy');
    expect(registerText('25')).toBe('Chưa bỏ phiếu');
    expect(page.querySelector('[data-table="tally"]')).toBeNull();
    // Only the chair enters paper ballots and closes.
    expect(page.querySelector('[data-action="enter-paper-ballot"]')).toBeNull();
    expect(page.querySelector('[data-action="close-vote"]')).toBeNull();

    await tick('08');
    await tick('17');
    expect(textOf(page.querySelector('tdkt-ballot-form .problem'))).toBe('Chỉ được chọn tối đa 1 tỉnh.');
    await click('cast-ballot');
    expect(document.querySelector('mat-dialog-container')).toBeNull();
    http.expectNone(`${VOTE}/ballots`);

    await tick('17');
    await click('cast-ballot');
    expect(textOf(document.querySelector('mat-dialog-container .message'))).toBe(
      'Phiếu của Phú Thọ: Tuyên Quang. Phiếu là phiếu kín và không sửa được sau khi gửi.',
    );
    dialogButton('Gửi phiếu').click();
    await settle(fixture);
    const req = http.expectOne(`${VOTE}/ballots`);
    expect(req.request.body).toEqual({ provinceCode: '25', choices: ['08'] });
    req.flush(voted(voted(vote({ status: VoteStatus.OPEN }), '17', BallotChannel.PAPER), '25'));
    await settle(fixture);
    expect(textOf(page.querySelector('[data-ballot-for="25"] [data-field="own-voted"]'))).toBe('Phú Thọ đã bỏ phiếu.');
    expect(registerText('25')).toBe('Đã bỏ phiếu trực tuyến');
  });

  it("shows the server's Vietnamese refusal of a second ballot", async () => {
    await show(STAFF, vote({ status: VoteStatus.OPEN }));
    await tick('25');
    await click('cast-ballot');
    dialogButton('Gửi phiếu').click();
    await settle(fixture);
    http
      .expectOne(`${VOTE}/ballots`)
      .flush(
        { statusCode: 409, error: 'Conflict', code: 'BALLOT_ALREADY_CAST', message: 'Tỉnh Phú Thọ đã bỏ phiếu trong cuộc bình xét này' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    expect(textOf(page.querySelector('[data-feedback="error"] .title'))).toBe('Máy chủ từ chối thao tác:');
    expect(textOf(page.querySelector('[data-feedback="error"] .title + p'))).toBe('Tỉnh Phú Thọ đã bỏ phiếu trong cuộc bình xét này');
  });

  it('lets the chair enter a paper ballot for a member that has not voted, then close the vote after the confirmation', async () => {
    await show(CHAIR, voted(vote({ status: VoteStatus.OPEN }), '25'));
    page.querySelector<HTMLElement>('[data-field="ballot-province"]')!.click();
    await settle(fixture);
    const options = Array.from(document.querySelectorAll('mat-option'), (o) => textOf(o));
    expect(options).toEqual(['Tuyên Quang', 'Hòa Bình', 'Điện Biên']);
    document.querySelectorAll<HTMLElement>('mat-option')[2].click();
    await settle(fixture);
    await tick('08');
    await click('enter-paper-ballot');
    const req = http.expectOne(`${VOTE}/ballots`);
    expect(req.request.body).toEqual({ provinceCode: '11', choices: ['08'] });
    req.flush(voted(voted(vote({ status: VoteStatus.OPEN }), '25'), '11', BallotChannel.PAPER));
    await settle(fixture);
    expect(textOf(page.querySelector('[data-feedback="done"]'))).toBe('Đã nhập phiếu giấy của Điện Biên.');
    expect(registerText('11')).toBe('Đã bỏ phiếu giấy');

    await click('close-vote');
    expect(textOf(document.querySelector('mat-dialog-container .message'))).toContain('2/4 tỉnh đã bỏ phiếu (cần 3 để đủ tỷ lệ tham gia)');
    dialogButton('Kết thúc và kiểm phiếu').click();
    await settle(fixture);
    http.expectOne(`${VOTE}/close`).flush(
      vote({
        status: VoteStatus.CLOSED,
        cast: 2,
        quorumMet: false,
        closedAt: '2024-12-20T03:00:00.000Z',
        tally: [
          { provinceCode: '08', provinceName: 'Tuyên Quang', votes: 2, share: 0.5, elected: false },
          { provinceCode: '17', provinceName: 'Hòa Bình', votes: 0, share: 0, elected: false },
          { provinceCode: '25', provinceName: 'Phú Thọ', votes: 0, share: 0, elected: false },
        ],
      }),
    );
    await settle(fixture);
    expect(textOf(page.querySelector('[data-field="quorum-met"]'))).toBe('Không đủ tỷ lệ tham gia');
    expect(textOf(page.querySelector('[data-field="elected"]'))).toBe('Không tỉnh nào được suy tôn.');
    expect(page.querySelector('[data-action="nominate"]')).toBeNull();
  });

  it('shows the result of a closed vote and creates the nominations, linked to their commendation pages', async () => {
    const closed = vote({
      status: VoteStatus.CLOSED,
      cast: 4,
      quorumMet: true,
      elected: ['08'],
      closedAt: '2024-12-20T03:00:00.000Z',
      register: vote().register.map((r) => ({ ...r, voted: true, channel: BallotChannel.ONLINE })),
      tally: [
        { provinceCode: '08', provinceName: 'Tuyên Quang', votes: 4, share: 1, elected: true },
        { provinceCode: '17', provinceName: 'Hòa Bình', votes: 0, share: 0, elected: false },
        { provinceCode: '25', provinceName: 'Phú Thọ', votes: 0, share: 0, elected: false },
      ],
    });
    await show(CHAIR, closed);
    expect(textOf(page.querySelector('[data-field="cast"]'))).toBe('4/4 tỉnh đã bỏ phiếu. Đủ tỷ lệ tham gia');
    expect(textOf(page.querySelector('[data-province="08"] [data-value="votes"]'))).toBe('4');
    expect(textOf(page.querySelector('[data-province="08"] [data-value="elected"]'))).toBe('Được suy tôn');
    expect(textOf(page.querySelector('[data-field="elected"]'))).toBe('Được suy tôn: Tuyên Quang.');

    await click('nominate');
    expect(textOf(document.querySelector('mat-dialog-container .message'))).toContain(
      'Cờ thi đua của Chính phủ (dự thảo) cho: Tuyên Quang',
    );
    dialogButton('Lập đề nghị').click();
    await settle(fixture);
    http.expectOne(`${VOTE}/nominations`).flush([{ id: 'c-1', provinceCode: '08', status: 'DRAFT' }]);
    await settle(fixture);
    http.expectOne(VOTE).flush({ ...closed, nominations: [{ commendationId: 'c-1', provinceCode: '08', status: 'DRAFT' }] });
    await settle(fixture);
    expect(textOf(page.querySelector('[data-feedback="done"]'))).toBe('Đã lập 1 đề nghị khen thưởng.');
    const link = page.querySelector<HTMLAnchorElement>('[data-nomination="08"] a')!;
    expect(link.getAttribute('href')).toBe('/commendations/c-1');
    expect(textOf(link)).toBe('Tuyên Quang — Cờ thi đua của Chính phủ');
    expect(page.querySelector('[data-action="nominate"]')).toBeNull();
  });
});

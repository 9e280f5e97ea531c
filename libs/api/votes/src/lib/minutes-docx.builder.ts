import { VoteView } from '@tdkt/shared/contracts';
import { numberVi, percentVi, placeDateLineVi, shortDateVi } from '@tdkt/shared/domain';
import { NO_BORDERS, body, cell, centered, decree30Document, grid, officialHeader } from '@tdkt/api/docx';
import { Paragraph, Table, TableRow, WidthType } from 'docx';

/** What the minutes need besides the vote: the chair province, the meeting, who signs. */
export interface MinutesContext {
  chairProvinceName: string;
  /** The day the vote closed (YYYY-MM-DD, Vietnam time). */
  closedOn: string;
  meeting: { date: string; place: string | null; chairName: string; chairTitle: string | null } | null;
}

/** Biên bản họp bình xét, suy tôn: the closed vote in the Decree 30/2020 layout. */
export function buildMinutesDocx(vote: VoteView, ctx: MinutesContext): Promise<Buffer> {
  const elected = vote.tally.filter((r) => r.elected).map((r) => r.provinceName);
  const members = vote.register.map((r) => r.provinceName);
  const children: Array<Paragraph | Table> = [
    officialHeader({
      parentBody: `UBND TỈNH ${ctx.chairProvinceName}`,
      issuer: vote.clusterName,
      number: 'Số: …/BB-CTĐ',
      placeDate: placeDateLineVi(ctx.meeting?.place ?? ctx.chairProvinceName, ctx.meeting?.date ?? ctx.closedOn, vote.year),
    }),
    centered('', {}, 240),
    centered('BIÊN BẢN HỌP BÌNH XÉT, SUY TÔN', { bold: true }),
    centered(vote.title, { bold: true }),
    centered('――――――――', { size: 20 }, 240),
    body(
      ctx.meeting
        ? `Thời gian: ngày ${shortDateVi(ctx.meeting.date)}. Địa điểm: ${ctx.meeting.place ?? '…'}. Chủ trì: ${ctx.meeting.chairName}${ctx.meeting.chairTitle ? `, ${ctx.meeting.chairTitle}` : ''}.`
        : `Thời gian: kết thúc bỏ phiếu ngày ${shortDateVi(ctx.closedOn)}. Chủ trì: Cụm trưởng Cụm thi đua (tỉnh ${ctx.chairProvinceName}).`,
    ),
    body(`Thành phần: ${numberVi(vote.eligible)} tỉnh thành viên của Cụm năm ${vote.year}: ${members.join(', ')}.`),
    body('Nội dung: bình xét, suy tôn bằng hình thức bỏ phiếu kín.', { bold: true }),
    body(
      `Hình thức khen thưởng đề nghị: ${vote.awardTypeName}; số đơn vị được đề nghị: ${numberVi(vote.seats)}; ` +
        `ứng viên: ${vote.candidates.map((c) => c.provinceName).join(', ')}.`,
    ),
    body(
      `Số phiếu phát ra: ${numberVi(vote.eligible)}; số phiếu thu về: ${numberVi(vote.cast ?? 0)}; ` +
        `tỷ lệ tối thiểu để cuộc bỏ phiếu hợp lệ: ${numberVi(vote.quorumBallots)} phiếu (${percentVi(vote.quorum)} tổng số thành viên) — ` +
        (vote.quorumMet ? 'đạt.' : 'không đạt.'),
    ),
    body(
      `Đơn vị được suy tôn phải đạt từ ${numberVi(vote.thresholdVotes)} phiếu đồng ý trở lên (${percentVi(vote.threshold)} tổng số thành viên của Cụm).`,
    ),
    body('Kết quả kiểm phiếu:', { bold: true }),
    grid(
      ['STT', 'Tỉnh', 'Số phiếu', 'Tỷ lệ (so với tổng số thành viên)', 'Kết quả'],
      vote.tally.map((r, i) => [String(i + 1), r.provinceName, numberVi(r.votes), percentVi(r.share), r.elected ? 'Được suy tôn' : '']),
      false,
    ),
    centered('', {}, 120),
    body(
      !vote.quorumMet
        ? 'Kết luận: số phiếu thu về không đạt tỷ lệ tối thiểu, kết quả bỏ phiếu không có giá trị; Cụm tổ chức bỏ phiếu lại.'
        : elected.length
          ? `Kết luận: Cụm thi đua thống nhất suy tôn, đề nghị ${vote.awardTypeName} cho: ${elected.join(', ')}.`
          : 'Kết luận: không có đơn vị nào đạt tỷ lệ phiếu cần thiết.',
      { bold: true },
    ),
  ];
  if (vote.tieAtLastSeat) {
    children.push(
      body('Có các đơn vị bằng phiếu nhau ở vị trí cuối cùng: vị trí đó chưa được suy tôn và Cụm bỏ phiếu lại giữa các đơn vị này.'),
    );
  }
  children.push(
    body('Biên bản được lập thành các bản có giá trị như nhau, gửi Ban Thi đua - Khen thưởng Trung ương và các tỉnh thành viên.'),
  );
  const signer = (role: string, name: string) => [
    centered(role, { bold: true }),
    centered(''),
    centered(''),
    centered(''),
    centered(name, { bold: true }),
  ];
  children.push(
    centered('', {}, 240),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: NO_BORDERS,
      rows: [new TableRow({ children: [cell(signer('THƯ KÝ', ''), 50), cell(signer('CHỦ TRÌ', ctx.meeting?.chairName ?? ''), 50)] })],
    }),
  );
  return decree30Document({ creator: vote.clusterName, title: `Biên bản họp bình xét, suy tôn: ${vote.title}` }, children);
}

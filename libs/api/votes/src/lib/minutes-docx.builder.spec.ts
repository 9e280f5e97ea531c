import { VoteStatus, VoteView } from '@tdkt/shared/contracts';
import JSZip from 'jszip';
import { buildMinutesDocx } from './minutes-docx.builder';

const vote: VoteView = {
  id: '00000000-0000-4000-8000-000000000001',
  clusterCode: 'TDMNPB',
  clusterName: 'Cụm thi đua các tỉnh Trung du và miền núi phía Bắc',
  year: 2024,
  meetingId: null,
  title: 'Suy tôn đơn vị dẫn đầu năm 2024',
  awardTypeCode: 'CO_THI_DUA_CHINH_PHU',
  awardTypeName: 'Cờ thi đua của Chính phủ',
  seats: 1,
  candidates: [
    { provinceCode: '08', provinceName: 'Tuyên Quang' },
    { provinceCode: '04', provinceName: 'Cao Bằng' },
  ],
  quorum: 0.6667,
  threshold: 0.8,
  eligible: 5,
  quorumBallots: 4,
  thresholdVotes: 4,
  status: VoteStatus.CLOSED,
  openedAt: '2025-01-10T01:00:00.000Z',
  closedAt: '2025-01-10T03:00:00.000Z',
  register: ['Tuyên Quang', 'Cao Bằng', 'Lạng Sơn', 'Sơn La', 'Lai Châu'].map((name, i) => ({
    provinceCode: String(i),
    provinceName: name,
    voted: true,
    channel: null,
  })),
  tally: [
    { provinceCode: '08', provinceName: 'Tuyên Quang', votes: 4, share: 0.8, elected: true },
    { provinceCode: '04', provinceName: 'Cao Bằng', votes: 1, share: 0.2, elected: false },
  ],
  cast: 5,
  quorumMet: true,
  elected: ['08'],
  tieAtLastSeat: false,
  nominations: [],
  version: 3,
};

async function text(buffer: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, '');
}

describe('buildMinutesDocx', () => {
  it('writes the Decree 30 header, the meeting, the tally and the result', async () => {
    const out = await text(
      await buildMinutesDocx(vote, {
        chairProvinceName: 'Tuyên Quang',
        closedOn: '2025-01-10',
        meeting: {
          date: '2025-01-10',
          place: 'Thành phố Tuyên Quang',
          chairName: 'Nguyễn Văn A',
          chairTitle: 'Chủ tịch UBND tỉnh Tuyên Quang',
        },
      }),
    );
    for (const s of [
      'UBND TỈNH TUYÊN QUANG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: …/BB-CTĐ',
      'Thành phố Tuyên Quang, ngày 10 tháng 01 năm 2025',
      'BIÊN BẢN HỌP BÌNH XÉT, SUY TÔN',
      'Chủ trì: Nguyễn Văn A, Chủ tịch UBND tỉnh Tuyên Quang',
      'số phiếu thu về: 5',
      '— đạt.',
      'đề nghị Cờ thi đua của Chính phủ cho: Tuyên Quang',
      'Nguyễn Văn A',
    ]) {
      expect(out).toContain(s);
    }
  });

  it('says the vote is void without the quorum, and names a tie at the last seat', async () => {
    const out = await text(
      await buildMinutesDocx(
        { ...vote, quorumMet: false, elected: [], tieAtLastSeat: true, tally: vote.tally.map((r) => ({ ...r, elected: false })) },
        { chairProvinceName: 'Tuyên Quang', closedOn: '2025-01-10', meeting: null },
      ),
    );
    expect(out).toContain('không đạt.');
    expect(out).toContain('kết quả bỏ phiếu không có giá trị');
    expect(out).toContain('bằng phiếu nhau ở vị trí cuối cùng');
  });
});

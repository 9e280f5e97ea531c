import { BulletinView, Period, ReportStatistics } from '@tdkt/shared/contracts';
import { periodLabelVi } from '../period';
import { changeClauseVi } from './narrative';
import { memberWordsVi, nextPeriodLabelVi, numberVi, paddedDateVi, scoreVi, shortDateVi } from './format-vi';
import { pledgeScore } from './pledge-figures';

export interface BulletinMeeting {
  date: string;
  place: string | null;
  /** "tỉnh Hòa Bình". */
  hostLabel: string;
  chairName: string;
  chairTitle: string | null;
  participants: string | null;
  /** Typical examples honoured at the meeting itself (they may be dated after the period's end). */
  examplesHonoured?: number;
}

export interface BulletinInput {
  clusterName: string;
  year: number;
  period: Period;
  meeting: BulletinMeeting | null;
  statistics: ReportStatistics;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** A semi-annual meeting "sơ kết", a year-end one "tổng kết". */
function reviewWord(period: Period): string {
  return period === Period.H1 ? 'sơ kết' : 'tổng kết';
}

/**
 * A short news item about the review meeting, shaped like the source article: title, date line, lead naming
 * the place, the chair and the attendees, the results, the tasks ahead, and the closing line.
 */
export function draftBulletin(i: BulletinInput): BulletinView {
  const label = periodLabelVi(i.year, i.period);
  const next = nextPeriodLabelVi(i.year, i.period);
  const title = `${i.clusterName} ${reviewWord(i.period)} công tác thi đua, khen thưởng ${label}`;
  const paragraphs: string[] = [];
  const m = i.meeting;
  if (m) {
    paragraphs.push(paddedDateVi(m.date));
    const where = m.place ? m.place : m.hostLabel;
    const chair = `Đồng chí ${m.chairName}${m.chairTitle ? `, ${m.chairTitle}` : ''} chủ trì hội nghị.`;
    // Guests are separated by semicolons: a guest's title has commas of its own ("Phó Trưởng ban …, Bộ Nội vụ").
    // Mid-sentence the honorific is lower case ("Dự hội nghị có đồng chí …"), as the press writes it.
    const list = (m.participants ?? '')
      .split(/\s*(?:;|\n)\s*/)
      .map((guest) =>
        guest
          .trim()
          .replace(/[.;,]$/, '')
          .replace(/^Đồng chí /, 'đồng chí '),
      )
      .filter(Boolean);
    const guests = list.length ? ` Dự hội nghị có ${list.join('; ')}.` : '';
    paragraphs.push(
      `Ngày ${shortDateVi(m.date)}, tại ${where}, ${i.clusterName} đã tổ chức hội nghị ${reviewWord(i.period)} công tác thi đua, khen thưởng ${label}, ` +
        `triển khai nhiệm vụ ${next}. ${chair}${guests}`,
    );
  } else {
    paragraphs.push(`${i.clusterName} ${reviewWord(i.period)} công tác thi đua, khen thưởng ${label}, triển khai nhiệm vụ ${next}.`);
  }
  const s = i.statistics.cluster;
  const w = memberWordsVi(i.statistics.provinces.map((p) => p.provinceKind));
  const results = [
    `Trong ${label}, phong trào thi đua yêu nước và công tác khen thưởng của ${w.all} trong Cụm thi đua tiếp tục phát huy hiệu quả, ` +
      `góp phần tích cực vào việc thực hiện các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh.`,
  ];
  if (s.movements.items.length)
    results.push(
      `${capital(w.all)} đã tổ chức thực hiện ${numberVi(s.movements.items.length)} phong trào thi đua, xây dựng ${numberVi(s.movements.modelsBuilt)} mô hình.`,
    );
  const score = pledgeScore(s.pledge.criteria.map((c) => ({ maxScore: c.maxScore, rate: c.averageRate })));
  if (score) results.push(`Kết quả thực hiện giao ước thi đua đạt bình quân ${scoreVi(score.points)}/${scoreVi(score.max)} điểm.`);
  results.push(
    `Trong kỳ có ${numberVi(s.commendations.total)} lượt tập thể, cá nhân của ${w.all} trong Cụm được khen thưởng${changeClauseVi(i.statistics, s.commendations.total, i.year - 1)}; ` +
      `trong đó ${numberVi(s.commendations.directWorkers)} lượt công nhân, nông dân, người lao động trực tiếp.`,
  );
  paragraphs.push(results.join(' '));
  paragraphs.push(
    `${next.charAt(0).toUpperCase()}${next.slice(1)}, Cụm thi đua đề ra các giải pháp nhằm tiếp tục đổi mới công tác thi đua, khen thưởng, thực hiện có hiệu quả Luật Thi đua, khen thưởng; ` +
      `tổ chức tốt công tác khen thưởng gắn với kết quả phong trào thi đua; tiếp tục củng cố, kiện toàn, nâng cao chất lượng bộ máy và cán bộ làm công tác thi đua, khen thưởng.`,
  );
  // Those honoured at the meeting itself, which is often held after the period it reviews (29/7 for the first half).
  const honoured = m?.examplesHonoured ?? 0;
  if (honoured) {
    paragraphs.push(`Tại hội nghị, ban tổ chức đã biểu dương ${numberVi(honoured)} điển hình tiên tiến của ${w.all} trong Cụm thi đua.`);
  }
  paragraphs.push(
    `Phát biểu kết luận hội nghị, ${m ? `đồng chí ${m.chairName}` : 'đồng chí Cụm trưởng'} đề nghị ${w.all} trong Cụm thi đua quyết tâm thực hiện đồng bộ, quyết liệt, hiệu quả các nhiệm vụ, giải pháp đã đề ra, ` +
      `cụ thể hóa bằng những việc làm thiết thực tại địa phương, góp phần thực hiện thắng lợi các mục tiêu, nhiệm vụ ${next}./.`,
  );
  const body = paragraphs.join('\n\n');
  const html = `<article><h1>${escapeHtml(title)}</h1>${paragraphs.map((p, n) => (m && n === 0 ? `<p class="date">${escapeHtml(p)}</p>` : `<p>${escapeHtml(p)}</p>`)).join('')}</article>`;
  return { title, body, html };
}

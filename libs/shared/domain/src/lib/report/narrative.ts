import {
  AwardLevel,
  CommendationKind,
  MovementLauncher,
  MovementScope,
  Period,
  RecipientKind,
  REPORT_SECTION_KEYS,
  ReportSection,
  ReportSectionKey,
  ReportStatistics,
} from '@tdkt/shared/contracts';
import { foldVietnamese } from '@tdkt/shared/util-text';
import { periodLabelVi } from '../period';
import { MemberWords, joinVi, memberWordsVi, nextPeriodLabelVi, numberVi, percentVi, scoreVi, shortDateVi } from './format-vi';
import { pledgeScore } from './pledge-figures';

/** The review meeting, when the report belongs to one (the cluster's activities section). */
export interface NarrativeMeeting {
  date: string;
  place: string | null;
  /** "tỉnh Hòa Bình", "thành phố Cần Thơ". */
  hostLabel: string;
  chairName: string;
  chairTitle: string | null;
}

export interface NarrativeInput {
  clusterName: string;
  year: number;
  period: Period;
  from: string;
  to: string;
  statistics: ReportStatistics;
  meeting?: NarrativeMeeting | null;
}

/** Kinds in the order reports list them (regular first), with their Vietnamese wording. */
const KIND_LABELS: ReadonlyArray<[CommendationKind, string]> = [
  [CommendationKind.REGULAR, 'thường xuyên'],
  [CommendationKind.THEMATIC, 'theo đợt, chuyên đề'],
  [CommendationKind.EXTRAORDINARY, 'đột xuất'],
  [CommendationKind.CONTRIBUTION, 'quá trình cống hiến'],
  [CommendationKind.SENIORITY, 'niên hạn'],
  [CommendationKind.FOREIGN, 'đối ngoại'],
  [CommendationKind.RESISTANCE, 'thành tích kháng chiến'],
];

/** Heading of part I, printed before its first subsection. */
export const RESULTS_PART_TITLE = 'I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG';
/** Heading of part II, printed before the strengths. */
export const ASSESSMENT_PART_TITLE = 'II. ĐÁNH GIÁ CHUNG';

/**
 * The part heading printed before a section, or null: part I before its first subsection, part II before the strengths.
 * A section whose own title is a part heading ("II. HẠN CHẾ VÀ NGUYÊN NHÂN" in reports drafted before issue #17) gets none.
 */
export function partTitleBefore(key: ReportSectionKey, keysSoFar: readonly ReportSectionKey[], title?: string): string | null {
  if (title && /^[IVX]+\. /.test(title)) return null;
  if (key.startsWith('results.') && !keysSoFar.some((k) => k.startsWith('results.'))) return RESULTS_PART_TITLE;
  if ((key === 'assessment' || key === 'limitations') && !keysSoFar.some((k) => k === 'assessment' || k === 'limitations')) {
    return ASSESSMENT_PART_TITLE;
  }
  return null;
}

export function sectionTitle(key: ReportSectionKey, year: number, period: Period): string {
  switch (key) {
    case 'results.direction':
      return '1. Công tác lãnh đạo, chỉ đạo';
    case 'results.propaganda':
      return '2. Công tác tuyên truyền, quán triệt, phổ biến';
    case 'results.movements':
      return '3. Việc tổ chức các phong trào thi đua';
    case 'results.pledge':
      return '4. Kết quả thực hiện giao ước thi đua';
    case 'results.commendations':
      return '5. Công tác khen thưởng';
    case 'results.typicalExamples':
      return '6. Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến';
    case 'results.clusterActivities':
      return '7. Hoạt động của Cụm thi đua';
    case 'assessment':
      return '1. Ưu điểm';
    case 'limitations':
      return '2. Hạn chế và nguyên nhân';
    case 'tasks':
      // The same words as the summary line under "BÁO CÁO" (reportSummaryVi).
      return `III. PHƯƠNG HƯỚNG, NHIỆM VỤ ${nextPeriodLabelVi(year, period).toUpperCase()}`;
    case 'proposals':
      return 'IV. ĐỀ XUẤT, KIẾN NGHỊ';
  }
}

/** Change against the same period of the previous year, in words. */
export function changeVi(current: number, previous: number, previousYear: number): string {
  if (previous === 0)
    return current === 0 ? `bằng cùng kỳ năm ${previousYear} (không có khen thưởng)` : `cùng kỳ năm ${previousYear} chưa có khen thưởng`;
  if (current === previous) return `tương đương cùng kỳ năm ${previousYear} (${numberVi(previous)})`;
  const word = current > previous ? 'tăng' : 'giảm';
  return `${word} ${numberVi(Math.abs(current - previous))} (${percentVi(Math.abs(current - previous) / previous)}) so với cùng kỳ năm ${previousYear} (${numberVi(previous)})`;
}

/** ", compared with the same period last year", or nothing when that period is not on record (`known` false). */
export function changeClauseVi(s: ReportStatistics, current: number, previousYear: number, separator = ', '): string {
  const p = s.cluster.previous;
  return p.known === false ? '' : `${separator}${changeVi(current, p.commendations.total, previousYear)}`;
}

/** Top `n` members by a figure, ignoring zeros, as "Tuyên Quang (120), Hòa Bình (98)". */
function leaders(
  s: ReportStatistics,
  pick: (p: ReportStatistics['provinces'][number]) => number | null,
  show: (v: number) => string,
  n = 3,
): string[] {
  return s.provinces
    .map((p) => ({ name: p.provinceName, v: pick(p) }))
    .filter((x): x is { name: string; v: number } => x.v !== null && x.v > 0)
    .sort((a, b) => b.v - a.v || a.name.localeCompare(b.name, 'vi'))
    .slice(0, n)
    .map((x) => `${x.name} (${show(x.v)})`);
}

const words = (i: NarrativeInput): MemberWords => memberWordsVi(i.statistics.provinces.map((p) => p.provinceKind));
const capitalised = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
const isPrimeMinisters = (x: { launchedBy: string }) => x.launchedBy === MovementLauncher.PRIME_MINISTER;

function direction(i: NarrativeInput): string {
  const w = words(i);
  const own = i.statistics.cluster.movements.items.filter((x) => x.launchedBy === MovementLauncher.PROVINCE).length;
  return (
    `Ủy ban nhân dân, Hội đồng Thi đua - Khen thưởng ${w.all} trong Cụm tiếp tục lãnh đạo, chỉ đạo công tác thi đua, khen thưởng ` +
    `gắn với nhiệm vụ chính trị của từng địa phương; ban hành kế hoạch, hướng dẫn tổ chức các phong trào thi đua và công tác khen thưởng năm ${i.year}` +
    (own ? `; trong kỳ, ${w.all} đã phát động ${numberVi(own)} phong trào thi đua của địa phương.` : '.')
  );
}

function propaganda(i: NarrativeInput): string {
  const w = words(i);
  return (
    `Trong ${periodLabelVi(i.year, i.period)}, ${w.all} trong ${i.clusterName} tiếp tục quán triệt, triển khai các chủ trương của Đảng, ` +
    `chính sách, pháp luật của Nhà nước về thi đua, khen thưởng; đẩy mạnh tuyên truyền gương người tốt, việc tốt, điển hình tiên tiến trên các lĩnh vực. ` +
    `Hội đồng Thi đua - Khen thưởng và cơ quan thường trực của Hội đồng ${w.all} chủ động tham mưu, gắn phong trào thi đua với việc thực hiện nhiệm vụ chính trị của địa phương.`
  );
}

/** "a", "b", … "z", then "aa": the letters of Vietnamese sub-items. */
const letter = (n: number): string => (n < 26 ? String.fromCharCode(97 + n) : `${letter(Math.floor(n / 26) - 1)}${letter(n % 26)}`);

function movements(i: NarrativeInput): string {
  const w = words(i);
  const m = i.statistics.cluster.movements;
  if (m.items.length === 0) return `Trong kỳ, ${w.all} trong Cụm chưa báo cáo phong trào thi đua nào.`;
  const pm = m.items.filter(isPrimeMinisters);
  const lines = [
    `Trong kỳ, ${w.all} trong Cụm tổ chức thực hiện ${numberVi(m.items.length)} phong trào thi đua` +
      (pm.length ? `, trong đó có ${numberVi(pm.length)} phong trào do Thủ tướng Chính phủ phát động.` : '.'),
  ];
  // One subsection per Prime Minister's movement, as the cluster's reports to the Central Council have them.
  pm.forEach((x, n) => {
    const results = x.provincesReporting
      ? `${numberVi(x.provincesReporting)}/${numberVi(i.statistics.provinces.length)} ${w.one} báo cáo kết quả; đã phát động ${numberVi(x.subMovementsLaunched)} phong trào cụ thể, ` +
        `xây dựng ${numberVi(x.modelsBuilt)} mô hình, với ${numberVi(x.participants)} lượt người tham gia.`
      : `chưa có ${w.one} nào báo cáo kết quả trong kỳ.`;
    lines.push(`${letter(n)}) Phong trào “${x.name}”: ${results}`);
  });
  const others = m.items.filter((x) => !isPrimeMinisters(x));
  if (others.length) {
    const sum = (k: 'subMovementsLaunched' | 'modelsBuilt' | 'participants') => others.reduce((a, x) => a + x[k], 0);
    lines.push(
      `${pm.length ? `${letter(pm.length)}) ` : ''}Các phong trào thi đua khác (${numberVi(others.length)} phong trào): đã phát động ${numberVi(sum('subMovementsLaunched'))} phong trào cụ thể, ` +
        `xây dựng ${numberVi(sum('modelsBuilt'))} mô hình, với ${numberVi(sum('participants'))} lượt người tham gia.`,
    );
  }
  return lines.join('\n');
}

function pledge(i: NarrativeInput): string {
  const w = words(i);
  const p = i.statistics.cluster.pledge;
  if (p.criteria.length === 0) return `Chưa có số liệu giao ước thi đua năm ${i.year} của Cụm.`;
  const signed = p.signedOn ? `ký kết ngày ${shortDateVi(p.signedOn)}${p.place ? ` tại ${p.place}` : ''}` : 'đã ký kết';
  const max = p.criteria.reduce((a, c) => a + c.maxScore, 0);
  const score = pledgeScore(p.criteria.map((c) => ({ maxScore: c.maxScore, rate: c.averageRate })));
  const lines = [
    `Giao ước thi đua năm ${i.year} của Cụm được ${signed}, gồm ${numberVi(p.criteria.length)} tiêu chí với tổng số ${scoreVi(max)} điểm.` +
      (score
        ? ` Kết quả ${periodLabelVi(i.year, i.period)}, theo thang điểm của các tiêu chí, ${w.all} trong Cụm đạt bình quân ${scoreVi(score.points)}/${scoreVi(score.max)} điểm.`
        : ` ${capitalised(w.all)} chưa báo cáo kết quả thực hiện trong kỳ.`),
  ];
  for (const c of p.criteria) {
    if (c.provincesReported === 0) continue;
    const points =
      c.averageRate === null ? '' : `, bình quân đạt ${scoreVi(c.maxScore * Math.min(c.averageRate, 1))}/${scoreVi(c.maxScore)} điểm`;
    lines.push(`- ${c.name}: ${numberVi(c.provincesAchieved)}/${numberVi(c.provincesReported)} ${w.one} đạt và vượt chỉ tiêu${points};`);
  }
  const top = leaders(
    i.statistics,
    (x) => pledgeScore(x.pledge.criteria)?.points ?? null,
    (v) => `${scoreVi(v)}/${scoreVi(max)} điểm`,
  );
  if (top.length) lines.push(`${capitalised(w.all)} đạt điểm giao ước cao nhất: ${joinVi(top)}.`);
  return lines.join('\n');
}

/** Award types with awards in the period, in catalogue order: "Huân chương Lao động hạng Ba 2; Bằng khen … 14". */
function byAwardType(i: NarrativeInput, levels: readonly string[]): string[] {
  return i.statistics.awardTypes.filter((a) => a.total > 0 && levels.includes(a.level)).map((a) => `${a.name} ${numberVi(a.total)}`);
}

/** What the council's rule checks found on the period's awards; never a compliance claim the findings do not back. */
function findingsSentence(i: NarrativeInput, w: MemberWords): string {
  const f = i.statistics.findings;
  if (!f) return `${capitalised(w.all)} tiếp tục rà soát hồ sơ khen thưởng, bảo đảm đúng tiêu chuẩn, thẩm quyền, quy trình, thủ tục.`;
  if (f.awardsWithErrors === 0 && f.awardsWithWarnings === 0) {
    return `Qua kiểm tra theo các tiêu chuẩn, điều kiện của Luật Thi đua, khen thưởng, chưa phát hiện trường hợp khen thưởng nào trong kỳ chưa đúng tiêu chuẩn, thẩm quyền hoặc thủ tục.`;
  }
  const rules = f.byRule.filter((r) => r.severity === 'ERROR').map((r) => `“${r.title}” ${numberVi(r.awards)}`);
  const parts: string[] = [];
  if (f.awardsWithErrors)
    parts.push(
      `${numberVi(f.awardsWithErrors)} trường hợp có dấu hiệu chưa đúng tiêu chuẩn, thẩm quyền hoặc thủ tục${rules.length ? ` (theo tiêu chí: ${rules.join('; ')})` : ''}`,
    );
  if (f.awardsWithWarnings) parts.push(`${numberVi(f.awardsWithWarnings)} trường hợp cần bổ sung minh chứng trong hồ sơ`);
  return `Qua kiểm tra theo các tiêu chuẩn, điều kiện của Luật Thi đua, khen thưởng, còn ${parts.join('; ')}; ${w.all} cần rà soát, hoàn thiện hồ sơ theo quy định.`;
}

function commendations(i: NarrativeInput): string {
  const w = words(i);
  const c = i.statistics.cluster.commendations;
  const range = `từ ngày ${shortDateVi(i.from)} đến ngày ${shortDateVi(i.to)}`;
  if (c.total === 0) {
    return `Trong ${periodLabelVi(i.year, i.period)} (${range}), ${w.all} trong Cụm chưa báo cáo quyết định khen thưởng nào${changeClauseVi(i.statistics, 0, i.year - 1, '; ')}.`;
  }
  const k = c.byRecipientKind;
  const l = c.byLevel;
  const state = l[AwardLevel.STATE] ?? 0;
  const government = l[AwardLevel.GOVERNMENT] ?? 0;
  const lines = [
    `Trong ${periodLabelVi(i.year, i.period)} (${range}), có ${numberVi(c.total)} lượt tập thể, cá nhân, hộ gia đình của ${w.all} trong Cụm được khen thưởng ` +
      `(${numberVi(k[RecipientKind.COLLECTIVE] ?? 0)} lượt tập thể, ${numberVi(k[RecipientKind.INDIVIDUAL] ?? 0)} lượt cá nhân, ${numberVi(k[RecipientKind.HOUSEHOLD] ?? 0)} lượt hộ gia đình)` +
      `${changeClauseVi(i.statistics, c.total, i.year - 1)}.`,
  ];
  // State and Government awards are proposed by the provinces and decided by the President, the Government or the Prime Minister.
  const central = [
    state ? `Chủ tịch nước quyết định khen thưởng ${numberVi(state)} lượt` : '',
    government ? `Chính phủ, Thủ tướng Chính phủ quyết định khen thưởng ${numberVi(government)} lượt` : '',
  ].filter(Boolean);
  lines.push(
    central.length
      ? `- Trên cơ sở đề nghị của ${w.all}, ${central.join(', ')}: ${byAwardType(i, [AwardLevel.STATE, AwardLevel.GOVERNMENT]).join('; ')};`
      : `- Trong kỳ, chưa có quyết định khen thưởng của Chủ tịch nước, Chính phủ, Thủ tướng Chính phủ đối với các tập thể, cá nhân do ${w.all} đề nghị;`,
  );
  const provincial = byAwardType(i, [AwardLevel.PROVINCE]);
  const grassroots = byAwardType(i, [AwardLevel.GRASSROOTS]);
  lines.push(
    `- Chủ tịch UBND ${w.all} khen thưởng ${numberVi(l[AwardLevel.PROVINCE] ?? 0)} lượt${provincial.length ? ` (${provincial.join('; ')})` : ''}; ` +
      `các cấp cơ sở khen thưởng ${numberVi(l[AwardLevel.GRASSROOTS] ?? 0)} lượt${grassroots.length ? ` (${grassroots.join('; ')})` : ''};`,
  );
  const kinds = KIND_LABELS.filter(([key]) => (c.byKind[key] ?? 0) > 0).map(([key, label]) => `${label} ${numberVi(c.byKind[key])}`);
  if (kinds.length) lines.push(`- Theo loại hình: khen thưởng ${kinds.join('; ')};`);
  const individuals = k[RecipientKind.INDIVIDUAL] ?? 0;
  const of = (n: number) => (individuals ? ` (${percentVi(n / individuals)} số lượt cá nhân được khen thưởng)` : '');
  lines.push(
    `- Khen thưởng công nhân, nông dân, người lao động trực tiếp ${numberVi(c.directWorkers)} lượt${of(c.directWorkers)}; ` +
      `nữ ${numberVi(c.women)} lượt${of(c.women)}; người dân tộc thiểu số ${numberVi(c.ethnicMinority)} lượt${of(c.ethnicMinority)}.`,
  );
  const top = leaders(
    i.statistics,
    (x) => x.commendations.total,
    (v) => `${numberVi(v)} lượt`,
  );
  if (top.length) lines.push(`${capitalised(w.all)} có số lượt khen thưởng nhiều nhất: ${joinVi(top)}.`);
  lines.push(findingsSentence(i, w));
  return lines.join('\n');
}

function typicalExamples(i: NarrativeInput): string {
  const w = words(i);
  const t = i.statistics.cluster.typicalExamples;
  if (t.total === 0) return `Trong kỳ, ${w.all} trong Cụm chưa báo cáo điển hình tiên tiến nào được biểu dương.`;
  const names = t.items.slice(0, 5).map((x) => x.name);
  return (
    `${capitalised(w.all)} đã phát hiện, biểu dương ${numberVi(t.total)} điển hình tiên tiến ` +
    `(${numberVi(t.byRecipientKind[RecipientKind.INDIVIDUAL] ?? 0)} cá nhân, ${numberVi(t.byRecipientKind[RecipientKind.COLLECTIVE] ?? 0)} tập thể)` +
    `${names.length ? `, tiêu biểu như: ${joinVi(names)}` : ''}.`
  );
}

/** The meeting's place with its host, unless the place already names it ("…, tỉnh Hòa Bình"). */
function where(m: NarrativeMeeting): string {
  if (!m.place) return m.hostLabel;
  return !m.hostLabel || foldVietnamese(m.place).includes(foldVietnamese(m.hostLabel)) ? m.place : `${m.place}, ${m.hostLabel}`;
}

function clusterActivities(i: NarrativeInput): string {
  const w = words(i);
  const lines: string[] = [];
  const p = i.statistics.cluster.pledge;
  if (p.signedOn) {
    lines.push(
      `Cụm thi đua tổ chức ký kết giao ước thi đua năm ${i.year} ngày ${shortDateVi(p.signedOn)}${p.place ? ` tại ${p.place}` : ''}, với ${numberVi(p.criteria.length)} tiêu chí.`,
    );
  }
  const own = i.statistics.cluster.movements.items.filter((x) => x.scope === MovementScope.CLUSTER);
  if (own.length) lines.push(`Cụm phát động ${numberVi(own.length)} phong trào thi đua của Cụm: ${joinVi(own.map((x) => `“${x.name}”`))}.`);
  const m = i.meeting;
  if (m) {
    lines.push(
      `Ngày ${shortDateVi(m.date)}, tại ${where(m)}, Cụm tổ chức hội nghị ${i.period === Period.H1 ? 'sơ kết' : 'tổng kết'} công tác thi đua, khen thưởng ` +
        `${periodLabelVi(i.year, i.period)} do đồng chí ${m.chairName}${m.chairTitle ? `, ${m.chairTitle}` : ''} chủ trì.`,
    );
  }
  if (!lines.length) lines.push(`Cụm trưởng duy trì việc trao đổi thông tin, tổng hợp báo cáo của ${w.all} thành viên trong kỳ.`);
  return lines.join('\n');
}

function assessment(i: NarrativeInput): string {
  const w = words(i);
  const s = i.statistics.cluster;
  const facts: string[] = [];
  if (s.movements.items.length) facts.push(`tổ chức thực hiện ${numberVi(s.movements.items.length)} phong trào thi đua`);
  if (s.commendations.total) facts.push(`khen thưởng ${numberVi(s.commendations.total)} lượt tập thể, cá nhân, hộ gia đình`);
  if (s.typicalExamples.total) facts.push(`biểu dương ${numberVi(s.typicalExamples.total)} điển hình tiên tiến`);
  const score = pledgeScore(s.pledge.criteria.map((c) => ({ maxScore: c.maxScore, rate: c.averageRate })));
  if (score) facts.push(`thực hiện giao ước thi đua đạt bình quân ${scoreVi(score.points)}/${scoreVi(score.max)} điểm`);
  return (
    `Công tác thi đua, khen thưởng ${periodLabelVi(i.year, i.period)} của ${w.all} trong Cụm được quan tâm triển khai, bám sát nhiệm vụ chính trị của từng địa phương` +
    (facts.length ? `: ${w.all} đã ${joinVi(facts)}.` : '.')
  );
}

function limitations(i: NarrativeInput): string {
  const w = words(i);
  const lines = [`Bên cạnh những kết quả đạt được, công tác thi đua, khen thưởng của ${w.all} trong Cụm còn một số hạn chế:`];
  const silent = i.statistics.provinces.filter((p) => p.commendations.total === 0).map((p) => p.provinceName);
  if (silent.length)
    lines.push(`- ${capitalised(silent.length > 1 ? w.all : w.one)} ${joinVi(silent)} chưa báo cáo kết quả khen thưởng trong kỳ;`);
  const missed = i.statistics.cluster.pledge.criteria.filter((c) => c.provincesReported > c.provincesAchieved).map((c) => c.name);
  if (missed.length) lines.push(`- Một số tiêu chí giao ước chưa đạt chỉ tiêu ở một số ${w.one}: ${joinVi(missed)};`);
  const f = i.statistics.findings;
  if (f && f.awardsWithErrors)
    lines.push(`- Còn ${numberVi(f.awardsWithErrors)} trường hợp khen thưởng có dấu hiệu chưa đúng tiêu chuẩn, thẩm quyền hoặc thủ tục;`);
  lines.push(
    `- Việc phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến có nơi chưa thường xuyên; tỷ lệ khen thưởng người lao động trực tiếp ở một số địa phương còn thấp.`,
  );
  lines.push(
    `Nguyên nhân: một số cấp ủy, chính quyền cơ sở chưa quan tâm đúng mức đến công tác thi đua, khen thưởng; đội ngũ cán bộ làm công tác thi đua, khen thưởng còn kiêm nhiệm, thường xuyên thay đổi.`,
  );
  return lines.join('\n');
}

function tasks(i: NarrativeInput): string {
  const w = words(i);
  const next = nextPeriodLabelVi(i.year, i.period);
  const pm = i.statistics.cluster.movements.items.filter((x) => isPrimeMinisters(x) && (!x.endsOn || x.endsOn > i.to));
  return [
    `Trong ${next}, ${w.all} trong Cụm tập trung thực hiện các nhiệm vụ, giải pháp sau:`,
    `- Tiếp tục đổi mới công tác thi đua, khen thưởng, thực hiện có hiệu quả Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành;`,
    pm.length
      ? `- Triển khai hiệu quả các phong trào thi đua do Thủ tướng Chính phủ phát động, trọng tâm là ${joinVi(pm.map((x) => `phong trào “${x.name}”`))};`
      : `- Triển khai hiệu quả các phong trào thi đua do Thủ tướng Chính phủ phát động;`,
    // After a year-end review the pledge just ended is closed: the next year's is signed.
    i.period === Period.H1
      ? `- Thực hiện đầy đủ các tiêu chí giao ước thi đua năm ${i.year} đã ký kết;`
      : `- Tổ chức ký kết giao ước thi đua năm ${i.year + 1} và thực hiện đầy đủ các tiêu chí đã ký kết;`,
    `- Tổ chức tốt công tác khen thưởng gắn với kết quả phong trào thi đua, bảo đảm “thành tích đến đâu khen đến đó”, chú trọng khen thưởng công nhân, nông dân, người lao động trực tiếp;`,
    `- Tiếp tục củng cố, kiện toàn, nâng cao chất lượng bộ máy và cán bộ làm công tác thi đua, khen thưởng.`,
  ].join('\n');
}

function proposals(): string {
  return (
    `Đề nghị Hội đồng Thi đua - Khen thưởng Trung ương, Ban Thi đua - Khen thưởng Trung ương tiếp tục quan tâm hướng dẫn nghiệp vụ, ` +
    `tổ chức tập huấn cho đội ngũ cán bộ làm công tác thi đua, khen thưởng; hoàn thiện Hệ thống quản lý hồ sơ khen thưởng điện tử của Ngành Thi đua - Khen thưởng.`
  );
}

const DRAFTERS: Record<ReportSectionKey, (i: NarrativeInput) => string> = {
  'results.direction': direction,
  'results.propaganda': propaganda,
  'results.movements': movements,
  'results.pledge': pledge,
  'results.commendations': commendations,
  'results.typicalExamples': typicalExamples,
  'results.clusterActivities': clusterActivities,
  assessment,
  limitations,
  tasks,
  proposals,
};

/** Drafts every section from the figures, in the order of §3.5. */
export function draftSections(input: NarrativeInput): ReportSection[] {
  return REPORT_SECTION_KEYS.map((key) => ({
    key,
    title: sectionTitle(key, input.year, input.period),
    text: DRAFTERS[key](input),
    edited: false,
  }));
}

/** Redrafts the sections the chair has not edited; edited ones are kept word for word. */
export function redraftSections(current: readonly ReportSection[], input: NarrativeInput): ReportSection[] {
  const fresh = draftSections(input);
  return fresh.map((s) => current.find((c) => c.key === s.key && c.edited) ?? s);
}

/** Applies the chair's edits, marking each edited section so that recomputing keeps it. */
export function editSections(
  current: readonly ReportSection[],
  edits: ReadonlyArray<{ key: ReportSectionKey; text: string }>,
): ReportSection[] {
  return current.map((s) => {
    const edit = edits.find((e) => e.key === s.key);
    return edit ? { ...s, text: edit.text, edited: true } : s;
  });
}

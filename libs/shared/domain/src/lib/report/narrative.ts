import {
  AwardLevel,
  CommendationKind,
  MovementLauncher,
  Period,
  RecipientKind,
  REPORT_SECTION_KEYS,
  ReportSection,
  ReportSectionKey,
  ReportStatistics,
} from '@tdkt/shared/contracts';
import { periodLabelVi } from '../period';
import { joinVi, nextPeriodLabelVi, numberVi, percentVi, shortDateVi } from './format-vi';

export interface NarrativeInput {
  clusterName: string;
  year: number;
  period: Period;
  from: string;
  to: string;
  statistics: ReportStatistics;
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

export function sectionTitle(key: ReportSectionKey, year: number, period: Period): string {
  switch (key) {
    case 'results.propaganda':
      return '1. Công tác tuyên truyền, quán triệt, phổ biến';
    case 'results.movements':
      return '2. Việc tổ chức các phong trào thi đua';
    case 'results.pledge':
      return '3. Kết quả thực hiện giao ước thi đua';
    case 'results.commendations':
      return '4. Công tác khen thưởng';
    case 'results.typicalExamples':
      return '5. Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến';
    case 'limitations':
      return 'II. HẠN CHẾ VÀ NGUYÊN NHÂN';
    case 'tasks':
      return `III. NHIỆM VỤ, GIẢI PHÁP ${nextPeriodLabelVi(year, period).toUpperCase()}`;
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

/** Top `n` provinces by a figure, ignoring zeros, as "Tuyên Quang (120), Hòa Bình (98)". */
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

function propaganda(i: NarrativeInput): string {
  const n = i.statistics.provinces.length;
  return (
    `Trong ${periodLabelVi(i.year, i.period)}, ${n} tỉnh trong ${i.clusterName} tiếp tục quán triệt, triển khai các chủ trương của Đảng, ` +
    `chính sách, pháp luật của Nhà nước về thi đua, khen thưởng; đẩy mạnh tuyên truyền gương người tốt, việc tốt, điển hình tiên tiến trên các lĩnh vực. ` +
    `Hội đồng Thi đua - Khen thưởng và cơ quan thường trực của Hội đồng các tỉnh chủ động tham mưu, gắn phong trào thi đua với việc thực hiện nhiệm vụ chính trị của địa phương.`
  );
}

function movements(i: NarrativeInput): string {
  const m = i.statistics.cluster.movements;
  if (m.items.length === 0) return `Trong kỳ, chưa có phong trào thi đua nào được ghi nhận trên hệ thống.`;
  const pm = m.items.filter((x) => x.launchedBy === MovementLauncher.PRIME_MINISTER);
  const parts = [`Trong kỳ, các tỉnh trong Cụm đã tổ chức thực hiện ${numberVi(m.items.length)} phong trào thi đua`];
  if (pm.length)
    parts[0] += `, trong đó có ${numberVi(pm.length)} phong trào do Thủ tướng Chính phủ phát động: ${joinVi(pm.map((x) => `“${x.name}”`))}`;
  parts[0] += '.';
  parts.push(
    `Các tỉnh đã phát động ${numberVi(m.subMovementsLaunched)} phong trào thi đua cụ thể, xây dựng ${numberVi(m.modelsBuilt)} mô hình, ` +
      `với ${numberVi(m.participants)} lượt người tham gia.`,
  );
  return parts.join(' ');
}

function pledge(i: NarrativeInput): string {
  const p = i.statistics.cluster.pledge;
  if (p.criteria.length === 0) return `Chưa có số liệu giao ước thi đua năm ${i.year} của Cụm trên hệ thống.`;
  const signed = p.signedOn ? `ký kết ngày ${shortDateVi(p.signedOn)}${p.place ? ` tại ${p.place}` : ''}` : 'đã ký kết';
  const lines = [
    `Giao ước thi đua năm ${i.year} của Cụm được ${signed}, gồm ${numberVi(p.criteria.length)} tiêu chí.` +
      (p.averageRate !== null
        ? ` Kết quả ${periodLabelVi(i.year, i.period)}, tỷ lệ thực hiện bình quân các tiêu chí của Cụm đạt ${percentVi(p.averageRate)}.`
        : ` Các tỉnh chưa báo cáo kết quả thực hiện trong kỳ.`),
  ];
  for (const c of p.criteria) {
    if (c.provincesReported === 0) continue;
    lines.push(
      `- ${c.name}: ${numberVi(c.provincesAchieved)}/${numberVi(c.provincesReported)} tỉnh đạt và vượt chỉ tiêu` +
        (c.averageRate !== null ? `, bình quân đạt ${percentVi(c.averageRate)}` : '') +
        ';',
    );
  }
  const top = leaders(i.statistics, (x) => x.pledge.averageRate, percentVi);
  if (top.length) lines.push(`Các tỉnh có tỷ lệ thực hiện giao ước cao nhất: ${joinVi(top)}.`);
  return lines.join('\n');
}

function commendations(i: NarrativeInput): string {
  const c = i.statistics.cluster.commendations;
  const range = `từ ngày ${shortDateVi(i.from)} đến ngày ${shortDateVi(i.to)}`;
  if (c.total === 0) {
    return `Trong ${periodLabelVi(i.year, i.period)} (${range}), các tỉnh trong Cụm chưa có quyết định khen thưởng nào được cập nhật trên hệ thống${changeClauseVi(i.statistics, 0, i.year - 1, '; ')}.`;
  }
  const k = c.byRecipientKind;
  const lines = [
    `Trong ${periodLabelVi(i.year, i.period)} (${range}), các tỉnh trong Cụm đã khen thưởng ${numberVi(c.total)} tập thể, cá nhân, hộ gia đình ` +
      `(${numberVi(k[RecipientKind.COLLECTIVE] ?? 0)} tập thể, ${numberVi(k[RecipientKind.INDIVIDUAL] ?? 0)} cá nhân, ${numberVi(k[RecipientKind.HOUSEHOLD] ?? 0)} hộ gia đình)` +
      `${changeClauseVi(i.statistics, c.total, i.year - 1)}.`,
  ];
  const l = c.byLevel;
  lines.push(
    `- Theo cấp khen thưởng: khen thưởng cấp Nhà nước ${numberVi(l[AwardLevel.STATE] ?? 0)}; Chính phủ, Thủ tướng Chính phủ ${numberVi(l[AwardLevel.GOVERNMENT] ?? 0)}; ` +
      `cấp tỉnh ${numberVi(l[AwardLevel.PROVINCE] ?? 0)}; cấp cơ sở ${numberVi(l[AwardLevel.GRASSROOTS] ?? 0)};`,
  );
  const kinds = KIND_LABELS.filter(([key]) => (c.byKind[key] ?? 0) > 0).map(([key, label]) => `${label} ${numberVi(c.byKind[key])}`);
  if (kinds.length) lines.push(`- Theo loại hình: khen thưởng ${kinds.join('; ')};`);
  const individuals = k[RecipientKind.INDIVIDUAL] ?? 0;
  const of = (n: number) => (individuals ? ` (${percentVi(n / individuals)} số cá nhân được khen thưởng)` : '');
  lines.push(
    `- Khen thưởng công nhân, nông dân, người lao động trực tiếp ${numberVi(c.directWorkers)}${of(c.directWorkers)}; ` +
      `nữ ${numberVi(c.women)}${of(c.women)}; người dân tộc thiểu số ${numberVi(c.ethnicMinority)}${of(c.ethnicMinority)}.`,
  );
  const top = leaders(i.statistics, (x) => x.commendations.total, numberVi);
  if (top.length) lines.push(`Các tỉnh có số lượng khen thưởng nhiều nhất: ${joinVi(top)}.`);
  lines.push(
    `Công tác khen thưởng cơ bản bảo đảm đúng tiêu chuẩn, quy trình, thủ tục, kịp thời; chú trọng khen thưởng người lao động trực tiếp.`,
  );
  return lines.join('\n');
}

function typicalExamples(i: NarrativeInput): string {
  const t = i.statistics.cluster.typicalExamples;
  if (t.total === 0) return `Trong kỳ, chưa có điển hình tiên tiến nào được cập nhật trên hệ thống.`;
  const names = t.items.slice(0, 5).map((x) => x.name);
  return (
    `Các tỉnh đã phát hiện, biểu dương ${numberVi(t.total)} điển hình tiên tiến ` +
    `(${numberVi(t.byRecipientKind[RecipientKind.INDIVIDUAL] ?? 0)} cá nhân, ${numberVi(t.byRecipientKind[RecipientKind.COLLECTIVE] ?? 0)} tập thể)` +
    `${names.length ? `, tiêu biểu như: ${joinVi(names)}` : ''}.`
  );
}

function limitations(i: NarrativeInput): string {
  const lines = [`Bên cạnh những kết quả đạt được, công tác thi đua, khen thưởng của các tỉnh trong Cụm còn một số hạn chế:`];
  const silent = i.statistics.provinces.filter((p) => p.commendations.total === 0).map((p) => p.provinceName);
  if (silent.length) lines.push(`- Các tỉnh ${joinVi(silent)} chưa cập nhật kết quả khen thưởng trong kỳ lên hệ thống;`);
  const missed = i.statistics.cluster.pledge.criteria.filter((c) => c.provincesReported > c.provincesAchieved).map((c) => c.name);
  if (missed.length) lines.push(`- Một số tiêu chí giao ước chưa đạt chỉ tiêu ở một số tỉnh: ${joinVi(missed)};`);
  lines.push(
    `- Việc phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến có nơi chưa thường xuyên; tỷ lệ khen thưởng người lao động trực tiếp ở một số địa phương còn thấp.`,
  );
  lines.push(
    `Nguyên nhân: một số cấp ủy, chính quyền cơ sở chưa quan tâm đúng mức đến công tác thi đua, khen thưởng; đội ngũ cán bộ làm công tác thi đua, khen thưởng còn kiêm nhiệm, thường xuyên thay đổi.`,
  );
  return lines.join('\n');
}

function tasks(i: NarrativeInput): string {
  const next = nextPeriodLabelVi(i.year, i.period);
  const pm = i.statistics.cluster.movements.items.filter(
    (x) => x.launchedBy === MovementLauncher.PRIME_MINISTER && (!x.endsOn || x.endsOn > i.to),
  );
  return [
    `Trong ${next}, các tỉnh trong Cụm tập trung thực hiện các nhiệm vụ, giải pháp sau:`,
    `- Tiếp tục đổi mới công tác thi đua, khen thưởng, thực hiện có hiệu quả Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành;`,
    pm.length
      ? `- Triển khai hiệu quả các phong trào thi đua do Thủ tướng Chính phủ phát động, trọng tâm là ${joinVi(pm.map((x) => `phong trào “${x.name}”`))};`
      : `- Triển khai hiệu quả các phong trào thi đua do Thủ tướng Chính phủ phát động;`,
    `- Thực hiện đầy đủ các tiêu chí giao ước thi đua năm ${i.year} đã ký kết;`,
    `- Tổ chức tốt công tác khen thưởng gắn với kết quả phong trào thi đua, bảo đảm “thành tích đến đâu khen đến đó”, chú trọng khen thưởng công nhân, nông dân, người lao động trực tiếp;`,
    `- Tiếp tục củng cố, kiện toàn, nâng cao chất lượng bộ máy và cán bộ làm công tác thi đua, khen thưởng.`,
  ].join('\n');
}

function proposals(): string {
  return (
    `Đề nghị Hội đồng Thi đua - Khen thưởng Trung ương, Ban Thi đua - Khen thưởng Trung ương tiếp tục quan tâm hướng dẫn nghiệp vụ, ` +
    `tổ chức tập huấn cho đội ngũ cán bộ làm công tác thi đua, khen thưởng; sớm hoàn thiện hệ thống quản lý hồ sơ khen thưởng điện tử dùng chung của Ngành.`
  );
}

const DRAFTERS: Record<ReportSectionKey, (i: NarrativeInput) => string> = {
  'results.propaganda': propaganda,
  'results.movements': movements,
  'results.pledge': pledge,
  'results.commendations': commendations,
  'results.typicalExamples': typicalExamples,
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

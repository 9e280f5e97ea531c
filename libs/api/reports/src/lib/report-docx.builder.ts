import { AwardLevel, RecipientKind, ReportView } from '@tdkt/shared/contracts';
import { RESULTS_PART_TITLE, numberVi, percentVi, placeDateLineVi, reportSummaryVi } from '@tdkt/shared/domain';
import { body, cell, centered, decree30Document, grid, NO_BORDERS, officialHeader, plain } from '@tdkt/api/docx';
import { Paragraph, Table, TableRow, WidthType } from 'docx';

export { DOCX_LAYOUT } from '@tdkt/api/docx';

/** What the document needs besides the report: who issues and signs it, and where. */
export interface DocxContext {
  clusterName: string;
  /** The chair province, parent of the issuing body and place of the date line. */
  chairProvinceName: string;
  signerName: string | null;
  /** Date of the date line; blank dots while the report is a draft. */
  issuedOn: string | null;
}

/** Issuing body and national motto side by side, then the number and the place-date line on one row. */
function header(report: ReportView, ctx: DocxContext): Table {
  return officialHeader({
    parentBody: `UBND TỈNH ${ctx.chairProvinceName}`,
    issuer: ctx.clusterName,
    number: 'Số: …/BC-CTĐ',
    placeDate: placeDateLineVi(ctx.chairProvinceName, ctx.issuedOn, report.year),
  });
}

/** Table 1: commendations of each member province, with the same period of the previous year. */
export function commendationTableRows(report: ReportView): string[][] {
  const s = report.statistics;
  const row = (name: string, c: ReportView['statistics']['cluster']['commendations'], previous: number) => [
    name,
    numberVi(c.total),
    numberVi(c.byLevel[AwardLevel.STATE] ?? 0),
    numberVi(c.byLevel[AwardLevel.GOVERNMENT] ?? 0),
    numberVi(c.byLevel[AwardLevel.PROVINCE] ?? 0),
    numberVi(c.byLevel[AwardLevel.GRASSROOTS] ?? 0),
    numberVi(c.byRecipientKind[RecipientKind.COLLECTIVE] ?? 0),
    numberVi(c.byRecipientKind[RecipientKind.INDIVIDUAL] ?? 0),
    numberVi(c.directWorkers),
    numberVi(c.women),
    numberVi(c.ethnicMinority),
    numberVi(previous),
  ];
  return [
    ...s.provinces.map((p) => row(p.provinceName, p.commendations, p.previous.commendations.total)),
    row('Toàn Cụm', s.cluster.commendations, s.cluster.previous.commendations.total),
  ];
}

const COMMENDATION_HEAD = [
  'Tỉnh',
  'Tổng số',
  'Nhà nước',
  'Chính phủ, TTg',
  'Cấp tỉnh',
  'Cơ sở',
  'Tập thể',
  'Cá nhân',
  'LĐ trực tiếp',
  'Nữ',
  'DTTS',
  'Cùng kỳ',
];

function pledgeTable(report: ReportView): Table {
  const s = report.statistics;
  const rate = (r: number | null) => (r === null ? '-' : percentVi(r));
  const rows = s.provinces.map((p) => [
    p.provinceName,
    `${p.pledge.criteria.filter((c) => c.rate !== null && c.rate >= 1).length}/${p.pledge.criteria.length}`,
    rate(p.pledge.averageRate),
  ]);
  rows.push(['Toàn Cụm', '', rate(s.cluster.pledge.averageRate)]);
  return grid(['Tỉnh', 'Tiêu chí đạt', 'Tỷ lệ bình quân'], rows);
}

/** FY reports: the score table with the ranking (Table 3) and each vote's result (Table 4), spec §9. */
export function yearEndBlocks(report: ReportView): Array<Paragraph | Table> {
  const y = report.statistics.yearEnd;
  if (!y) return [];
  const out: Array<Paragraph | Table> = [];
  const points = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
  if (y.sheet && y.scores.length) {
    const items = [...y.sheet.criteria, ...y.sheet.bonuses, ...y.sheet.deductions];
    out.push(
      body(`Bảng 3. Kết quả chấm điểm, xếp hạng thi đua năm ${report.year} (tối đa ${points(y.sheet.maxTotal)} điểm)`, { italics: true }),
      grid(
        ['Tỉnh', ...items.map((i) => i.code), 'Tự chấm', 'Tổng điểm', 'Xếp hạng'],
        y.scores.map((r) => [
          r.provinceName,
          ...items.map((i) => points(r.items[i.code] ?? 0)),
          points(r.selfTotal),
          points(r.total),
          String(r.rank),
        ]),
        false,
      ),
      body(
        `Ghi chú: ${items.map((i) => `${i.code} — ${i.name} (tối đa ${points(i.maxPoints)})`).join('; ')}; các mục điểm trừ được trừ vào tổng điểm.`,
        { size: 22 },
      ),
    );
  }
  for (const v of y.votes.filter((x) => x.status === 'CLOSED')) {
    const names = v.tally.filter((r) => r.elected).map((r) => r.provinceName);
    out.push(
      body(`Bảng 4. Kết quả bình xét, suy tôn: ${v.title}`, { italics: true }),
      grid(
        ['Tỉnh', 'Số phiếu', 'Tỷ lệ', 'Kết quả'],
        v.tally.map((r) => [r.provinceName, numberVi(r.votes), percentVi(r.share), r.elected ? 'Được suy tôn' : '']),
        false,
      ),
      body(
        `${numberVi(v.cast ?? 0)}/${numberVi(v.eligible)} tỉnh bỏ phiếu (${v.quorumMet ? 'đủ' : 'không đủ'} số phiếu tối thiểu); ` +
          (names.length ? `Cụm suy tôn, đề nghị ${v.awardTypeName} cho: ${names.join(', ')}.` : 'không có đơn vị nào được suy tôn.'),
      ),
    );
  }
  return out;
}

function signature(ctx: DocxContext): Table {
  const recipients = [
    plain('Nơi nhận:', { bold: true, italics: true, size: 24 }),
    plain('- Ban Thi đua - Khen thưởng Trung ương;', { size: 22 }),
    plain('- Hội đồng Thi đua - Khen thưởng các tỉnh trong Cụm;', { size: 22 }),
    plain('- Sở Nội vụ các tỉnh trong Cụm;', { size: 22 }),
    plain('- Lưu: VT, CTĐ.', { size: 22 }),
  ];
  const signer = [
    centered('TM. CỤM THI ĐUA', { bold: true }),
    centered('CỤM TRƯỞNG', { bold: true }),
    centered(''),
    centered(''),
    centered(''),
    centered(ctx.signerName ?? '', { bold: true }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(recipients, 50), cell(signer, 50)] })],
  });
}

/** Lines of a section's text become paragraphs; list lines ("- …") keep the same indent. */
function sectionParagraphs(text: string): Paragraph[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => body(l));
}

/** The report as a Vietnamese administrative document (Decree 30/2020/NĐ-CP). */
export function buildReportDocx(report: ReportView, ctx: DocxContext): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [header(report, ctx), centered('', {}, 240)];
  children.push(centered('BÁO CÁO', { bold: true }));
  children.push(centered(reportSummaryVi(report.year, report.period), { bold: true }));
  children.push(centered('――――――――', { size: 20 }, 240));
  // A report to a superior body names it at the top (Decree 30/2020, Appendix I).
  children.push(centered('Kính gửi: Ban Thi đua - Khen thưởng Trung ương', {}, 240));
  let partOpened = false;
  for (const s of report.sections) {
    if (s.key.startsWith('results.') && !partOpened) {
      children.push(body(RESULTS_PART_TITLE, { bold: true }));
      partOpened = true;
    }
    children.push(body(s.title, { bold: true }));
    children.push(...sectionParagraphs(s.text));
    if (s.key === 'results.pledge' && report.statistics.cluster.pledge.criteria.length) {
      children.push(body('Bảng 2. Kết quả thực hiện giao ước thi đua của các tỉnh', { italics: true }), pledgeTable(report));
    }
    if (s.key === 'results.commendations') {
      children.push(
        body('Bảng 1. Số lượng khen thưởng trong kỳ của các tỉnh', { italics: true }),
        grid(COMMENDATION_HEAD, commendationTableRows(report)),
      );
      children.push(...yearEndBlocks(report));
    }
  }
  children.push(centered('', {}, 240), signature(ctx));

  return decree30Document({ creator: ctx.clusterName, title: `Báo cáo ${reportSummaryVi(report.year, report.period)}` }, children);
}

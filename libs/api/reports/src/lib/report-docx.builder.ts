import { AwardLevel, RecipientKind, ReportView } from '@tdkt/shared/contracts';
import { numberVi, partTitleBefore, percentVi, placeDateLineVi, pledgeScore, reportSummaryVi, scoreVi } from '@tdkt/shared/domain';
import { decree30Document } from '@tdkt/api/docx';
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/** What the document needs besides the report: who issues and signs it, and where (the cluster's settings first). */
export interface DocxContext {
  clusterName: string;
  /** The parent body line above the cluster, e.g. "UBND TỈNH TUYÊN QUANG", "UBND THÀNH PHỐ HÀ NỘI". */
  issuingBody: string;
  /** Place of the date line: where the chair province's government sits. */
  place: string;
  /** The symbol after the number, e.g. "BC-CTĐ". */
  documentSymbol: string;
  signerName: string | null;
  /** The signer's position line, e.g. "Phó Chủ tịch UBND tỉnh Tuyên Quang"; printed in capitals. */
  signerTitle: string | null;
  /** Date of the date line; blank dots while the report is a draft. */
  issuedOn: string | null;
}

/** Decree 30/2020/NĐ-CP, Appendix I: Times New Roman, A4, margins 20/20/30/15 mm, body 14 pt, indent 1.27 cm. */
export const DOCX_LAYOUT = {
  font: 'Times New Roman',
  bodySize: 28,
  pageWidth: 11906,
  pageHeight: 16838,
  margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 },
  firstLineIndent: 720,
  /** Text width: page width less the left and right margins (twips). */
  textWidth: 11906 - 1701 - 1134,
} as const;

/**
 * Fixed column widths in twips: LibreOffice ignores percentages without a grid and squeezed the columns, wrapping the
 * motto and breaking names inside words. Header: issuing body 6 cm, national title and motto 10 cm.
 */
const HEADER_COLUMNS = [3402, DOCX_LAYOUT.textWidth - 3402];
/** Bảng of commendations: the member's name 3 cm, eleven figures sharing the rest (1.18 cm each). */
const NAME_COLUMN = 1701;
/** Narrow cell margins (1 mm) in the statistics tables, so each header word ("Tổng", "Chính", "DTTS") fits its column. */
const GRID_MARGINS = { left: 57, right: 57, top: 0, bottom: 0 };

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

type RunStyle = { bold?: boolean; italics?: boolean; size?: number; underline?: boolean };

function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: DOCX_LAYOUT.font,
    size: style.size ?? DOCX_LAYOUT.bodySize,
    bold: style.bold,
    italics: style.italics,
    underline: style.underline ? {} : undefined,
  });
}

function centered(text: string, style: RunStyle = {}, after = 0, keep = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after },
    keepNext: keep,
    keepLines: keep,
    children: [run(text, style)],
  });
}

function body(text: string, style: RunStyle = {}, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: DOCX_LAYOUT.firstLineIndent },
    spacing: { before: 0, after: 120, line: 312 },
    keepNext,
    children: [run(text, style)],
  });
}

function plain(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({ spacing: { after: 0 }, keepLines: true, children: [run(text, style)] });
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children });
}

/** A table of fixed column widths (twips) spanning the text width. */
function fixedTable(columnWidths: number[], rows: TableRow[], borders?: typeof NO_BORDERS, margins?: typeof GRID_MARGINS): Table {
  return new Table({
    width: { size: DOCX_LAYOUT.textWidth, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders,
    margins,
    rows,
  });
}

/** Issuing body and national motto side by side, then the number and the place-date line on one row. */
function header(report: ReportView, ctx: DocxContext): Table {
  const [leftWidth, rightWidth] = HEADER_COLUMNS;
  const left = [
    centered(ctx.issuingBody.toUpperCase(), { size: 24 }),
    centered(ctx.clusterName.toUpperCase(), { bold: true, size: 24 }),
    centered('―――――――', { size: 20 }),
  ];
  // The national title in 12 pt and the motto in 14 pt (Decree 30/2020: 12–13 and 13–14) each fit one line of the 10 cm column.
  const right = [
    centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 24 }),
    centered('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 28, underline: true }),
  ];
  return fixedTable(
    HEADER_COLUMNS,
    [
      new TableRow({ children: [cell(left, leftWidth), cell(right, rightWidth)] }),
      new TableRow({
        children: [
          cell([centered(`Số: …/${ctx.documentSymbol}`, { size: 26 })], leftWidth),
          cell([centered(placeDateLineVi(ctx.place, ctx.issuedOn, report.year), { italics: true, size: 28 })], rightWidth),
        ],
      }),
    ],
    NO_BORDERS,
  );
}

function grid(head: string[], rows: string[][], columnWidths: number[]): Table {
  const line = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: columnWidths[i], type: WidthType.DXA },
            children: [
              // Figures 10 pt, the header 9 pt bold.
              new Paragraph({
                alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
                children: [run(text, { size: bold && head.includes(text) ? 18 : 20, bold })],
              }),
            ],
          }),
      ),
    });
  return fixedTable(columnWidths, [line(head, true), ...rows.map((r, i) => line(r, i === rows.length - 1))], undefined, GRID_MARGINS);
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
    // The previous year not on record at all: a dash, not a zero the data does not hold.
    s.cluster.previous.known === false ? '—' : numberVi(previous),
  ];
  return [
    ...s.provinces.map((p) => row(p.provinceName, p.commendations, p.previous.commendations.total)),
    row('Toàn Cụm', s.cluster.commendations, s.cluster.previous.commendations.total),
  ];
}

const COMMENDATION_HEAD = [
  'Tỉnh, thành phố',
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

/** Each member's pledge: criteria met, and points on the criteria's maximum scores. */
function pledgeTable(report: ReportView): Table {
  const s = report.statistics;
  const max = s.cluster.pledge.criteria.reduce((a, c) => a + c.maxScore, 0);
  const points = (criteria: ReadonlyArray<{ maxScore: number; rate: number | null }>) => {
    const score = pledgeScore(criteria);
    return score ? `${scoreVi(score.points)}/${scoreVi(max)}` : '-';
  };
  const rows = s.provinces.map((p) => [
    p.provinceName,
    `${p.pledge.criteria.filter((c) => c.rate !== null && c.rate >= 1).length}/${p.pledge.criteria.length}`,
    points(p.pledge.criteria),
  ]);
  rows.push(['Toàn Cụm', '', points(s.cluster.pledge.criteria.map((c) => ({ maxScore: c.maxScore, rate: c.averageRate })))]);
  const rest = DOCX_LAYOUT.textWidth - 3402;
  return grid(['Tỉnh, thành phố', 'Tiêu chí đạt', 'Điểm giao ước'], rows, [3402, Math.floor(rest / 2), Math.ceil(rest / 2)]);
}

/** Column widths (twips): the member's name, then `figures` equal columns over the rest of the text width. */
function nameAndFigures(figures: number): number[] {
  const rest = DOCX_LAYOUT.textWidth - NAME_COLUMN;
  return [NAME_COLUMN, ...Array.from({ length: figures }, (_, i) => Math.floor(rest / figures) + (i < rest % figures ? 1 : 0))];
}

/** FY reports: the score table with the ranking (Table 3) and each vote's result (Table 4), spec §9. */
export function yearEndBlocks(report: ReportView, caption: (text: string) => Paragraph): Array<Paragraph | Table> {
  const y = report.statistics.yearEnd;
  if (!y) return [];
  const out: Array<Paragraph | Table> = [];
  const points = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
  if (y.sheet && y.scores.length) {
    const items = [...y.sheet.criteria, ...y.sheet.bonuses, ...y.sheet.deductions];
    out.push(
      caption(`Kết quả chấm điểm, xếp hạng thi đua năm ${report.year} (tối đa ${points(y.sheet.maxTotal)} điểm)`),
      grid(
        ['Tỉnh', ...items.map((i) => i.code), 'Tự chấm', 'Tổng điểm', 'Xếp hạng'],
        y.scores.map((r) => [
          r.provinceName,
          ...items.map((i) => points(r.items[i.code] ?? 0)),
          points(r.selfTotal),
          points(r.total),
          String(r.rank),
        ]),
        nameAndFigures(items.length + 3),
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
      caption(`Kết quả bình xét, suy tôn: ${v.title}`),
      grid(
        ['Tỉnh', 'Số phiếu', 'Tỷ lệ', 'Kết quả'],
        v.tally.map((r) => [r.provinceName, numberVi(r.votes), percentVi(r.share), r.elected ? 'Được suy tôn' : '']),
        nameAndFigures(3),
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
    plain('- Hội đồng Thi đua - Khen thưởng các tỉnh, thành phố trong Cụm;', { size: 22 }),
    plain('- Sở Nội vụ các tỉnh, thành phố trong Cụm;', { size: 22 }),
    plain('- Lưu: VT, CTĐ.', { size: 22 }),
  ];
  // Authority, position and name stay together, and with the table row they sit in (cantSplit), on one page.
  const signer = [
    centered('TM. CỤM THI ĐUA', { bold: true }, 0, true),
    centered('CỤM TRƯỞNG', { bold: true }, 0, true),
    centered((ctx.signerTitle ?? '').toUpperCase(), { bold: true }, 0, true),
    centered('', {}, 0, true),
    centered('', {}, 0, true),
    centered('', {}, 0, true),
    centered(ctx.signerName ?? '', { bold: true }, 0, true),
  ];
  const half = Math.floor(DOCX_LAYOUT.textWidth / 2);
  return fixedTable(
    [half, DOCX_LAYOUT.textWidth - half],
    [new TableRow({ cantSplit: true, children: [cell(recipients, half), cell(signer, DOCX_LAYOUT.textWidth - half)] })],
    NO_BORDERS,
  );
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
  // A báo cáo carries no "Kính gửi" line (Decree 30/2020, Appendix I: that line is for submissions and letters).
  const commendationColumns = [
    NAME_COLUMN,
    ...Array.from(
      { length: 11 },
      (_, i) => Math.floor((DOCX_LAYOUT.textWidth - NAME_COLUMN) / 11) + (i < (DOCX_LAYOUT.textWidth - NAME_COLUMN) % 11 ? 1 : 0),
    ),
  ];
  // Tables are numbered in the order they appear.
  let tables = 0;
  const caption = (text: string) => body(`Bảng ${++tables}. ${text}`, { italics: true }, true);
  report.sections.forEach((s, n) => {
    const part = partTitleBefore(
      s.key,
      report.sections.slice(0, n).map((x) => x.key),
      s.title,
    );
    if (part) children.push(body(part, { bold: true }, true));
    children.push(body(s.title, { bold: true }, true));
    children.push(...sectionParagraphs(s.text));
    if (s.key === 'results.pledge' && report.statistics.cluster.pledge.criteria.length) {
      children.push(caption('Kết quả thực hiện giao ước thi đua của các tỉnh, thành phố'), pledgeTable(report));
    }
    if (s.key === 'results.commendations') {
      children.push(
        caption('Số lượt khen thưởng trong kỳ của các tỉnh, thành phố'),
        grid(COMMENDATION_HEAD, commendationTableRows(report), commendationColumns),
      );
      children.push(...yearEndBlocks(report, caption));
    }
  });
  children.push(centered('', {}, 240, true), signature(ctx));

  return decree30Document({ creator: ctx.clusterName, title: `Báo cáo ${reportSummaryVi(report.year, report.period)}` }, children);
}

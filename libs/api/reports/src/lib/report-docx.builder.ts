import { AwardLevel, RecipientKind, ReportView } from '@tdkt/shared/contracts';
import { RESULTS_PART_TITLE, numberVi, percentVi, placeDateLineVi, reportSummaryVi } from '@tdkt/shared/domain';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/** What the document needs besides the report: who issues and signs it, and where. */
export interface DocxContext {
  clusterName: string;
  /** The chair province, parent of the issuing body and place of the date line. */
  chairProvinceName: string;
  signerName: string | null;
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
} as const;

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

function centered(text: string, style: RunStyle = {}, after = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: [run(text, style)] });
}

function body(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: DOCX_LAYOUT.firstLineIndent },
    spacing: { before: 0, after: 120, line: 312 },
    children: [run(text, style)],
  });
}

function plain(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({ spacing: { after: 0 }, children: [run(text, style)] });
}

function cell(children: Paragraph[], widthPct: number): TableCell {
  return new TableCell({ width: { size: widthPct, type: WidthType.PERCENTAGE }, children });
}

/** Issuing body and national motto side by side, then the number and the place-date line on one row. */
function header(report: ReportView, ctx: DocxContext): Table {
  const left = [
    centered(`UBND TỈNH ${ctx.chairProvinceName.toUpperCase()}`, { size: 26 }),
    centered(ctx.clusterName.toUpperCase(), { bold: true, size: 26 }),
    centered('―――――――', { size: 20 }),
  ];
  const right = [
    centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 26 }),
    centered('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 28, underline: true }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({ children: [cell(left, 42), cell(right, 58)] }),
      new TableRow({
        children: [
          cell([centered('Số: …/BC-CTĐ', { size: 26 })], 42),
          cell([centered(placeDateLineVi(ctx.chairProvinceName, ctx.issuedOn, report.year), { italics: true, size: 28 })], 58),
        ],
      }),
    ],
  });
}

function grid(head: string[], rows: string[][]): Table {
  const line = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (text, i) =>
          new TableCell({
            children: [
              new Paragraph({ alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.CENTER, children: [run(text, { size: 22, bold })] }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [line(head, true), ...rows.map((r, i) => line(r, i === rows.length - 1))],
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
    // The previous year not on record at all: a dash, not a zero the data does not hold.
    s.cluster.previous.known === false ? '—' : numberVi(previous),
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
    }
  }
  children.push(centered('', {}, 240), signature(ctx));

  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: DOCX_LAYOUT.font, size: DOCX_LAYOUT.bodySize })],
      }),
    ],
  });
  const doc = new Document({
    creator: ctx.clusterName,
    title: `Báo cáo ${reportSummaryVi(report.year, report.period)}`,
    styles: { default: { document: { run: { font: DOCX_LAYOUT.font, size: DOCX_LAYOUT.bodySize } } } },
    sections: [
      {
        properties: {
          // Page 1 carries no number (Decree 30/2020, Appendix I).
          titlePage: true,
          page: {
            size: { width: DOCX_LAYOUT.pageWidth, height: DOCX_LAYOUT.pageHeight },
            margin: { ...DOCX_LAYOUT.margin, header: 567, footer: 567 },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

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
export const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

export type RunStyle = { bold?: boolean; italics?: boolean; size?: number; underline?: boolean };

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: DOCX_LAYOUT.font,
    size: style.size ?? DOCX_LAYOUT.bodySize,
    bold: style.bold,
    italics: style.italics,
    underline: style.underline ? {} : undefined,
  });
}

export function centered(text: string, style: RunStyle = {}, after = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: [run(text, style)] });
}

export function body(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: DOCX_LAYOUT.firstLineIndent },
    spacing: { before: 0, after: 120, line: 312 },
    children: [run(text, style)],
  });
}

export function plain(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({ spacing: { after: 0 }, children: [run(text, style)] });
}

export function cell(children: Paragraph[], widthPct: number): TableCell {
  return new TableCell({ width: { size: widthPct, type: WidthType.PERCENTAGE }, children });
}

/** What the header of an administrative document names. */
export interface OfficialHeader {
  /** The body above the issuer, e.g. "UBND TỈNH TUYÊN QUANG". */
  parentBody: string;
  /** The issuer, e.g. the cluster's name. */
  issuer: string;
  /** Number and symbol, e.g. "Số: …/BB-CTĐ". */
  number: string;
  /** Place and date line, e.g. "Tuyên Quang, ngày 15 tháng 01 năm 2025". */
  placeDate: string;
}

/** Issuing body and national motto side by side, then the number and the place-date line on one row. */
export function officialHeader(h: OfficialHeader): Table {
  const left = [
    centered(h.parentBody.toUpperCase(), { size: 26 }),
    centered(h.issuer.toUpperCase(), { bold: true, size: 26 }),
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
        children: [cell([centered(h.number, { size: 26 })], 42), cell([centered(h.placeDate, { italics: true, size: 28 })], 58)],
      }),
    ],
  });
}

/** A bordered table: a bold header row, then the rows; `boldLast` for a total line. */
export function grid(head: string[], rows: string[][], boldLast = true): Table {
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
    rows: [line(head, true), ...rows.map((r, i) => line(r, boldLast && i === rows.length - 1))],
  });
}

/** An A4 document in the Decree 30 layout: pages numbered at the top from page 2. */
export function decree30Document(meta: { creator: string; title: string }, children: Array<Paragraph | Table>): Promise<Buffer> {
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: DOCX_LAYOUT.font, size: DOCX_LAYOUT.bodySize })],
      }),
    ],
  });
  const doc = new Document({
    creator: meta.creator,
    title: meta.title,
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

import { todayInVietnam } from '@tdkt/shared/util-text';
import type { MeetingView, ReportView } from '@tdkt/shared/contracts';
import { numberVi, partTitleBefore, percentVi, placeDateLineVi, provinceCommitteeVi, reportSummaryVi } from '@tdkt/shared/domain';
import { chairProvinceName, commendationRows, pledgeProvinceRows } from './report-figures';

/**
 * The fixed wording of the report as an administrative document (Decree 30/2020/NĐ-CP). The document is
 * Vietnamese whatever the interface language, like its sections and the .docx the API builds.
 */
export const DOCUMENT_TEXT = {
  motto: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  mottoLine: 'Độc lập - Tự do - Hạnh phúc',
  number: 'Số: …/BC-CTĐ',
  kind: 'BÁO CÁO',
  recipientsHead: 'Nơi nhận:',
  recipients: [
    '- Ban Thi đua - Khen thưởng Trung ương;',
    '- Hội đồng Thi đua - Khen thưởng các tỉnh trong Cụm;',
    '- Sở Nội vụ các tỉnh trong Cụm;',
    '- Lưu: VT, CTĐ.',
  ],
  signFor: 'TM. CỤM THI ĐUA',
  signerTitle: 'CỤM TRƯỞNG',
  table1: 'Bảng 1. Số lượng khen thưởng trong kỳ của các tỉnh',
  table1Head: [
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
  ],
  table2: 'Bảng 2. Kết quả thực hiện giao ước thi đua của các tỉnh',
  table2Head: ['Tỉnh', 'Tiêu chí đạt', 'Tỷ lệ bình quân'],
  clusterTotal: 'Toàn Cụm',
} as const;

export interface PrintTable {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
}

export interface PrintSection {
  readonly key: string;
  /** "I. KẾT QUẢ…" before the first subsection of part I. */
  readonly partTitle: string | null;
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly table: PrintTable | null;
}

export interface PrintDocument {
  readonly issuer: string;
  readonly cluster: string;
  readonly placeDate: string;
  readonly summary: string;
  readonly sections: readonly PrintSection[];
  readonly signer: string;
}

function commendationTable(r: ReportView): PrintTable {
  const rows = commendationRows(r.statistics).map((row) => [
    row.isTotal ? DOCUMENT_TEXT.clusterTotal : row.name,
    ...[row.total, ...row.levels, row.collective, row.individual, row.directWorkers, row.women, row.ethnicMinority, row.previous].map(
      numberVi,
    ),
  ]);
  return { caption: DOCUMENT_TEXT.table1, head: DOCUMENT_TEXT.table1Head, rows };
}

function pledgeTable(r: ReportView): PrintTable {
  const rate = (v: number | null) => (v === null ? '-' : percentVi(v));
  const rows = pledgeProvinceRows(r.statistics).map((p) => [p.name, `${p.achieved}/${p.criteria}`, rate(p.averageRate)]);
  rows.push([DOCUMENT_TEXT.clusterTotal, '', rate(r.statistics.cluster.pledge.averageRate)]);
  return { caption: DOCUMENT_TEXT.table2, head: DOCUMENT_TEXT.table2Head, rows };
}

/** The report laid out as the .docx lays it out: header, title, sections with tables 1 and 2, signature. */
export function printDocument(r: ReportView, meeting: MeetingView | null): PrintDocument {
  const chair = chairProvinceName(r.statistics) ?? '…';
  const sections = r.sections.map((s, n): PrintSection => {
    const table =
      s.key === 'results.commendations'
        ? commendationTable(r)
        : s.key === 'results.pledge' && r.statistics.cluster.pledge.criteria.length
          ? pledgeTable(r)
          : null;
    return {
      key: s.key,
      partTitle: partTitleBefore(
        s.key,
        r.sections.slice(0, n).map((x) => x.key),
        s.title,
      ),
      title: s.title,
      paragraphs: s.text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
      table,
    };
  });
  return {
    issuer: provinceCommitteeVi(chair, r.statistics.provinces.find((p) => p.provinceName === chair)?.provinceKind),
    cluster: r.clusterName.toUpperCase(),
    placeDate: placeDateLineVi(chair, r.finalizedAt ? todayInVietnam(new Date(r.finalizedAt)) : null, r.year),
    summary: reportSummaryVi(r.year, r.period),
    sections,
    signer: meeting?.chairName ?? '',
  };
}

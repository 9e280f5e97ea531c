import {
  AwardLevel,
  CommendationKind,
  MovementLauncher,
  MovementScope,
  RecipientClass,
  RecipientKind,
  ReportView,
} from '@tdkt/shared/contracts';
import { periodLabelVi } from '@tdkt/shared/domain';
import ExcelJS from 'exceljs';

/** Sheet names, also read back by the tests. */
export const XLSX_SHEETS = {
  commendations: 'Khen thưởng theo tỉnh',
  pledge: 'Giao ước thi đua',
  form0601: '0601 Phong trào thi đua',
  form0602: '0602 Khen thưởng cấp NN',
  form0603: '0603 Khen thưởng cấp tỉnh',
  yearEnd: 'Chấm điểm, xếp hạng',
} as const;

const LAUNCHERS: Record<string, string> = {
  [MovementLauncher.PRIME_MINISTER]: 'Thủ tướng Chính phủ',
  [MovementLauncher.PROVINCE]: 'Tỉnh',
  [MovementLauncher.CLUSTER]: 'Cụm thi đua',
  [MovementLauncher.OTHER]: 'Khác',
};
const SCOPES: Record<string, string> = {
  [MovementScope.NATIONAL]: 'Toàn quốc',
  [MovementScope.CLUSTER]: 'Cụm, khối thi đua',
  [MovementScope.PROVINCE]: 'Địa phương',
};

/** Duration class of form 0601: under 1 year, 1 year, 1–3, 3–5, 5 years or more. */
export function durationClass(startsOn: string, endsOn: string | null): string {
  if (!endsOn) return 'Không xác định';
  const years = (Date.parse(endsOn) - Date.parse(startsOn)) / (365.25 * 24 * 3600 * 1000);
  if (years < 0.95) return 'Dưới 1 năm';
  if (years < 1.05) return '1 năm';
  if (years < 3) return 'Từ 1 đến dưới 3 năm';
  if (years < 5) return 'Từ 3 đến dưới 5 năm';
  return 'Từ 5 năm trở lên';
}

function titled(wb: ExcelJS.Workbook, name: string, title: string, head: string[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.addRow([title]).font = { bold: true, size: 13 };
  ws.addRow([]);
  const h = ws.addRow(head);
  h.font = { bold: true };
  h.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  ws.columns.forEach((c, i) => (c.width = i === 0 ? 42 : 14));
  return ws;
}

function totalRow(ws: ExcelJS.Worksheet, values: Array<string | number>): void {
  ws.addRow(values).font = { bold: true };
}

/** The statistics tables and the Ministry of Home Affairs forms 0601, 0602 and 0603 (TT 02/2023/TT-BNV). */
export async function buildReportXlsx(report: ReportView): Promise<Buffer> {
  const s = report.statistics;
  const label = `${report.clusterName} — ${periodLabelVi(report.year, report.period)} (${report.from} – ${report.to})`;
  const wb = new ExcelJS.Workbook();
  wb.creator = report.clusterName;

  const levels = [AwardLevel.STATE, AwardLevel.GOVERNMENT, AwardLevel.PROVINCE, AwardLevel.GRASSROOTS];
  const kinds = [RecipientKind.COLLECTIVE, RecipientKind.INDIVIDUAL, RecipientKind.HOUSEHOLD];
  const ws1 = titled(wb, XLSX_SHEETS.commendations, `Số lượng khen thưởng — ${label}`, [
    'Tỉnh',
    'Mã tỉnh',
    'Tổng số',
    'Cấp Nhà nước',
    'Chính phủ, Thủ tướng CP',
    'Cấp tỉnh',
    'Cấp cơ sở',
    'Tập thể',
    'Cá nhân',
    'Hộ gia đình',
    'Người lao động trực tiếp',
    'Nữ',
    'Dân tộc thiểu số',
    'Cùng kỳ năm trước',
    'Tăng, giảm',
  ]);
  const figures = (c: ReportView['statistics']['cluster']['commendations'], previous: number) => [
    c.total,
    ...levels.map((l) => c.byLevel[l] ?? 0),
    ...kinds.map((k) => c.byRecipientKind[k] ?? 0),
    c.directWorkers,
    c.women,
    c.ethnicMinority,
    previous,
    c.total - previous,
  ];
  for (const p of s.provinces) ws1.addRow([p.provinceName, p.provinceCode, ...figures(p.commendations, p.previous.commendations.total)]);
  totalRow(ws1, ['Toàn Cụm', '', ...figures(s.cluster.commendations, s.cluster.previous.commendations.total)]);

  const ws2 = titled(wb, XLSX_SHEETS.pledge, `Kết quả thực hiện giao ước thi đua — ${label}`, [
    'Tỉnh',
    'Mã tiêu chí',
    'Tiêu chí',
    'Đơn vị',
    'Chỉ tiêu',
    'Kết quả',
    'Tỷ lệ đạt (%)',
  ]);
  for (const p of s.provinces) {
    for (const c of p.pledge.criteria) {
      ws2.addRow([
        p.provinceName,
        c.code,
        c.name,
        c.unit ?? '',
        c.targetValue ?? '',
        c.actualValue ?? '',
        c.rate === null ? '' : Math.round(c.rate * 1000) / 10,
      ]);
    }
  }

  const ws3 = titled(wb, XLSX_SHEETS.form0601, `Biểu 0601: Số phong trào thi đua — ${label}`, [
    'Tên phong trào',
    'Cấp phát động',
    'Phạm vi',
    'Thời gian',
    'Hình thức',
    'Số tỉnh báo cáo',
    'Phong trào cụ thể',
    'Mô hình',
    'Lượt người tham gia',
  ]);
  for (const m of s.cluster.movements.items) {
    ws3.addRow([
      m.name,
      LAUNCHERS[m.launchedBy] ?? m.launchedBy,
      SCOPES[m.scope] ?? m.scope,
      durationClass(m.startsOn, m.endsOn),
      m.endsOn && durationClass(m.startsOn, m.endsOn) === 'Dưới 1 năm' ? 'Theo đợt, chuyên đề' : 'Thường xuyên',
      m.provincesReporting,
      m.subMovementsLaunched,
      m.modelsBuilt,
      m.participants,
    ]);
  }
  totalRow(ws3, [
    `Tổng số: ${s.cluster.movements.count} phong trào`,
    '',
    '',
    '',
    '',
    '',
    s.cluster.movements.subMovementsLaunched,
    s.cluster.movements.modelsBuilt,
    s.cluster.movements.participants,
  ]);

  const central = s.awardTypes.filter((a) => a.level === AwardLevel.STATE || a.level === AwardLevel.GOVERNMENT);
  const ws4 = titled(wb, XLSX_SHEETS.form0602, `Biểu 0602: Khen thưởng cấp Nhà nước — ${label}`, [
    'Hình thức khen thưởng',
    'Mã',
    'Tổng số',
    'Tập thể',
    'Cá nhân',
    'Hộ gia đình',
  ]);
  const by = (a: (typeof central)[number]) => [a.total, ...kinds.map((k) => a.byRecipientKind[k] ?? 0)];
  for (const a of central) ws4.addRow([a.name, a.code, ...by(a)]);
  totalRow(ws4, ['Tổng số', '', ...[0, 1, 2, 3].map((i) => central.reduce((sum, a) => sum + by(a)[i], 0))]);

  const provincial = s.awardTypes.filter((a) => a.level === AwardLevel.PROVINCE);
  const classes = [
    RecipientClass.LEADER,
    RecipientClass.MANAGER,
    RecipientClass.ENTREPRENEUR,
    RecipientClass.DIRECT_WORKER,
    RecipientClass.OTHER,
  ];
  const methods = [
    CommendationKind.REGULAR,
    CommendationKind.THEMATIC,
    CommendationKind.EXTRAORDINARY,
    CommendationKind.FOREIGN,
    CommendationKind.CONTRIBUTION,
    CommendationKind.SENIORITY,
    CommendationKind.RESISTANCE,
  ];
  const ws5 = titled(wb, XLSX_SHEETS.form0603, `Biểu 0603: Khen thưởng cấp tỉnh — ${label}`, [
    'Hình thức khen thưởng',
    'Mã',
    'Tổng số',
    'Tập thể',
    'Hộ gia đình',
    'Cá nhân',
    'Lãnh đạo',
    'Quản lý',
    'Doanh nhân',
    'Công nhân, nông dân, người lao động trực tiếp',
    'Khác',
    'Thường xuyên',
    'Chuyên đề',
    'Đột xuất',
    'Đối ngoại',
    'Cống hiến',
    'Niên hạn',
    'Kháng chiến',
  ]);
  const row0603 = (a: (typeof provincial)[number]) => [
    a.total,
    a.byRecipientKind[RecipientKind.COLLECTIVE] ?? 0,
    a.byRecipientKind[RecipientKind.HOUSEHOLD] ?? 0,
    a.byRecipientKind[RecipientKind.INDIVIDUAL] ?? 0,
    ...classes.map((c) => a.byRecipientClass[c] ?? 0),
    ...methods.map((k) => a.byKind[k] ?? 0),
  ];
  for (const a of provincial) ws5.addRow([a.name, a.code, ...row0603(a)]);
  const width = 4 + classes.length + methods.length;
  totalRow(ws5, ['Tổng số', '', ...Array.from({ length: width }, (_, i) => provincial.reduce((sum, a) => sum + row0603(a)[i], 0))]);

  // Annual reports: the year-end review (score table, ranking, votes' results), spec §9.
  const y = s.yearEnd;
  if (y && (y.sheet || y.votes.length)) {
    const items = y.sheet ? [...y.sheet.criteria, ...y.sheet.bonuses, ...y.sheet.deductions] : [];
    const ws6 = titled(wb, XLSX_SHEETS.yearEnd, `Kết quả chấm điểm, xếp hạng và bình xét, suy tôn — ${label}`, [
      'Tỉnh',
      'Mã tỉnh',
      ...items.map((i) => `${i.code} (tối đa ${i.maxPoints})`),
      'Tự chấm',
      'Tổng điểm',
      'Xếp hạng',
    ]);
    for (const r of y.scores)
      ws6.addRow([r.provinceName, r.provinceCode, ...items.map((i) => r.items[i.code] ?? 0), r.selfTotal, r.total, r.rank]);
    for (const v of y.votes.filter((x) => x.status === 'CLOSED')) {
      ws6.addRow([]);
      ws6.addRow([
        `${v.title} — ${v.awardTypeName}: ${v.cast ?? 0}/${v.eligible} phiếu, ${v.quorumMet ? 'đủ' : 'không đủ'} số phiếu tối thiểu`,
      ]).font = { bold: true };
      ws6.addRow(['Tỉnh', 'Mã tỉnh', 'Số phiếu', 'Tỷ lệ', 'Được suy tôn']).font = { bold: true };
      for (const r of v.tally) ws6.addRow([r.provinceName, r.provinceCode, r.votes, r.share, r.elected ? 'Có' : '']);
    }
  }

  return Buffer.from(await wb.xlsx.writeBuffer());
}

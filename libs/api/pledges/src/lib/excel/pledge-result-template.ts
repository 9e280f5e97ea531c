import { SIZE_INSTRUCTION, buildTemplate, commonInstructions } from '@tdkt/api/imports';
import { PERIOD_VI, PLEDGE_RESULT_LAYOUT, PLEDGE_RESULT_SHEET, PledgeResultRow } from './pledge-result-sheet';

/** The template of one pledge's results: its criteria and the caller's member provinces in the dropdowns. */
export function buildPledgeResultTemplate(
  pledge: { clusterCode: string; year: number; criteria: ReadonlyArray<{ code: string; name: string; unit: string | null }> },
  provinceCodes: readonly string[],
): Promise<Buffer> {
  return buildTemplate({
    layout: PLEDGE_RESULT_LAYOUT,
    lists: [
      { field: 'provinceCode', title: 'Mã tỉnh', values: provinceCodes },
      { field: 'criterionCode', title: 'Tiêu chí', values: pledge.criteria.map((c) => c.name) },
      { field: 'period', title: 'Kỳ', values: Object.values(PERIOD_VI) },
    ],
    title: `Hướng dẫn nhập kết quả thực hiện giao ước thi đua năm ${pledge.year} của cụm ${pledge.clusterCode}`,
    instructions: [
      ...commonInstructions(PLEDGE_RESULT_SHEET, 'kết quả (một tỉnh, một tiêu chí, một kỳ)', 'kết quả'),
      'Mỗi tỉnh chỉ có một giá trị cho mỗi tiêu chí và kỳ: dòng trùng trong tệp bị báo lỗi; giá trị đã nhập trước đó được thay bằng giá trị trong tệp.',
      `Tiêu chí của giao ước: ${pledge.criteria.map((c) => `${c.code} – ${c.name}${c.unit ? ` (${c.unit})` : ''}`).join('; ')}.`,
      SIZE_INSTRUCTION,
    ],
    columnHelp: COLUMN_HELP,
  });
}

const COLUMN_HELP: Record<keyof PledgeResultRow, string> = {
  provinceCode: 'Mã tỉnh hai chữ số, ví dụ 08: tỉnh thành viên của cụm trong năm giao ước.',
  criterionCode: 'Chọn tên tiêu chí trong danh sách (hoặc ghi mã tiêu chí, ví dụ TC1).',
  period: `Chọn "${PERIOD_VI.H1}" hoặc "${PERIOD_VI.FY}".`,
  targetValue: 'Chỉ tiêu đăng ký: một số, ví dụ 95 hoặc 12,5 (tiêu chí có/không: Có hoặc Không).',
  actualValue: 'Kết quả thực hiện: một số, ví dụ 95 hoặc 12,5 (tiêu chí có/không: Có hoặc Không).',
  note: 'Ghi chú (nếu có), tối đa 2000 ký tự.',
};

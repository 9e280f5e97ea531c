import { Period, ReportStatus } from '@tdkt/shared/contracts';
import { reportFileName } from './report-documents.service';

describe('reportFileName', () => {
  it('names the kind, year and cluster in ASCII, and marks drafts', () => {
    expect(reportFileName({ period: Period.H1, year: 2024, clusterCode: 'TDMNPB', status: ReportStatus.DRAFT }, 'docx')).toBe(
      'bao-cao-so-ket-6-thang-2024-tdmnpb-du-thao.docx',
    );
    expect(reportFileName({ period: Period.FY, year: 2025, clusterCode: 'TDMNPB', status: ReportStatus.FINAL }, 'xlsx')).toBe(
      'bao-cao-tong-ket-nam-2025-tdmnpb.xlsx',
    );
  });

  it('turns anything but letters and digits in the cluster code into single dashes', () => {
    expect(reportFileName({ period: Period.FY, year: 2024, clusterCode: 'Cụm 5 / ĐBSH', status: ReportStatus.FINAL }, 'docx')).toBe(
      'bao-cao-tong-ket-nam-2024-c-m-5-bsh.docx',
    );
  });
});

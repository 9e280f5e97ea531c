import { BulletinView, MembershipRole, Period, ProvinceKind, ReportStatus, ReportView } from '@tdkt/shared/contracts';
import { DataSource } from 'typeorm';
import { draftBulletin, provinceCommitteeVi } from '@tdkt/shared/domain';
import { Actor } from '@tdkt/api/access';
import { ReferenceLookupService } from '@tdkt/api/database';
import { Injectable } from '@nestjs/common';
import { buildReportDocx } from './report-docx.builder';
import { buildReportXlsx } from './report-xlsx.builder';
import { ReportsService } from './reports.service';

export interface ReportFile {
  file: Buffer;
  name: string;
}

/**
 * A name that tells a chair's downloads apart in one folder: kind, year, cluster, and whether it is
 * still a draft — e.g. bao-cao-so-ket-6-thang-2024-tdmnpb-du-thao.docx (ASCII, so every mail client keeps it).
 */
export function reportFileName(view: Pick<ReportView, 'period' | 'year' | 'clusterCode' | 'status'>, extension: 'docx' | 'xlsx'): string {
  const kind = view.period === Period.H1 ? 'so-ket-6-thang' : 'tong-ket-nam';
  const draft = view.status === ReportStatus.DRAFT ? '-du-thao' : '';
  const cluster = view.clusterCode.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `bao-cao-${kind}-${view.year}-${cluster}${draft}.${extension}`;
}

/**
 * The state office of a meeting chair's title, for the signature's position line: party posts listed before it are
 * not the office the report is signed in ("Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh" → the last part).
 */
export function signerPosition(title: string | null): string | null {
  const parts = (title ?? '').split(/\s*,\s*/).filter(Boolean);
  return parts.length ? parts[parts.length - 1] : null;
}

/** The report's outputs: the administrative document, the statistics workbook, and the news item. */
@Injectable()
export class ReportDocumentsService {
  constructor(
    private readonly reports: ReportsService,
    private readonly reference: ReferenceLookupService,
    private readonly dataSource: DataSource,
  ) {}

  async docx(actor: Actor, id: string): Promise<ReportFile> {
    const r = await this.reports.load(actor, id);
    const chair = r.view.statistics.provinces.find((p) => p.role === MembershipRole.CHAIR);
    // The cluster's settings first; else the chair province's People's Committee and the meeting's chair.
    const file = await buildReportDocx(r.view, {
      clusterName: r.clusterName,
      issuingBody: r.cluster.issuingBody ?? (chair ? provinceCommitteeVi(chair.provinceName, chair.provinceKind) : '…'),
      place: chair?.provinceName ?? '…',
      documentSymbol: r.cluster.documentSymbol ?? 'BC-CTĐ',
      signerName: r.cluster.signerName ?? r.meeting?.chairName ?? null,
      signerTitle: r.cluster.signerTitle ?? signerPosition(r.meeting?.chairTitle ?? null),
      issuedOn: r.finalizedOn,
    });
    return { file, name: reportFileName(r.view, 'docx') };
  }

  async xlsx(actor: Actor, id: string): Promise<ReportFile> {
    const r = await this.reports.load(actor, id);
    return { file: await buildReportXlsx(r.view), name: reportFileName(r.view, 'xlsx') };
  }

  async bulletin(actor: Actor, id: string): Promise<BulletinView> {
    const r = await this.reports.load(actor, id);
    const m = r.meeting;
    const host = m ? await this.reference.provinceById(m.hostProvinceId) : undefined;
    return draftBulletin({
      clusterName: r.clusterName,
      year: r.view.year,
      period: r.view.period,
      statistics: r.view.statistics,
      meeting: m
        ? {
            date: m.date,
            place: m.place,
            hostLabel: host ? `${host.kind === ProvinceKind.CITY ? 'thành phố' : 'tỉnh'} ${host.name}` : '',
            chairName: m.chairName,
            chairTitle: m.chairTitle,
            participants: m.participants,
            examplesHonoured: await this.examplesHonouredAt(m.id),
          }
        : null,
    });
  }

  /** Typical examples honoured at the meeting itself, whatever their date (a 29/7 meeting reviews January–June). */
  private async examplesHonouredAt(meetingId: string): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM typical_examples WHERE honoured_at_meeting_id = $1`, [
      meetingId,
    ]);
    return n;
  }
}

import { BulletinView, MembershipRole, ProvinceKind } from '@tdkt/shared/contracts';
import { draftBulletin } from '@tdkt/shared/domain';
import { Actor } from '@tdkt/api/access';
import { ReferenceLookupService } from '@tdkt/api/database';
import { Injectable } from '@nestjs/common';
import { buildReportDocx } from './report-docx.builder';
import { buildReportXlsx } from './report-xlsx.builder';
import { LoadedReport, ReportsService } from './reports.service';

/** The report's outputs: the administrative document, the statistics workbook, and the news item. */
@Injectable()
export class ReportDocumentsService {
  constructor(
    private readonly reports: ReportsService,
    private readonly reference: ReferenceLookupService,
  ) {}

  async docx(actor: Actor, id: string): Promise<Buffer> {
    const r = await this.reports.load(actor, id);
    return buildReportDocx(r.view, {
      clusterName: r.clusterName,
      chairProvinceName: this.chairProvinceName(r),
      signerName: r.meeting?.chairName ?? null,
      issuedOn: r.finalizedOn,
    });
  }

  async xlsx(actor: Actor, id: string): Promise<Buffer> {
    return buildReportXlsx((await this.reports.load(actor, id)).view);
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
          }
        : null,
    });
  }

  private chairProvinceName(r: LoadedReport): string {
    return r.view.statistics.provinces.find((p) => p.role === MembershipRole.CHAIR)?.provinceName ?? '…';
  }
}

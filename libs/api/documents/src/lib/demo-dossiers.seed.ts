import { CENTRAL_LEVELS, CommendationStatus, DocumentMediaType } from '@tdkt/shared/contracts';
import { DOCUMENT_KIND_LABEL_VI, requiredDocumentKinds } from '@tdkt/shared/domain';
import { SYSTEM_ACTOR } from '@tdkt/api/access';
import { CommendationEntity, DEMO_SEED, DocumentEntity, ReferenceLookupService, SeedRunEntity } from '@tdkt/api/database';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DocumentsService } from './documents.service';
import { minimalPdf } from './minimal-pdf';

export const DEMO_DOSSIERS_SEED = 'demo-dossiers';

/**
 * The demo's central-level proposals carry their dossiers: small generated PDFs naming the recipient, stored
 * through the file store once, on the first start after the demo dataset loads. Submitted and decided proposals
 * hold every required kind; drafts only their submission, so the officer's checklist shows what is still missing.
 */
@Injectable()
export class DemoDossiersSeed implements OnApplicationBootstrap {
  static readonly OPTIONS = 'DemoDossiersOptions';
  private readonly logger = new Logger('Seeds');

  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly documents: DocumentsService,
    @Inject(DemoDossiersSeed.OPTIONS) private readonly options: { enabled: boolean },
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.enabled) return;
    const runs = this.dataSource.getRepository(SeedRunEntity);
    if (!(await runs.findOneBy({ name: DEMO_SEED })) || (await runs.findOneBy({ name: DEMO_DOSSIERS_SEED }))) return;
    const proposals = await this.dataSource
      .getRepository(CommendationEntity)
      .createQueryBuilder('c')
      .innerJoin('c.awardType', 'a')
      .where('c.is_demo AND a.level IN (:...levels)', { levels: CENTRAL_LEVELS })
      .orderBy('c.created_at')
      .addOrderBy('c.id')
      .getMany();
    // Reference look-ups before the transaction: the embedded database has one connection, which the
    // transaction holds, so a first (uncached) look-up inside it would wait for itself.
    const planned = [];
    for (const c of proposals) {
      const award = await this.reference.awardTypeById(c.awardTypeId);
      const province = await this.reference.provinceById(c.provinceId);
      if (!award) continue;
      const required = requiredDocumentKinds({ awardCode: award.code, level: award.level, kind: c.kind, proposedByCluster: !!c.voteId });
      planned.push({ c, award, province, kinds: c.status === CommendationStatus.DRAFT ? required.slice(0, 1) : required });
    }
    let attached = 0;
    await this.dataSource.transaction(async (m) => {
      for (const { c, award, province, kinds } of planned) {
        for (const kind of kinds) {
          const title = `${DOCUMENT_KIND_LABEL_VI[kind]}: ${c.recipientName}`;
          const pdf = minimalPdf(title, [
            `Đề nghị: ${award.name}`,
            `Đối tượng: ${c.recipientName}${c.organization ? `, ${c.organization}` : ''}`,
            `Tỉnh: ${province?.name ?? ''}`,
            `Năm thành tích: ${c.achievementYear ?? ''}`,
            'Tài liệu mẫu do hệ thống tạo cho dữ liệu trình diễn.',
          ]);
          await this.documents.attachSeeded(m, c, kind, `${DOCUMENT_KIND_LABEL_VI[kind]} - ${c.recipientName}.pdf`, DocumentMediaType.PDF, pdf, SYSTEM_ACTOR);
          attached++;
        }
      }
      await m.getRepository(SeedRunEntity).insert({ name: DEMO_DOSSIERS_SEED });
    });
    const total = await this.dataSource.getRepository(DocumentEntity).count();
    this.logger.log(`Demo dossiers: ${attached} generated PDFs on ${proposals.length} central-level proposals (${total} documents)`);
  }
}

import { DocumentMediaType } from '@tdkt/shared/contracts';
import { Actor } from '@tdkt/api/access';
import { DocumentEntity, ReferenceLookupService } from '@tdkt/api/database';
import { Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { contentDisposition } from './content-disposition';
import { DocumentsService } from './documents.service';
import { buildManifest, writeDossierZip } from './dossier-zip';

/** Types a browser may show in the page; DOCX is always downloaded. */
const INLINE_TYPES: string[] = [DocumentMediaType.PDF, DocumentMediaType.JPEG, DocumentMediaType.PNG];

/** The HTTP side of reading a dossier: safe headers on a document's bytes, and the streamed .zip. */
@Injectable()
export class DossierDownloadService {
  private readonly logger = new Logger('Documents');

  constructor(
    private readonly documents: DocumentsService,
    private readonly reference: ReferenceLookupService,
  ) {}

  /**
   * The stored type (found from the bytes), the exact length, a safe file name, `nosniff`, and a CSP that lets the
   * bytes run nothing: sandboxed for images and downloads; a PDF shown inline keeps its viewer (Chrome refuses to
   * render a PDF in a sandboxed document) but may still load nothing and be framed only by the app.
   */
  setContentHeaders(res: Response, document: DocumentEntity, inline: boolean): void {
    const showInline = inline && INLINE_TYPES.includes(document.mediaType);
    res.setHeader('Content-Type', document.mediaType);
    res.setHeader('Content-Length', String(document.size));
    res.setHeader('Content-Disposition', contentDisposition(document.fileName, showInline));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'self'" + (showInline && document.mediaType === DocumentMediaType.PDF ? '' : '; sandbox'));
    res.setHeader('ETag', `"${document.sha256}"`);
  }

  /** Streams one document's bytes; once they have started, a failure (a client gone, a store cut short) ends the response. */
  async sendContent(res: Response, document: DocumentEntity, stream: Readable, inline: boolean): Promise<void> {
    this.setContentHeaders(res, document, inline);
    try {
      await pipeline(stream, res);
    } catch (e) {
      if (!res.headersSent) throw e;
      this.logger.debug(`content of ${document.id} cut short: ${e instanceof Error ? e.message : String(e)}`);
      res.destroy();
    }
  }

  /** Streams the dossier's .zip; a failure once bytes are sent can only cut the response short (logged). */
  async sendZip(actor: Actor, commendationId: string, res: Response): Promise<void> {
    const bundle = await this.documents.bundle(actor, commendationId);
    const c = bundle.commendation;
    const [province, award] = await Promise.all([this.reference.provinceById(c.provinceId), this.reference.awardTypeById(c.awardTypeId)]);
    const manifest = buildManifest(
      bundle,
      {
        id: c.id,
        recipientKind: c.recipientKind,
        recipientName: c.recipientName,
        position: c.position,
        organization: c.organization,
        provinceCode: province?.code ?? '',
        provinceName: province?.name ?? '',
        awardTypeCode: award?.code ?? '',
        awardTypeName: award?.name ?? '',
        kind: c.kind,
        achievementYear: c.achievementYear,
        citation: c.citation,
        status: c.status,
      },
      new Date(),
    );
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', contentDisposition(`Hồ sơ ${c.recipientName}.zip`, false));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    try {
      await writeDossierZip(res, manifest, bundle.documents, (d) => this.documents.open(d));
    } catch (e) {
      this.logger.error(`dossier.zip of ${commendationId} failed: ${e instanceof Error ? e.message : String(e)}`);
      res.destroy(e instanceof Error ? e : undefined);
    }
  }
}

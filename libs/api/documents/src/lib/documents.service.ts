import { CommendationStatus, DocumentKind, DocumentMediaType, DocumentView, DossierView } from '@tdkt/shared/contracts';
import { DOCUMENT_KIND_LABEL_VI, detectMediaType, dossierChecklist, isDossierEditable, missingDocumentsMessage, requiredDocumentKinds } from '@tdkt/shared/domain';
import { Actor, AuditService, ScopeService } from '@tdkt/api/access';
import { CommendationEntity, DocumentEntity, ReferenceLookupService, UserEntity } from '@tdkt/api/database';
import { DomainError } from '@tdkt/api/core';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Readable } from 'node:stream';
import { cleanFileName } from './content-disposition';
import { FILE_STORE, FileStore } from './file-store';

/** An uploaded file as the multipart parser hands it over (bounded by DOCUMENT_MAX_BYTES while streaming). */
export interface UploadedDocument {
  buffer: Buffer;
  originalname?: string;
}

/** The dossier's documents and its checklist, for the .zip and its manifest. */
export interface DossierBundle {
  commendation: CommendationEntity;
  checklist: DossierView;
  documents: DocumentEntity[];
}

/** The documents of a proposal's dossier (§10): scope and status checked here, every add and remove audited. */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceLookupService,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    @Inject(FILE_STORE) private readonly store: FileStore,
  ) {}

  async list(actor: Actor, commendationId: string): Promise<DocumentView[]> {
    await this.findReadable(actor, commendationId);
    return (await this.documentsOf(this.dataSource.manager, commendationId)).map(toView);
  }

  /** `{required, present, missing}`: what the award asks of the dossier against what is attached. */
  async dossier(actor: Actor, commendationId: string): Promise<DossierView> {
    const commendation = await this.findReadable(actor, commendationId);
    return this.checklist(this.dataSource.manager, commendation);
  }

  /** Adds a document the province uploaded: 415 unless the bytes are PDF, DOCX, JPEG or PNG; 409 once submitted. */
  async upload(actor: Actor, commendationId: string, kind: DocumentKind, file: UploadedDocument): Promise<DocumentView> {
    const commendation = await this.findReadable(actor, commendationId);
    await this.scope.assertStaffOf(actor, commendation.provinceId);
    assertEditable(commendation.status);
    const mediaType = detectMediaType(file.buffer);
    if (!mediaType) {
      throw new DomainError('DOCUMENT_UNSUPPORTED_TYPE', 'Chỉ nhận tệp PDF, Word (.docx), JPEG hoặc PNG; nội dung tệp này không phải một trong các loại đó');
    }
    return this.attach(commendationId, kind, cleanFileName(file.originalname, defaultName(kind, mediaType)), mediaType, file.buffer, actor);
  }

  /**
   * Attaches a document the app generated itself (the year-end vote's minutes to its nominations, the demo's
   * dossiers): no caller scope, but the same rules otherwise (the bytes must be `mediaType`, the proposal still
   * DRAFT or RETURNED) and the same audit entry. Given `manager`, the row commits with the caller's transaction.
   */
  async attachGenerated(
    commendationId: string,
    kind: DocumentKind,
    fileName: string,
    mediaType: DocumentMediaType,
    bytes: Buffer,
    actor: Actor,
    manager?: EntityManager,
  ): Promise<DocumentView> {
    if (detectMediaType(bytes) !== mediaType) {
      throw new DomainError('DOCUMENT_UNSUPPORTED_TYPE', `Nội dung tệp ${fileName} không phải ${mediaType}`);
    }
    return this.attach(commendationId, kind, cleanFileName(fileName, defaultName(kind, mediaType)), mediaType, bytes, actor, manager);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const { document, commendation } = await this.findDocument(actor, id);
    await this.scope.assertStaffOf(actor, commendation.provinceId);
    assertEditable(commendation.status);
    await this.dataSource.transaction(async (m) => {
      const locked = await this.lockCommendation(m, commendation.id);
      assertEditable(locked.status);
      const result = await m.createQueryBuilder().delete().from(DocumentEntity).where('id = :id', { id }).execute();
      if (!result.affected) throw notFound();
      await this.audit.record(m, actor, {
        entity: 'document',
        entityId: id,
        action: 'DELETE',
        before: auditable(document),
        provinceId: locked.provinceId,
        year: recordYear(locked),
      });
    });
    // The bytes stay until the orphan sweep: another document may hold the same content, and a rollback none.
  }

  /** The document's metadata and a stream of its bytes, within the record's scope (404 outside it). */
  async content(actor: Actor, id: string): Promise<{ document: DocumentEntity; stream: Readable }> {
    const { document } = await this.findDocument(actor, id);
    return { document, stream: await this.store.get(document.storageKey) };
  }

  /** Everything the .zip holds, within the record's scope. */
  async bundle(actor: Actor, commendationId: string): Promise<DossierBundle> {
    const commendation = await this.findReadable(actor, commendationId);
    const [checklist, documents] = await Promise.all([
      this.checklist(this.dataSource.manager, commendation),
      this.documentsOf(this.dataSource.manager, commendationId),
    ]);
    return { commendation, checklist, documents };
  }

  /** Opens one document's bytes (for the .zip, after `bundle` checked the scope). */
  open(document: DocumentEntity): Promise<Readable> {
    return this.store.get(document.storageKey);
  }

  /**
   * The check `submit` runs in its own transaction (DOSSIER_CHECK): locks the proposal's row, so no document is
   * removed between the check and the status change, then refuses with 409 DOSSIER_INCOMPLETE naming what is missing.
   */
  async assertComplete(m: EntityManager, commendationId: string): Promise<void> {
    const commendation = await this.lockCommendation(m, commendationId);
    const { missing } = await this.checklist(m, commendation);
    if (missing.length) throw new DomainError('DOSSIER_INCOMPLETE', missingDocumentsMessage(missing));
  }

  /** The same check without a caller (the kinds still missing), for tools and seeds. */
  async missingKinds(commendationId: string): Promise<DocumentKind[]> {
    const commendation = await this.dataSource.getRepository(CommendationEntity).findOneByOrFail({ id: commendationId });
    return (await this.checklist(this.dataSource.manager, commendation)).missing;
  }

  /**
   * For the demo seed only: a dossier as it stood when the (already submitted or decided) demo proposal was
   * submitted, so the status is not checked; stored, recorded and audited like any other document.
   */
  async attachSeeded(
    m: EntityManager,
    commendation: CommendationEntity,
    kind: DocumentKind,
    fileName: string,
    mediaType: DocumentMediaType,
    bytes: Buffer,
    actor: Actor,
  ): Promise<DocumentView> {
    return this.attach(commendation.id, kind, cleanFileName(fileName, defaultName(kind, mediaType)), mediaType, bytes, actor, m, false);
  }

  private async attach(
    commendationId: string,
    kind: DocumentKind,
    fileName: string,
    mediaType: DocumentMediaType,
    bytes: Buffer,
    actor: Actor,
    manager?: EntityManager,
    checkStatus = true,
  ): Promise<DocumentView> {
    // The bytes first: a failure after this leaves an orphan the sweep collects, never a row without its bytes.
    const stored = await this.store.put(bytes);
    const write = async (m: EntityManager): Promise<DocumentEntity> => {
      const commendation = await this.lockCommendation(m, commendationId);
      if (checkStatus) assertEditable(commendation.status);
      const user = actor.userId ? await m.getRepository(UserEntity).findOneBy({ id: actor.userId }) : null;
      const repo = m.getRepository(DocumentEntity);
      const row = await repo.save(
        repo.create({
          commendationId,
          kind,
          fileName,
          mediaType,
          size: stored.size,
          sha256: stored.sha256,
          storageKey: stored.key,
          uploadedById: user?.id ?? null,
          uploadedByName: user?.fullName ?? actor.username,
        }),
      );
      await this.audit.record(m, actor, {
        entity: 'document',
        entityId: row.id,
        action: 'CREATE',
        after: auditable(row),
        provinceId: commendation.provinceId,
        year: recordYear(commendation),
      });
      return row;
    };
    const row = manager ? await write(manager) : await this.dataSource.transaction(write);
    return toView(row);
  }

  private async checklist(m: EntityManager, commendation: CommendationEntity): Promise<DossierView> {
    const award = await this.reference.awardTypeById(commendation.awardTypeId);
    const required = award ? requiredDocumentKinds({ awardCode: award.code, level: award.level, kind: commendation.kind, proposedByCluster: !!commendation.voteId }) : [];
    const attached = await m
      .getRepository(DocumentEntity)
      .createQueryBuilder('d')
      .select('DISTINCT d.kind', 'kind')
      .where('d.commendation_id = :id', { id: commendation.id })
      .getRawMany<{ kind: DocumentKind }>();
    return { ...dossierChecklist(required, attached.map((a) => a.kind)), editable: isDossierEditable(commendation.status) };
  }

  private documentsOf(m: EntityManager, commendationId: string): Promise<DocumentEntity[]> {
    return m.getRepository(DocumentEntity).find({ where: { commendationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Out of scope answers 404 like a missing record, as the commendation itself does. */
  private async findReadable(actor: Actor, id: string): Promise<CommendationEntity> {
    const found = await this.dataSource.getRepository(CommendationEntity).findOneBy({ id });
    if (!found || !(await this.scope.canRead(actor, found.provinceId, recordYear(found)))) {
      throw new DomainError('COMMENDATION_NOT_FOUND', 'Không tìm thấy hồ sơ khen thưởng');
    }
    return found;
  }

  private async findDocument(actor: Actor, id: string): Promise<{ document: DocumentEntity; commendation: CommendationEntity }> {
    const document = await this.dataSource.getRepository(DocumentEntity).findOneBy({ id });
    const commendation = document && (await this.dataSource.getRepository(CommendationEntity).findOneBy({ id: document.commendationId }));
    if (!document || !commendation || !(await this.scope.canRead(actor, commendation.provinceId, recordYear(commendation)))) throw notFound();
    return { document, commendation };
  }

  private async lockCommendation(m: EntityManager, id: string): Promise<CommendationEntity> {
    const found = await m
      .getRepository(CommendationEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id })
      .getOne();
    if (!found) throw new DomainError('COMMENDATION_NOT_FOUND', 'Không tìm thấy hồ sơ khen thưởng');
    return found;
  }
}

function assertEditable(status: CommendationStatus): void {
  if (!isDossierEditable(status)) {
    throw new DomainError(
      'DOSSIER_FROZEN',
      'Hồ sơ đã trình (hoặc đã có quyết định): tài liệu chỉ được thêm, bớt khi hồ sơ ở trạng thái nháp hoặc bị trả lại',
    );
  }
}

function notFound(): DomainError {
  return new DomainError('DOCUMENT_NOT_FOUND', 'Không tìm thấy tài liệu');
}

function defaultName(kind: DocumentKind, mediaType: DocumentMediaType): string {
  const extension = { [DocumentMediaType.PDF]: 'pdf', [DocumentMediaType.DOCX]: 'docx', [DocumentMediaType.JPEG]: 'jpg', [DocumentMediaType.PNG]: 'png' };
  return `${DOCUMENT_KIND_LABEL_VI[kind]}.${extension[mediaType]}`;
}

function recordYear(c: Pick<CommendationEntity, 'decisionDate' | 'achievementYear'>): number | null {
  return c.decisionDate ? Number(c.decisionDate.slice(0, 4)) : c.achievementYear;
}

/** What the audit trail keeps of a document: its metadata, never its bytes. */
function auditable(d: DocumentEntity): Omit<DocumentEntity, 'commendation' | 'uploadedBy'> {
  const { commendation: _c, uploadedBy: _u, ...rest } = d;
  return rest;
}

export function toView(d: DocumentEntity): DocumentView {
  return {
    id: d.id,
    commendationId: d.commendationId,
    kind: d.kind,
    fileName: d.fileName,
    mediaType: d.mediaType,
    size: d.size,
    sha256: d.sha256,
    uploadedBy: d.uploadedByName,
    createdAt: d.createdAt.toISOString(),
  };
}

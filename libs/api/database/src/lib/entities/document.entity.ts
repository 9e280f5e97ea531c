import { DocumentKind, DocumentMediaType } from '@tdkt/shared/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CommendationEntity } from './commendation.entity';
import { UserEntity } from './user.entity';

/** One document of a proposal's dossier (§10): its metadata here, its bytes in the file store under `storageKey`. */
@Entity('documents')
@Index('documents_commendation_idx', ['commendationId', 'createdAt'])
@Index('documents_storage_key_idx', ['storageKey'])
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commendation_id', type: 'uuid' })
  commendationId!: string;

  @ManyToOne(() => CommendationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commendation_id', foreignKeyConstraintName: 'documents_commendation_fk' })
  commendation?: CommendationEntity;

  @Column({ type: 'text' })
  kind!: DocumentKind;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  /** The type the bytes were found to be (magic numbers), not the one the client sent. */
  @Column({ name: 'media_type', type: 'text' })
  mediaType!: DocumentMediaType;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'text' })
  sha256!: string;

  /** Where the file store keeps the bytes; content-addressed, so equal files share one key. */
  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  @Column({ name: 'uploaded_by_id', type: 'uuid', nullable: true })
  uploadedById!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by_id', foreignKeyConstraintName: 'documents_uploaded_by_fk' })
  uploadedBy?: UserEntity | null;

  /** The uploader's name as it was (the system's for generated documents), kept if the account goes. */
  @Column({ name: 'uploaded_by_name', type: 'text', nullable: true })
  uploadedByName!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

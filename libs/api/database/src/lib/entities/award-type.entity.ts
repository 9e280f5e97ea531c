import { AwardCategory, AwardLevel, RecipientKind } from '@tdkt/shared/contracts';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from './base';

/** The catalogue of emulation titles and commendation forms (awards.md). */
@Entity('award_types')
export class AwardTypeEntity extends BaseRecord {
  @Column({ type: 'text' })
  @Index('award_types_code_uq', { unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  category!: AwardCategory;

  @Column({ type: 'text' })
  level!: AwardLevel;

  @Column({ name: 'recipient_kinds', type: 'text', array: true })
  recipientKinds!: RecipientKind[];

  @Column({ name: 'decided_by', type: 'text' })
  decidedBy!: string;

  @Column({ name: 'legal_basis', type: 'text', nullable: true })
  legalBasis!: string | null;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder!: number;
}

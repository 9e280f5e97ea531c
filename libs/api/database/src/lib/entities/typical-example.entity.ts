import { RecipientKind } from '@tdkt/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MutableRecord, dateColumn } from './base';
import { MeetingEntity } from './meeting.entity';
import { MovementEntity } from './movement.entity';
import { ProvinceEntity } from './province.entity';

@Entity('typical_examples')
@Index('typical_examples_province_honoured_on_idx', ['provinceId', 'honouredOn'])
export class TypicalExampleEntity extends MutableRecord {
  @Column({ name: 'recipient_kind', type: 'text' })
  recipientKind!: RecipientKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'province_id', type: 'uuid' })
  provinceId!: string;

  @ManyToOne(() => ProvinceEntity)
  @JoinColumn({ name: 'province_id', foreignKeyConstraintName: 'typical_examples_province_fk' })
  province?: ProvinceEntity;

  @Column({ name: 'movement_id', type: 'uuid', nullable: true })
  movementId!: string | null;

  @ManyToOne(() => MovementEntity, { nullable: true })
  @JoinColumn({ name: 'movement_id', foreignKeyConstraintName: 'typical_examples_movement_fk' })
  movement?: MovementEntity | null;

  @Column({ type: 'text', nullable: true })
  story!: string | null;

  @Column({ name: 'honoured_at_meeting_id', type: 'uuid', nullable: true })
  honouredAtMeetingId!: string | null;

  @ManyToOne(() => MeetingEntity, { nullable: true })
  @JoinColumn({ name: 'honoured_at_meeting_id', foreignKeyConstraintName: 'typical_examples_meeting_fk' })
  honouredAtMeeting?: MeetingEntity | null;

  @Column({ name: 'honoured_on', ...dateColumn })
  honouredOn!: string;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}

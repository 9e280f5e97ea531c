import { AuditEntryEntity } from './audit-entry.entity';
import { AwardTypeEntity } from './award-type.entity';
import { ClusterEntity, ClusterMembershipEntity } from './cluster.entity';
import { CommendationEntity } from './commendation.entity';
import { FindingEntity, RecipientMatchEntity } from './finding.entity';
import { MeetingEntity } from './meeting.entity';
import { MovementEntity, MovementResultEntity } from './movement.entity';
import { PeriodLockEntity, PeriodSubmissionEntity } from './period.entity';
import { PledgeCriterionEntity, PledgeEntity, PledgeResultEntity } from './pledge.entity';
import { ProvinceEntity } from './province.entity';
import { ReportEntity } from './report.entity';
import { SeedRunEntity } from './seed-run.entity';
import { TypicalExampleEntity } from './typical-example.entity';
import { SessionEntity, UserEntity } from './user.entity';
import { ScoreCardEntity, ScoreSheetEntity, VoteBallotEntity, VoteEntity, VoteRegisterEntity } from './year-end.entity';

export * from './audit-entry.entity';
export * from './award-type.entity';
export * from './base';
export * from './cluster.entity';
export * from './commendation.entity';
export * from './finding.entity';
export * from './meeting.entity';
export * from './movement.entity';
export * from './period.entity';
export * from './pledge.entity';
export * from './province.entity';
export * from './report.entity';
export * from './seed-run.entity';
export * from './typical-example.entity';
export * from './user.entity';
export * from './year-end.entity';

export const ENTITIES = [
  AuditEntryEntity,
  AwardTypeEntity,
  ClusterEntity,
  ClusterMembershipEntity,
  CommendationEntity,
  FindingEntity,
  MeetingEntity,
  MovementEntity,
  MovementResultEntity,
  PeriodLockEntity,
  PeriodSubmissionEntity,
  PledgeCriterionEntity,
  PledgeEntity,
  PledgeResultEntity,
  ProvinceEntity,
  RecipientMatchEntity,
  ReportEntity,
  SeedRunEntity,
  SessionEntity,
  TypicalExampleEntity,
  UserEntity,
  ScoreSheetEntity,
  ScoreCardEntity,
  VoteEntity,
  VoteRegisterEntity,
  VoteBallotEntity,
];

import { AwardTypeEntity } from './award-type.entity';
import { ClusterEntity, ClusterMembershipEntity } from './cluster.entity';
import { CommendationEntity } from './commendation.entity';
import { MeetingEntity } from './meeting.entity';
import { MovementEntity, MovementResultEntity } from './movement.entity';
import { PledgeCriterionEntity, PledgeEntity, PledgeResultEntity } from './pledge.entity';
import { ProvinceEntity } from './province.entity';
import { SeedRunEntity } from './seed-run.entity';
import { TypicalExampleEntity } from './typical-example.entity';

export * from './award-type.entity';
export * from './base';
export * from './cluster.entity';
export * from './commendation.entity';
export * from './meeting.entity';
export * from './movement.entity';
export * from './pledge.entity';
export * from './province.entity';
export * from './seed-run.entity';
export * from './typical-example.entity';

export const ENTITIES = [
  AwardTypeEntity,
  ClusterEntity,
  ClusterMembershipEntity,
  CommendationEntity,
  MeetingEntity,
  MovementEntity,
  MovementResultEntity,
  PledgeCriterionEntity,
  PledgeEntity,
  PledgeResultEntity,
  ProvinceEntity,
  SeedRunEntity,
  TypicalExampleEntity,
];

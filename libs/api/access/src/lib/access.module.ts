import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';
import { CommendationListQuery } from './commendation-list.query';
import { PeriodLocksService } from './period-locks.service';
import { ScopeService } from './scope.service';

/** Scope checks and the audit trail, shared by every records module. */
@Global()
@Module({
  providers: [ScopeService, AuditService, PeriodLocksService, CommendationListQuery],
  exports: [ScopeService, AuditService, PeriodLocksService, CommendationListQuery],
})
export class AccessModule {}

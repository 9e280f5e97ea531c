import { DynamicModule, Global, Module } from '@nestjs/common';
import { AUDIT_SETTINGS, AuditService, AuditSettings } from './audit.service';
import { CommendationListQuery } from './commendation-list.query';
import { PeriodLocksService } from './period-locks.service';
import { ScopeService } from './scope.service';

/** Scope checks and the audit trail, shared by every records module. */
@Global()
@Module({
  providers: [ScopeService, AuditService, PeriodLocksService, CommendationListQuery],
  exports: [ScopeService, AuditService, PeriodLocksService, CommendationListQuery],
})
export class AccessModule {
  /** With the audit trail's key and checkpoint file (AUDIT_KEY, AUDIT_CHECKPOINT_FILE). */
  static register(audit: AuditSettings): DynamicModule {
    return {
      module: AccessModule,
      providers: [{ provide: AUDIT_SETTINGS, useValue: audit }],
      exports: [AUDIT_SETTINGS],
    };
  }
}

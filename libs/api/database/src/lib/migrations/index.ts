import { CreateRecordTables1795567242676 } from './1795567242676-CreateRecordTables';
import { CommendationListIndexes1795600000000 } from './1795600000000-CommendationListIndexes';
import { AccountsAuditLocks1795656557835 } from './1795656557835-AccountsAuditLocks';
import { CreateReports1795700000000 } from './1795700000000-CreateReports';
import { CreateFindings1795700000001 } from './1795700000001-CreateFindings';
import { UniqueImportedCommendations1795800000000 } from './1795800000000-UniqueImportedCommendations';
import { CreateImportRuns1796100000000 } from './1796100000000-CreateImportRuns';

/** Every migration, in order; imported as classes because the API is bundled (no globs). */
export const MIGRATIONS = [CreateRecordTables1795567242676, CommendationListIndexes1795600000000, AccountsAuditLocks1795656557835, CreateReports1795700000000, CreateFindings1795700000001, UniqueImportedCommendations1795800000000, CreateImportRuns1796100000000];

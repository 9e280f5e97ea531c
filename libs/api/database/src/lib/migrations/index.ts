import { CreateRecordTables1795567242676 } from './1795567242676-CreateRecordTables';
import { CommendationListIndexes1795600000000 } from './1795600000000-CommendationListIndexes';
import { AccountsAuditLocks1795656557835 } from './1795656557835-AccountsAuditLocks';
import { CreateReports1795700000000 } from './1795700000000-CreateReports';
import { CreateFindings1795700000001 } from './1795700000001-CreateFindings';
import { UniqueImportedCommendations1795800000000 } from './1795800000000-UniqueImportedCommendations';
import { CreateRateLimitCounters1796050000000 } from './1796050000000-CreateRateLimitCounters';
import { CreateRetiredRefreshTokens1796050000001 } from './1796050000001-CreateRetiredRefreshTokens';
import { AuditTrailIntegrity1796050000002 } from './1796050000002-AuditTrailIntegrity';
import { FoldedRecipientNameIndex1796050000003 } from './1796050000003-FoldedRecipientNameIndex';
import { CreateImportRuns1796100000000 } from './1796100000000-CreateImportRuns';
import { CreateYearEndReview1796200000000 } from './1796200000000-CreateYearEndReview';
import { CreateDocuments1796300000000 } from './1796300000000-CreateDocuments';
import { AddReportSettingsToClusters1796400000000 } from './1796400000000-AddReportSettingsToClusters';
import { AddDateOfBirthToCommendations1796400000001 } from './1796400000001-AddDateOfBirthToCommendations';
import { AddProvinceClusterToCommendations1796400000002 } from './1796400000002-AddProvinceClusterToCommendations';
import { CreateOrganizationRenames1796400000003 } from './1796400000003-CreateOrganizationRenames';
import { AddDerivedToClusterMemberships1796500000000 } from './1796500000000-AddDerivedToClusterMemberships';
import { AddDisciplineFactsToCommendations1796600000000 } from './1796600000000-AddDisciplineFactsToCommendations';

/** Every migration, in order; imported as classes because the API is bundled (no globs). */
export const MIGRATIONS = [CreateRecordTables1795567242676, CommendationListIndexes1795600000000, AccountsAuditLocks1795656557835, CreateReports1795700000000, CreateFindings1795700000001, UniqueImportedCommendations1795800000000, CreateRateLimitCounters1796050000000, CreateRetiredRefreshTokens1796050000001, AuditTrailIntegrity1796050000002, FoldedRecipientNameIndex1796050000003, CreateImportRuns1796100000000, CreateYearEndReview1796200000000, CreateDocuments1796300000000, AddReportSettingsToClusters1796400000000, AddDateOfBirthToCommendations1796400000001, AddProvinceClusterToCommendations1796400000002, CreateOrganizationRenames1796400000003, AddDerivedToClusterMemberships1796500000000, AddDisciplineFactsToCommendations1796600000000];

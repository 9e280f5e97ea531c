export enum Role {
  ADMIN = 'ADMIN',
  CLUSTER_CHAIR = 'CLUSTER_CHAIR',
  COUNCIL_REVIEWER = 'COUNCIL_REVIEWER',
  PROVINCE_STAFF = 'PROVINCE_STAFF',
}

export enum ProvinceKind {
  CITY = 'CITY',
  PROVINCE = 'PROVINCE',
}

export enum MembershipRole {
  CHAIR = 'CHAIR',
  MEMBER = 'MEMBER',
  VICE_CHAIR = 'VICE_CHAIR',
}

/** H1 = 1 Jan–30 Jun (sơ kết 6 tháng), FY = the whole year (tổng kết năm). */
export enum Period {
  FY = 'FY',
  H1 = 'H1',
}

export enum MovementLauncher {
  CLUSTER = 'CLUSTER',
  OTHER = 'OTHER',
  PRIME_MINISTER = 'PRIME_MINISTER',
  PROVINCE = 'PROVINCE',
}

export enum MovementScope {
  CLUSTER = 'CLUSTER',
  NATIONAL = 'NATIONAL',
  PROVINCE = 'PROVINCE',
}

export enum TargetKind {
  NUMBER = 'NUMBER',
  PERCENTAGE = 'PERCENTAGE',
  YES_NO = 'YES_NO',
}

export enum AwardCategory {
  COMMENDATION_FORM = 'COMMENDATION_FORM',
  EMULATION_TITLE = 'EMULATION_TITLE',
}

/** Who decides an award; STATE and GOVERNMENT awards go through the council (central level). */
export enum AwardLevel {
  GOVERNMENT = 'GOVERNMENT',
  GRASSROOTS = 'GRASSROOTS',
  PROVINCE = 'PROVINCE',
  STATE = 'STATE',
}

export const CENTRAL_LEVELS: readonly AwardLevel[] = [AwardLevel.STATE, AwardLevel.GOVERNMENT];

export enum RecipientKind {
  COLLECTIVE = 'COLLECTIVE',
  HOUSEHOLD = 'HOUSEHOLD',
  INDIVIDUAL = 'INDIVIDUAL',
}

/** Recipient class of the Ministry of Home Affairs' statistical form 0602 (individuals only). */
export enum RecipientClass {
  DIRECT_WORKER = 'DIRECT_WORKER',
  ENTREPRENEUR = 'ENTREPRENEUR',
  LEADER = 'LEADER',
  MANAGER = 'MANAGER',
  OTHER = 'OTHER',
}

/** Law Art. 8 kinds, plus RESISTANCE counted by form 0603. */
export enum CommendationKind {
  CONTRIBUTION = 'CONTRIBUTION',
  EXTRAORDINARY = 'EXTRAORDINARY',
  FOREIGN = 'FOREIGN',
  REGULAR = 'REGULAR',
  RESISTANCE = 'RESISTANCE',
  SENIORITY = 'SENIORITY',
  THEMATIC = 'THEMATIC',
}

export enum CommendationStatus {
  APPROVED = 'APPROVED',
  DRAFT = 'DRAFT',
  RETURNED = 'RETURNED',
  REVOKED = 'REVOKED',
  SUBMITTED = 'SUBMITTED',
}

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}

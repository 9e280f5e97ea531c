import { AwardCategory, AwardLevel, MembershipRole, ProvinceKind, RecipientKind } from './enums';

export interface ProvinceView {
  code: string;
  id: string;
  kind: ProvinceKind;
  name: string;
  note: string | null;
  successorCode: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface ClusterView {
  code: string;
  description: string | null;
  /** Report settings (Decree 30/2020/NĐ-CP): null derives them from the chair province and the meeting. */
  documentSymbol?: string | null;
  id: string;
  issuingBody?: string | null;
  name: string;
  signerName?: string | null;
  signerTitle?: string | null;
  version: number;
}

export interface ClusterMemberView {
  /** Carried forward from the previous year and not yet confirmed by an admin. */
  derived: boolean;
  provinceCode: string;
  provinceId: string;
  provinceName: string;
  role: MembershipRole;
  year: number;
}

/** The years that have members, newest first: every page opens on `latest`. */
export interface MembershipYearsView {
  /** The latest year with members (null before any membership exists). */
  latest: number | null;
  years: number[];
}

export interface CarryForwardProvinceView {
  provinceCode: string;
  provinceName: string;
}

/** One member of the new year, with the previous year's members of the cluster that merged into it. */
export interface CarryForwardMemberView extends CarryForwardProvinceView {
  predecessors: CarryForwardProvinceView[];
  /** Whether this province is already a member of another cluster that year (the carry-forward is then refused). */
  inOtherCluster: string | null;
}

/** The dry run of a carry-forward: what `POST …/carry-forward` would write. */
export interface CarryForwardPreviewView {
  clusterCode: string;
  /** The year carried from (year − 1). */
  fromYear: number;
  year: number;
  /** Provinces in force on 1 January of `year`, in code order (the rotation order). */
  members: CarryForwardMemberView[];
  /** Previous members whose successor sits in another cluster (the province that kept its seat was there). */
  departing: Array<CarryForwardProvinceView & { successorName: string; clusterCode: string }>;
  /** Previous members with no province in force on 1 January. */
  unresolved: CarryForwardProvinceView[];
  suggestedChairCode: string | null;
  suggestedViceChairCode: string | null;
  /** How many members the year already has (a carry-forward then needs `replace`). */
  existingMembers: number;
}

export interface AwardTypeView {
  category: AwardCategory;
  central: boolean;
  code: string;
  decidedBy: string;
  id: string;
  level: AwardLevel;
  name: string;
  recipientKinds: RecipientKind[];
}

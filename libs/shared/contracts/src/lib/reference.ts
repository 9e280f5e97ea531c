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
  provinceCode: string;
  provinceId: string;
  provinceName: string;
  role: MembershipRole;
  year: number;
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

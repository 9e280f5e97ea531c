import { MovementLauncher, MovementScope, Period, RecipientKind, TargetKind } from './enums';

export interface MovementView {
  clusterCode: string | null;
  demo: boolean;
  description: string | null;
  endsOn: string | null;
  id: string;
  launchedBy: MovementLauncher;
  launchedOn: string;
  name: string;
  provinceCode: string | null;
  scope: MovementScope;
  startsOn: string;
  version: number;
}

export interface MovementResultView {
  modelsBuilt: number | null;
  movementId: string;
  participants: number | null;
  period: Period;
  provinceCode: string;
  provinceName: string;
  subMovementsLaunched: number | null;
  summary: string | null;
  version: number;
  year: number;
}

export interface PledgeCriterionView {
  code: string;
  maxScore: number;
  name: string;
  targetKind: TargetKind;
  unit: string | null;
}

export interface PledgeView {
  clusterCode: string;
  criteria: PledgeCriterionView[];
  demo: boolean;
  id: string;
  place: string | null;
  signedOn: string;
  version: number;
  year: number;
}

export interface PledgeResultView {
  actualValue: number | null;
  criterionCode: string;
  note: string | null;
  period: Period;
  provinceCode: string;
  provinceName: string;
  targetValue: number | null;
}

export interface TypicalExampleView {
  demo: boolean;
  honouredAtMeetingId: string | null;
  honouredOn: string;
  id: string;
  movementId: string | null;
  name: string;
  provinceCode: string;
  provinceName: string;
  recipientKind: RecipientKind;
  story: string | null;
  version: number;
}

export interface MeetingView {
  chairName: string;
  chairTitle: string | null;
  clusterCode: string;
  date: string;
  demo: boolean;
  hostProvinceCode: string;
  hostProvinceName: string;
  id: string;
  notes: string | null;
  participants: string | null;
  period: Period;
  place: string | null;
  version: number;
  year: number;
}

import type { CarryForwardPreviewView } from '@tdkt/shared/contracts';

/** The admin's choice on the carry-forward page. */
export interface CarryForwardChoice {
  chair: string | null;
  viceChair: string | null;
  replace: boolean;
}

export type CarryForwardProblem = 'sameProvince' | 'inOtherCluster' | 'needsReplace' | 'noMembers';

/** The suggestion of the rotation, preselected. */
export function initialChoice(preview: CarryForwardPreviewView): CarryForwardChoice {
  return { chair: preview.suggestedChairCode, viceChair: preview.suggestedViceChairCode, replace: false };
}

/** What stops the confirmation, in the order the page explains it; empty when it can go. */
export function carryForwardProblems(preview: CarryForwardPreviewView, choice: CarryForwardChoice): CarryForwardProblem[] {
  const problems: CarryForwardProblem[] = [];
  if (!preview.members.length) problems.push('noMembers');
  if (choice.chair !== null && choice.chair === choice.viceChair) problems.push('sameProvince');
  if (preview.members.some((m) => m.inOtherCluster)) problems.push('inOtherCluster');
  if (preview.existingMembers > 0 && !choice.replace) problems.push('needsReplace');
  return problems;
}

/** "Hòa Bình, Phú Thọ" for a member formed by a merger; null when it simply continues. */
export function mergedFrom(member: CarryForwardPreviewView['members'][number]): string | null {
  const same = member.predecessors.length === 1 && member.predecessors[0].provinceName === member.provinceName;
  return same || !member.predecessors.length ? null : member.predecessors.map((p) => p.provinceName).join(', ');
}

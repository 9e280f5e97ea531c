import { TargetKind } from '@tdkt/shared/contracts';
import { achievementRate, change } from './achievement';

describe('achievementRate', () => {
  it('divides actual by target', () => {
    expect(achievementRate(TargetKind.NUMBER, 200, 150)).toBe(0.75);
    expect(achievementRate(TargetKind.PERCENTAGE, 80, 96)).toBeCloseTo(1.2);
  });
  it('scores yes/no criteria as met or not', () => {
    expect(achievementRate(TargetKind.YES_NO, 1, 1)).toBe(1);
    expect(achievementRate(TargetKind.YES_NO, 1, 0)).toBe(0);
  });
  it('is null without a target or an actual value', () => {
    expect(achievementRate(TargetKind.NUMBER, null, 3)).toBeNull();
    expect(achievementRate(TargetKind.NUMBER, 3, null)).toBeNull();
  });
  it('treats a zero target as met', () => {
    expect(achievementRate(TargetKind.NUMBER, 0, 0)).toBe(1);
  });
});

describe('change', () => {
  it('gives the delta and the ratio to the previous figure', () => {
    expect(change(120, 100)).toEqual({ delta: 20, ratio: 0.2 });
    expect(change(5, 0)).toEqual({ delta: 5, ratio: null });
  });
});

import { parseDecisionNumber } from './decision-number';

describe('parseDecisionNumber', () => {
  it('reads a provincial decision number', () => {
    expect(parseDecisionNumber('1234/QĐ-UBND')).toEqual({ number: 1234, kind: 'QĐ', issuer: 'UBND' });
  });

  it('reads a Prime Minister decision and a year-bearing number', () => {
    expect(parseDecisionNumber('1008/QĐ-TTg')).toEqual({ number: 1008, kind: 'QĐ', issuer: 'TTg' });
    expect(parseDecisionNumber('86/2025/QĐ-UBND')).toEqual({ number: 86, kind: 'QĐ', issuer: 'UBND' });
  });

  it('rejects text that is not a decision number', () => {
    expect(parseDecisionNumber('QĐ 1234')).toBeNull();
    expect(parseDecisionNumber('1234')).toBeNull();
    expect(parseDecisionNumber('')).toBeNull();
  });
});

import { auditDiff, flattenRecord } from './audit-diff';
import { formatAuditValue, formatInstant } from './audit-format';

describe('auditDiff', () => {
  it('lists only the fields whose value changed, ignoring the version and update stamp', () => {
    const before = { recipientName: 'Nguyễn Văn A', status: 'DRAFT', decisionNumber: null, version: 1, updatedAt: '2024-07-01T01:00:00Z' };
    const after = {
      recipientName: 'Nguyễn Văn A',
      status: 'SUBMITTED',
      decisionNumber: '12/QĐ-UBND',
      version: 2,
      updatedAt: '2024-07-02T01:00:00Z',
    };
    expect(auditDiff(before, after)).toEqual({
      kind: 'changed',
      rows: [
        { path: 'status', before: 'DRAFT', after: 'SUBMITTED' },
        { path: 'decisionNumber', before: null, after: '12/QĐ-UBND' },
      ],
    });
  });

  it('shows a created record in full', () => {
    expect(auditDiff(null, { username: 'canbo.hagiang', active: true })).toEqual({
      kind: 'created',
      rows: [
        { path: 'username', before: null, after: 'canbo.hagiang' },
        { path: 'active', before: null, after: true },
      ],
    });
  });

  it('shows a deleted record in full', () => {
    const diff = auditDiff({ name: 'Phong trào A', scope: 'PROVINCE' }, undefined);
    expect(diff.kind).toBe('deleted');
    expect(diff.rows).toEqual([
      { path: 'name', before: 'Phong trào A', after: null },
      { path: 'scope', before: 'PROVINCE', after: null },
    ]);
  });

  it('follows nested objects and lists of records to the one field that changed', () => {
    const before = {
      meta: { place: { name: 'Hòa Bình' } },
      roles: ['PROVINCE_STAFF'],
      sections: [
        { key: 'results.pledge', title: 'Giao ước', text: 'Cũ' },
        { key: 'limitations', title: 'Hạn chế', text: 'Giữ nguyên' },
      ],
    };
    const after = {
      meta: { place: { name: 'Tuyên Quang' } },
      roles: ['PROVINCE_STAFF', 'CLUSTER_CHAIR'],
      sections: [
        { key: 'results.pledge', title: 'Giao ước', text: 'Mới' },
        { key: 'limitations', title: 'Hạn chế', text: 'Giữ nguyên' },
      ],
    };
    expect(auditDiff(before, after).rows).toEqual([
      { path: 'meta.place.name', before: 'Hòa Bình', after: 'Tuyên Quang' },
      { path: 'roles', before: ['PROVINCE_STAFF'], after: ['PROVINCE_STAFF', 'CLUSTER_CHAIR'] },
      { path: 'sections.results.pledge.text', before: 'Cũ', after: 'Mới' },
    ]);
  });

  it('names list elements without a key by their position, and shows an added element', () => {
    expect(auditDiff({ items: [{ a: 1 }] }, { items: [{ a: 1 }, { a: 2 }] }).rows).toEqual([{ path: 'items.2.a', before: null, after: 2 }]);
  });

  it('reports a field that appears or disappears, and treats null and absent alike', () => {
    expect(auditDiff({ a: 1, note: null }, { a: 1, b: 'x' }).rows).toEqual([{ path: 'b', before: null, after: 'x' }]);
    expect(auditDiff({ a: 1, b: 'x' }, { a: 1 }).rows).toEqual([{ path: 'b', before: 'x', after: null }]);
  });

  it('says nothing changed when only bookkeeping differs, and when there is nothing at all', () => {
    expect(auditDiff({ a: 1, version: 1 }, { a: 1, version: 2 })).toEqual({ kind: 'none', rows: [] });
    expect(auditDiff(null, null)).toEqual({ kind: 'none', rows: [] });
  });

  it('handles a whole-list record such as a year’s cluster membership, province by province', () => {
    const diff = auditDiff(
      [
        { provinceId: 'p1', role: 'CHAIR' },
        { provinceId: 'p2', role: 'MEMBER' },
      ],
      [
        { provinceId: 'p1', role: 'MEMBER' },
        { provinceId: 'p3', role: 'CHAIR' },
      ],
    );
    expect(diff.rows).toEqual([
      { path: 'p1.role', before: 'CHAIR', after: 'MEMBER' },
      { path: 'p2.provinceId', before: 'p2', after: null },
      { path: 'p2.role', before: 'MEMBER', after: null },
      { path: 'p3.provinceId', before: null, after: 'p3' },
      { path: 'p3.role', before: null, after: 'CHAIR' },
    ]);
  });

  it('flattens nested objects into dotted paths', () => {
    expect([...flattenRecord({ a: { b: { c: 1 } }, d: [], e: {} })]).toEqual([
      ['a.b.c', 1],
      ['d', []],
      ['e', {}],
    ]);
  });
});

describe('formatAuditValue', () => {
  const words = { empty: '(trống)', yes: 'Có', no: 'Không', codes: { APPROVED: 'Đã phê duyệt' } };

  it('writes dates day-first in Vietnam time and codes in words', () => {
    expect(formatAuditValue('2024-07-05', words)).toBe('05/07/2024');
    expect(formatAuditValue('2024-07-05T18:30:00.000Z', words)).toBe('06/07/2024 01:30');
    expect(formatAuditValue('APPROVED', words)).toBe('Đã phê duyệt');
    expect(formatAuditValue('UNKNOWN_CODE', words)).toBe('UNKNOWN_CODE');
  });

  it('writes empty values, booleans, lists and objects readably', () => {
    expect(formatAuditValue(null, words)).toBe('(trống)');
    expect(formatAuditValue('', words)).toBe('(trống)');
    expect(formatAuditValue(false, words)).toBe('Không');
    expect(formatAuditValue(['A', 'B'], words)).toBe('A; B');
    expect(formatAuditValue([{ code: 'A', ok: true }], words)).toBe('code: A, ok: Có');
  });

  it('formats an instant as dd/MM/yyyy HH:mm', () => {
    expect(formatInstant('2026-11-26T04:10:14.601Z')).toBe('26/11/2026 11:10');
  });
});

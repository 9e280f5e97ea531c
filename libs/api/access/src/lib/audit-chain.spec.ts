import { AuditContent, ChainedEntry, GENESIS_HASH, auditHash, canonicalJson, findChainBreak } from './audit-chain';

function chain(n: number): ChainedEntry[] {
  const out: ChainedEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content: AuditContent = {
      seq,
      at: `2026-11-25T08:00:0${seq}.000Z`,
      actorId: null,
      actorUsername: 'admin',
      address: '127.0.0.1',
      entity: 'commendation',
      entityId: `id-${seq}`,
      action: 'UPDATE',
      provinceId: null,
      clusterId: null,
      year: 2024,
      before: { recipientName: 'Nguyễn Văn A', version: seq },
      after: { version: seq + 1, recipientName: 'Nguyễn Văn Á' },
    };
    const hash = auditHash(prevHash, content);
    out.push({ ...content, prevHash, hash });
    prevHash = hash;
  }
  return out;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
  });
});

describe('findChainBreak', () => {
  it('accepts an intact chain, also when verified in parts', () => {
    const entries = chain(5);
    expect(findChainBreak(entries)).toBeNull();
    expect(findChainBreak(entries.slice(2), entries[1])).toBeNull();
  });

  it('is not fooled by jsonb reordering the keys of before/after', () => {
    const entries = chain(2);
    entries[0].after = { recipientName: 'Nguyễn Văn Á', version: 2 };
    expect(findChainBreak(entries)).toBeNull();
  });

  it('names the first changed entry', () => {
    const entries = chain(5);
    entries[2].after = { version: 4, recipientName: 'Người khác' };
    expect(findChainBreak(entries)).toEqual({ seq: 3, reason: 'entry 3 was changed after it was written' });
  });

  it('names a deleted entry and a relinked one', () => {
    const entries = chain(4);
    expect(findChainBreak([entries[0], entries[2], entries[3]])).toMatchObject({ seq: 2 });
    const forged = chain(3);
    forged[1] = { ...forged[1], prevHash: 'f'.repeat(64) };
    expect(findChainBreak(forged)).toEqual({ seq: 2, reason: 'entry 2 does not link to entry 1' });
  });
});

import { createHash } from 'node:crypto';
import { AuditContent, auditContent, AuditRecord } from './audit-content';
import { canonicalJson, ChainedEntry, GENESIS_HASH, hashAuditEntry, verifyChain } from './audit-hash';

const base: AuditRecord = {
  actorId: '6f1c1c2e-58b6-4d43-9a53-7a0f3f4f8b11',
  action: 'proposal.submit',
  entityType: 'proposal',
  entityId: 'b2c7',
  fromState: 'draft',
  toState: 'submitted',
  reason: null,
  details: { edition: 16, sponsors: ['a', 'b'] },
};

/** A well-formed chain of `count` entries, ids 1..count unless given. */
function chain(count: number, ids = Array.from({ length: count }, (_, i) => String(i + 1))): ChainedEntry[] {
  const entries: ChainedEntry[] = [];
  for (const id of ids) {
    const content = auditContent(
      { ...base, entityId: `item-${id}` },
      new Date(Date.UTC(2026, 10, 1, 12, 0, Number(id))),
      entries.at(-1)?.hash ?? GENESIS_HASH,
    );
    entries.push({ ...content, id, hash: hashAuditEntry(content) });
  }
  return entries;
}

/** Rewrites an entry's hash (and those after it) as someone who knows the scheme would. */
function rehash(entries: ChainedEntry[], from: number): ChainedEntry[] {
  return entries.map((entry, i) => (i < from ? entry : { ...entry, hash: hashAuditEntry(entry) }));
}

describe('audit entry hash', () => {
  const content: AuditContent = auditContent(base, new Date('2026-11-02T09:30:00.123Z'), GENESIS_HASH);

  it('is the SHA-256 of canonical JSON with the stored column names, sorted, and an ISO time', () => {
    const canonical =
      '{"action":"proposal.submit","actor_id":"6f1c1c2e-58b6-4d43-9a53-7a0f3f4f8b11",' +
      '"details":{"edition":16,"sponsors":["a","b"]},"entity_id":"b2c7","entity_type":"proposal",' +
      `"from_state":"draft","occurred_at":"2026-11-02T09:30:00.123Z","previous_hash":"${GENESIS_HASH}",` +
      '"reason":null,"to_state":"submitted"}';
    expect(hashAuditEntry(content)).toBe(createHash('sha256').update(canonical, 'utf8').digest('hex'));
  });

  it('does not depend on the order of keys in details, at any depth', () => {
    const a = { ...content, details: { b: 1, a: { y: [1, { q: 1, p: 2 }], x: null } } };
    const b = { ...content, details: { a: { x: null, y: [1, { p: 2, q: 1 }] }, b: 1 } };
    expect(hashAuditEntry(a)).toBe(hashAuditEntry(b));
    expect(canonicalJson(a.details)).toBe('{"a":{"x":null,"y":[1,{"p":2,"q":1}]},"b":1}');
  });

  it.each([
    ['occurredAt', new Date('2026-11-02T09:30:00.124Z')],
    ['actorId', null],
    ['action', 'proposal.withdraw'],
    ['entityType', 'resolution'],
    ['entityId', 'b2c8'],
    ['fromState', null],
    ['toState', 'withdrawn'],
    ['reason', 'duplicate'],
    ['details', { edition: 17, sponsors: ['a', 'b'] }],
    ['previousHash', 'f'.repeat(64)],
  ])('changes when %s changes', (field, value) => {
    expect(hashAuditEntry({ ...content, [field]: value })).not.toBe(hashAuditEntry(content));
  });

  it('tells a missing state from an empty one', () => {
    expect(hashAuditEntry({ ...content, reason: '' })).not.toBe(hashAuditEntry({ ...content, reason: null }));
  });
});

describe('audit content', () => {
  it('refuses an action that is not a verb of the domain', () => {
    expect(() => auditContent({ ...base, action: 'Submit' }, new Date(), GENESIS_HASH)).toThrow(
      /not of the form entity\.verb/,
    );
  });

  it('refuses a field longer than its column', () => {
    expect(() => auditContent({ ...base, toState: 'x'.repeat(101) }, new Date(), GENESIS_HASH)).toThrow(
      /toState is longer than 100/,
    );
  });

  it('keeps only what PostgreSQL can store and gives back unchanged', () => {
    const content = auditContent(
      {
        ...base,
        reason: 'a\u0000b\uD800c',
        details: { at: new Date('2026-01-01T00:00:00Z'), gone: undefined },
      },
      new Date(),
      GENESIS_HASH,
    );
    expect(content.reason).toBe('a\uFFFDb\uFFFDc');
    expect(content.details).toEqual({ at: '2026-01-01T00:00:00.000Z' });
    expect(content.fromState).toBe('draft');
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and counts it', () => {
    expect(verifyChain(chain(5))).toEqual({ checked: 5, firstBroken: null });
    expect(verifyChain([])).toEqual({ checked: 0, firstBroken: null });
  });

  it('accepts ids skipped by rolled-back appends when the links hold', () => {
    expect(verifyChain(chain(3, ['1', '4', '9']))).toEqual({ checked: 3, firstBroken: null });
  });

  it('names an entry whose content was changed', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2], reason: 'edited' };
    expect(verifyChain(entries)).toEqual({
      checked: 2,
      firstBroken: { id: '3', reason: 'content changed: the entry no longer matches its hash' },
    });
  });

  it('names the entry after a removed one as a gap', () => {
    const entries = chain(5);
    entries.splice(2, 1);
    expect(verifyChain(entries)).toEqual({
      checked: 2,
      firstBroken: { id: '4', reason: 'gap: an entry between #2 and #4 is missing' },
    });
  });

  it('notices that the start of the chain was removed', () => {
    expect(verifyChain(chain(3).slice(1)).firstBroken).toEqual({
      id: '2',
      reason: 'gap: the chain does not start here, entries before it are missing',
    });
  });

  it('names a broken link even when the edited entry was given a fresh hash', () => {
    const entries = chain(4);
    entries[2] = { ...entries[2], previousHash: entries[0].hash };
    expect(verifyChain(rehash(entries, 2)).firstBroken).toEqual({
      id: '3',
      reason: 'link to previous broken: the entry does not follow entry #2',
    });
  });

  it('continues from the last entry of a previous batch', () => {
    const entries = chain(6);
    expect(verifyChain(entries.slice(3), entries[2])).toEqual({ checked: 3, firstBroken: null });
    expect(verifyChain(entries.slice(3), entries[1]).firstBroken?.id).toBe('4');
  });
});

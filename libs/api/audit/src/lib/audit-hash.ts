import { createHash } from 'node:crypto';
import type { AuditContent } from './audit-content';

/** The previous hash of the first entry: nothing comes before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** An entry as stored: its content, its place in the chain and its hash. */
export interface ChainedEntry extends AuditContent {
  /** Position in the chain (a bigint, as text); ids grow but may skip numbers a rollback used. */
  id: string;
  hash: string;
}

export type ChainLink = Pick<ChainedEntry, 'id' | 'hash'>;

export interface ChainBreak {
  id: string;
  reason: string;
}

export interface ChainVerification {
  /** Entries found intact before the first break (all of them when there is none). */
  checked: number;
  firstBroken: ChainBreak | null;
}

/**
 * SHA-256 (hex) of the entry's canonical JSON: the stored column names as keys, keys sorted at every
 * level, `occurred_at` as an ISO 8601 string, no whitespace (the form of RFC 8785), so anyone can
 * recompute it from the table without Canopy's code.
 */
export function hashAuditEntry(content: AuditContent): string {
  const canonical = canonicalJson({
    action: content.action,
    actor_id: content.actorId ?? null,
    details: content.details ?? {},
    entity_id: content.entityId,
    entity_type: content.entityType,
    from_state: content.fromState ?? null,
    occurred_at: content.occurredAt.toISOString(),
    previous_hash: content.previousHash,
    reason: content.reason ?? null,
    to_state: content.toState ?? null,
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** JSON text with the keys of every object sorted by UTF-16 code units; equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  return canonical(JSON.parse(JSON.stringify(value ?? null)));
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(object[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Checks entries given in id order, continuing from `after` (the last entry already checked; null to
 * start at the beginning of the chain), and names the first broken link: an entry whose content no
 * longer matches its hash, or whose recorded predecessor is not the entry before it — a gap when ids
 * were skipped there (an entry was removed), a broken link otherwise.
 */
export function verifyChain(
  entries: readonly ChainedEntry[],
  after: ChainLink | null = null,
): ChainVerification {
  let previous = after;
  for (const [index, entry] of entries.entries()) {
    const reason = brokenLink(entry, previous);
    if (reason) return { checked: index, firstBroken: { id: entry.id, reason } };
    previous = entry;
  }
  return { checked: entries.length, firstBroken: null };
}

function brokenLink(entry: ChainedEntry, previous: ChainLink | null): string | null {
  if (hashAuditEntry(entry) !== entry.hash) {
    return 'content changed: the entry no longer matches its hash';
  }
  if (entry.previousHash === (previous?.hash ?? GENESIS_HASH)) return null;
  if (!previous) {
    return 'gap: the chain does not start here, entries before it are missing';
  }
  if (BigInt(entry.id) > BigInt(previous.id) + 1n) {
    return `gap: an entry between #${previous.id} and #${entry.id} is missing`;
  }
  return `link to previous broken: the entry does not follow entry #${previous.id}`;
}

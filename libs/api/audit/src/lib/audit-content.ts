/** What an audit entry records; its hash covers every one of these fields. */
export interface AuditContent {
  occurredAt: Date;
  /** Null when the platform itself acted. */
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  details: Record<string, unknown>;
  previousHash: string;
}

/** What a domain action tells the audit trail; the trail adds the time and the link to the chain. */
export interface AuditRecord {
  actorId: string | null;
  /** A verb of the domain, `<entity>.<verb>`: `organization.verify`, `proposal.submit`. */
  action: string;
  entityType: string;
  entityId: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
}

const ACTION = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
const LIMITS = { action: 100, entityType: 100, entityId: 200, fromState: 100, toState: 100 } as const;

/**
 * The content exactly as PostgreSQL will store and give it back, so that the hash computed now is the
 * hash recomputed when the chain is verified: strings made storable (PostgreSQL refuses NUL, and lone
 * UTF-16 surrogates come back as U+FFFD) and details passed through JSON as jsonb sees them.
 * Throws on a malformed action or an over-long field: those are mistakes in code, not in user input.
 */
export function auditContent(record: AuditRecord, occurredAt: Date, previousHash: string): AuditContent {
  if (!ACTION.test(record.action)) {
    throw new Error(`audit action "${record.action}" is not of the form entity.verb`);
  }
  if (!record.entityType || !record.entityId) throw new Error('an audit entry needs an entity type and id');
  for (const [field, limit] of Object.entries(LIMITS)) {
    const value = record[field as keyof typeof LIMITS];
    if (value && value.length > limit) throw new Error(`audit ${field} is longer than ${limit} characters`);
  }
  return {
    occurredAt,
    actorId: record.actorId ?? null,
    action: record.action,
    entityType: storableText(record.entityType),
    entityId: storableText(record.entityId),
    fromState: nullableText(record.fromState),
    toState: nullableText(record.toState),
    reason: nullableText(record.reason),
    details: storableJson(record.details ?? {}) as Record<string, unknown>,
    previousHash,
  };
}

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces what PostgreSQL text cannot hold (NUL, lone surrogates) with U+FFFD. */
export function storableText(text: string): string {
  return text.replace(UNSTORABLE, '\uFFFD');
}

function nullableText(text: string | null | undefined): string | null {
  return text === null || text === undefined ? null : storableText(text);
}

/** A JSON value as it comes back from jsonb: plain data only, every string (keys too) storable. */
export function storableJson(value: unknown): unknown {
  const plain = JSON.parse(JSON.stringify(value ?? null));
  return deepStorable(plain);
}

function deepStorable(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(deepStorable);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [storableText(key), deepStorable(inner)]),
    );
  }
  return value;
}

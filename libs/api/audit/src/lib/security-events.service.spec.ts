import { jest } from '@jest/globals';
import { rootLogger } from '@canopy/api/core';
import { SecurityEventEntity } from './security-event.entity';
import { SecurityEventsRepository } from './security-events.repository';
import { SecurityEvents } from './security-events.service';

type Stored = Omit<SecurityEventEntity, 'id' | 'occurredAt'>;

function eventsWith(insert: (row: Stored) => Promise<SecurityEventEntity>) {
  const stored: Stored[] = [];
  const repository = {
    insert: (row: Stored) => {
      stored.push(row);
      return insert(row);
    },
  } as unknown as SecurityEventsRepository;
  return { events: new SecurityEvents(repository), stored };
}

describe('SecurityEvents', () => {
  const warn = jest.spyOn(rootLogger, 'warn').mockImplementation(() => undefined);
  const error = jest.spyOn(rootLogger, 'error').mockImplementation(() => undefined);

  beforeEach(() => {
    warn.mockClear();
    error.mockClear();
  });

  afterAll(() => {
    warn.mockRestore();
    error.mockRestore();
  });

  it('stores the address tried trimmed and lower-cased, and logs the event without it', async () => {
    const { events, stored } = eventsWith(async (row) => ({ ...row, id: '7', occurredAt: new Date() }));
    await events.record({ kind: 'login_failed', subject: '  Someone@Example.ORG ', ip: '198.51.100.4' });
    expect(stored).toEqual([
      {
        kind: 'login_failed',
        actorId: null,
        subject: 'someone@example.org',
        ip: '198.51.100.4',
        details: {},
      },
    ]);
    expect(warn).toHaveBeenCalledWith(
      { securityEvent: { id: '7', kind: 'login_failed', actorId: null, ip: '198.51.100.4', details: {} } },
      'security event: login_failed',
    );
  });

  it('clips what an attacker can make long', async () => {
    const { events, stored } = eventsWith(async (row) => ({ ...row, id: '8', occurredAt: new Date() }));
    await events.record({
      kind: 'rate_limited',
      subject: `${'a'.repeat(400)}@example.org`,
      ip: 'x'.repeat(100),
    });
    expect(stored[0].subject).toHaveLength(320);
    expect(stored[0].ip).toHaveLength(64);
  });

  it('never throws: when the database cannot store the event, the log keeps it', async () => {
    const { events } = eventsWith(() => Promise.reject(new Error('connection lost')));
    await expect(events.record({ kind: 'permission_denied', actorId: null })).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledWith(
      expect.objectContaining({ securityEvent: expect.objectContaining({ kind: 'permission_denied' }) }),
      'security event not stored: permission_denied',
    );
  });
});

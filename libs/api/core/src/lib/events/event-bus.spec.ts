import { InProcessEventBus } from './event-bus';
import { EventStream } from './event-stream';

describe('InProcessEventBus', () => {
  it('delivers what is published on a channel to each of its subscribers, as JSON would carry it', async () => {
    const bus = new InProcessEventBus();
    const first = await bus.subscribe<{ at: string }>('tally:1');
    const second = await bus.subscribe<{ at: string }>('tally:1');
    const other = await bus.subscribe('tally:2');
    await bus.publish('tally:1', { at: new Date('2026-01-02T03:04:05Z') });
    expect((await first.next()).value).toEqual({ at: '2026-01-02T03:04:05.000Z' });
    expect((await second.next()).value).toEqual({ at: '2026-01-02T03:04:05.000Z' });
    expect(bus.subscribers).toBe(3);
    await other.return?.();
    expect(bus.subscribers).toBe(2);
  });

  it('forgets a subscriber once its iterator is returned', async () => {
    const bus = new InProcessEventBus();
    const stream = await bus.subscribe('comments:1');
    const pending = stream.next();
    await stream.return?.();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(bus.subscribers).toBe(0);
    await bus.publish('comments:1', { id: 'x' });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });
});

describe('EventStream', () => {
  it('keeps only the newest events for a subscriber that does not read', async () => {
    const stream = new EventStream<number>(() => undefined, 3);
    for (let i = 1; i <= 5; i++) stream.push(i);
    const read = [await stream.next(), await stream.next(), await stream.next()].map(
      (result) => result.value,
    );
    expect(read).toEqual([3, 4, 5]);
  });

  it('tells its owner once when it closes', async () => {
    let closed = 0;
    const stream = new EventStream<number>(() => (closed += 1));
    await stream.return();
    await stream.return();
    expect(closed).toBe(1);
  });
});

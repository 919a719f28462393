/**
 * One subscriber's events as an async iterator, as GraphQL subscriptions consume them. The buffer is
 * bounded: a subscriber that reads slower than events arrive loses the oldest ones rather than growing
 * the server's memory (live updates carry the latest state, so the newest event is the one that counts).
 */
export class EventStream<T> implements AsyncIterableIterator<T> {
  private readonly buffered: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private done = false;

  constructor(
    private readonly onClose: () => void,
    private readonly capacity = 64,
  ) {}

  /** Hands an event to the subscriber, or keeps it until they ask. */
  push(event: T): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: event, done: false });
      return;
    }
    if (this.buffered.length >= this.capacity) this.buffered.shift();
    this.buffered.push(event);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffered.length) return Promise.resolve({ value: this.buffered.shift() as T, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    this.close();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private close(): void {
    if (this.done) return;
    this.done = true;
    this.buffered.length = 0;
    this.waiting?.({ value: undefined, done: true });
    this.waiting = null;
    this.onClose();
  }
}

import { rootLogger } from '../logging/logger';
import { EventStream } from './event-stream';

const log = rootLogger.child({ module: 'events' });

interface LocalChannel {
  listeners: Set<(payload: unknown) => void>;
  /** Whether the bus delivers the channel here yet. */
  open: boolean;
  ready: Promise<void>;
}

/**
 * Live events between the API instances: a service publishes after its transaction commits, and each
 * instance hands the event to its own subscribers. Channels are plain names (`tally:<consultationId>`);
 * payloads travel as JSON on every bus, so a subscriber sees the same shape (dates as ISO strings) in one
 * process as across many.
 */
export abstract class EventBus {
  private readonly channels = new Map<string, LocalChannel>();

  /** Sends an event to every subscriber of the channel on every instance. */
  abstract publish(channel: string, payload: unknown): Promise<void>;

  /** Starts receiving a channel on this instance (the first local subscriber asks for it). */
  protected abstract open(channel: string): Promise<void>;

  /** Stops receiving a channel (its last local subscriber left). */
  protected abstract shut(channel: string): Promise<void>;

  /**
   * The channel's events from now on, until the iterator is returned; `accept` (per subscriber) may pass
   * over some. Subscribers share each received payload: they read it and never change it. Resolves once
   * the bus delivers the channel here.
   */
  async subscribe<T>(channel: string, accept?: (payload: T) => boolean): Promise<AsyncIterableIterator<T>> {
    let local = this.channels.get(channel);
    if (!local) {
      const opening: LocalChannel = { listeners: new Set(), open: false, ready: Promise.resolve() };
      opening.ready = this.open(channel).then(() => void (opening.open = true));
      local = opening;
      this.channels.set(channel, local);
    }
    const entry = local;
    const stream = new EventStream<T>(() => {
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0 && this.channels.get(channel) === entry) {
        this.channels.delete(channel);
        this.shut(channel).catch((error: unknown) => log.warn({ err: error, channel }, 'unsubscribe failed'));
      }
    });
    const listener = (payload: unknown) => {
      if (!accept || accept(payload as T)) stream.push(payload as T);
    };
    entry.listeners.add(listener);
    try {
      await entry.ready;
    } catch (error) {
      await stream.return();
      throw error;
    }
    return stream;
  }

  /** How many subscribers this instance serves on channels the bus already delivers here. */
  get subscribers(): number {
    let count = 0;
    for (const local of this.channels.values()) if (local.open) count += local.listeners.size;
    return count;
  }

  /** Delivers a message received for a channel to this instance's subscribers of it. */
  protected deliver(channel: string, message: string): void {
    const listeners = this.channels.get(channel)?.listeners;
    if (!listeners?.size) return;
    let payload: unknown;
    try {
      payload = JSON.parse(message);
    } catch (error) {
      log.warn({ err: error, channel }, 'unreadable event dropped');
      return;
    }
    for (const listener of listeners) listener(payload);
  }
}

/** One API instance alone: events go from its services to its own subscribers. */
export class InProcessEventBus extends EventBus {
  async publish(channel: string, payload: unknown): Promise<void> {
    const message = JSON.stringify(payload);
    // Asynchronous like a real bus, so a publisher never runs its subscribers' code in its own turn.
    queueMicrotask(() => this.deliver(channel, message));
  }

  protected async open(): Promise<void> {
    // Nothing to ask for: every event published here is delivered here.
  }

  protected async shut(): Promise<void> {
    // Nothing to give back.
  }
}

import type { Redis } from 'ioredis';
import { rootLogger } from '../logging/logger';
import { EventBus } from './event-bus';

const log = rootLogger.child({ module: 'events' });

/**
 * Events through Redis pub/sub, so any number of API instances behind a load balancer serve the same
 * subscriptions. Each instance subscribes once per channel however many of its clients listen, and
 * fans the message out itself. Channels live under the key prefix (`<prefix>events:<channel>`).
 */
export class RedisEventBus extends EventBus {
  private readonly prefix: string;

  constructor(
    private readonly publisher: Redis,
    /** A connection of its own: a Redis connection in subscriber mode may do nothing else. */
    private readonly subscriber: Redis,
    keyPrefix: string,
  ) {
    super();
    this.prefix = `${keyPrefix}events:`;
    subscriber.on('message', (channel: string, message: string) => {
      if (channel.startsWith(this.prefix)) this.deliver(channel.slice(this.prefix.length), message);
    });
    subscriber.on('error', (error: unknown) => log.warn({ err: error }, 'Redis subscriber connection'));
    publisher.on('error', (error: unknown) => log.warn({ err: error }, 'Redis publisher connection'));
  }

  async publish(channel: string, payload: unknown): Promise<void> {
    await this.publisher.publish(this.prefix + channel, JSON.stringify(payload));
  }

  protected async open(channel: string): Promise<void> {
    await this.subscriber.subscribe(this.prefix + channel);
  }

  protected async shut(channel: string): Promise<void> {
    await this.subscriber.unsubscribe(this.prefix + channel);
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }
}

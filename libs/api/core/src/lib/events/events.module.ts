import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { CanopyConfig } from '../config/canopy-config';
import { EventBus, InProcessEventBus } from './event-bus';
import { RedisEventBus } from './redis-event-bus';

class EventBusShutdown implements OnApplicationShutdown {
  constructor(@Inject(EventBus) private readonly bus: EventBus) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.bus instanceof RedisEventBus) await this.bus.close();
  }
}

/** The event bus: Redis pub/sub when REDIS_URL is set, else within this process. */
@Global()
@Module({
  providers: [
    {
      provide: EventBus,
      inject: [CanopyConfig],
      useFactory: (config: CanopyConfig): EventBus => {
        if (!config.REDIS_URL) return new InProcessEventBus();
        const connect = () => new Redis(config.REDIS_URL as string, { maxRetriesPerRequest: 2 });
        return new RedisEventBus(connect(), connect(), config.REDIS_KEY_PREFIX);
      },
    },
    EventBusShutdown,
  ],
  exports: [EventBus],
})
export class EventsModule {}

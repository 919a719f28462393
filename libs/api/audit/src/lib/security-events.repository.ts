import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { SecurityEventEntity } from './security-event.entity';

/** The only place security events meet SQL: through the global repository, outside any transaction. */
@Injectable()
export class SecurityEventsRepository {
  constructor(
    @InjectRepository(SecurityEventEntity) private readonly events: Repository<SecurityEventEntity>,
  ) {}

  insert(event: Omit<SecurityEventEntity, 'id' | 'occurredAt'>): Promise<SecurityEventEntity> {
    return this.events.save(this.events.create(event));
  }
}

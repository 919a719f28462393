import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntriesRepository } from './audit-entries.repository';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditTrail } from './audit.service';
import { SecurityEventEntity } from './security-event.entity';
import { SecurityEventsRepository } from './security-events.repository';
import { SecurityEvents } from './security-events.service';

/** The audit chain and the security log; every feature that changes state imports it. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryEntity, SecurityEventEntity])],
  providers: [AuditEntriesRepository, SecurityEventsRepository, AuditTrail, SecurityEvents],
  exports: [AuditTrail, SecurityEvents],
})
export class AuditModule {}

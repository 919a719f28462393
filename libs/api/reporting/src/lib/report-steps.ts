import { Injectable } from '@nestjs/common';
import { conflict, EventBus, notFound, rootLogger } from '@canopy/api/core';
import type { Transaction } from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import { ReportEvent, ReportState, reportTransition } from '@canopy/domain';
import { CountryReportEntity } from './reporting.entities';
import { ReportingRepository } from './reporting.repository';

/** What is announced when a report changes state (live updates subscribe to it). */
export interface ReportStateChange {
  reportId: string;
  cycleId: string;
  countryId: string;
  from: ReportState | null;
  to: ReportState;
  /** The latest published version once the change is made (0 before the first). */
  publishedVersion: number;
  actorId: string;
  at: Date;
}

export type ReportStateListener = (change: ReportStateChange) => void;

/** A change as it travels on the event bus (dates as ISO strings, as every bus payload). */
export type ReportStateChangeEvent = Omit<ReportStateChange, 'at'> & { at: string };

/** Whose changes a live subscriber follows: one report, or every report of a cycle. */
export type ReportStateScope = { reportId: string } | { cycleId: string };

const channelOf = (scope: ReportStateScope) =>
  'reportId' in scope ? `report:${scope.reportId}` : `reports:cycle:${scope.cycleId}`;

/**
 * The one place a report's state change is announced, once its transaction has committed: listeners in
 * this process, and live subscribers on every API instance through the event bus. Nobody sees a change
 * that was rolled back; a failure to announce is logged and never undoes the change.
 */
@Injectable()
export class ReportStateEvents {
  private readonly log = rootLogger.child({ module: 'reporting' });
  private readonly listeners: ReportStateListener[] = [];

  constructor(private readonly bus: EventBus) {}

  subscribe(listener: ReportStateListener): () => void {
    this.listeners.push(listener);
    return () => this.listeners.splice(this.listeners.indexOf(listener), 1);
  }

  /** The changes of one report, or of every report of a cycle, from now on, on any instance. */
  live(scope: ReportStateScope): Promise<AsyncIterableIterator<ReportStateChangeEvent>> {
    return this.bus.subscribe<ReportStateChangeEvent>(channelOf(scope));
  }

  reportStateChanged(change: ReportStateChange): void {
    this.log.debug({ change }, `report ${change.reportId} ${change.from ?? 'new'} → ${change.to}`);
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        this.log.error({ error }, 'a report state listener failed');
      }
    }
    const event: ReportStateChangeEvent = { ...change, at: change.at.toISOString() };
    for (const scope of [{ reportId: change.reportId }, { cycleId: change.cycleId }]) {
      this.bus
        .publish(channelOf(scope), event)
        .catch((error: unknown) => this.log.warn({ err: error }, 'report state event not published'));
    }
  }
}

/**
 * The moves every report action makes inside its transaction: lock the report (so saves and state
 * changes queue up), ask the state machine, change the state, append to the audit trail.
 */
@Injectable()
export class ReportSteps {
  constructor(
    private readonly repository: ReportingRepository,
    private readonly audit: AuditTrail,
  ) {}

  async lockedReport(
    tx: Transaction,
    reportId: string,
    field = 'input.reportId',
  ): Promise<CountryReportEntity> {
    const report = await this.repository.lockReport(tx, reportId);
    if (!report) throw notFound(field);
    return report;
  }

  transition(report: CountryReportEntity, event: ReportEvent, field = 'input.reportId'): ReportState {
    const next = reportTransition(report.state, event);
    if (!next) {
      throw conflict(field, `cannot ${words(event)} while ${words(report.state)}`, {
        reason: 'ILLEGAL_TRANSITION',
        details: { from: report.state, event },
      });
    }
    return next;
  }

  async moveTo(
    tx: Transaction,
    actorId: string,
    report: CountryReportEntity,
    next: ReportState,
    changes: Partial<CountryReportEntity> = {},
    details: Record<string, unknown> = {},
  ): Promise<{ report: CountryReportEntity; change: ReportStateChange }> {
    const moved = await this.repository.updateReport(tx, report.id, { ...changes, state: next });
    await this.audit.record(tx, {
      actorId,
      action: `report.${next.toLowerCase()}`,
      entityType: 'country_report',
      entityId: report.id,
      fromState: report.state,
      toState: next,
      details: { cycleId: report.cycleId, countryId: report.countryId, ...details },
    });
    return {
      report: moved,
      change: {
        reportId: report.id,
        cycleId: report.cycleId,
        countryId: report.countryId,
        from: report.state,
        to: next,
        publishedVersion: moved.publishedVersion,
        actorId,
        at: new Date(),
      },
    };
  }
}

export function words(value: string): string {
  return value.toLowerCase().replace(/_/g, ' ');
}

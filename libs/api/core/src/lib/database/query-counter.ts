import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger as PinoLogger } from 'pino';

export interface RecordedStatement {
  query: string;
  parameters: unknown[];
}

/**
 * TypeORM logger that counts the statements it sees (the measure behind "a page of N items costs a
 * constant number of queries") and sends errors and slow statements to the structured log.
 */
export class QueryCounter implements TypeOrmLogger {
  private count = 0;
  private recorded: RecordedStatement[] | null = null;

  constructor(private readonly logger: PinoLogger) {}

  get queries(): number {
    return this.count;
  }

  reset(): void {
    this.count = 0;
  }

  logQuery(query: string, parameters?: unknown[]): void {
    this.count += 1;
    this.recorded?.push({ query, parameters: parameters ?? [] });
  }

  /** Keeps the text of each statement from now on (benchmarks replay them elsewhere). */
  record(): void {
    this.recorded = [];
  }

  /** The statements since `record()`, and stops keeping them. */
  takeRecorded(): RecordedStatement[] {
    const taken = this.recorded ?? [];
    this.recorded = null;
    return taken;
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.error({ err: error, query }, 'query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ durationMs: time, query }, 'slow query');
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn({ message }, 'database warning');
  }
}

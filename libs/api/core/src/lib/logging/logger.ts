import type { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';

/** One structured logger for the process; request logs, database and Nest's own messages all go here. */
export const rootLogger: Logger = pino({
  level: process.env['LOG_LEVEL'] ?? 'info',
  base: { service: 'canopy-api' },
  redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
});

/** Lets Nest's framework messages flow into pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pinoLogger: Logger = rootLogger) {}

  log(message: unknown, context?: string): void {
    this.pinoLogger.info({ context }, String(message));
  }

  error(message: unknown, trace?: string, context?: string): void {
    this.pinoLogger.error({ context, trace }, String(message));
  }

  warn(message: unknown, context?: string): void {
    this.pinoLogger.warn({ context }, String(message));
  }

  debug(message: unknown, context?: string): void {
    this.pinoLogger.debug({ context }, String(message));
  }

  verbose(message: unknown, context?: string): void {
    this.pinoLogger.trace({ context }, String(message));
  }
}

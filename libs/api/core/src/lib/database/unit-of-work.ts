import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A transaction as services see it: an opaque handle they pass to repositories. */
export type Transaction = EntityManager;

/**
 * Runs a domain action in one transaction. Everything inside must go through `tx`: on the embedded
 * database a query outside it would wait for the one connection forever.
 */
@Injectable()
export class UnitOfWork {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}

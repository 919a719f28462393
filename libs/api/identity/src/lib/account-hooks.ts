import { Injectable } from '@nestjs/common';
import type { Transaction } from '@canopy/api/core';

/** A feature's part of a person's data export. */
export type ExportSection = (userId: string) => Promise<Record<string, unknown>>;
/** What a feature undoes when an account is deleted (memberships, roles), inside the deletion's transaction. */
export type DeletionStep = (tx: Transaction, userId: string) => Promise<void>;

/** Lets features that hold a person's data take part in export and deletion without identity knowing them. */
@Injectable()
export class AccountHooks {
  readonly exportSections = new Map<string, ExportSection>();
  readonly deletionSteps: DeletionStep[] = [];

  addExportSection(name: string, section: ExportSection): void {
    this.exportSections.set(name, section);
  }

  onDelete(step: DeletionStep): void {
    this.deletionSteps.push(step);
  }
}

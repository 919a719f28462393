import { Injectable } from '@nestjs/common';
import type { Transaction } from '@canopy/api/core';
import type { ResourceFacts } from '@canopy/domain';
import type { ConsultationEntity } from './consultation.entities';

/**
 * What consultation needs to know of the text it is about, answered by the feature that owns the text
 * (resolutions, charters): how many paragraphs the consulted version has, who may comment formally,
 * who looks after it and who may vote.
 */
export interface ConsultationSubject {
  paragraphCount(tx: Transaction, consultation: ConsultationEntity): Promise<number>;
  /** Whether the organization speaks formally in this consultation (an approved constituency, say). */
  mayCommentFormally(
    tx: Transaction,
    consultation: ConsultationEntity,
    organizationId: string,
  ): Promise<boolean>;
  /**
   * What the policy should know of a consultation that belongs to no assembly (a charter's hearing is
   * looked after by the charter's committee), so moderation is scoped to it.
   */
  scope?(consultation: ConsultationEntity): ResourceFacts;
  /** Why this person may not vote here, beyond the window and verification (not a resident, say). */
  voteProblem?(
    tx: Transaction,
    consultation: Pick<ConsultationEntity, 'subjectType' | 'subjectId'>,
    userId: string,
  ): Promise<{ reason: string; message: string } | null>;
}

/** The subjects registered by features, by subject type. */
@Injectable()
export class ConsultationSubjects {
  private readonly subjects = new Map<string, ConsultationSubject>();

  register(subjectType: string, subject: ConsultationSubject): void {
    this.subjects.set(subjectType, subject);
  }

  of(subjectType: string): ConsultationSubject {
    const subject = this.subjects.get(subjectType);
    if (!subject) throw new Error(`no consultation subject registered for ${subjectType}`);
    return subject;
  }
}

import { isCalendarDate, isWebAddress } from '@canopy/domain';
import type { EvidenceFieldsFragment, EvidenceInput, EvidenceKind } from '../graphql/generated';

/** A piece of evidence as a form holds it (a document keeps its file's name to show). */
export interface EvidenceDraft {
  readonly kind: EvidenceKind;
  readonly description: string;
  readonly date: string;
  readonly url: string | null;
  readonly fileId: string | null;
  readonly fileName: string | null;
  readonly assemblyId: string | null;
}

export function evidenceDraft(evidence: EvidenceFieldsFragment): EvidenceDraft {
  return {
    kind: evidence.kind,
    description: evidence.description,
    date: evidence.date,
    url: evidence.url ?? null,
    fileId: evidence.file?.id ?? null,
    fileName: evidence.file?.fileName ?? null,
    assemblyId: evidence.assemblyId ?? null,
  };
}

export function evidenceInput(draft: EvidenceDraft): EvidenceInput {
  return {
    kind: draft.kind,
    description: draft.description.trim(),
    date: draft.date,
    url: draft.kind === 'LINK' ? draft.url?.trim() || null : null,
    fileId: draft.kind === 'DOCUMENT' ? draft.fileId : null,
    assemblyId: draft.kind === 'ASSEMBLY' ? draft.assemblyId : null,
  };
}

/** What keeps a new link from being added: the translation keys of its problems, by field. */
export function linkProblems(link: { url: string; description: string; date: string }, today: string) {
  return {
    url: isWebAddress(link.url.trim()) ? null : 'reporting.evidence.problems.url',
    description: link.description.trim() ? null : 'reporting.evidence.problems.description',
    date: !isCalendarDate(link.date)
      ? 'reporting.evidence.problems.date'
      : link.date > today
        ? 'reporting.evidence.problems.future'
        : null,
  };
}

import { needsEvidence, AssessmentStatus as DomainStatus } from '@canopy/domain';
import type { AssessmentStatus, ReportEditorQuery, SaveParagraphAssessmentInput } from '../graphql/generated';
import { EvidenceDraft, evidenceDraft, evidenceInput } from '../shared/evidence-draft';

type Assessment = NonNullable<NonNullable<ReportEditorQuery['countryReport']>['assessments']>[number];

export interface IndicatorValueDraft {
  readonly indicator: string;
  readonly year: string;
  readonly value: string;
  /** One breakdown dimension at most per row in the form; the whole population when empty. */
  readonly dimension: string;
  readonly group: string;
}

/** One paragraph's assessment as the editor holds it, strings where the person types. */
export interface ParagraphDraft {
  readonly status: AssessmentStatus;
  readonly narrative: string;
  readonly evidence: readonly EvidenceDraft[];
  readonly values: readonly IndicatorValueDraft[];
  /** The saved revision the draft started from (0: none saved yet), sent back to catch a save meanwhile. */
  readonly revision: number;
}

export function paragraphDraft(assessment: Assessment | null | undefined): ParagraphDraft {
  return {
    status: assessment?.status ?? 'NOT_STARTED',
    narrative: assessment?.narrative ?? '',
    evidence: (assessment?.evidence ?? []).map(evidenceDraft),
    values: (assessment?.indicatorValues ?? []).map((value) => ({
      indicator: value.indicator,
      year: String(value.year),
      value: String(value.value),
      dimension: value.breakdown[0]?.dimension ?? '',
      group: value.breakdown[0]?.group ?? '',
    })),
    revision: assessment?.revision ?? 0,
  };
}

/** What keeps the draft from being saved, as translation keys: the evidence rule and the figures. */
export function draftProblems(draft: ParagraphDraft): string[] {
  const problems: string[] = [];
  if (needsEvidence(draft.status as DomainStatus) && draft.evidence.length === 0) {
    problems.push('reporting.editor.problems.evidence');
  }
  if (
    draft.values.some(
      (value) =>
        !/^\d{4}$/.test(value.year.trim()) ||
        value.value.trim() === '' ||
        !Number.isFinite(Number(value.value)) ||
        (value.dimension !== '' && !value.group.trim()),
    )
  ) {
    problems.push('reporting.editor.problems.values');
  }
  return problems;
}

export function paragraphInput(
  reportId: string,
  itemId: string,
  draft: ParagraphDraft,
): SaveParagraphAssessmentInput {
  return {
    reportId,
    itemId,
    status: draft.status,
    narrative: draft.narrative,
    evidence: draft.evidence.map(evidenceInput),
    indicatorValues: draft.values.map((value) => ({
      indicator: value.indicator,
      year: Number(value.year),
      value: Number(value.value),
      breakdown: value.dimension ? [{ dimension: value.dimension, group: value.group.trim() }] : [],
    })),
    expectedRevision: draft.revision,
  };
}

import { PROPOSAL_LIMITS } from '@canopy/domain';

/** What the proposal form holds: links and affected groups are typed one per line. */
export interface ProposalDraftValue {
  readonly title: string;
  readonly problem: string;
  readonly proposedAction: string;
  readonly expectedEffect: string;
  readonly evidenceLinks: string;
  readonly affectedGroups: string;
}

export interface ProposalDraftFields {
  readonly title: string;
  readonly problem: string;
  readonly proposedAction: string;
  readonly expectedEffect: string;
  readonly evidenceLinks: string[];
  readonly affectedGroups: string[];
}

/** An address someone can open: http or https, with a host. */
export const EVIDENCE_LINK_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/** The non-empty lines of a text area, trimmed. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export type ListProblem =
  | { readonly kind: 'tooMany'; readonly max: number }
  | { readonly kind: 'tooLong'; readonly max: number; readonly line: string }
  | { readonly kind: 'notALink'; readonly line: string };

/** The first thing wrong with the evidence links, one per line; null when they are fine. */
export function evidenceLinksProblem(text: string): ListProblem | null {
  const lines = splitLines(text);
  if (lines.length > PROPOSAL_LIMITS.evidenceLinksMax)
    return { kind: 'tooMany', max: PROPOSAL_LIMITS.evidenceLinksMax };
  for (const line of lines) {
    if (line.length > PROPOSAL_LIMITS.linkMaxLength)
      return { kind: 'tooLong', max: PROPOSAL_LIMITS.linkMaxLength, line };
    if (!EVIDENCE_LINK_PATTERN.test(line)) return { kind: 'notALink', line };
  }
  return null;
}

/** The first thing wrong with the affected groups, one per line; null when they are fine. */
export function affectedGroupsProblem(text: string): ListProblem | null {
  const lines = splitLines(text);
  if (lines.length > PROPOSAL_LIMITS.affectedGroupsMax)
    return { kind: 'tooMany', max: PROPOSAL_LIMITS.affectedGroupsMax };
  const long = lines.find((line) => line.length > PROPOSAL_LIMITS.affectedGroupMaxLength);
  return long ? { kind: 'tooLong', max: PROPOSAL_LIMITS.affectedGroupMaxLength, line: long } : null;
}

/** What the API takes, trimmed, lists split by line. */
export function toProposalDraftFields(value: ProposalDraftValue): ProposalDraftFields {
  return {
    title: value.title.trim(),
    problem: value.problem.trim(),
    proposedAction: value.proposedAction.trim(),
    expectedEffect: value.expectedEffect.trim(),
    evidenceLinks: splitLines(value.evidenceLinks),
    affectedGroups: splitLines(value.affectedGroups),
  };
}

/** A saved proposal back in the form, to continue a draft or propose it again. */
export function toProposalDraftValue(proposal: {
  readonly title: string;
  readonly problem: string;
  readonly proposedAction: string;
  readonly expectedEffect: string;
  readonly evidenceLinks: readonly string[];
  readonly affectedGroups: readonly string[];
}): ProposalDraftValue {
  return {
    title: proposal.title,
    problem: proposal.problem,
    proposedAction: proposal.proposedAction,
    expectedEffect: proposal.expectedEffect,
    evidenceLinks: proposal.evidenceLinks.join('\n'),
    affectedGroups: proposal.affectedGroups.join('\n'),
  };
}

/** The fields a draft may lack while saved, but not when submitted. */
export function missingForSubmission(value: ProposalDraftValue): ('problem' | 'proposedAction')[] {
  return (['problem', 'proposedAction'] as const).filter((field) => !value[field].trim());
}

/** A link as an `href` only when it is a web address; anything else is shown as text. */
export function safeLink(link: string): string | null {
  return EVIDENCE_LINK_PATTERN.test(link.trim()) ? link.trim() : null;
}
